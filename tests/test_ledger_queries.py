"""The desk's queries on both databases: every filter, keyset pages that cover each ticket once in either
direction (ties and empty deadlines included), and scopes that hide what they do not cover."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import Session, select

from storage import accounts, ledger_queries, lifecycle
from storage import scope as scopes
from storage.db import Database
from storage.ledger_queries import Cursor, Filters, Sort
from storage.models import AccountKind, ChatGroup, EventKind, GroupRole, Member, Ticket
from storage.scope import EVERYTHING, Scope

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 18, 9, 0, tzinfo=TZ)
SPEC = [
    # category, community, building, responsible, deadline (days from NOW), status, reporter, description
    ("楼道堆物", "天一小区", "14", ["物业"], 1, "open", 0, "14号楼楼道堆放纸箱"),
    ("飞线充电", "天一小区", "3", ["物业", "居委会"], -1, "open", 1, "3号楼飞线充电"),
    ("垃圾堆放", "华美小区", "3", ["保洁"], 2, "submitted", 0, "垃圾桶满溢 100%"),
    ("楼道堆物", "华美小区", "7", ["物业"], None, "closed", 1, "7号楼楼道堆物"),
    ("楼道堆物", "天一小区", "14", ["城管"], 3, "cancelled", 0, "楼道自行车_电动车"),
]


STEPS = {
    "open": [],
    "submitted": [EventKind.SUBMIT],
    "closed": [EventKind.SUBMIT, EventKind.APPROVE],
    "cancelled": [EventKind.CANCEL],
}


def _seed(db: Database, spec=SPEC, extra: int = 0) -> dict[str, int]:
    """The tickets of `spec` (numbers 1…), then `extra` more with repeating deadlines, some empty."""

    def work(session: Session) -> dict[str, int]:
        groups = {}
        for key, name in (("tianyi", "天一创全群"), ("huamei", "华美创全群")):
            groups[key] = ChatGroup(platform="t", platform_id=key, name=name, created_at=NOW)
            session.add(groups[key])
        people = [
            Member(platform="t", platform_id=key, display_name=name, created_at=NOW)
            for key, name in (("ni", "倪卫峰"), ("li", "李晓"))
        ]
        session.add_all(people)
        session.flush()
        rows = list(spec) + [
            ("楼道堆物", "天一小区", str(i % 4), ["物业"], (None, 1, 2)[i % 3], "open", i % 2, f"第{i}件")
            for i in range(extra)
        ]
        for category, community, building, responsible, days, status, reporter, text in rows:
            fields = {
                "category": category,
                "community": community,
                "building": building,
                "responsible": responsible,
                "deadline": None if days is None else NOW + timedelta(days=days),
                "description": text,
                "reporter_id": people[reporter].id,
                "group_id": groups["tianyi" if community == "天一小区" else "huamei"].id,
            }
            ticket = session.get(Ticket, lifecycle.open_ticket(session, fields, NOW - timedelta(days=5)).id)
            for action in STEPS[status]:
                lifecycle.apply(session, ticket, action, NOW - timedelta(days=1))
        return {"tianyi": groups["tianyi"].id, "huamei": groups["huamei"].id, "ni": people[0].id, "li": people[1].id}

    return db.run(work)


def _numbers(db: Database, filters: Filters, scope: Scope = EVERYTHING) -> list[int]:
    found = db.run(lambda s: ledger_queries.page(s, scope, filters, NOW, Sort.OLDEST, size=100))
    assert found.total == len(found.tickets)
    return [t.number for t in found.tickets]


CASES = [
    (Filters(), [1, 2, 3, 4, 5]),
    (Filters(statuses=("open",)), [1, 2]),
    (Filters(statuses=("active",)), [1, 2, 3]),
    (Filters(statuses=("closed", "cancelled")), [4, 5]),
    (Filters(overdue=True), [2]),
    (Filters(categories=("楼道堆物",)), [1, 4, 5]),
    (Filters(communities=("华美小区",)), [3, 4]),
    (Filters(building="3"), [2, 3]),
    (Filters(party="物业"), [1, 2, 4]),
    (Filters(party="居委会"), [2]),
    (Filters(party="物"), []),
    (Filters(reporter="李"), [2, 4]),
    (Filters(closed_from=NOW - timedelta(days=2)), [4]),
    (Filters(created_to=NOW - timedelta(days=5)), []),
    (Filters(created_from=NOW - timedelta(days=5), created_to=NOW), [1, 2, 3, 4, 5]),
    (Filters(text="纸箱"), [1]),
    (Filters(text="#2"), [2]),
    (Filters(text="100%"), [3]),
    (Filters(text="%"), [3]),
    (Filters(text="_"), [5]),
    (Filters(text="' OR 1=1 --"), []),
    (Filters(statuses=("open",), communities=("天一小区",), party="居委会"), [2]),
]


def test_every_filter_narrows_to_exactly_its_tickets(db: Database) -> None:
    _seed(db)
    for filters, expected in CASES:
        assert _numbers(db, filters) == expected, filters


def test_a_scope_covers_its_communities_and_its_member_s_groups(db: Database) -> None:
    ids = _seed(db)
    assert _numbers(db, Filters(), Scope(communities=frozenset({"华美小区"}))) == [3, 4]
    assert _numbers(db, Filters(), Scope()) == []
    db.run(lambda s: s.add(GroupRole(group_id=ids["huamei"], member_id=ids["ni"], role="inspector")))

    def linked(session: Session) -> Scope:
        account = accounts.create(session, AccountKind.USER, "ni", "inspector", "x", NOW, member_id=ids["ni"])
        return scopes.of_account(session, account, everything=False)

    scope = db.run(linked)
    assert scope.group_ids == frozenset({ids["huamei"]})
    assert _numbers(db, Filters(), scope) == [3, 4]
    assert _numbers(db, Filters(categories=("楼道堆物",)), scope) == [4]
    both = Scope(communities=frozenset({"天一小区"}), group_ids=scope.group_ids)
    assert _numbers(db, Filters(), both) == [1, 2, 3, 4, 5]
    assert db.run(lambda s: ledger_queries.ticket(s, Scope(communities=frozenset({"华美小区"})), 1)) is None
    assert db.run(lambda s: ledger_queries.ticket(s, EVERYTHING, 1)).number == 1


def _walk(db: Database, sort: Sort, size: int) -> tuple[list[int], list[int]]:
    """Every page forward from the first, then every page backward from the last: the numbers seen."""
    forward, pages, after = [], [], None
    while True:
        found = db.run(lambda s, a=after: ledger_queries.page(s, EVERYTHING, Filters(), NOW, sort, size, after=a))
        forward += [t.number for t in found.tickets]
        pages.append(found)
        if found.next is None:
            break
        after = found.next
    backward, before = [], pages[-1].previous
    backward = [t.number for t in pages[-1].tickets]
    while before is not None:
        found = db.run(lambda s, b=before: ledger_queries.page(s, EVERYTHING, Filters(), NOW, sort, size, before=b))
        backward = [t.number for t in found.tickets] + backward
        before = found.previous
    return forward, backward


@pytest.mark.parametrize("sort", list(Sort))
def test_keyset_pages_cover_every_ticket_once_both_ways(db: Database, sort: Sort) -> None:
    _seed(db, spec=[], extra=23)
    everything = db.run(lambda s: list(s.exec(select(Ticket))))

    def key(t: Ticket):
        if sort in (Sort.NEWEST, Sort.OLDEST):
            return (t.number if sort == Sort.OLDEST else -t.number,)
        column = "deadline" if sort in (Sort.DEADLINE, Sort.DEADLINE_LAST) else "updated_at"
        value = getattr(t, column)
        ascending = sort == Sort.DEADLINE
        stamp = value.timestamp() if value else 0
        return (value is None, stamp if ascending else -stamp, t.number if ascending else -t.number)

    expected = [t.number for t in sorted(everything, key=key)]
    forward, backward = _walk(db, sort, size=4)
    assert forward == expected
    assert backward == expected


def test_a_cursor_past_the_end_gives_an_empty_last_page(db: Database) -> None:
    _seed(db)
    found = db.run(lambda s: ledger_queries.page(s, EVERYTHING, Filters(), NOW, Sort.OLDEST, 20, after=Cursor(99)))
    assert (found.tickets, found.total, found.next) == ([], 5, None)
