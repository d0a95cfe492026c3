"""What a handler is given: the message, how the bot read it, the database session, who is speaking,
and the bot's settings."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlmodel import Session

from handlers.messages import Incoming, OutFile, Reply
from handlers.parsing import Parsed, Parser
from handlers.registry import Intent, Kind
from handlers.roles import COORDINATOR
from handlers.settings import Settings
from handlers.worktime import WorkCalendar
from storage.directory import Directory, GroupInfo, MemberInfo
from storage.photo_index import PhotoIndex


@dataclass
class Context:
    session: Session
    msg: Incoming
    config: Settings
    parser: Parser
    directory: Directory
    group: GroupInfo
    member: MemberInfo
    calendar: WorkCalendar
    photo_index: PhotoIndex
    """Every stored photo's fingerprint, for the checks on fix photos (one per process)."""
    roles: frozenset[str] = field(default_factory=frozenset)
    cross_group_coordinator: bool = False
    """A coordinator of the coordinators' group (or declared for every group): the one role that
    counts outside the group it was given in."""
    text: str = ""
    """The message text without a leading address to the bot (「@绣花 进度」 → 「进度」)."""
    addressed: bool = False
    parsed: Parsed = field(default_factory=Parsed)
    intent: Intent = field(default_factory=lambda: Intent(Kind.OTHER))

    @property
    def now(self) -> datetime:
        return self.msg.at

    @property
    def platform(self) -> str:
        return self.msg.platform

    @property
    def photos_dir(self) -> Path:
        return self.config.bot.data_dir / "photos"

    @property
    def files_dir(self) -> Path:
        return self.config.bot.data_dir / "files"

    def sees_all_groups(self) -> bool:
        """A coordinator in a coordinators' group (or writing privately) asks across all groups."""
        in_place = self.group.coordinators or self.msg.private
        return in_place and (COORDINATOR in self.roles or self.cross_group_coordinator)

    def reply(
        self,
        text: str,
        ticket_ids: list[int] | None = None,
        mentions: list[str] | None = None,
        file: OutFile | None = None,
    ) -> Reply:
        """A reply to the message being handled (quoting it where the platform can)."""
        return Reply(
            text=text, mentions=mentions or [], file=file, reply_to=self.msg.message_id, ticket_ids=ticket_ids or []
        )
