"""WeChat end to end: the real python-wechaty client inside `xiuhua run`, against a puppet service
(tests/fake_puppet.py, a grpclib server) in another process, killed and restarted mid-test."""

from __future__ import annotations

import base64
import json
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.procs import clean_env, free_port, get_json, start_bot, wait_for
from tests.replaying import jpeg

ROOM = "room1@chatroom"
CONTACTS = {"wx_ni": "倪卫峰", "wx_wang": "王经理", "wx_li": "李晓", "wx_chen": "陈主任"}


class Puppet:
    def __init__(self, workdir: Path) -> None:
        self.grpc, self.control = free_port(), free_port()
        self.workdir = workdir
        self.process: subprocess.Popen[str] | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.fake_puppet",
                "--grpc",
                str(self.grpc),
                "--control",
                str(self.control),
                "--heartbeat",
                "0.5",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            cwd=Path(__file__).parents[1],
        )
        assert self.process.stdout.readline().strip() == "ready"

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(timeout=10)

    def say(
        self, message_id: str, sender: str, text: str = "", image: bytes | None = None, private: bool = False, **extra
    ) -> None:
        body = {"id": message_id, "from": sender, "text": text, "contacts": CONTACTS, **extra}
        if not private:
            body.update(room=ROOM, topic="天一创全群")
        if image is not None:
            body["image_base64"] = base64.b64encode(image).decode()
            body["filename"] = "fix.jpg"
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.control}/message", json.dumps(body).encode(), {"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=5) as response:
            assert json.loads(response.read())["streams"] >= 1, "the bot is not listening"

    def sent(self) -> list[dict]:
        return get_json(f"http://127.0.0.1:{self.control}/sent")[1]["sent"]

    def listening(self) -> bool:
        return get_json(f"http://127.0.0.1:{self.control}/sent")[1]["streams"] >= 1

    def wait_sent(self, predicate, timeout: float = 20) -> dict:
        found = wait_for(lambda: next((s for s in self.sent() if predicate(s)), None), timeout=timeout, interval=0.2)
        assert found is not None, f"nothing matching was sent; sent: {self.sent()}"
        return found


@pytest.fixture
def wechat(tmp_path: Path) -> Iterator[tuple[Puppet, subprocess.Popen[str], Path]]:
    puppet = Puppet(tmp_path)
    puppet.start()
    config = tmp_path / "config.toml"
    config.write_text(
        f"""
[bot]
data_dir = "{tmp_path / "data"}"
[chat]
transport = "wechaty"
[wechaty]
endpoint = "127.0.0.1:{puppet.grpc}"
token = "test-token"
heartbeat_timeout_seconds = 3
min_interval_seconds = 0
[reminders]
before_hours = 0.999
sweep_seconds = 0.5
quiet_start = "00:00"
quiet_end = "00:00"
[[groups]]
id = "{ROOM}"
community = "天一小区"
[[members]]
id = "wx_ni"
name = "倪卫峰"
role = "inspector"
[[members]]
id = "wx_wang"
name = "王经理"
role = "物业"
[[members]]
id = "wx_chen"
name = "陈主任"
role = "coordinator"
""",
        encoding="utf-8",
    )
    port = free_port()
    bot = start_bot(tmp_path, "--config", str(config), env=clean_env(XIUHUA_HTTP_PORT=str(port)))
    bot.http_port = port  # type: ignore[attr-defined]
    try:
        assert wait_for(puppet.listening, timeout=30), "the bot never opened the event stream"
        yield puppet, bot, tmp_path / "data" / "xiuhua.db"
    finally:
        bot.terminate()
        try:
            bot.wait(timeout=10)
        except subprocess.TimeoutExpired:
            bot.kill()
        if puppet.process.poll() is None:
            puppet.kill()


def _ticket(db: Path, number: int) -> tuple:
    with sqlite3.connect(db) as connection:
        return connection.execute(
            "SELECT status, (SELECT count(*) FROM photos WHERE ticket_id = tickets.id) FROM tickets WHERE number = ?",
            (number,),
        ).fetchone()


def test_report_photo_review_reminder_and_reconnect(wechat) -> None:
    puppet, bot, db = wechat
    health = get_json(f"http://127.0.0.1:{bot.http_port}/healthz")[1]
    assert health["parts"]["wechat"]["ok"] is True

    puppet.say("m1", "wx_ni", "14号楼楼道堆物，请物业1小时内清理")
    reply = puppet.wait_sent(lambda s: s["kind"] == "text" and "#1" in s["text"] and "登记" in s["text"])
    assert reply["conversation"] == ROOM and reply["mentions"] == ["wx_wang"]

    puppet.say("m2", "wx_wang", image=jpeg())
    submitted = puppet.wait_sent(lambda s: "已收到整改照片" in s.get("text", "") and "#1" in s["text"])
    assert submitted["mentions"] == ["wx_ni"]
    assert _ticket(db, 1) == ("submitted", 1)

    puppet.say("q1", "wx_ni", "「王经理：[图片]」\n- - - - - - - - - - - - - - -\n@绣花\u2005进度")
    progress = puppet.wait_sent(lambda s: "未完成" in s.get("text", ""))
    assert "#1" in progress["text"] and progress["conversation"] == ROOM
    puppet.say("q2", "wx_chen", "逾期的有哪些", private=True)
    private = puppet.wait_sent(lambda s: s.get("conversation") == "wx_chen")
    assert "全街道" in private["text"]
    puppet.say("q3", "wx_li", "进度", private=True)

    puppet.say("q4", "wx_chen", "@绣花\u2005台账 本周")
    ledger = puppet.wait_sent(lambda s: s["kind"] == "file")
    assert ledger["name"].endswith(".xlsx") and ledger["size"] > 1000 and ledger["conversation"] == ROOM

    puppet.say("m3", "wx_ni", "#1 合格")
    puppet.wait_sent(lambda s: "已销号" in s.get("text", ""))
    assert _ticket(db, 1) == ("closed", 1)

    puppet.say("m4", "wx_ni", "15号楼楼道堆物，请物业1小时内清理")
    puppet.wait_sent(lambda s: "#2" in s.get("text", "") and "登记" in s["text"])
    reminder = puppet.wait_sent(lambda s: s.get("text", "").startswith("⏰") and "#2" in s["text"], timeout=30)
    assert reminder["mentions"] == ["wx_wang"]

    puppet.say("m5", "wx_ni", "16号楼楼道堆物，请物业1小时内清理")
    puppet.wait_sent(lambda s: "#3" in s.get("text", "") and "登记" in s["text"])
    puppet.kill()
    assert wait_for(
        lambda: not get_json(f"http://127.0.0.1:{bot.http_port}/healthz")[1]["parts"]["wechat"]["ok"], timeout=15
    )
    time.sleep(4)  # the reminder of #3 falls due while WeChat is unreachable
    down_since = time.monotonic()
    puppet.start()
    assert wait_for(puppet.listening, timeout=30), "no reconnect"
    assert time.monotonic() - down_since < 30, "reconnecting took as long as the library's own 60 s"
    queued = puppet.wait_sent(lambda s: s.get("text", "").startswith("⏰") and "#3" in s["text"], timeout=20)
    assert queued["mentions"] == ["wx_wang"]
    puppet.say("m6", "wx_ni", "17号楼楼道堆物，请物业今天处理", mentions=[])
    puppet.wait_sent(lambda s: "#4" in s.get("text", "") and "登记" in s["text"])
    assert not [s for s in puppet.sent() if s.get("conversation") == "wx_li"], "a non-coordinator got a private answer"
    assert bot.poll() is None
