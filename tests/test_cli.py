import json
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from bot.cli import main
from storage.migrate import alembic_config
from tests.procs import clean_env, free_port, get_json, start_bot, wait_for


@pytest.mark.parametrize(
    "verb",
    [[], ["run"], ["parse"], ["replay"], ["db"], ["db", "upgrade"], ["export"], ["user", "add"], ["token", "add"]],
)
def test_every_verb_has_help(verb: list[str]) -> None:
    result = subprocess.run([sys.executable, "-m", "bot", *verb, "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert "usage: xiuhua" in result.stdout


def test_db_upgrade_creates_the_schema(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "db", "upgrade"],
        cwd=tmp_path,
        env=clean_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(tmp_path / "xiuhua-data" / "xiuhua.db") as db:
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        version = db.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    assert {"tickets", "ticket_events", "notices", "outbound", "photos", "members"} <= tables
    assert version == ScriptDirectory.from_config(alembic_config(None)).get_current_head()


def test_run_on_defaults_answers_and_stops_on_sigterm(tmp_path: Path) -> None:
    """How fast it starts is bench/startup_speed.py's business; here only that it answers and stops."""
    port = free_port()
    bot = start_bot(tmp_path, env=clean_env(XIUHUA_HTTP_PORT=str(port)))
    try:
        answered = wait_for(lambda: (r := get_json(f"http://127.0.0.1:{port}/healthz"))[0] == 200 and r, timeout=60)
        assert answered, "no 200 on /healthz"
        status, body = answered
        assert status == 200 and body["status"] == "ok"
        assert body["parts"]["database"]["ok"] is True
        bot.send_signal(signal.SIGTERM)
        assert bot.wait(timeout=30) == 0
    finally:
        if bot.poll() is None:
            bot.kill()
    output = bot.output()
    assert "Traceback" not in output
    assert "stopped" in output
    assert (tmp_path / "xiuhua-data" / "xiuhua.db").exists()
    assert "listening on" in (tmp_path / "xiuhua-data" / "xiuhua.log").read_text(encoding="utf-8")


def test_run_refuses_an_open_listener_without_password(tmp_path: Path) -> None:
    (tmp_path / "c.toml").write_text('[http]\nhost = "0.0.0.0"\n', encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run", "--config", "c.toml"],
        cwd=tmp_path,
        env=clean_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "password" in result.stderr and "Traceback" not in result.stderr


def test_export_writes_the_ledger(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from bot import replay

    transcript = tmp_path / "t.jsonl"
    transcript.write_text(
        '{"setup": {"groups": [{"id": "g1", "name": "天一创全群", "community": "天一小区"}],'
        ' "members": [{"id": "u1", "name": "倪卫峰", "groups": ["g1"], "role": "inspector"}]}}\n'
        '{"at": "2026-11-18T09:00:00+08:00", "id": "m1", "group": "g1", "from": "u1", "text": "14号楼楼道堆物"}\n',
        encoding="utf-8",
    )
    db = tmp_path / "x.db"
    import io

    replay.run(transcript, io.StringIO(), f"sqlite:///{db}")
    out = tmp_path / "ledger.xlsx"
    result = subprocess.run(
        [sys.executable, "-m", "bot", "export", "--out", str(out), "--period", "2026-11-01至2026-11-30"],
        cwd=tmp_path,
        env=clean_env(XIUHUA_DATABASE_URL=f"sqlite:///{db}"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "1 tickets" in result.stdout
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[2][0] == "#1" and rows[2][5] == "楼道堆物"
    refused = subprocess.run(
        [sys.executable, "-m", "bot", "export", "--out", str(tmp_path / "b.xlsx"), "--period", "11月31日至12月5日"],
        cwd=tmp_path,
        env=clean_env(XIUHUA_DATABASE_URL=f"sqlite:///{db}"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert refused.returncode != 0 and "is not a date range" in refused.stderr
    assert not (tmp_path / "b.xlsx").exists()


def _reported_database(tmp_path: Path) -> Path:
    """A database with one ticket in each of two groups, written by a replay."""
    import io

    from bot import replay

    transcript = tmp_path / "two.jsonl"
    lines = [
        {
            "setup": {
                "groups": [
                    {"id": "g1", "name": "天一创全群", "community": "天一小区"},
                    {"id": "g3", "name": "华美创全群", "community": "华美小区"},
                ],
                "members": [{"id": "u1", "name": "倪卫峰", "groups": ["g1", "g3"], "role": "inspector"}],
            }
        },
        {"at": "2026-11-18T09:00:00+08:00", "id": "m1", "group": "g1", "from": "u1", "text": "14号楼楼道堆物"},
        {"at": "2026-11-18T09:01:00+08:00", "id": "m2", "group": "g3", "from": "u1", "text": "3号楼飞线充电"},
    ]
    transcript.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines), encoding="utf-8")
    db = tmp_path / "x.db"
    replay.run(transcript, io.StringIO(), f"sqlite:///{db}")
    return db


def test_export_of_one_group(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    from openpyxl import load_workbook

    db = _reported_database(tmp_path)
    monkeypatch.setenv("XIUHUA_DATABASE_URL", f"sqlite:///{db}")
    period = ["--period", "2026-11-01至2026-11-30"]
    assert main(["export", "--out", str(tmp_path / "g3.xlsx"), "--group", "华美创全群", *period]) == 0
    rows = list(load_workbook(tmp_path / "g3.xlsx").active.iter_rows(values_only=True))
    assert [(r[0], r[3], r[5]) for r in rows[2:]] == [("#2", "华美小区", "飞线充电")]
    assert main(["export", "--out", str(tmp_path / "all.xlsx"), *period]) == 0
    rows = list(load_workbook(tmp_path / "all.xlsx").active.iter_rows(values_only=True))
    assert [r[0] for r in rows[2:]] == ["#1", "#2"]
    with pytest.raises(SystemExit, match="no group '外星群'"):
        main(["export", "--out", str(tmp_path / "x.xlsx"), "--group", "外星群", *period])
    assert "1 tickets" in capsys.readouterr().out


def test_parse_reads_standard_input(tmp_path: Path) -> None:
    line = {
        "id": "a1",
        "sent_at": "2026-11-18T09:00:00+08:00",
        "text": "天一小区14楼发现楼道堆物，请居委会和物业前往整治。",
    }
    result = subprocess.run(
        [sys.executable, "-m", "bot", "parse"],
        input=json.dumps(line, ensure_ascii=False) + "\n" + "{bad json\n",
        cwd=tmp_path,
        env=clean_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0
    [record] = [json.loads(x) for x in result.stdout.splitlines()]
    assert record["id"] == "a1"
    [report] = record["reports"]
    assert (report["category"], report["community"], report["building"]) == ("楼道堆物", "天一小区", "14")
    assert sorted(report["responsible"]) == ["居委会", "物业"]
    assert "line 2" in result.stderr


def test_run_without_the_demo_seeds_nothing(tmp_path: Path) -> None:
    port = free_port()
    bot = start_bot(tmp_path, "--no-demo", env=clean_env(XIUHUA_HTTP_PORT=str(port)))
    try:
        assert wait_for(lambda: get_json(f"http://127.0.0.1:{port}/healthz")[0] == 200, timeout=60)
        status, state = get_json(f"http://127.0.0.1:{port}/api/state")
        assert status == 200 and state["groups"] == [] and state["people"] == []
    finally:
        bot.terminate()
        bot.wait(timeout=30)
    with sqlite3.connect(tmp_path / "xiuhua-data" / "xiuhua.db") as db:
        assert db.execute("SELECT count(*) FROM counters WHERE name = 'demo_seeded'").fetchone()[0] == 0
