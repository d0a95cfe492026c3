"""A PostgreSQL database that goes away and comes back, for tests of what the bot does meanwhile."""

from __future__ import annotations


def block(postgres, name: str) -> None:
    """No new connections, and the open ones are ended: the database is unreachable."""
    postgres.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
    postgres.execute(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'")


def unblock(postgres, name: str) -> None:
    postgres.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
