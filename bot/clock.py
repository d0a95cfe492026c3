"""Time as a dependency: logic asks a clock, so replays and tests run on simulated time."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol
from zoneinfo import ZoneInfo


class Clock(Protocol):
    tz: ZoneInfo

    def now(self) -> datetime: ...


class SystemClock:
    """Wall-clock time in the deployment's zone."""

    def __init__(self, tz: ZoneInfo) -> None:
        self.tz = tz

    def now(self) -> datetime:
        return datetime.now(self.tz)


class SimulatedClock:
    """A clock that only moves when told to (replay, tests)."""

    def __init__(self, start: datetime, tz: ZoneInfo | None = None) -> None:
        if start.tzinfo is None:
            raise ValueError("simulated clock needs a timezone-aware start")
        self.tz = tz or ZoneInfo("Asia/Shanghai")
        self._now = start.astimezone(self.tz)

    def now(self) -> datetime:
        return self._now

    def set(self, moment: datetime) -> None:
        if moment.tzinfo is None:
            raise ValueError("simulated clock needs timezone-aware times")
        self._now = moment.astimezone(self.tz)
