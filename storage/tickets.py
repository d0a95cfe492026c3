"""Ticket queries: the questions handlers and the scheduler ask of the ledger."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import and_, bindparam, func, insert, or_, text
from sqlmodel import Session, col, select

from storage.models import (
    ACTIVE_STATUSES,
    ChatGroup,
    EventKind,
    MessageTicket,
    Notice,
    Outbound,
    Photo,
    PhotoKind,
    Ticket,
    TicketEvent,
)
from storage.prepared import Prepared

LARGEST_NUMBER = 2**31 - 1
"""The ticket number column is a 32-bit integer; a larger number cannot exist (nor be asked for)."""


def by_number(session: Session, number: int) -> Ticket | None:
    if not 0 < number <= LARGEST_NUMBER:
        return None
    return session.exec(select(Ticket).where(Ticket.number == number)).first()


def of_claimed_notices(session: Session, worker: str, sent_at: datetime) -> list:
    """Read-only rows (attribute access like a Ticket) of the tickets whose notices a sweep just claimed."""
    table, notices = Ticket.__table__, Notice.__table__
    claimed = select(notices.c.ticket_id).where(
        notices.c.claimed_by == bindparam("worker"), notices.c.sent_at == bindparam("sent_at")
    )
    statement = select(table).where(table.c.id.in_(claimed))
    return session.connection().execute(statement, {"worker": worker, "sent_at": sent_at}).all()


def by_ids(session: Session, ids: Iterable[int]) -> list[Ticket]:
    ids = list(ids)
    if not ids:
        return []
    return list(session.exec(select(Ticket).where(col(Ticket.id).in_(ids)).order_by(Ticket.number)))


def active(session: Session, group_ids: Sequence[int] | None = None) -> list[Ticket]:
    """Open and submitted tickets, oldest first; of some groups or (None) of all."""
    statement = select(Ticket).where(col(Ticket.status).in_(ACTIVE_STATUSES))
    if group_ids is not None:
        statement = statement.where(col(Ticket.group_id).in_(group_ids))
    return list(session.exec(statement.order_by(Ticket.number)))


def _overdue(now: datetime):
    """The SQL twin of lifecycle.is_overdue: active and past the deadline."""
    return and_(col(Ticket.status).in_(ACTIVE_STATUSES), Ticket.deadline < now)


def overdue(session: Session, now: datetime, group_ids: Sequence[int] | None = None) -> list[Ticket]:
    statement = select(Ticket).where(_overdue(now))
    if group_ids is not None:
        statement = statement.where(col(Ticket.group_id).in_(group_ids))
    return list(session.exec(statement.order_by(Ticket.deadline)))


REPORTS_LOCK = 0x78_68  # "xh": the namespace of xiuhua's advisory locks


def lock_group_reports(session: Session, group_id: int) -> None:
    """Serialises the duplicate check and the new ticket of one group across processes, until the
    transaction ends. PostgreSQL: an advisory lock per group. SQLite: a second writer whose snapshot
    is stale cannot write at all, and its whole unit of work is retried (storage.db)."""
    if session.get_bind().dialect.name == "postgresql":
        session.connection().execute(_ADVISORY_LOCK, {"space": REPORTS_LOCK, "key": group_id})


_ADVISORY_LOCK = text("SELECT pg_advisory_xact_lock(:space, :key)")


def duplicate_of(
    session: Session,
    group_id: int,
    category: str,
    community: str | None,
    building: str | None,
    unit: str | None,
    floor: str | None,
    spot: str | None,
) -> Ticket | None:
    """An active ticket of the same category at the same place (spot only counts without a building)."""
    place = (community, unit, floor, spot if building is None else None)
    params = {"group_id": group_id, "category": category, "building": building}
    for ticket_id, *other in _SAME_CATEGORY_AND_BUILDING.rows(session, params):
        if (*other[:3], other[3] if building is None else None) == place:
            return session.get(Ticket, ticket_id)
    return None


_SAME_CATEGORY_AND_BUILDING = Prepared(
    select(Ticket.id, Ticket.community, Ticket.unit, Ticket.floor, Ticket.spot)
    .where(
        Ticket.group_id == bindparam("group_id"),
        or_(*(Ticket.status == status for status in ACTIVE_STATUSES)),
        Ticket.category == bindparam("category"),
        col(Ticket.building).is_not_distinct_from(bindparam("building")),
    )
    .order_by(Ticket.number)
)


def link_message(session: Session, platform: str, message_id: str, ticket_id: int, kind: str) -> None:
    session.connection().execute(
        _INSERT_LINK, {"platform": platform, "message_id": message_id, "ticket_id": ticket_id, "kind": str(kind)}
    )


_INSERT_LINK = insert(MessageTicket.__table__)


def for_message(session: Session, platform: str, message_id: str) -> list[Ticket]:
    """Tickets a chat message is about: the report that created them, a duplicate report or a photo it
    carried (linked), or a bot reply that named them."""
    linked = session.exec(
        select(MessageTicket.ticket_id).where(
            MessageTicket.platform == platform, MessageTicket.message_id == message_id
        )
    )
    ids = set(linked)
    ids.update(
        session.exec(
            select(Ticket.id)
            .join(ChatGroup, ChatGroup.id == Ticket.group_id)
            .where(ChatGroup.platform == platform, Ticket.source_message_id == message_id)
        )
    )
    for ticket_ids in session.exec(
        select(Outbound.ticket_ids).where(Outbound.platform == platform, Outbound.platform_message_id == message_id)
    ):
        ids.update(ticket_ids)
    return by_ids(session, ids)


def fixers(session: Session, ticket_id: int) -> set[int]:
    """Members who submitted a fix or added fix photos to a ticket."""
    statement = select(TicketEvent.actor_id).where(
        TicketEvent.ticket_id == ticket_id,
        col(TicketEvent.kind).in_([str(EventKind.SUBMIT), str(EventKind.PHOTO)]),
        col(TicketEvent.actor_id).is_not(None),
    )
    return set(session.exec(statement))


def history(session: Session, ticket_id: int) -> list[TicketEvent]:
    statement = select(TicketEvent).where(TicketEvent.ticket_id == ticket_id).order_by(TicketEvent.at, TicketEvent.id)
    return list(session.exec(statement))


def latest_event(
    session: Session, group_id: int, actor_id: int, kinds: Sequence[EventKind], since: datetime
) -> TicketEvent | None:
    statement = (
        select(TicketEvent)
        .join(Ticket, Ticket.id == TicketEvent.ticket_id)
        .where(
            Ticket.group_id == group_id,
            TicketEvent.actor_id == actor_id,
            col(TicketEvent.kind).in_([str(kind) for kind in kinds]),
            TicketEvent.at >= since,
        )
        .order_by(col(TicketEvent.at).desc(), col(TicketEvent.id).desc())
    )
    return session.exec(statement).first()


def of_latest_message(
    session: Session, group_id: int, actor_id: int, kinds: Sequence[EventKind], since: datetime
) -> list[Ticket]:
    """The active tickets that one member's latest message of these kinds (since `since`) was about:
    the tickets a report created or joined, or that a claim 「#3 #4 已整改」 named."""
    latest = latest_event(session, group_id, actor_id, kinds, since)
    if latest is None or latest.message_id is None:
        return []
    statement = select(TicketEvent.ticket_id).where(
        TicketEvent.message_id == latest.message_id,
        TicketEvent.actor_id == actor_id,
        col(TicketEvent.kind).in_([str(kind) for kind in kinds]),
    )
    return [t for t in by_ids(session, set(session.exec(statement))) if t.status in ACTIVE_STATUSES]


def recent_without_community(session: Session, group_id: int, reporter_id: int, since: datetime) -> list[Ticket]:
    statement = select(Ticket).where(
        Ticket.group_id == group_id,
        Ticket.reporter_id == reporter_id,
        col(Ticket.community).is_(None),
        Ticket.created_at >= since,
        col(Ticket.status).in_(ACTIVE_STATUSES),
    )
    return list(session.exec(statement.order_by(Ticket.number)))


def created_between(
    session: Session, start: datetime, end: datetime, group_ids: Sequence[int] | None = None
) -> list[Ticket]:
    statement = select(Ticket).where(Ticket.created_at >= start, Ticket.created_at < end)
    if group_ids is not None:
        statement = statement.where(col(Ticket.group_id).in_(group_ids))
    return list(session.exec(statement.order_by(Ticket.number)))


def closed_between(
    session: Session, start: datetime, end: datetime, group_ids: Sequence[int] | None = None
) -> list[Ticket]:
    statement = select(Ticket).where(Ticket.closed_at >= start, Ticket.closed_at < end)
    if group_ids is not None:
        statement = statement.where(col(Ticket.group_id).in_(group_ids))
    return list(session.exec(statement.order_by(Ticket.number)))


def groups_with(session: Session, now: datetime, overdue_only: bool) -> set[int]:
    """Groups having active tickets (or only overdue ones)."""
    condition = _overdue(now) if overdue_only else col(Ticket.status).in_(ACTIVE_STATUSES)
    statement = select(Ticket.group_id).where(condition)
    return set(session.exec(statement.distinct()))


def photo_counts(session: Session, ticket_ids: Iterable[int], kind: PhotoKind = PhotoKind.FIX) -> dict[int, int]:
    ids = list(ticket_ids)
    if not ids:
        return {}
    rows = session.exec(
        select(Photo.ticket_id, func.count(Photo.id))
        .where(col(Photo.ticket_id).in_(ids), Photo.kind == kind)
        .group_by(Photo.ticket_id)
    )
    return {ticket_id: count for ticket_id, count in rows}
