"""Inbound de-duplication on both databases: by platform id, and by content within the window."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from storage import inbound
from storage.db import Database

T = datetime(2026, 11, 18, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def _first(
    db: Database,
    message_id: str,
    at: datetime,
    window: timedelta,
    text: str = "14号楼楼道堆物",
    quote: str | None = None,
) -> bool:
    digest, quoted = inbound.text_hash(text), inbound.text_hash(quote) if quote else None
    return db.run(lambda s: inbound.first_delivery(s, "chat", message_id, "g1", "u1", digest, at, window, text, quoted))


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


def test_the_same_words_quoting_another_message_are_a_new_message_still_found_by_their_text(db: Database) -> None:
    window = timedelta(seconds=60)
    assert _first(db, "v1", T, window, text="合格", quote="#3 已收到整改照片") is True
    assert _first(db, "v2", T + timedelta(seconds=5), window, text="合格", quote="#4 已收到整改照片") is True
    assert _first(db, "v2-again", T + timedelta(seconds=9), window, text="合格", quote="#4 已收到整改照片") is False
    found = db.run(lambda s: inbound.message_for_text(s, "chat", "g1", inbound.text_hash("合格")))
    assert found == "v2", "a WeChat quote gives the quoted message's text: its own text must find it"
    assert _first(db, "v3", T + timedelta(seconds=12), window, text="合格") is True
