"""The deadline a ticket gets when the message states none: the category's default time to fix,
in calendar hours or counted on the working calendar (工作时限)."""

from __future__ import annotations

from datetime import datetime, timedelta

from handlers.parsing.taxonomy import Category
from handlers.worktime import WorkCalendar


def default_deadline(calendar: WorkCalendar, category: Category | None, now: datetime) -> datetime | None:
    if category is None:
        return None
    if category.deadline_working_hours is not None:
        return calendar.add_working_hours(now, category.deadline_working_hours)
    if category.deadline_working_days is not None:
        return calendar.add_working_days(now, category.deadline_working_days)
    if category.deadline_hours is not None:
        return now + timedelta(hours=category.deadline_hours)
    return None
