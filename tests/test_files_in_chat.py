"""The files the chat sends are opened and read: the 台账 workbook and the 周报 chart."""

from __future__ import annotations

import random
import re
import warnings
import zipfile

from matplotlib import font_manager
from matplotlib.ft2font import FT2Font
from openpyxl import load_workbook
from PIL import Image

from handlers.reports.chart import chinese_font
from tests.harness import ChatBot
from tests.photo_fixtures import jpeg_bytes, stairwell
from tests.replaying import jpeg


def _some_tickets(chat: ChatBot) -> None:
    chat.say("倪卫峰", "14号楼楼道堆物，请物业明天下班前整改")
    chat.photo("倪卫峰", jpeg_bytes(stairwell(random.Random(1))))
    chat.say("倪卫峰", "3号楼门口垃圾满溢，请保洁处理")
    chat.photo("王经理", jpeg())
    chat.say("王经理", "#1 已整改")
    chat.say("倪卫峰", "#1 合格")


def test_the_ledger_in_the_chat_holds_every_ticket_of_the_period(chat: ChatBot) -> None:
    _some_tickets(chat)
    [answer] = chat.say("陈主任", "台账 本月", to_bot=True)
    assert answer.text == "本群本月台账共2件，见附件。"
    rows = list(load_workbook(answer.file).active.iter_rows(values_only=True))
    assert rows[0][0].startswith("本群本月台账")
    assert rows[1][:3] == ("编号", "登记时间", "更新时间")
    body = [(r[0], r[3], r[4], r[5], r[7], r[9], r[13]) for r in rows[2:]]
    assert body == [
        ("#1", "天一小区", "天一小区14号楼 楼道", "楼道堆物", "物业", "已销号", 1),
        ("#2", "天一小区", "天一小区3号楼 门口", "暴露垃圾", "保洁", "待整改", 0),
    ]
    assert rows[1][13:] == ("整改照片数", "问题照片", "整改照片")
    with zipfile.ZipFile(answer.file) as workbook:
        drawing = workbook.read("xl/drawings/drawing1.xml").decode()
        pictures = [name for name in workbook.namelist() if name.startswith("xl/media/")]
    assert len(pictures) == 2, "#1's problem photo and its fix photo; #2 has none"
    anchors = [(column, row) for column, row in re.findall(r"<from><col>(\d+)</col>.*?<row>(\d+)</row>", drawing)]
    assert sorted(anchors) == [("14", "2"), ("15", "2")], "columns O and P of the first ticket's row (0-based)"


def test_the_weekly_chart_is_a_drawn_picture_with_its_chinese_title(chat: ChatBot) -> None:
    _some_tickets(chat)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        [answer] = chat.say("陈主任", "周报", group="zizhiban", to_bot=True)
    assert [str(w.message) for w in caught if "Glyph" in str(w.message) or "missing" in str(w.message)] == []
    assert answer.text.startswith("全街道本周周报，见图。\n全街道本周统计") and "新登记2件，已销号1件" in answer.text
    with Image.open(answer.file) as image:
        assert image.format == "PNG" and image.size == (1210, 550)
        pixels = image.convert("L")
        title = pixels.crop((0, 0, 1210, 50))
        assert sum(1 for value in title.tobytes() if value < 128) > 200, "no title drawn"
        assert sum(1 for value in pixels.tobytes() if value < 250) > 10_000, "the chart is blank"
    path = font_manager.findfont(font_manager.FontProperties(family=chinese_font()), fallback_to_default=False)
    font = FT2Font(path)
    assert all(font.get_char_index(ord(ch)) for ch in "全街道本周登记结案率按期返工逾期件问题类别责任方")
