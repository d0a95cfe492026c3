"""Every stored photo's fingerprint in memory, kept in step with the database, for the reuse look-up.

Reading 100,000 fingerprints from the database for each photo would take far longer than the scan
itself (bench/photo_match.py), so a process keeps them in numpy arrays and, before each look-up,
reads through the caller's transaction only the rows it does not hold: one query for the ids of
the latest rows (usually all known), then the unknown rows whole. Rows read that way are used at
once but adopted by the index only when that transaction commits; a rolled-back batch (whose row
ids SQLite may hand out again) leaves nothing behind. Row ids may commit out of order on
PostgreSQL (two writers), so the ids of the last TAIL rows are looked at every time.

The scan compares luma hashes first (storage.fingerprints.LUMA_GATE), over all rows, and computes
the whole distance only for the few that pass; the answer is fingerprints.distances' on every row.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import numpy as np
from sqlalchemy import event
from sqlalchemy.orm import SessionTransaction
from sqlmodel import Session, col, select

from storage.fingerprints import CHANNELS, LUMA_GATE, WINDOWS, distances
from storage.models import Photo

TAIL = 256
_READ = "xiuhua.photo_index.read"
"""session.info: {index: rows it read in this transaction, adopted on commit}."""
_HAS_FINGERPRINT = col(Photo.fingerprint).is_not(None)


@dataclass(frozen=True)
class Near:
    photo_id: int
    distance: int


class Fingerprints:
    """Rows of fingerprints as arrays, scanned for the ones near a query. Luma hashes are kept
    window by window (each window's hashes of all rows in one contiguous array), so the scan is 32
    passes of XOR, popcount and compare over plain arrays into scratch arrays kept for the purpose:
    a third of the time of the same work on rows of 16."""

    def __init__(self, rows: list[Any] | None = None) -> None:
        self.count = 0
        self.ids = np.empty(0, dtype=np.int64)
        self.received = np.empty(0, dtype=np.float64)
        """Seconds since the epoch."""
        self.hashes = np.empty((0, WINDOWS, CHANNELS), dtype="<u8")
        self.luma = np.empty((WINDOWS, 0), dtype="<u8")
        """luma[w]: the luma hash of window w of every row; luma[0] is the whole picture's."""
        self._scratch = (np.empty(0, dtype="<u8"), np.empty(0, dtype=np.uint8), np.empty(0, dtype=bool))
        if rows:
            self.add(rows)

    def add(self, rows: list[Any]) -> None:
        """Appends (id, fingerprint, received_at) rows."""
        needed = self.count + len(rows)
        if needed > len(self.ids):
            self._grow(max(needed, 2 * len(self.ids), 1024))
        span = slice(self.count, needed)
        self.ids[span] = np.fromiter((row[0] for row in rows), dtype=np.int64, count=len(rows))
        self.received[span] = np.fromiter((row[2].timestamp() for row in rows), dtype=np.float64, count=len(rows))
        hashes = np.frombuffer(b"".join(row[1] for row in rows), dtype="<u8").reshape(-1, WINDOWS, CHANNELS)
        self.hashes[span] = hashes
        self.luma[:, span] = hashes[:, :, 0].T
        self.count = needed

    def _grow(self, capacity: int) -> None:
        def grown(array: np.ndarray) -> np.ndarray:
            bigger = np.empty((capacity, *array.shape[1:]), dtype=array.dtype)
            bigger[: self.count] = array[: self.count]
            return bigger

        self.ids, self.received, self.hashes = grown(self.ids), grown(self.received), grown(self.hashes)
        self.luma = grown(self.luma.T).T.copy()
        self._scratch = (
            np.empty(capacity, dtype="<u8"),
            np.empty(capacity, dtype=np.uint8),
            np.empty(capacity, dtype=bool),
        )

    def near(self, query: np.ndarray, since: float, within: int) -> list[Near]:
        count = self.count
        xor, bits, close = (scratch[:count] for scratch in self._scratch)
        passing = np.zeros(count, dtype=bool)
        luma = self.luma[:, :count]
        pairs = [(luma[window], query[0, 0]) for window in range(WINDOWS)]
        pairs += [(luma[0], query[window, 0]) for window in range(1, WINDOWS)]
        for stored, asked in pairs:
            np.bitwise_xor(stored, asked, out=xor)
            np.bitwise_count(xor, out=bits)
            np.less_equal(bits, LUMA_GATE, out=close)
            np.logical_or(passing, close, out=passing)
        passing &= self.received[:count] >= since
        rows = np.flatnonzero(passing)
        if not len(rows):
            return []
        found = distances(query, self.hashes[rows])
        return [Near(int(self.ids[r]), int(d)) for r, d in zip(rows, found, strict=True) if d <= within]


class PhotoIndex:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stored = Fingerprints()
        self._known: set[int] = set()
        self._high = 0

    def __len__(self) -> int:
        return self._stored.count

    def near(self, session: Session, fingerprint: bytes, since: datetime, within: int) -> list[Near]:
        """Stored photos received since `since` whose distance is at most `within`, nearest first
        (the caller's transaction's own new photos included)."""
        query = np.frombuffer(fingerprint, dtype="<u8").reshape(WINDOWS, CHANNELS)
        read = self._read(session)
        with self._lock:
            found = self._stored.near(query, since.timestamp(), within)
        if read:
            found += Fingerprints(read).near(query, since.timestamp(), within)
        return sorted(found, key=lambda near: (near.distance, -near.photo_id))

    def load(self, session: Session) -> None:
        """Reads what the index does not hold yet (all of it, at start), kept when `session` commits:
        the first photo then does not wait for 100,000 rows."""
        self._read(session)

    def _read(self, session: Session) -> list[Any]:
        """The rows this index does not hold, as the caller's transaction sees them."""
        pending: dict[PhotoIndex, list[Any]] = session.info.setdefault(_READ, {})
        read = pending.setdefault(self, [])
        known, already = self._known, {row[0] for row in read}
        recent = select(Photo.id).where(Photo.id > self._high - TAIL, _HAS_FINGERPRINT)
        unseen = [i for i in session.exec(recent).all() if i not in known and i not in already]
        if unseen:
            which = Photo.id >= min(unseen) if len(unseen) > TAIL else col(Photo.id).in_(unseen)
            rows = select(Photo.id, Photo.fingerprint, Photo.received_at).where(_HAS_FINGERPRINT, which)
            fresh = session.exec(rows.order_by(Photo.id)).all()
            read += [row for row in fresh if row[0] not in known and row[0] not in already]
        return read

    def _adopt(self, rows: list[Any]) -> None:
        """Rows a committed transaction read: committed themselves, so the index keeps them."""
        with self._lock:
            rows = [row for row in rows if row[0] not in self._known]
            if rows:
                self._stored.add(rows)
                self._known.update(row[0] for row in rows)
                self._high = max(self._high, max(row[0] for row in rows))


@event.listens_for(Session, "after_commit")
def _adopt_what_was_read(session: Session) -> None:
    for index, rows in session.info.pop(_READ, {}).items():
        index._adopt(rows)


@event.listens_for(Session, "after_transaction_end")
def _forget_what_was_read(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:
        session.info.pop(_READ, None)
