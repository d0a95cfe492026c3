"""The dashboard's tables: a period's figures by community, responsible party, category or week, the
weekly trend, and the community × category counts.

Every figure is handlers.reports.figures.compute on the group's tickets (the chat's 统计 uses the same
function), so 按期结案率 on the desk and in the chat can never disagree.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from handlers import format as fmt
from handlers.reports.figures import Stats, compute
from handlers.templates import say
from storage.models import Ticket, TicketStatus


class Grouping(StrEnum):
    COMMUNITY = "community"
    PARTY = "party"
    CATEGORY = "category"
    WEEK = "week"

    @property
    def label(self) -> str:
        return say(f"desk.by_{self.value}")


@dataclass(frozen=True)
class Row:
    key: str
    stats: Stats

    @property
    def on_time_rate(self) -> float | None:
        return self.stats.on_time_rate

    @property
    def rework_rate(self) -> float | None:
        return _rate(self.stats.reworked, self.stats.total)

    def as_dict(self) -> dict[str, object]:
        return {"key": self.key, **self.figures()}

    def figures(self) -> dict[str, object]:
        """The figures with fractions for scripts (the API) and the percentages a person reads."""
        s = self.stats
        return {
            "registered": s.total,
            "closed": s.closed,
            "on_time": s.on_time,
            "settled": s.settled,
            "on_time_rate": self.on_time_rate,
            "on_time_text": fmt.percent(s.on_time, s.settled),
            "reworked": s.reworked,
            "rework_rate": self.rework_rate,
            "rework_text": fmt.percent(s.reworked, s.total),
            "overdue": s.overdue,
            "median_hours": None if s.median_hours is None else round(s.median_hours, 1),
        }


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def week_of(moment: datetime, tz: ZoneInfo) -> date:
    """The Monday of the week a moment falls in, in the deployment's zone."""
    day = moment.astimezone(tz).date()
    return day - timedelta(days=day.weekday())


def week_label(monday: date) -> str:
    return say("desk.week", month=monday.month, day=monday.day)


def _keys(grouping: Grouping, tz: ZoneInfo) -> Callable[[Ticket], Iterable[str]]:
    """The group (or, for parties, groups) a ticket counts in."""
    if grouping == Grouping.COMMUNITY:
        return lambda t: [t.community or say("stats.unknown_community")]
    if grouping == Grouping.PARTY:
        return lambda t: t.responsible or [say("stats.unassigned")]
    if grouping == Grouping.CATEGORY:
        return lambda t: [t.category]
    return lambda t: [week_of(t.created_at, tz).isoformat()]


def grouped(tickets: list[Ticket], grouping: Grouping, now: datetime, tz: ZoneInfo) -> list[Row]:
    """One row per group, the largest first (weeks in time order); a ticket of two parties counts for each."""
    members: dict[str, list[Ticket]] = {}
    key_of = _keys(grouping, tz)
    for ticket in tickets:
        for key in key_of(ticket):
            members.setdefault(key, []).append(ticket)
    rows = [Row(key, compute(found, now)) for key, found in members.items()]
    rows = [row for row in rows if row.stats.total]
    if grouping == Grouping.WEEK:
        return [Row(week_label(date.fromisoformat(r.key)), r.stats) for r in sorted(rows, key=lambda r: r.key)]
    return sorted(rows, key=lambda r: (-r.stats.total, r.key))


@dataclass(frozen=True)
class Matrix:
    """Tickets registered (not cancelled) per community and category, with totals."""

    communities: list[str]
    categories: list[str]
    counts: dict[tuple[str, str], int]
    community_totals: dict[str, int]
    category_totals: dict[str, int]
    total: int


def matrix(tickets: list[Ticket]) -> Matrix:
    counts: Counter[tuple[str, str]] = Counter()
    for ticket in tickets:
        if ticket.status != TicketStatus.CANCELLED:
            counts[(ticket.community or say("stats.unknown_community"), ticket.category)] += 1
    by_community: Counter[str] = Counter()
    by_category: Counter[str] = Counter()
    for (community, category), count in counts.items():
        by_community[community] += count
        by_category[category] += count
    return Matrix(
        [name for name, _ in sorted(by_community.items(), key=lambda kv: (-kv[1], kv[0]))],
        [name for name, _ in sorted(by_category.items(), key=lambda kv: (-kv[1], kv[0]))],
        dict(counts),
        dict(by_community),
        dict(by_category),
        sum(counts.values()),
    )
