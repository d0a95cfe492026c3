import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.procs import clean_env, free_port, get_json, start_bot, wait_for


@pytest.mark.parametrize("verb", [[], ["run"], ["parse"], ["replay"], ["db"], ["db", "upgrade"], ["export"]])
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
    assert (tmp_path / "xiuhua-data" / "xiuhua.db").stat().st_size > 0


def test_run_on_defaults_answers_and_stops_on_sigterm(tmp_path: Path) -> None:
    port = free_port()
    started = time.monotonic()
    bot = start_bot(tmp_path, env=clean_env(XIUHUA_HTTP_PORT=str(port)))
    try:
        answered = wait_for(lambda: get_json(f"http://127.0.0.1:{port}/healthz"), timeout=5)
        assert answered is not None, "no answer on /healthz within 5 s"
        status, body = answered
        assert status == 200 and body["status"] == "ok"
        assert body["parts"]["database"]["ok"] is True
        assert time.monotonic() - started < 5
        stopping = time.monotonic()
        bot.send_signal(signal.SIGTERM)
        assert bot.wait(timeout=5) == 0
        assert time.monotonic() - stopping < 5
    finally:
        if bot.poll() is None:
            bot.kill()
    output = bot.stdout.read()
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
