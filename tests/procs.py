"""Helpers for tests that run the real `xiuhua` program in a subprocess."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XIUHUA_") or k == "XIUHUA_CACHE_DIR"}
    env.update(extra)
    return env


class BotProcess(subprocess.Popen):
    """`xiuhua run` whose output is read as it comes (a full pipe would stall the bot) and kept."""

    def __init__(self, command: list[str], cwd: Path, env: dict[str, str]) -> None:
        super().__init__(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.stdout:
            self.lines.append(line)

    def output(self) -> str:
        """Everything the process printed (all of it once it has exited)."""
        if self.poll() is not None:
            self._reader.join(timeout=10)
        return "".join(self.lines)


def start_bot(cwd: Path, *args: str, env: dict[str, str] | None = None, at: datetime | None = None) -> BotProcess:
    """`xiuhua run` in `cwd`; with `at`, on a clock that starts at that moment (tests/pinned_bot.py)."""
    command = ["-m", "tests.pinned_bot", at.isoformat()] if at else ["-m", "bot", "run"]
    env = env or clean_env()
    if at:
        env = {**env, "PYTHONPATH": str(ROOT)}
    return BotProcess([sys.executable, *command, *args], cwd, env)


def get_json(url: str, timeout: float = 2.0) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def wait_for(predicate, timeout: float, interval: float = 0.1):
    """Polls until predicate() returns something truthy; returns it, or None on timeout."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = predicate()
        except OSError:
            value = None
        if value:
            return value
        time.sleep(interval)
    return None


@contextmanager
def tmpfs(folder: Path, options: str) -> Iterator[Path]:
    """A tmpfs mounted on `folder` with mount `options` (a small or read-only disk; root can mount one,
    and CI runs as root); the test is skipped, saying why, where it cannot be mounted."""
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs ({options}) here: {mounted.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
