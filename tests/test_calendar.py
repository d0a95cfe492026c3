"""The working calendar a street office can correct: announced holidays and make-up days override the
library, and the bot says — once — when its holiday data is about to end."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.config import ConfigError, build
from handlers.worktime import WorkCalendar
from tests.harness import ChatBot

TZ = ZoneInfo("Asia/Shanghai")
SPRING_2027 = {"holidays": True, "extra_holidays": ["2027-02-10..2027-02-16"], "extra_workdays": ["2027-02-07"]}


def test_extra_days_override_the_library() -> None:
    calendar = WorkCalendar.from_config(build({"calendar": SPRING_2027}))
    assert calendar.is_working_day(date(2027, 2, 7)), "a make-up Sunday"
    assert not any(calendar.is_working_day(date(2027, 2, d)) for d in range(10, 17))
    assert calendar.is_working_day(date(2027, 2, 17))
    assert calendar.known_until() == date(2027, 2, 16)
    friday = datetime(2027, 2, 5, 16, 0, tzinfo=TZ)
    assert calendar.add_working_days(friday, 3) == datetime(2027, 2, 9, 17, 30, tzinfo=TZ)
    assert calendar.add_working_days(friday, 4) == datetime(2027, 2, 17, 17, 30, tzinfo=TZ)


def test_the_library_still_counts_where_it_knows() -> None:
    calendar = WorkCalendar.from_config(build({"calendar": {"holidays": True}}))
    assert not calendar.is_working_day(date(2026, 10, 1)) and calendar.is_working_day(date(2026, 9, 28))
    assert calendar.known_until() == date(2026, 12, 31)
    assert WorkCalendar.from_config(build({})).known_until() is None


@pytest.mark.parametrize(
    ("entries", "message"),
    [(["2027-02-30"], "day is out of range"), (["2027-02-16..2027-02-10"], "ends before it starts"), (["2/10"], "")],
)
def test_bad_days_name_their_key(entries: list[str], message: str) -> None:
    with pytest.raises(ConfigError, match=f"calendar.extra_holidays.*{message}"):
        build({"calendar": {"extra_holidays": entries}})


def test_the_coordinators_are_told_once_when_the_holiday_data_ends(db, tmp_path) -> None:
    start = datetime(2026, 12, 7, 9, 0, tzinfo=TZ)  # a Monday, 24 days before the data ends
    chat = ChatBot(db, tmp_path / "data", start=start, calendar={"holidays": True})
    sent = chat.wait(timedelta(days=3))
    warnings = [s for s in sent if "节假日数据只到" in s.text]
    assert len(warnings) == 1 and warnings[0].group == "zizhiban"
    assert "12月31日" in warnings[0].text
