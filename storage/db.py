"""Engine, sessions and the retry loop that carries work over a database that is briefly down."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlmodel import Session, create_engine

log = logging.getLogger("xiuhua.db")
T = TypeVar("T")
HealthReport = Callable[[bool, str], None]
"""Told whether the database is reachable, and why not: the running bot shows it on /healthz."""


class StorageUnavailable(Exception):
    """The database or the disk cannot take what was given to it now: the sender is told to try
    again (HTTP 503, a WeChat message kept in the spool) instead of being told it was accepted."""


class DatabaseUnavailable(StorageUnavailable):
    """The database stayed unreachable for longer than the configured retry time."""


class DiskUnavailable(StorageUnavailable):
    """A file could not be written: the disk is full, read-only or failing."""


AUTOCHECKPOINT_PAGES = 20_000
"""A safety net only: the Checkpointer thread normally folds the log back long before this."""


class Checkpointer(threading.Thread):
    """Folds SQLite's write-ahead log back into the database file every few seconds, on its own
    connection and core, instead of inside whichever commit crosses SQLite's threshold (which made
    every ~60th message pay for the checkpoint)."""

    def __init__(self, engine: Engine, interval: float = 2.0) -> None:
        super().__init__(name="sqlite-checkpoint", daemon=True)
        self.engine = engine
        self.interval = interval
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(self.interval):
            try:
                with self.engine.connect() as connection:
                    connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
            except DBAPIError as exc:
                log.warning("wal checkpoint skipped: %s", exc.orig)

    def stop(self) -> None:
        self.stopped.set()


def sqlite_pragmas(dbapi_connection: object, _record: object = None) -> None:
    """WAL with NORMAL sync (no fsync per commit, nothing lost on a process crash); checkpoints are the
    Checkpointer's job."""
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA cache_size=-32000")
    cursor.execute(f"PRAGMA wal_autocheckpoint={AUTOCHECKPOINT_PAGES}")
    cursor.close()


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 10}, pool_use_lifo=True)
        event.listen(engine, "connect", sqlite_pragmas)
        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return create_engine(parsed, pool_pre_ping=True, pool_size=5, max_overflow=10)


PERMANENT = ("no such table", "no such column", "syntax error", "does not exist")


def _transient(exc: DBAPIError) -> bool:
    """Connection-level failures and lock waits are worth retrying; a missing table or a violated
    constraint will fail the same way every time."""
    if exc.connection_invalidated:
        return True
    if not isinstance(exc, OperationalError):
        return False
    message = str(exc.orig).lower()
    return not any(marker in message for marker in PERMANENT)


class Database:
    def __init__(
        self,
        url: str,
        health: HealthReport | None = None,
        retry_seconds: float = 300.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.url = url
        self.engine = make_engine(url)
        self.health = health or (lambda ok, detail: None)
        self.retry_seconds = retry_seconds
        self._sleep = sleep
        self._failing = False
        self.health(True, "")
        self._checkpointer: Checkpointer | None = None
        if self.dialect == "sqlite" and make_url(url).database not in (None, "", ":memory:"):
            self._checkpointer = Checkpointer(self.engine)
            self._checkpointer.start()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def run(self, work: Callable[[Session], T], retry_seconds: float | None = None) -> T:
        """Run one unit of work in its own transaction, retrying it whole while the database is away
        (for `retry_seconds`, else the configured time).

        The work must be safe to repeat: a failed attempt is rolled back before the next one.
        """
        patience = self.retry_seconds if retry_seconds is None else retry_seconds
        delay, waited = 0.1, 0.0
        while True:
            try:
                with self.session() as session:
                    result = work(session)
                    session.commit()
                if self._failing:
                    self._failing = False
                    log.info("database reachable again")
                    self.health(True, "")
                return result
            except DBAPIError as exc:
                if not _transient(exc):
                    raise
                reason = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
                # Marked failing whatever the path, so that the next success anywhere (the health
                # probe's, another thread's) reports the database back.
                self._failing = True
                if waited >= patience:
                    self.health(False, f"unreachable, gave up: {reason}")
                    raise DatabaseUnavailable(reason) from exc
                self.health(False, f"retrying: {reason}")
                log.warning("database unavailable, retrying in %.1fs: %s", delay, reason)
                self._sleep(delay)
                waited += delay
                delay = min(delay * 2, 5.0)

    def dispose(self) -> None:
        if self._checkpointer is not None:
            self._checkpointer.stop()
            self._checkpointer.join(timeout=5)
        self.engine.dispose()
