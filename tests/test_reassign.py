"""「转派」: a coordinator or admin hands a ticket to other parties, who are @-mentioned and reminded."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from storage.models import Member, TicketEvent
from tests.harness import ChatBot
from tests.replaying import msg, run, tick

REPORT = "14号楼楼道堆物，请物业明天下班前整改"


def _member_id(chat: ChatBot, name: str) -> int:
    return chat.db.run(lambda s: s.exec(select(Member.id).where(Member.display_name == name)).one())


def test_reassign_by_number_mentions_the_new_party_and_moves_the_reminders(chat: ChatBot) -> None:
    chat.say("倪卫峰", REPORT)
    assert chat.ticket(1).responsible == ["物业"]
    [answer] = chat.say("陈主任", "转派 #1 城管")
    assert answer.text == "#1 已转派给城管，请@城管队员 处理。"
    assert answer.mentions == ["城管队员"]
    ticket = chat.ticket(1)
    assert ticket.responsible == ["城管"]
    assert ticket.responsible_member_ids == [_member_id(chat, "城管队员")]
    events = chat.db.run(lambda s: list(s.exec(select(TicketEvent).where(TicketEvent.kind == "reassigned"))))
    assert [(e.note, e.actor_id) for e in events] == [("物业 → 城管", _member_id(chat, "陈主任"))]
    reminders = [s for s in chat.wait(timedelta(days=1, hours=8)) if "⏰" in s.text]
    assert len(reminders) == 1
    assert reminders[0].mentions == ["城管队员"] and "@城管队员" in reminders[0].text
    assert "王经理" not in reminders[0].text


def test_number_first_and_by_quoting_the_ticket(chat: ChatBot) -> None:
    [registered] = chat.say("倪卫峰", REPORT)
    [first] = chat.say("陈主任", "#1 转派 城管")
    assert first.text.startswith("#1 已转派给城管")
    [quoted] = chat.say("陈主任", "转派 居委", quote=registered.message_id)
    assert quoted.text == "#1 已转派给居委会，请@李晓 处理。"
    assert chat.ticket(1).responsible == ["居委会"]
    [several] = chat.say("陈主任", "转派 #1 物业公司、居委")
    assert chat.ticket(1).responsible == ["物业", "居委会"]
    assert several.mentions == ["李晓", "王经理"] or several.mentions == ["王经理", "李晓"]


def test_a_party_nobody_holds_in_the_group_is_named_without_an_at(chat: ChatBot) -> None:
    chat.say("倪卫峰", REPORT)
    [answer] = chat.say("陈主任", "转派 #1 保洁")
    assert answer.text == "#1 已转派给保洁，请保洁处理。"
    assert answer.mentions == []
    [both] = chat.say("陈主任", "转派 #1 保洁、城管")
    assert both.text == "#1 已转派给保洁、城管，请@城管队员 处理。"


def test_only_coordinators_and_admins_may_reassign(chat: ChatBot) -> None:
    chat.say("倪卫峰", REPORT)
    [refused] = chat.say("王经理", "转派 #1 城管")
    assert refused.text == "抱歉，转派需要管理员、协调员权限，请联系管理员。"
    assert chat.ticket(1).responsible == ["物业"]


def test_what_cannot_be_reassigned_is_said(chat: ChatBot) -> None:
    chat.say("倪卫峰", REPORT)
    [no_party] = chat.say("陈主任", "转派 #1 张三")
    assert no_party.text.startswith("请写编号和新的责任方")
    [no_ticket] = chat.say("陈主任", "转派 城管")
    assert no_ticket.text == no_party.text
    [unknown] = chat.say("陈主任", "转派 #9 城管")
    assert unknown.text == "没有找到 #9，请核对编号。"
    chat.say("陈主任", "撤销 #1")
    [closed] = chat.say("陈主任", "转派 #1 城管")
    assert closed.text == "#1 当前已撤销，不能转派。"
    assert chat.ticket(1).responsible == ["物业"]


def test_reassign_in_a_transcript(tmp_path, db_url: str) -> None:
    result = run(
        tmp_path,
        [
            msg("09:00", "m1", "u1", REPORT),
            msg("09:05", "m2", "u4", "#1 转派 居委会"),
            tick("2026-11-19T15:00:00+08:00"),
        ],
        db_url,
    )
    assert result.reply("m2")["text"] == "#1 已转派给居委会，请@李晓 处理。"
    assert result.reply("m2")["mentions"] == ["u2"]
    assert result.tickets[1]["responsible"] == ["居委会"]
    reminder = next(m for m in result.messages if "⏰" in m["text"])
    assert reminder["mentions"] == ["u2"]


def test_edited_parties_keep_their_reminders(chat: ChatBot) -> None:
    """Re-planning a ticket plans the same notices again (they were cancelled, not lost)."""
    chat.say("倪卫峰", REPORT)
    [edited] = chat.say("陈主任", "修改 #1 责任 居委")
    assert edited.text == "#1 已修改：责任 居委会。"
    reminders = [s for s in chat.wait(timedelta(days=1, hours=8)) if "#1" in s.text]
    assert [s.mentions for s in reminders] == [["李晓"], ["李晓", "倪卫峰"]]
