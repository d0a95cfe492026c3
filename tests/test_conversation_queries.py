"""Questions to the bot and admin commands."""

from pathlib import Path

import pytest
from matplotlib import font_manager
from openpyxl import load_workbook

from handlers.reports.chart import CJK_FAMILIES, _bundled_font, system_font
from tests.replaying import jpeg, msg, run, tick

SETUP_STEPS = [
    msg("09:00", "m1", "u1", "14号楼楼道堆物，请物业今天下午3点前整改"),
    msg("09:01", "m2", "u1", "5号楼有人晾晒衣物，请居委明天处理"),
    msg("09:02", "m3", "u1", "华美小区3号楼楼道堆物，请物业处理", group="g3"),
    msg("10:00", "p1", "u3", image="a.jpg", quote="m1"),
    msg("10:05", "r1", "u1", "#1 合格"),
]


def test_progress_overdue_and_detail(tmp_path: Path, db_url: str) -> None:
    steps = [
        msg("09:00", "m1", "u1", "14号楼楼道堆物，请物业今天下午3点前整改"),
        msg("09:01", "m2", "u1", "5号楼有人晾晒衣物，请居委明天处理"),
        tick("16:00"),
        msg("16:00", "q1", "u4", "进度", mentions_bot=True),
        msg("16:01", "q2", "u4", "绣花 逾期"),
        msg("16:02", "q3", "u4", "#1", mentions_bot=True),
    ]
    result = run(tmp_path, steps, db_url)
    progress = result.reply("q1")["text"]
    assert progress.startswith("本群未完成2件") and "#1" in progress and "#2" in progress
    overdue = result.reply("q2")["text"]
    assert overdue.startswith("本群已逾期1件") and "#1" in overdue and "逾期1小时" in overdue and "#2" not in overdue
    detail = result.reply("q3")["text"]
    assert "#1 楼道堆物" in detail and "倪卫峰登记" in detail
    assert result.tickets[1]["overdue"] is True and result.tickets[2]["overdue"] is False


def test_coordinator_asks_across_groups_from_the_coordinators_group(tmp_path: Path, db_url: str) -> None:
    steps = [
        *SETUP_STEPS,
        msg("11:00", "q1", "u4", "进度", group="g2", mentions_bot=True),
        msg("11:01", "q2", "u4", "进度", mentions_bot=True),
    ]
    result = run(tmp_path, steps, db_url, images={"a.jpg": jpeg()})
    everywhere = result.reply("q1")["text"]
    assert everywhere.startswith("全街道未完成2件") and "#2" in everywhere and "#3" in everywhere
    here = result.reply("q2")["text"]
    assert here.startswith("本群未完成1件") and "#3" not in here


def test_statistics(tmp_path: Path, db_url: str) -> None:
    steps = [*SETUP_STEPS, msg("11:00", "q1", "u4", "统计 本周", group="g2", mentions_bot=True)]
    result = run(tmp_path, steps, db_url, images={"a.jpg": jpeg()})
    text = result.reply("q1")["text"]
    assert "新登记3件，已销号1件，未完成2件" in text
    assert "结案率33%" in text and "按期结案率100%" in text and "返工率0%" in text, "two are not due yet"
    assert "楼道堆物2" in text and "乱晾晒1" in text
    assert "整改用时中位数1.1小时" in text


def test_ledger_file(tmp_path: Path, db_url: str) -> None:
    steps = [*SETUP_STEPS, msg("11:00", "q1", "u4", "台账 本周", group="g2", mentions_bot=True)]
    result = run(tmp_path, steps, db_url, images={"a.jpg": jpeg()})
    reply = result.reply("q1")
    assert reply["file"].endswith(".xlsx") and "3件" in reply["text"]


def test_ledger_content(tmp_path: Path) -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from handlers.reports.ledger import write
    from storage.models import Ticket
    from storage.photos import Shown

    tz = ZoneInfo("Asia/Shanghai")
    created = datetime(2026, 11, 18, 9, tzinfo=tz)
    ticket = Ticket(
        id=7,
        number=12,
        category="楼道堆物",
        community="天一小区",
        building="14",
        description="14楼堆物",
        responsible=["物业"],
        deadline=datetime(2026, 11, 18, 15, tzinfo=tz),
        status="closed",
        rework_count=1,
        group_id=1,
        created_at=created,
        updated_at=created,
        closed_at=datetime(2026, 11, 18, 16, tzinfo=tz),
    )
    path = write(tmp_path / "l.xlsx", "台账", [ticket], {7: Shown(2, None, None)}, created, tz)
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert rows[1][0] == "编号" and len(rows) == 3
    assert rows[2][:2] == ("#12", "2026-11-18 09:00")
    assert rows[2][5:] == (
        "楼道堆物",
        "14楼堆物",
        "物业",
        "2026-11-18 15:00",
        "已销号",
        "2026-11-18 16:00",
        "是",
        1,
        2,
        None,
        None,
    )


def test_weekly_chart_png(tmp_path: Path, db_url: str) -> None:
    steps = [*SETUP_STEPS, msg("11:00", "q1", "u4", "周报", group="g2", mentions_bot=True)]
    result = run(tmp_path, steps, db_url, images={"a.jpg": jpeg()})
    reply = result.reply("q1")
    assert reply["file"].endswith(".png") and "周报" in reply["text"]


def test_a_date_range_that_is_no_range_gets_a_clear_reply(tmp_path: Path, db_url: str) -> None:
    steps = [
        *SETUP_STEPS,
        msg("11:00", "q1", "u4", "统计 11月31日-12月5日", group="g2", mentions_bot=True),
        msg("11:01", "q2", "u4", "台账 12月5日至11月1日", group="g2", mentions_bot=True),
        msg("11:02", "q3", "u4", "统计 11月1日-11月30日", group="g2", mentions_bot=True),
    ]
    result = run(tmp_path, steps, db_url, images={"a.jpg": jpeg()})
    assert "“11月31日-12月5日”不是有效的日期范围" in result.reply("q1")["text"]
    assert "不是有效的日期范围" in result.reply("q2")["text"] and result.reply("q2")["file"] is None
    assert "新登记3件" in result.reply("q3")["text"]


def test_a_font_installed_after_matplotlib_listed_fonts_is_found(monkeypatch: pytest.MonkeyPatch) -> None:
    """The system's font list is the bundled font's path, so that the test needs no system CJK font."""
    manager = font_manager.fontManager
    monkeypatch.setattr(manager, "ttflist", [entry for entry in manager.ttflist if entry.name not in CJK_FAMILIES])
    monkeypatch.setattr(font_manager, "findSystemFonts", lambda: [str(_bundled_font())])
    assert system_font() in CJK_FAMILIES


def test_help(tmp_path: Path, db_url: str) -> None:
    result = run(tmp_path, [msg("09:00", "q1", "u5", "帮助", mentions_bot=True)], db_url)
    assert "登记问题" in result.reply("q1")["text"]


def test_admin_commands(tmp_path: Path, db_url: str) -> None:
    first = {
        "setup": {
            "groups": [{"id": "g7", "name": "新群"}],
            "members": [
                {"id": "a1", "name": "管理员甲", "role": "admin"},
                {"id": "i1", "name": "巡查乙", "groups": ["g7"], "role": "inspector"},
            ],
        }
    }
    steps = [
        msg("09:00", "s1", "x1", "大家好", group="g8"),
        msg("09:01", "b0", "x1", "绑定 宝兴小区", group="g8"),
        msg("09:02", "b1", "a1", "绑定 宝兴小区", group="g8"),
        msg("09:03", "r1", "a1", "角色 @周经理 物业", group="g8", mentions=["x1"]),
        msg("09:04", "m1", "a1", "3号楼楼道堆物，请物业处理", group="g8"),
        msg("09:05", "e1", "a1", "修改 #1 期限 明天下班前", group="g8"),
        msg("09:06", "e2", "a1", "修改 #1 责任 居委会", group="g8"),
        msg("09:06", "e3", "a1", "修改 #1 期限 后年", group="g8"),
        msg("09:06", "e4", "a1", "修改 #1 责任 外星人", group="g8"),
        msg("09:07", "c0", "x1", "撤销 #1", group="g8"),
        msg("09:08", "c1", "a1", "撤销 #1 重复登记", group="g8"),
        msg("09:09", "c2", "a1", "撤销 #1", group="g8"),
    ]
    result = run(tmp_path, steps, db_url, first=first)
    assert result.replies_to("b0") == []
    assert "宝兴小区" in result.reply("b1")["text"]
    assert "物业" in result.reply("r1")["text"]
    assert result.reply("m1")["mentions"] == ["x1"]
    assert "11月19日 17:00" in result.reply("e1")["text"]
    assert "居委会" in result.reply("e2")["text"]
    assert "没看懂期限“后年”" in result.reply("e3")["text"]
    assert "“外星人”不是责任方" in result.reply("e4")["text"] and "物业" in result.reply("e4")["text"]
    assert result.reply("c0")["text"] == "抱歉，撤销需要管理员、协调员权限，请联系管理员。"
    assert "已撤销" in result.reply("c1")["text"]
    assert "不能撤销" in result.reply("c2")["text"]
    ticket = result.tickets[1]
    assert (ticket["community"], ticket["status"], ticket["responsible"]) == ("宝兴小区", "cancelled", ["居委会"])
    assert ticket["deadline"] == "2026-11-19T17:00:00+08:00"


def test_non_admin_is_refused_politely(tmp_path: Path, db_url: str) -> None:
    steps = [
        msg("09:00", "m1", "u1", "14号楼楼道堆物，请物业处理"),
        msg("09:01", "c1", "u3", "撤销 #1"),
        msg("09:02", "b1", "u3", "绑定 华美小区"),
    ]
    result = run(tmp_path, steps, db_url)
    assert result.reply("c1")["text"] == "抱歉，撤销需要管理员、协调员权限，请联系管理员。"
    assert result.reply("b1")["text"] == "抱歉，绑定小区需要管理员、协调员权限，请联系管理员。"
    assert result.tickets[1]["status"] == "open"


def test_chart_draws_chinese_without_missing_glyphs(tmp_path: Path) -> None:
    import warnings

    from PIL import Image

    from handlers.reports import chart
    from handlers.reports.figures import PartyFigures, Stats

    stats = Stats(total=5, closed=3, on_time=2, reworked=1, overdue=1)
    stats.by_category.update({"楼道堆物": 3, "飞线充电": 2})
    stats.by_party.update({"物业": PartyFigures(4, 3, 2), "居委会": PartyFigures(1, 0, 0)})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        path = chart.draw(tmp_path / "w.png", "本群本周", stats)
    missing = [str(w.message) for w in caught if "missing from" in str(w.message) or "Glyph" in str(w.message)]
    assert missing == []
    with Image.open(path) as image:
        assert image.format == "PNG" and image.size[0] > 800


def test_a_ticket_number_too_large_to_exist_is_simply_not_found(tmp_path: Path, db_url: str) -> None:
    steps = [
        msg("09:00", "m1", "u1", "3号楼楼道堆物，请物业处理"),
        msg("09:01", "q1", "u4", "#3000000000", mentions_bot=True),
        msg("09:02", "q2", "u1", "#99999999999999999999 合格"),
    ]
    result = run(tmp_path, steps, db_url)
    assert "没有找到 #3000000000" in result.reply("q1")["text"]
    assert "没有找到 #99999999999999999999" in result.reply("q2")["text"]
    assert result.tickets[1]["status"] == "open"
