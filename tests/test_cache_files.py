"""The cache folder's files: a half-written or foreign file reads as none, and a folder that cannot be
written costs the next start its time, not the parser its start."""

import logging
from pathlib import Path

import pytest

from handlers.parsing import cache_files
from handlers.parsing.segmenter import jieba_dictionary, read_dictionary, write_dictionary
from handlers.parsing.word_tags import word_tags


def test_what_is_written_is_read_back_and_no_partial_file_is_left(tmp_path: Path) -> None:
    cache_files.write(tmp_path / "deep" / "x.bin", ("楼道", b"\x01\x02", 3))
    assert cache_files.read(tmp_path / "deep" / "x.bin") == ("楼道", b"\x01\x02", 3)
    assert [p.name for p in (tmp_path / "deep").iterdir()] == ["x.bin"]


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


def test_the_cached_dictionary_reads_back_as_jieba_builds_it(tmp_path: Path) -> None:
    built = jieba_dictionary()
    write_dictionary(built, tmp_path / "cache" / "words")
    read = read_dictionary(tmp_path / "cache" / "words")
    assert read is not None
    assert list(read.freq.items()) == list(built.freq.items())
    assert read.total == built.total
    assert read.total != sum(built.freq.values())  # dict.txt lists some words twice; jieba counts both


def test_a_cut_short_or_foreign_file_is_no_dictionary(tmp_path: Path) -> None:
    whole = tmp_path / "whole"
    write_dictionary(jieba_dictionary(), whole)
    data = whole.read_bytes()
    (tmp_path / "cut").write_bytes(data[: len(data) // 2])
    (tmp_path / "foreign").write_bytes(b"not a dictionary")
    cache_files.write(tmp_path / "uneven", ("a\nb", b"\0" * 8, 1))
    cache_files.write(tmp_path / "odd-bytes", ("a", b"\0" * 7, 1))
    cache_files.write(tmp_path / "tags", ("abcd\u0100", ("n",)))
    for name in ("cut", "foreign", "uneven", "odd-bytes", "tags", "missing"):
        assert read_dictionary(tmp_path / name) is None, name
