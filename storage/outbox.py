"""The outbox: replies and notices waiting for a transport, delivered in order, kept until sent.

A transport's deliverer leases a batch of rows (several bot processes never deliver the same
row), sends them in order, and marks each sent or failed. A lease left by a process that died
expires, and its rows are delivered again: delivery is at least once across a crash.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import bindparam, func, insert, or_, update
from sqlmodel import Session, col, select

from storage.models import Outbound
from storage.prepared import Prepared, PreparedInsert

_TABLE = Outbound.__table__
_INSERT = PreparedInsert(_TABLE)
LEASE = timedelta(seconds=60)


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
        "failed": False,
        "last_error": "",
    }
    return _INSERT.new_id(session, values)


def enqueue_many(session: Session, rows: list[dict]) -> None:
    """Queues several messages in one round trip (a sweep's merged notices)."""
    defaults = {
        "mentions": [],
        "file_name": None,
        "file_path": None,
        "reply_to": None,
        "ticket_ids": [],
        "notice_ids": [],
        "attempts": 0,
        "failed": False,
        "last_error": "",
    }
    if rows:
        session.connection().execute(insert(_TABLE), [{**defaults, **row} for row in rows])


def pending(session: Session, platform: str, limit: int = 100) -> list[Outbound]:
    statement = (
        select(Outbound)
        .where(Outbound.platform == platform, col(Outbound.sent_at).is_(None), col(Outbound.failed).is_(False))
        .order_by(Outbound.id)
        .limit(limit)
    )
    return list(session.exec(statement))


def lease(session: Session, platform: str, worker: str, now: datetime, limit: int = 50) -> list[Outbound]:
    """Takes unsent rows nobody else holds (FOR UPDATE SKIP LOCKED on PostgreSQL), oldest first."""
    free = (
        select(Outbound.id)
        .where(
            Outbound.platform == platform,
            col(Outbound.sent_at).is_(None),
            col(Outbound.failed).is_(False),
            or_(col(Outbound.claimed_until).is_(None), Outbound.claimed_until < now, Outbound.claimed_by == worker),
        )
        .order_by(Outbound.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    ids = list(session.exec(free))
    if not ids:
        return []
    session.connection().execute(
        update(_TABLE).where(_TABLE.c.id.in_(ids)).values(claimed_by=worker, claimed_until=now + LEASE)
    )
    return list(session.exec(select(Outbound).where(col(Outbound.id).in_(ids)).order_by(Outbound.id)))


def mark_sent(session: Session, outbound_id: int, at: datetime, platform_message_id: str | None) -> None:
    _MARK_SENT.execute(session, {"outbound_id": outbound_id, "at": at, "platform_message_id": platform_message_id})


_MARK_SENT = Prepared(
    update(_TABLE)
    .where(_TABLE.c.id == bindparam("outbound_id"), _TABLE.c.sent_at.is_(None))
    .values(sent_at=bindparam("at"), platform_message_id=bindparam("platform_message_id"))
)


def mark_failed(session: Session, outbound_id: int, error: str, give_up: bool) -> None:
    session.connection().execute(
        update(_TABLE)
        .where(_TABLE.c.id == outbound_id)
        .values(attempts=_TABLE.c.attempts + 1, last_error=error[:500], failed=give_up, claimed_until=None)
    )


def release(session: Session, worker: str) -> None:
    session.connection().execute(
        update(_TABLE).where(_TABLE.c.claimed_by == worker, _TABLE.c.sent_at.is_(None)).values(claimed_until=None)
    )


def last_id(session: Session) -> int:
    """The newest outbox row's id (0 for none): where to look for the answers to a message about to be handled."""
    return session.exec(select(func.max(Outbound.id))).one() or 0


def replies(session: Session, platform: str, message_id: str, after_id: int) -> list[Outbound]:
    """What was queued in answer to a message, among the rows after `after_id` (a short range of the
    primary key, however long the outbox has grown)."""
    statement = select(Outbound).where(
        Outbound.id > after_id, Outbound.platform == platform, Outbound.reply_to == message_id
    )
    return list(session.exec(statement.order_by(Outbound.id)))


def asked_about(session: Session, platform: str, group_key: str, question: str, since: datetime) -> list[str]:
    """The messages the bot answered with `question` in a group since `since`, the latest first: what
    a bare 「登记」 right after 「要登记为问题吗？」 may be about."""
    statement = (
        select(Outbound.reply_to)
        .where(
            Outbound.platform == platform,
            Outbound.group_key == group_key,
            Outbound.text == question,
            Outbound.created_at >= since,
            col(Outbound.reply_to).is_not(None),
        )
        .order_by(col(Outbound.id).desc())
    )
    return list(session.exec(statement))
