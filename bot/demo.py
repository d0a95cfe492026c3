"""The demo deployment of the web chat, seeded once on first run, and its back-office accounts."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from importlib import resources
from typing import Any

from sqlmodel import Session

from bot.backoffice import credentials
from bot.declarations import apply
from handlers.settings import GroupConfig, MemberConfig
from storage import accounts, directory
from storage.models import AccountKind, Counter

MARK = "demo_seeded"
ACCOUNTS_MARK = "demo_accounts_seeded"


@cache
def _demo() -> dict[str, Any]:
    return tomllib.loads(resources.files("bot").joinpath("demo.toml").read_text(encoding="utf-8"))


def seed(session: Session, platform: str, at: datetime) -> bool:
    """Seeds the demo groups and people unless this database was seeded before; True if it seeded now."""
    if session.get(Counter, MARK) is not None:
        return False
    data = _demo()
    groups = [GroupConfig(**g) for g in data["groups"]]
    members = [MemberConfig(**m) for m in data["members"]]
    apply(session, platform, groups, members, data["communities"], at)
    session.add(Counter(name=MARK, value=1))
    return True


@dataclass(frozen=True)
class DemoAccount:
    name: str
    role: str


def demo_password() -> str:
    return str(_demo()["accounts"]["password"])


def demo_accounts() -> list[DemoAccount]:
    return [DemoAccount(p["name"], p["role"]) for p in _demo()["accounts"]["people"]]


def seed_accounts(session: Session, platform: str, at: datetime) -> bool:
    """The demo's back-office accounts, once per database (a deleted or renamed one is not made again)."""
    if session.get(Counter, ACCOUNTS_MARK) is not None:
        return False
    secret = credentials.hash_password(demo_password())
    for person in _demo()["accounts"]["people"]:
        member = directory.member_by_platform_id(session, platform, person["member"])
        if accounts.find(session, AccountKind.USER, person["name"]) is None:
            accounts.create(
                session,
                AccountKind.USER,
                person["name"],
                person["role"],
                secret,
                at,
                person.get("communities", ()),
                member.id if member else None,
            )
    session.add(Counter(name=ACCOUNTS_MARK, value=1))
    return True


def disable_open_demo_accounts(session: Session) -> list[str]:
    """Disables the demo accounts that still have the published password (for a bot reachable from
    other machines); returns their names."""
    closed = []
    for person in demo_accounts():
        account = accounts.find(session, AccountKind.USER, person.name)
        if account is not None and not account.disabled:
            right, _ = credentials.check_password(account.secret_hash, demo_password())
            if right:
                accounts.disable(session, account)
                closed.append(person.name)
    return closed
