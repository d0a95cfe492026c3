"""An in-process bot for tests, in the spirit of errbot's TestBot and nonebug: say a line as someone
and get the bot's replies, on a simulated clock and a real database, without a transport.

    bot = ChatBot(db, tmp_path)
    replies = bot.say("倪卫峰", "14号楼楼道堆物")
    assert replies[0].text.startswith("已登记1件")

The transcript replay (tests/replaying.py) stays the end-to-end path; this one tests one command.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlmodel import select

from bot import config as config_module
from bot.clock import SimulatedClock
from bot.declarations import apply
from bot.dispatcher import Dispatcher
from bot.scheduler import Reminders, SimulatedReminders
from handlers.messages import Incoming
from handlers.parsing.build import parser_for
from handlers.settings import GroupConfig, MemberConfig
from storage import outbox
from storage.db import Database
from storage.models import Ticket

TZ = ZoneInfo("Asia/Shanghai")
START = datetime(2026, 11, 18, 9, 0, tzinfo=TZ)
"""A Wednesday morning: a working day, outside quiet hours."""
PLATFORM = "harness"
GROUPS = [
    GroupConfig(id="tianyi", topic="天一创全群", community="天一小区"),
    GroupConfig(id="huamei", topic="华美创全群", community="华美小区"),
    GroupConfig(id="zizhiban", topic="街道自治办协调群", coordinators=True),
]
PEOPLE = {
    "倪卫峰": ("niweifeng", "inspector", ["tianyi", "huamei"]),
    "李晓": ("lixiao", "居委会", ["tianyi"]),
    "王经理": ("wangjingli", "物业", ["tianyi"]),
    "赵经理": ("zhaojingli", "物业", ["huamei"]),
    "城管队员": ("chengguan", "城管", ["tianyi"]),
    "陈主任": ("chenzhuren", "coordinator", ["tianyi", "huamei", "zizhiban"]),
    "张阿姨": ("zhangayi", "member", ["tianyi"]),
}


@dataclass(frozen=True)
class Said:
    """One message of the bot, as a group sees it."""

    message_id: str
    group: str
    text: str
    mentions: list[str]
    """Display names of the people @-mentioned."""
    file: str | None
    reply_to: str | None
    at: datetime


class ChatBot:
    def __init__(self, db: Database, data_dir: Path, start: datetime = START, **settings: Any) -> None:
        data = config_module.merge({"bot": {"data_dir": str(data_dir)}, "database": {"url": db.url}}, settings)
        self.config = config_module.build(data, "harness")
        self.db = db
        self.clock = SimulatedClock(start, TZ)
        self.dispatcher = Dispatcher(self.config, db, parser_for(self.config))
        self.reminders = SimulatedReminders(Reminders(self.config, db, worker="harness"), self.clock)
        self._ids = itertools.count(1)
        self.log: list[Said] = []
        """Everything the bot said, in order (notices sent while time passed included)."""
        self.last_id = ""
        self._names = {pid: name for name, (pid, _, _) in PEOPLE.items()}
        members = [MemberConfig(id=pid, name=n, role=r, groups=g) for n, (pid, r, g) in PEOPLE.items()]
        db.run(lambda s: apply(s, PLATFORM, GROUPS, members, ["天一小区", "华美小区"], start))

    def say(
        self,
        who: str,
        text: str,
        group: str = "tianyi",
        quote: str | None = None,
        mentions: tuple[str, ...] = (),
        to_bot: bool = False,
        after: timedelta = timedelta(minutes=1),
    ) -> list[Said]:
        """`who` says `text` in `group` a minute after the last step; returns what the bot answered."""
        return self._send(who, group, after, text=text, quote_id=quote, mentions=mentions, mentions_bot=to_bot)

    def photo(
        self, who: str, data: bytes, group: str = "tianyi", after: timedelta = timedelta(minutes=1)
    ) -> list[Said]:
        return self._send(who, group, after, image=data, image_name="photo.jpg")

    def wait(self, delta: timedelta) -> list[Said]:
        """Lets time pass, running the reminder jobs that fall due; returns what they sent."""
        sent: list[Said] = []
        self.reminders.run_until(self.clock.now() + delta, lambda: sent.extend(self._deliver()), inclusive=True)
        return sent + self._deliver()

    def ticket(self, number: int) -> Ticket:
        found = self.db.run(lambda s: s.exec(select(Ticket).where(Ticket.number == number)).first())
        assert found is not None, f"no ticket #{number}"
        return found

    def _send(self, who: str, group: str, after: timedelta, **fields: Any) -> list[Said]:
        self.wait(after)
        message = self.message(who, group=group, **fields)
        self.last_id = message.message_id
        self.dispatcher.handle(message)
        return self._deliver()

    def message(self, who: str, text: str = "", group: str = "tianyi", **fields: Any) -> Incoming:
        """The message `who` would send now (for tests that hand it to the dispatcher themselves)."""
        sender = PEOPLE[who][0] if who in PEOPLE else who
        mentions = tuple(PEOPLE[m][0] for m in fields.pop("mentions", ()))
        return Incoming(
            platform=PLATFORM,
            group_id=group,
            group_name=next((g.topic for g in GROUPS if g.id == group), group),
            sender_id=sender,
            sender_name=who,
            message_id=f"m{next(self._ids)}",
            at=self.clock.now(),
            mentions=mentions,
            text=text,
            **fields,
        )

    def _deliver(self) -> list[Said]:
        def work(session) -> list[Said]:
            rows = outbox.pending(session, PLATFORM, limit=10_000)
            for row in rows:
                outbox.mark_sent(session, row.id, self.clock.now(), f"bot-{row.id}")
            names = self._names
            return [
                Said(
                    f"bot-{r.id}",
                    r.group_key,
                    r.text,
                    [names.get(m, m) for m in r.mentions],
                    r.file_path,
                    r.reply_to,
                    r.created_at.astimezone(TZ),
                )
                for r in rows
            ]

        said = self.db.run(work)
        self.log.extend(said)
        return said
