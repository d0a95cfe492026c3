"""The settings handlers decide by: permissions, reminders, the working calendar, the taxonomy, who is
declared where. The running bot's own sections (database, HTTP, transports) extend them in bot.config.

Every section is a strict pydantic model, so a mistake in a config file names its key."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class BotSection(Section):
    name: str = "绣花"
    data_dir: Path = Path("xiuhua-data")
    cache_dir: Path | None = None
    """Where derived files live (jieba's dictionary cache); default: data_dir/cache."""
    timezone: str = "Asia/Shanghai"
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r} (expected an IANA name such as Asia/Shanghai)") from None
        return value


class ConversationSection(Section):
    photo_window_minutes: float = Field(default=10, gt=0)
    auto_close_on_photo: bool = False
    redelivery_window_seconds: float = Field(default=60, ge=0)


CLOCK_TIME = r"^([01]?\d|2[0-3]):[0-5]\d$"


class RemindersSection(Section):
    before_hours: float = Field(default=2, ge=0)
    overdue_repeat_time: str = Field(default="09:00", pattern=CLOCK_TIME)
    escalate_after_hours: list[float] = [24, 72]
    digest_time: str = Field(default="08:30", pattern=CLOCK_TIME)
    weekly_weekday: Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"] = "mon"
    weekly_time: str = Field(default="09:00", pattern=CLOCK_TIME)
    recheck_categories: list[str] = ["群租", "飞线充电", "违法搭建"]
    recheck_after_days: float = Field(default=7, ge=0)
    quiet_start: str = Field(default="21:00", pattern=CLOCK_TIME)
    quiet_end: str = Field(default="08:00", pattern=CLOCK_TIME)
    working_days_only: bool = True
    sweep_seconds: float = Field(default=30, gt=0)
    max_attempts: int = Field(default=5, ge=1)
    late_after_minutes: float = Field(default=5, gt=0)


class PhotosSection(Section):
    """The checks on fix photos (handlers.photo_checks). Distances are storage.fingerprints': how many
    of 192 bits differ; on the fixture set (bench/photo_match.py) copies of a photo stay at or under
    30 and different scenes at or over 46. The own-problem check is stricter because a photo of the
    same place cleared, taken from the same spot, can come as close as a copy: at 26 it still finds
    99.6% of copies and flags 6 of 36 such after-photos (at 38: 10)."""

    reuse_distance: int = Field(default=38, ge=0, le=192)
    own_problem_distance: int = Field(default=26, ge=0, le=192)
    lookback_days: float = Field(default=180, gt=0)
    taken_before_minutes: float = Field(default=10, ge=0)


class PermissionsSection(Section):
    report: list[str] = []
    review: list[str] = ["inspector", "coordinator"]
    admin: list[str] = ["admin", "coordinator"]
    reporter_reviews: bool = False
    """Lets whoever reported a ticket close it without the review role (off: a stranger who reports
    a problem cannot also declare it fixed)."""


DAYS = r"^\d{4}-\d{2}-\d{2}(\.\.\d{4}-\d{2}-\d{2})?$"


def _days(entries: list[str]) -> list[str]:
    """Each entry a date (2027-02-07) or a range (2027-02-10..2027-02-16) of real days, in order."""
    for entry in entries:
        first, _, last = entry.partition("..")
        start, end = date.fromisoformat(first), date.fromisoformat(last or first)
        if end < start:
            raise ValueError(f"{entry!r} ends before it starts")
    return entries


class CalendarSection(Section):
    holidays: bool = False
    work_start: str = Field(default="08:30", pattern=CLOCK_TIME)
    work_end: str = Field(default="17:30", pattern=CLOCK_TIME)
    extra_holidays: list[Annotated[str, Field(pattern=DAYS)]] = []
    """Days off announced after the holiday library's release (2027-02-10..2027-02-16)."""
    extra_workdays: list[Annotated[str, Field(pattern=DAYS)]] = []
    """Make-up working days (调休上班) announced likewise; both override the library."""

    @field_validator("extra_holidays", "extra_workdays")
    @classmethod
    def _real_days(cls, entries: list[str]) -> list[str]:
        return _days(entries)


class CategoryOverride(Section):
    name: str
    keywords: list[str] = []
    patterns: list[str] = []
    responsible: list[str] | None = None
    deadline_hours: float | None = None
    deadline_working_hours: float | None = None
    deadline_working_days: float | None = None
    beats: list[str] = []
    absorbs: list[str] = []
    unless: list[str] = []
    combos: list[list[list[str]]] = []
    things: list[list[str]] = []


class AssessmentSection(Section):
    """How the back office's 物业考核 scores a property company (handlers.office.assessment)."""

    party: str = "物业"
    on_time_weight: float = Field(default=60, ge=0)
    rework_weight: float = Field(default=20, ge=0)
    overdue_weight: float = Field(default=20, ge=0)
    overdue_hours_for_zero: float = Field(default=72, gt=0)

    @model_validator(mode="after")
    def _some_weight(self) -> AssessmentSection:
        if self.on_time_weight + self.rework_weight + self.overdue_weight <= 0:
            raise ValueError("at least one weight must be above 0")
        return self


class TaxonomySection(Section):
    file: Path | None = None
    categories: list[CategoryOverride] = []


class GroupConfig(Section):
    id: str = ""
    topic: str = ""
    community: str | None = None
    coordinators: bool = False


class MemberConfig(Section):
    id: str = ""
    name: str = ""
    role: str
    groups: list[str] = []


class Settings(Section):
    bot: BotSection = BotSection()
    conversation: ConversationSection = ConversationSection()
    reminders: RemindersSection = RemindersSection()
    photos: PhotosSection = PhotosSection()
    calendar: CalendarSection = CalendarSection()
    permissions: PermissionsSection = PermissionsSection()
    assessment: AssessmentSection = AssessmentSection()
    taxonomy: TaxonomySection = TaxonomySection()
    communities: list[str] = []
    community_aliases: dict[str, str] = {}
    """Other ways a street writes a community: {"天一" = "天一小区"} — tickets carry the name on the right."""
    groups: list[GroupConfig] = []
    members: list[MemberConfig] = []

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.bot.timezone)

    @property
    def cache_dir(self) -> Path:
        return self.bot.cache_dir or self.bot.data_dir / "cache"
