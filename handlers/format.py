"""How tickets read on a phone: place, deadline, one-line summaries."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from handlers.templates import say
from storage.models import Ticket


def place(ticket: Ticket) -> str:
    parts = [ticket.community or ""]
    if ticket.building:
        parts.append(f"{ticket.building}{'座' if ticket.building.isalpha() else '号楼'}")
    if ticket.unit:
        parts.append(f"{ticket.unit}单元")
    if ticket.floor:
        parts.append("顶楼" if ticket.floor == "顶" else f"{ticket.floor}楼")
    text = "".join(parts)
    if ticket.spot and ticket.spot not in text:
        text = f"{text} {ticket.spot}" if text else ticket.spot
    return text or "—"


def moment(value: datetime | None, tz: ZoneInfo) -> str:
    if value is None:
        return say("report.no_deadline")
    local = value.astimezone(tz)
    day = f"{local.month}月{local.day}日"
    return day if (local.hour, local.minute) == (23, 59) else f"{day} {local:%H:%M}"


def duration(delta: timedelta) -> str:
    hours = int(delta.total_seconds() // 3600)
    if hours >= 24:
        return f"{hours // 24}天{hours % 24}小时" if hours % 24 else f"{hours // 24}天"
    return f"{hours}小时" if hours else f"{max(int(delta.total_seconds() // 60), 1)}分钟"


def responsible(ticket: Ticket) -> str:
    return "、".join(ticket.responsible) or say("report.none_responsible")


def status(ticket: Ticket) -> str:
    return say(f"status.{ticket.status}")


def percent(numerator: int, denominator: int) -> str:
    return f"{numerator * 100 / denominator:.0f}%" if denominator else "—"
