"""The audit log: logins, failed logins, logouts and desk actions, and the count of recent failures
that limits password guessing."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import func, or_
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


def failures_since(session: Session, since: datetime, name: str, remote: str) -> tuple[int, int]:
    """Failed logins since a moment: (for this name, from this address)."""
    recent = (AuditEntry.action == AuditAction.LOGIN_FAILED, AuditEntry.at >= since)
    rows = session.exec(
        select(AuditEntry.name, AuditEntry.remote, func.count())
        .where(*recent, or_(AuditEntry.name == name, AuditEntry.remote == remote))
        .group_by(AuditEntry.name, AuditEntry.remote)
    )
    by_name = by_remote = 0
    for row_name, row_remote, count in rows:
        by_name += count if row_name == name else 0
        by_remote += count if row_remote == remote else 0
    return by_name, by_remote
