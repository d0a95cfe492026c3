"""A ticket as the desk and the API show it: plain values for scripts (ISO times, status codes) next to
the words a person reads (place, 待整改, 11月20日 17:30), all from the chat's own formatting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from handlers import format as fmt
from handlers.commands.detail import QUIET_NOTES
from handlers.reports.ledger import cell_time
from handlers.templates import say
from storage import lifecycle
from storage.ledger_queries import Names
from storage.models import Photo, PhotoKind, Ticket, TicketEvent


def _iso(value: datetime | None, tz: ZoneInfo) -> str | None:
    return value.astimezone(tz).isoformat() if value else None


def ticket_row(ticket: Ticket, names: Names, now: datetime, tz: ZoneInfo) -> dict[str, Any]:
    overdue = lifecycle.is_overdue(ticket, now)
    return {
        "number": ticket.number,
        "status": ticket.status,
        "status_text": fmt.status(ticket),
        "category": ticket.category,
        "community": ticket.community,
        "building": ticket.building,
        "unit": ticket.unit,
        "floor": ticket.floor,
        "spot": ticket.spot,
        "place": fmt.place(ticket),
        "description": ticket.description,
        "responsible": list(ticket.responsible),
        "responsible_text": fmt.responsible(ticket),
        "deadline": _iso(ticket.deadline, tz),
        "deadline_text": fmt.moment(ticket.deadline, tz),
        "overdue": overdue,
        "late_text": fmt.duration(now - ticket.deadline) if overdue else "",
        "reporter": names.members.get(ticket.reporter_id) if ticket.reporter_id else None,
        "group": names.groups.get(ticket.group_id),
        "created_at": _iso(ticket.created_at, tz),
        "created_text": cell_time(ticket.created_at, tz),
        "closed_at": _iso(ticket.closed_at, tz),
        "closed_text": cell_time(ticket.closed_at, tz),
        "rework": ticket.rework_count,
        "photo_count": names.photos.get(ticket.id, 0),
    }


def history(events: list[TicketEvent], names: Names, bot_name: str, tz: ZoneInfo) -> list[dict[str, Any]]:
    """Who did what, when: every event of the ticket, oldest first."""
    return [
        {
            "at": _iso(event.at, tz),
            "at_text": cell_time(event.at, tz),
            "kind": event.kind,
            "action": say(f"events.{event.kind}"),
            "actor": names.members.get(event.actor_id, bot_name) if event.actor_id else bot_name,
            "note": "" if event.kind in QUIET_NOTES else event.note,
            "from_status": event.from_status,
            "to_status": event.to_status,
        }
        for event in events
    ]


@dataclass(frozen=True)
class PhotoGroup:
    kind: str
    label: str
    photos: list[Photo]


def photo_groups(photos: list[Photo]) -> list[PhotoGroup]:
    """The ticket's photos grouped by their kind, problem photos first: the desk compares the problem
    as reported with its fix side by side."""
    grouped: dict[str, list[Photo]] = {}
    for photo in photos:
        grouped.setdefault(photo.kind, []).append(photo)
    order = sorted(grouped, key=lambda kind: (kind != PhotoKind.PROBLEM, kind))
    return [PhotoGroup(kind, say(f"desk.photo_kind_{kind}"), grouped[kind]) for kind in order]
