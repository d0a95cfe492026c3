"""Groups and people declared in config (or a replay's setup) written into the directory tables."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from handlers.roles import role_name
from handlers.settings import GroupConfig, MemberConfig
from storage import directory
from storage.directory import NAME_PREFIX


def apply(
    session: Session,
    platform: str,
    groups: list[GroupConfig],
    members: list[MemberConfig],
    communities: list[str],
    at: datetime,
) -> None:
    for name in communities:
        directory.community(session, name, at)
    by_key: dict[str, int] = {}
    for declared in groups:
        platform_id = declared.id or NAME_PREFIX + declared.topic
        group = directory.group(session, platform, platform_id, declared.topic, at)
        group.configured = True
        group.coordinators = declared.coordinators
        if declared.community:
            group.community_id = directory.community(session, declared.community, at).id
        session.add(group)
        for key in (declared.id, declared.topic):
            if key:
                by_key[key] = group.id
    for declared in members:
        platform_id = declared.id or NAME_PREFIX + declared.name
        member = directory.member(session, platform, platform_id, declared.name, at)
        role = role_name(declared.role) or declared.role
        targets = [by_key[g] for g in declared.groups if g in by_key] if declared.groups else [None]
        for group_id in targets:
            directory.set_role(session, group_id, member.id, role)
    directory.bump_version(session)
