"""Inbound de-duplication on both databases: by platform id, and by content within the window."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from storage import inbound
from storage.db import Database

T = datetime(2026, 11, 18, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def _first(db: Database, message_id: str, at: datetime, window: timedelta, text: str = "14号楼楼道堆物") -> bool:
    digest = inbound.text_hash(text)
    return db.run(lambda s: inbound.first_delivery(s, "chat", message_id, "g1", "u1", digest, at, window))


def test_same_id_is_seen_once(db: Database) -> None:
    assert _first(db, "m1", T, timedelta(0)) is True
    assert _first(db, "m1", T + timedelta(hours=1), timedelta(0)) is False
    assert _first(db, "m2", T, timedelta(0)) is True


def test_redelivery_under_a_new_id_within_the_window(db: Database) -> None:
    window = timedelta(seconds=60)
    assert _first(db, "m1", T, window) is True
    assert _first(db, "m1-again", T + timedelta(seconds=40), window) is False
    assert _first(db, "m3", T + timedelta(seconds=90), window) is True
    assert _first(db, "m4", T + timedelta(seconds=95), window, text="15号楼楼道堆物") is True
