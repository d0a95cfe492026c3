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
from collections.abc import Callable

from handlers.messages import Incoming
from storage.db import StorageUnavailable

log = logging.getLogger("xiuhua.inbox")

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
        self._queue: asyncio.Queue[tuple[Incoming, asyncio.Future[None]]] = asyncio.Queue()

    async def submit(self, message: Incoming) -> None:
        """Returns once the message is committed; raises NotAccepted if it could not be stored."""
        done = asyncio.get_running_loop().create_future()
        self._queue.put_nowait((message, done))
        await done

    async def run(self) -> None:
        while True:
            batch = [await self._queue.get()]
            while len(batch) < self.max_batch and not self._queue.empty():
                batch.append(self._queue.get_nowait())
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
                    if not done.done():
                        if outcome is None:
                            done.set_result(None)
                        else:
                            done.set_exception(outcome)
                    self._queue.task_done()

    async def finish(self, timeout: float) -> None:
        """Waits, at most `timeout` seconds, until every queued message has been handled: a stop
        should lose none of what the transports already took in."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._queue.join(), timeout)
