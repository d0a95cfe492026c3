"""One reminder sweep with 100,000 open tickets and 1,000 notices due, on SQLite and PostgreSQL.

The sweep finds the due notices, claims them, renders them (merged per group) and hands them to
the outbox in one transaction; then a transport that discards delivers what the sweep queued.

usage: python bench/sweep_speed.py [--tickets N] [--due N] [--pg URL]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from scratch_db import fresh_pg
from sqlalchemy import insert, text
from sqlmodel import select

from bot.clock import SimulatedClock
from bot.config import build
from bot.declarations import apply
from bot.delivery import Deliverer
from bot.scheduler import Reminders
from bot.transports.base import Transport
from handlers.settings import GroupConfig, MemberConfig
from storage import notices
from storage.db import Database
from storage.migrate import upgrade
from storage.models import ChatGroup, Ticket

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 18, 10, 0, tzinfo=TZ)
GROUPS = 100


class Discard(Transport):
    platform = "bench"

    @property
    def connected(self) -> bool:
        return True

    async def start(self, receive) -> None:
        return None

    async def stop(self) -> None:
        return None

    async def send(self, row) -> str | None:
        return f"x{row.id}"


def seed(db: Database, count: int, due: int) -> None:
    def work(session):
        groups = [GroupConfig(id=f"g{g}", topic=f"群{g}", community=f"小区{g}") for g in range(GROUPS)]
        members = [MemberConfig(id=f"wy{g}", name=f"物业{g}", role="物业", groups=[f"g{g}"]) for g in range(GROUPS)]
        apply(session, "bench", groups, members, [], NOW)
        group_ids = list(session.exec(select(ChatGroup.id).order_by(ChatGroup.id)))
        rows = [
            {
                "number": i + 1,
                "category": "楼道堆物",
                "community": "小区",
                "building": str(i % 300),
                "description": "堆物",
                "responsible": ["物业"],
                "responsible_member_ids": [],
                "deadline": NOW + timedelta(days=1 + i % 30),
                "status": "open",
                "rework_count": 0,
                "group_id": group_ids[i % GROUPS],
                "created_at": NOW,
                "updated_at": NOW,
            }
            for i in range(count)
        ]
        for start in range(0, count, 5000):
            session.connection().execute(insert(Ticket.__table__), rows[start : start + 5000])
        session.execute(text("UPDATE counters SET value = :n WHERE name = 'ticket'"), {"n": count})
        ids = [i for (i,) in session.execute(text("SELECT id FROM tickets ORDER BY id LIMIT :n"), {"n": due})]
        notices.plan(
            session,
            [
                {
                    "kind": "before",
                    "due_at": NOW - timedelta(seconds=k),
                    "ticket_id": ticket_id,
                    "group_id": group_ids[k % GROUPS],
                }
                for k, ticket_id in enumerate(ids)
            ],
        )

    db.run(work)


def measure(url: str, data_dir: Path, count: int, due: int) -> tuple[float, float, int]:
    config = build({"bot": {"data_dir": str(data_dir)}, "database": {"url": url}})
    db = Database(url)
    upgrade(db.engine)
    seed(db, count, due)
    reminders = Reminders(config, db, worker="bench")
    started = time.perf_counter()
    messages = reminders.sweep(NOW)
    sweep_ms = (time.perf_counter() - started) * 1000
    deliverer = Deliverer(config, db, Discard(), SimulatedClock(NOW))

    async def deliver() -> None:
        while await deliverer.deliver_once():
            pass

    started = time.perf_counter()
    asyncio.run(deliver())
    deliver_ms = (time.perf_counter() - started) * 1000
    db.dispose()
    return sweep_ms, deliver_ms, messages


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--due", type=int, default=1_000)
    parser.add_argument("--pg", default="postgresql+psycopg://postgres@127.0.0.1:5432/test")
    args = parser.parse_args()
    print(f"{args.tickets} open tickets, {args.due} notices due, {GROUPS} groups")
    with tempfile.TemporaryDirectory() as tmp:
        sweep, deliver, messages = measure(f"sqlite:///{tmp}/s.db", Path(tmp), args.tickets, args.due)
        print(
            f"sqlite      sweep {sweep:7.1f} ms ({messages} merged messages)   delivery to a discarding "
            f"transport {deliver:7.1f} ms   (target: sweep < 100 ms)"
        )
        with fresh_pg(args.pg) as url:
            sweep, deliver, messages = measure(url, Path(tmp), args.tickets, args.due)
        print(
            f"postgresql  sweep {sweep:7.1f} ms ({messages} merged messages)   delivery to a discarding "
            f"transport {deliver:7.1f} ms   (target: sweep < 100 ms)"
        )


if __name__ == "__main__":
    main()
