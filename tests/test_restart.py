"""A bot killed (SIGKILL) before a notice's time and started after it sends the notice once, late —
at any hour: the bot's clock is pinned (early morning, during the morning digests, late evening)."""

from __future__ import annotations

import json
import signal
import sqlite3
import time
import urllib.request
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.procs import clean_env, free_port, get_json, start_bot, wait_for

CONFIG = """
[reminders]
before_hours = 0.999
sweep_seconds = 0.5
quiet_start = "00:00"
quiet_end = "00:00"
late_after_minutes = 0.01
"""
TZ = ZoneInfo("Asia/Shanghai")


def _post(url: str, body: dict) -> None:
    request = urllib.request.Request(url, json.dumps(body).encode(), {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status == 200


def _lines(url: str) -> list[dict]:
    return get_json(f"{url}/api/messages?group=tianyi")[1]


def _late_reminders(url: str) -> list[dict]:
    """The restarted bot's late reminder — alone, or merged into the digest it also owes that morning."""
    return [x for x in _lines(url) if x["bot"] and x["text"].startswith("（补发）") and "⏰ #1" in x["text"]]


@pytest.mark.parametrize("hour", [3, 9, 22])
def test_notice_due_while_killed_is_sent_once_after_restart(tmp_path: Path, hour: int) -> None:
    (tmp_path / "c.toml").write_text(CONFIG, encoding="utf-8")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = clean_env(XIUHUA_HTTP_PORT=str(port))
    start = datetime(2026, 11, 18, hour, 0, tzinfo=TZ)
    began = time.monotonic()
    bot = start_bot(tmp_path, "--config", "c.toml", env=env, at=start)
    try:
        assert wait_for(lambda: get_json(f"{url}/healthz")[0] == 200, timeout=60)
        _post(
            f"{url}/api/messages", {"group": "tianyi", "from": "niweifeng", "text": "14号楼楼道堆物，请物业1小时内清理"}
        )
        assert wait_for(lambda: any("#1" in line["text"] for line in _lines(url) if line["bot"]), timeout=30)
    finally:
        bot.send_signal(signal.SIGKILL)
        bot.wait(timeout=10)
    # The restarted bot's clock is 5 s further on: the reminder (due 3.6 s after the report) fell
    # due while no bot ran, and nobody has to wait for it.
    restarted = start_bot(
        tmp_path, "--config", "c.toml", env=env, at=start + timedelta(seconds=time.monotonic() - began + 5)
    )
    try:
        assert wait_for(lambda: get_json(f"{url}/healthz")[0] == 200, timeout=60)
        assert wait_for(lambda: _late_reminders(url), timeout=30)
        time.sleep(2)  # that nothing more is sent can only be seen by letting several sweeps (0.5 s) pass
        reminders = [line for line in _lines(url) if "⏰" in line["text"]]
        assert len(reminders) == 1 and "⏰ #1" in reminders[0]["text"]
    finally:
        restarted.terminate()
        restarted.wait(timeout=10)
    with sqlite3.connect(tmp_path / "xiuhua-data" / "xiuhua.db") as db:
        rows = db.execute("SELECT status, late FROM notices WHERE kind = 'before'").fetchall()
        sends = db.execute("SELECT count(*) FROM outbound WHERE text LIKE '%⏰%'").fetchone()[0]
    assert rows == [("sent", 1)] and sends == 1
