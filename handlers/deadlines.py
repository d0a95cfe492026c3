"""The deadline a ticket gets when the message states none: the category's default time to fix."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.config import Config
from bot.parsing.taxonomy import Category


def default_deadline(config: Config, category: Category | None, now: datetime) -> datetime | None:
    if category is None or category.deadline_hours is None:
        return None
    return now + timedelta(hours=category.deadline_hours)
