"""Delivers the outbox through a transport: in order, rate limited per group, retried with backoff,
waiting (without spending tries) while the platform is unreachable."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import time

from bot.clock import Clock
from bot.config import Config
from bot.transports.base import Transport, TransportDown
from storage import notices, outbox
from storage.db import Database, StorageUnavailable

log = logging.getLogger("xiuhua.delivery")


class Deliverer:
    def __init__(self, config: Config, db: Database, transport: Transport, clock: Clock) -> None:
        self.config = config
        self.db = db
        self.transport = transport
        self.clock = clock
        self.worker = f"{socket.gethostname()}:{os.getpid()}:{transport.platform}"
        self._wake = asyncio.Event()
        self._last_sent: dict[str, float] = {}
        self._backoff = 0.0

    def wake(self) -> None:
        self._wake.set()

    async def run(self) -> None:
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=max(self._backoff, 1.0))
            self._wake.clear()
            if not self.transport.connected:
                continue
            try:
                await self.deliver_once()
            except StorageUnavailable as exc:
                log.error("outbox unavailable: %s", exc)

    async def deliver_once(self) -> int:
        rows = await asyncio.to_thread(
            self.db.run, lambda s: outbox.lease(s, self.transport.platform, self.worker, self.clock.now())
        )
        if rows and self.transport.delivers_in_database:
            await self.transport.send_rows(rows)
            self.wake()
            return len(rows)
        sent = 0
        for row in rows:
            await self._pace(row.group_key)
            try:
                message_id = await self.transport.send(row)
            except TransportDown:
                await asyncio.to_thread(self.db.run, lambda s: outbox.release(s, self.worker))
                return sent
            except Exception as exc:
                await self._failed(row, exc)
                return sent
            self._last_sent[row.group_key] = time.monotonic()
            self._backoff = 0.0
            await asyncio.to_thread(self._mark_sent, row.id, message_id)
            log.info("sent outbox %s to %s (%s)", row.id, row.group_key, self.transport.platform)
            sent += 1
        if len(rows):
            self.wake()
        return sent

    def _mark_sent(self, outbound_id: int, message_id: str | None) -> None:
        self.db.run(lambda session: outbox.mark_sent(session, outbound_id, self.clock.now(), message_id))

    async def _pace(self, group_key: str) -> None:
        wait = self.transport.min_interval - (time.monotonic() - self._last_sent.get(group_key, -1e9))
        if wait > 0:
            await asyncio.sleep(wait)

    async def _failed(self, row, exc: Exception) -> None:
        give_up = row.attempts + 1 >= self.config.reminders.max_attempts
        log.warning("sending outbox %s failed (try %d): %s", row.id, row.attempts + 1, exc)

        def work(session):
            outbox.mark_failed(session, row.id, str(exc), give_up)
            if give_up and row.notice_ids:
                notices.fail_for_outbound(session, row.notice_ids)

        await asyncio.to_thread(self.db.run, work)
        self._backoff = min(max(self._backoff * 2, 1.0), 60.0)
