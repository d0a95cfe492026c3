"""The outbox: replies and notices waiting for a transport, delivered in order, kept until sent."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import insert
from sqlmodel import Session, col, select

from storage.models import Outbound


def enqueue(
    session: Session,
    platform: str,
    group_key: str,
    text: str,
    at: datetime,
    mentions: list[str] | None = None,
    file_name: str | None = None,
    file_path: str | None = None,
    reply_to: str | None = None,
    ticket_ids: list[int] | None = None,
    notice_ids: list[int] | None = None,
) -> int:
    values = {
        "platform": platform,
        "group_key": group_key,
        "text": text,
        "mentions": list(mentions or []),
        "file_name": file_name,
        "file_path": file_path,
        "reply_to": reply_to,
        "ticket_ids": list(ticket_ids or []),
        "notice_ids": list(notice_ids or []),
        "created_at": at,
        "attempts": 0,
        "last_error": "",
    }
    return int(session.connection().execute(_INSERT, values).scalar_one())


_INSERT = insert(Outbound.__table__).returning(Outbound.__table__.c.id)


def pending(session: Session, platform: str, limit: int = 100) -> list[Outbound]:
    statement = (
        select(Outbound)
        .where(Outbound.platform == platform, col(Outbound.sent_at).is_(None))
        .order_by(Outbound.id)
        .limit(limit)
    )
    return list(session.exec(statement))


def mark_sent(session: Session, outbound_id: int, at: datetime, platform_message_id: str | None) -> None:
    row = session.get(Outbound, outbound_id)
    if row is not None and row.sent_at is None:
        row.sent_at = at
        row.platform_message_id = platform_message_id
        session.add(row)


def mark_failed(session: Session, outbound_id: int, error: str) -> None:
    row = session.get(Outbound, outbound_id)
    if row is not None:
        row.attempts += 1
        row.last_error = error[:500]
        session.add(row)
