from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlmodel import SQLModel

from storage.db import Database
from storage.migrate import upgrade


def test_migrating_an_empty_database_gives_the_models_schema(db: Database) -> None:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, SQLModel.metadata)
    assert differences == []
    tables = set(inspect(db.engine).get_table_names())
    assert set(SQLModel.metadata.tables) <= tables


def test_ticket_counter_is_seeded(db: Database) -> None:
    with db.engine.connect() as connection:
        value = connection.execute(text("SELECT value FROM counters WHERE name = 'ticket'")).scalar_one()
    assert value == 0


def test_sqlite_runs_in_wal_mode(tmp_path) -> None:
    database = Database(f"sqlite:///{tmp_path / 'w.db'}")
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
    database.dispose()


def test_a_database_of_the_first_release_upgrades_keeping_its_tickets(db_url: str) -> None:
    database = Database(db_url)
    upgrade(database.engine, "0001")
    with database.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO chat_groups (platform, platform_id, name, coordinators, configured, created_at) "
                "VALUES ('web', 'g1', '天一创全群', false, true, '2026-11-18 01:00:00')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO tickets (number, category, description, responsible, responsible_member_ids, status, "
                "rework_count, group_id, created_at, updated_at) VALUES (1, '楼道堆物', '14楼堆物', '[]', '[]', "
                "'open', 0, 1, '2026-11-18 01:00:00', '2026-11-18 01:00:00')"
            )
        )
    upgrade(database.engine)
    indexes = {index["name"] for index in inspect(database.engine).get_indexes("tickets")}
    assert "ix_tickets_group_status_problem" in indexes and "ix_tickets_group_status" not in indexes
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT number, description FROM tickets")).all() == [(1, "14楼堆物")]
    database.dispose()


def test_photos_stored_before_fingerprints_stay_fix_photos_without_one(db_url: str) -> None:
    database = Database(db_url)
    upgrade(database.engine, "0002")
    with database.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO photos (sha256, path, thumb_path, width, height, size_bytes, received_at) "
                "VALUES ('ab', 'p.jpg', 't.jpg', 64, 48, 1000, '2026-11-18 01:00:00')"
            )
        )
    upgrade(database.engine)
    with database.engine.connect() as connection:
        rows = connection.execute(text("SELECT sha256, kind, fingerprint, taken_at FROM photos")).all()
    assert rows == [("ab", "fix", None, None)]
    database.dispose()
