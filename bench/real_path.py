"""The path a user's message really takes: into the running bot (`xiuhua run`, a separate process)
through its transport, handled, and the reply delivered back — against the bare driver writing the
same rows, measured in the same run.

- web chat: 16 clients POST report messages to /api/messages at once (each waits for its answer
  before sending the next); a WebSocket watches the bot's lines as every open page would.
- WeChat: the real wechaty client inside the bot, against the test puppet server (tests/fake_puppet.py),
  which pushes the messages as events; replies are counted as the puppet receives them.

Printed per backend (SQLite, PostgreSQL): accepted/s (POSTs answered 200), answered/s (until the
reply was delivered), POST latency p50/p99 and message-to-reply latency p50/p99; then the bare driver's
rate for the same rows (bench/conversation_speed.py's), one commit per message.

usage: python bench/real_path.py [--messages N] [--clients 16] [--pg URL] [--skip-wechat]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import aiohttp
from conversation_speed import bare_postgres, bare_sqlite, handled_rate, messages, written_rows
from scratch_db import fresh_pg

ROOT = Path(__file__).resolve().parents[1]
ROOMS = 20
BUILDING = re.compile(r"(\d+)号楼")


def texts(count: int) -> list[str]:
    """One report per building, each text different (the same text twice within a minute would be
    taken for a redelivery and handled once)."""
    return [f"{n}号楼楼道堆物，请物业今天下班前清理" for n in range(1, count + 1)]


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_ready(url: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.1)
    raise SystemExit(f"the bot at {url} never became ready")


@contextmanager
def running_bot(folder: Path, config: str, env: dict[str, str]):
    (folder / "c.toml").write_text(config, encoding="utf-8")
    port = free_port()
    environment = {k: v for k, v in os.environ.items() if not k.startswith("XIUHUA_")} | env
    environment["XIUHUA_HTTP_PORT"] = str(port)
    log = (folder / "bot.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "run", "--config", "c.toml"], cwd=folder, env=environment, stdout=log, stderr=log
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_ready(url)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=60)
        log.close()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(int(len(ordered) * share), len(ordered) - 1)]


def report(
    label: str, count: int, first: float, accepted: list[float], replied: dict[str, float], posts: dict, http: bool
) -> dict:
    latencies = [replied[m] - posts[m][0] for m in posts if m in replied]
    post_times = [end - start for start, end in posts.values()] if http else []
    result = {
        "accepted_per_s": count / (max(accepted) - first),
        "answered_per_s": len(replied) / (max(replied.values()) - first),
        "answered": len(replied),
        "post_p50_ms": statistics.median(post_times) * 1000 if post_times else None,
        "post_p99_ms": percentile(post_times, 0.99) * 1000 if post_times else None,
        "reply_p50_ms": statistics.median(latencies) * 1000,
        "reply_p99_ms": percentile(latencies, 0.99) * 1000,
    }
    print(
        f"  {label:34s} accepted {result['accepted_per_s']:7,.0f}/s  answered {result['answered_per_s']:7,.0f}/s",
        end="",
    )
    if result["post_p50_ms"] is not None:
        print(f"  POST p50 {result['post_p50_ms']:5.0f} ms p99 {result['post_p99_ms']:5.0f} ms", end="")
    print(f"  reply p50 {result['reply_p50_ms']:5.0f} ms p99 {result['reply_p99_ms']:5.0f} ms")
    return result


async def web_chat(url: str, count: int, clients: int) -> dict:
    posts: dict[str, tuple[float, float]] = {}
    replied: dict[str, float] = {}
    accepted: list[float] = []
    async with aiohttp.ClientSession() as session:
        socket = await session.ws_connect(f"{url}/ws")

        async def watch() -> None:
            async for frame in socket:
                event = json.loads(frame.data)
                if event.get("type") == "line" and event["line"]["bot"] and event["line"]["quote"]:
                    replied.setdefault(event["line"]["quote"], time.perf_counter())

        watcher = asyncio.create_task(watch())

        async def client(share: list[str]) -> None:
            for text in share:
                started = time.perf_counter()
                body = {"group": "tianyi", "from": "niweifeng", "text": text}
                async with session.post(f"{url}/api/messages", json=body) as response:
                    answer = await response.json()
                ended = time.perf_counter()
                if response.status == 200:
                    posts[answer["message_id"]] = (started, ended)
                    accepted.append(ended)

        first = time.perf_counter()
        said = texts(count)
        await asyncio.gather(*(client(said[i::clients]) for i in range(clients)))
        deadline = time.perf_counter() + 120
        while len(replied.keys() & posts.keys()) < len(posts) and time.perf_counter() < deadline:
            await asyncio.sleep(0.05)
        watcher.cancel()
        await socket.close()
    return report(
        "web chat, 16 clients over HTTP",
        count,
        first,
        accepted,
        {m: replied[m] for m in posts if m in replied},
        posts,
        True,
    )


WECHAT = """
[chat]
transport = "wechaty"
[wechaty]
endpoint = "127.0.0.1:{port}"
token = "bench-token"
tls = false
min_interval_seconds = 0
heartbeat_timeout_seconds = 30
[[members]]
id = "wx_ni"
name = "倪卫峰"
role = "inspector"
"""


async def wechat(folder: Path, count: int, env: dict[str, str]) -> dict:
    grpc, control = free_port(), free_port()
    puppet = subprocess.Popen(
        [sys.executable, "-m", "tests.fake_puppet", "--grpc", str(grpc), "--control", str(control), "--heartbeat", "1"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert puppet.stdout.readline().strip() == "ready"
    rooms = "".join(f'[[groups]]\nid = "room{r}@chatroom"\ncommunity = "小区{r}"\n' for r in range(ROOMS))
    try:
        with running_bot(folder, WECHAT.format(port=grpc) + rooms, env):
            async with aiohttp.ClientSession() as session:
                base = f"http://127.0.0.1:{control}"
                while not (await (await session.get(f"{base}/sent")).json())["streams"]:
                    await asyncio.sleep(0.2)
                said: dict[str, float] = {}
                first = time.perf_counter()
                for n, text in enumerate(texts(count), start=1):
                    room = f"room{n % ROOMS}@chatroom"
                    body = {
                        "id": f"b{n}",
                        "from": "wx_ni",
                        "text": text,
                        "room": room,
                        "topic": room,
                        "contacts": {"wx_ni": "倪卫峰"},
                    }
                    said[f"b{n}"] = time.perf_counter()
                    await session.post(f"{base}/message", json=body)
                replied: dict[str, float] = {}
                deadline = time.perf_counter() + 300
                while len(replied) < count and time.perf_counter() < deadline:
                    sent = (await (await session.get(f"{base}/sent")).json())["sent"]
                    now = time.perf_counter()
                    for item in sent:
                        found = BUILDING.search(item.get("text", "")) if item.get("kind") == "text" else None
                        if found:
                            replied.setdefault(f"b{found.group(1)}", now)
                    await asyncio.sleep(0.05)
        posts = {m: (t, t) for m, t in said.items()}
        return report("WeChat through the puppet service", count, first, list(said.values()), replied, posts, False)
    finally:
        puppet.kill()
        puppet.wait()


def backend_run(label: str, env: dict[str, str], count: int, clients: int, with_wechat: bool) -> dict:
    print(label)
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        results["web_chat"] = asyncio.run(_web(Path(tmp), env, count, clients))
    if with_wechat:
        with tempfile.TemporaryDirectory() as tmp:
            results["wechat"] = asyncio.run(wechat(Path(tmp), min(count, 1000), env))
    return results


async def _web(folder: Path, env: dict[str, str], count: int, clients: int) -> dict:
    with running_bot(folder, "", env) as url:
        return await web_chat(url, count, clients)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--pg", default="postgresql+psycopg://postgres@127.0.0.1:5432/test")
    parser.add_argument("--skip-wechat", action="store_true")
    args = parser.parse_args()
    cache = Path(tempfile.mkdtemp(prefix="xiuhua-bench-cache-"))
    base = {"XIUHUA_CACHE_DIR": str(cache), "XIUHUA_LOG_LEVEL": "WARNING"}
    results = {"sqlite": backend_run("SQLite", base, args.messages, args.clients, not args.skip_wechat)}
    with fresh_pg(args.pg) as url:
        pg = base | {"XIUHUA_DATABASE_URL": url}
        results["postgresql"] = backend_run("PostgreSQL", pg, args.messages, args.clients, not args.skip_wechat)
    batch = messages(args.messages, 100)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        handled_rate(f"sqlite:///{work / 'a.db'}", work, batch, 100, through_inbox=False)
        rows = written_rows(f"sqlite:///{work / 'a.db'}")
        results["sqlite"]["bare"] = bare_sqlite(work / "b.db", rows, 100)
        with fresh_pg(args.pg) as url:
            handled_rate(url, work, batch, 100, through_inbox=False)
            rows = written_rows(url)
        with fresh_pg(args.pg) as url:
            results["postgresql"]["bare"] = bare_postgres(url, rows, 100)
    for backend in ("sqlite", "postgresql"):
        bare = results[backend]["bare"]
        web = results[backend]["web_chat"]["answered_per_s"]
        ratio = web / bare
        print(f"{backend}: bare driver, same rows, commit per message {bare:,.0f}/s; answered/bare {ratio:.2f}")
    print(json.dumps(results, default=lambda v: round(v, 1)))


if __name__ == "__main__":
    main()
