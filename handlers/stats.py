"""The figures street offices are judged by, computed from a list of tickets.

Population: tickets registered in the period and not cancelled.
结案率 closed / population; 按期结案率 closed by the deadline / population; 返工率 tickets sent back at
least once / population; 逾期 active tickets past their deadline now; median time to fix over closed ones.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from handlers.templates import say
from storage.models import Ticket, TicketStatus

PERIOD_WORDS = ("今天", "昨天", "本周", "上周", "本月", "上月")
RANGE = re.compile(
    r"(?:(\d{4})[-年/.])?(\d{1,2})[-月/.](\d{1,2})日?\s*(?:-|到|至|~|—)\s*(?:(\d{4})[-年/.])?(?:(\d{1,2})[-月/.])?(\d{1,2})日?"
)


@dataclass
class PartyFigures:
    total: int = 0
    closed: int = 0
    on_time: int = 0


@dataclass
class Stats:
    total: int = 0
    closed: int = 0
    open: int = 0
    overdue: int = 0
    on_time: int = 0
    reworked: int = 0
    median_hours: float | None = None
    by_category: Counter[str] = field(default_factory=Counter)
    by_community: Counter[str] = field(default_factory=Counter)
    by_party: dict[str, PartyFigures] = field(default_factory=dict)


def closed_on_time(ticket: Ticket) -> bool:
    return ticket.status == TicketStatus.CLOSED and (
        ticket.deadline is None or (ticket.closed_at is not None and ticket.closed_at <= ticket.deadline)
    )


def compute(tickets: list[Ticket], now: datetime) -> Stats:
    stats = Stats()
    hours = []
    for ticket in tickets:
        if ticket.status == TicketStatus.CANCELLED:
            continue
        stats.total += 1
        closed = ticket.status == TicketStatus.CLOSED
        on_time = closed_on_time(ticket)
        stats.closed += closed
        stats.open += not closed
        stats.on_time += on_time
        stats.reworked += ticket.rework_count > 0
        stats.overdue += not closed and ticket.deadline is not None and ticket.deadline < now
        stats.by_category[ticket.category] += 1
        stats.by_community[ticket.community or say("stats.unknown_community")] += 1
        for party in ticket.responsible or [say("stats.unassigned")]:
            figures = stats.by_party.setdefault(party, PartyFigures())
            figures.total += 1
            figures.closed += closed
            figures.on_time += on_time
        if closed and ticket.closed_at is not None:
            hours.append((ticket.closed_at - ticket.created_at).total_seconds() / 3600)
    stats.median_hours = statistics.median(hours) if hours else None
    return stats


class BadPeriod(ValueError):
    """A date range naming a day that does not exist (11月31日) or ending before it starts."""

    def __init__(self, written: str) -> None:
        super().__init__(f"not a date range: {written}")
        self.written = written


def period(text: str, now: datetime) -> tuple[str, datetime, datetime]:
    """(label, start, end) for 今天/昨天/本周/上周/本月/上月 or a date range (11月1日-11月15日); default 本周."""
    tz = now.tzinfo
    today = now.date()
    found = RANGE.search(text)
    if found:
        y1, m1, d1, y2, m2, d2 = found.groups()
        try:
            start = date(int(y1 or today.year), int(m1), int(d1))
            end = date(int(y2 or y1 or today.year), int(m2 or m1), int(d2))
        except ValueError as exc:
            raise BadPeriod(found.group().strip()) from exc
        if end < start:
            raise BadPeriod(found.group().strip())
        return (
            f"{start.month}月{start.day}日至{end.month}月{end.day}日",
            _at(start, tz),
            _at(end + timedelta(days=1), tz),
        )
    word = next((w for w in PERIOD_WORDS if w in text), "本周")
    monday = today - timedelta(days=today.weekday())
    first = today.replace(day=1)
    spans = {
        "今天": (today, today + timedelta(days=1)),
        "昨天": (today - timedelta(days=1), today),
        "本周": (monday, monday + timedelta(days=7)),
        "上周": (monday - timedelta(days=7), monday),
        "本月": (first, (first + timedelta(days=32)).replace(day=1)),
        "上月": ((first - timedelta(days=1)).replace(day=1), first),
    }
    start, end = spans[word]
    return word, _at(start, tz), _at(end, tz)


def _at(day: date, tz) -> datetime:
    return datetime.combine(day, time(0, 0), tz)
