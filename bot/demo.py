"""The demo deployment of the web chat, seeded once on first run."""

from __future__ import annotations

import tomllib
from datetime import datetime
from importlib import resources

from sqlmodel import Session

from bot.declarations import apply
from handlers.settings import GroupConfig, MemberConfig
from storage.models import Counter

MARK = "demo_seeded"


def seed(session: Session, platform: str, at: datetime) -> bool:
    """Seeds the demo groups and people unless this database was seeded before; True if it seeded now."""
    if session.get(Counter, MARK) is not None:
        return False
    data = tomllib.loads(resources.files("bot").joinpath("demo.toml").read_text(encoding="utf-8"))
    groups = [GroupConfig(**g) for g in data["groups"]]
    members = [MemberConfig(**m) for m in data["members"]]
    apply(session, platform, groups, members, data["communities"], at)
    session.add(Counter(name=MARK, value=1))
    return True
