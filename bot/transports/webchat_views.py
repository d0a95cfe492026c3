"""What the web chat page reads: its groups and people, the conversation, the group's tickets — as the
JSON the page's script expects."""

from __future__ import annotations

from datetime import datetime, tzinfo

from sqlalchemy import func
from sqlmodel import Session, col, select

from bot.config import Config
from handlers import format as fmt
from handlers.templates import say
from storage import directory, lifecycle
from storage.models import (
    ChatGroup,
    ChatLine,
    Community,
    EventKind,
    GroupRole,
    Member,
    Photo,
    PhotoKind,
    Ticket,
    TicketEvent,
)

PLATFORM = "webchat"
LINES_SHOWN = 300


def line_json(row: ChatLine, tz: tzinfo, kept: set[str]) -> dict:
    """One line as the page shows it. A photo is linked only if the bot kept it: a refused upload
    (not an image, too big) was never stored, so its link would be a broken image and a 404 on
    every load — it is a plain line instead."""
    refused = row.photo_sha256 is not None and row.photo_sha256 not in kept
    return {
        "id": row.id,
        "message_id": row.message_id,
        "group": row.group_key,
        "from": row.sender_key,
        "name": row.sender_name,
        "text": say("webchat.photo_refused") if refused else row.text,
        "mentions": row.mentions,
        "quote": row.quote_id,
        "photo": f"/photos/{row.photo_sha256}" if row.photo_sha256 and not refused else None,
        "file": f"/files/{row.outbound_id}" if row.outbound_id and row.file_name else None,
        "file_name": row.file_name,
        "bot": row.from_bot,
        "at": row.at.astimezone(tz).isoformat(),
    }


def _as_json(session: Session, rows: list[ChatLine], tz: tzinfo) -> list[dict]:
    shas = {row.photo_sha256 for row in rows if row.photo_sha256}
    kept = set(session.exec(select(Photo.sha256).where(col(Photo.sha256).in_(shas)).distinct())) if shas else set()
    return [line_json(row, tz, kept) for row in rows]


def names(session: Session, group: str, sender: str) -> tuple[str, str]:
    room = session.exec(select(ChatGroup).where(ChatGroup.platform == PLATFORM, ChatGroup.platform_id == group)).first()
    person = directory.member_by_platform_id(session, PLATFORM, sender)
    return (room.name if room else group), (person.display_name if person else sender)


def last_line(session: Session) -> int:
    return int(session.exec(select(func.max(ChatLine.id))).one() or 0)


def lines_after(session: Session, after: int, tz: tzinfo) -> list[dict]:
    """Every group's lines written since `after`, for the open pages."""
    return _as_json(session, list(session.exec(select(ChatLine).where(ChatLine.id > after).order_by(ChatLine.id))), tz)


def history(session: Session, group: str, after: int, tz: tzinfo) -> list[dict]:
    """A group's latest lines (at most LINES_SHOWN), oldest first."""
    statement = select(ChatLine).where(ChatLine.group_key == group, ChatLine.id > after)
    rows = list(session.exec(statement.order_by(col(ChatLine.id).desc()).limit(LINES_SHOWN)))
    return _as_json(session, rows[::-1], tz)


def state(session: Session, bot_name: str) -> dict:
    groups = directory.groups(session, PLATFORM)
    communities = {c.id: c.name for c in session.exec(select(Community))}
    people = list(session.exec(select(Member).where(Member.platform == PLATFORM).order_by(Member.id)))
    roles: dict[int, dict[str, list[str]]] = {}
    for row in session.exec(select(GroupRole)):
        key = next((g.platform_id for g in groups if g.id == row.group_id), "*")
        roles.setdefault(row.member_id, {}).setdefault(key, []).append(row.role)
    return {
        "bot": bot_name,
        "groups": [
            {
                "id": g.platform_id,
                "name": g.name,
                "community": communities.get(g.community_id),
                "coordinators": g.coordinators,
            }
            for g in groups
        ],
        "people": [{"id": p.platform_id, "name": p.display_name, "roles": roles.get(p.id, {})} for p in people],
    }


def tickets(session: Session, group: str, config: Config, now: datetime) -> list[dict]:
    room = session.exec(select(ChatGroup).where(ChatGroup.platform == PLATFORM, ChatGroup.platform_id == group)).first()
    if room is None:
        return []
    rows = list(session.exec(select(Ticket).where(Ticket.group_id == room.id).order_by(col(Ticket.number).desc())))
    ids = [t.id for t in rows]
    shots: dict[tuple[int, str], list[str]] = {}
    for photo in session.exec(select(Photo).where(col(Photo.ticket_id).in_(ids)).order_by(Photo.id)):
        shots.setdefault((photo.ticket_id, photo.kind), []).append(photo.sha256)
    flags: dict[int, list[str]] = {}
    flagged = select(TicketEvent).where(col(TicketEvent.ticket_id).in_(ids), TicketEvent.kind == EventKind.PHOTO_FLAG)
    for event in session.exec(flagged.order_by(TicketEvent.id)):
        flags.setdefault(event.ticket_id, []).append(event.note)
    return [
        {
            "number": t.number,
            "category": t.category,
            "place": fmt.place(t),
            "status": t.status,
            "status_text": fmt.status(t),
            "deadline": fmt.moment(t.deadline, config.tz),
            "overdue": lifecycle.is_overdue(t, now),
            "responsible": t.responsible,
            "problem_photos": [f"/photos/{sha}" for sha in shots.get((t.id, PhotoKind.PROBLEM), [])],
            "photos": [f"/photos/{sha}" for sha in shots.get((t.id, PhotoKind.FIX), [])],
            "flags": flags.get(t.id, []),
        }
        for t in rows
    ]
