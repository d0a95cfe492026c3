"""Groups, members and roles: who is who, in which group."""

from __future__ import annotations

import math
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from sqlalchemy import or_, update
from sqlmodel import Session, col, select

from storage.models import ChatGroup, Community, Counter, GroupRole, Member

Seen = TypeVar("Seen", ChatGroup, Member)

NAME_PREFIX = "name:"
"""Placeholder platform id of a member declared by display name only, adopted when they first speak."""


def community(session: Session, name: str, at: datetime) -> Community:
    found = session.exec(select(Community).where(Community.name == name)).first()
    if found is None:
        found = Community(name=name, created_at=at)
        session.add(found)
        session.flush()
    return found


def bind(session: Session, group_id: int, community_name: str, at: datetime) -> None:
    row = session.get(ChatGroup, group_id)
    row.community_id = community(session, community_name, at).id
    session.add(row)


def community_names(session: Session) -> list[str]:
    return list(session.exec(select(Community.name)))


def _find_or_adopt(session: Session, model: type, platform: str, platform_id: str, name: str):
    """The row with this platform id, else one declared by name only, which now gets the id."""
    found = session.exec(select(model).where(model.platform == platform, model.platform_id == platform_id)).first()
    if found is None and name:
        found = session.exec(
            select(model).where(model.platform == platform, model.platform_id == NAME_PREFIX + name)
        ).first()
        if found is not None:
            found.platform_id = platform_id
    return found


def group(session: Session, platform: str, platform_id: str, name: str, at: datetime) -> ChatGroup:
    return _seen(session, ChatGroup, "name", platform, platform_id, name, at)


def _seen(
    session: Session, model: type[Seen], name_field: str, platform: str, platform_id: str, name: str, at: datetime
) -> Seen:
    """The row of a group or member that just spoke: found, adopted or created; its name kept current."""
    found = _find_or_adopt(session, model, platform, platform_id, name)
    if found is None:
        found = model(platform=platform, platform_id=platform_id, created_at=at, **{name_field: name})
        session.add(found)
        session.flush()
    elif name and getattr(found, name_field) != name:
        setattr(found, name_field, name)
    return found


def groups_by_ids(session: Session, ids: Iterable[int]) -> dict[int, ChatGroup]:
    ids = list(ids)
    if not ids:
        return {}
    return {g.id: g for g in session.exec(select(ChatGroup).where(ChatGroup.id.in_(ids)))}


def coordinator_groups(session: Session) -> list[ChatGroup]:
    return list(session.exec(select(ChatGroup).where(ChatGroup.coordinators).order_by(ChatGroup.id)))


def groups(session: Session, platform: str | None = None) -> list[ChatGroup]:
    statement = select(ChatGroup)
    if platform is not None:
        statement = statement.where(ChatGroup.platform == platform)
    return list(session.exec(statement.order_by(ChatGroup.id)))


def member(session: Session, platform: str, platform_id: str, name: str, at: datetime) -> Member:
    """The member with this platform id; a member declared by display name is adopted on first sight."""
    return _seen(session, Member, "display_name", platform, platform_id, name, at)


def roles(session: Session, group_id: int, member_id: int) -> set[str]:
    rows = session.exec(
        select(GroupRole.role).where(
            GroupRole.member_id == member_id, or_(GroupRole.group_id == group_id, GroupRole.group_id.is_(None))
        )
    )
    return set(rows)


def has_cross_group_role(session: Session, member_id: int, role: str) -> bool:
    """A role that holds in every group: declared in config without groups, or held in a
    coordinators' group (the street's coordinators). A role held in an ordinary group stays there."""
    statement = (
        select(GroupRole.id)
        .outerjoin(ChatGroup, ChatGroup.id == GroupRole.group_id)
        .where(
            GroupRole.member_id == member_id,
            GroupRole.role == role,
            or_(col(GroupRole.group_id).is_(None), col(ChatGroup.coordinators).is_(True)),
        )
    )
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


DIRECTORY_COUNTER = "directory"


def bump_version(session: Session) -> None:
    """Tells every process that groups, members or roles changed, so their caches are dropped."""
    updated = session.execute(
        update(Counter).where(Counter.name == DIRECTORY_COUNTER).values(value=Counter.value + 1)
    ).rowcount
    if not updated:
        session.add(Counter(name=DIRECTORY_COUNTER, value=1))
        session.flush()


_VERSION = select(Counter.value).where(Counter.name == DIRECTORY_COUNTER)


def version(session: Session) -> int:
    value = session.connection().execute(_VERSION).scalar()
    return int(value or 0)


@dataclass(frozen=True)
class GroupInfo:
    id: int
    platform_id: str
    name: str
    community_id: int | None
    community: str | None
    coordinators: bool
    configured: bool

    @property
    def listening(self) -> bool:
        """The bot speaks only in groups that are configured, bound to a community, or coordinators'."""
        return self.configured or self.community_id is not None or self.coordinators


@dataclass(frozen=True)
class MemberInfo:
    id: int
    platform_id: str
    display_name: str


class Directory:
    """A per-process cache of groups, members and roles.

    Every message needs them and they rarely change, so each transaction checks one version
    counter (bumped by every change, from any process) instead of asking for them again. Rows
    created inside a transaction are cached only once it commits.
    """

    def __init__(self, max_age: float = 2.0) -> None:
        self.max_age = max_age
        self._checked = -math.inf
        self._version: int | None = None
        self._entries: dict[tuple, object] = {}
        self._staged: dict[tuple, object] = {}
        self._dirty = False

    def begin(self, session: Session) -> bool:
        """Revalidates against the version counter, at most every `max_age` seconds: a change made
        by another process shows within that time, one made by this process at once. True when
        the cache was dropped (something may have changed since)."""
        self._staged = {}
        self._dirty = False
        if time.monotonic() - self._checked < self.max_age:
            return False
        current = version(session)
        self._checked = time.monotonic()
        if current == self._version:
            return False
        self._entries = {}
        self._version = current
        return True

    def commit(self) -> None:
        if self._dirty:
            self._entries, self._version, self._checked = {}, None, -math.inf
        else:
            self._entries.update(self._staged)
        self._staged = {}

    def changed(self, session: Session) -> None:
        bump_version(session)
        self._dirty = True

    def _cached(self, key: tuple, load):
        if key in self._entries:
            return self._entries[key]
        if key in self._staged:
            return self._staged[key]
        value = load()
        self._staged[key] = value
        return value

    def group(self, session: Session, platform: str, platform_id: str, name: str, at: datetime) -> GroupInfo:
        def load() -> GroupInfo:
            row = group(session, platform, platform_id, name, at)
            return self._group_info(session, row)

        info = self._cached(("group", platform, platform_id), load)
        if name and info.name != name:
            row = group(session, platform, platform_id, name, at)
            self.changed(session)
            return self._group_info(session, row)
        return info

    @staticmethod
    def _group_info(session: Session, row: ChatGroup) -> GroupInfo:
        community_row = session.get(Community, row.community_id) if row.community_id else None
        return GroupInfo(
            row.id,
            row.platform_id,
            row.name,
            row.community_id,
            community_row.name if community_row else None,
            row.coordinators,
            row.configured,
        )

    def member(self, session: Session, platform: str, platform_id: str, name: str, at: datetime) -> MemberInfo:
        def load() -> MemberInfo:
            row = member(session, platform, platform_id, name, at)
            return MemberInfo(row.id, row.platform_id, row.display_name)

        info = self._cached(("member", platform, platform_id), load)
        if name and info.display_name != name:
            row = member(session, platform, platform_id, name, at)
            self.changed(session)
            return MemberInfo(row.id, row.platform_id, row.display_name)
        return info

    def roles(self, session: Session, group_id: int, member_id: int) -> frozenset[str]:
        return self._cached(("roles", group_id, member_id), lambda: frozenset(roles(session, group_id, member_id)))

    def cross_group(self, session: Session, member_id: int, role: str) -> bool:
        return self._cached(("cross", member_id, role), lambda: has_cross_group_role(session, member_id, role))

    def holders(self, session: Session, group_id: int, wanted: Iterable[str]) -> list[MemberInfo]:
        """Members holding any of the roles in a group, each once, in a stable order."""
        wanted = tuple(sorted(set(wanted)))

        def load() -> list[MemberInfo]:
            found: dict[int, MemberInfo] = {}
            for row, _ in members_with_roles(session, group_id, wanted):
                found.setdefault(row.id, MemberInfo(row.id, row.platform_id, row.display_name))
            return list(found.values())

        return self._cached(("holders", group_id, wanted), load)

    def people(self, session: Session, ids: Iterable[int]) -> dict[int, MemberInfo]:
        wanted = sorted(set(ids))
        missing = [i for i in wanted if ("person", i) not in self._entries and ("person", i) not in self._staged]
        for row in members(session, missing).values():
            self._staged[("person", row.id)] = MemberInfo(row.id, row.platform_id, row.display_name)
        found = {}
        for i in wanted:
            info = self._entries.get(("person", i)) or self._staged.get(("person", i))
            if info is not None:
                found[i] = info
        return found
