"""What every part of the back office shares: settings, database, clock, and the way into the chat."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar
from zoneinfo import ZoneInfo

from aiohttp import web
from sqlmodel import Session

from bot.clock import Clock
from bot.config import Config
from bot.transports.base import Receive
from storage.db import Database
from storage.models import Account
from storage.scope import Scope

T = TypeVar("T")
ACCOUNT = web.RequestKey("account", Account)
SCOPE = web.RequestKey("scope", Scope)
"""Set once the caller is known: the Account, and the Scope every query of the request uses."""


@dataclass
class Office:
    config: Config
    db: Database
    clock: Clock
    submit: Receive
    """Hands a message to the chat's dispatcher (the running bot's inbox) and returns once it is handled."""
    categories: list[str]

    @property
    def tz(self) -> ZoneInfo:
        return self.config.tz

    async def run(self, work: Callable[[Session], T]) -> T:
        """One unit of database work in a worker thread, so a slow query never stalls the chat."""
        return await asyncio.to_thread(self.db.run, work)


OFFICE = web.AppKey("office", Office)


def office_of(request: web.Request) -> Office:
    return request.config_dict[OFFICE]


def caller(request: web.Request) -> tuple[Account, Scope]:
    return request[ACCOUNT], request[SCOPE]
