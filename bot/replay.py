"""`xiuhua replay`: a transcript through the real handlers, storage, parser and scheduler on a simulated clock.

The replay is itself the transport: after every step it delivers what the bot put in the outbox,
printing one JSON line per bot message, and ends with the state of every ticket.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from sqlmodel import select

from bot import config as config_module
from bot.clock import SimulatedClock
from bot.config import Config, ConfigError
from bot.declarations import apply as apply_declarations
from bot.dispatcher import Dispatcher
from bot.scheduler import Reminders, SimulatedReminders
from handlers.messages import Incoming
from handlers.parsing.build import parser_for
from handlers.settings import GroupConfig, MemberConfig
from storage import directory, lifecycle, outbox, tickets
from storage.db import Database
from storage.migrate import upgrade
from storage.models import Member, PhotoKind, Ticket

PLATFORM = "replay"


class TranscriptError(Exception):
    """A line of the transcript is not in the replay format; the message names the line."""


@dataclass
class Setup:
    groups: list[GroupConfig] = field(default_factory=list)
    members: list[MemberConfig] = field(default_factory=list)
    communities: list[str] = field(default_factory=list)
    config: dict[str, Any] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)


def _setup(data: dict[str, Any], line: int) -> Setup:
    try:
        groups = [
            GroupConfig(
                id=g["id"],
                topic=g.get("name", ""),
                community=g.get("community"),
                coordinators=bool(g.get("coordinators", False)),
            )
            for g in data.get("groups", [])
        ]
        members = [
            MemberConfig(id=m["id"], name=m.get("name", ""), role=m.get("role", "member"), groups=m.get("groups", []))
            for m in data.get("members", [])
        ]
    except (KeyError, TypeError, ValueError) as exc:
        raise TranscriptError(f"line {line}: bad setup ({exc})") from None
    names = {g.id: g.topic for g in groups} | {m.id: m.name for m in members}
    return Setup(groups, members, list(data.get("communities", [])), dict(data.get("config", {})), names)


def _time(value: Any, line: int) -> datetime:
    try:
        moment = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise TranscriptError(f"line {line}: 'at' must be an ISO time with offset, got {value!r}") from None
    if moment.tzinfo is None:
        raise TranscriptError(f"line {line}: 'at' needs a time zone offset, got {value!r}")
    return moment


def read(lines: TextIO) -> tuple[Setup, list[tuple[int, dict[str, Any]]]]:
    setup, steps = Setup(), []
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise TranscriptError(f"line {number}: not JSON ({exc.msg})") from None
        if not isinstance(data, dict):
            raise TranscriptError(f"line {number}: expected a JSON object")
        if "setup" in data:
            if steps:
                raise TranscriptError(f"line {number}: setup must be the first line")
            setup = _setup(data["setup"], number)
            continue
        if "at" not in data:
            raise TranscriptError(f"line {number}: missing 'at'")
        if not data.get("tick"):
            missing = [key for key in ("id", "group", "from") if key not in data]
            if missing:
                raise TranscriptError(f"line {number}: missing {', '.join(repr(k) for k in missing)}")
            if "text" not in data and "image" not in data:
                raise TranscriptError(f"line {number}: a message needs 'text' or 'image'")
        steps.append((number, data))
    return setup, steps


class Replay:
    def __init__(
        self, setup: Setup, base: Path, out: TextIO, db_url: str | None, workdir: Path, cache_dir: Path | None
    ) -> None:
        bot = {"data_dir": str(workdir / "data")} | ({"cache_dir": str(cache_dir)} if cache_dir else {})
        data = config_module.merge({"bot": bot}, setup.config)
        data.setdefault("database", {})["url"] = db_url or f"sqlite:///{workdir / 'replay.db'}"
        self.config: Config = config_module.build(data, "transcript setup config")
        self.setup = setup
        self.base = base
        self.out = out
        self.db = Database(self.config.database_url, retry_seconds=5)
        upgrade(self.db.engine)
        self.parser = parser_for(self.config)
        self.dispatcher = Dispatcher(self.config, self.db, self.parser)
        self.clock: SimulatedClock | None = None
        self.reminders: SimulatedReminders | None = None

    def run(self, steps: list[tuple[int, dict[str, Any]]]) -> None:
        for number, step in steps:
            moment = _time(step["at"], number)
            self._advance(moment, number, inclusive=bool(step.get("tick")))
            if not step.get("tick"):
                self.dispatcher.handle(self._message(number, step, moment))
            self._deliver()
        self._final()
        self.db.dispose()

    def _advance(self, moment: datetime, number: int, inclusive: bool) -> None:
        if self.clock is None:
            self.clock = SimulatedClock(moment, self.config.tz)
            self.reminders = SimulatedReminders(Reminders(self.config, self.db, worker="replay"), self.clock)
            self.db.run(
                lambda s: apply_declarations(
                    s, PLATFORM, self.setup.groups, self.setup.members, self.setup.communities, moment
                )
            )
            return
        if moment < self.clock.now():
            raise TranscriptError(f"line {number}: time goes backwards ({moment.isoformat()})")
        self.reminders.run_until(moment, self._deliver, inclusive)

    def _message(self, number: int, step: dict[str, Any], moment: datetime) -> Incoming:
        image = None
        if "image" in step:
            path = self.base / step["image"]
            try:
                image = path.read_bytes()
            except OSError as exc:
                raise TranscriptError(f"line {number}: cannot read image {step['image']}: {exc.strerror}") from None
        mentions = step.get("mentions", [])
        if not isinstance(mentions, list):
            raise TranscriptError(f"line {number}: 'mentions' must be a list of member ids")
        return Incoming(
            platform=PLATFORM,
            group_id=str(step["group"]),
            group_name=self.setup.names.get(str(step["group"]), ""),
            sender_id=str(step["from"]),
            sender_name=self.setup.names.get(str(step["from"]), str(step["from"])),
            message_id=str(step["id"]),
            at=moment,
            text=str(step.get("text", "")),
            mentions=tuple(str(m) for m in mentions),
            mentions_bot=bool(step.get("mentions_bot", False)),
            quote_id=str(step["quote"]) if step.get("quote") else None,
            image=image,
            image_name=Path(step["image"]).name if "image" in step else None,
        )

    def _deliver(self) -> None:
        def work(session):
            rows = outbox.pending(session, PLATFORM, limit=10_000)
            for row in rows:
                outbox.mark_sent(session, row.id, row.created_at, f"bot-{row.id}")
            return rows

        for row in self.db.run(work):
            record = {
                "at": row.created_at.astimezone(self.config.tz).isoformat(),
                "group": row.group_key,
                "text": row.text,
                "mentions": row.mentions,
                "file": row.file_name,
                "reply_to": row.reply_to,
            }
            self.out.write(json.dumps(record, ensure_ascii=False) + "\n")

    def _final(self) -> None:
        now = self.clock.now() if self.clock else None

        def work(session):
            rows = list(session.exec(select(Ticket).order_by(Ticket.number)))
            people = directory.members(session, {t.reporter_id for t in rows if t.reporter_id})
            ids = [t.id for t in rows]
            counts = tickets.photo_counts(session, ids), tickets.photo_counts(session, ids, PhotoKind.PROBLEM)
            return [self._ticket(t, people, counts, now) for t in rows]

        self.out.write(json.dumps({"tickets": self.db.run(work)}, ensure_ascii=False) + "\n")

    def _ticket(
        self, t: Ticket, people: dict[int, Member], counts: tuple[dict[int, int], dict[int, int]], now: datetime | None
    ) -> dict:
        return {
            "number": t.number,
            "status": t.status,
            "category": t.category,
            "community": t.community,
            "building": t.building,
            "unit": t.unit,
            "floor": t.floor,
            "description": t.description,
            "responsible": t.responsible,
            "deadline": t.deadline.astimezone(self.config.tz).isoformat() if t.deadline else None,
            "reporter": people[t.reporter_id].platform_id if t.reporter_id in people else None,
            "source": t.source_message_id,
            "photos": counts[0].get(t.id, 0),
            "problem_photos": counts[1].get(t.id, 0),
            "rework": t.rework_count,
            "overdue": bool(now and lifecycle.is_overdue(t, now)),
        }


def run(path: Path, out: TextIO, db_url: str | None = None, cache_dir: Path | None = None) -> None:
    """Raises TranscriptError (or ConfigError for a bad setup config) naming the line. The replay's
    photos and files go to a temporary folder; `cache_dir` (the deployment's) keeps jieba's
    dictionary cache between runs."""
    try:
        with path.open(encoding="utf-8") as handle:
            setup, steps = read(handle)
    except OSError as exc:
        raise TranscriptError(f"cannot read {path}: {exc.strerror}") from None
    with tempfile.TemporaryDirectory(prefix="xiuhua-replay-") as workdir:
        try:
            replay = Replay(setup, path.parent, out, db_url, Path(workdir), cache_dir)
        except ConfigError as exc:
            raise TranscriptError(str(exc)) from None
        replay.run(steps)
