"""What every transport offers the rest of the bot."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable

from aiohttp import web

from handlers.messages import Incoming
from storage.models import Outbound

Receive = Callable[[Incoming], Awaitable[None]]


class TransportDown(Exception):
    """The platform cannot be reached now; the message waits in the outbox without losing a try."""


class Transport(ABC):
    platform: str = ""
    min_interval: float = 0.0
    """Seconds between two messages to the same group (platforms punish bursts)."""

    @abstractmethod
    async def start(self, receive: Receive) -> None: ...

    @abstractmethod
    async def stop(self) -> None: ...

    @abstractmethod
    async def send(self, row: Outbound) -> str | None:
        """Sends one outbox row; returns the platform's id of the sent message."""

    @property
    @abstractmethod
    def connected(self) -> bool: ...

    def add_routes(self, app: web.Application) -> None:  # noqa: B027  (optional, most transports serve nothing)
        """A transport may serve pages or webhooks on the bot's HTTP server."""
