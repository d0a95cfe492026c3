"""Accepted means durable: under a database that goes away, a disk that fills and a SIGKILL in the
middle of a burst, every message a transport said it accepted is stored and answered, and every one
it refused was refused clearly (503 with Retry-After, or kept in the WeChat spool)."""

from __future__ import annotations

import json
import signal
import sqlite3
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.pg_outage import block, unblock
from tests.procs import clean_env, free_port, get_json, start_bot, tmpfs, wait_for
from tests.test_wechaty_e2e import ROOM, Puppet, _start_bot, _stop, _wechat_health

FAST = "[database]\naccept_seconds = 1\nretry_seconds = 2\nheartbeat_seconds = 0.3\n"


def _post(url: str, body: dict, timeout: float = 30) -> tuple[int, dict[str, str]]:
    request = urllib.request.Request(
        f"{url}/api/messages", json.dumps(body, ensure_ascii=False).encode(), {"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers)
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0, {}


def _report(n: int) -> dict:
    return {"group": "tianyi", "from": "niweifeng", "text": f"{n}号楼楼道堆物，请物业明天下班前清理", "id_hint": n}


@pytest.fixture
def pg_bot(pg_url: str, tmp_path: Path) -> Iterator[tuple[str, str]]:
    (tmp_path / "c.toml").write_text(FAST, encoding="utf-8")
    port = free_port()
    bot = start_bot(
        tmp_path, "--config", "c.toml", env=clean_env(XIUHUA_DATABASE_URL=pg_url, XIUHUA_HTTP_PORT=str(port))
    )
    url = f"http://127.0.0.1:{port}"
    try:
        assert wait_for(lambda: get_json(f"{url}/healthz")[0] == 200, timeout=60)
        yield url, pg_url
    finally:
        bot.terminate()
        bot.wait(timeout=30)


def _count(pg_url: str, sql: str) -> int:
    engine = create_engine(make_url(pg_url).set(drivername="postgresql+psycopg"))
    try:
        with engine.connect() as connection:
            return int(connection.execute(text(sql)).scalar_one())
    finally:
        engine.dispose()


def test_the_web_chat_refuses_what_an_unreachable_database_cannot_take(pg_bot, postgres) -> None:
    url, pg_url = pg_bot
    name = make_url(pg_url).database
    block(postgres, name)
    try:
        status, headers = _post(url, _report(1))
        assert status == 503 and headers.get("Retry-After") == "5"
    finally:
        unblock(postgres, name)
    assert wait_for(lambda: get_json(f"{url}/healthz")[0] == 200, timeout=30)
    assert _post(url, _report(2))[0] == 200
    assert _count(pg_url, "SELECT count(*) FROM tickets") == 1
    assert _count(pg_url, "SELECT count(*) FROM chat_lines WHERE text LIKE '1号楼%'") == 0


def test_wechat_messages_wait_in_the_spool_while_the_database_is_away(pg_url: str, postgres, tmp_path: Path) -> None:
    name = make_url(pg_url).database
    puppet = Puppet(tmp_path)
    puppet.start()
    settings = 'token = "test-token"\ntls = false\n' + FAST
    bot = _start_bot(tmp_path, puppet, settings, XIUHUA_DATABASE_URL=pg_url)
    spool = tmp_path / "data" / "spool" / "wechat"
    try:
        assert wait_for(lambda: _wechat_health(bot)["ok"], timeout=60)
        block(postgres, name)
        puppet.say("m1", "wx_ni", "14号楼楼道堆物，请物业1小时内清理")
        puppet.say("m2", "wx_ni", "15号楼飞线充电，请物业今天处理")
        assert wait_for(lambda: len(list(spool.glob("*.json"))) == 2, timeout=60), "not kept in the spool"
        unblock(postgres, name)
        for number in ("#1", "#2"):
            puppet.wait_sent(lambda s, n=number: s.get("conversation") == ROOM and n in s.get("text", ""), timeout=60)
        assert list(spool.glob("*.json")) == []
        assert _count(pg_url, "SELECT count(*) FROM tickets") == 2
    finally:
        unblock(postgres, name)
        _stop(bot, puppet)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 6 MB tmpfs for the data folder (root can mount one; CI runs as root)."""
    with tmpfs(tmp_path / "disk", "size=6m") as folder:
        yield folder


def test_a_disk_that_fills_never_turns_an_accepted_message_into_a_lost_one(small_disk: Path, tmp_path: Path) -> None:
    (tmp_path / "c.toml").write_text(f'[bot]\ndata_dir = "{small_disk}"\n' + FAST, encoding="utf-8")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    bot = start_bot(tmp_path, "--config", "c.toml", env=clean_env(XIUHUA_HTTP_PORT=str(port)))
    filler = small_disk / "filler"
    try:
        assert wait_for(lambda: get_json(f"{url}/healthz")[0] == 200, timeout=60)
        with filler.open("wb") as handle:  # leave a little room, then less than none
            try:
                while True:
                    handle.write(b"\0" * 65536)
            except OSError:
                pass
        answers = [_post(url, _report(n))[0] for n in range(1, 13)]
        accepted = [n for n, status in enumerate(answers, start=1) if status == 200]
        assert set(answers) <= {200, 503}, answers
        filler.unlink()
        assert wait_for(lambda: get_json(f"{url}/healthz")[0] == 200, timeout=30), get_json(f"{url}/healthz")
        assert _post(url, _report(99))[0] == 200
        lines = get_json(f"{url}/api/messages?group=tianyi")[1]
        shown = {int(line["text"].split("号楼")[0]) for line in lines if not line["bot"]}
        assert set(accepted) | {99} <= shown, "an accepted message is missing from the conversation"
        answered = {line["quote"] for line in lines if line["bot"]}
        person_ids = {line["message_id"]: int(line["text"].split("号楼")[0]) for line in lines if not line["bot"]}
        assert wait_for(
            lambda: (
                set(accepted) | {99}
                <= {
                    person_ids[q]
                    for q in {x["quote"] for x in get_json(f"{url}/api/messages?group=tianyi")[1] if x["bot"]}
                    if q in person_ids
                }
            ),
            timeout=30,
        ), f"accepted {accepted}, answered {sorted(person_ids[q] for q in answered if q in person_ids)}"
    finally:
        bot.terminate()
        bot.wait(timeout=30)
    assert list(small_disk.rglob("*.part")) == []


def test_a_sigkill_in_the_middle_of_a_burst_loses_nothing_that_was_accepted(tmp_path: Path) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = clean_env(XIUHUA_HTTP_PORT=str(port))
    bot = start_bot(tmp_path, env=env)
    answers: dict[int, int] = {}
    try:
        assert wait_for(lambda: get_json(f"{url}/healthz")[0] == 200, timeout=60)
        started = threading.Barrier(9)

        def client(first: int) -> None:
            started.wait()
            for n in range(first, first + 400, 8):
                answers[n] = _post(url, _report(n), timeout=10)[0]

        threads = [threading.Thread(target=client, args=(first,)) for first in range(1, 9)]
        for thread in threads:
            thread.start()
        started.wait()
        assert wait_for(lambda: sum(1 for s in list(answers.values()) if s == 200) >= 40, timeout=60)
        bot.send_signal(signal.SIGKILL)
        bot.wait(timeout=10)
        for thread in threads:
            thread.join(timeout=60)
    finally:
        if bot.poll() is None:
            bot.kill()
    accepted = {n for n, status in answers.items() if status == 200}
    assert len(accepted) >= 40 and len(accepted) < 400
    with sqlite3.connect(tmp_path / "xiuhua-data" / "xiuhua.db") as db:
        people = db.execute("SELECT text FROM chat_lines WHERE from_bot = 0 AND group_key = 'tianyi'")
        stored = {int(t.split("号楼")[0]) for (t,) in people}
        ticketed = {int(d.split("号楼")[0]) for (d,) in db.execute("SELECT description FROM tickets")}
    assert accepted <= stored and accepted <= ticketed

    restarted = start_bot(tmp_path, env=env)
    try:
        assert wait_for(lambda: get_json(f"{url}/healthz")[0] == 200, timeout=60)

        with sqlite3.connect(tmp_path / "xiuhua-data" / "xiuhua.db") as db:
            people = db.execute("SELECT message_id, text FROM chat_lines WHERE from_bot = 0 AND group_key = 'tianyi'")
            sources = {mid: int(t.split("号楼")[0]) for mid, t in people}
            replies = lambda: {  # noqa: E731
                sources[q] for (q,) in db.execute("SELECT quote_id FROM chat_lines WHERE from_bot = 1") if q in sources
            }
            assert wait_for(lambda: accepted <= replies(), timeout=60), f"unanswered: {sorted(accepted - replies())}"
    finally:
        restarted.terminate()
        restarted.wait(timeout=30)
