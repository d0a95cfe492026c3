import io
import json
import os
import subprocess
import sys
from pathlib import Path

from bot import parse_command
from handlers.parsing.segmenter import CACHE_FILE
from tests.parsing_fixtures import shared_parser


def test_bad_lines_are_reported_by_number_and_skipped() -> None:
    lines = [
        '{"id": "a", "sent_at": "2026-11-18T09:00:00+08:00", "text": "天一小区5号楼楼道堆物，请物业处理"}\n',
        "not json\n",
        '{"id": "b", "text": "no time"}\n',
        '{"id": "c", "sent_at": "2026-11-18T09:00:00", "text": "naive time"}\n',
        "\n",
        '{"id": "d", "sent_at": "2026-11-18T09:00:00+08:00", "text": "收到"}\n',
    ]
    out, err = io.StringIO(), io.StringIO()
    assert parse_command.run(shared_parser(), lines, out, err) == 3
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in records] == ["a", "d"]
    assert records[0]["reports"][0]["category"] == "楼道堆物"
    assert records[1]["reports"] == []
    errors = err.getvalue().splitlines()
    assert [e.split(":")[1].strip() for e in errors] == ["line 2", "line 3", "line 4"]
    assert "sent_at" in errors[1] and "time zone" in errors[2]


def test_cli_reads_a_file_and_applies_config(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        '{"id": "x", "sent_at": "2026-11-18T09:00:00+08:00", "text": "星河湾3号楼楼道堆物，请物业今天处理"}\n',
        encoding="utf-8",
    )
    config = tmp_path / "c.toml"
    config.write_text(f'communities = ["星河湾"]\n[bot]\ndata_dir = "{tmp_path}"\n', encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "bot", "parse", str(source), "--config", str(config)],
        env={k: v for k, v in os.environ.items() if not k.startswith("XIUHUA_")},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    report = record["reports"][0]
    assert (report["community"], report["building"], report["deadline"]) == (
        "星河湾",
        "3",
        "2026-11-18T23:59:00+08:00",
    )
    assert (tmp_path / "cache" / CACHE_FILE).exists()
