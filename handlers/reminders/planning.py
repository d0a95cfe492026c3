"""When reminders are planned: per ticket, before, at and after its deadline, and a re-check after
closing. Notices are database rows; sending one plans the next stage (`following`)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session

from handlers.settings import Settings
from storage import notices
from storage.models import NoticeKind, Ticket, TicketStatus


def replan(session: Session, ticket: Ticket, config: Settings, now: datetime, fresh: bool = False) -> None:
    """Replaces a ticket's pending notices with those its current state calls for (a fresh ticket has none)."""
    if not fresh:
        notices.cancel_for_ticket(session, ticket.id)
    notices.plan(session, planned(ticket, config, now))


ESCALATIONS = (NoticeKind.ESCALATE1, NoticeKind.ESCALATE2)


def stages(ticket: Ticket, config: Settings) -> list[tuple[str, datetime]]:
    """The reminder stages of an open ticket with a deadline, in order."""
    r = config.reminders
    found = [(NoticeKind.BEFORE, ticket.deadline - timedelta(hours=r.before_hours))] if r.before_hours else []
    found.append((NoticeKind.DUE, ticket.deadline))
    found += [
        (kind, ticket.deadline + timedelta(hours=hours))
        for kind, hours in zip(ESCALATIONS, r.escalate_after_hours, strict=False)
    ]
    return found


def planned(ticket: Ticket, config: Settings, now: datetime) -> list[dict]:
    """The notices a ticket's state calls for now: the reminder before and at the deadline; of the
    escalations only the next, since sending one plans the one after it (`following`)."""
    r = config.reminders
    rows = []
    if ticket.status == TicketStatus.OPEN and ticket.deadline is not None:
        future = [{"kind": kind, "due_at": at} for kind, at in stages(ticket, config) if at > now]
        near = [row for row in future if row["kind"] in (NoticeKind.BEFORE, NoticeKind.DUE)]
        rows = near or future[:1]
    elif ticket.status == TicketStatus.CLOSED and ticket.category in r.recheck_categories and ticket.closed_at:
        at = ticket.closed_at + timedelta(days=r.recheck_after_days)
        if at > now:
            rows = [{"kind": NoticeKind.RECHECK, "due_at": at}]
    return [{**row, "ticket_id": ticket.id, "group_id": ticket.group_id} for row in rows]


def following(ticket: Ticket, kind: str, config: Settings) -> list[dict]:
    """The escalation after a sent (or no longer needed) deadline notice, even if its time has passed too."""
    if (
        ticket.status != TicketStatus.OPEN
        or ticket.deadline is None
        or kind not in (NoticeKind.DUE, NoticeKind.ESCALATE1)
    ):
        return []
    chain = stages(ticket, config)
    kinds = [stage_kind for stage_kind, _ in chain]
    if kind not in kinds or kinds.index(kind) + 1 >= len(chain):
        return []
    next_kind, at = chain[kinds.index(kind) + 1]
    return [{"kind": next_kind, "due_at": at, "ticket_id": ticket.id, "group_id": ticket.group_id}]
