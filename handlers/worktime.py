"""The working calendar: working days (weekends, and optionally Chinese public holidays with their
make-up working days) and working hours, for 工作时限 deadlines and for digests that skip days off.

The holiday library knows each year only once the State Council has announced it, and a release can
lag; [calendar] extra_holidays / extra_workdays let a street office enter the official schedule
itself, and the calendar says where its knowledge ends so that nobody trusts it past that day.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import chinese_calendar
from chinese_calendar import constants

from handlers.settings import Settings

log = logging.getLogger("xiuhua.calendar")


def clock(text: str) -> time:
    hour, minute = text.split(":")
    return time(int(hour), int(minute))


def expand(entries: list[str]) -> set[date]:
    """'2027-02-10..2027-02-16' and '2027-02-07' → the days they name."""
    days: set[date] = set()
    for entry in entries:
        first, _, last = entry.partition("..")
        day, end = date.fromisoformat(first), date.fromisoformat(last or first)
        while day <= end:
            days.add(day)
            day += timedelta(days=1)
    return days


class WorkCalendar:
    def __init__(
        self,
        tz: ZoneInfo,
        holidays: bool,
        work_start: time,
        work_end: time,
        extra_holidays: set[date] | None = None,
        extra_workdays: set[date] | None = None,
    ) -> None:
        self.tz = tz
        self.holidays = holidays
        self.work_start = work_start
        self.work_end = work_end
        self.extra_holidays = extra_holidays or set()
        self.extra_workdays = extra_workdays or set()
        self._warned = False

    @classmethod
    def from_config(cls, config: Settings) -> WorkCalendar:
        c = config.calendar
        return cls(
            config.tz,
            c.holidays,
            clock(c.work_start),
            clock(c.work_end),
            expand(c.extra_holidays),
            expand(c.extra_workdays),
        )

    def known_until(self) -> date | None:
        """The last day whose holidays are known (the library's last year, or the config's last
        entry if later); None when public holidays are not used at all."""
        if not self.holidays:
            return None
        library = date(max(constants.holidays).year, 12, 31)
        return max([library, *self.extra_holidays, *self.extra_workdays])

    def is_working_day(self, day: date) -> bool:
        if day in self.extra_workdays:
            return True
        if day in self.extra_holidays:
            return False
        if self.holidays:
            known = self.known_until()
            if known is not None and day > known:
                self._warn_past(known)
            else:
                try:
                    return bool(chinese_calendar.is_workday(day))
                except NotImplementedError:
                    self._warn_past(known)
        return day.weekday() < 5

    def _warn_past(self, known: date | None) -> None:
        if not self._warned:
            self._warned = True
            log.warning(
                "holiday data ends on %s: later days count weekdays only; enter the announced holidays under "
                "[calendar] extra_holidays / extra_workdays",
                known,
            )

    def add_working_hours(self, start: datetime, hours: float) -> datetime:
        """The moment `hours` of working time after `start` (time outside working hours does not count)."""
        remaining = timedelta(hours=hours)
        moment = start.astimezone(self.tz)
        while True:
            day = moment.date()
            opens = datetime.combine(day, self.work_start, self.tz)
            closes = datetime.combine(day, self.work_end, self.tz)
            if self.is_working_day(day) and moment < closes:
                moment = max(moment, opens)
                if moment + remaining <= closes:
                    return moment + remaining
                remaining -= closes - moment
            moment = datetime.combine(day + timedelta(days=1), self.work_start, self.tz)

    def add_working_days(self, start: datetime, days: float) -> datetime:
        """The end of the working day that is `days` working days after the day of `start`."""
        day = start.astimezone(self.tz).date()
        count = max(int(days), 1)
        while count:
            day += timedelta(days=1)
            if self.is_working_day(day):
                count -= 1
        return datetime.combine(day, self.work_end, self.tz)
