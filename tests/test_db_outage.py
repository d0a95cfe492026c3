"""The database goes away under a running bot and comes back: work waits, nothing is lost."""

import threading
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy.engine import make_url
from sqlmodel import select

from bot.health import Health
from storage.db import Database
from storage.migrate import upgrade
from storage.models import Community
from tests.pg_outage import block as _block
from tests.pg_outage import unblock as _unblock
from tests.procs import clean_env, free_port, get_json, start_bot, wait_for


def test_work_started_during_an_outage_completes_after_it(pg_url: str, postgres) -> None:
    name = make_url(pg_url).database
    health = Health()
    db = Database(pg_url, health.reporter("database"), retry_seconds=30)
    upgrade(db.engine)
    _block(postgres, name)
    at = datetime(2026, 11, 18, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    worker = threading.Thread(target=db.run, args=(lambda s: s.add(Community(name="天一小区", created_at=at)),))
    worker.start()
    assert wait_for(lambda: not health.ok, timeout=10)
    assert "retrying" in health.get("database").detail
    time.sleep(0.5)
    _unblock(postgres, name)
    worker.join(timeout=30)
    assert not worker.is_alive()
    assert health.ok
    assert db.run(lambda s: [c.name for c in s.exec(select(Community))]) == ["天一小区"]
    db.dispose()


def test_running_bot_reports_and_survives_an_outage(pg_url: str, postgres, tmp_path: Path) -> None:
    name = make_url(pg_url).database
    port = free_port()
    (tmp_path / "c.toml").write_text("[database]\nheartbeat_seconds = 0.3\n", encoding="utf-8")
    env = clean_env(XIUHUA_DATABASE_URL=pg_url, XIUHUA_HTTP_PORT=str(port))
    bot = start_bot(tmp_path, "--config", "c.toml", env=env)
    url = f"http://127.0.0.1:{port}/healthz"
    try:
        assert wait_for(lambda: get_json(url)[0] == 200, timeout=15)
        _block(postgres, name)
        down = wait_for(lambda: (lambda r: r if r[0] == 503 else None)(get_json(url)), timeout=15)
        assert down is not None
        assert down[1]["parts"]["database"]["ok"] is False
        assert "retrying" in down[1]["parts"]["database"]["detail"]
        _unblock(postgres, name)
        assert wait_for(lambda: get_json(url)[0] == 200, timeout=20)
        assert bot.poll() is None
    finally:
        _unblock(postgres, name)
        bot.terminate()
        bot.wait(timeout=10)
