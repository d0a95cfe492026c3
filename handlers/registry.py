"""Chat commands declared where their code lives: `@command(...)` on the function that runs it.

A command names its trigger (words at the start of a message, words anywhere when the bot is
addressed, or its own matcher), who may use it, and its line in 帮助. The intent classifier and the
help text read their words from here, so adding a command is one new module in handlers/commands/
(with its templates and tests) and nothing else. Every command runs as `run(ctx) -> list[Reply]`.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from handlers.context import Context
    from handlers.messages import Reply


class Kind(StrEnum):
    """What a message asks of the bot."""

    ADMIN = "admin"
    QUERY = "query"
    REVIEW = "review"
    RECTIFY = "rectify"
    REPORT = "report"
    PHOTO = "photo"
    QUESTION = "question"
    """Asking people about a status (「13号楼飞线充电那件处理了吗？」): not for the bot unless addressed."""
    OTHER = "other"


class Permission(StrEnum):
    """Which list of roles in [permissions] may use a command; ANYONE needs none."""

    ANYONE = "anyone"
    REPORT = "report"
    REVIEW = "review"
    ADMIN = "admin"


@dataclass
class Intent:
    kind: Kind
    command: str | None = None
    numbers: list[int] = field(default_factory=list)
    argument: str = ""
    verdict: str | None = None


@dataclass(frozen=True)
class Reading:
    """What a trigger may look at: the message text (normalised, address removed) and its setting."""

    text: str
    numbers: list[int]
    addressed: bool
    quoted: bool
    is_report: bool


Matcher = Callable[[Reading], Intent | None]
Run = Callable[["Context"], "list[Reply]"]


@dataclass(frozen=True)
class Command:
    name: str
    kind: Kind
    run: Run
    permission: Permission
    priority: int
    """Lower is tried first; the classifier takes the first command whose trigger matches."""
    matcher: Matcher | None
    words: tuple[str, ...]
    """The trigger words (empty for a matcher of the command's own)."""
    help: bool
    """Has a line in 帮助 (templates [help] <name>)."""


_COMMANDS: dict[str, Command] = {}


@dataclass(frozen=True)
class StartsWith:
    """Triggered by a word at the start of the message, or right after its ticket number
    (「转派 #12 城管」, 「#12 转派 城管」); the argument is what follows the word."""

    words: tuple[str, ...]

    def bind(self, name: str, kind: Kind) -> Matcher:
        pattern = re.compile(rf"^(?:#\s*\d+\s*)?({'|'.join(map(re.escape, self.words))})")

        def match(reading: Reading) -> Intent | None:
            found = pattern.match(reading.text)
            if found is None:
                return None
            rest = f"{reading.text[: found.start(1)].strip()} {reading.text[found.end(1) :].strip()}".strip()
            return Intent(kind, name, reading.numbers, argument=rest)

        return match


@dataclass(frozen=True)
class Keyword:
    """Triggered by a word anywhere in a message addressed to the bot that reports nothing."""

    words: tuple[str, ...]

    def bind(self, name: str, kind: Kind) -> Matcher:
        pattern = re.compile("|".join(map(re.escape, self.words)))

        def match(reading: Reading) -> Intent | None:
            if reading.addressed and not reading.is_report and pattern.search(reading.text):
                return Intent(kind, name, reading.numbers, argument=reading.text)
            return None

        return match


Trigger = StartsWith | Keyword | Matcher


def command(
    name: str,
    kind: Kind,
    trigger: Trigger | None = None,
    permission: Permission = Permission.ANYONE,
    priority: int = 100,
    help: bool = True,
) -> Callable[[Run], Run]:
    """Declares the decorated function as the command `name`. `trigger` is StartsWith(...),
    Keyword(...) or a matcher of the command's own; None for what the parser decides (reports,
    fixes) or the platform says (a photo)."""

    def register(run: Run) -> Run:
        if name in _COMMANDS:
            raise ValueError(f"command {name!r} declared twice")
        words: tuple[str, ...] = ()
        matcher = trigger
        if isinstance(trigger, StartsWith | Keyword):
            words, matcher = trigger.words, trigger.bind(name, kind)
        _COMMANDS[name] = Command(name, kind, run, permission, priority, matcher, words, help)
        return run

    return register


@cache
def commands() -> tuple[Command, ...]:
    """Every declared command, in the order the classifier tries them (imports handlers.commands once)."""
    package = importlib.import_module("handlers.commands")
    for module in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"handlers.commands.{module.name}")
    return tuple(sorted(_COMMANDS.values(), key=lambda c: (c.priority, c.name)))


def get(name: str) -> Command:
    commands()
    return _COMMANDS[name]


def of_kind(kind: Kind) -> Command:
    """The one command that handles what the parser or the platform decided (a report, a fix, a photo)."""
    found = [c for c in commands() if c.kind == kind and c.matcher is None]
    if len(found) != 1:
        raise LookupError(f"expected one command for {kind}, found {[c.name for c in found]}")
    return found[0]
