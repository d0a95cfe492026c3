"""Shared fixtures. Database tests run once per backend chosen with --db (default: both)."""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from storage.db import Database
from storage.migrate import upgrade

PG_ADMIN_URL = os.environ.get("XIUHUA_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
SHARED = Path(__file__).resolve().parents[2] / "shared"
JIEBA_CACHE = Path(tempfile.mkdtemp(prefix="xiuhua-test-cache-"))
os.environ.setdefault("XIUHUA_CACHE_DIR", str(JIEBA_CACHE))
"""One jieba dictionary cache for the whole test session: every bot process a test starts loads it
instead of building it again (the dictionary is the same for all)."""


def pytest_sessionfinish(session: pytest.Session) -> None:
    shutil.rmtree(JIEBA_CACHE, ignore_errors=True)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--db",
        default=os.environ.get("XIUHUA_TEST_DB", "all"),
        choices=["sqlite", "postgresql", "all"],
        help="database backends for storage tests (default: all)",
    )


def backends(config: pytest.Config) -> list[str]:
    chosen = config.getoption("--db")
    return ["sqlite", "postgresql"] if chosen == "all" else [chosen]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames:
        metafunc.parametrize("backend", backends(metafunc.config))


class PostgresDatabases:
    """Creates a throw-away database per test so tests never see each other's rows."""

    def __init__(self, admin_url: str) -> None:
        self.admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        self.created: list[str] = []

    def create(self) -> str:
        name = f"xiuhua_t_{uuid.uuid4().hex[:12]}"
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        self.created.append(name)
        return self.admin.url.set(database=name).render_as_string(hide_password=False)

    def drop(self, name: str) -> None:
        with self.admin.connect() as conn:
            conn.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true'))
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def execute(self, sql: str) -> None:
        with self.admin.connect() as conn:
            conn.execute(text(sql))

    def close(self) -> None:
        for name in self.created:
            self.drop(name)
        self.admin.dispose()


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresDatabases]:
    databases = PostgresDatabases(PG_ADMIN_URL)
    try:
        with databases.admin.connect():
            pass
    except Exception as exc:  # pragma: no cover - only when the server is missing
        pytest.fail(f"PostgreSQL at {PG_ADMIN_URL} is unreachable ({exc}); start it or run with --db sqlite")
    yield databases
    databases.close()


@pytest.fixture
def db_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'xiuhua.db'}"
    return request.getfixturevalue("postgres").create()


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url, retry_seconds=5)
    upgrade(database.engine)
    yield database
    database.dispose()


@pytest.fixture
def chat(db: Database, tmp_path: Path):
    """The in-process bot of tests/harness.py on this test's database (once per backend)."""
    from tests.harness import ChatBot

    return ChatBot(db, tmp_path / "data")


@pytest.fixture
def pg_url(request: pytest.FixtureRequest) -> str:
    """A fresh PostgreSQL database for a test that only means something on PostgreSQL (an outage)."""
    if "postgresql" not in backends(request.config):
        pytest.skip("PostgreSQL not among the chosen --db backends")
    return request.getfixturevalue("postgres").create()


@pytest.fixture
def desk(chat, monkeypatch: pytest.MonkeyPatch):
    """The back office (tests/desk.py) on the harness bot, with its accounts (once per backend).
    Passwords are hashed with argon2 at its cheapest here (a login costs 0.3 s at the real cost);
    tests/test_office_accounts.py checks the real parameters."""
    from bot.backoffice import credentials
    from tests.desk import CHEAP_HASHER, Desk

    monkeypatch.setattr(credentials, "_hasher", CHEAP_HASHER)
    return Desk(chat)
