"""The in-memory fingerprint index agrees with the database: what others committed, what this
transaction stored, nothing of a rolled-back one, only the look-back — and with a full comparison."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import numpy as np
from sqlmodel import Session

from storage import fingerprints
from storage.db import Database
from storage.models import Photo
from storage.photo_index import PhotoIndex

AT = datetime(2026, 11, 18, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
WITHIN = 38


def _random(seed: int) -> bytes:
    return np.random.default_rng(seed).integers(0, 2**64, (fingerprints.WINDOWS, 3), dtype="<u8").tobytes()


def _near_copy(fingerprint: bytes, flipped: int, seed: int) -> bytes:
    """The same fingerprint with `flipped` bits of its whole-picture window changed (luma first)."""
    hashes = fingerprints.as_array(fingerprint).copy()
    rng = np.random.default_rng(seed)
    for bit in rng.choice(192, flipped, replace=False):
        hashes[0, bit // 64] ^= np.uint64(1) << np.uint64(bit % 64)
    return hashes.tobytes()


def _store(session: Session, fingerprint: bytes, at: datetime = AT) -> int:
    row = Photo(
        sha256="0" * 64,
        path="p",
        thumb_path="t",
        width=1,
        height=1,
        size_bytes=1,
        received_at=at,
        fingerprint=fingerprint,
    )
    session.add(row)
    session.flush()
    assert row.id is not None
    return row.id


def _near(index: PhotoIndex, db: Database, fingerprint: bytes, since: datetime = AT - timedelta(days=1)) -> list[int]:
    return db.run(lambda s: [n.photo_id for n in index.near(s, fingerprint, since, WITHIN)])


def test_it_finds_what_a_full_comparison_finds(db: Database) -> None:
    query = _random(0)
    stored = [_random(seed) for seed in range(1, 60)] + [_near_copy(query, n, n) for n in (0, 12, 30, 45)]
    ids = db.run(lambda s: [_store(s, f) for f in stored])
    index = PhotoIndex()
    found = db.run(lambda s: index.near(s, query, AT - timedelta(days=1), WITHIN))
    every = fingerprints.distances(fingerprints.as_array(query), np.stack([fingerprints.as_array(f) for f in stored]))
    expected = sorted((int(d), -i) for i, d in zip(ids, every, strict=True) if d <= WITHIN)
    assert [(n.distance, -n.photo_id) for n in found] == expected
    assert [n.distance for n in found] == [0, 12, 30], "the copy 45 bits away is not near"
    assert len(index) == len(stored), "what a committed transaction read is kept"


def test_rows_committed_elsewhere_after_it_loaded_are_found(db: Database) -> None:
    index = PhotoIndex()
    assert _near(index, db, _random(1)) == []
    later = db.run(lambda s: _store(s, _random(1)))
    assert _near(index, db, _random(1)) == [later]


def test_its_own_transaction_s_photos_are_found_and_a_rollback_leaves_nothing(db: Database) -> None:
    index = PhotoIndex()
    db.run(lambda s: _store(s, _random(5)))
    with db.session() as session:
        own = _store(session, _random(1))
        assert [n.photo_id for n in index.near(session, _random(1), AT - timedelta(days=1), WITHIN)] == [own]
        session.rollback()
    assert len(index) == 0, "nothing read in a rolled-back transaction is kept"
    other = db.run(lambda s: _store(s, _random(2)))
    assert _near(index, db, _random(1)) == [], "the rolled-back photo (whose id SQLite may reuse) is gone"
    assert _near(index, db, _random(2)) == [other]


def test_only_photos_within_the_look_back_are_compared(db: Database) -> None:
    old = db.run(lambda s: _store(s, _random(3), AT - timedelta(days=200)))
    recent = db.run(lambda s: _store(s, _near_copy(_random(3), 4, 1), AT))
    index = PhotoIndex()
    assert _near(index, db, _random(3), since=AT - timedelta(days=180)) == [recent]
    assert _near(index, db, _random(3), since=AT - timedelta(days=365)) == [old, recent]


def test_photos_without_a_fingerprint_are_left_out(db: Database) -> None:
    db.run(lambda s: _store(s, None))  # type: ignore[arg-type]
    index = PhotoIndex()
    _near(index, db, _random(1))
    assert len(index) == 0


def test_loading_at_start_keeps_everything_stored(db: Database) -> None:
    db.run(lambda s: [_store(s, _random(seed)) for seed in range(5)])
    index = PhotoIndex()
    db.run(index.load)
    assert len(index) == 5
