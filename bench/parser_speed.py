"""Parser throughput against bare jieba.lcut, p99 latency, over the dev texts repeated to ≥ 20,000 messages.

usage: python bench/parser_speed.py [DEV.jsonl]   (default: ../shared/eval/dev.jsonl)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

import jieba

from bot.config import build
from handlers.parsing.build import parser_for

TARGET = 20_000


def load(path: Path) -> list[tuple[str, datetime]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(row["text"], datetime.fromisoformat(row["sent_at"])) for row in rows]


def main() -> None:
    default = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev.jsonl"
    messages = load(Path(sys.argv[1]) if len(sys.argv) > 1 else default)
    repeated = (messages * (TARGET // len(messages) + 1))[:TARGET]
    parser = parser_for(build({}))
    jieba.setLogLevel(60)
    jieba.initialize()
    for text, sent in messages:
        parser.parse(text, sent)
        jieba.lcut(text)

    start = time.perf_counter()
    for text, _ in repeated:
        jieba.lcut(text)
    lcut_rate = len(repeated) / (time.perf_counter() - start)

    latencies = []
    start = time.perf_counter()
    for text, sent in repeated:
        t0 = time.perf_counter()
        parser.parse(text, sent)
        latencies.append(time.perf_counter() - t0)
    parse_rate = len(repeated) / (time.perf_counter() - start)
    latencies.sort()
    p50 = latencies[len(latencies) // 2] * 1000
    p99 = latencies[int(len(latencies) * 0.99)] * 1000

    print(f"messages            {len(repeated)}")
    print(f"jieba.lcut          {lcut_rate:,.0f} msg/s")
    print(f"parse               {parse_rate:,.0f} msg/s")
    print(f"ratio parse/lcut    {parse_rate / lcut_rate:.2f}  (target >= 0.50)")
    print(f"parse p50 latency   {p50:.3f} ms")
    print(f"parse p99 latency   {p99:.3f} ms  (target < 2 ms)")
    print(
        f"cold start          {cold_start(messages[0]):.2f} s  (process start to first parsed message, "
        "warm jieba cache; target < 1.5 s)"
    )


def cold_start(message: tuple[str, datetime]) -> float:
    """Wall time of `xiuhua parse` from spawning the process to its first output line (best of 3)."""
    line = json.dumps({"id": "x", "sent_at": message[1].isoformat(), "text": message[0]}, ensure_ascii=False)
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "XIUHUA_DATA_DIR": data}
        command = [sys.executable, "-m", "bot", "parse"]
        subprocess.run(command, input=line, capture_output=True, text=True, env=env, check=True)  # builds the cache
        timings = []
        for _ in range(3):
            started = time.perf_counter()
            process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
            process.stdin.write(line + "\n")
            process.stdin.flush()
            process.stdout.readline()
            timings.append(time.perf_counter() - started)
            process.stdin.close()
            process.wait()
        return min(timings)


if __name__ == "__main__":
    main()
