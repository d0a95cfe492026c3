"""A notice that cannot be rendered (a chart without a font, a bug) is tried again and, after the
last try, reported in the coordinators' digest — never silently dropped."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from handlers import routing
from handlers.reminders import render
from handlers.reports import chart
from storage.models import Notice, NoticeKind
from tests.harness import ChatBot


def test_a_notice_that_fails_once_is_sent_on_the_next_try(chat: ChatBot, monkeypatch: pytest.MonkeyPatch) -> None:
    before = render.RENDERERS[NoticeKind.BEFORE]
    failures = [RuntimeError("renderer bug")]

    def flaky(renderer, notice, ticket):
        if failures:
            raise failures.pop()
        return before(renderer, notice, ticket)

    monkeypatch.setitem(render.RENDERERS, NoticeKind.BEFORE, flaky)
    chat.say("倪卫峰", "14号楼楼道堆物，请物业今天下午3点前清理")
    sent = chat.wait(timedelta(hours=5))
    reminders = [s for s in sent if s.text.startswith("⏰ #1")]
    assert len(reminders) == 1 and f"{reminders[0].at:%H:%M}" == "13:05"
    assert failures == []


def test_a_weekly_report_that_cannot_be_drawn_is_retried_then_reported(
    chat: ChatBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_font(*args, **kwargs):
        raise chart.NoChineseFont("no Chinese font found")

    monkeypatch.setattr(chart, "draw", no_font)
    chat.say("倪卫峰", "14号楼楼道堆物，请物业明天下班前清理")
    sent = chat.wait(timedelta(days=5, hours=2))  # Wednesday → Monday 11:00
    assert not [s for s in sent if s.file and s.file.endswith(".png")]
    weekly = chat.db.run(lambda s: s.exec(select(Notice).where(Notice.kind == "weekly")).one())
    assert (weekly.status, weekly.attempts) == ("failed", 5)
    sent = chat.wait(timedelta(days=1))  # Tuesday's digest in the coordinators' group
    [digest] = [s for s in sent if s.group == "zizhiban" and "日报" not in s.text]
    assert digest.text == "另有1条提醒发送失败，请检查机器人连接。"


def test_a_message_that_can_never_be_handled_is_reported_to_the_coordinators(
    chat: ChatBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    respond = routing.respond

    def explode(ctx):
        if "爆炸" in ctx.msg.text:
            raise RuntimeError("handler bug")
        return respond(ctx)

    monkeypatch.setattr(routing, "respond", explode)
    chat.dispatcher.handle_batch([chat.message("倪卫峰", "14号楼楼道堆物爆炸")])
    for _ in range(6):
        chat.wait(timedelta(hours=2))
        chat.dispatcher.retry_held(chat.clock.now())
    sent = chat.wait(timedelta(days=1))
    [digest] = [s for s in sent if s.group == "zizhiban"]
    assert digest.text == "另有1条群消息多次处理失败，未能登记，请查看日志后人工处理。"
