"""jieba with a user dictionary built from the taxonomy, place words and community names.

A dedicated Tokenizer keeps xiuhua's words out of jieba's process-wide default, and its
dictionary cache lives in the data folder so a restart does not rebuild it (cold start).
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterable
from pathlib import Path

import jieba

USER_WORD_FREQ = 2_000_000
jieba.setLogLevel(logging.WARNING)


class Segmenter:
    def __init__(self, words: Iterable[str], cache_dir: Path | None = None) -> None:
        self._tokenizer = jieba.Tokenizer()
        if cache_dir is not None:
            cache_dir.mkdir(parents=True, exist_ok=True)
            self._tokenizer.tmp_dir = str(cache_dir)
            self._tokenizer.cache_file = "jieba.cache"
        self._tokenizer.initialize()
        for word in sorted(set(words)):
            if len(word) >= 2:
                self._tokenizer.add_word(word, USER_WORD_FREQ)
        # The dictionary is hundreds of thousands of long-lived objects; leaving them to the cyclic
        # garbage collector makes every full collection pause message handling for tens of ms.
        gc.collect()
        gc.freeze()

    def add(self, word: str) -> None:
        self._tokenizer.add_word(word, USER_WORD_FREQ)

    def tokens(self, text: str) -> list[str]:
        return self._tokenizer.lcut(text, HMM=False)
