from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import Session, select

from storage import lifecycle
from storage.db import Database
from storage.models import ChatGroup, Ticket, TicketEvent

TZ = ZoneInfo("Asia/Shanghai")
T0 = datetime(2026, 11, 18, 9, 0, tzinfo=TZ)


def _group(session: Session) -> ChatGroup:
    group = ChatGroup(platform="test", platform_id="g1", name="天一创全群", created_at=T0)
    session.add(group)
    session.flush()
    return group


def _new_ticket(db: Database, deadline: datetime | None = None) -> Ticket:
    def work(session: Session) -> Ticket:
        group = _group(session)
        fields = {"category": "楼道堆物", "group_id": group.id, "deadline": deadline, "source_message_id": "m1"}
        return lifecycle.open_ticket(session, fields, T0)

    return db.run(work)


def _apply(db: Database, number: int, action: str, at: datetime, note: str = "") -> Ticket:
    def work(session: Session) -> Ticket:
        ticket = session.exec(select(Ticket).where(Ticket.number == number)).one()
        lifecycle.apply(session, ticket, action, at, note=note, message_id=f"msg-{action}")
        return ticket

    return db.run(work)


def _events(db: Database, ticket_id: int) -> list[TicketEvent]:
    return db.run(
        lambda s: list(s.exec(select(TicketEvent).where(TicketEvent.ticket_id == ticket_id).order_by(TicketEvent.id)))
    )


def test_full_loop_writes_history(db: Database) -> None:
    ticket = _new_ticket(db)
    assert ticket.number == 1 and ticket.status == "open"
    _apply(db, 1, "submit", T0 + timedelta(hours=1))
    rejected = _apply(db, 1, "reject", T0 + timedelta(hours=2), note="还有纸箱")
    assert rejected.status == "open" and rejected.rework_count == 1
    _apply(db, 1, "submit", T0 + timedelta(hours=3))
    closed = _apply(db, 1, "approve", T0 + timedelta(hours=4))
    assert closed.status == "closed"
    assert closed.closed_at == T0 + timedelta(hours=4)
    assert closed.closed_at.tzinfo is not None
    reopened = _apply(db, 1, "reopen", T0 + timedelta(days=7))
    assert reopened.status == "open" and reopened.closed_at is None

    events = _events(db, ticket.id)
    assert [(e.kind, e.from_status, e.to_status) for e in events] == [
        ("created", None, "open"),
        ("submit", "open", "submitted"),
        ("reject", "submitted", "open"),
        ("submit", "open", "submitted"),
        ("approve", "submitted", "closed"),
        ("reopen", "closed", "open"),
    ]
    assert events[2].note == "还有纸箱"
    assert events[2].message_id == "msg-reject"
    assert events[2].at == T0 + timedelta(hours=2)


@pytest.mark.parametrize(
    ("steps", "illegal"),
    [
        ([], "approve"),
        ([], "reject"),
        ([], "reopen"),
        (["submit"], "submit"),
        (["submit", "approve"], "cancel"),
        (["cancel"], "submit"),
        (["cancel"], "reopen"),
    ],
)
def test_illegal_transitions_change_nothing(db: Database, steps: list[str], illegal: str) -> None:
    _new_ticket(db)
    for step in steps:
        _apply(db, 1, step, T0)
    before = db.run(lambda s: s.exec(select(Ticket)).one())
    n_events = len(_events(db, before.id))
    with pytest.raises(lifecycle.IllegalTransition) as caught:
        _apply(db, 1, illegal, T0 + timedelta(hours=1))
    assert caught.value.status == before.status
    after = db.run(lambda s: s.exec(select(Ticket)).one())
    assert after.status == before.status and after.rework_count == before.rework_count
    assert len(_events(db, before.id)) == n_events


def test_overdue_is_derived_not_stored(db: Database) -> None:
    ticket = _new_ticket(db, deadline=T0 + timedelta(hours=2))
    assert not lifecycle.is_overdue(ticket, T0 + timedelta(hours=1))
    assert lifecycle.is_overdue(ticket, T0 + timedelta(hours=3))
    closed = _apply(db, 1, "submit", T0)
    closed = _apply(db, 1, "approve", T0)
    assert not lifecycle.is_overdue(closed, T0 + timedelta(hours=3))


def test_times_come_back_aware_in_utc(db: Database) -> None:
    ticket = _new_ticket(db, deadline=datetime(2026, 11, 18, 17, 0, tzinfo=TZ))
    stored = db.run(lambda s: s.get(Ticket, ticket.id))
    assert stored.deadline.utcoffset() is not None
    assert stored.deadline == datetime(2026, 11, 18, 9, 0, tzinfo=ZoneInfo("UTC"))


def test_naive_times_are_refused(db: Database) -> None:
    with pytest.raises(Exception, match="naive datetime"):
        _new_ticket(db, deadline=datetime(2026, 11, 18, 17, 0))
