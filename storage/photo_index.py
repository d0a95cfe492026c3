"""Every stored photo's fingerprint in memory, kept in step with the database, for the reuse look-up.

Reading 100,000 fingerprints from the database for each photo would take far longer than the scan
itself (bench/photo_match.py), so a process keeps them in numpy arrays and, before each look-up,
reads only the rows it has not seen. It reads them on a connection of its own, which sees
committed rows only: a batch that is rolled back (and SQLite may hand its row ids out again) never
leaves a fingerprint behind. The caller's own transaction is asked separately for its newer rows,
so a photo stored a moment ago in the same batch is found too. Row ids may commit out of order on
PostgreSQL (two writers), so the last TAIL ids are read again each time.

The scan looks at luma hashes first (storage.fingerprints.LUMA_GATE) and computes the full distance
only for the rows that pass; both give the same answer as fingerprints.distances on everything.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime

import numpy as np
from sqlalchemy import select
from sqlmodel import Session, col

from storage.fingerprints import CHANNELS, LUMA_GATE, WINDOWS, as_array, distances
from storage.models import Photo

TAIL = 256
CHUNK = 8192
"""Rows scanned at a time: the scratch arrays stay in the processor's cache."""
_COLUMNS = (Photo.id, Photo.fingerprint, Photo.received_at)


@dataclass(frozen=True)
class Near:
    photo_id: int
    distance: int


class PhotoIndex:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._count = 0
        self._ids = np.empty(0, dtype=np.int64)
        self._received = np.empty(0, dtype=np.int64)
        """Seconds since the epoch (UTC)."""
        self._hashes = np.empty((0, WINDOWS, CHANNELS), dtype="<u8")
        self._luma = np.empty((0, WINDOWS), dtype="<u8")
        """The luma hash of every window, contiguous: what the scan reads first."""
        self._known: set[int] = set()
        self._high = 0

    def __len__(self) -> int:
        return self._count

    def near(self, session: Session, fingerprint: bytes, since: datetime, within: int) -> list[Near]:
        """Stored photos received since `since` whose distance is at most `within`, nearest first
        (the caller's transaction's own new photos included)."""
        self.refresh(session)
        query = as_array(fingerprint)
        found = self._scan(query, int(since.timestamp()), within)
        newer = select(*_COLUMNS).where(Photo.id > self._high - TAIL, col(Photo.fingerprint).is_not(None))
        own = session.exec(newer).all()
        fresh = [row for row in own if row[0] not in self._known and row[2] >= since]
        if fresh:
            stored = np.stack([as_array(row[1]) for row in fresh])
            found += [
                Near(row[0], int(d)) for row, d in zip(fresh, distances(query, stored), strict=True) if d <= within
            ]
        return sorted(found, key=lambda near: (near.distance, -near.photo_id))

    def refresh(self, session: Session) -> None:
        """Reads the committed rows this index has not seen yet."""
        with self._lock, session.get_bind().connect() as connection:
            statement = select(*_COLUMNS).where(Photo.id > self._high - TAIL, col(Photo.fingerprint).is_not(None))
            rows = [row for row in connection.execute(statement.order_by(Photo.id)) if row[0] not in self._known]
            if rows:
                self._add(rows)

    def _add(self, rows: list) -> None:
        needed = self._count + len(rows)
        if needed > len(self._ids):
            self._grow(max(needed, 2 * len(self._ids), 1024))
        span = slice(self._count, needed)
        self._ids[span] = [row[0] for row in rows]
        self._received[span] = [int(row[2].timestamp()) for row in rows]
        self._hashes[span] = np.stack([as_array(row[1]) for row in rows])
        self._luma[span] = self._hashes[span, :, 0]
        self._count = needed
        self._known.update(row[0] for row in rows)
        self._high = max(self._high, max(row[0] for row in rows))

    def _grow(self, capacity: int) -> None:
        def grown(array: np.ndarray) -> np.ndarray:
            bigger = np.empty((capacity, *array.shape[1:]), dtype=array.dtype)
            bigger[: self._count] = array[: self._count]
            return bigger

        self._ids, self._received = grown(self._ids), grown(self._received)
        self._hashes, self._luma = grown(self._hashes), grown(self._luma)

    def _scan(self, query: np.ndarray, since: int, within: int) -> list[Near]:
        whole, windows = query[0, 0], query[:, 0]
        found: list[Near] = []
        for start in range(0, self._count, CHUNK):
            end = min(start + CHUNK, self._count)
            luma = self._luma[start:end]
            passing = (np.bitwise_count(luma ^ whole) <= LUMA_GATE).any(axis=1)
            passing |= (np.bitwise_count(luma[:, :1] ^ windows) <= LUMA_GATE).any(axis=1)
            passing &= self._received[start:end] >= since
            rows = start + np.flatnonzero(passing)
            if len(rows):
                near = distances(query, self._hashes[rows])
                found += [Near(int(self._ids[r]), int(d)) for r, d in zip(rows, near, strict=True) if d <= within]
        return found
