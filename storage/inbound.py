"""Inbound de-duplication: a platform message is handled once, even when a puppet redelivers it."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from sqlalchemy import bindparam
from sqlmodel import Session, select

from storage.models import InboundMessage
from storage.prepared import UPSERT_INSERT, Prepared
from storage.types import AwareDateTime


def text_hash(text: str | bytes) -> str:
    data = text if isinstance(text, bytes) else " ".join(text.split()).encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def first_delivery(
    session: Session,
    platform: str,
    message_id: str,
    group_key: str,
    sender_key: str,
    text_hash: str,
    at: datetime,
    window: timedelta,
    text: str | None = None,
    quote_hash: str | None = None,
) -> bool:
    """Records the message; False if it was seen before by id, or (same sender, group, text and quoted
    message) within `window`.

    One statement does both checks: the row is inserted only if no redelivery lies in the window,
    and a conflicting id is skipped instead of failing, so two processes receiving the same message
    cannot both handle it and neither transaction is spoiled by a constraint error.
    """
    values = {
        "platform": platform,
        "platform_message_id": message_id,
        "group_key": group_key,
        "sender_key": sender_key,
        "text_hash": text_hash,
        "quote_hash": quote_hash,
        "received_at": at,
        "text": text,
    }
    checks_window = window > timedelta(0)
    if checks_window:
        values.update(since=at - window, until=at + window)
    return _INSERTS[checks_window].count(session, values) == 1


_TABLE = InboundMessage.__table__
_COLUMNS = (
    "platform",
    "platform_message_id",
    "group_key",
    "sender_key",
    "text_hash",
    "quote_hash",
    "received_at",
    "text",
)
_REDELIVERED = (
    select(_TABLE.c.id)
    .where(
        _TABLE.c.group_key == bindparam("group_key"),
        _TABLE.c.sender_key == bindparam("sender_key"),
        _TABLE.c.text_hash == bindparam("text_hash"),
        _TABLE.c.quote_hash.is_not_distinct_from(bindparam("quote_hash", type_=_TABLE.c.quote_hash.type)),
        _TABLE.c.received_at >= bindparam("since", type_=AwareDateTime()),
        _TABLE.c.received_at <= bindparam("until", type_=AwareDateTime()),
    )
    .exists()
)
_NEW_ROW = select(*(bindparam(name, type_=_TABLE.c[name].type) for name in _COLUMNS))


def _insert(checks_window: bool) -> Prepared:
    return Prepared(
        lambda dialect: (
            UPSERT_INSERT[dialect](_TABLE)
            .from_select(list(_COLUMNS), _NEW_ROW.where(~_REDELIVERED) if checks_window else _NEW_ROW)
            .on_conflict_do_nothing(index_elements=["platform", "platform_message_id"])
        )
    )


_INSERTS = {checks_window: _insert(checks_window) for checks_window in (True, False)}


def message_for_text(session: Session, platform: str, group_key: str, text_hash: str) -> str | None:
    """The id of the latest message in a group with this text (to resolve a WeChat quote given as text)."""
    statement = (
        select(InboundMessage.platform_message_id)
        .where(
            InboundMessage.platform == platform,
            InboundMessage.group_key == group_key,
            InboundMessage.text_hash == text_hash,
        )
        .order_by(InboundMessage.id.desc())
    )
    return session.exec(statement).first()


def said(session: Session, platform: str, message_id: str) -> InboundMessage | None:
    """A message as it was received (its text, sender, group and time), by its platform id."""
    statement = select(InboundMessage).where(
        InboundMessage.platform == platform, InboundMessage.platform_message_id == message_id
    )
    return session.exec(statement).first()
