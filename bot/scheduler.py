"""Reminders on a schedule: a sweep that sends due notices and cron jobs that plan group notices.

`Reminders` holds the jobs and knows nothing of how time passes. `ReminderService` runs them on
APScheduler 3 in the running bot; `SimulatedReminders` runs the very same jobs at their own times
on a replay's simulated clock. Notices are rows in the database; claiming one and recording it
sent happen in one transaction with its outbox message, so each notice is handed over once even
with several bot processes on one PostgreSQL. Delivery from the outbox to the chat is at least
once: a process killed between the platform's send and the outbox's "sent" mark sends it again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger
from sqlmodel import Session

from bot.clock import Clock, SimulatedClock
from bot.config import Config
from handlers.reminders.planning import following
from handlers.reminders.render import Renderer
from handlers.worktime import WorkCalendar, clock
from storage import directory, notices, outbox, tickets
from storage.db import Database
from storage.directory import Directory
from storage.models import NoticeKind, NoticeStatus

log = logging.getLogger("xiuhua.reminders")
CATCH_UP = timedelta(hours=12)
RENDER_RETRY = timedelta(minutes=5)
"""A notice whose rendering failed (a chart without a font, a bug) is tried again this much later."""


class Reminders:
    def __init__(self, config: Config, db: Database, worker: str | None = None) -> None:
        self.config = config
        self.db = db
        self.worker = worker or f"{socket.gethostname()}:{os.getpid()}"
        self.calendar = WorkCalendar.from_config(config)
        self.directory = Directory()
        self.batch = 5000
        r = config.reminders
        tz = config.tz
        self.triggers = {
            NoticeKind.OVERDUE: _daily(r.overdue_repeat_time, tz),
            NoticeKind.DIGEST: _daily(r.digest_time, tz),
            NoticeKind.WEEKLY: CronTrigger(
                day_of_week=r.weekly_weekday,
                hour=clock(r.weekly_time).hour,
                minute=clock(r.weekly_time).minute,
                timezone=tz,
            ),
        }
        self.quiet_start, self.quiet_end = clock(r.quiet_start), clock(r.quiet_end)

    # -- quiet hours ---------------------------------------------------------------------------

    def quiet(self, moment: datetime) -> bool:
        local = moment.astimezone(self.config.tz).time()
        if self.quiet_start == self.quiet_end:
            return False
        if self.quiet_start < self.quiet_end:
            return self.quiet_start <= local < self.quiet_end
        return local >= self.quiet_start or local < self.quiet_end

    def end_of_quiet(self, moment: datetime) -> datetime:
        local = moment.astimezone(self.config.tz)
        end = local.replace(hour=self.quiet_end.hour, minute=self.quiet_end.minute, second=0, microsecond=0)
        return end if end > local else end + timedelta(days=1)

    # -- jobs ----------------------------------------------------------------------------------

    def fire(self, job: str, at: datetime) -> None:
        """Plans the group notices of a cron job that fires at `at` (planning twice plans once)."""
        skips_days_off = job in (NoticeKind.OVERDUE, NoticeKind.DIGEST) and self.config.reminders.working_days_only
        if skips_days_off and not self.calendar.is_working_day(at.astimezone(self.config.tz).date()):
            return
        self.db.run(lambda session: notices.plan(session, self._group_rows(session, job, at)))

    def _group_rows(self, session: Session, job: str, at: datetime) -> list[dict]:
        coordinators = {g.id for g in directory.coordinator_groups(session)}
        if job == NoticeKind.OVERDUE:
            targets = tickets.groups_with(session, at, overdue_only=True)
        elif job == NoticeKind.DIGEST:
            targets = tickets.groups_with(session, at, overdue_only=False) | coordinators
        else:
            targets = coordinators
        return [{"kind": job, "due_at": at, "group_id": group_id} for group_id in sorted(targets)]

    def catch_up(self, now: datetime) -> None:
        """After a restart, plans the cron notices whose time passed while no process was running."""
        for job, trigger in self.triggers.items():
            last = _previous_fire(trigger, now)
            if last is not None and now - last <= CATCH_UP:
                self.fire(job, last)

    def sweep(self, now: datetime) -> int:
        """Sends what is due; nothing during quiet hours (it waits for their end, merged per group)."""
        if self.quiet(now):
            return 0
        return self.db.run(lambda session: self._sweep(session, now))

    def _sweep(self, session: Session, now: datetime) -> int:
        self.directory.begin(session)
        claimed = notices.claim_due(session, now, self.worker, self.batch)
        if not claimed:
            return 0
        renderer = Renderer(session, self.config, self.directory, now, self.calendar)
        outcome: dict[str, list[int]] = {"sent": [], "late": [], "dropped": [], "failed": [], "retry": []}
        while claimed:
            self._render(session, claimed, renderer, outcome, now)
        outgoing = []
        for message in renderer.messages.values():
            group = renderer.group(message.group_id)
            outgoing.append(
                {
                    "platform": group.platform,
                    "group_key": group.platform_id,
                    "text": message.text,
                    "created_at": now,
                    "mentions": message.mentions,
                    "file_name": message.file.name if message.file else None,
                    "file_path": message.file.path if message.file else None,
                    "ticket_ids": message.ticket_ids,
                    "notice_ids": message.notice_ids,
                }
            )
        outbox.enqueue_many(session, outgoing)
        notices.mark(session, outcome["late"], NoticeStatus.SENT.value, now, late=True)
        notices.mark(session, outcome["dropped"], NoticeStatus.CANCELLED.value, None)
        notices.mark(session, outcome["failed"], NoticeStatus.FAILED.value, None)
        notices.retry_at(session, outcome["retry"], now + RENDER_RETRY)
        log.info(
            "sweep at %s: %d notices in %d messages (%d late, %d no longer needed)",
            now.isoformat(),
            len(outcome["sent"]) + len(outcome["late"]),
            len(renderer.messages),
            len(outcome["late"]),
            len(outcome["dropped"]),
        )
        return len(renderer.messages)

    def _render(
        self, session: Session, claimed: list, renderer: Renderer, outcome: dict[str, list[int]], now: datetime
    ) -> None:
        """Renders claimed notices, plans each ticket's next stage and claims at once those already due,
        so a stage that fell due while its predecessor waited (quiet hours, downtime) joins the same
        messages. Empties `claimed` when nothing more is due."""
        by_id = {t.id: t for t in tickets.of_claimed_notices(session, self.worker, now)}
        renderer.groups.update(directory.groups_by_ids(session, {n.group_id for n in claimed if n.group_id}))
        late_after = timedelta(minutes=self.config.reminders.late_after_minutes)
        for notice in claimed:
            late = now - notice.due_at > late_after and not self._waited_for_quiet(notice.due_at, now)
            try:
                done = renderer.add(notice, by_id.get(notice.ticket_id), late)
            except Exception:
                last = notice.attempts >= self.config.reminders.max_attempts
                log.exception(
                    "notice %s (%s) could not be rendered (try %d)%s",
                    notice.id,
                    notice.kind,
                    notice.attempts,
                    "; given up, counted in the coordinators' digest" if last else "; retried later",
                )
                outcome["failed" if last else "retry"].append(notice.id)
                continue
            outcome["late" if late and done else "sent" if done else "dropped"].append(notice.id)
        nexts = [
            row
            for notice in claimed
            if notice.ticket_id in by_id
            for row in following(by_id[notice.ticket_id], notice.kind, self.config)
        ]
        notices.plan(session, nexts)
        claimed[:] = (
            notices.claim_due(session, now, self.worker, self.batch)
            if any(row["due_at"] <= now for row in nexts)
            else []
        )

    def _waited_for_quiet(self, due: datetime, now: datetime) -> bool:
        """Held back by quiet hours rather than by the bot being down: not late."""
        return self.quiet(due) and now - self.end_of_quiet(due) <= timedelta(
            minutes=self.config.reminders.late_after_minutes
        )

    def next_event(self, after: datetime) -> datetime | None:
        """The next moment a job has work: a cron fire, or a pending notice coming due (after quiet hours)."""
        candidates = [
            t
            for trigger in self.triggers.values()
            if (t := trigger.get_next_fire_time(None, after + timedelta(microseconds=1))) is not None
        ]
        due = self.db.run(notices.next_due)
        if due is not None:
            moment = max(due, after)
            candidates.append(self.end_of_quiet(moment) if self.quiet(moment) else moment)
        return min(candidates) if candidates else None

    def run_at(self, moment: datetime) -> None:
        for job, trigger in self.triggers.items():
            if _fires_at(trigger, moment):
                self.fire(job, moment)
        self.sweep(moment)


def _daily(at: str, tz) -> CronTrigger:
    moment = clock(at)
    return CronTrigger(hour=moment.hour, minute=moment.minute, timezone=tz)


def _fires_at(trigger: CronTrigger, moment: datetime) -> bool:
    return trigger.get_next_fire_time(None, moment) == moment


def _previous_fire(trigger: CronTrigger, now: datetime) -> datetime | None:
    """The latest fire time at or before `now` within the catch-up window."""
    probe = now - CATCH_UP
    latest = None
    while (fire := trigger.get_next_fire_time(None, probe)) is not None and fire <= now:
        latest = fire
        probe = fire + timedelta(seconds=1)
    return latest


class SimulatedReminders:
    """Drives the jobs on a simulated clock, each at its own time (replay, tests)."""

    def __init__(self, reminders: Reminders, clock_: SimulatedClock) -> None:
        self.reminders = reminders
        self.clock = clock_

    def run_until(self, target: datetime, deliver: Callable[[], None], inclusive: bool) -> None:
        while True:
            moment = self.reminders.next_event(self.clock.now())
            if moment is None or moment > target or (moment == target and not inclusive):
                break
            self.clock.set(moment)
            self.reminders.run_at(moment)
            deliver()
        self.clock.set(target)


class ReminderService:
    """The jobs on APScheduler in the running bot: a sweep every few seconds, cron jobs at their times."""

    def __init__(self, reminders: Reminders, clock_: Clock) -> None:
        self.reminders = reminders
        self.clock = clock_
        self.scheduler = AsyncIOScheduler(timezone=reminders.config.tz)
        self._running: set[asyncio.Task] = set()
        self._caught_up = False

    def start(self) -> None:
        """Schedules the jobs; the catch-up after a restart is the first sweep's work (in a thread,
        retried with the next sweep if the database is away), never the event loop's."""
        every = self.reminders.config.reminders.sweep_seconds
        self.scheduler.add_job(
            self._sweep,
            "interval",
            seconds=every,
            next_run_time=self.clock.now(),
            max_instances=1,
            coalesce=True,
            id="sweep",
        )
        for job, trigger in self.reminders.triggers.items():
            self.scheduler.add_job(self._fire, trigger, args=[job], misfire_grace_time=3600, coalesce=True, id=job)
        self.scheduler.start()

    async def _sweep(self) -> None:
        with self._tracked():
            try:
                if not self._caught_up:
                    await asyncio.to_thread(self.reminders.catch_up, self.clock.now())
                    self._caught_up = True
                await asyncio.to_thread(self.reminders.sweep, self.clock.now())
            except Exception:
                log.exception("reminder sweep failed; retrying at the next one")

    async def _fire(self, job: str) -> None:
        now = self.clock.now().replace(second=0, microsecond=0)
        with self._tracked():
            try:
                await asyncio.to_thread(self.reminders.fire, job, now)
                await asyncio.to_thread(self.reminders.sweep, self.clock.now())
            except Exception:
                log.exception("reminder job %s failed", job)

    @contextlib.contextmanager
    def _tracked(self) -> Iterator[None]:
        task = asyncio.current_task()
        if task is not None:
            self._running.add(task)
        try:
            yield
        finally:
            self._running.discard(task)

    async def stop(self, timeout: float) -> None:
        """No new jobs; a sweep or job under way finishes (at most `timeout` seconds) before the
        database it writes to is closed. (Shutting APScheduler down cancels running jobs, so it is
        paused first and shut down after.)"""
        if not self.scheduler.running:
            return
        self.scheduler.pause()
        if self._running:
            await asyncio.wait(list(self._running), timeout=timeout)
        self.scheduler.shutdown(wait=False)
        await asyncio.sleep(0)  # AsyncIOScheduler carries the shutdown out on the loop's next turn
