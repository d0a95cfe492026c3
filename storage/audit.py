"""The audit log: logins, failed logins, logouts and desk actions, and the count of recent failures
that limits password guessing."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import or_
from sqlmodel import Session, select

from storage.models import AuditEntry


class AuditAction(StrEnum):
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOGIN_BLOCKED = "login_blocked"
    LOGOUT = "logout"
    DESK_ACTION = "desk_action"
    ACCOUNT_ADDED = "account_added"
    PASSWORD_CHANGED = "password_changed"
    ACCOUNT_DISABLED = "account_disabled"


def record(
    session: Session,
    action: AuditAction,
    at: datetime,
    name: str = "",
    account_id: int | None = None,
    remote: str = "",
    detail: str = "",
) -> None:
    session.add(
        AuditEntry(at=at, action=action, name=name[:100], account_id=account_id, remote=remote[:100], detail=detail)
    )


def failures_since(session: Session, since: datetime, name: str, remote: str) -> tuple[list[datetime], list[datetime]]:
    """When logins failed since a moment: (for this name, from this address), oldest first — the
    times, not just the counts, say when a lockout ends."""
    rows = session.exec(
        select(AuditEntry.name, AuditEntry.remote, AuditEntry.at)
        .where(AuditEntry.action == AuditAction.LOGIN_FAILED, AuditEntry.at >= since)
        .where(or_(AuditEntry.name == name, AuditEntry.remote == remote))
        .order_by(AuditEntry.at)
    ).all()
    by_name = [at for row_name, _, at in rows if row_name == name]
    return by_name, [at for _, row_remote, at in rows if row_remote == remote]
