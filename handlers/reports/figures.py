"""The figures street offices are judged by, computed from a list of tickets.

Population: tickets registered in the period and not cancelled.
结案率 closed / population; 按期结案率 closed by the deadline / settled, where settled are the tickets whose
outcome is known (closed, or past their deadline while still open) — a ticket not due yet is neither on time
nor late; 返工率 tickets sent back at least once / population; 逾期 active tickets past their deadline now;
median time to fix over closed ones.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from handlers.templates import say
from storage import lifecycle
from storage.models import Ticket, TicketStatus


@dataclass
class PartyFigures:
    total: int = 0
    closed: int = 0
    on_time: int = 0
    settled: int = 0


@dataclass
class Stats:
    total: int = 0
    closed: int = 0
    open: int = 0
    overdue: int = 0
    on_time: int = 0
    settled: int = 0
    """Closed, or past the deadline while open: the tickets 按期结案率 is a share of."""
    reworked: int = 0
    median_hours: float | None = None
    by_category: Counter[str] = field(default_factory=Counter)
    by_community: Counter[str] = field(default_factory=Counter)
    by_party: dict[str, PartyFigures] = field(default_factory=dict)

    @property
    def on_time_rate(self) -> float | None:
        """按期结案率; None while no ticket's outcome is known."""
        return self.on_time / self.settled if self.settled else None


def compute(tickets: list[Ticket], now: datetime) -> Stats:
    stats = Stats()
    hours = []
    for ticket in tickets:
        if ticket.status == TicketStatus.CANCELLED:
            continue
        stats.total += 1
        closed = ticket.status == TicketStatus.CLOSED
        on_time = lifecycle.closed_on_time(ticket)
        settled = closed or lifecycle.is_overdue(ticket, now)
        stats.closed += closed
        stats.open += not closed
        stats.on_time += on_time
        stats.settled += settled
        stats.reworked += ticket.rework_count > 0
        stats.overdue += lifecycle.is_overdue(ticket, now)
        stats.by_category[ticket.category] += 1
        stats.by_community[ticket.community or say("stats.unknown_community")] += 1
        for party in ticket.responsible or [say("stats.unassigned")]:
            figures = stats.by_party.setdefault(party, PartyFigures())
            figures.total += 1
            figures.closed += closed
            figures.on_time += on_time
            figures.settled += settled
        if closed and ticket.closed_at is not None:
            hours.append((ticket.closed_at - ticket.created_at).total_seconds() / 3600)
    stats.median_hours = statistics.median(hours) if hours else None
    return stats
