"""End-to-end message handling rate (parse + ticket + reply in the outbox) against the bare driver.

10,000 report messages spread over 100 groups, handled by the real dispatcher twice: called once
per message (one transaction each), and submitted all at once to the inbox the running bot uses,
which gives the messages that queued up one transaction (group commit). Then exactly the rows the
first run wrote (inbound message, counter, ticket and its event, its planned notices, the reply in
the outbox) are read back and written into a fresh database with the bare driver (sqlite3 /
psycopg), one commit per message, with the bot's SQLite settings. Prints the three rates for
SQLite and PostgreSQL.

usage: python bench/conversation_speed.py [--messages N] [--pg URL]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sqlite3
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import psycopg
from psycopg.types.json import Json
from scratch_db import fresh_pg

from bot.config import build
from bot.declarations import apply
from bot.dispatcher import Dispatcher
from bot.inbox import Inbox
from handlers.messages import Incoming
from handlers.parsing.build import parser_for
from handlers.settings import GroupConfig, MemberConfig
from storage.db import Database, sqlite_pragmas
from storage.migrate import upgrade
from storage.models import InboundMessage, Notice, Outbound, Ticket, TicketEvent

TZ = ZoneInfo("Asia/Shanghai")
START = datetime(2026, 11, 16, 8, 0, tzinfo=TZ)
TEMPLATES = [
    "{n}号楼楼道堆物，请物业今天下班前清理",
    "{n}号楼{u}单元楼道里有电瓶车充电，请居委会、物业明天中午前整改",
    "{n}号楼前有私家车停在消防通道上，请物业马上处理",
    "{n}号楼北侧绿化带有人种菜，请居委劝导",
    "{n}号楼门口垃圾箱房满溢，请保洁今天清运",
]


def messages(count: int, groups: int) -> list[Incoming]:
    out = []
    for i in range(count):
        g = i % groups
        body = TEMPLATES[i % len(TEMPLATES)].format(n=i // groups % 300 + 1, u=i % 6 + 1)
        out.append(
            Incoming(
                platform="bench",
                group_id=f"g{g}",
                group_name=f"群{g}",
                sender_id=f"insp{g}",
                sender_name=f"巡查员{g}",
                message_id=f"m{i}",
                at=START + timedelta(seconds=i),
                text=body,
            )
        )
    return out


def seeded(url: str, groups: int) -> Database:
    """A migrated database with the groups (one community each), an inspector and a 物业 in each."""
    db = Database(url)
    upgrade(db.engine)
    group_configs = [GroupConfig(id=f"g{g}", topic=f"群{g}", community=f"小区{g}") for g in range(groups)]
    members = [
        MemberConfig(id=f"insp{g}", name=f"巡查员{g}", role="inspector", groups=[f"g{g}"]) for g in range(groups)
    ]
    members += [MemberConfig(id=f"wy{g}", name=f"物业{g}", role="物业", groups=[f"g{g}"]) for g in range(groups)]
    db.run(lambda s: apply(s, "bench", group_configs, members, [], START))
    return db


def handled_rate(url: str, data_dir: Path, batch: list[Incoming], groups: int, through_inbox: bool) -> float:
    """Messages per second through the dispatcher: called once per message (one transaction each),
    or submitted all at once to the inbox the running bot uses, which batches what queues up."""
    config = build({"bot": {"data_dir": str(data_dir), "log_level": "WARNING"}, "database": {"url": url}})
    db = seeded(url, groups)
    dispatcher = Dispatcher(config, db, parser_for(config))
    if through_inbox:
        elapsed = asyncio.run(_through_inbox(dispatcher, batch))
    else:
        started = time.perf_counter()
        for message in batch:
            dispatcher.handle(message)
        elapsed = time.perf_counter() - started
    db.dispose()
    return len(batch) / elapsed


async def _through_inbox(dispatcher: Dispatcher, batch: list[Incoming]) -> float:
    inbox = Inbox(dispatcher.handle_batch)
    worker = asyncio.create_task(inbox.run())
    started = time.perf_counter()
    await asyncio.gather(*(inbox.submit(message) for message in batch))
    elapsed = time.perf_counter() - started
    worker.cancel()
    return elapsed


WRITTEN = (InboundMessage, Ticket, TicketEvent, Notice, Outbound)
"""The tables a report writes to, in the order the handler writes them."""
WHEN = {"inbound_messages": "received_at", "tickets": "created_at", "ticket_events": "at", "outbound": "created_at"}
"""The column holding the time of the message that wrote a row (notices take their ticket's)."""
NEXT_NUMBER = "UPDATE counters SET value = value + 1 WHERE name = 'ticket'"


def written_rows(url: str) -> list[list[tuple[str, tuple]]]:
    """What the handled run wrote, read back as the driver returns it and grouped by message:
    for each message, (INSERT statement with {p} placeholders, values) in the handler's order."""
    by_message: dict[object, list[tuple[str, tuple]]] = {}
    db = Database(url)
    with db.engine.connect() as connection:
        cursor = connection.connection.driver_connection.cursor()
        for model in WRITTEN:
            table = model.__table__
            columns = [c.name for c in table.columns if c.name != "id"]
            insert = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join(['{p}'] * len(columns))})"
            listed = ", ".join(f"x.{c}" for c in columns)
            if table.name == "notices":
                joined = "notices x JOIN tickets t ON t.id = x.ticket_id"
                query = f"SELECT {listed}, t.created_at FROM {joined} ORDER BY x.id"
            else:
                query = f"SELECT {listed}, x.{WHEN[table.name]} FROM {table.name} x ORDER BY x.id"
            cursor.execute(query)
            for *values, when in cursor.fetchall():
                statements = by_message.setdefault(when, [])
                if table.name == "tickets":
                    statements.append((NEXT_NUMBER, ()))
                statements.append((insert, tuple(values)))
    db.dispose()
    return list(by_message.values())


def bare_rate(connection, placeholder: str, batch: list[list[tuple[str, tuple]]]) -> float:
    prepared = [[(sql.format(p=placeholder), values) for sql, values in message] for message in batch]
    cursor = connection.cursor()
    started = time.perf_counter()
    for message in prepared:
        for sql, values in message:
            cursor.execute(sql, values)
        connection.commit()
    return len(batch) / (time.perf_counter() - started)


def bare_sqlite(path: Path, batch: list[list[tuple[str, tuple]]], groups: int) -> float:
    """The same settings as the bot: its pragmas and a background checkpointer beside the writer."""
    db = seeded(f"sqlite:///{path}", groups)
    connection = sqlite3.connect(path)
    sqlite_pragmas(connection)
    rate = bare_rate(connection, "?", batch)
    connection.close()
    db.dispose()
    return rate


def bare_postgres(url: str, batch: list[list[tuple[str, tuple]]], groups: int) -> float:
    seeded(url, groups).dispose()
    adapted = [[(sql, tuple(_json(v) for v in values)) for sql, values in message] for message in batch]
    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as connection:
        return bare_rate(connection, "%s", adapted)


def _json(value: object) -> object:
    """psycopg hands JSON columns back as Python objects and needs them wrapped to send them again."""
    return Json(value) if isinstance(value, (list, dict)) else value


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--groups", type=int, default=100)
    parser.add_argument("--pg", default="postgresql+psycopg://postgres@127.0.0.1:5432/test")
    args = parser.parse_args()
    batch = messages(args.messages, args.groups)
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        single = handled_rate(f"sqlite:///{work / 'a.db'}", work, batch, args.groups, through_inbox=False)
        written = written_rows(f"sqlite:///{work / 'a.db'}")
        batched = handled_rate(f"sqlite:///{work / 'c.db'}", work, batch, args.groups, through_inbox=True)
        results["sqlite"] = (single, batched, bare_sqlite(work / "b.db", written, args.groups))
        single, batched, written = _postgres_runs(args.pg, work, batch, args.groups)
        with fresh_pg(args.pg) as url:
            results["postgresql"] = (single, batched, bare_postgres(url, written, args.groups))
    print(f"{args.messages} report messages over {args.groups} groups; the bare driver writes the same rows")
    for backend, (single, batched, bare) in results.items():
        print(f"{backend}")
        print(f"  one transaction per message    {single:8,.0f} msg/s   ratio to bare {single / bare:.2f}")
        print(f"  through the inbox (batched)    {batched:8,.0f} msg/s   ratio to bare {batched / bare:.2f}")
        print(f"  bare driver, commit per message{bare:8,.0f} msg/s")
    print(
        json.dumps({k: dict(zip(("single", "inbox", "bare"), map(round, v), strict=True)) for k, v in results.items()})
    )


def _postgres_runs(admin_url: str, work: Path, batch: list[Incoming], groups: int) -> tuple[float, float, list]:
    with fresh_pg(admin_url) as url:
        single = handled_rate(url, work, batch, groups, through_inbox=False)
        written = written_rows(url)
    with fresh_pg(admin_url) as url:
        batched = handled_rate(url, work, batch, groups, through_inbox=True)
    return single, batched, written


if __name__ == "__main__":
    main()
