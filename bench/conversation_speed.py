"""End-to-end message handling rate (parse + ticket + reply in the outbox) against the bare driver.

10,000 report messages spread over 100 groups, each handled in its own transaction through the
real dispatcher; then the same rows (inbound message, counter, ticket and its event,
the reply in the outbox, the ticket's four planned notices) written with the bare driver
(sqlite3 / psycopg), one commit per message. Prints both rates for SQLite and PostgreSQL.

usage: python bench/conversation_speed.py [--messages N] [--pg URL]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import psycopg
from scratch_db import fresh_pg

from bot.config import GroupConfig, MemberConfig, build
from bot.declarations import apply
from bot.dispatcher import Dispatcher
from bot.messages import Incoming
from bot.parsing.build import parser_for
from storage.db import AUTOCHECKPOINT_PAGES, Database
from storage.migrate import upgrade

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


def prepare(url: str, data_dir: Path, groups: int) -> tuple[Database, Dispatcher]:
    config = build({"bot": {"data_dir": str(data_dir), "log_level": "WARNING"}, "database": {"url": url}})
    db = Database(url)
    upgrade(db.engine)
    group_configs = [GroupConfig(id=f"g{g}", topic=f"群{g}", community=f"小区{g}") for g in range(groups)]
    members = [
        MemberConfig(id=f"insp{g}", name=f"巡查员{g}", role="inspector", groups=[f"g{g}"]) for g in range(groups)
    ]
    members += [MemberConfig(id=f"wy{g}", name=f"物业{g}", role="物业", groups=[f"g{g}"]) for g in range(groups)]
    db.run(lambda s: apply(s, "bench", group_configs, members, [], START))
    return db, Dispatcher(config, db, parser_for(config))


def handled_rate(url: str, data_dir: Path, batch: list[Incoming], groups: int) -> float:
    db, dispatcher = prepare(url, data_dir, groups)
    started = time.perf_counter()
    for message in batch:
        dispatcher.handle(message)
    rate = len(batch) / (time.perf_counter() - started)
    db.dispose()
    return rate


ROWS = [
    (
        "INSERT INTO inbound_messages (platform, platform_message_id, group_key, sender_key, text_hash, received_at) "
        "VALUES ({p}, {p}, {p}, {p}, {p}, {p})",
        lambda i, now: ("bench", f"m{i}", "g", "s", "h" * 64, now),
    ),
    ("UPDATE counters SET value = value + 1 WHERE name = 'ticket'", lambda i, now: ()),
    (
        "INSERT INTO tickets (number, category, community, building, description, responsible, "
        "responsible_member_ids, deadline, status, rework_count, group_id, source_message_id, created_at, updated_at) "
        "VALUES ({p}, {p}, {p}, {p}, {p}, {p}, {p}, {p}, {p}, 0, 1, {p}, {p}, {p})",
        lambda i, now: (
            i + 1,
            "楼道堆物",
            "小区",
            "3",
            "3号楼楼道堆物",
            '["物业"]',
            "[1]",
            now,
            "open",
            f"m{i}",
            now,
            now,
        ),
    ),
    (
        "INSERT INTO ticket_events (ticket_id, at, kind, note, to_status) VALUES ({p}, {p}, 'created', '', 'open')",
        lambda i, now: (i + 1, now),
    ),
    (
        "INSERT INTO outbound (platform, group_key, text, mentions, ticket_ids, notice_ids, created_at, attempts, "
        "failed, last_error) VALUES ({p}, {p}, {p}, {p}, {p}, '[]', {p}, 0, false, '')",
        lambda i, now: ("bench", "g", "已登记1件：#1 楼道堆物", '["wy"]', f"[{i + 1}]", now),
    ),
    *[
        (
            "INSERT INTO notices (dedup_key, kind, group_id, ticket_id, due_at, status, attempts, late, payload) "
            "VALUES ({p}, {p}, 1, {p}, {p}, 'pending', 0, false, '{{}}')",
            lambda i, now, kind=kind: (f"{kind}:1:{i + 1}:{i}", kind, i + 1, now),
        )
        for kind in ("before", "due")
    ],
]


def bare_rate(connection, placeholder: str, count: int) -> float:
    statements = [(sql.format(p=placeholder), values) for sql, values in ROWS]
    cursor = connection.cursor()
    started = time.perf_counter()
    for i in range(count):
        now = (START + timedelta(seconds=i)).isoformat()
        for sql, values in statements:
            cursor.execute(sql, values(i, now))
        connection.commit()
    return count / (time.perf_counter() - started)


def bare_sqlite(path: Path, count: int) -> float:
    db = Database(f"sqlite:///{path}")
    upgrade(db.engine)
    db.run(lambda s: apply(s, "bench", [GroupConfig(id="g", topic="g")], [], [], START))
    db.dispose()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.execute(f"PRAGMA wal_autocheckpoint={AUTOCHECKPOINT_PAGES}")  # the same settings as the bot
    rate = bare_rate(connection, "?", count)
    connection.close()
    return rate


def bare_postgres(url: str, count: int) -> float:
    db = Database(url)
    upgrade(db.engine)
    db.run(lambda s: apply(s, "bench", [GroupConfig(id="g", topic="g")], [], [], START))
    db.dispose()
    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as connection:
        return bare_rate(connection, "%s", count)


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
        results["sqlite"] = (
            handled_rate(f"sqlite:///{work / 'a.db'}", work, batch, args.groups),
            bare_sqlite(work / "b.db", args.messages),
        )
        for label in ("handled", "bare"):
            url, drop = fresh_pg(args.pg)
            try:
                if label == "handled":
                    handled = handled_rate(url, work, batch, args.groups)
                else:
                    bare = bare_postgres(url, args.messages)
            finally:
                drop()
        results["postgresql"] = (handled, bare)
    print(f"messages: {args.messages} reports over {args.groups} groups, one transaction each")
    for backend, (handled, bare) in results.items():
        print(
            f"{backend:11} handled {handled:8,.0f} msg/s   bare driver {bare:8,.0f} msg/s   ratio {handled / bare:.2f}"
        )
    print(json.dumps({k: {"handled": round(v[0]), "bare": round(v[1])} for k, v in results.items()}))


if __name__ == "__main__":
    main()
