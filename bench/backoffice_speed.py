"""The back office with 100,000 tickets, on SQLite and PostgreSQL: list pages (first, deep in the list
by keyset, filtered, sorted by deadline, free text, a scoped 物业 account) and the API (list, one
ticket), each asked N times over HTTP on loopback; p50 and p99 per request are printed.

usage: python bench/backoffice_speed.py [--tickets N] [--requests N] [--pg URL]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import re
import statistics
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from aiohttp import ClientSession, CookieJar, web
from scratch_db import fresh_pg
from sqlalchemy import insert, text

from bot.backoffice import add_routes, credentials
from bot.backoffice.office import Office
from bot.clock import SimulatedClock
from bot.config import build
from bot.declarations import apply
from handlers.settings import GroupConfig, MemberConfig
from storage import accounts, directory
from storage.db import Database
from storage.migrate import upgrade
from storage.models import AccountKind, Ticket

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 18, 10, 0, tzinfo=TZ)
COMMUNITIES = [f"第{i}小区" for i in range(20)]
CATEGORIES = ["楼道堆物", "飞线充电", "垃圾堆放", "毁绿种菜", "占道经营", "机动车乱停放", "违法搭建", "设施损坏"]
PARTIES = [["物业"], ["居委会"], ["物业", "居委会"], ["城管"], ["保洁"]]
STATUSES = ["closed"] * 12 + ["open"] * 5 + ["submitted"] * 2 + ["cancelled"]
PASSWORD = "bench-password"
TOKEN = "bench-token"


def seed(db: Database, count: int) -> None:
    """`count` tickets over 180 days in 20 communities (a group each), and the bench's accounts."""
    rng = random.Random(7)

    def work(session) -> None:
        groups = [GroupConfig(id=f"g{i}", topic=f"{c}创全群", community=c) for i, c in enumerate(COMMUNITIES)]
        members = [MemberConfig(id="ni", name="倪卫峰", role="inspector", groups=[g.id for g in groups])]
        members += [MemberConfig(id=f"wy{i}", name=f"物业{i}", role="物业", groups=[f"g{i}"]) for i in range(20)]
        apply(session, "bench", groups, members, [], NOW)
        group_ids = [g.id for g in directory.groups(session, "bench")]
        reporter = directory.member_by_platform_id(session, "bench", "ni").id
        rows = []
        for i in range(count):
            created = NOW - timedelta(minutes=rng.randrange(180 * 24 * 60))
            deadline = created + timedelta(hours=rng.choice([4, 24, 48, 72]))
            status = rng.choice(STATUSES)
            closed = created + timedelta(hours=rng.randrange(1, 120)) if status == "closed" else None
            place = rng.randrange(20)
            rows.append(
                {
                    "number": i + 1,
                    "category": rng.choice(CATEGORIES),
                    "community": COMMUNITIES[place],
                    "building": str(rng.randrange(1, 40)),
                    "description": f"{rng.randrange(1, 40)}号楼 巡查发现问题 {i}",
                    "reporter_id": reporter,
                    "responsible": rng.choice(PARTIES),
                    "responsible_member_ids": [],
                    "deadline": deadline,
                    "status": status,
                    "rework_count": rng.choice([0, 0, 0, 1]),
                    "group_id": group_ids[place],
                    "created_at": created,
                    "updated_at": closed or created,
                    "closed_at": closed,
                }
            )
        rows.sort(key=lambda r: r["created_at"])
        for number, row in enumerate(rows, start=1):
            row["number"] = number
        for start in range(0, count, 5000):
            session.connection().execute(insert(Ticket.__table__), rows[start : start + 5000])
        session.execute(text("UPDATE counters SET value = :n WHERE name = 'ticket'"), {"n": count})
        secret = credentials.hash_password(PASSWORD)
        accounts.create(session, AccountKind.USER, "chen", "coordinator", secret, NOW)
        accounts.create(session, AccountKind.USER, "wy3", "物业", secret, NOW, [COMMUNITIES[3]])
        accounts.create(session, AccountKind.TOKEN, "script", "coordinator", credentials.token_hash(TOKEN), NOW)

    db.run(work)
    if db.dialect == "postgresql":
        with db.engine.connect() as connection:
            connection.execution_options(isolation_level="AUTOCOMMIT").execute(text("VACUUM ANALYZE"))


async def _login(session: ClientSession, base: str, name: str) -> None:
    page = await (await session.get(f"{base}/admin/login")).text()
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    response = await session.post(f"{base}/admin/login", data={"csrf": csrf, "name": name, "password": PASSWORD})
    assert 'id="who"' in await response.text(), f"{name} could not log in"


async def _timed(session: ClientSession, url: str, times: int, **kwargs) -> list[float]:
    spent = []
    for _ in range(times):
        started = time.perf_counter()
        response = await session.get(url, **kwargs)
        await response.read()
        spent.append((time.perf_counter() - started) * 1000)
        assert response.status == 200, (url, response.status)
    return spent


def _line(name: str, spent: list[float]) -> str:
    spent = sorted(spent)
    p99 = spent[min(len(spent) - 1, round(len(spent) * 0.99) - 1)]
    return f"  {name:<44} p50 {statistics.median(spent):7.1f} ms   p99 {p99:7.1f} ms"


async def _measure(office: Office, times: int) -> list[str]:
    app = web.Application()
    add_routes(app, office)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    lines = []
    try:
        people = [ClientSession(cookie_jar=CookieJar(unsafe=True)) for _ in range(2)]
        async with people[0] as chen, people[1] as wy3, ClientSession() as script:
            await _login(chen, base, "chen")
            await _login(wy3, base, "wy3")
            first = await (await chen.get(f"{base}/admin/")).text()
            deep = await (await chen.get(f"{base}/admin/", params={"sort": "number", "size": "100"})).text()
            near_end = re.search(r'href="/admin/\?([^"]+)" id="next"', deep).group(1).replace("&amp;", "&")
            assert "共" in first
            api = {"Authorization": f"Bearer {TOKEN}"}
            mine = {"community": COMMUNITIES[3], "status": "active", "limit": "100"}
            open_there = {"community": COMMUNITIES[3], "status": "open"}
            two = {"party": "居委会", "category": "飞线充电"}
            cases = [
                ("list, first page (newest)", chen, "/admin/", {}),
                ("list, page 2 by keyset (oldest first, 100)", chen, f"/admin/?{near_end}", {}),
                ("list, newest first, after #1,000 (deep)", chen, "/admin/", {"params": {"after": "1000:-"}}),
                ("list, 第3小区 + 待整改", chen, "/admin/", {"params": open_there}),
                ("list, overdue, by deadline", chen, "/admin/", {"params": {"overdue": "1", "sort": "deadline"}}),
                ("list, party 居委会 + category", chen, "/admin/", {"params": two}),
                ("list, free text", chen, "/admin/", {"params": {"q": "巡查发现问题 4242"}}),
                ("list, as a 物业 account (one community)", wy3, "/admin/", {}),
                ("API tickets, first 50", script, "/api/v1/tickets", {"headers": api}),
                ("API tickets, 第3小区 active, 100", script, "/api/v1/tickets", {"headers": api, "params": mine}),
                ("API one ticket", script, "/api/v1/tickets/4321", {"headers": api}),
            ]
            for name, session, path, kwargs in cases:
                await _timed(session, base + path, 2, **kwargs)
                lines.append(_line(name, await _timed(session, base + path, times, **kwargs)))
            lines.append(
                _line(
                    "dashboard, one month (all communities)",
                    await _timed(chen, f"{base}/admin/dashboard", max(3, times // 10)),
                )
            )
    finally:
        await runner.cleanup()
    return lines


def measure(url: str, data_dir: Path, count: int, times: int) -> list[str]:
    config = build({"bot": {"data_dir": str(data_dir)}, "database": {"url": url}})
    db = Database(url)
    upgrade(db.engine)
    started = time.perf_counter()
    seed(db, count)
    seeded = time.perf_counter() - started
    office = Office(config, db, SimulatedClock(NOW, TZ), submit=_refuse, categories=CATEGORIES)
    try:
        return [f"  (seeded in {seeded:.1f} s)", *asyncio.run(_measure(office, times))]
    finally:
        db.dispose()


async def _refuse(message) -> None:
    raise RuntimeError("the bench does not act on tickets")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--pg", default="postgresql+psycopg://postgres@127.0.0.1:5432/test")
    args = parser.parse_args()
    print(f"back office with {args.tickets} tickets, {args.requests} requests per case, one at a time")
    with tempfile.TemporaryDirectory() as tmp:
        print("sqlite")
        for line in measure(f"sqlite:///{tmp}/b.db", Path(tmp), args.tickets, args.requests):
            print(line)
        with fresh_pg(args.pg) as url:
            print("postgresql")
            for line in measure(url, Path(tmp), args.tickets, args.requests):
                print(line)


if __name__ == "__main__":
    main()
