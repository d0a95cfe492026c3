"""Named periods (本周, 上月, 11月1日-11月15日) and the tickets registered in them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session

from storage import tickets
from storage.models import Ticket

PERIOD_WORDS = ("今天", "昨天", "本周", "上周", "本月", "上月")
RANGE = re.compile(
    r"(?:(\d{4})[-年/.])?(\d{1,2})[-月/.](\d{1,2})日?\s*(?:-|到|至|~|—)\s*(?:(\d{4})[-年/.])?(?:(\d{1,2})[-月/.])?(\d{1,2})日?"
)


class BadPeriod(ValueError):
    """A date range naming a day that does not exist (11月31日) or ending before it starts."""

    def __init__(self, written: str) -> None:
        super().__init__(f"not a date range: {written}")
        self.written = written


def period(text: str, now: datetime) -> tuple[str, datetime, datetime]:
    """(label, start, end) for 今天/昨天/本周/上周/本月/上月 or a date range (11月1日-11月15日); default 本周."""
    tz = now.tzinfo
    today = now.date()
    found = RANGE.search(text)
    if found:
        y1, m1, d1, y2, m2, d2 = found.groups()
        try:
            start = date(int(y1 or today.year), int(m1), int(d1))
            end = date(int(y2 or y1 or today.year), int(m2 or m1), int(d2))
        except ValueError as exc:
            raise BadPeriod(found.group().strip()) from exc
        if end < start:
            raise BadPeriod(found.group().strip())
        return (
            f"{start.month}月{start.day}日至{end.month}月{end.day}日",
            _at(start, tz),
            _at(end + timedelta(days=1), tz),
        )
    word = next((w for w in PERIOD_WORDS if w in text), "本周")
    monday = today - timedelta(days=today.weekday())
    first = today.replace(day=1)
    spans = {
        "今天": (today, today + timedelta(days=1)),
        "昨天": (today - timedelta(days=1), today),
        "本周": (monday, monday + timedelta(days=7)),
        "上周": (monday - timedelta(days=7), monday),
        "本月": (first, (first + timedelta(days=32)).replace(day=1)),
        "上月": ((first - timedelta(days=1)).replace(day=1), first),
    }
    start, end = spans[word]
    return word, _at(start, tz), _at(end, tz)


def _at(day: date, tz) -> datetime:
    return datetime.combine(day, time(0, 0), tz)


@dataclass
class Period:
    """The tickets registered in a named period, with the words that describe it."""

    scope: str
    label: str
    start: str
    end: str
    tickets: list[Ticket]


def period_tickets(
    session: Session, groups: list[int] | None, scope: str, argument: str, now: datetime, tz: ZoneInfo
) -> Period:
    label, start, end = period(argument, now)
    found = tickets.created_between(session, start, end, groups)
    last = (end - timedelta(days=1)).astimezone(tz)
    return Period(scope, label, f"{start:%m.%d}", f"{last:%m.%d}", found)
