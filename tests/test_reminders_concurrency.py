"""Two scheduler processes on one PostgreSQL database send every notice exactly once."""

import threading
from collections import Counter
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import select

from bot.config import build
from bot.declarations import apply
from bot.scheduler import Reminders
from handlers.settings import GroupConfig, MemberConfig
from storage import lifecycle, notices
from storage.db import Database
from storage.migrate import upgrade
from storage.models import ChatGroup, Notice, Outbound

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 18, 10, 0, tzinfo=TZ)


def _seed(db: Database, groups: int, per_group: int) -> int:
    def work(session):
        apply(
            session,
            "chat",
            [GroupConfig(id=f"g{i}", topic=f"群{i}") for i in range(groups)],
            [MemberConfig(id="wy", name="王经理", role="物业")],
            [],
            NOW,
        )
        rows = []
        for group in session.exec(select(ChatGroup)):
            for n in range(per_group):
                ticket = lifecycle.open_ticket(
                    session,
                    {
                        "category": "楼道堆物",
                        "group_id": group.id,
                        "building": str(n),
                        "responsible": ["物业"],
                        "deadline": NOW,
                    },
                    NOW - timedelta(days=1),
                )
                rows.append(
                    {"kind": "due", "due_at": NOW - timedelta(seconds=n), "ticket_id": ticket.id, "group_id": group.id}
                )
        notices.plan(session, rows)
        return len(rows)

    return db.run(work)


def test_two_schedulers_send_each_notice_once(pg_url: str, tmp_path) -> None:
    config = build({"database": {"url": pg_url}, "bot": {"data_dir": str(tmp_path)}})
    seeding = Database(pg_url)
    upgrade(seeding.engine)
    total = _seed(seeding, groups=10, per_group=30)
    workers = []
    for name in ("a", "b"):
        reminders = Reminders(config, Database(pg_url), worker=name)
        reminders.batch = 7
        workers.append(reminders)
    sent = Counter()
    start = threading.Barrier(len(workers))

    def drain(reminders: Reminders) -> None:
        start.wait()  # both race from the same moment: on a loaded machine one thread could otherwise drain it all
        while reminders.sweep(NOW):
            sent[reminders.worker] += 1

    threads = [threading.Thread(target=drain, args=(w,)) for w in workers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    def outcome(session):
        handed = Counter(i for row in session.exec(select(Outbound)) for i in row.notice_ids)
        claimed = Counter(n.claimed_by for n in session.exec(select(Notice)))
        statuses = Counter((n.kind, n.status) for n in session.exec(select(Notice)))
        return handed, claimed, statuses

    handed, claimed, statuses = seeding.run(outcome)
    assert len(handed) == total and set(handed.values()) == {1}
    assert statuses == {("due", "sent"): total, ("escalate1", "pending"): total}  # each sent notice plans the next
    assert claimed["a"] > 0 and claimed["b"] > 0, "both schedulers took part"
    assert sent["a"] + sent["b"] >= total // 7
