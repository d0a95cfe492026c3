"""jieba with a user dictionary built from the taxonomy, place words and community names.

A dedicated Tokenizer keeps xiuhua's words out of jieba's process-wide default. Its dictionary
cache lives in the data folder so a restart does not rebuild it (cold start), and the loaded base
dictionary is shared by every Segmenter of the process (a replay or a test builds many).
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import jieba

USER_WORD_FREQ = 2_000_000
jieba.setLogLevel(logging.WARNING)


@cache
def _base(cache_dir: Path | None) -> jieba.Tokenizer:
    tokenizer = jieba.Tokenizer()
    if cache_dir is not None:
        cache_dir.mkdir(parents=True, exist_ok=True)
        tokenizer.tmp_dir = str(cache_dir)
        tokenizer.cache_file = "jieba.cache"
    tokenizer.initialize()
    # The dictionary is hundreds of thousands of long-lived objects; leaving them to the cyclic
    # garbage collector makes every full collection pause message handling for tens of ms.
    gc.collect()
    gc.freeze()
    return tokenizer


class Segmenter:
    def __init__(self, words: Iterable[str], cache_dir: Path | None = None) -> None:
        base = _base(cache_dir)
        self._tokenizer = jieba.Tokenizer()
        self._tokenizer.FREQ = dict(base.FREQ)
        self._tokenizer.total = base.total
        self._tokenizer.initialized = True
        for word in sorted(set(words)):
            if len(word) >= 2:
                self._tokenizer.add_word(word, USER_WORD_FREQ)

    def add(self, word: str) -> None:
        self._tokenizer.add_word(word, USER_WORD_FREQ)

    def tokens(self, text: str) -> list[str]:
        return self._tokenizer.lcut(text, HMM=False)
