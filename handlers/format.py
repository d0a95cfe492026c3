"""How tickets read on a phone: place, deadline, one-line summaries."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from handlers.templates import say
from storage.models import Ticket

TOP_FLOOR = "顶"  # the parser's value for 顶楼
LINES_SHOWN = 15
"""Ticket lines in one chat message at most: more is hard to read on a phone."""


def place(ticket: Ticket) -> str:
    parts = [ticket.community or ""]
    if ticket.building:
        parts.append(
            say("place.building_letter" if ticket.building.isalpha() else "place.building_number", n=ticket.building)
        )
    if ticket.unit:
        parts.append(say("place.unit", n=ticket.unit))
    if ticket.floor:
        parts.append(say("place.top_floor") if ticket.floor == TOP_FLOOR else say("place.floor", n=ticket.floor))
    text = "".join(parts)
    if ticket.spot and ticket.spot not in text:
        text = f"{text} {ticket.spot}" if text else ticket.spot
    return text or "—"


def day(value: datetime, tz: ZoneInfo) -> str:
    local = value.astimezone(tz)
    return say("time.day", month=local.month, day=local.day)


def moment(value: datetime | None, tz: ZoneInfo) -> str:
    if value is None:
        return say("report.no_deadline")
    local = value.astimezone(tz)
    return day(value, tz) if (local.hour, local.minute) == (23, 59) else f"{day(value, tz)} {local:%H:%M}"


def duration(delta: timedelta) -> str:
    hours = int(delta.total_seconds() // 3600)
    if hours >= 24:
        days, rest = divmod(hours, 24)
        return say("time.days_hours", days=days, hours=rest) if rest else say("time.days", days=days)
    if hours:
        return say("time.hours", hours=hours)
    return say("time.minutes", minutes=max(int(delta.total_seconds() // 60), 1))


def responsible(ticket: Ticket) -> str:
    return "、".join(ticket.responsible) or say("report.none_responsible")


def status(ticket: Ticket) -> str:
    return say(f"status.{ticket.status}")


def percent(numerator: int, denominator: int) -> str:
    return f"{numerator * 100 / denominator:.0f}%" if denominator else "—"


def summary(ticket: Ticket, tz: ZoneInfo) -> dict[str, object]:
    """The values every sentence about a ticket may use: {number} {category} {place} {status}
    {responsible} {deadline}. A template takes the ones it names."""
    return {
        "number": ticket.number,
        "category": ticket.category,
        "place": place(ticket),
        "status": status(ticket),
        "responsible": responsible(ticket),
        "deadline": moment(ticket.deadline, tz),
    }
