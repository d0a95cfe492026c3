"""The queue between the transports and the dispatcher: one worker handles messages in the order
they arrived, and the messages that queued up while it was busy share one transaction.

Transports deliver messages concurrently (every web chat request, every WeChat event is its own
task); handled side by side they could overtake one another and would share the directory cache
between threads. One worker keeps the order. Sharing a transaction is group commit: when a burst
arrives (a puppet reconnecting with its backlog, a busy morning), the commit — most of what a
message costs the database — is paid once per batch. A lone message is its own batch, so nothing
waits for company; no reply is sent before its ticket is committed either way.

Accepted means durable: `submit` returns only once the message is committed (handled, or held to be
retried), and raises NotAccepted when the database or the disk could not take it — the transport
then says so (HTTP 503, a WeChat message kept in its spool) instead of pretending it was received.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from collections.abc import Callable

from handlers.messages import Incoming
from storage.db import StorageUnavailable

log = logging.getLogger("xiuhua.inbox")
Chore = Callable[[], object]

MAX_BATCH = 64
"""Messages per transaction at most: a burst costs one commit per 64 messages, and the last of
them waits at most one batch's handling (~50 ms) for its reply to be queued."""


class NotAccepted(Exception):
    """The message could not be stored; nothing of it was kept. The sender should try again."""


class Inbox:
    def __init__(
        self,
        handle_batch: Callable[[list[Incoming]], object],
        handled: Callable[[], None] = lambda: None,
        max_batch: int = MAX_BATCH,
    ) -> None:
        self._handle_batch = handle_batch
        self._handled = handled
        self.max_batch = max_batch
        self._items: deque[tuple[Incoming | Chore, asyncio.Future[None]]] = deque()
        self._arrived = asyncio.Event()
        self._idle = asyncio.Event()
        self._idle.set()

    async def submit(self, message: Incoming) -> None:
        """Returns once the message is committed; raises NotAccepted if it could not be stored."""
        await self._enqueue(message)

    async def chore(self, work: Chore) -> None:
        """Runs `work` (in a thread) between batches: what touches the dispatcher (retrying held
        messages) keeps to the one worker, like the messages themselves."""
        await self._enqueue(work)

    async def _enqueue(self, item: Incoming | Chore) -> None:
        done = asyncio.get_running_loop().create_future()
        self._items.append((item, done))
        self._idle.clear()
        self._arrived.set()
        await done

    async def run(self) -> None:
        while True:
            while not self._items:
                self._idle.set()
                self._arrived.clear()
                await self._arrived.wait()
            work, done = self._items.popleft()
            if isinstance(work, Incoming):
                batch = [(work, done)]
                while self._items and len(batch) < self.max_batch and isinstance(self._items[0][0], Incoming):
                    batch.append(self._items.popleft())  # type: ignore[arg-type]
                await self._run_batch(batch)  # type: ignore[arg-type]
            else:
                await self._run_chore(work, done)

    async def _run_chore(self, work: Chore, done: asyncio.Future[None]) -> None:
        try:
            await asyncio.to_thread(work)
        except Exception as exc:
            log.exception("inbox chore failed")
            _settle(done, exc)
        else:
            _settle(done, None)
        finally:
            self._handled()

    async def _run_batch(self, batch: list[tuple[Incoming, asyncio.Future[None]]]) -> None:
        outcome: BaseException | None = None
        try:
            await asyncio.to_thread(self._handle_batch, [message for message, _ in batch])
        except StorageUnavailable as exc:
            log.error("%d message(s) not accepted, storage unavailable: %s", len(batch), exc)
            outcome = NotAccepted(str(exc))
        except Exception as exc:
            log.exception("%d message(s) could not be handled or held", len(batch))
            outcome = NotAccepted(repr(exc))
        finally:
            self._handled()
            for _, done in batch:
                _settle(done, outcome)

    async def finish(self, timeout: float) -> None:
        """Waits, at most `timeout` seconds, until every queued message has been handled: a stop
        should lose none of what the transports already took in."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._idle.wait(), timeout)


def _settle(done: asyncio.Future[None], outcome: BaseException | None) -> None:
    if done.done():
        return
    if outcome is None:
        done.set_result(None)
    else:
        done.set_exception(outcome)
