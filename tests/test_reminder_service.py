"""The running bot's scheduler: on a stop, a sweep under way finishes before the database closes."""

import asyncio
import threading
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.clock import SystemClock
from bot.config import build
from bot.scheduler import Reminders, ReminderService
from storage.db import Database

TZ = ZoneInfo("Asia/Shanghai")


class SlowSweep(Reminders):
    """A real Reminders whose sweep takes long enough for a stop to arrive in the middle of it."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.started = threading.Event()
        self.finished = threading.Event()

    def sweep(self, now: datetime) -> int:
        self.started.set()
        threading.Event().wait(0.5)
        sent = super().sweep(now)
        self.finished.set()
        return sent


async def test_a_stop_waits_for_the_sweep_under_way(tmp_path: Path, db: Database) -> None:
    config = build({"bot": {"data_dir": str(tmp_path)}, "database": {"url": db.url}})
    reminders = SlowSweep(config, db)
    service = ReminderService(reminders, SystemClock(TZ))
    service.start()
    assert await asyncio.to_thread(reminders.started.wait, 10)
    await service.stop(timeout=10)
    assert reminders.finished.is_set()
    assert not service.scheduler.running
