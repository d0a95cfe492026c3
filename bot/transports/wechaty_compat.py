"""Everything python-wechaty 0.10.7 needs to run on Python 3.11 here, in one place.

- A dataclass default in wechaty is an unhashable PuppetOptions, which Python 3.11 rejects at
  import: PuppetOptions is made hashable (by identity) first.
- Importing wechaty creates ./.wechaty unless CACHE_DIR is set: it points into the data folder.
- Contact/Room/Tag pools and the message-id de-duplication set are process-wide: a new client
  (after a reconnect) must start with empty ones, or it silently drops messages.
- wechaty's loggers each get their own stderr handler and do not propagate: they would bypass
  xiuhua's log file and its masking of secrets (PuppetService logs the token when it starts).
  They are routed through xiuhua's handlers, at WARNING unless WECHATY_LOG asks for more.
- wechaty-puppet-service 0.8.10 opens a plain HTTP/2 channel (after asking a discovery service on
  the internet when no endpoint is set, and pinging the endpoint with telnet) and sends no
  authorization: service_puppet() returns its PuppetService connecting as wechaty-puppet-service
  >= 0.27 clients do (TLS, server name, token on every call; see wechaty_link.py).
tests/test_wechaty_compat.py fails when a shim stops being needed or stops working.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import AsyncIterator
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from bot.transports.wechaty_link import Link

LIBRARY_LOG_FORMAT = "%(asctime)s - %(name)s - %(levelname)s - %(message)s"
"""What wechaty_puppet.logger.get_logger formats with: how its loggers are recognised."""
FIRST_EVENT_SECONDS = 5.0
"""The TypeScript client waits this long for the first event (a heartbeat) of a new event stream."""
CALL_SECONDS = 15.0
"""Stop and Start get this long: a service that accepts connections but never answers is a failure."""


def load(cache_dir: Path) -> ModuleType:
    """Imports and returns the wechaty package, patched."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("CACHE_DIR", str(cache_dir))
    from wechaty_puppet.schemas.puppet import PuppetOptions

    if PuppetOptions.__hash__ is None:
        PuppetOptions.__hash__ = object.__hash__  # type: ignore[method-assign]
    import wechaty
    import wechaty_puppet_service  # noqa: F401  (its logger is made at import, to be adopted below)

    _adopt_library_loggers()
    return wechaty


def _adopt_library_loggers() -> None:
    for logger in list(logging.Logger.manager.loggerDict.values()):
        if not isinstance(logger, logging.Logger) or logger.propagate:
            continue
        if any(getattr(h.formatter, "_fmt", None) == LIBRARY_LOG_FORMAT for h in logger.handlers):
            logger.handlers = []
            logger.propagate = True
            if "WECHATY_LOG" not in os.environ:
                logger.setLevel(logging.WARNING)


def reset_pools() -> None:
    from wechaty.user.contact import Contact
    from wechaty.user.room import Room
    from wechaty.user.tag import Tag
    from wechaty.utils.async_helper import SingleIdContainer

    Contact._pool = {}
    Room._pool = {}
    Tag._pool = {}
    SingleIdContainer._instance = None


def service_puppet(options: Any, link: Link) -> Any:
    """A PuppetService for `link`; after its start() returns, .failure holds what ended it (None: the
    service ended the event stream)."""
    return _puppet_class()(options, link)


@cache
def _puppet_class() -> type:
    from grpclib.client import Channel
    from grpclib.config import Configuration
    from wechaty_grpc.wechaty import PuppetStub
    from wechaty_grpc.wechaty.puppet import EventResponse
    from wechaty_puppet_service import PuppetService

    class Stub(PuppetStub):  # type: ignore[misc]
        opened: AsyncIterator[EventResponse] | None = None

        def event(self) -> AsyncIterator[EventResponse]:
            """The stream start() opened first, then handed to the library's event loop."""
            opened, self.opened = self.opened, None
            return opened if opened is not None else super().event()

    class ServicePuppet(PuppetService):  # type: ignore[misc]
        def __init__(self, options: Any, link: Link) -> None:
            super().__init__(options)
            self.link = link
            self.failure: Exception | None = None

        def _init_puppet(self) -> None:
            """No discovery, no telnet ping: a channel with TLS, SNI and the token on every call."""
            link = self.link
            self.channel = Channel(
                link.host,
                link.port,
                ssl=link.ssl_context(),
                config=Configuration(ssl_target_name_override=link.server_name or None),
            )
            # as the library and the TypeScript client (grpc.default_authority) do: older services read it
            self.channel._authority = link.token
            self._puppet_stub = Stub(self.channel, metadata={"authorization": f"Wechaty {link.token}"})

        async def start(self) -> None:
            """Never raises: wechaty would sleep a minute, or stop the event loop, on an error here."""
            try:
                await self._connect_and_listen()
            except Exception as exc:
                self.failure = exc

        async def _connect_and_listen(self) -> None:
            self._init_puppet()
            stub = self._puppet_stub
            async with asyncio.timeout(CALL_SECONDS):
                await stub.stop()  # as python-wechaty does: ends a stream the service still holds for us
            events = stub.event().__aiter__()
            first = asyncio.ensure_future(_next(events))
            try:
                # TypeScript order: the stream is open (and has shown TLS and token work) before Start
                await asyncio.wait({first}, timeout=FIRST_EVENT_SECONDS)
                if first.done():
                    first.result()
                async with asyncio.timeout(CALL_SECONDS):
                    await stub.start()
                stub.opened = _replay(first, events)
                await self._listen_for_event()
            finally:
                first.cancel()

        async def stop(self) -> None:
            try:
                await super().stop()
            finally:
                if self.channel is not None:
                    self.channel.close()
                    self.channel = None

    return ServicePuppet


async def _next(events: AsyncIterator[Any]) -> Any:
    try:
        return await events.__anext__()
    except StopAsyncIteration:
        return None


async def _replay(first: asyncio.Future[Any], events: AsyncIterator[Any]) -> AsyncIterator[Any]:
    item = await first
    if item is None:
        return
    yield item
    async for item in events:
        yield item
