"""A bot killed (SIGKILL) before a notice's time and started after it sends the notice once, late."""

from __future__ import annotations

import json
import signal
import sqlite3
import time
import urllib.request
from pathlib import Path

from tests.procs import clean_env, free_port, get_json, start_bot, wait_for

CONFIG = """
[reminders]
before_hours = 0.999
sweep_seconds = 0.5
quiet_start = "00:00"
quiet_end = "00:00"
late_after_minutes = 0.01
"""


def _post(url: str, body: dict) -> None:
    request = urllib.request.Request(url, json.dumps(body).encode(), {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status == 200


def _lines(url: str) -> list[dict]:
    return get_json(f"{url}/api/messages?group=tianyi")[1]


def test_notice_due_while_killed_is_sent_once_after_restart(tmp_path: Path) -> None:
    (tmp_path / "c.toml").write_text(CONFIG, encoding="utf-8")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = clean_env(XIUHUA_HTTP_PORT=str(port))
    bot = start_bot(tmp_path, "--config", "c.toml", env=env)
    try:
        assert wait_for(lambda: get_json(f"{url}/healthz")[0] == 200, timeout=20)
        _post(
            f"{url}/api/messages", {"group": "tianyi", "from": "niweifeng", "text": "14号楼楼道堆物，请物业1小时内清理"}
        )
        assert wait_for(lambda: any("#1" in line["text"] for line in _lines(url) if line["bot"]), timeout=10)
    finally:
        bot.send_signal(signal.SIGKILL)
        bot.wait(timeout=10)
    time.sleep(5)  # the reminder (due 3.6 s after the report) falls due while no bot runs

    restarted = start_bot(tmp_path, "--config", "c.toml", env=env)
    try:
        assert wait_for(lambda: get_json(f"{url}/healthz")[0] == 200, timeout=20)
        assert wait_for(lambda: [x for x in _lines(url) if x["text"].startswith("（补发）⏰")], timeout=15)
        time.sleep(2)  # several more sweeps
        reminders = [line for line in _lines(url) if "⏰" in line["text"]]
        assert len(reminders) == 1 and "#1" in reminders[0]["text"]
    finally:
        restarted.terminate()
        restarted.wait(timeout=10)
    with sqlite3.connect(tmp_path / "xiuhua-data" / "xiuhua.db") as db:
        rows = db.execute("SELECT status, late FROM notices WHERE kind = 'before'").fetchall()
        sends = db.execute("SELECT count(*) FROM outbound WHERE text LIKE '%⏰%'").fetchone()[0]
    assert rows == [("sent", 1)] and sends == 1
