"""Reports become tickets (transcripts through the real handlers, storage and parser)."""

from pathlib import Path

from tests.replaying import msg, run


def test_report_creates_a_ticket_and_mentions_the_responsible(tmp_path: Path, db_url: str) -> None:
    result = run(tmp_path, [msg("09:00", "m1", "u1", "14楼发现楼道堆物，请居委会和物业明天下班前整改。")], db_url)
    reply = result.reply("m1")
    assert "#1 楼道堆物" in reply["text"] and "天一小区14号楼" in reply["text"]
    assert "居委会、物业" in reply["text"] and "11月19日 17:00" in reply["text"]
    assert set(reply["mentions"]) == {"u2", "u3"}
    ticket = result.tickets[1]
    assert (ticket["status"], ticket["community"], ticket["building"], ticket["reporter"], ticket["source"]) == (
        "open",
        "天一小区",
        "14",
        "u1",
        "m1",
    )
    assert ticket["deadline"] == "2026-11-19T17:00:00+08:00"


def test_several_problems_one_reply(tmp_path: Path, db_url: str) -> None:
    text = "1、3号楼楼道堆物；2、5号楼飞线充电；3、东门机动车乱停放。请物业今天中午前处理。"
    result = run(tmp_path, [msg("09:00", "m1", "u1", text)], db_url)
    reply = result.reply("m1")
    assert reply["text"].startswith("已登记3件")
    assert [t["category"] for t in result.tickets.values()] == ["楼道堆物", "飞线充电", "机动车乱停放"]
    assert all(t["deadline"] == "2026-11-18T12:00:00+08:00" for t in result.tickets.values())
    assert reply["mentions"] == ["u3"]


def test_default_parties_and_deadline_from_the_taxonomy(tmp_path: Path, db_url: str) -> None:
    result = run(tmp_path, [msg("09:00", "m1", "u1", "9号楼楼道里堆了很多纸箱")], db_url)
    ticket = result.tickets[1]
    assert ticket["responsible"] == ["物业"]
    assert ticket["deadline"] == "2026-11-19T09:00:00+08:00"
    assert result.reply("m1")["mentions"] == ["u3"]


def test_unbound_group_without_community_asks_and_a_follow_up_fills_it(tmp_path: Path, db_url: str) -> None:
    first = {
        "setup": {
            "groups": [{"id": "g9", "name": "网格群"}],
            "members": [{"id": "u1", "name": "倪卫峰", "groups": ["g9"], "role": "inspector"}],
        }
    }
    steps = [
        msg("09:00", "m1", "u1", "25号楼楼道堆物，请物业处理", group="g9"),
        msg("09:02", "m2", "u1", "不好意思，是爱博二村的", group="g9"),
    ]
    result = run(tmp_path, steps, db_url, first=first)
    assert "是哪个小区" in result.reply("m1")["text"]
    assert "爱博二村" in result.reply("m2")["text"]
    assert result.tickets[1]["community"] == "爱博二村"


def test_a_second_report_of_the_same_problem_joins_the_open_ticket(tmp_path: Path, db_url: str) -> None:
    steps = [
        msg("09:00", "m1", "u1", "14号楼楼道堆物，请物业处理"),
        msg("10:00", "m2", "u4", "天一小区14号楼楼道又堆满杂物了，请物业清理"),
        msg("10:05", "m3", "u1", "15号楼楼道堆物，请物业处理"),
    ]
    result = run(tmp_path, steps, db_url)
    assert sorted(result.tickets) == [1, 2]
    assert "#1" in result.reply("m2")["text"] and "已在登记中" in result.reply("m2")["text"]
    assert result.tickets[2]["building"] == "15"


def test_chatter_is_ignored_and_a_mention_gets_a_short_help(tmp_path: Path, db_url: str) -> None:
    steps = [
        msg("09:00", "m1", "u2", "收到"),
        msg("09:01", "m2", "u2", "大家辛苦了"),
        msg("09:02", "m3", "u2", "今天天气不错", mentions_bot=True),
    ]
    result = run(tmp_path, steps, db_url)
    assert result.replies_to("m1") == [] and result.replies_to("m2") == []
    assert "帮助" in result.reply("m3")["text"]
    assert result.tickets == {}


def test_unconfigured_group_stays_silent(tmp_path: Path, db_url: str) -> None:
    steps = [
        msg("09:00", "m1", "u1", "天一小区14号楼楼道堆物，请物业处理", group="g-unknown"),
        msg("09:01", "m2", "u1", "进度", group="g-unknown", mentions_bot=True),
    ]
    result = run(tmp_path, steps, db_url)
    assert result.messages == [] and result.tickets == {}


def test_redelivery_creates_nothing_twice(tmp_path: Path, db_url: str) -> None:
    text = "14号楼楼道堆物，请物业处理"
    steps = [
        msg("09:00", "m1", "u1", text),
        msg("09:00", "m1", "u1", text),
        {"at": "2026-11-18T09:00:40+08:00", "id": "m1-again", "group": "g1", "from": "u1", "text": text},
        msg("09:03", "m2", "u1", text),
    ]
    result = run(tmp_path, steps, db_url)
    assert len(result.replies_to("m1")) == 1
    assert result.replies_to("m1-again") == []
    assert sorted(result.tickets) == [1]
    assert "已在登记中" in result.reply("m2")["text"]


def test_transcript_errors_name_the_line(tmp_path: Path) -> None:
    import subprocess
    import sys

    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"at": "2026-11-18T09:00:00+08:00", "id": "m1", "group": "g1", "from": "u1", "text": "x"}\n'
        '{"at": "2026-11-18T08:00:00+08:00", "id": "m2", "group": "g1", "from": "u1", "text": "y"}\n'
        "not json\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "bot", "replay", str(bad)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    assert "line 3: not JSON" in result.stderr and "Traceback" not in result.stderr
    bad.write_text(
        bad.read_text(encoding="utf-8").splitlines()[0] + "\n"
        '{"at": "2026-11-18T08:00:00+08:00", "id": "m2", "group": "g1", "from": "u1", "text": "y"}\n',
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "bot", "replay", str(bad)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2 and "line 2: time goes backwards" in result.stderr
    missing = tmp_path / "missing.jsonl"
    missing.write_text(
        '{"at": "2026-11-18T09:00:00+08:00", "group": "g1", "from": "u1", "text": "x"}\n', encoding="utf-8"
    )
    result = subprocess.run(
        [sys.executable, "-m", "bot", "replay", str(missing)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2 and "line 1: missing 'id'" in result.stderr


def test_control_characters_are_dropped_not_fatal(tmp_path: Path, db_url: str) -> None:
    """PostgreSQL refuses NUL in text: control characters are dropped on arrival."""
    steps = [msg("09:00", "m1", "u1", "5号楼\u0000楼道\u0007堆物，请物业处理")]
    result = run(tmp_path, steps, db_url)
    assert result.reply("m1")["text"].startswith("已登记1件")
    assert (result.tickets[1]["category"], result.tickets[1]["building"]) == ("楼道堆物", "5")


def test_a_pasted_long_checklist_is_answered_briefly(tmp_path: Path, db_url: str) -> None:
    text = "".join(f"{n}、{n}号楼楼道堆物；" for n in range(1, 41)) + "请物业明天下班前清理。"
    result = run(tmp_path, [msg("09:00", "m1", "u1", text)], db_url)
    reply = result.reply("m1")["text"]
    assert len(result.tickets) == 40
    assert reply.startswith("已登记40件") and "#15 楼道堆物" in reply and "#16 " not in reply
    assert "另有25件（#16至#40）" in reply


def test_two_things_broken_at_one_building_in_one_sentence_are_a_ticket_each(tmp_path: Path, db_url: str) -> None:
    result = run(tmp_path, [msg("09:00", "m1", "u1", "18号楼东侧路灯不亮，井盖也松了，请物业明天下班前修复")], db_url)
    assert result.reply("m1")["text"].startswith("已登记2件")
    tickets = sorted(result.tickets.values(), key=lambda t: t["description"])
    assert [(t["category"], t["building"]) for t in tickets] == [("设施损坏", "18"), ("设施损坏", "18")]
    assert {("路灯" in t["description"], "井盖" in t["description"]) for t in tickets} == {(True, False), (False, True)}
