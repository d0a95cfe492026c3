"""The ticket state machine, in one place.

open (待整改) → submitted (待复核) → closed (已销号); submitted → open on rejection (rework +1);
open/submitted → cancelled; closed → open when a re-check fails. Overdue is not a status.
Every transition writes its history event in the caller's transaction, so the two never disagree.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import update
from sqlmodel import Session

from storage.models import ACTIVE_STATUSES, Counter, EventKind, Ticket, TicketEvent, TicketStatus
from storage.prepared import Prepared, PreparedInsert, plain_insert

S = TicketStatus
log = logging.getLogger("xiuhua.tickets")


@dataclass(frozen=True)
class Action:
    name: EventKind
    sources: tuple[TicketStatus, ...]
    target: TicketStatus
    counts_rework: bool = False


ACTIONS: dict[str, Action] = {
    action.name: action
    for action in (
        Action(EventKind.SUBMIT, (S.OPEN,), S.SUBMITTED),
        Action(EventKind.APPROVE, (S.SUBMITTED,), S.CLOSED),
        Action(EventKind.REJECT, (S.SUBMITTED,), S.OPEN, counts_rework=True),
        Action(EventKind.CANCEL, (S.OPEN, S.SUBMITTED), S.CANCELLED),
        Action(EventKind.REOPEN, (S.CLOSED,), S.OPEN),
    )
}


class IllegalTransition(Exception):
    """An action that the ticket's current status does not allow; handlers phrase it for users."""

    def __init__(self, ticket: Ticket, action: str) -> None:
        super().__init__(f"ticket #{ticket.number} is {ticket.status}; cannot {action}")
        self.ticket = ticket
        self.action = action
        self.status = ticket.status


_COUNTERS = Counter.__table__.c
_NEXT_NUMBER = Prepared(
    update(Counter.__table__)
    .where(_COUNTERS.name == "ticket")
    .values(value=_COUNTERS.value + 1)
    .returning(_COUNTERS.value)
)
_INSERT_TICKET = PreparedInsert(Ticket.__table__)


def next_ticket_number(session: Session) -> int:
    """Row-locked increment: concurrent writers queue on the counter row and never share a number."""
    return int(_NEXT_NUMBER.scalar(session, {}))


def record(
    session: Session,
    ticket: Ticket,
    kind: EventKind,
    at: datetime,
    actor_id: int | None = None,
    note: str = "",
    message_id: str | None = None,
    from_status: str | None = None,
    to_status: str | None = None,
) -> None:
    """Adds a history event (also for what is not a status change: created, photo, edit, duplicate …)."""
    _INSERT_EVENT.execute(
        session,
        {
            "ticket_id": ticket.id,
            "at": at,
            "actor_id": actor_id,
            "kind": str(kind),
            "from_status": from_status,
            "to_status": to_status,
            "note": note,
            "message_id": message_id,
        },
    )


_INSERT_EVENT = Prepared(plain_insert(TicketEvent.__table__))


def apply(
    session: Session,
    ticket: Ticket,
    action_name: EventKind,
    at: datetime,
    actor_id: int | None = None,
    note: str = "",
    message_id: str | None = None,
) -> None:
    action = ACTIONS[action_name]
    if ticket.status not in action.sources:
        raise IllegalTransition(ticket, action_name)
    previous = ticket.status
    ticket.status = action.target
    ticket.updated_at = at
    if action.counts_rework:
        ticket.rework_count += 1
    if action.target == S.CLOSED:
        ticket.closed_at = at
    elif previous == S.CLOSED:
        ticket.closed_at = None
    session.add(ticket)
    record(session, ticket, action_name, at, actor_id, note, message_id, previous, action.target)
    log.info("ticket #%s %s: %s -> %s", ticket.number, action_name, previous, action.target)


def is_active(ticket: Ticket) -> bool:
    return ticket.status in ACTIVE_STATUSES


def is_overdue(ticket: Ticket, now: datetime) -> bool:
    """Still to be fixed or checked, and past its deadline (the one meaning of 逾期; the SQL twin is
    tickets.OVERDUE)."""
    return is_active(ticket) and ticket.deadline is not None and ticket.deadline < now


def was_late(ticket: Ticket, now: datetime) -> bool:
    """Overdue now, or closed after its deadline: the ledger's 是否逾期."""
    if ticket.deadline is None or ticket.status == S.CANCELLED:
        return False
    return (ticket.closed_at or now) > ticket.deadline


def late_by(ticket: Ticket, now: datetime) -> timedelta:
    """How far past its deadline a late ticket was closed, or is now; zero for one that is not late."""
    if not was_late(ticket, now):
        return timedelta(0)
    return (ticket.closed_at or now) - ticket.deadline


def closed_on_time(ticket: Ticket) -> bool:
    """Closed by its deadline (or it had none): what 按期结案率 counts."""
    return ticket.status == S.CLOSED and (
        ticket.deadline is None or (ticket.closed_at is not None and ticket.closed_at <= ticket.deadline)
    )


def open_ticket(session: Session, fields: dict[str, Any], at: datetime, actor_id: int | None = None) -> Ticket:
    """Numbers and stores a new ticket with its 'created' event.

    This is the hot path of every report, so it is a plain INSERT, and the ticket handed back is a
    detached, read-only copy (to change it later, load it in a session).
    """
    values = {
        **_NEW_TICKET,
        **fields,
        "number": next_ticket_number(session),
        "status": S.OPEN.value,
        "created_at": at,
        "updated_at": at,
    }
    ticket_id = _INSERT_TICKET.new_id(session, values)
    ticket = Ticket.model_construct(id=ticket_id, **values)
    record(session, ticket, EventKind.CREATED, at, actor_id, message_id=ticket.source_message_id, to_status=S.OPEN)
    log.info("ticket #%s created: %s, group %s", ticket.number, ticket.category, ticket.group_id)
    return ticket


_NEW_TICKET: dict[str, Any] = {
    "community": None,
    "building": None,
    "unit": None,
    "floor": None,
    "spot": None,
    "description": "",
    "reporter_id": None,
    "responsible": [],
    "responsible_member_ids": [],
    "deadline": None,
    "rework_count": 0,
    "source_message_id": None,
    "closed_at": None,
}
