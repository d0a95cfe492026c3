"""The back office's questions to the ledger, each within a Scope: filtered lists paged by keyset, one
ticket with its history and photos, the population of a period for the figures.

Keyset paging: a page ends with a cursor (the sort value and number of its last row) and the next page
is "the rows after that cursor", which an index walks to directly, so page 5,000 of 100,000 tickets
costs what page 1 costs. Every order ends with the ticket number, unique, so no row is skipped or
repeated between pages.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, NamedTuple

from sqlalchemy import and_, func, or_
from sqlalchemy import select as core_select
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col, select

from storage.models import ACTIVE_STATUSES, ChatGroup, ChatLine, Community, GroupRole, Member, Photo, Ticket
from storage.scope import Scope
from storage.tickets import LARGEST_NUMBER

ACTIVE = "active"
"""A status filter value meaning open or submitted."""


@dataclass(frozen=True)
class Filters:
    """What the desk's list, exports, figures and the API narrow tickets by; empty means any."""

    statuses: tuple[str, ...] = ()
    overdue: bool = False
    categories: tuple[str, ...] = ()
    communities: tuple[str, ...] = ()
    building: str = ""
    party: str = ""
    reporter: str = ""
    created_from: datetime | None = None
    created_to: datetime | None = None
    """Exclusive."""
    closed_from: datetime | None = None
    closed_to: datetime | None = None
    """Exclusive."""
    text: str = ""


class Sort(StrEnum):
    NEWEST = "-number"
    OLDEST = "number"
    DEADLINE = "deadline"
    DEADLINE_LAST = "-deadline"
    UPDATED = "-updated"


_KEYS: dict[Sort, tuple[Any, bool]] = {
    Sort.NEWEST: (None, False),
    Sort.OLDEST: (None, True),
    Sort.DEADLINE: (Ticket.deadline, True),
    Sort.DEADLINE_LAST: (Ticket.deadline, False),
    Sort.UPDATED: (Ticket.updated_at, False),
}
"""Each order: its column (None: the number alone) and whether it ascends. Rows without a value come last."""


@dataclass(frozen=True)
class Cursor:
    """Where a page ended (or began): the sort column's value there and the ticket number."""

    number: int
    value: datetime | None = None


@dataclass
class Page:
    tickets: list[Ticket]
    total: int
    next: Cursor | None
    """Where the following page starts (None: this is the last)."""
    previous: Cursor | None
    """Where the page before ends (None: this is the first)."""


@dataclass
class Names:
    """Display names the list and the ticket page show next to ids."""

    groups: dict[int, str] = field(default_factory=dict)
    members: dict[int, str] = field(default_factory=dict)
    photos: dict[int, int] = field(default_factory=dict)


def _party_listed(party: str, dialect: str) -> ColumnElement[bool]:
    """The party is one of the ticket's responsible parties (a JSON list)."""
    elements = "json_each" if dialect == "sqlite" else "json_array_elements_text"
    values = getattr(func, elements)(Ticket.responsible).table_valued("value")
    return core_select(values.c.value).where(values.c.value == party).exists()


def _conditions(filters: Filters, now: datetime, dialect: str) -> list[ColumnElement[bool]]:
    found: list[ColumnElement[bool]] = []
    statuses = {s for wanted in filters.statuses for s in (ACTIVE_STATUSES if wanted == ACTIVE else (wanted,))}
    if statuses:
        found.append(col(Ticket.status).in_(sorted(statuses)))
    if filters.overdue:
        found.append(and_(col(Ticket.status).in_(ACTIVE_STATUSES), col(Ticket.deadline) < now))
    if filters.categories:
        found.append(col(Ticket.category).in_(filters.categories))
    if filters.communities:
        found.append(col(Ticket.community).in_(filters.communities))
    if filters.building:
        found.append(Ticket.building == filters.building)
    if filters.party:
        found.append(_party_listed(filters.party, dialect))
    if filters.reporter:
        named = select(Member.id).where(col(Member.display_name).contains(filters.reporter, autoescape=True))
        found.append(col(Ticket.reporter_id).in_(named))
    for column, start, end in (
        (Ticket.created_at, filters.created_from, filters.created_to),
        (Ticket.closed_at, filters.closed_from, filters.closed_to),
    ):
        if start is not None:
            found.append(col(column) >= start)
        if end is not None:
            found.append(col(column) < end)
    if filters.text:
        found.append(_text_matches(filters.text))
    return found


def _text_matches(text: str) -> ColumnElement[bool]:
    """Free text: in the description or the spot (community and category have filters of their own);
    「#12」 or 「12」 is also ticket 12."""
    words = [col(column).contains(text, autoescape=True) for column in (Ticket.description, Ticket.spot)]
    digits = text.strip().lstrip("#＃").strip()
    if digits.isdigit() and 0 < int(digits) <= LARGEST_NUMBER:
        words.append(Ticket.number == int(digits))
    return or_(*words)


def _where(session: Session, scope: Scope, filters: Filters, now: datetime) -> list[ColumnElement[bool]]:
    return [scope.condition(), *_conditions(filters, now, session.get_bind().dialect.name)]


def _beyond(sort: Sort, cursor: Cursor, forward: bool) -> ColumnElement[bool]:
    """Rows after the cursor in the sort's order (forward), or before it. Rows without a value come
    after all rows with one, in either direction of the sort."""
    key, ascending = _KEYS[sort]
    later = ascending == forward

    def past(column: Any, value: Any) -> ColumnElement[bool]:
        return col(column) > value if later else col(column) < value

    by_number = past(Ticket.number, cursor.number)
    if key is None:
        return by_number
    if cursor.value is None:
        return and_(col(key).is_(None), by_number) if forward else or_(col(key).is_not(None), by_number)
    ranked = or_(past(key, cursor.value), and_(col(key) == cursor.value, by_number))
    return or_(col(key).is_(None), ranked) if forward else ranked


def _order(sort: Sort, forward: bool) -> list[Any]:
    key, ascending = _KEYS[sort]
    up = ascending == forward
    terms: list[Any] = []
    if key is not None:
        nulls_last = col(key).is_(None)
        terms += [nulls_last.asc() if forward else nulls_last.desc(), col(key).asc() if up else col(key).desc()]
    terms.append(col(Ticket.number).asc() if up else col(Ticket.number).desc())
    return terms


def cursor_of(ticket: Ticket, sort: Sort) -> Cursor:
    key, _ = _KEYS[sort]
    return Cursor(ticket.number, getattr(ticket, key.key) if key is not None else None)


def page(
    session: Session,
    scope: Scope,
    filters: Filters,
    now: datetime,
    sort: Sort = Sort.NEWEST,
    size: int = 20,
    after: Cursor | None = None,
    before: Cursor | None = None,
) -> Page:
    """One page of the tickets that match, in order: the first, the one after `after`, or the one
    before `before`; with the count of all that match."""
    where = _where(session, scope, filters, now)
    forward = before is None
    anchor = after if forward else before
    statement = select(Ticket).where(*where)
    if anchor is not None:
        statement = statement.where(_beyond(sort, anchor, forward))
    rows = list(session.exec(statement.order_by(*_order(sort, forward)).limit(size + 1)))
    more = len(rows) > size
    rows = rows[:size]
    if not forward:
        rows.reverse()
    total = session.exec(select(func.count()).select_from(Ticket).where(*where)).one()
    if not rows:
        return Page([], total, None, None)
    first, last = cursor_of(rows[0], sort), cursor_of(rows[-1], sort)
    if forward:
        return Page(rows, total, last if more else None, first if anchor is not None else None)
    return Page(rows, total, last, first if more else None)


def matching(session: Session, scope: Scope, filters: Filters, now: datetime, sort: Sort = Sort.NEWEST) -> list:
    """Every ticket that matches, in order, as read-only rows (attribute access like a Ticket): for
    exports, where thousands of full ORM objects would cost more than the work done with them."""
    table = Ticket.__table__
    statement = core_select(table).where(*_where(session, scope, filters, now)).order_by(*_order(sort, True))
    return list(session.connection().execute(statement))


class Counted(NamedTuple):
    """What the figures read of a ticket (handlers.reports.figures, storage.lifecycle), and no more."""

    status: str
    category: str
    community: str | None
    responsible: list[str]
    deadline: datetime | None
    created_at: datetime
    closed_at: datetime | None
    rework_count: int


_COUNTED = [getattr(Ticket.__table__.c, name) for name in Counted._fields]


def population(session: Session, scope: Scope, filters: Filters, now: datetime) -> list[Counted]:
    """The matching tickets as the figures count them: a period's thousands, read in one pass."""
    statement = core_select(*_COUNTED).where(*_where(session, scope, filters, now))
    return [Counted(*row) for row in session.connection().execute(statement)]


def ticket(session: Session, scope: Scope, number: int) -> Ticket | None:
    """The ticket with this number, if the scope covers it (else None, as if it did not exist)."""
    if not 0 < number <= LARGEST_NUMBER:
        return None
    statement = select(Ticket).where(Ticket.number == number, scope.condition())
    return session.exec(statement).first()


def photo(session: Session, scope: Scope, photo_id: int) -> Photo | None:
    """A photo of a ticket the scope covers."""
    statement = select(Photo).join(Ticket, Ticket.id == Photo.ticket_id).where(Photo.id == photo_id, scope.condition())
    return session.exec(statement).first()


def original_message(session: Session, ticket: Ticket) -> str | None:
    """The whole chat message that reported the ticket, where the platform's lines are kept (web chat)."""
    if ticket.source_message_id is None:
        return None
    statement = select(ChatLine.text).where(ChatLine.message_id == ticket.source_message_id)
    return session.exec(statement).first()


def names(
    session: Session, group_ids: Iterable[int], member_ids: Iterable[int | None], ticket_ids: Sequence[int] = ()
) -> Names:
    found = Names()
    group_ids, member_ids = set(group_ids), {m for m in member_ids if m is not None}
    if group_ids:
        statement = select(ChatGroup.id, ChatGroup.name).where(col(ChatGroup.id).in_(group_ids))
        found.groups = {key: name for key, name in session.exec(statement)}
    if member_ids:
        statement = select(Member.id, Member.display_name).where(col(Member.id).in_(member_ids))
        found.members = {key: name for key, name in session.exec(statement)}
    if ticket_ids:
        statement = (
            select(Photo.ticket_id, func.count(Photo.id))
            .where(col(Photo.ticket_id).in_(ticket_ids))
            .group_by(Photo.ticket_id)
        )
        found.photos = {key: count for key, count in session.exec(statement)}
    return found


def photo_ids(session: Session, scope: Scope, filters: Filters, now: datetime) -> dict[int, list[int]]:
    """The photos of every matching ticket, for the links an export lists."""
    found: dict[int, list[int]] = {}
    statement = (
        select(Photo.ticket_id, Photo.id)
        .join(Ticket, Ticket.id == Photo.ticket_id)
        .where(*_where(session, scope, filters, now))
        .order_by(Photo.id)
    )
    for ticket_id, photo_id in session.exec(statement):
        found.setdefault(ticket_id, []).append(photo_id)
    return found


def holders_by_community(session: Session, role: str) -> dict[str, list[str]]:
    """Who holds a role (物业) in the groups bound to each community: the people a 考核 row is about."""
    statement = (
        select(Community.name, Member.display_name)
        .join(ChatGroup, ChatGroup.community_id == Community.id)
        .join(GroupRole, GroupRole.group_id == ChatGroup.id)
        .join(Member, Member.id == GroupRole.member_id)
        .where(GroupRole.role == role)
        .distinct()
        .order_by(Community.name, Member.display_name)
    )
    found: dict[str, list[str]] = {}
    for community, person in session.exec(statement):
        found.setdefault(community, []).append(person)
    return found


def communities_in(session: Session, scope: Scope) -> list[str]:
    """The communities a scope covers (all known ones for everything), for the desk's filter lists."""
    names = set(scope.communities)
    statement = select(Community.name)
    if not scope.everything:
        bound = select(ChatGroup.community_id).where(col(ChatGroup.id).in_(sorted(scope.group_ids)))
        statement = statement.where(col(Community.id).in_(bound))
    names.update(session.exec(statement))
    return sorted(names)


def community_known(session: Session, name: str) -> bool:
    """A community in the directory, or named on some ticket (the parser also finds unbound ones)."""
    listed = select(Community.id).where(Community.name == name)
    named = select(Ticket.id).where(Ticket.community == name)
    return session.exec(listed).first() is not None or session.exec(named.limit(1)).first() is not None
