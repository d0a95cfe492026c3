"""What the parser hands to the rest of the bot."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Report:
    """One observed problem: the fields of a new ticket, as the message states them."""

    category: str
    community: str | None = None
    building: str | None = None
    unit: str | None = None
    floor: str | None = None
    spot: str | None = None
    responsible: tuple[str, ...] = ()
    deadline: datetime | None = None
    description: str = ""

    def as_dict(self) -> dict[str, object]:
        """The eval format of ../shared/eval/README.md."""
        return {
            "category": self.category,
            "community": self.community,
            "building": self.building,
            "unit": self.unit,
            "floor": self.floor,
            "spot": self.spot,
            "responsible": list(self.responsible),
            "deadline": self.deadline.isoformat() if self.deadline else None,
        }


@dataclass(frozen=True)
class ParseContext:
    """What the parser may know beyond the text: the group's bound community."""

    default_community: str | None = None


@dataclass
class Parsed:
    reports: list[Report] = field(default_factory=list)
    truncated: bool = False
    """The message was longer than the parser reads and was cut at a sentence boundary."""
    text: str = ""
    """The text as the parser read it (normalised, cut)."""
    clauses: list = field(default_factory=list)
    """The parser's reading of each clause, kept for hints without segmenting again."""
    unsettled: bool = False
    """No report, yet the text names a problem with a request to act or a place, and nothing rules a
    report out (no notice, question, fix or talk about an earlier report): the chat asks once whether
    to register it (handlers/parsing/decision.py)."""
    why: tuple[str, ...] = ()
    """The decision and its reasons: 「report」「problem+place+request」「against:notice」 …"""
    written: str = ""
    """The text as written (normalised, cut), before regional characters are read as Mandarin."""
