"""jieba with a user dictionary built from the taxonomy, place words and community names.

A dedicated Tokenizer keeps xiuhua's words out of jieba's process-wide default. Its dictionary
cache lives in the data folder so a restart does not rebuild it (cold start), and the loaded base
dictionary is shared by every Segmenter of the process (a replay or a test builds many).
"""

from __future__ import annotations

import gc
import logging
import sys
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from math import log
from pathlib import Path

import jieba

from handlers.parsing import cache_files

USER_WORD_FREQ = 2_000_000
USER_WORDS_WEIGHED = 3_297
"""How many user words the total frequency counts, whatever number is added. jieba adds each word's frequency
to the total every weight is divided by, so each word the taxonomy, the language file or a street's configured
names add would shift every other word's weight and flip near-ties far from it (adding 没修 turned 车/开进 into
车开进). Held fixed, a word added changes only the routes through it. The value is the count the parser's rules
were written against."""
jieba.setLogLevel(logging.WARNING)
CACHE_FILE = f"jieba-{jieba.__version__}.words"
"""Named for the dictionary it holds, so an upgrade of jieba reads no stale one."""
REPLACES = ("jieba-*.words", "jieba.cache")
"""What it supersedes: other jiebas' dictionaries, and jieba's own cache that earlier versions kept."""


@dataclass(frozen=True)
class Dictionary:
    """jieba's prefix dictionary: every word and every prefix of one (frequency 0), and the total of the
    frequencies as jieba counts it (a word listed twice counts twice, so it is not the values' sum)."""

    freq: dict[str, int]
    total: int


_loaded: list[Dictionary] = []


def _base(cache_dir: Path | None) -> Dictionary:
    """jieba's dictionary, loaded once per process: from the cache file in `cache_dir` if there is one,
    else built from jieba's dict.txt and written there. The dictionary is the same wherever its cache
    lives, so a second parser (a replay, a test) reuses the first one's whatever folder it names."""
    if _loaded:
        return _loaded[0]
    cached = cache_dir / CACHE_FILE if cache_dir is not None else None
    dictionary = read_dictionary(cached) if cached is not None else None
    if dictionary is None:
        dictionary = jieba_dictionary()
        if cached is not None:
            write_dictionary(dictionary, cached)
    # The dictionary is hundreds of thousands of long-lived objects; leaving them to the cyclic
    # garbage collector makes every full collection pause message handling for tens of ms.
    gc.collect()
    gc.freeze()
    _loaded.append(dictionary)
    return dictionary


def jieba_dictionary() -> Dictionary:
    """Built from jieba's dict.txt as jieba builds it (about a second)."""
    plain = jieba.Tokenizer()
    return Dictionary(*plain.gen_pfdict(plain.get_dict_file()))


COUNT = array("q")
"""The frequencies' type: 8-byte integers, kept little-endian in the file whatever machine wrote it."""


def _little_endian(counts: array) -> array:
    if sys.byteorder == "big":
        counts.byteswap()
    return counts


def write_dictionary(dictionary: Dictionary, cached: Path) -> None:
    """The words as one string and the frequencies as one array: two objects, which load in a fifth of the
    time marshal takes over jieba's own cache of half a million (word, frequency) pairs."""
    counts = _little_endian(array(COUNT.typecode, dictionary.freq.values()))
    cache_files.write(cached, ("\n".join(dictionary.freq), counts.tobytes(), dictionary.total), REPLACES)


def read_dictionary(cached: Path) -> Dictionary | None:
    """The cached dictionary, or None when there is none or it is not one (another program's file, or one
    from a jieba whose cache format this is not)."""
    match cache_files.read(cached):
        case (str() as words, bytes() as frequencies, int() as total) if len(frequencies) % COUNT.itemsize == 0:
            counts = _little_endian(array(COUNT.typecode, frequencies))
            pieces = words.split("\n")
            if total > 0 and len(pieces) == len(counts) and min(counts, default=0) >= 0:
                return Dictionary(dict(zip(pieces, counts, strict=True)), total)
    return None


HAN, BLANK = jieba.re_han_default, jieba.re_skip_default
"""jieba's own patterns: the runs it segments and the blanks it splits the rest at. The Latin letters and
digits it runs together (its re_eng) are tested as ASCII alphanumerics: the same set, without a regex."""


class Tokenizer(jieba.Tokenizer):
    """jieba's dictionary and algorithm unchanged, its accurate mode without HMM done in one pass: the
    word graph is walked from the end of a block, each start's best route chosen as its words are
    found (jieba builds the whole graph, then routes it), each word's log-probability computed once,
    and the tokens put in a list instead of passed through three nested generators. Same tokens, in
    less time (tests/test_segmenter.py)."""

    def words(self, text: str) -> list[str]:
        """What `lcut(text, HMM=False)` gives. Both of jieba's patterns capture what they split at, so
        the pieces alternate: odd places hold the matches (no second regex test per piece)."""
        out: list[str] = []
        for i, block in enumerate(HAN.split(text)):
            if not block:
                continue
            if i % 2:
                self._route(block, out)
                continue
            for j, piece in enumerate(BLANK.split(block)):
                if j % 2:
                    out.append(piece)
                else:
                    out.extend(piece)
        return out

    def _route(self, block: str, out: list[str]) -> None:
        """The best route through one block; single Latin letters and digits run together."""
        ends = self._best_ends(block)
        start, size, latin = 0, len(block), ""
        while start < size:
            end = ends[start] + 1
            word = block[start:end]
            if end - start == 1 and word.isascii() and word.isalnum():
                latin += word
            else:
                if latin:
                    out.append(latin)
                    latin = ""
                out.append(word)
            start = end
        if latin:
            out.append(latin)

    def _best_ends(self, block: str) -> list[int]:
        """For each start, where the best-scoring word from it ends (jieba's get_DAG and calc in one
        loop; among equal scores the longer word wins, as jieba's tuple comparison has it). One look-up
        per step: the graph holds a prefix's frequency until the word is first used, then its weight."""
        graph, log_total = self._graph, self._log_total
        lookup = graph.get
        size = len(block)
        score = [0.0] * (size + 1)
        ends = [0] * size
        for start in range(size - 1, -1, -1):
            best, best_end = None, start
            end = start
            piece = block[start]
            weight = lookup(piece)
            while weight is not None:
                if weight:
                    if weight > 0:
                        weight = graph[piece] = log(weight) - log_total
                    total = weight + score[end + 1]
                    if best is None or total >= best:  # a tie: `end` only grows, the longer word wins
                        best, best_end = total, end
                end += 1
                if end == size:
                    break
                piece = block[start : end + 1]
                weight = lookup(piece)
            score[start] = score[start + 1] - log_total if best is None else best
            ends[start] = best_end
        return ends

    def prepare(self) -> None:
        """Call after changing the dictionary: every weight depends on the total frequency. The graph is
        jieba's prefix dictionary, its positive frequencies turned into (negative) weights as they are
        first used: 0 marks a prefix that is no word, as in jieba."""
        self._graph: dict[str, float] = dict(self.FREQ)
        self._log_total = log(self.total)


class Segmenter:
    def __init__(self, words: Iterable[str], cache_dir: Path | None = None, unwords: Iterable[str] = ()) -> None:
        """`unwords`: dictionary words that are not words here, kept only as prefixes of longer ones."""
        base = self._base = _base(cache_dir)
        self._tokenizer = Tokenizer()
        self._tokenizer.FREQ = dict(base.freq)
        self._tokenizer.total = base.total
        self._tokenizer.initialized = True
        words = set(words)
        for word in sorted(words):
            if len(word) >= 2:
                self._tokenizer.add_word(word, USER_WORD_FREQ)
        for word in sorted(set(unwords) - words):
            if self._tokenizer.FREQ.get(word):
                self._tokenizer.del_word(word)
        self._prepare()

    def add(self, word: str) -> None:
        self._tokenizer.add_word(word, USER_WORD_FREQ)
        self._prepare()

    def _prepare(self) -> None:
        self._tokenizer.total = self._base.total + USER_WORD_FREQ * USER_WORDS_WEIGHED
        self._tokenizer.prepare()

    def tokens(self, text: str) -> list[str]:
        return self._tokenizer.words(text)

    def reading(self, text: str) -> list[str]:
        """The tokens as the parser reads them: jieba's, with the splits it gets wrong for the parser's words set
        right (12号楼道)."""
        words = self.tokens(text)
        return _stairwell_numbered(words) if "号楼道" in text else words

    def plain(self) -> jieba.Tokenizer:
        """jieba's own tokenizer over the dictionary this segmenter was built on, without xiuhua's words: what
        jieba's keyword extraction cuts with, instead of loading the dictionary a second time into jieba's
        process-wide tokenizer (and caching it in the system's temp folder, outside the deployment's)."""
        plain = jieba.Tokenizer()
        plain.FREQ, plain.total, plain.initialized = dict(self._base.freq), self._base.total, True
        return plain


def _stairwell_numbered(words: list[str]) -> list[str]:
    """jieba reads 12号楼道 as 12/号楼/道: a building's number before its stairwell is 号 and 楼道 (12号楼道又堆满纸箱),
    the words the parser knows a stairwell by. The pieces keep their lengths, so positions stay."""
    out: list[str] = []
    for word in words:
        if out and out[-1] == "号楼" and word.startswith("道"):
            out[-1] = "号"
            out.append("楼道")
            if len(word) > 1:
                out.append(word[1:])
        else:
            out.append(word)
    return out
