"""Scheduled notices: planned per ticket or per group, claimed once, recorded sent with the outbox message."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import bindparam, func, update
from sqlmodel import Session, select

from storage.models import Notice, NoticeStatus
from storage.prepared import UPSERT_INSERT, Prepared, all_columns

_TABLE = Notice.__table__


def key(kind: str, group_id: int | None, ticket_id: int | None, due_at: datetime) -> str:
    """One notice of a kind, for a group or ticket, at a time: planning it twice (two processes) plans it once."""
    return f"{kind}:{group_id or ''}:{ticket_id or ''}:{due_at.timestamp():.0f}"


def plan(session: Session, rows: Iterable[dict]) -> None:
    """Inserts notices, skipping any whose key exists already — unless that one was cancelled: a
    ticket re-planned after a change (转派, 修改) needs the same notices again."""
    values = [
        {
            **row,
            "kind": str(row["kind"]),
            "dedup_key": key(row["kind"], row.get("group_id"), row.get("ticket_id"), row["due_at"]),
            "status": NoticeStatus.PENDING.value,
            "attempts": 0,
            "late": False,
            "payload": row.get("payload", {}),
            "group_id": row.get("group_id"),
            "ticket_id": row.get("ticket_id"),
        }
        for row in rows
    ]
    if values:
        _PLAN.execute_many(session, values)


_PLAN = Prepared(
    lambda dialect: (
        UPSERT_INSERT[dialect](_TABLE)
        .values(all_columns(_TABLE))
        .on_conflict_do_update(
            index_elements=["dedup_key"],
            set_={"status": NoticeStatus.PENDING.value},
            where=_TABLE.c.status == NoticeStatus.CANCELLED.value,
        )
        .inline()
    )
)


def cancel_for_ticket(session: Session, ticket_id: int) -> None:
    session.connection().execute(_CANCEL, {"for_ticket": ticket_id})


_CANCEL = (
    update(_TABLE)
    .where(_TABLE.c.ticket_id == bindparam("for_ticket"), _TABLE.c.status == NoticeStatus.PENDING.value)
    .values(status=NoticeStatus.CANCELLED.value)
)


def claim_due(session: Session, now: datetime, worker: str, limit: int = 5000) -> list:
    """Claims pending notices due by `now` and records them sent, in one statement that returns them.

    On PostgreSQL rows another process holds are skipped (FOR UPDATE SKIP LOCKED); SQLite has a
    single writer. The claim is part of the caller's transaction, which also queues the messages:
    it counts only if that commits. The caller corrects the few that turn out late or unneeded.
    """
    due = (
        select(_TABLE.c.id)
        .where(_TABLE.c.status == NoticeStatus.PENDING.value, _TABLE.c.due_at <= bindparam("now"))
        .order_by(_TABLE.c.due_at, _TABLE.c.id)
        .limit(bindparam("limit"))
        .with_for_update(skip_locked=True)
        .scalar_subquery()
    )
    statement = (
        update(_TABLE)
        .where(_TABLE.c.id.in_(due))
        .values(
            claimed_by=bindparam("worker"),
            attempts=_TABLE.c.attempts + 1,
            status=NoticeStatus.SENT.value,
            sent_at=bindparam("now"),
        )
        .returning(*_TABLE.c)
    )
    rows = session.connection().execute(statement, {"now": now, "limit": limit, "worker": worker}).all()
    return sorted(rows, key=lambda row: (row.due_at, row.id))


def mark(session: Session, ids: Iterable[int], status: str, at: datetime | None, late: bool = False) -> None:
    ids = list(ids)
    if ids:
        session.connection().execute(
            update(_TABLE).where(_TABLE.c.id.in_(ids)).values(status=status, sent_at=at, late=late)
        )


def retry_at(session: Session, ids: Iterable[int], at: datetime) -> None:
    """Back to pending, due again at `at` (its attempts keep counting)."""
    ids = list(ids)
    if ids:
        session.connection().execute(
            update(_TABLE)
            .where(_TABLE.c.id.in_(ids))
            .values(status=NoticeStatus.PENDING.value, due_at=at, sent_at=None)
        )


def next_due(session: Session) -> datetime | None:
    return session.exec(select(func.min(Notice.due_at)).where(Notice.status == NoticeStatus.PENDING)).first()


def failed_count(session: Session) -> int:
    return int(session.exec(select(func.count(Notice.id)).where(Notice.status == NoticeStatus.FAILED)).one())


def fail_for_outbound(session: Session, notice_ids: Iterable[int]) -> None:
    mark(session, notice_ids, NoticeStatus.FAILED.value, None)
