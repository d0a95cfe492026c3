"""物业考核: each community's property company, rated on the month's tickets it was responsible for.

Population: tickets registered in the month (not cancelled) that name the property party
([assessment] party, 物业) among their responsible. Per community: tickets, closed, 按期结案率 and
返工率 (handlers.reports.figures, as everywhere), 件均逾期时长 — the hours past the deadline summed over
the tickets (closed late: until closing; still open: until now; storage.lifecycle.late_by) and
divided by their number — and a score out of 100:

    score = 100 × (w₁·按期结案率 + w₂·(1 − 返工率) + w₃·max(0, 1 − 件均逾期小时 ÷ H)) ÷ (w₁ + w₂ + w₃)

with the weights w and H from [assessment]. Ranked by score, best first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from handlers.reports.figures import Stats, compute
from handlers.settings import AssessmentSection
from handlers.templates import say, words
from storage import lifecycle
from storage.models import Ticket, TicketStatus


@dataclass(frozen=True)
class Assessed:
    community: str
    people: list[str]
    """Who holds the property role in the community's groups (王经理)."""
    stats: Stats
    overdue_hours: float
    """件均逾期时长: hours past deadlines per ticket."""
    score: float

    @property
    def on_time_rate(self) -> float:
        return _on_time_share(self.stats)

    @property
    def rework_rate(self) -> float:
        return self.stats.reworked / self.stats.total

    def as_dict(self, rank: int) -> dict[str, object]:
        return {
            "rank": rank,
            "community": self.community,
            "people": self.people,
            "tickets": self.stats.total,
            "closed": self.stats.closed,
            "on_time_rate": round(self.on_time_rate, 4),
            "rework_rate": round(self.rework_rate, 4),
            "overdue_hours": round(self.overdue_hours, 1),
            "score": round(self.score, 1),
        }


def _on_time_share(stats: Stats) -> float:
    """按期结案率 as scored: a community none of whose tickets is due yet has none late, so 100%."""
    return 1.0 if stats.on_time_rate is None else stats.on_time_rate


def score(settings: AssessmentSection, on_time_rate: float, rework_rate: float, overdue_hours: float) -> float:
    s = settings
    weights = s.on_time_weight + s.rework_weight + s.overdue_weight
    overdue_part = max(0.0, 1 - overdue_hours / s.overdue_hours_for_zero)
    total = s.on_time_weight * on_time_rate + s.rework_weight * (1 - rework_rate) + s.overdue_weight * overdue_part
    return 100 * total / weights


def assess(
    tickets: list[Ticket], holders: dict[str, list[str]], settings: AssessmentSection, now: datetime
) -> list[Assessed]:
    """The ranked table; `holders` names the property people of each community."""
    by_community: dict[str, list[Ticket]] = {}
    for ticket in tickets:
        if settings.party in ticket.responsible and ticket.status != TicketStatus.CANCELLED:
            by_community.setdefault(ticket.community or say("stats.unknown_community"), []).append(ticket)
    found = []
    for community, own in by_community.items():
        stats = compute(own, now)
        hours = sum(lifecycle.late_by(t, now).total_seconds() for t in own) / 3600 / len(own)
        rated = score(settings, _on_time_share(stats), stats.reworked / stats.total, hours)
        found.append(Assessed(community, holders.get(community, []), stats, hours, rated))
    return sorted(found, key=lambda a: (-a.score, a.community))


def formula(settings: AssessmentSection) -> tuple[str, str]:
    """The weighted parts and their sum, for the table's title: how a score was made is on the sheet."""
    parts = words("desk.assessment_parts")
    weights = (settings.on_time_weight, settings.rework_weight, settings.overdue_weight)
    named = [
        say("desk.assessment_weight", weight=f"{w:g}", name=name.format(hours=f"{settings.overdue_hours_for_zero:g}"))
        for w, name in zip(weights, parts, strict=True)
    ]
    return " + ".join(named), f"{sum(weights):g}"
