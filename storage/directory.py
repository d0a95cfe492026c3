"""Groups, members and roles: who is who, in which group."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import or_
from sqlmodel import Session, select

from storage.models import ChatGroup, Community, GroupRole, Member

NAME_PREFIX = "name:"
"""Placeholder platform id of a member declared by display name only, adopted when they first speak."""


def community(session: Session, name: str, at: datetime) -> Community:
    found = session.exec(select(Community).where(Community.name == name)).first()
    if found is None:
        found = Community(name=name, created_at=at)
        session.add(found)
        session.flush()
    return found


def community_names(session: Session) -> list[str]:
    return list(session.exec(select(Community.name)))


def group(session: Session, platform: str, platform_id: str, name: str, at: datetime) -> ChatGroup:
    found = session.exec(
        select(ChatGroup).where(ChatGroup.platform == platform, ChatGroup.platform_id == platform_id)
    ).first()
    if found is None:
        found = session.exec(
            select(ChatGroup).where(ChatGroup.platform == platform, ChatGroup.platform_id == NAME_PREFIX + name)
        ).first()
        if found is not None and name:
            found.platform_id = platform_id
    if found is None:
        found = ChatGroup(platform=platform, platform_id=platform_id, name=name, created_at=at)
        session.add(found)
        session.flush()
    elif name and found.name != name:
        found.name = name
    return found


def group_by_id(session: Session, group_id: int) -> ChatGroup | None:
    return session.get(ChatGroup, group_id)


def groups(session: Session, platform: str | None = None) -> list[ChatGroup]:
    statement = select(ChatGroup)
    if platform is not None:
        statement = statement.where(ChatGroup.platform == platform)
    return list(session.exec(statement.order_by(ChatGroup.id)))


def member(session: Session, platform: str, platform_id: str, name: str, at: datetime) -> Member:
    """The member with this platform id; a member declared by display name is adopted on first sight."""
    found = session.exec(select(Member).where(Member.platform == platform, Member.platform_id == platform_id)).first()
    if found is None and name:
        found = session.exec(
            select(Member).where(Member.platform == platform, Member.platform_id == NAME_PREFIX + name)
        ).first()
        if found is not None:
            found.platform_id = platform_id
    if found is None:
        found = Member(platform=platform, platform_id=platform_id, display_name=name, created_at=at)
        session.add(found)
        session.flush()
    elif name and found.display_name != name:
        found.display_name = name
    return found


def roles(session: Session, group_id: int, member_id: int) -> set[str]:
    rows = session.exec(
        select(GroupRole.role).where(
            GroupRole.member_id == member_id, or_(GroupRole.group_id == group_id, GroupRole.group_id.is_(None))
        )
    )
    return set(rows)


def has_role_anywhere(session: Session, member_id: int, role: str) -> bool:
    statement = select(GroupRole.id).where(GroupRole.member_id == member_id, GroupRole.role == role)
    return session.exec(statement).first() is not None


def set_role(session: Session, group_id: int | None, member_id: int, role: str) -> None:
    existing = session.exec(
        select(GroupRole).where(
            GroupRole.group_id == group_id, GroupRole.member_id == member_id, GroupRole.role == role
        )
    ).first()
    if existing is None:
        session.add(GroupRole(group_id=group_id, member_id=member_id, role=role))


def replace_party_role(session: Session, group_id: int, member_id: int, role: str, parties: Iterable[str]) -> None:
    """A person is one responsible party at a time in a group: setting 物业 drops an earlier 居委会."""
    party_names = set(parties)
    for row in session.exec(select(GroupRole).where(GroupRole.group_id == group_id, GroupRole.member_id == member_id)):
        if row.role in party_names and row.role != role:
            session.delete(row)
    set_role(session, group_id, member_id, role)


def members_with_roles(session: Session, group_id: int, wanted: Iterable[str]) -> list[tuple[Member, str]]:
    wanted = list(wanted)
    if not wanted:
        return []
    rows = session.exec(
        select(Member, GroupRole.role)
        .join(GroupRole, GroupRole.member_id == Member.id)
        .where(or_(GroupRole.group_id == group_id, GroupRole.group_id.is_(None)), GroupRole.role.in_(wanted))
        .order_by(Member.id)
    )
    return list(rows)


def members(session: Session, ids: Iterable[int]) -> dict[int, Member]:
    ids = list(ids)
    if not ids:
        return {}
    return {m.id: m for m in session.exec(select(Member).where(Member.id.in_(ids)))}


def member_by_platform_id(session: Session, platform: str, platform_id: str) -> Member | None:
    return session.exec(select(Member).where(Member.platform == platform, Member.platform_id == platform_id)).first()


def members_named(session: Session, platform: str, names: Iterable[str]) -> dict[str, Member]:
    names = list(names)
    if not names:
        return {}
    rows = session.exec(select(Member).where(Member.platform == platform, Member.display_name.in_(names)))
    return {m.display_name: m for m in rows}
