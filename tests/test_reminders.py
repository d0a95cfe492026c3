"""Reminders, overdue lists, escalation, digests, weekly report and re-checks at their exact times."""

from pathlib import Path

from tests.replaying import jpeg, msg, run, setup, tick

T = "2026-11-{day}T{time}:00+08:00"  # 2026-11-18 is a Wednesday, 2026-11-23 a Monday


def at(day: int, time: str) -> str:
    return T.format(day=day, time=time)


def sent_at(result, moment: str) -> list[dict]:
    return [m for m in result.messages if m["at"] == moment and m["reply_to"] is None]


def test_before_and_at_the_deadline(tmp_path: Path, db_url: str) -> None:
    steps = [msg("09:00", "m1", "u1", "14号楼楼道堆物，请物业今天下午3点前清理"), tick("15:30")]
    result = run(tmp_path, steps, db_url)
    (before,) = sent_at(result, at(18, "13:00"))
    assert "#1" in before["text"] and "还剩2小时" in before["text"] and before["mentions"] == ["u3"]
    (due,) = sent_at(result, at(18, "15:00"))
    assert "已逾期" in due["text"] and set(due["mentions"]) == {"u3", "u1"}
    assert result.tickets[1]["overdue"] is True


def test_overdue_list_escalation_and_digest(tmp_path: Path, db_url: str) -> None:
    steps = [
        msg("09:00", "m1", "u1", "14号楼楼道堆物，请物业今天下午3点前清理"),
        msg("09:01", "m2", "u1", "5号楼有人晾晒衣物，请居委今天下午3点前处理"),
        tick(at(21, "12:00")),
    ]
    result = run(tmp_path, steps, db_url)
    overdue = [m for m in result.messages if m["text"].startswith("逾期提醒")]
    assert [m["at"] for m in overdue] == [at(19, "09:00"), at(20, "09:00")]  # working days only
    assert "#1" in overdue[0]["text"] and "#2" in overdue[0]["text"] and set(overdue[0]["mentions"]) == {"u2", "u3"}
    escalations = [m for m in result.messages if "督办" in m["text"]]
    assert [(m["at"], m["group"]) for m in escalations] == [(at(19, "15:00"), "g2")]
    assert "一级督办" in escalations[0]["text"] and "#1" in escalations[0]["text"] and "#2" in escalations[0]["text"]
    digests = [m for m in result.messages if "日报" in m["text"]]
    assert [(m["at"], m["group"]) for m in digests] == [(at(19, "08:30"), "g1"), (at(20, "08:30"), "g1")]
    assert "昨日新增2件" in digests[0]["text"] and "未完成2件，其中逾期2件" in digests[0]["text"]


def test_second_level_escalation(tmp_path: Path, db_url: str) -> None:
    steps = [msg("09:00", "m1", "u1", "14号楼楼道堆物，请物业今天下午3点前清理"), tick(at(21, "16:00"))]
    result = run(tmp_path, steps, db_url)
    levels = [(m["at"], m["text"].split("】")[0]) for m in result.messages if "督办" in m["text"]]
    assert levels == [(at(19, "15:00"), "【一级督办"), (at(21, "15:00"), "【二级督办")]


def test_nothing_is_sent_to_a_group_with_nothing_open(tmp_path: Path, db_url: str) -> None:
    steps = [
        msg("09:00", "m1", "u1", "14号楼楼道堆物，请物业明天下班前清理"),
        msg("10:00", "p1", "u3", image="a.jpg"),
        msg("10:05", "r1", "u1", "#1 合格"),
        tick(at(20, "12:00")),
    ]
    result = run(tmp_path, steps, db_url, images={"a.jpg": jpeg()})
    assert [m for m in result.messages if m["reply_to"] is None] == []


def test_closing_cancels_reminders_and_editing_the_deadline_moves_them(tmp_path: Path, db_url: str) -> None:
    steps = [
        msg("09:00", "m1", "u1", "14号楼楼道堆物，请物业今天下午3点前清理"),
        msg("09:01", "m2", "u1", "15号楼楼道堆物，请物业今天下午3点前清理"),
        msg("09:05", "e1", "u4", "修改 #1 期限 今天下午5点前"),
        msg("10:00", "p2", "u3", image="a.jpg"),
        msg("10:01", "c2", "u3", "#2 已整改"),
        msg("10:05", "r2", "u1", "#2 合格"),
        tick("17:30"),
    ]
    result = run(tmp_path, steps, db_url, images={"a.jpg": jpeg()})
    assert result.tickets[2]["status"] == "closed"
    automatic = [(m["at"], m["text"][:4]) for m in result.messages if m["reply_to"] is None]
    assert automatic == [(at(18, "15:00"), "⏰ #1"), (at(18, "17:00"), "⚠️ #")]
    assert not [m for m in result.messages if m["reply_to"] is None and "#2" in m["text"]]


def test_quiet_hours_defer_and_merge(tmp_path: Path, db_url: str) -> None:
    steps = [
        msg("19:00", "m1", "u1", "14号楼楼道堆物，请物业晚上10点前清理"),
        msg("19:01", "m2", "u1", "15号楼楼道堆物，请物业晚上11点前清理"),
        tick(at(19, "08:10")),
    ]
    result = run(tmp_path, steps, db_url)
    automatic = [m for m in result.messages if m["reply_to"] is None]
    assert [m["at"] for m in automatic] == [at(18, "20:00"), at(19, "08:00")]
    assert "#1" in automatic[0]["text"] and "#2" not in automatic[0]["text"]  # 21:00 reminder of #2 waits
    merged = automatic[1]["text"]
    assert "#1" in merged and "#2" in merged and merged.count("已逾期") == 2 and "还剩" not in merged
    assert "补发" not in merged


def test_holiday_calendar(tmp_path: Path, db_url: str) -> None:
    # 2026-10-01..07 is the National Day holiday; Saturday 2026-10-10 is a make-up working day.
    steps = [
        {
            "at": "2026-09-30T09:00:00+08:00",
            "id": "m1",
            "group": "g1",
            "from": "u1",
            "text": "14号楼楼道堆物，请物业今天下午3点前清理",
        },
        {"at": "2026-10-11T09:00:00+08:00", "tick": True},
    ]
    result = run(tmp_path, steps, db_url, first=setup(calendar={"holidays": True}))
    digest_days = [m["at"][:10] for m in result.messages if "日报" in m["text"]]
    assert digest_days == ["2026-10-08", "2026-10-09", "2026-10-10"]
    (tmp_path / "plain").mkdir()
    plain = run(tmp_path / "plain", steps, None)
    assert [m["at"][:10] for m in plain.messages if "日报" in m["text"]] == [
        "2026-10-01",
        "2026-10-02",
        "2026-10-05",
        "2026-10-06",
        "2026-10-07",
        "2026-10-08",
        "2026-10-09",
    ]


def test_working_time_default_deadline(tmp_path: Path, db_url: str) -> None:
    steps = [{"at": at(20, "16:30"), "id": "m1", "group": "g1", "from": "u1", "text": "5号楼门口垃圾箱房满溢"}]
    result = run(tmp_path, steps, db_url)
    assert result.tickets[1]["deadline"] == at(23, "11:30")


def test_weekly_report_on_monday(tmp_path: Path, db_url: str) -> None:
    steps = [msg("09:00", "m1", "u1", "14号楼楼道堆物，请物业今天下午3点前清理"), tick(at(23, "09:30"))]
    result = run(tmp_path, steps, db_url)
    (weekly,) = [m for m in result.messages if m["file"] and m["file"].endswith(".png")]
    assert (weekly["at"], weekly["group"]) == (at(23, "09:00"), "g2")
    assert "新登记1件" in weekly["text"] and "按期结案率0%" in weekly["text"]


def test_recheck_after_closing_and_reopen(tmp_path: Path, db_url: str) -> None:
    steps = [
        msg("09:00", "m1", "u1", "14号楼有群租现象，请房办核查"),
        msg("10:00", "p1", "u3", image="a.jpg"),
        msg("10:01", "c1", "u3", "#1 已整改"),
        msg("10:05", "r1", "u1", "#1 合格"),
        tick(at(25, "10:30")),
        {"at": at(25, "11:00"), "id": "r2", "group": "g1", "from": "u1", "text": "#1 不合格 又住进来十几个人"},
    ]
    result = run(tmp_path, steps, db_url, images={"a.jpg": jpeg()})
    (recheck,) = [m for m in result.messages if "复查" in m["text"] and m["reply_to"] is None]
    assert recheck["at"] == at(25, "10:05") and recheck["mentions"] == ["u1"]
    assert "重新打开" in result.reply("r2")["text"]
    assert result.tickets[1]["status"] == "open"
