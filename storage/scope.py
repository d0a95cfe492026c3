"""Which tickets an account may see, as a condition every back-office query carries.

A scope is worked out once per request from the account's rows, then ANDed into each statement that
reads tickets, so a ticket outside it is simply not found (the page answers 404, never "forbidden
but it exists"). Whether a role sees everything is decided by the caller (handlers.office.access).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import false, or_, true
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col, select

from storage import accounts
from storage.models import Account, GroupRole, Ticket


@dataclass(frozen=True)
class Scope:
    everything: bool = False
    communities: frozenset[str] = frozenset()
    """Tickets of these communities."""
    group_ids: frozenset[int] = frozenset()
    """Tickets of the chat groups where the account's member holds a role (as the chat shows them)."""

    def condition(self) -> ColumnElement[bool]:
        if self.everything:
            return true()
        parts = []
        if self.communities:
            parts.append(col(Ticket.community).in_(sorted(self.communities)))
        if self.group_ids:
            parts.append(col(Ticket.group_id).in_(sorted(self.group_ids)))
        return or_(*parts) if parts else false()


EVERYTHING = Scope(everything=True)


def of_account(session: Session, account: Account, everything: bool) -> Scope:
    """The account's communities, and the groups of the chat member it is linked to (both indexed, so a
    scoped count stays cheap)."""
    if everything:
        return EVERYTHING
    groups: frozenset[int] = frozenset()
    if account.member_id is not None:
        statement = select(GroupRole.group_id).where(
            GroupRole.member_id == account.member_id, col(GroupRole.group_id).is_not(None)
        )
        groups = frozenset(session.exec(statement))
    return Scope(False, frozenset(accounts.communities(session, account.id)), groups)
