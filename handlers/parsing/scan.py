"""Long alternations of phrases, searched without trying every phrase at every character.

Python's regex engine skips ahead quickly only when a pattern starts with a plain character or a class. The
parser's big patterns (what was done, what is under way, every category's phrases) start with groups and
lookbehinds, so a search tries each of hundreds of alternatives at each character of a message. Prefixed with
a lookahead for the characters a match can start with, most positions fail at one test instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}
ZERO_WIDTH = (sre.ASSERT, sre.ASSERT_NOT, sre.AT)
REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT)

Heads = tuple[set[str], bool]
"""The class items (as regex source) a match can start with, and whether it can match the empty string."""


def compile_scan(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`pattern` compiled to find the same matches faster: guarded by a lookahead for its first characters
    when the engine finds none of its own and every match starts with a character that can be named."""
    items = list(sre_parse.parse(pattern, flags))
    heads = None if not items or _engine_skips(items[0]) else _heads(items)
    if heads is None or heads[1]:
        return re.compile(pattern, flags)
    return re.compile(f"(?=[{''.join(sorted(heads[0]))}])(?:{pattern})", flags)


BUCKET = 32
"""How many first characters `compile_any` tests with one class before the patterns each opens (32 was fastest
over the category patterns and the done, pending and handover patterns)."""


def compile_any(patterns: Sequence[str]) -> re.Pattern[str]:
    """A pattern found in a text exactly when one of `patterns` is (not where, nor which). The patterns that can
    start with a character form that character's alternative, opened by it and read from there by a lookbehind;
    the characters are tested BUCKET at a time by one class each, and a lookahead for all of them opens the whole.
    The engine skips ahead to the characters that start any pattern and there tests a few classes and the
    characters of the one that holds it, where one alternation of all would try each pattern at each of them. A
    pattern whose first characters cannot be named, or with groups of its own (a lookbehind cannot refer back to
    one), is tried everywhere, as it is."""
    opening: dict[str, list[str]] = {}
    anywhere: list[str] = []
    for pattern in patterns:
        parsed = sre_parse.parse(pattern)
        heads = _heads(list(parsed)) if parsed.state.groups == 1 else None
        if heads is None or heads[1]:
            anywhere.append(f"(?:{pattern})")
            continue
        for head in heads[0]:
            opening.setdefault(head, []).append(pattern)
    firsts = sorted(opening)
    buckets = [firsts[at : at + BUCKET] for at in range(0, len(firsts), BUCKET)]
    opened = "|".join(f"(?=[{''.join(bucket)}])(?:{_opened_by(bucket, opening)})" for bucket in buckets)
    guarded = [f"(?=[{''.join(firsts)}])(?:{opened})"] if firsts else []
    return re.compile("|".join([*guarded, *anywhere]) or "(?!)")


def _opened_by(heads: list[str], opening: dict[str, list[str]]) -> str:
    """One alternative for each of `heads`: the head, then a look back to try there the patterns it opens."""
    return "|".join(f"[{head}](?<=(?=(?:{'|'.join(opening[head])}))[\\s\\S])" for head in heads)


RUN = 6
"""How many alternatives `compile_in_runs` guards together: fewer cost a test each for little, more are entered
at more characters (six was fastest over the regional readings)."""


def compile_in_runs(alternatives: Sequence[str]) -> re.Pattern[str]:
    """The alternation of `alternatives`, tried in their order as one would be and finding the same matches,
    faster: each run of RUN of them is opened by a lookahead for the characters they can start with, and the
    whole by one for all of those, so at most characters every run is passed over at one test. A run with an
    alternative whose first characters cannot be named is tried as it is, and the whole is then not guarded."""
    runs: list[str] = []
    first: set[str] = set()
    guarded = True
    for at in range(0, len(alternatives), RUN):
        run = alternatives[at : at + RUN]
        heads = [_heads(list(sre_parse.parse(alternative))) for alternative in run]
        if any(h is None or h[1] for h in heads):
            runs.append("|".join(run))
            guarded = False
            continue
        starts = {head for h in heads if h is not None for head in h[0]}
        first |= starts
        runs.append(f"(?=[{''.join(sorted(starts))}])(?:{'|'.join(run)})")
    whole = "|".join(runs)
    return re.compile(f"(?=[{''.join(sorted(first))}])(?:{whole})" if guarded and first else whole or "(?!)")


def _engine_skips(item: tuple) -> bool:
    """The engine's own fast scan applies: a pattern opening with a character or a class, or with
    alternatives that each open with a character."""
    op, av = item
    while op is sre.SUBPATTERN and av[-1].data:
        op, av = av[-1].data[0]
    if op in (sre.LITERAL, sre.IN):
        return True
    return op is sre.BRANCH and all(branch and branch[0][0] is sre.LITERAL for branch in av[1])


def _heads(items: list) -> Heads | None:
    """First characters of a sequence; None where one cannot be named (a negated class, any character)."""
    found: set[str] = set()
    for op, av in items:
        if op in ZERO_WIDTH:
            continue  # a lookaround or anchor consumes nothing: the next item starts the match
        if op is sre.LITERAL:
            return found | {_character(av)}, False
        if op is sre.IN:
            opened = _class_items(av)
            return None if opened is None else (found | opened, False)
        inner = _inner_heads(op, av)
        if inner is None:
            return None
        found |= inner[0]
        if not inner[1]:
            return found, False
    return found, True


def _inner_heads(op: object, av: object) -> Heads | None:
    """First characters of a group, a set of alternatives or a repeat; a repeat that may run zero times
    is passed over like an empty match."""
    if op is sre.SUBPATTERN:
        return _heads(list(av[-1]))
    if op is sre.BRANCH:
        found, empty = set(), False
        for branch in av[1]:
            heads = _heads(list(branch))
            if heads is None:
                return None
            found |= heads[0]
            empty = empty or heads[1]
        return found, empty
    if op in REPEATS:
        low, _, body = av
        heads = _heads(list(body))
        return None if heads is None else (heads[0], heads[1] or low == 0)
    return None


def _class_items(items: list) -> set[str] | None:
    found: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            found.add(_character(av))
        elif op is sre.RANGE:
            found.add(f"{_character(av[0])}-{_character(av[1])}")
        elif op is sre.CATEGORY and av in CATEGORIES:
            found.add(CATEGORIES[av])
        else:
            return None  # a negated class or a category of no shorthand
    return found


def _character(code: int) -> str:
    """One character as it may stand inside a class."""
    character = chr(code)
    return "\\" + character if character in "\\]^-[" else character
