"""Inbound de-duplication: a platform message is handled once, even when a puppet redelivers it."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from storage.models import InboundMessage


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
) -> bool:
    """Records the message; False if it was seen before by id, or (same sender, group, text) within `window`."""
    seen = session.exec(
        select(InboundMessage.id).where(
            InboundMessage.platform == platform, InboundMessage.platform_message_id == message_id
        )
    ).first()
    if seen is not None:
        return False
    if window > timedelta(0):
        again = session.exec(
            select(InboundMessage.id).where(
                InboundMessage.group_key == group_key,
                InboundMessage.sender_key == sender_key,
                InboundMessage.text_hash == text_hash,
                InboundMessage.received_at >= at - window,
                InboundMessage.received_at <= at + window,
            )
        ).first()
        if again is not None:
            return False
    row = InboundMessage(
        platform=platform,
        platform_message_id=message_id,
        group_key=group_key,
        sender_key=sender_key,
        text_hash=text_hash,
        received_at=at,
    )
    try:
        with session.begin_nested():
            session.add(row)
    except IntegrityError:
        return False
    return True


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
