"""The periods coordinators ask about cover exactly their days."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from handlers.reports.periods import BadPeriod, period

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 18, 10, 30, tzinfo=TZ)  # a Wednesday


@pytest.mark.parametrize(
    ("words", "start", "end"),
    [
        ("今天", "2026-11-18", "2026-11-19"),
        ("昨天", "2026-11-17", "2026-11-18"),
        ("本周", "2026-11-16", "2026-11-23"),
        ("上周", "2026-11-09", "2026-11-16"),
        ("本月", "2026-11-01", "2026-12-01"),
        ("上月", "2026-10-01", "2026-11-01"),
        ("统计", "2026-11-16", "2026-11-23"),
        ("11月1日-11月15日", "2026-11-01", "2026-11-16"),
        ("2026-11-01至2026-11-30", "2026-11-01", "2026-12-01"),
    ],
)
def test_period_bounds(words: str, start: str, end: str) -> None:
    _, begins, ends = period(words, NOW)
    assert (begins.date().isoformat(), ends.date().isoformat()) == (start, end)
    assert begins.tzinfo is not None and (begins.hour, begins.minute) == (0, 0)


def test_this_month_in_december_ends_with_the_year() -> None:
    _, begins, ends = period("本月", datetime(2026, 12, 31, 23, 0, tzinfo=TZ))
    assert (begins.date().isoformat(), ends.date().isoformat()) == ("2026-12-01", "2027-01-01")


@pytest.mark.parametrize("words", ["11月31日-12月5日", "12月5日至11月1日"])
def test_no_such_range(words: str) -> None:
    with pytest.raises(BadPeriod):
        period(words, NOW)
