"""How long `xiuhua run` takes to answer /healthz, on a fresh data folder (the first start: schema,
demo, jieba's dictionary cache built) and on a warm one (every later start). Starts the real process
several times and prints the time to the first answer (503 "starting") and to 200 (ready).

usage: python bench/startup_speed.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from real_path import free_port


def start_once(folder: Path) -> tuple[float, float]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("XIUHUA_")} | {"XIUHUA_HTTP_PORT": str(port)}
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "run"], cwd=folder, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    first = None
    try:
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1):
                    return (first or time.perf_counter()) - started, time.perf_counter() - started
            except urllib.error.HTTPError:
                first = first or time.perf_counter()
            except OSError:
                pass
            time.sleep(0.02)
    finally:
        process.terminate()
        process.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    fresh, warm = [], []
    for _ in range(args.runs):
        folder = Path(tempfile.mkdtemp(prefix="xiuhua-start-"))
        try:
            fresh.append(start_once(folder))
            warm.append(start_once(folder))
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    for label, times in (("fresh data folder", fresh), ("warm data folder", warm)):
        answers = statistics.median(t for t, _ in times)
        ready = statistics.median(r for _, r in times)
        worst = max(r for _, r in times)
        print(f"{label:18s} first answer {answers:4.2f} s   ready (200) median {ready:4.2f} s, worst {worst:4.2f} s")


if __name__ == "__main__":
    main()
