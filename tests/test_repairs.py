"""The chat repairs what the parser passed over (登记, quoting the message), and every repair, every
correction of a ticket's category/community/building and every withdrawn ticket becomes a labelled
example: `xiuhua corrections export` writes them in the eval format, `suggest` proposes words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main
from tests.harness import ChatBot
from tests.replaying import msg, run

MISSED = "5号楼那边老是有股怪味，晚上都睡不着"


def test_registering_a_message_the_bot_passed_over(chat: ChatBot) -> None:
    assert chat.say("张阿姨", MISSED) == []
    missed = chat.last_id
    [registered] = chat.say("倪卫峰", "登记", quote=missed)
    assert registered.text.startswith("已登记1件：\n#1 其他｜天一小区5号楼")
    ticket = chat.ticket(1)
    assert (ticket.category, ticket.building, ticket.source_message_id) == ("其他", "5", missed)
    assert ticket.description == MISSED
    [again] = chat.say("陈主任", "登记", quote=missed)
    assert again.text == "这条消息已经登记过了。"


def test_registering_with_a_category(chat: ChatBot) -> None:
    chat.say("张阿姨", "3号楼二楼转角那里乱糟糟的，走路都要侧身")
    [registered] = chat.say("陈主任", "登记 楼道堆物", quote=chat.last_id)
    assert "#1 楼道堆物｜天一小区3号楼" in registered.text
    assert chat.ticket(1).responsible == ["物业"]


def test_a_report_that_begins_with_the_word_is_a_report(chat: ChatBot) -> None:
    [answer] = chat.say("倪卫峰", "登记：14号楼楼道堆物，请物业明天下班前清理")
    assert answer.text.startswith("已登记1件：\n#1 楼道堆物｜天一小区14号楼")


def test_registering_needs_a_message_and_the_role(chat: ChatBot) -> None:
    [which] = chat.say("倪卫峰", "登记")
    assert which.text == "请引用要登记的那条消息，再说“登记”（可加类别，如“登记 楼道堆物”）。"
    chat.say("李晓", MISSED)
    [refused] = chat.say("张阿姨", "登记", quote=chat.last_id)
    assert refused.text == "抱歉，补登记需要巡查员、协调员权限，请联系管理员。"


def test_corrections_export_and_suggest(chat: ChatBot, monkeypatch: pytest.MonkeyPatch, capsys, tmp_path: Path) -> None:
    chat.say("张阿姨", MISSED)
    missed = chat.last_id
    chat.say("倪卫峰", "登记 噪音扰民", quote=missed)
    chat.say("倪卫峰", "7号楼门口垃圾满溢，请保洁今天清运")
    reported = chat.last_id
    chat.say("陈主任", "修改 #2 类别 公共区域堆物")
    chat.say("倪卫峰", "今晚开会，请各位准时参加")
    chatter = chat.last_id
    chat.say("倪卫峰", "3号楼楼道堆物")
    chat.say("陈主任", "撤销 #3 不是问题")
    monkeypatch.setenv("XIUHUA_DATABASE_URL", chat.db.url)
    out = tmp_path / "corrections.jsonl"
    assert main(["corrections", "export", "--out", str(out)]) == 0
    rows = {row["id"]: row for row in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert rows[missed]["text"] == MISSED and rows[missed]["sent_at"].startswith("2026-11-18T09:01")
    assert [(r["category"], r["building"], r["responsible"]) for r in rows[missed]["reports"]] == [
        ("噪音扰民", "5", [])
    ]
    [edited] = rows[reported]["reports"]
    assert (edited["category"], edited["building"], edited["responsible"]) == ("公共区域堆物", "7", ["保洁"])
    assert edited["deadline"] == "2026-11-18T23:59:00+08:00"
    cancelled = [row for row in rows.values() if row["text"] == "3号楼楼道堆物"]
    assert [row["reports"] for row in cancelled] == [[]]
    assert chatter not in rows
    capsys.readouterr()
    assert main(["corrections", "suggest"]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("# xiuhua corrections suggest: from 3 corrected messages")
    assert 'name = "噪音扰民"' in printed and "怪味" in printed


def test_registering_by_quote_in_a_transcript(tmp_path: Path, db_url: str) -> None:
    result = run(
        tmp_path,
        [
            msg("09:00", "m1", "u5", MISSED),
            msg("09:05", "r1", "u1", "登记", quote="m1"),
        ],
        db_url,
    )
    assert result.replies_to("m1") == []
    assert result.reply("r1")["text"].startswith("已登记1件：\n#1 其他｜天一小区5号楼")
    assert (result.tickets[1]["category"], result.tickets[1]["source"]) == ("其他", "m1")
