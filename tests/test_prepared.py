"""Statements run on the driver's cursor store and read what SQLAlchemy would, and fail like it."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import bindparam
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from storage import outbox
from storage.db import Database
from storage.migrate import upgrade
from storage.models import Outbound
from storage.prepared import Prepared, all_columns, plain_insert
from tests.conftest import backends

TZ = ZoneInfo("Asia/Shanghai")
AT = datetime(2026, 11, 18, 9, 30, 15, tzinfo=TZ)


def _enqueue(session: Session) -> int:
    return outbox.enqueue(session, "web", "g1", "已登记1件", AT, mentions=["u3", "王经理"], ticket_ids=[7, 8])


def test_a_prepared_insert_reads_back_through_the_orm_unchanged(db: Database) -> None:
    row_id = db.run(_enqueue)
    row = db.run(lambda s: s.get(Outbound, row_id))
    assert (row.text, row.mentions, row.ticket_ids, row.notice_ids) == ("已登记1件", ["u3", "王经理"], [7, 8], [])
    assert row.created_at == AT and row.created_at.utcoffset() is not None
    assert (row.attempts, row.failed, row.last_error, row.sent_at) == (0, False, "", None)


def test_rows_come_back_in_order_and_defaults_fill_what_is_not_given(db: Database) -> None:
    table = Outbound.__table__
    insert = Prepared(plain_insert(table))
    pick = Prepared(select(table.c.id, table.c.text, table.c.attempts).where(table.c.group_key == "g2"))

    def work(session: Session) -> list[tuple]:
        for text in ("一", "二"):
            values = {"platform": "web", "group_key": "g2", "text": text, "created_at": AT}
            insert.execute(session, {**values, "mentions": [], "ticket_ids": [], "notice_ids": []})
        return pick.rows(session, {})

    rows = db.run(work)
    assert [(text, attempts) for _, text, attempts in rows] == [("一", 0), ("二", 0)]
    assert rows[0][0] < rows[1][0]


def test_a_missing_required_value_is_refused_before_the_database(db: Database) -> None:
    insert = Prepared(plain_insert(Outbound.__table__))
    with pytest.raises(KeyError, match="group_key"):
        db.run(lambda s: insert.execute(s, {"platform": "web", "created_at": AT}))


def test_a_driver_error_comes_out_as_sqlalchemys(db: Database) -> None:
    row_id = db.run(_enqueue)
    table = Outbound.__table__
    clash = Prepared(table.insert().values({**all_columns(table), "id": bindparam("id")}))
    values = {"id": row_id, "platform": "web", "group_key": "g", "created_at": AT}
    with pytest.raises(IntegrityError):
        db.run(lambda s: clash.execute(s, {**values, "mentions": [], "notice_ids": [], "ticket_ids": []}))
    assert db.run(lambda s: s.get(Outbound, row_id)).text == "已登记1件"


def test_a_connection_lost_mid_transaction_is_retried_whole(request: pytest.FixtureRequest) -> None:
    if "postgresql" not in backends(request.config):
        pytest.skip("PostgreSQL not among the chosen --db backends")
    postgres = request.getfixturevalue("postgres")
    db = Database(postgres.create(), retry_seconds=10, sleep=lambda _: None)
    upgrade(db.engine)
    attempts = []

    def work(session: Session) -> int:
        attempts.append(1)
        if len(attempts) == 1:
            pid = session.connection().exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
            postgres.execute(f"SELECT pg_terminate_backend({pid})")
        return _enqueue(session)

    row_id = db.run(work)
    assert len(attempts) == 2
    assert db.run(lambda s: list(s.exec(select(Outbound.id)))) == [row_id]
    db.dispose()
