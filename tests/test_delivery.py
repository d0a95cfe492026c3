"""Sending the outbox: a failed send is retried, given up after max_attempts and then reported in the
coordinators' digest; a platform that is down costs no tries."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

from bot.clock import SimulatedClock
from bot.config import Config, build
from bot.declarations import apply
from bot.delivery import Deliverer
from bot.dispatcher import Dispatcher
from bot.scheduler import Reminders
from bot.transports.base import Transport, TransportDown
from handlers.messages import Incoming
from handlers.parsing.build import parser_for
from handlers.settings import GroupConfig, MemberConfig
from storage.db import Database
from storage.models import Notice, Outbound

TZ = ZoneInfo("Asia/Shanghai")
T0 = datetime(2026, 11, 18, 9, 0, tzinfo=TZ)


class Flaky(Transport):
    platform = "test"

    def __init__(self, failures: int, error: Exception) -> None:
        self.failures = failures
        self.error = error
        self.sent: list[str] = []

    @property
    def connected(self) -> bool:
        return True

    async def start(self, receive) -> None:
        return None

    async def stop(self) -> None:
        return None

    async def send(self, row: Outbound) -> str | None:
        if self.failures:
            self.failures -= 1
            raise self.error
        self.sent.append(row.text)
        return f"sent-{row.id}"


@pytest.fixture
def config(tmp_path: Path, db_url: str) -> Config:
    return build({"bot": {"data_dir": str(tmp_path)}, "database": {"url": db_url}, "reminders": {"max_attempts": 3}})


@pytest.fixture
def reported(db: Database, config: Config) -> Database:
    groups = [
        GroupConfig(id="g1", topic="天一创全群", community="天一小区"),
        GroupConfig(id="g2", topic="协调群", coordinators=True),
    ]
    members = [
        MemberConfig(id="u1", name="倪卫峰", role="inspector"),
        MemberConfig(id="u3", name="王经理", role="物业"),
    ]
    db.run(lambda s: apply(s, "test", groups, members, [], T0))
    text = "14号楼楼道堆物，请物业3小时内清理"
    message = Incoming(
        platform="test", group_id="g1", sender_id="u1", sender_name="倪卫峰", message_id="m1", at=T0, text=text
    )
    Dispatcher(config, db, parser_for(config)).handle(message)
    return db


def _rows(db: Database) -> list[Outbound]:
    return db.run(lambda s: list(s.exec(select(Outbound).order_by(Outbound.id))))


async def test_a_failed_send_is_retried_and_then_delivered(reported: Database, config: Config) -> None:
    transport = Flaky(1, RuntimeError("send rejected"))
    deliverer = Deliverer(config, reported, transport, SimulatedClock(T0))
    assert await deliverer.deliver_once() == 0
    [row] = _rows(reported)
    assert (row.attempts, row.failed, row.sent_at, row.last_error) == (1, False, None, "send rejected")
    assert await deliverer.deliver_once() == 1
    [row] = _rows(reported)
    assert row.sent_at is not None and row.platform_message_id == f"sent-{row.id}"
    assert transport.sent == [row.text]


async def test_a_platform_that_is_down_costs_no_tries(reported: Database, config: Config) -> None:
    deliverer = Deliverer(config, reported, Flaky(5, TransportDown("no connection")), SimulatedClock(T0))
    for _ in range(5):
        assert await deliverer.deliver_once() == 0
    [row] = _rows(reported)
    assert (row.attempts, row.failed, row.sent_at) == (0, False, None)


async def test_a_notice_given_up_on_is_reported_in_the_coordinators_digest(reported: Database, config: Config) -> None:
    clock = SimulatedClock(T0)
    reminders = Reminders(config, reported, worker="t")
    transport = Flaky(100, RuntimeError("send rejected"))
    deliverer = Deliverer(config, reported, transport, clock)
    clock.set(T0 + timedelta(hours=1, minutes=1))
    reminders.sweep(clock.now())
    notice_rows = [r for r in _rows(reported) if r.notice_ids]
    assert len(notice_rows) == 1 and notice_rows[0].text.startswith("⏰ #1")
    for _ in range(6):  # in order: the reply's three tries, then the reminder's
        await deliverer.deliver_once()
    rows = _rows(reported)
    assert all(r.failed and r.attempts == 3 for r in rows)
    statuses = reported.run(lambda s: [n.status for n in s.exec(select(Notice).where(Notice.kind == "before"))])
    assert statuses == ["failed"]
    morning = datetime(2026, 11, 19, 8, 30, tzinfo=TZ)
    reminders.fire("digest", morning)
    reminders.sweep(morning)
    digests = {r.group_key: r.text for r in _rows(reported) if "日报" in r.text or "发送失败" in r.text}
    assert digests["g2"] == "另有1条提醒发送失败，请检查机器人连接。"
    assert "发送失败" not in digests["g1"]
