"""The back office in process, on the harness's bot (tests/harness.py): the same database, clock and
dispatcher, so a desk action is heard by the chat and the test sees what the group was told.

    desk = Desk(chat)                     # accounts: chen (coordinator), ni (inspector, 天一小区), …
    me = await desk.client(aiohttp_client, "ni")
    page = await me.get_text("/admin/tickets/1")
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from aiohttp import web
from aiohttp.test_utils import TestClient
from argon2 import PasswordHasher
from sqlmodel import Session

from bot.backoffice import add_routes, credentials
from bot.backoffice.office import Office
from handlers.messages import Incoming
from storage import accounts, directory
from storage.models import AccountKind
from tests.harness import PLATFORM, ChatBot

PASSWORD = "desk-pass-123"
CHEAP_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
CSRF = re.compile(r'name="csrf" value="([^"]+)"')
ACCOUNTS = {
    "chen": ("coordinator", [], "chenzhuren"),
    "ni": ("inspector", ["天一小区"], "niweifeng"),
    "wang": ("物业", ["天一小区"], "wangjingli"),
    "zhao": ("物业", ["华美小区"], "zhaojingli"),
    "desk": ("coordinator", [], None),
    "desk-wy": ("物业", ["天一小区"], None),
}
"""name: (role, communities, the harness member it is linked to)."""


@cache
def password_hash() -> str:
    return CHEAP_HASHER.hash(PASSWORD)


def add_account(
    session: Session, kind: AccountKind, name: str, role: str, communities: list[str], member: str | None, at: datetime
) -> int:
    member_id = directory.member_by_platform_id(session, PLATFORM, member).id if member else None
    secret = password_hash() if kind == AccountKind.USER else credentials.token_hash(name)
    return accounts.create(session, kind, name, role, secret, at, communities, member_id).id


@dataclass
class DeskClient:
    """One browser: its cookies, and the CSRF token its last page carried."""

    client: TestClient
    csrf: str = ""

    async def get_text(self, path: str, **params: str) -> tuple[int, str]:
        response = await self.client.get(path, params=params, allow_redirects=True)
        text = await response.text()
        found = CSRF.search(text)
        if found:
            self.csrf = found.group(1)
        return response.status, text

    async def post(self, path: str, data: dict[str, str], csrf: bool = True) -> tuple[int, str]:
        body = {**data, "csrf": self.csrf} if csrf else data
        response = await self.client.post(path, data=body, allow_redirects=True)
        text = await response.text()
        found = CSRF.search(text)
        if found:
            self.csrf = found.group(1)
        return response.status, text

    async def login(self, name: str, password: str = PASSWORD) -> tuple[int, str]:
        await self.get_text("/admin/login")
        return await self.post("/admin/login", {"name": name, "password": password, "next": "/admin/"})


class Desk:
    def __init__(self, chat: ChatBot, **accounts_wanted: tuple[str, list[str], str | None]) -> None:
        self.chat = chat
        now = chat.clock.now()
        wanted = accounts_wanted or ACCOUNTS
        chat.db.run(
            lambda s: [add_account(s, AccountKind.USER, n, *spec, now) for n, spec in wanted.items()]  # type: ignore[misc]
        )
        self.office = Office(chat.config, chat.db, chat.clock, self._submit, ["楼道堆物", "飞线充电", "垃圾堆放"])
        self.app = web.Application()
        add_routes(self.app, self.office)
        self._server = None

    async def _submit(self, message: Incoming) -> None:
        await asyncio.to_thread(self.chat.dispatcher.handle, message)

    async def client(self, aiohttp_client, name: str | None = None) -> DeskClient:
        """A new browser on the desk (logged in as `name` if given)."""
        if self._server is None:
            first = await aiohttp_client(self.app)
            self._server = first.server
        else:
            first = await aiohttp_client(self._server)
        browser = DeskClient(first)
        if name is not None:
            status, _ = await browser.login(name)
            assert status == 200
        return browser

    def token(self, name: str, role: str, communities: list[str]) -> str:
        """An API token (its secret is its name, hashed like any token)."""
        now = self.chat.clock.now()
        self.chat.db.run(lambda s: add_account(s, AccountKind.TOKEN, name, role, communities, None, now))
        return name
