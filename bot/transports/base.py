"""What every transport offers the rest of the bot."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from aiohttp import web
from sqlmodel import Session

from handlers.messages import Incoming, Reply
from storage.models import Outbound

Receive = Callable[[Incoming], Awaitable[None]]


@dataclass(frozen=True)
class Journal:
    """What a transport whose platform is this bot's own database (the web chat) writes in the
    transaction that handles a message: the person's line, and the replies as already delivered —
    so a reply is shown exactly when its ticket is committed, with no second transaction."""

    incoming: Callable[[Session, Incoming], None]
    replies: Callable[[Session, Incoming, list[tuple[int, Reply]]], None]


class TransportDown(Exception):
    """The platform cannot be reached now; the message waits in the outbox without losing a try."""


class Transport(ABC):
    platform: str = ""
    min_interval: float = 0.0
    """Seconds between two messages to the same group (platforms punish bursts)."""
    delivers_in_database: bool = False
    """Sending is a write to this bot's own database (the web chat): send_rows then marks the outbox
    rows sent in the same transaction, so each reply is shown exactly once."""
    journal: Journal | None = None

    @abstractmethod
    async def start(self, receive: Receive) -> None: ...

    @abstractmethod
    async def stop(self) -> None: ...

    @abstractmethod
    async def send(self, row: Outbound) -> str | None:
        """Sends one outbox row; returns the platform's id of the sent message."""

    def handled(self) -> None:  # noqa: B027  (most transports have nothing to show)
        """Told after the inbox committed a batch: a transport may show what was written."""

    async def send_rows(self, rows: list[Outbound]) -> None:
        """Only for a transport that delivers in the database: sends and marks the rows sent."""
        raise NotImplementedError

    @property
    @abstractmethod
    def connected(self) -> bool: ...

    def add_routes(self, app: web.Application) -> None:  # noqa: B027  (optional, most transports serve nothing)
        """A transport may serve pages or webhooks on the bot's HTTP server."""
