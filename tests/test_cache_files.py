"""The cache folder's files: a half-written or foreign file reads as none, and a folder that cannot be
written costs the next start its time, not the parser its start."""

import logging
from pathlib import Path

import pytest

from handlers.parsing import cache_files, segmenter
from handlers.parsing.segmenter import CACHE_FILE, Dictionary, jieba_dictionary, read_dictionary, write_dictionary
from handlers.parsing.word_tags import word_tags

SMALL = Dictionary({"楼道": 30, "楼": 0, "纸箱": 12, "纸": 0}, 42)


@pytest.fixture(scope="module")
def built() -> Dictionary:
    """jieba's dictionary as jieba builds it: a second to build, so once for the module."""
    return jieba_dictionary()


def test_what_is_written_is_read_back_and_no_partial_file_is_left(tmp_path: Path) -> None:
    cache_files.write(tmp_path / "deep" / "x.bin", ("楼道", b"\x01\x02", 3))
    assert cache_files.read(tmp_path / "deep" / "x.bin") == ("楼道", b"\x01\x02", 3)
    assert [p.name for p in (tmp_path / "deep").iterdir()] == ["x.bin"]
    assert (tmp_path / "deep" / "x.bin").stat().st_mode & 0o044 == 0o044  # the cache's readers need not be its writer


def test_a_new_file_removes_the_ones_it_replaces_and_no_other(tmp_path: Path) -> None:
    for name in ("jieba-0.41.words", "jieba.cache", "jieba-0.42.1-py311-w4.tags", "notes.txt"):
        (tmp_path / name).write_bytes(b"old")
    write_dictionary(SMALL, tmp_path / CACHE_FILE)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([CACHE_FILE, "jieba-0.42.1-py311-w4.tags", "notes.txt"])
    assert read_dictionary(tmp_path / CACHE_FILE) == SMALL


def test_a_folder_that_cannot_be_written_is_a_warning_not_a_failure(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger=cache_files.__name__):
        cache_files.write(blocked / "cache" / "x.bin", (1, 2))
        table = word_tags.__wrapped__(blocked / "cache")
    assert table.get("楼道") is not None
    assert cache_files.read(blocked / "cache" / "x.bin") is None
    assert sum("not written" in r.getMessage() for r in caplog.records) == 2
    assert blocked.read_text(encoding="utf-8") == "not a folder"


def test_the_cached_dictionary_reads_back_as_jieba_builds_it(tmp_path: Path, built: Dictionary) -> None:
    write_dictionary(built, tmp_path / "cache" / "words")
    read = read_dictionary(tmp_path / "cache" / "words")
    assert read is not None
    assert list(read.freq.items()) == list(built.freq.items())
    assert read.total == built.total


def test_a_cut_short_or_foreign_file_is_no_dictionary(tmp_path: Path, built: Dictionary) -> None:
    whole = tmp_path / "whole"
    write_dictionary(built, whole)
    data = whole.read_bytes()
    (tmp_path / "cut").write_bytes(data[: len(data) // 2])
    (tmp_path / "foreign").write_bytes(b"not a dictionary")
    (tmp_path / "garbage").write_bytes(b"\xff" * 10)
    write_dictionary(Dictionary({"楼道": -5}, 1), tmp_path / "negative")
    write_dictionary(Dictionary({"楼道": 5}, 0), tmp_path / "no-total")
    cache_files.write(tmp_path / "uneven", ("a\nb", b"\0" * 8, 1))
    cache_files.write(tmp_path / "odd-bytes", ("a", b"\0" * 7, 1))
    cache_files.write(tmp_path / "tags", ("abcd\u0100", ("n",)))
    for name in ("cut", "foreign", "garbage", "negative", "no-total", "uneven", "odd-bytes", "tags", "missing"):
        assert read_dictionary(tmp_path / name) is None, name


def test_a_start_reads_the_cached_dictionary_instead_of_building_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_dictionary(SMALL, tmp_path / CACHE_FILE)
    monkeypatch.setattr(segmenter, "_loaded", [])
    monkeypatch.setattr(segmenter, "jieba_dictionary", _never_built)
    assert segmenter._base(tmp_path) == SMALL


def test_a_start_whose_cache_folder_cannot_be_written_still_gets_its_dictionary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setattr(segmenter, "_loaded", [])
    monkeypatch.setattr(segmenter, "jieba_dictionary", lambda: SMALL)
    with caplog.at_level(logging.WARNING, logger=cache_files.__name__):
        assert segmenter._base(blocked / "cache") == SMALL
    assert any("not written" in r.getMessage() for r in caplog.records)


def _never_built() -> Dictionary:
    raise AssertionError("the cached dictionary should have been read")
