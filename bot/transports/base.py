"""What every transport offers the rest of the bot."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable

from aiohttp import web
from sqlmodel import Session

from handlers.messages import Incoming
from storage.models import Outbound

Receive = Callable[[Incoming], Awaitable[None]]


class TransportDown(Exception):
    """The platform cannot be reached now; the message waits in the outbox without losing a try."""


class Transport(ABC):
    platform: str = ""
    min_interval: float = 0.0
    """Seconds between two messages to the same group (platforms punish bursts)."""
    delivers_in_database: bool = False
    """Sending is a write to this bot's own database (the web chat): send_rows then marks the outbox
    rows sent in the same transaction, so each reply is shown exactly once."""
    journal: Callable[[Session, Incoming], None] | None = None
    """Written with each incoming message, in the transaction that handles it (the web chat's line)."""

    @abstractmethod
    async def start(self, receive: Receive) -> None: ...

    @abstractmethod
    async def stop(self) -> None: ...

    @abstractmethod
    async def send(self, row: Outbound) -> str | None:
        """Sends one outbox row; returns the platform's id of the sent message."""

    async def send_rows(self, rows: list[Outbound]) -> None:
        """Only for a transport that delivers in the database: sends and marks the rows sent."""
        raise NotImplementedError

    @property
    @abstractmethod
    def connected(self) -> bool: ...

    def add_routes(self, app: web.Application) -> None:  # noqa: B027  (optional, most transports serve nothing)
        """A transport may serve pages or webhooks on the bot's HTTP server."""
