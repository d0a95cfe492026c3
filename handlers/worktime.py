"""The working calendar: working days (weekends, and optionally Chinese public holidays with their
make-up working days) and working hours, for 工作时限 deadlines and for digests that skip days off."""

from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import chinese_calendar

from handlers.settings import Settings

log = logging.getLogger("xiuhua.calendar")


def clock(text: str) -> time:
    hour, minute = text.split(":")
    return time(int(hour), int(minute))


class WorkCalendar:
    def __init__(self, tz: ZoneInfo, holidays: bool, work_start: time, work_end: time) -> None:
        self.tz = tz
        self.holidays = holidays
        self.work_start = work_start
        self.work_end = work_end
        self._warned: set[int] = set()

    @classmethod
    def from_config(cls, config: Settings) -> WorkCalendar:
        c = config.calendar
        return cls(config.tz, c.holidays, clock(c.work_start), clock(c.work_end))

    def is_working_day(self, day: date) -> bool:
        if self.holidays:
            try:
                return bool(chinese_calendar.is_workday(day))
            except NotImplementedError:
                if day.year not in self._warned:
                    self._warned.add(day.year)
                    log.warning("no holiday data for %s in chinese-calendar; counting weekdays only", day.year)
        return day.weekday() < 5

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
