"""Problem photos, and the checks on fix photos: reused, sent back, taken before the ticket — in chat."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from sqlmodel import select

from storage.models import EventKind, Photo, PhotoKind, TicketEvent
from tests.harness import TZ, ChatBot
from tests.photo_fixtures import bins, corridor, cropped, exif_taken, halved, jpeg_bytes, recompressed, stairwell

STAIRS = stairwell(random.Random(1))
OTHER_STAIRS = stairwell(random.Random(2))
BINS = bins(random.Random(3))
CORRIDOR = corridor(random.Random(4))


def _photos(chat: ChatBot, number: int) -> list[tuple[str, str]]:
    ticket = chat.ticket(number)
    rows = chat.db.run(lambda s: list(s.exec(select(Photo).where(Photo.ticket_id == ticket.id).order_by(Photo.id))))
    return [(p.kind, p.sha256[:8]) for p in rows]


def _flags(chat: ChatBot, number: int) -> list[str]:
    ticket = chat.ticket(number)
    statement = select(TicketEvent.note).where(
        TicketEvent.ticket_id == ticket.id, TicketEvent.kind == EventKind.PHOTO_FLAG
    )
    return list(chat.db.run(lambda s: list(s.exec(statement))))


def _report_with_photo(chat: ChatBot, text: str, photo: bytes) -> None:
    chat.say("倪卫峰", text)
    assert chat.photo("倪卫峰", photo) == [], "a problem photo gets no reply of its own"


def test_a_photo_right_after_a_report_is_its_problem_photo_not_a_fix(chat: ChatBot) -> None:
    _report_with_photo(chat, "14号楼楼道堆物，请物业处理", jpeg_bytes(STAIRS))
    ticket = chat.ticket(1)
    assert ticket.status == "open"
    assert [kind for kind, _ in _photos(chat, 1)] == [PhotoKind.PROBLEM]
    detail = chat.say("倪卫峰", "@绣花 #1", to_bot=True)[0].text
    assert "倪卫峰补充问题照片：1张照片" in detail
    fixed = chat.say("王经理", "14号楼已清理")
    assert "补发整改照片" in fixed[0].text, "the problem photo is not taken for the fix"


def test_photos_just_before_a_report_belong_to_all_its_tickets(chat: ChatBot) -> None:
    assert chat.photo("倪卫峰", jpeg_bytes(STAIRS)) == []
    replies = chat.say("倪卫峰", "14号楼楼道堆物；3号楼垃圾桶满溢，请物业处理", after=timedelta(minutes=3))
    assert "已登记2件" in replies[0].text and "已记录问题照片1张。" in replies[0].text
    assert [kind for kind, _ in _photos(chat, 1)] == [PhotoKind.PROBLEM]
    assert _photos(chat, 1) == _photos(chat, 2)


def test_after_the_window_the_reporter_s_photo_is_a_fix_again(chat: ChatBot) -> None:
    chat.say("倪卫峰", "14号楼楼道堆物，请物业处理")
    assert chat.photo("倪卫峰", jpeg_bytes(OTHER_STAIRS), after=timedelta(minutes=30)) == []
    assert _photos(chat, 1) == []
    assert chat.say("倪卫峰", "#1 已整改")[0].text.startswith("#1 已收到整改照片1张")
    assert [kind for kind, _ in _photos(chat, 1)] == [PhotoKind.FIX]


def test_a_fresh_fix_photo_raises_no_flag(chat: ChatBot) -> None:
    _report_with_photo(chat, "14号楼楼道堆物，请物业处理", jpeg_bytes(STAIRS))
    chat.say("倪卫峰", "3号楼垃圾桶满溢，请物业处理", after=timedelta(minutes=20))
    chat.photo("王经理", jpeg_bytes(OTHER_STAIRS), after=timedelta(hours=2))
    reply = chat.say("王经理", "14号楼已清理")[0].text
    assert reply == "#1 已收到整改照片1张，待@倪卫峰 复核。"
    assert _flags(chat, 1) == []


def test_a_photo_reused_from_another_ticket_is_flagged_even_resized_and_recompressed(chat: ChatBot) -> None:
    chat.say("倪卫峰", "14号楼楼道堆物，请物业处理")
    chat.photo("王经理", jpeg_bytes(STAIRS), after=timedelta(hours=1))
    chat.say("倪卫峰", "#1 合格")
    chat.wait(timedelta(days=15))
    chat.say("倪卫峰", "14号楼楼道又堆物了，请物业处理")
    replies = chat.photo("王经理", jpeg_bytes(recompressed(halved(STAIRS))), after=timedelta(hours=1))
    assert replies[0].text.splitlines() == [
        "#2 已收到整改照片1张，待@倪卫峰 复核。",
        "⚠ 此照片与#1的整改照片几乎相同（11月18日）",
    ]
    assert replies[0].mentions == ["倪卫峰"]
    assert _flags(chat, 2) == ["此照片与#1的整改照片几乎相同（11月18日）"]
    detail = chat.say("陈主任", "@绣花 #2", to_bot=True)[0].text
    assert "绣花提示照片存疑：此照片与#1的整改照片几乎相同（11月18日）" in detail


def test_another_ticket_s_problem_photo_sent_as_a_fix_is_flagged(chat: ChatBot) -> None:
    _report_with_photo(chat, "14号楼楼道堆物，请物业处理", jpeg_bytes(STAIRS))
    chat.say("倪卫峰", "3号楼垃圾桶满溢，请物业处理", after=timedelta(minutes=20))
    chat.photo("王经理", jpeg_bytes(cropped(0, 0, 0.1, 0)(STAIRS)), after=timedelta(hours=1))
    reply = chat.say("王经理", "3号楼已清理")[0].text
    assert reply.splitlines()[1] == "⚠ 此照片与#1的问题照片几乎相同（11月18日）"


def test_the_ticket_s_own_problem_photo_cropped_and_sent_back_is_flagged(chat: ChatBot) -> None:
    _report_with_photo(chat, "14号楼楼道堆物；3号楼垃圾桶满溢，请物业处理", jpeg_bytes(BINS))
    chat.say("王经理", "#2 已整改", after=timedelta(hours=3))
    reply = chat.photo("王经理", jpeg_bytes(cropped(0.05, 0.05, 0.05, 0.05)(BINS)))[0]
    assert reply.text.splitlines() == [
        "#2 已收到整改照片1张，待@倪卫峰 复核。",
        "⚠ 此照片与本件的问题照片几乎相同，请核对是否已整改",
    ], "#1 has the same problem photo: said once, as this ticket's own"


def test_a_rejected_fix_photo_sent_again_is_flagged_and_the_rework_counted(chat: ChatBot) -> None:
    chat.say("倪卫峰", "14号楼楼道堆物，请物业处理")
    chat.photo("王经理", jpeg_bytes(CORRIDOR), after=timedelta(hours=1))
    chat.say("倪卫峰", "#1 不合格 还有纸箱")
    reply = chat.photo("王经理", jpeg_bytes(recompressed(CORRIDOR)), after=timedelta(hours=1))[0]
    assert reply.text.splitlines()[1] == "⚠ 此照片与本件11月18日被退回的整改照片几乎相同"
    assert chat.ticket(1).rework_count == 1


def test_a_photo_taken_before_the_ticket_was_registered_is_flagged_only_with_exif(chat: ChatBot) -> None:
    chat.say("倪卫峰", "14号楼楼道堆物；3号楼垃圾桶满溢，请物业处理")
    old = datetime(2026, 11, 10, 15, 20, tzinfo=TZ)
    with_exif = jpeg_bytes(STAIRS, exif=exif_taken(old, with_offset=False))
    chat.say("王经理", "#1 已整改", after=timedelta(hours=1))
    reply = chat.photo("王经理", with_exif)[0]
    assert reply.text.splitlines()[1] == "⚠ 此照片拍摄于11月10日 15:20，早于本件登记时间（11月18日 09:01）"
    chat.say("王经理", "#2 已整改")
    assert "⚠" not in chat.photo("王经理", jpeg_bytes(BINS))[0].text, "no EXIF, nothing said"


def test_a_camera_time_just_after_the_report_is_not_flagged(chat: ChatBot) -> None:
    chat.say("倪卫峰", "14号楼楼道堆物，请物业处理")
    later = chat.clock.now() + timedelta(minutes=40)
    chat.say("王经理", "#1 已整改", after=timedelta(hours=1))
    reply = chat.photo("王经理", jpeg_bytes(STAIRS, exif=exif_taken(later)))[0]
    assert "⚠" not in reply.text


def test_one_photo_for_tickets_named_together_is_allowed_and_not_again_later(chat: ChatBot) -> None:
    chat.say("倪卫峰", "14号楼楼道堆物；15号楼楼道堆物，请物业处理")
    chat.photo("王经理", jpeg_bytes(STAIRS), after=timedelta(hours=1))
    replies = chat.say("王经理", "#1 #2 已整改")
    assert [r.text for r in replies] == [
        "#1 已收到整改照片1张，待@倪卫峰 复核。",
        "#2 已收到整改照片1张，待@倪卫峰 复核。",
    ]
    chat.say("倪卫峰", "16号楼楼道堆物，请物业处理", after=timedelta(hours=1))
    chat.say("王经理", "#3 已整改", after=timedelta(hours=1))
    reply = chat.photo("王经理", jpeg_bytes(STAIRS))[0].text
    assert reply.splitlines()[1].startswith("⚠ 此照片与#2的整改照片几乎相同")


def test_a_photo_after_naming_several_tickets_goes_to_each(chat: ChatBot) -> None:
    chat.say("倪卫峰", "14号楼楼道堆物；15号楼楼道堆物，请物业处理")
    chat.say("王经理", "#1 #2 已整改", after=timedelta(hours=1))
    replies = chat.photo("王经理", jpeg_bytes(STAIRS))
    assert [r.text for r in replies] == [
        "#1 已收到整改照片1张，待@倪卫峰 复核。",
        "#2 已收到整改照片1张，待@倪卫峰 复核。",
    ]
