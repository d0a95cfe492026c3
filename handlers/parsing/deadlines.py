"""Deadline phrases → aware datetimes, by the conventions of the eval rules (China time)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from handlers.parsing.numbers import NUMERAL_CHARS, to_int
from handlers.parsing.scan import compile_scan

CN = rf"(?<![{NUMERAL_CHARS}])[{NUMERAL_CHARS}]{{1,4}}"
N = rf"(?:(?<!\d)\d{{1,4}}|{CN})"
DAY_OFFSETS = {
    "今天": 0,
    "今日": 0,
    "当天": 0,
    "当日": 0,
    "明天": 1,
    "明日": 1,
    "后天": 2,
    "大后天": 3,
    "今晚": 0,
    "明晚": 1,
    "今早": 0,
    "明早": 1,
    "今儿个": 0,
    "今儿": 0,
    "明儿个": 1,
    "明儿": 1,
    "后儿个": 2,
    "后儿": 2,
    "今朝": 0,
    "明朝": 1,
}
"""Days said relative to today; 今儿/明儿/后儿 are Beijing's 今天/明天/后天, 今朝/明朝 Shanghai's."""
PART_WORDS = {"上半天": "上午", "下半天": "下午", "头晌": "上午", "过晌": "下午", "清早": "早上", "大清早": "早上"}
"""Regional names of the day's halves: Shanghai's 上半天/下半天, Shandong's 头晌/过晌, northern 清早."""
DAY_PARTS = {"今晚": "晚上", "明晚": "晚上", "今早": "早上", "明早": "早上"}
WEEKDAYS = {
    "一": 0,
    "二": 1,
    "三": 2,
    "四": 3,
    "五": 4,
    "六": 5,
    "日": 6,
    "天": 6,
    "1": 0,
    "2": 1,
    "3": 2,
    "4": 3,
    "5": 4,
    "6": 5,
    "7": 6,
}
NEXT_WEEK = ("下周", "下星期", "下礼拜", "下个周", "下个星期", "下个礼拜")
AFTERNOON = ("下午", "晚上", "夜里", "傍晚", "晚")
END_OF_DAY = time(23, 59)
OFF_WORK = time(17, 0)
NOON = time(12, 0)

NEXT = r"(?<!(?<![统唯])一)下个?"
"""下 of 下周, not a verb's 一下 said before a weekday (清一下周四前: by this Thursday); 统一下周一前 is next week."""
GAP = r"[ \t]?"
"""A terse note's blank between a deadline's pieces (物业 周一 上午 前, 下午 3点 前)."""
PARTS = r"上午|中午|下午|晚上|夜里|早上|一大早|一早|大清早|清早|傍晚|(?<![楼路街])[上下]半天|头晌|过晌"
"""The parts of the day a deadline names (not 楼上半天, upstairs for half a day)."""
_TIME_OF_DAY = rf"""
    (?:{GAP}(?P<part>{PARTS}))?
    (?:{GAP}(?P<hour>\d{{1,2}}|{CN})(?:点钟?|时|:|\.(?=\d{{2}}))(?P<minute>\d{{2}}|半)?)?
    (?:{GAP}(?P<off>下班))?
    (?:{GAP}(?P<before>前|之前|以前|内|之内))?
"""
NOT_A_DATE = r"个|小时|天|日|米|元|块|万|公里|公斤|斤|吨|平|倍|分|亩|尺|寸|斗|度|折|层"
"""What follows a decimal number (3.5小时, 1.2米), which a date written 12.9 never has; a dotted number after a
part of the day or a day (下午4.30, 明天8.30) is a clock time, no date either."""
DEADLINE = compile_scan(
    rf"""
    (?P<dur>(?P<dn>\d{{1,2}}\.\d(?=\s*(?:个)?(?:小时|分钟))|{N}|半)\s*(?:个)?(?P<du>分钟|小时|天|日|周|星期|工作日|个工作日)(?:内|之内|以内))
  | (?:(?P<day>大后天|今天|今日|当天|当日|明天|明日|后天|今晚|明晚|今早|明早|今儿个|今儿|明儿个|明儿|后儿个|后儿
                |今朝|明朝)
      |(?P<wk>本周|这个?周|{NEXT}周|{NEXT}星期|本星期|这个?星期|{NEXT}礼拜|本礼拜|这个?礼拜|周|星期|礼拜)(?P<wd>六(?!日)|[一二三四五日天1-7])
      |(?:(?:(?P<year>(?<!\d)\d{{4}})年)?(?P<mon>(?<!\d)\d{{1,2}}|{CN})月(?P<mdom>\d{{1,2}}|{CN})[日号])
      |(?P<dom>(?<!\d)\d{{1,2}}|{CN})[日号](?=(?:前|之前|以前)(?![门面边头后院楼厅台客厢窗]|排(?!查)|弄堂|弄里|巷))
      |(?P<iy>(?<![\d-])\d{{4}})-(?P<im>\d{{1,2}})-(?P<id>\d{{1,2}})(?![\d-])
      |(?P<dm>(?<![\d.午早晚天上下])(?:1[0-2]|0?[1-9]))\.(?P<dd>[12]\d|3[01]|0?[1-9])(?![\d.%]|\s*(?:{NOT_A_DATE}))
     )(?:[ \t]*[(（](?:周|星期|礼拜)[一二三四五六日天][)）])?{_TIME_OF_DAY}
  | (?P<part2>{PARTS})
      (?:{GAP}(?P<hour2>\d{{1,2}}|{CN})(?:点钟?|时|:|\.(?=\d{{2}}))(?P<minute2>\d{{2}}|半)?)?
      (?P<off2>下班)?(?:{GAP}(?P<before2>前|之前|以前|内|之内))?
  | (?P<hour3>(?<!\d)\d{{1,2}}|(?<![\d一二三四五六七八九十两差早晚多快])(?:十[一二]?|[一二两三四五六七八九]))(?::|点钟?)
      (?P<minute3>\d{{2}}|半)?{GAP}(?P<before3>前|之前|以前)
  | (?P<off3>下班)(?P<before4>前|之前|以前)
    """,
    re.VERBOSE,
)
"""周六日 is the weekend (周六日都没停过), no Saturday; a form's date may be written 2026-11-09 17:30 or 12.9.
Compiled to scan (a lookahead for the first characters): it is searched in every clause with a time word and
opens with groups, so the engine alone would try each form at every character."""


@dataclass(frozen=True)
class DeadlinePhrase:
    moment: datetime
    explicit: bool
    """Ends in 前/内 (or is a duration): a deadline wherever it stands, not only in a request."""
    start: int = 0
    end: int = 0
    """Where the phrase stands in the text, so the caller can read what is said around it."""


APPROXIMATE_HOURS = frozenset(
    {"一两", "一二", "两三", "二三", "三四", "四五", "五六", "六七", "七八", "八九", "九十", "十一二"}
)
"""Two neighbouring numerals (晚上一两点, 早上七八点): roughly when something happens, never a deadline."""


def _clock(part: str | None, hour: str | None, minute: str | None, off: str | None) -> time | None:
    part = PART_WORDS.get(part or "", part)
    if hour in APPROXIMATE_HOURS:
        hour = hour[-1] if hour != "十一二" else "十二"  # 两三点前: by the later of the two
    if hour is not None:
        h = to_int(hour)
        if h is None or h > 24:
            return None
        if (part in AFTERNOON and h < 12) or (part == "中午" and h < 6):
            h += 12
        m = 30 if minute == "半" else int(minute) if minute else 0
        return time(min(h, 23), min(m, 59)) if h < 24 else END_OF_DAY
    if off:
        return OFF_WORK
    if part in ("上午", "中午", "早上", "一早", "一大早"):
        return NOON
    if part in ("下午", "傍晚"):
        return OFF_WORK
    return None


def _week_day(sent: date, word: str, weekday: str) -> date:
    monday = sent - timedelta(days=sent.weekday())
    if word in NEXT_WEEK:
        return monday + timedelta(days=7 + WEEKDAYS[weekday])
    target = monday + timedelta(days=WEEKDAYS[weekday])
    return target if target >= sent else target + timedelta(days=7)


def _calendar_day(sent: date, month: str | None, day: str, year: str | None = None) -> date | None:
    """A day without a year is the next one to come; a year written out is taken as written, even when
    it is past (the caller decides what a past deadline means)."""
    d = to_int(day)
    if d is None or not 1 <= d <= 31:
        return None
    if year is not None and month is not None:
        try:
            return date(int(year), int(to_int(month) or 0), d)
        except ValueError:
            return None
    if month is not None:
        m = to_int(month)
        if m is None or not 1 <= m <= 12:
            return None
        for this_or_next in (sent.year, sent.year + 1):
            try:
                candidate = date(this_or_next, m, d)
            except ValueError:
                return None
            if candidate >= sent:
                return candidate
        return None
    y, m = sent.year, sent.month
    for _ in range(3):
        try:
            candidate = date(y, m, d)
            if candidate >= sent:
                return candidate
        except ValueError:
            pass
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return None


def _working_days_after(start: date, count: int) -> date:
    day = start
    while count > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


def _from_match(match: re.Match[str], sent: datetime) -> DeadlinePhrase | None:
    g = match.groupdict()
    today = sent.date()
    if g["dur"]:
        n = 0.5 if g["dn"] == "半" else float(g["dn"]) if "." in g["dn"] else to_int(g["dn"])
        if n is None or n > 400:
            return None
        if g["du"] in ("分钟", "小时"):
            return DeadlinePhrase(sent + timedelta(**{"minutes" if g["du"] == "分钟" else "hours": n}), True)
        if "工作日" in g["du"]:
            day = _working_days_after(today, int(n))
        else:
            day = today + timedelta(days=int(n * 7 if g["du"] in ("周", "星期") else n))
        return DeadlinePhrase(datetime.combine(day, END_OF_DAY, sent.tzinfo), True)
    if g["part2"] is not None:
        clock = _clock(g["part2"], g["hour2"], g["minute2"], g["off2"])
        before = g["before2"] if g["before2"] not in ("内", "之内") else None  # 上午之内: only if an act follows
        day = today
        if g["hour2"] in APPROXIMATE_HOURS and before is None:
            return None  # 晚上一两点还在吆喝: roughly when, no deadline
    elif g["hour3"] is not None:
        clock, before, day = _clock(None, g["hour3"], g["minute3"], None), g["before3"], today
    elif g["off3"] is not None:
        clock, before, day = OFF_WORK, g["before4"], today
    else:
        if g["day"]:
            day = today + timedelta(days=DAY_OFFSETS[g["day"]])
        elif g["wk"]:
            day = _week_day(today, g["wk"], g["wd"])
        else:
            found = _calendar_day(
                today, g["mon"] or g["im"] or g["dm"], g["mdom"] or g["dom"] or g["id"] or g["dd"], g["year"] or g["iy"]
            )
            if found is None:
                return None
            day = found
        clock = _clock(g["part"] or DAY_PARTS.get(g["day"] or ""), g["hour"], g["minute"], g["off"])
        before = g["before"]
    dated = g["day"] or g["wk"] or g["dom"] or g["mdom"] or g["id"] or g["dd"]
    if clock is None and not dated:
        return None
    return DeadlinePhrase(datetime.combine(day, clock or END_OF_DAY, sent.tzinfo), before is not None)


def spaced_apart(match: re.Match[str]) -> bool:
    """A phrase written in pieces set apart by blanks that names neither a day nor a 前/内 (晚上 9点 还在电钻):
    the time of the problem in a terse note, not a deadline."""
    if " " not in match.group() and "\t" not in match.group():
        return False
    dated = match["day"] or match["wk"] or match["mon"] or match["dom"] or match["im"] or match["dm"]
    return not (dated or match["before"] or match["before2"] or match["before3"])


def find(text: str, sent: datetime) -> list[DeadlinePhrase]:
    """Every deadline-shaped phrase in `text`, in order; the caller decides which sets the deadline."""
    found = []
    for match in DEADLINE.finditer(text):
        if spaced_apart(match):
            continue
        phrase = _from_match(match, sent)
        if phrase is not None:
            found.append(DeadlinePhrase(phrase.moment, phrase.explicit, match.start(), match.end()))
    return found
