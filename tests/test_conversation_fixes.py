"""Rectification photos and claims, matched to tickets; review closes or sends back."""

import os
from pathlib import Path

from PIL import Image

from tests.replaying import jpeg, msg, run, setup

REPORT = msg("09:00", "m1", "u1", "14号楼楼道堆物，请物业明天下班前整改")


def test_photo_waits_for_the_text_that_names_the_place(tmp_path: Path, db_url: str) -> None:
    steps = [
        REPORT,
        msg("09:01", "m1b", "u1", "15号楼楼道堆物，请物业处理"),
        msg("10:00", "p1", "u3", image="a.jpg"),
        msg("10:02", "m2", "u3", "14号楼已清理"),
    ]
    result = run(tmp_path, steps, db_url, images={"a.jpg": jpeg()})
    assert result.replies_to("p1") == []
    reply = result.reply("m2")
    assert "#1" in reply["text"] and "待@倪卫峰 复核" in reply["text"] and reply["mentions"] == ["u1"]
    assert (result.tickets[1]["status"], result.tickets[1]["photos"]) == ("submitted", 1)
    assert (result.tickets[2]["status"], result.tickets[2]["photos"]) == ("open", 0)


def test_text_then_photo(tmp_path: Path, db_url: str) -> None:
    steps = [REPORT, msg("10:00", "m2", "u3", "#1 已整改"), msg("10:03", "p1", "u3", image="a.jpg")]
    result = run(tmp_path, steps, db_url, images={"a.jpg": jpeg()})
    assert "补发整改照片" in result.reply("m2")["text"]
    assert "已收到整改照片1张" in result.reply("p1")["text"]
    assert result.tickets[1]["status"] == "submitted"


def test_photo_outside_the_window_is_not_attached(tmp_path: Path, db_url: str) -> None:
    steps = [
        REPORT,
        msg("09:05", "m0", "u3", "15号楼楼道堆物，请物业处理"),
        msg("10:00", "p1", "u3", image="a.jpg"),
        msg("10:30", "m2", "u3", "#1 已整改"),
    ]
    result = run(tmp_path, steps, db_url, images={"a.jpg": jpeg()})
    assert "补发整改照片" in result.reply("m2")["text"]
    assert result.tickets[1]["status"] == "open" and result.tickets[1]["photos"] == 0


def test_quote_of_the_report_matches(tmp_path: Path, db_url: str) -> None:
    steps = [
        REPORT,
        msg("09:01", "m1b", "u1", "15号楼楼道堆物，请物业处理"),
        msg("10:00", "p1", "u3", image="a.jpg", quote="m1"),
    ]
    result = run(tmp_path, steps, db_url, images={"a.jpg": jpeg()})
    assert "#1" in result.reply("p1")["text"]
    assert result.tickets[1]["status"] == "submitted" and result.tickets[2]["status"] == "open"


def test_quote_of_the_bots_reply_matches(tmp_path: Path, db_url: str) -> None:
    steps = [
        REPORT,
        msg("09:01", "m1b", "u1", "15号楼楼道堆物，请物业处理"),
        msg("10:00", "p1", "u3", image="a.jpg"),
        msg("10:01", "m2", "u3", "已整改", quote="bot-2"),
    ]
    result = run(tmp_path, steps, db_url, images={"a.jpg": jpeg()})
    assert "#2" in result.reply("m2")["text"]
    assert result.tickets[2]["status"] == "submitted" and result.tickets[1]["status"] == "open"


def test_sender_s_only_open_ticket(tmp_path: Path, db_url: str) -> None:
    steps = [REPORT, msg("10:00", "p1", "u3", image="a.jpg")]
    result = run(tmp_path, steps, db_url, images={"a.jpg": jpeg()})
    assert "#1" in result.reply("p1")["text"]
    assert result.tickets[1]["status"] == "submitted"


def test_ambiguous_asks_which_and_changes_nothing(tmp_path: Path, db_url: str) -> None:
    steps = [
        REPORT,
        msg("09:01", "m1b", "u1", "15号楼楼道堆物，请物业处理"),
        msg("10:00", "p1", "u3", image="a.jpg"),
        msg("10:01", "m2", "u3", "已整改"),
    ]
    result = run(tmp_path, steps, db_url, images={"a.jpg": jpeg()})
    text = result.reply("m2")["text"]
    assert "哪一件" in text and "#1" in text and "#2" in text
    assert [t["status"] for t in result.tickets.values()] == ["open", "open"]


def test_review_approve_and_reject(tmp_path: Path, db_url: str) -> None:
    steps = [
        REPORT,
        msg("10:00", "p1", "u3", image="a.jpg"),
        msg("10:05", "r1", "u1", "#1 不合格 还有纸箱"),
        msg("11:00", "p2", "u3", image="b.jpg"),
        msg("11:05", "r2", "u1", "#1 合格"),
    ]
    result = run(tmp_path, steps, db_url, images={"a.jpg": jpeg(), "b.jpg": jpeg((0, 90, 0))})
    rejected = result.reply("r1")
    assert "不合格" in rejected["text"] and "还有纸箱" in rejected["text"] and "返工1次" in rejected["text"]
    assert rejected["mentions"] == ["u3"]
    assert "已销号" in result.reply("r2")["text"]
    ticket = result.tickets[1]
    assert (ticket["status"], ticket["rework"], ticket["photos"]) == ("closed", 1, 2)


def test_review_by_quoting_the_submission(tmp_path: Path, db_url: str) -> None:
    steps = [REPORT, msg("10:00", "p1", "u3", image="a.jpg"), msg("10:05", "r1", "u1", "合格", quote="p1")]
    result = run(tmp_path, steps, db_url, images={"a.jpg": jpeg()})
    assert result.tickets[1]["status"] == "closed"


def test_review_refusals_change_nothing(tmp_path: Path, db_url: str) -> None:
    steps = [
        REPORT,
        msg("10:00", "p1", "u3", image="a.jpg"),
        msg("10:01", "r1", "u5", "#1 合格"),
        msg("10:02", "r2", "u1", "#99 合格"),
        msg("10:03", "x1", "u1", "华美小区3号楼楼道堆物，请物业处理", group="g3"),
        msg("10:04", "r3", "u1", "#2 合格"),
    ]
    result = run(tmp_path, steps, db_url, images={"a.jpg": jpeg()})
    assert result.reply("r1")["text"] == "抱歉，复核通过需要巡查员、协调员权限，请联系管理员。"
    assert result.reply("r2")["text"] == "没有找到 #99，请核对编号。"
    assert result.reply("r3")["text"] == "#2 不是本群登记的问题。"
    assert result.tickets[1]["status"] == "submitted" and result.tickets[2]["status"] == "open"


def test_auto_close_on_photo(tmp_path: Path, db_url: str) -> None:
    steps = [REPORT, msg("10:00", "p1", "u3", image="a.jpg")]
    result = run(
        tmp_path, steps, db_url, images={"a.jpg": jpeg()}, first=setup(conversation={"auto_close_on_photo": True})
    )
    assert "自动销号" in result.reply("p1")["text"]
    assert result.tickets[1]["status"] == "closed"


def test_bad_photos_get_a_clear_reply_and_nothing_is_stored(tmp_path: Path, db_url: str) -> None:
    bomb = tmp_path / "bomb.png"
    Image.new("1", (8000, 6000)).save(bomb, "PNG")
    steps = [
        REPORT,
        msg("10:00", "p1", "u3", image="broken.jpg"),
        msg("10:01", "p2", "u3", image="huge.jpg"),
        msg("10:02", "p3", "u3", image="bomb.png"),
        msg("10:03", "p4", "u3", image="cut.jpg"),
    ]
    images = {"broken.jpg": b"this is not a picture", "huge.jpg": os.urandom(21 * 1024 * 1024), "cut.jpg": jpeg()[:300]}
    result = run(tmp_path, steps, db_url, images=images)
    retake = "这张图片无法使用：不是有效的图片。请重新拍照发送。"
    smaller = "，请发送时不要勾选“原图”（微信会自动压缩），或截图后发送。"
    assert result.reply("p1")["text"] == retake
    assert result.reply("p2")["text"] == "图片太大（超过20MB）" + smaller
    assert result.reply("p3")["text"] == "图片太大（超过4000万像素）" + smaller
    assert result.reply("p4")["text"] == retake
    assert (result.tickets[1]["status"], result.tickets[1]["photos"]) == ("open", 0)


def test_review_roles_are_configurable(tmp_path: Path, db_url: str) -> None:
    steps = [
        REPORT,
        msg("10:00", "p1", "u3", image="a.jpg"),
        msg("10:01", "r1", "u4", "#1 合格"),
        msg("10:02", "r2", "u5", "#1 合格"),
    ]
    first = setup(permissions={"review": ["member"]})
    result = run(tmp_path, steps, db_url, images={"a.jpg": jpeg()}, first=first)
    assert result.reply("r1")["text"] == "抱歉，复核通过需要成员权限，请联系管理员。"
    assert result.reply("r2")["text"] == "#1 复核通过，已销号。"


def test_a_promise_is_not_taken_for_a_fix(tmp_path: Path, db_url: str) -> None:
    steps = [
        msg("09:00", "m1", "u1", "3号楼楼道堆物，请物业处理"),
        msg("09:10", "p1", "u3", "物业说明天来清"),
        msg("09:20", "p2", "u2", "物业正在处理"),
        msg("09:30", "f1", "u3", "3号楼已清理"),
    ]
    result = run(tmp_path, steps, db_url)
    assert result.replies_to("p1") == [] and result.replies_to("p2") == []
    assert "请补发整改照片" in result.reply("f1")["text"]
    assert result.tickets[1]["status"] == "open"
