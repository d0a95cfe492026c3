"""What a handler is given: the message, the database session, who is speaking, and the bot's settings."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlmodel import Session

from handlers.messages import Incoming
from handlers.parsing import Parser
from handlers.roles import COORDINATOR
from handlers.settings import Settings
from handlers.worktime import WorkCalendar
from storage.directory import Directory, GroupInfo, MemberInfo


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
    roles: frozenset[str] = field(default_factory=frozenset)
    coordinator_anywhere: bool = False

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

    def _allowed(self, roles: list[str]) -> bool:
        return not roles or bool(self.roles & set(roles)) or (COORDINATOR in roles and self.coordinator_anywhere)

    def can_report(self) -> bool:
        return self._allowed(self.config.permissions.report)

    def can_review(self, reporter_id: int | None) -> bool:
        return reporter_id == self.member.id or self._allowed(self.config.permissions.review)

    def can_admin(self) -> bool:
        return self._allowed(self.config.permissions.admin)

    def sees_all_groups(self) -> bool:
        """A coordinator in a coordinators' group (or writing privately) asks across all groups."""
        in_place = self.group.coordinators or self.msg.private
        return in_place and (COORDINATOR in self.roles or self.coordinator_anywhere)
