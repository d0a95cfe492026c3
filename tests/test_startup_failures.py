"""A fresh or broken machine: a data folder the bot cannot write to and a database that is down at
start get one clear line (or, for the database, the same patience as while running), never a
traceback; a reply whose chat line survived a crash is not sent twice."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.engine import make_url
from sqlmodel import select

from bot.clock import SimulatedClock
from bot.config import build
from bot.transports.webchat import WebChat
from storage import outbox
from storage.db import Database
from storage.models import ChatLine, Outbound
from tests.pg_outage import block, unblock
from tests.procs import clean_env, free_port, get_json, start_bot, tmpfs, wait_for

AT = datetime(2026, 11, 18, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


@pytest.fixture
def read_only(tmp_path: Path) -> Iterator[Path]:
    with tmpfs(tmp_path / "ro", "ro,size=1m") as folder:
        yield folder


def test_a_read_only_data_folder_is_one_line(read_only: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        cwd=tmp_path,
        env=clean_env(XIUHUA_DATA_DIR=str(read_only / "data")),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"xiuhua: cannot write to the data folder {read_only / 'data'}: Read-only file system"
    ]


def test_a_database_down_at_start_is_waited_for(pg_url: str, postgres, tmp_path: Path) -> None:
    name = make_url(pg_url).database
    port = free_port()
    url = f"http://127.0.0.1:{port}/healthz"
    block(postgres, name)
    bot = start_bot(tmp_path, env=clean_env(XIUHUA_DATABASE_URL=pg_url, XIUHUA_HTTP_PORT=str(port)))
    try:
        starting = wait_for(lambda: (r := get_json(url))[0] == 503 and "retrying" in str(r[1]) and r, timeout=60)
        assert starting, "no answer while the database was down"
        assert starting[1]["parts"]["bot"] == {"ok": False, "detail": "starting"}
        unblock(postgres, name)
        assert wait_for(lambda: get_json(url)[0] == 200, timeout=60)
    finally:
        unblock(postgres, name)
        bot.terminate()
        bot.wait(timeout=30)
    assert "Traceback" not in bot.output()


def test_a_database_that_stays_down_at_start_is_one_line(pg_url: str, postgres, tmp_path: Path) -> None:
    name = make_url(pg_url).database
    (tmp_path / "c.toml").write_text("[database]\nretry_seconds = 1\n", encoding="utf-8")
    block(postgres, name)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "bot", "run", "--config", "c.toml"],
            cwd=tmp_path,
            env=clean_env(XIUHUA_DATABASE_URL=pg_url, XIUHUA_HTTP_PORT=str(free_port())),
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        unblock(postgres, name)
    assert result.returncode == 2
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("xiuhua: the database stayed unreachable for 1 s: ")
    assert "Traceback" not in result.stderr


async def test_a_reply_whose_line_survived_a_crash_is_marked_not_written_again(db: Database, tmp_path: Path) -> None:
    config = build({"bot": {"data_dir": str(tmp_path)}, "database": {"url": db.url}})
    chat = WebChat(config, db, SimulatedClock(AT))
    row_id = db.run(lambda s: outbox.enqueue(s, "webchat", "tianyi", "⏰ #1 …", AT))
    row = db.run(lambda s: s.get(Outbound, row_id))
    await chat.send_rows([row])
    db.run(lambda s: s.connection().exec_driver_sql("UPDATE outbound SET sent_at = NULL"))
    await chat.send_rows([row])
    lines = db.run(lambda s: s.exec(select(ChatLine)).all())
    assert [line.message_id for line in lines] == [f"bot-{row_id}"]
    assert db.run(lambda s: s.get(Outbound, row_id)).sent_at is not None
