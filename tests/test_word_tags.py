"""jieba's part-of-speech tags, cached beside its dictionary: read back as written, and built again
when the cache cannot be read."""

from pathlib import Path

from handlers.parsing.word_tags import CACHE_FILE, word_tags


def test_the_cache_is_read_back_and_a_broken_one_is_rebuilt(tmp_path: Path) -> None:
    built = word_tags.__wrapped__(tmp_path)
    cached = tmp_path / CACHE_FILE
    assert cached.exists() and built.get("楼道") is not None
    assert word_tags.__wrapped__(tmp_path).get("楼道") == built.get("楼道")
    cached.write_bytes(cached.read_bytes()[:100])
    rebuilt = word_tags.__wrapped__(tmp_path)
    assert rebuilt.get("楼道") == built.get("楼道") and len(rebuilt) == len(built)
    assert cached.stat().st_size > 100, "the broken cache is written again"
