"""Review in the harness: who may close a fix, what a verdict needs, and the exact refusals."""

from __future__ import annotations

from datetime import timedelta

from tests.harness import ChatBot
from tests.replaying import jpeg

REPORT = "14号楼楼道堆物，请物业明天下班前整改"


def _submitted(chat: ChatBot) -> None:
    chat.say("倪卫峰", REPORT)
    chat.photo("王经理", jpeg())
    assert chat.ticket(1).status == "submitted"


def test_a_bare_verdict_closes_the_one_fix_waiting(chat: ChatBot) -> None:
    _submitted(chat)
    [approved] = chat.say("倪卫峰", "合格")
    assert approved.text == "#1 复核通过，已销号。"
    assert chat.ticket(1).status == "closed"


def test_a_bare_verdict_with_two_fixes_waiting_asks_which(chat: ChatBot) -> None:
    _submitted(chat)
    chat.say("倪卫峰", "15号楼楼道堆物，请物业明天下班前整改")
    chat.photo("王经理", jpeg((10, 200, 10)))
    chat.say("王经理", "#2 已整改")
    [which] = chat.say("倪卫峰", "合格")
    assert which.text == "请说明复核哪一件，如“#12 合格”或“#12 不合格 还有纸箱”。"
    assert (chat.ticket(1).status, chat.ticket(2).status) == ("submitted", "submitted")


def test_a_verdict_on_a_ticket_without_a_fix(chat: ChatBot) -> None:
    chat.say("倪卫峰", REPORT)
    [answer] = chat.say("倪卫峰", "#1 合格")
    assert answer.text == "#1 还没有整改照片，不能复核。"
    assert chat.ticket(1).status == "open"


def test_reject_with_a_reason_counts_rework_and_mentions_the_responsible(chat: ChatBot) -> None:
    _submitted(chat)
    [rejected] = chat.say("倪卫峰", "#1 不合格 还有纸箱")
    assert rejected.text == "#1 复核不合格：还有纸箱。请@王经理 重新整改（返工1次）。"
    assert rejected.mentions == ["王经理"]
    assert (chat.ticket(1).status, chat.ticket(1).rework_count) == ("open", 1)


def test_someone_without_the_review_role_is_refused_exactly(chat: ChatBot) -> None:
    _submitted(chat)
    [refused] = chat.say("张阿姨", "#1 合格")
    assert refused.text == "抱歉，复核通过需要巡查员、协调员权限，请联系管理员。"
    assert chat.ticket(1).status == "submitted"


def test_a_role_granted_in_the_chat_takes_effect(chat: ChatBot) -> None:
    _submitted(chat)
    [granted] = chat.say("陈主任", "角色 @张阿姨 巡查员", mentions=("张阿姨",))
    assert granted.text == "已将 张阿姨 设为 巡查员。"
    [approved] = chat.say("张阿姨", "#1 合格")
    assert approved.text == "#1 复核通过，已销号。"


def test_a_coordinator_granted_in_the_chat_may_cancel(chat: ChatBot) -> None:
    chat.say("倪卫峰", REPORT)
    [refused] = chat.say("张阿姨", "撤销 #1")
    assert refused.text == "抱歉，撤销需要管理员、协调员权限，请联系管理员。"
    [granted] = chat.say("陈主任", "角色 @张阿姨 协调员")
    assert granted.text == "已将 张阿姨 设为 协调员。"
    [cancelled] = chat.say("张阿姨", "撤销 #1")
    assert cancelled.text == "#1 已撤销。"
    assert chat.ticket(1).status == "cancelled"


def test_the_same_word_quoting_two_messages_is_two_verdicts(chat: ChatBot) -> None:
    """Same sender, same text, seconds apart: a redelivery unless it quotes something else."""
    chat.say("倪卫峰", REPORT)
    [first_fix] = chat.photo("王经理", jpeg())
    chat.say("倪卫峰", "15号楼楼道堆物，请物业明天下班前整改")
    chat.photo("王经理", jpeg((10, 200, 10)))
    [second_fix] = chat.say("王经理", "#2 已整改")
    [one] = chat.say("倪卫峰", "合格", quote=first_fix.message_id, after=timedelta(seconds=5))
    [two] = chat.say("倪卫峰", "合格", quote=second_fix.message_id, after=timedelta(seconds=5))
    assert (one.text, two.text) == ("#1 复核通过，已销号。", "#2 复核通过，已销号。")
    assert chat.say("倪卫峰", "合格", quote=second_fix.message_id, after=timedelta(seconds=5)) == []


def test_a_reason_is_kept_as_written_and_may_name_another_ticket(chat: ChatBot) -> None:
    _submitted(chat)
    chat.say("倪卫峰", "10号楼楼道堆物，请物业明天下班前整改")
    reason = "和10号楼，#2 的照片一样（同一角度）"
    [rejected] = chat.say("倪卫峰", f"#1 不合格：{reason}")
    assert rejected.text == f"#1 复核不合格：{reason}。请@王经理 重新整改（返工1次）。"
    assert chat.ticket(1).status == "open" and chat.ticket(1).rework_count == 1
    assert chat.ticket(2).status == "open" and chat.ticket(2).rework_count == 0, "#2 is only named in the reason"


def test_numbers_joined_by_words_are_all_judged_and_a_reason_keeps_its_verdict_words(chat: ChatBot) -> None:
    _submitted(chat)
    chat.say("倪卫峰", "15号楼楼道堆物，请物业明天下班前整改")
    chat.photo("王经理", jpeg((10, 200, 10)))
    chat.say("王经理", "#2 已整改")
    replies = chat.say("倪卫峰", "#1和#2 不合格：消防通道未通过检查")
    assert [r.text.split("：")[1] for r in replies] == ["消防通道未通过检查。请@王经理 重新整改（返工1次）。"] * 2
    assert (chat.ticket(1).rework_count, chat.ticket(2).rework_count) == (1, 1)


def test_a_party_nobody_in_the_group_holds_is_named_without_a_stray_blank(chat: ChatBot) -> None:
    chat.say("倪卫峰", "14号楼302疑似群租，请房办明天下班前核查")
    chat.photo("陈主任", jpeg((30, 30, 200)))
    chat.say("陈主任", "#1 已整改")
    [rejected] = chat.say("倪卫峰", "#1 不合格 隔间还在")
    assert rejected.text == "#1 复核不合格：隔间还在。请房办重新整改（返工1次）。"
