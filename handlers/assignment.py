"""Who must fix a ticket: its responsible parties and the members holding them in its group."""

from __future__ import annotations

from handlers.context import Context
from handlers.mentions import responsible_members
from storage.models import Ticket


def assign(ctx: Context, ticket: Ticket, parties: list[str]) -> None:
    """Sets the parties and the members who now get its reminders and @-mentions."""
    ticket.responsible = parties
    ticket.responsible_member_ids = responsible_members(ctx, parties)
    ticket.updated_at = ctx.now
    ctx.session.add(ticket)
