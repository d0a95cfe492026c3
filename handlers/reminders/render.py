"""What reminders say: claimed notices rendered into messages, one per target group, at the time of
sending. Which renderer a kind of notice gets is the table RENDERERS."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlmodel import Session

from handlers import format as fmt
from handlers.messages import OutFile
from handlers.reports.periods import period_tickets
from handlers.reports.weekly import weekly_report
from handlers.settings import Settings
from handlers.templates import say
from handlers.worktime import WorkCalendar
from storage import directory, flags, held, lifecycle, notices, tickets
from storage.directory import Directory
from storage.models import ChatGroup, Notice, NoticeKind, Ticket, TicketStatus


@dataclass
class Message:
    """One message to one group, merged from the notices due for it."""

    group_id: int
    lines: list[str] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)
    ticket_ids: list[int] = field(default_factory=list)
    notice_ids: list[int] = field(default_factory=list)
    file: OutFile | None = None
    late: bool = False

    def mention(self, platform_ids: list[str]) -> None:
        self.mentions.extend(p for p in platform_ids if p not in self.mentions)

    @property
    def text(self) -> str:
        return (say("notices.late_mark") if self.late else "") + "\n".join(self.lines)


CALENDAR_NOTICE = timedelta(days=30)


class Renderer:
    """Turns claimed notices into messages, one per target group, at the time of sending."""

    def __init__(
        self,
        session: Session,
        config: Settings,
        people: Directory,
        now: datetime,
        calendar: WorkCalendar | None = None,
    ) -> None:
        self.calendar = calendar
        self._calendar_flag: dict[date, bool] = {}
        self.session = session
        self.config = config
        self.people = people
        self.now = now
        self.tz = config.tz
        self.messages: dict[tuple[int, bool], Message] = {}
        self._coordinator_groups: list[ChatGroup] | None = None
        self._late = False
        self.groups: dict[int, ChatGroup] = {}

    def coordinator_groups(self) -> list[ChatGroup]:
        if self._coordinator_groups is None:
            self._coordinator_groups = directory.coordinator_groups(self.session)
            self.groups.update({g.id: g for g in self._coordinator_groups})
        return self._coordinator_groups

    def group(self, group_id: int) -> ChatGroup | None:
        if group_id not in self.groups:
            self.groups.update(directory.groups_by_ids(self.session, [group_id]))
        return self.groups.get(group_id)

    def message(self, group_id: int, separate: bool = False) -> Message:
        message = self.messages.setdefault((group_id, separate), Message(group_id))
        message.late = message.late or self._late
        return message

    def _names(self, member_ids: list[int]) -> tuple[str, list[str]]:
        found = self.people.people(self.session, member_ids)
        return (
            "".join(f"@{found[i].display_name} " for i in member_ids if i in found),
            [found[i].platform_id for i in member_ids if i in found],
        )

    def add(self, notice: Notice, ticket: Ticket | None, late: bool) -> bool:
        """Renders one notice; False when it no longer applies (the ticket moved on)."""
        self._late = late
        return RENDERERS[NoticeKind(notice.kind)](self, notice, ticket)

    def _ticket_line(self, template: str, notice: Notice, ticket: Ticket, member_ids: list[int], **extra) -> None:
        names, ids = self._names(member_ids)
        message = self.message(ticket.group_id)
        message.lines.append(
            say(template, **fmt.summary(ticket, self.tz) | {"mentions": names or fmt.responsible(ticket)} | extra)
        )
        message.mention(ids)
        message.ticket_ids.append(ticket.id)
        message.notice_ids.append(notice.id)

    def before(self, notice: Notice, ticket: Ticket | None) -> bool:
        if ticket is None or ticket.status != TicketStatus.OPEN or ticket.deadline is None:
            return False
        if ticket.deadline <= self.now:
            return False
        left = fmt.duration(ticket.deadline - self.now)
        self._ticket_line("notices.before", notice, ticket, ticket.responsible_member_ids, left=left)
        return True

    def due(self, notice: Notice, ticket: Ticket | None) -> bool:
        if ticket is None or ticket.status != TicketStatus.OPEN:
            return False
        members = [*ticket.responsible_member_ids, *([ticket.reporter_id] if ticket.reporter_id else [])]
        self._ticket_line("notices.due", notice, ticket, list(dict.fromkeys(members)))
        return True

    def recheck(self, notice: Notice, ticket: Ticket | None) -> bool:
        if ticket is None or ticket.status != TicketStatus.CLOSED:
            return False
        reviewers = [ticket.reporter_id] if ticket.reporter_id else []
        days = f"{self.config.reminders.recheck_after_days:g}"
        self._ticket_line("notices.recheck", notice, ticket, reviewers, days=days)
        return True

    def escalate(self, notice: Notice, ticket: Ticket | None) -> bool:
        if ticket is None or ticket.status not in (TicketStatus.OPEN, TicketStatus.SUBMITTED) or not ticket.deadline:
            return False
        targets = [g.id for g in self.coordinator_groups()]
        if not targets:
            return False
        level = say("notices.level2" if notice.kind == NoticeKind.ESCALATE2 else "notices.level1")
        source = self.group(ticket.group_id)
        for target in targets:
            message = self.message(target)
            header = say("notices.escalate_header", level=level)
            if header not in message.lines:
                message.lines.append(header)
            message.lines.append(
                say(
                    "notices.escalate_line",
                    **fmt.summary(ticket, self.tz)
                    | {"group": source.name if source else "", "late": fmt.duration(self.now - ticket.deadline)},
                )
            )
            message.ticket_ids.append(ticket.id)
            message.notice_ids.append(notice.id)
        return True

    def overdue(self, notice: Notice, ticket: Ticket | None) -> bool:
        found = tickets.overdue(self.session, self.now, [notice.group_id])
        if not found:
            return False
        message = self.message(notice.group_id)
        message.lines.append(say("notices.overdue_header", count=len(found)))
        members: list[int] = []
        for t in found:
            mark = say("notices.submitted_mark") if t.status == TicketStatus.SUBMITTED else ""
            message.lines.append(
                say(
                    "notices.overdue_line",
                    **fmt.summary(t, self.tz) | {"late": fmt.duration(self.now - t.deadline), "status": mark},
                )
            )
            if t.status == TicketStatus.OPEN:
                members.extend(m for m in t.responsible_member_ids if m not in members)
        names, ids = self._names(members)
        if names:
            message.lines.append(say("notices.overdue_tail", mentions=names))
        message.mention(ids)
        message.ticket_ids.extend(t.id for t in found)
        message.notice_ids.append(notice.id)
        return True

    def digest(self, notice: Notice, ticket: Ticket | None) -> bool:
        group = self.group(notice.group_id)
        active = tickets.active(self.session, [notice.group_id])
        coordinators = bool(group and group.coordinators)
        failed = notices.failed_count(self.session) if coordinators else 0
        lost = held.failed_count(self.session) if coordinators else 0
        if not active and not failed and not lost and not (coordinators and self._calendar_ends_soon()):
            return False
        day_start = self.now.astimezone(self.tz).replace(hour=0, minute=0, second=0, microsecond=0)
        yesterday = tickets.created_between(self.session, day_start - timedelta(days=1), day_start, [notice.group_id])
        fixed = tickets.closed_between(self.session, day_start - timedelta(days=1), day_start, [notice.group_id])
        message = self.message(notice.group_id)
        if active:
            overdue = sum(1 for t in active if lifecycle.is_overdue(t, self.now))
            message.lines.append(
                say(
                    "notices.digest",
                    group=group.name if group else "",
                    new=len(yesterday),
                    fixed=len(fixed),
                    open=len(active),
                    overdue=overdue,
                )
            )
        if failed:
            message.lines.append(say("notices.digest_failed", count=failed))
        if lost:
            message.lines.append(say("notices.digest_unhandled", count=lost))
        if coordinators and self._calendar_ends_soon():
            message.lines.append(say("notices.calendar_ends", day=fmt.moment(self._calendar_end(), self.tz)))
        message.notice_ids.append(notice.id)
        return True

    def _calendar_end(self) -> datetime:
        known = self.calendar.known_until() if self.calendar else None
        return datetime.combine(known, time(23, 59), self.tz) if known else self.now

    def _calendar_ends_soon(self) -> bool:
        """Holiday data ending within a month: said once, in the coordinators' digest."""
        known = self.calendar.known_until() if self.calendar else None
        if known is None or known - self.now.astimezone(self.tz).date() > CALENDAR_NOTICE:
            return False
        return self._calendar_flag.setdefault(known, flags.first_time(self.session, f"calendar_ends:{known}"))

    def weekly(self, notice: Notice, ticket: Ticket | None) -> bool:
        chosen = period_tickets(self.session, None, say("query.all_groups"), "上周", self.now, self.tz)
        text, file = weekly_report(chosen, self.now, self.config.bot.data_dir / "files")
        message = self.message(notice.group_id, separate=True)
        message.lines.append(text)
        message.file = file
        message.notice_ids.append(notice.id)
        return True


RENDERERS: dict[NoticeKind, Callable[[Renderer, Notice, Ticket | None], bool]] = {
    NoticeKind.BEFORE: Renderer.before,
    NoticeKind.DUE: Renderer.due,
    NoticeKind.ESCALATE1: Renderer.escalate,
    NoticeKind.ESCALATE2: Renderer.escalate,
    NoticeKind.RECHECK: Renderer.recheck,
    NoticeKind.OVERDUE: Renderer.overdue,
    NoticeKind.DIGEST: Renderer.digest,
    NoticeKind.WEEKLY: Renderer.weekly,
}
