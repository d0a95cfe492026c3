"""jieba's part-of-speech tags for its dictionary words, in one compact string read in milliseconds.

The name reader asks jieba's dictionary whether a word is a proper name, a verb, a pronoun … for a
handful of tokens per message. A dict of 340,000 words took 0.4–0.7 s to load at every start; the same
tags as fixed-width records in one sorted string load as a single object and are found by binary
search (about twenty comparisons a look-up), so a restart pays almost nothing for them.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from importlib import resources
from pathlib import Path

import jieba

from handlers.parsing import cache_files

WIDTH = 4
"""Longest word kept (characters); shorter words are padded with NUL, which sorts first."""
RECORD = WIDTH + 1
"""A record: the padded word, then one character standing for its tag."""
TAG_LINE = re.compile(r"^(\S{1,4}) \d+ (\S+)$", re.MULTILINE)
CACHE_FILE = f"jieba-{jieba.__version__}-py{sys.version_info[0]}{sys.version_info[1]}-w{WIDTH}.tags"
"""Named for what it depends on (jieba's dictionary, marshal's format, the record width), so an upgrade
reads no stale table."""
SEEN_LIMIT = 100_000
"""Words remembered before the memo starts again: a long-running bot meets new names every day."""


class TagTable:
    """Word → tag look-ups over sorted fixed-width records (see the module's docstring)."""

    def __init__(self, records: str, tags: tuple[str, ...]) -> None:
        self._records = records
        self._tags = tags
        self._size = len(records) // RECORD
        self._seen: dict[str, str | None] = {}
        """Words already looked up: messages repeat the same few thousand words."""

    @classmethod
    def from_pairs(cls, pairs: dict[str, str]) -> TagTable:
        tags = tuple(sorted(set(pairs.values())))
        code = {tag: chr(0x100 + i) for i, tag in enumerate(tags)}
        records = "".join(word.ljust(WIDTH, "\0") + code[tag] for word, tag in sorted(pairs.items()))
        return cls(records, tags)

    def get(self, word: str) -> str | None:
        try:
            return self._seen[word]
        except KeyError:
            if len(self._seen) >= SEEN_LIMIT:
                self._seen.clear()
            tag = self._seen[word] = self._search(word)
            return tag

    def _search(self, word: str) -> str | None:
        if not word or len(word) > WIDTH:
            return None
        key, records = word.ljust(WIDTH, "\0"), self._records
        lo, hi = 0, self._size
        while lo < hi:
            mid = (lo + hi) // 2
            at = mid * RECORD
            found = records[at : at + WIDTH]
            if found < key:
                lo = mid + 1
            elif found > key:
                hi = mid
            else:
                return self._tags[ord(records[at + WIDTH]) - 0x100]
        return None

    def __contains__(self, word: str) -> bool:
        return self.get(word) is not None

    def __len__(self) -> int:
        return self._size


@cache
def word_tags(cache_dir: Path | None = None) -> TagTable:
    """The table, read once per process from `cache_dir` (beside the segmenter's dictionary), else built from
    jieba's dict.txt and written there."""
    cached = cache_dir / CACHE_FILE if cache_dir is not None else None
    read = _read(cached) if cached is not None else None
    if read is not None:
        return read
    text = resources.files("jieba").joinpath("dict.txt").read_text(encoding="utf-8")
    table = TagTable.from_pairs(dict(TAG_LINE.findall(text)))
    if cached is not None:
        cache_files.write(cached, (table._records, table._tags), ("jieba-*.tags",))
    return table


def _read(cached: Path) -> TagTable | None:
    """The cached table, or None when there is none or it is not one (another program's file)."""
    match cache_files.read(cached):
        case (str() as records, tuple() as tags) if len(records) % RECORD == 0:
            return TagTable(records, tags)
    return None
