"""Messages accepted but not handled: kept with their payload, retried with backoff, finally failed."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func
from sqlmodel import Session, col, select

from storage.models import HeldMessage


def hold(
    session: Session,
    platform: str,
    message_id: str,
    group_key: str,
    payload: dict[str, object],
    at: datetime,
    error: str,
    retry_at: datetime,
) -> None:
    """Keeps a message whose handling failed, or counts one more failed attempt of a kept one."""
    row = session.exec(
        select(HeldMessage).where(HeldMessage.platform == platform, HeldMessage.platform_message_id == message_id)
    ).first()
    if row is None:
        row = HeldMessage(
            platform=platform,
            platform_message_id=message_id,
            group_key=group_key,
            payload=payload,
            received_at=at,
            retry_at=retry_at,
        )
    row.attempts += 1
    row.last_error = error[:500]
    row.retry_at = retry_at
    session.add(row)


def give_up(session: Session, held_id: int) -> None:
    row = session.get(HeldMessage, held_id)
    if row is not None:
        row.failed = True
        session.add(row)


def due(session: Session, now: datetime, limit: int = 20) -> list[HeldMessage]:
    statement = (
        select(HeldMessage)
        .where(col(HeldMessage.failed).is_(False), HeldMessage.retry_at <= now)
        .order_by(HeldMessage.retry_at, HeldMessage.id)
        .limit(limit)
    )
    return list(session.exec(statement))


def release(session: Session, platform: str, message_id: str) -> None:
    """Forgets a kept message once it has been handled."""
    row = session.exec(
        select(HeldMessage).where(HeldMessage.platform == platform, HeldMessage.platform_message_id == message_id)
    ).first()
    if row is not None:
        session.delete(row)


def failed_count(session: Session, since: datetime | None = None) -> int:
    statement = select(func.count(HeldMessage.id)).where(col(HeldMessage.failed).is_(True))
    if since is not None:
        statement = statement.where(HeldMessage.received_at >= since)
    return int(session.exec(statement).one())


def backoff(attempts: int, first: timedelta = timedelta(seconds=30)) -> timedelta:
    """30 s, 1 min, 2 min …: a bug fixed by a restart or a disk freed gets the message through soon."""
    return first * (2 ** max(attempts - 1, 0))
