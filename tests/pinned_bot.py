"""`python -m tests.pinned_bot ISO-TIME [run options]`: the real bot, with its clock starting at
ISO-TIME and moving on in real time, so a test of time-of-day behaviour (digests, catch-up after a
restart) means the same at any hour it runs."""

from __future__ import annotations

import asyncio
import sys
import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot import config as config_module
from bot.app import serve
from bot.logs import setup


class PinnedClock:
    def __init__(self, start: datetime, tz: ZoneInfo) -> None:
        self.tz = tz
        self._start = start
        self._started = time.monotonic()

    def now(self) -> datetime:
        return (self._start + timedelta(seconds=time.monotonic() - self._started)).astimezone(self.tz)


def main(argv: list[str]) -> int:
    start = datetime.fromisoformat(argv[0])
    config = config_module.load(argv[argv.index("--config") + 1] if "--config" in argv else None)
    setup(config.bot.log_level, config.bot.data_dir, config.secrets())
    asyncio.run(serve(config, clock=PinnedClock(start, config.tz)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
