"""Cancelling stops a ticket's reminders for good; editing changes exactly the field named."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from sqlmodel import select

from storage.db import Database
from storage.models import Notice
from tests.harness import TZ, ChatBot

REPORT = "14号楼楼道堆物，请物业今天下午3点前清理"


def test_cancelled_ticket_is_never_reminded_again(chat: ChatBot) -> None:
    chat.say("倪卫峰", REPORT)
    [cancelled] = chat.say("陈主任", "撤销 #1 重复登记")
    assert cancelled.text == "#1 已撤销。"
    sent = chat.wait(timedelta(days=5))
    assert [s.text for s in sent if "#1" in s.text] == []
    statuses = chat.db.run(
        lambda s: sorted({n.status for n in s.exec(select(Notice).where(Notice.ticket_id.is_not(None)))})
    )
    assert statuses == ["cancelled"]


def test_without_cancelling_the_same_ticket_is_reminded(chat: ChatBot) -> None:
    """The control for the test above: the reminders it expects to stop do exist."""
    chat.say("倪卫峰", REPORT)
    sent = chat.wait(timedelta(days=5))
    assert any(s.text.startswith("⏰ #1") for s in sent) and any(s.text.startswith("⚠️ #1") for s in sent)


def test_edit_the_community(chat: ChatBot) -> None:
    chat.say("倪卫峰", REPORT)
    [edited] = chat.say("陈主任", "修改 #1 小区 华美小区")
    assert edited.text == "#1 已修改：小区 华美小区。"
    ticket = chat.ticket(1)
    assert (ticket.community, ticket.building, ticket.responsible) == ("华美小区", "14", ["物业"])
    [detail] = chat.say("陈主任", "#1", to_bot=True)
    assert "华美小区14号楼" in detail.text and "陈主任修改：小区 华美小区" in detail.text


def test_a_deadline_already_past_is_refused(chat: ChatBot) -> None:
    chat.say("倪卫峰", REPORT)
    before = chat.ticket(1).deadline
    [refused] = chat.say("陈主任", "修改 #1 期限 2026年11月1日17:00前")
    assert refused.text == "期限“2026年11月1日17:00前”已经过去了，请写一个还没到的时间，如“明天下班前”。"
    assert chat.ticket(1).deadline == before


def test_edit_the_deadline_moves_its_reminders(chat: ChatBot) -> None:
    chat.say("倪卫峰", REPORT)
    [edited] = chat.say("陈主任", "修改 #1 期限 明天下班前")
    assert edited.text == "#1 已修改：期限 11月19日 17:00。"
    sent = [s for s in chat.wait(timedelta(days=1, hours=9)) if "#1" in s.text]
    assert [(s.text.split(" ")[0], f"{s.at:%d %H:%M}") for s in sent] == [("⏰", "19 15:00"), ("⚠️", "19 17:00")]


def test_a_deadline_already_past_when_said_takes_the_default(db: Database, tmp_path: Path) -> None:
    late = ChatBot(db, tmp_path / "data", start=datetime(2026, 11, 18, 22, 43, tzinfo=TZ))
    [registered] = late.say("倪卫峰", "14号楼楼道堆物，请物业今天下班前清理")
    ticket = late.ticket(1)
    assert ticket.deadline is not None and ticket.deadline > late.clock.now()
    assert registered.text.endswith("#1 所写期限已经过了，已按默认期限登记；如需更改请说“修改 #1 期限 明天下班前”。")
    [on_time] = late.say("倪卫峰", "15号楼楼道堆物，请物业明天下班前清理")
    assert "默认期限" not in on_time.text
    [both] = late.say("倪卫峰", "1、16号楼楼道堆物，明天下班前清理；2、17号楼飞线充电，今天下班前处理。请物业整改")
    assert (
        both.text.splitlines()[-1] == "#4 所写期限已经过了，已按默认期限登记；如需更改请说“修改 #4 期限 明天下班前”。"
    )
    assert late.ticket(3).deadline == datetime(2026, 11, 19, 17, 0, tzinfo=TZ)
    assert late.ticket(2).deadline == datetime(2026, 11, 19, 17, 0, tzinfo=TZ)


def test_a_cancel_reason_keeps_another_ticket_it_names(chat: ChatBot) -> None:
    chat.say("倪卫峰", REPORT)
    chat.say("倪卫峰", "15号楼楼道堆物，请物业明天下班前整改")
    chat.say("陈主任", "撤销 #2 重复，同#1")
    [detail] = chat.say("陈主任", "#2", to_bot=True)
    assert "重复，同#1" in detail.text
    assert chat.ticket(1).status == "open" and chat.ticket(2).status == "cancelled"
