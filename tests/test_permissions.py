"""Permissions that hold, tried as every person of the demo: nobody closes a ticket they are
responsible for or whose fix they sent, a reporter needs the review role, roles stay in their group,
and an admin cannot hand out a role above its own."""

from __future__ import annotations

from datetime import timedelta

from tests.harness import ChatBot
from tests.replaying import jpeg

STAIRS = "23号楼楼道堆物，请物业整改"
LATER = timedelta(minutes=15)
"""A photo the reporter sends this long after a report is a fix, not a photo of the problem."""
NO_ROLE = "抱歉，复核通过需要巡查员、协调员权限，请联系管理员。"


def _submitted_by_wang(chat: ChatBot, reporter: str) -> None:
    chat.say(reporter, STAIRS)
    chat.photo("王经理", jpeg())
    assert chat.ticket(1).status == "submitted"


def test_the_responsible_party_cannot_close_its_own_ticket_even_as_reporter(chat: ChatBot) -> None:
    chat.say("王经理", STAIRS)
    [submitted] = chat.photo("王经理", jpeg(), after=LATER)
    assert "王经理" not in submitted.mentions, "the bot asked the fixer to review his own fix"
    assert submitted.mentions == ["倪卫峰", "陈主任"]
    [refused] = chat.say("王经理", "#1 合格")
    assert refused.text == "抱歉，#1 由你负责整改，不能由你复核，请巡查员复核。"
    assert chat.ticket(1).status == "submitted"


def test_whoever_sent_the_fix_cannot_judge_it(chat: ChatBot) -> None:
    chat.say("倪卫峰", "5号楼门口垃圾满溢，请保洁处理")
    chat.photo("倪卫峰", jpeg(), after=LATER)
    chat.say("倪卫峰", "#1 已清理")
    assert chat.ticket(1).status == "submitted"
    [refused] = chat.say("倪卫峰", "#1 合格")
    assert refused.text == "抱歉，#1 的整改是你提交的，不能由你复核，请巡查员复核。"
    [approved] = chat.say("陈主任", "#1 合格")
    assert approved.text == "#1 复核通过，已销号。"


def test_a_stranger_who_reports_cannot_also_close(chat: ChatBot) -> None:
    _submitted_by_wang(chat, "路人甲")
    [refused] = chat.say("路人甲", "#1 合格")
    assert refused.text == NO_ROLE
    assert chat.ticket(1).status == "submitted"


def test_a_reporter_may_close_where_the_switch_allows_it(db, tmp_path) -> None:
    chat = ChatBot(db, tmp_path / "data", permissions={"reporter_reviews": True})
    _submitted_by_wang(chat, "张阿姨")
    [approved] = chat.say("张阿姨", "#1 合格")
    assert approved.text == "#1 复核通过，已销号。"


def test_every_demo_person_on_one_fix(chat: ChatBot) -> None:
    _submitted_by_wang(chat, "倪卫峰")
    expected = {
        "王经理": "抱歉，#1 由你负责整改，不能由你复核，请巡查员复核。",
        "李晓": NO_ROLE,
        "张阿姨": NO_ROLE,
        "城管队员": NO_ROLE,
    }
    for person, refusal in expected.items():
        [answer] = chat.say(person, "#1 不合格 还有纸箱")
        assert answer.text == refusal, person
    assert (chat.ticket(1).status, chat.ticket(1).rework_count) == ("submitted", 0)
    [rejected] = chat.say("陈主任", "#1 不合格 还有纸箱")
    assert rejected.text.startswith("#1 复核不合格：还有纸箱")
    chat.photo("王经理", jpeg((0, 90, 0)))
    [approved] = chat.say("倪卫峰", "#1 合格")
    assert approved.text == "#1 复核通过，已销号。"


def test_a_role_given_in_one_group_stays_there(chat: ChatBot) -> None:
    chat.say("倪卫峰", "3号楼飞线充电，请物业处理", group="huamei")
    [granted] = chat.say("陈主任", "角色 @倪卫峰 协调员")
    assert granted.text == "已将 倪卫峰 设为 协调员。"
    [refused] = chat.say("倪卫峰", "撤销 #1", group="huamei")
    assert refused.text == "抱歉，撤销需要管理员、协调员权限，请联系管理员。"
    assert chat.ticket(1).status == "open"
    [progress] = chat.say("倪卫峰", "进度", group="tianyi", to_bot=True)
    assert progress.text == "本群没有未完成的问题。👍", "a coordinator of an ordinary group sees only that group"


def test_the_coordinators_coordinator_acts_in_every_group(chat: ChatBot) -> None:
    chat.say("倪卫峰", "3号楼飞线充电，请物业处理", group="huamei")
    [cancelled] = chat.say("陈主任", "撤销 #1", group="huamei")
    assert cancelled.text == "#1 已撤销。"


def test_an_admin_cannot_grant_above_its_own_role(chat: ChatBot) -> None:
    chat.say("陈主任", "角色 @张阿姨 管理员")
    [refused] = chat.say("张阿姨", "角色 @李晓 协调员")
    assert refused.text == "抱歉，不能设置比自己更高的角色（协调员），请联系协调员。"
    [granted] = chat.say("张阿姨", "角色 @李晓 巡查员")
    assert granted.text == "已将 李晓 设为 巡查员。"
    [inspector_refused] = chat.say("李晓", "角色 @城管队员 管理员")
    assert inspector_refused.text == "抱歉，角色需要管理员、协调员权限，请联系管理员。".replace(
        "角色需要", "设置角色需要"
    )
