"""WeChat end to end: the real python-wechaty client inside `xiuhua run`, against a puppet service
(tests/fake_puppet.py, a grpclib server) in another process: killed and restarted mid-test, ending
its event stream, refusing sends, and serving TLS with token authorization as wechaty-puppet-service
>= 0.27 does."""

from __future__ import annotations

import base64
import json
import sqlite3
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fake_puppet import make_pki
from tests.procs import clean_env, free_port, get_json, start_bot, wait_for
from tests.replaying import jpeg

ROOM = "room1@chatroom"
CONTACTS = {"wx_ni": "倪卫峰", "wx_wang": "王经理", "wx_li": "李晓", "wx_chen": "陈主任"}
SERVER_NAME = "puppet_xiuhua"
TLS_TOKEN = f"{SERVER_NAME}_{uuid.uuid4()}"


class Puppet:
    def __init__(self, workdir: Path, token: str | None = None, pki: tuple[Path, Path, Path] | None = None) -> None:
        self.grpc, self.control = free_port(), free_port()
        self.workdir = workdir
        self.token = token
        self.pki = pki
        self.process: subprocess.Popen[str] | None = None

    def start(self) -> None:
        tls = ["--tls-cert", str(self.pki[1]), "--tls-key", str(self.pki[2])] if self.pki else []
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
                *tls,
                *(["--token", self.token] if self.token else []),
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

    def _post(self, path: str, body: dict) -> dict:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.control}{path}", json.dumps(body).encode(), {"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=5) as response:
            return json.loads(response.read())

    def say(
        self, message_id: str, sender: str, text: str = "", image: bytes | None = None, private: bool = False, **extra
    ) -> None:
        body = {"id": message_id, "from": sender, "text": text, "contacts": CONTACTS, **extra}
        if not private:
            body.update(room=ROOM, topic="天一创全群")
        if image is not None:
            body["image_base64"] = base64.b64encode(image).decode()
            body["filename"] = "fix.jpg"
        assert self._post("/message", body)["streams"] >= 1, "the bot is not listening"

    def fail_sends(self, count: int) -> None:
        self._post("/fail-sends", {"count": count})

    def end_streams(self) -> int:
        return self._post("/end-streams", {})["ended"]

    def state(self) -> dict:
        return get_json(f"http://127.0.0.1:{self.control}/sent")[1]

    def sent(self) -> list[dict]:
        return self.state()["sent"]

    def listening(self) -> bool:
        return self.state()["streams"] >= 1

    def wait_sent(self, predicate, timeout: float = 20) -> dict:
        found = wait_for(lambda: next((s for s in self.sent() if predicate(s)), None), timeout=timeout, interval=0.2)
        assert found is not None, f"nothing matching was sent; sent: {self.sent()}"
        return found


CONFIG = """
[bot]
data_dir = "{data}"
[chat]
transport = "wechaty"
[wechaty]
endpoint = "127.0.0.1:{port}"
heartbeat_timeout_seconds = 3
min_interval_seconds = 0
{wechaty}
[reminders]
before_hours = 0.999
sweep_seconds = 0.5
quiet_start = "00:00"
quiet_end = "00:00"
[[groups]]
id = "{room}"
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
"""


def _start_bot(tmp_path: Path, puppet: Puppet, wechaty: str, **env: str) -> subprocess.Popen[str]:
    config = tmp_path / "config.toml"
    config.write_text(
        CONFIG.format(data=tmp_path / "data", port=puppet.grpc, wechaty=wechaty, room=ROOM), encoding="utf-8"
    )
    port = free_port()
    bot = start_bot(tmp_path, "--config", str(config), env=clean_env(XIUHUA_HTTP_PORT=str(port), **env))
    bot.http_port = port  # type: ignore[attr-defined]
    return bot


def _stop(bot: subprocess.Popen[str], puppet: Puppet) -> str:
    """Stops both processes; returns what the bot logged (empty when stopped before)."""
    if bot.returncode is not None:
        return ""
    bot.terminate()
    try:
        bot.wait(timeout=15)
    except subprocess.TimeoutExpired:
        bot.kill()
        bot.wait()
    output = bot.output()
    if puppet.process.poll() is None:
        puppet.kill()
    return output


def _wechat_health(bot: subprocess.Popen[str]) -> dict:
    return get_json(f"http://127.0.0.1:{bot.http_port}/healthz")[1]["parts"]["wechat"]


@pytest.fixture
def wechat(tmp_path: Path) -> Iterator[tuple[Puppet, subprocess.Popen[str], Path]]:
    """A gateway without TLS (WECHATY_PUPPET_SERVICE_NO_TLS_INSECURE_SERVER=true), reached with tls = false."""
    puppet = Puppet(tmp_path)
    puppet.start()
    bot = _start_bot(tmp_path, puppet, 'token = "test-token"\ntls = false')
    try:
        assert wait_for(puppet.listening, timeout=30), "the bot never opened the event stream"
        assert wait_for(lambda: _wechat_health(bot)["ok"], timeout=30), f"not logged in: {_wechat_health(bot)}"
        yield puppet, bot, tmp_path / "data" / "xiuhua.db"
    finally:
        _stop(bot, puppet)


@pytest.fixture
def wechat_tls(tmp_path: Path) -> Iterator[tuple[Puppet, subprocess.Popen[str], Path]]:
    """A service with TLS (its own CA) that checks the token on every call; xiuhua on its defaults
    but for the CA: TLS on, the server name from the token's prefix."""
    pki = make_pki(tmp_path / "pki", SERVER_NAME)
    puppet = Puppet(tmp_path, token=TLS_TOKEN, pki=pki)
    puppet.start()
    bot = _start_bot(tmp_path, puppet, f'token = "{TLS_TOKEN}"\nca_cert = "{pki[0]}"')
    try:
        assert wait_for(puppet.listening, timeout=30), f"the bot never opened the event stream: {puppet.state()}"
        assert wait_for(lambda: _wechat_health(bot)["ok"], timeout=30), f"not logged in: {_wechat_health(bot)}"
        yield puppet, bot, tmp_path / "data" / "xiuhua.db"
    finally:
        _stop(bot, puppet)


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


def test_report_ack_photo_and_review_over_tls_with_the_token_on_every_call(wechat_tls) -> None:
    puppet, bot, db = wechat_tls
    assert _wechat_health(bot)["ok"] is True
    puppet.say("t1", "wx_ni", "14号楼楼道堆物，请物业1小时内清理")
    ack = puppet.wait_sent(lambda s: s["kind"] == "text" and "#1" in s["text"] and "登记" in s["text"])
    assert ack["conversation"] == ROOM and ack["mentions"] == ["wx_wang"]
    puppet.say("t2", "wx_wang", image=jpeg())
    submitted = puppet.wait_sent(lambda s: "已收到整改照片" in s.get("text", "") and "#1" in s["text"])
    assert submitted["mentions"] == ["wx_ni"]
    assert _ticket(db, 1) == ("submitted", 1)
    puppet.say("t3", "wx_ni", "#1 合格")
    puppet.wait_sent(lambda s: "已销号" in s.get("text", ""))
    assert _ticket(db, 1) == ("closed", 1)
    state = puppet.state()
    assert set(state["server_names"]) == {SERVER_NAME}, "TLS server name from the token's prefix"
    assert state["refused"] == 0, "every call carried the token"


def test_a_refused_token_is_logged_once_shown_in_healthz_and_retried(tmp_path: Path) -> None:
    pki = make_pki(tmp_path / "pki", SERVER_NAME)
    puppet = Puppet(tmp_path, token=f"{SERVER_NAME}_the-right-one", pki=pki)
    puppet.start()
    bot = _start_bot(tmp_path, puppet, f'token = "{TLS_TOKEN}"\nca_cert = "{pki[0]}"')
    try:
        refused = wait_for(lambda: puppet.state()["refused"] >= 2, timeout=30)
        health = _wechat_health(bot)
    finally:
        output = _stop(bot, puppet)
    assert refused, "the supervisor did not try again"
    assert health["ok"] is False and "refused the token (UNAUTHENTICATED)" in health["detail"]
    assert output.count(f"wechat: {health['detail']}") == 1, output
    assert TLS_TOKEN not in output and TLS_TOKEN not in health["detail"]
    assert bot.returncode == 0, output


def test_a_send_error_is_retried_until_delivered(wechat) -> None:
    puppet, bot, db = wechat
    puppet.fail_sends(2)
    puppet.say("s1", "wx_ni", "14号楼楼道堆物，请物业1小时内清理")
    ack = puppet.wait_sent(lambda s: s["kind"] == "text" and "#1" in s["text"] and "登记" in s["text"], timeout=30)
    refused = [s for s in puppet.sent() if s["kind"] == "error"]
    assert [s["text"] for s in refused] == [ack["text"], ack["text"]], "the same outbox row was sent again"

    def row() -> list[tuple]:
        with sqlite3.connect(db) as connection:
            query = "SELECT attempts, sent_at IS NOT NULL, failed FROM outbound WHERE text = ?"
            return connection.execute(query, (ack["text"],)).fetchall()

    # marked sent just after the service took it: poll
    assert wait_for(lambda: row() == [(2, 1, 0)], timeout=20), f"one row, two tries spent, then sent: {row()}"
    assert bot.poll() is None


def test_a_new_client_after_the_service_ends_the_event_stream(wechat) -> None:
    puppet, bot, _ = wechat
    assert puppet.end_streams() == 1
    assert wait_for(lambda: puppet.state()["calls"].count("Event") >= 2 and puppet.listening(), timeout=30)
    puppet.say("e1", "wx_ni", "14号楼楼道堆物，请物业1小时内清理")
    puppet.wait_sent(lambda s: "#1" in s.get("text", "") and "登记" in s["text"])
    assert _wechat_health(bot)["ok"] is True
    output = _stop(bot, puppet)
    assert "wechat: the puppet service ended the event stream" in output
