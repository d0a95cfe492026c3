"""Deadlines counted on the working calendar: 「N个工作日内」 in a message and a category's default."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from handlers.parsing.deadlines import find
from tests.harness import ChatBot

TZ = ZoneInfo("Asia/Shanghai")


def test_working_days_in_a_message_skip_the_weekend() -> None:
    friday = datetime(2026, 11, 20, 10, 0, tzinfo=TZ)
    [phrase] = find("请城管3个工作日内拆除", friday)
    assert phrase.moment == datetime(2026, 11, 25, 23, 59, tzinfo=TZ)
    [plain] = find("3天内", friday)
    assert plain.moment == datetime(2026, 11, 23, 23, 59, tzinfo=TZ)


def test_a_category_s_default_counted_in_working_days(chat: ChatBot) -> None:
    """违法搭建 gets 15 working days by default: from Wednesday 18 November, Wednesday 9 December at 17:30."""
    [answer] = chat.say("倪卫峰", "7号楼顶楼有人违章搭建彩钢板房")
    ticket = chat.ticket(1)
    assert ticket.category == "违法搭建"
    assert ticket.deadline == datetime(2026, 12, 9, 17, 30, tzinfo=TZ)
    assert "期限：12月9日 17:30" in answer.text


def test_a_category_s_default_counted_in_working_hours(chat: ChatBot) -> None:
    """暴露垃圾 gets 4 working hours: said at 16:00 on a Friday, due at 11:00 on Monday (work 08:30–17:30)."""
    chat.wait(datetime(2026, 11, 20, 15, 59, tzinfo=TZ) - chat.clock.now())
    chat.say("倪卫峰", "5号楼门口垃圾箱房满溢")
    assert chat.ticket(1).deadline == datetime(2026, 11, 23, 11, 0, tzinfo=TZ)
