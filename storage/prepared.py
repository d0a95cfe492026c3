"""Statements compiled once per dialect and run on the driver's own cursor.

A report runs seven statements; through SQLAlchemy's execution layer each one costs about four
times what the statement itself costs, which made that layer most of a message's handling time.
These statements are still built with SQLAlchemy — one source of SQL and of type conversion (the
compiled string, the types' own bind processors) — and only their execution skips the layer.
Driver errors come out as SQLAlchemy's, so `Database.run` retries them as it retries any other.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import Column, Table, bindparam, event, insert
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql import Executable
from sqlmodel import Session

_TRANSACTION = "xiuhua.prepared.transaction"
Build = Callable[[str], Executable]
"""Builds the statement for a dialect name ('sqlite', 'postgresql'): upserts differ between them."""


UPSERT_INSERT = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}
"""The dialect's own INSERT, which knows ON CONFLICT."""


def all_columns(table: Table) -> dict[str, Any]:
    """VALUES for every column but the key, each a parameter of its own name: optional where the
    column has a default (or may be NULL), else required. No default is left for an execution context."""
    return {c.name: _parameter(c) for c in table.columns if not c.primary_key}


def _parameter(column: Column) -> Any:
    default = column.default
    if default is not None:
        value = default.arg(None) if default.is_callable else default.arg
        return bindparam(column.name, value, type_=column.type, required=False)
    if column.nullable:
        return bindparam(column.name, None, type_=column.type, required=False)
    return bindparam(column.name, type_=column.type, required=True)


def plain_insert(table: Table) -> Executable:
    """INSERT of every column but the key, nothing returned."""
    return insert(table).values(all_columns(table)).inline()


class _Bind(NamedTuple):
    name: str
    default: Any
    """Its value when none is given (a required one is checked for first)."""
    convert: Callable[[Any], Any] | None
    converted_none: Any
    """What `convert` makes of None, worked out once: most values given are None or not converted."""


@dataclass(frozen=True)
class _Compiled:
    sql: str
    binds: tuple[_Bind, ...]
    required: frozenset[str]
    positional: bool
    names: tuple[str, ...]

    def parameters(self, values: Mapping[str, Any]) -> tuple | dict:
        missing = self.required - values.keys()
        if missing:
            raise KeyError(f"no value for {', '.join(sorted(missing))}")
        get = values.get
        converted = [
            none if (value := get(name, default)) is None else value if convert is None else convert(value)
            for name, default, convert, none in self.binds
        ]
        if self.positional:
            return tuple(converted)
        return dict(zip(self.names, converted, strict=True))


class Prepared:
    def __init__(self, statement: Executable | Build) -> None:
        self._build: Build = statement if callable(statement) else (lambda _dialect: statement)
        self._compiled: dict[str, _Compiled] = {}

    def execute(self, session: Session, values: Mapping[str, Any]) -> Any:
        """Runs the statement once; returns the driver's cursor (rows of a SELECT or RETURNING)."""
        compiled, state = self._prepare(session)
        parameters = compiled.parameters(values)
        return state.run(session, compiled.sql, parameters, lambda: state.cursor.execute(compiled.sql, parameters))

    def execute_many(self, session: Session, rows: Sequence[Mapping[str, Any]]) -> None:
        compiled, state = self._prepare(session)
        parameters = [compiled.parameters(row) for row in rows]
        state.run(session, compiled.sql, parameters, lambda: state.cursor.executemany(compiled.sql, parameters))

    def scalar(self, session: Session, values: Mapping[str, Any]) -> Any:
        """The first column of the first row, or None when there is no row. All rows are read, so
        the statement is finished before the transaction commits (SQLite refuses it otherwise)."""
        rows = self.execute(session, values).fetchall()
        return rows[0][0] if rows else None

    def rows(self, session: Session, values: Mapping[str, Any]) -> list[tuple]:
        return list(self.execute(session, values).fetchall())

    def count(self, session: Session, values: Mapping[str, Any]) -> int:
        """How many rows the statement wrote (an INSERT … ON CONFLICT DO NOTHING: 0 or 1)."""
        return int(self.execute(session, values).rowcount)

    def _prepare(self, session: Session) -> tuple[_Compiled, _Transaction]:
        state = session.info.get(_TRANSACTION)
        if state is None:
            state = session.info[_TRANSACTION] = _Transaction.of(session)
        compiled = self._compiled.get(state.dialect.name)
        if compiled is None:
            compiled = self._compiled[state.dialect.name] = _compile(self._build(state.dialect.name), state.dialect)
        return compiled, state


class PreparedInsert(Prepared):
    """An INSERT of one row that hands back the row's new key: SQLite's cursor knows it already
    (RETURNING would cost as much again as the insert), other databases return it."""

    def __init__(self, table: Table) -> None:
        key = table.primary_key.columns[0]
        plain = plain_insert(table)
        super().__init__(
            lambda dialect: plain if dialect == "sqlite" else insert(table).values(all_columns(table)).returning(key)
        )

    def new_id(self, session: Session, values: Mapping[str, Any]) -> int:
        cursor = self.execute(session, values)
        return int(cursor.lastrowid if session.info[_TRANSACTION].dialect.name == "sqlite" else cursor.fetchall()[0][0])


@dataclass(frozen=True)
class _Transaction:
    """The driver cursor and dialect of a session's current transaction (its connection may change
    with the next one, so this is forgotten when the transaction ends)."""

    cursor: Any
    dialect: Dialect

    @classmethod
    def of(cls, session: Session) -> _Transaction:
        connection = session.connection()
        return cls(connection.connection.driver_connection.cursor(), connection.dialect)

    def run(self, session: Session, sql: str, parameters: Any, call: Callable[[], None]) -> Any:
        dialect = self.dialect
        try:
            call()
        except dialect.loaded_dbapi.Error as exc:
            connection = session.connection()
            lost = dialect.is_disconnect(exc, connection.connection.dbapi_connection, self.cursor)
            if lost:
                connection.invalidate(exc)
            raise DBAPIError.instance(
                sql, parameters, exc, dialect.loaded_dbapi.Error, connection_invalidated=lost, dialect=dialect
            ) from exc
        return self.cursor


def _compile(statement: Executable, dialect: Dialect) -> _Compiled:
    for column in statement.exported_columns:
        if column.type.dialect_impl(dialect).result_processor(dialect, None) is not None:
            raise TypeError(f"{column} needs converting when read; run this statement through SQLAlchemy")
    compiled = statement.compile(dialect=dialect)
    by_name = {name: bind for bind, name in compiled.bind_names.items()}
    positional = compiled.positiontup is not None
    binds = []
    for name in compiled.positiontup if positional else by_name:
        bind = by_name[name]
        convert = bind.type.dialect_impl(dialect).bind_processor(dialect)
        default = None if bind.required else bind.effective_value
        binds.append(_Bind(name, default, convert, None if convert is None else convert(None)))
    required = frozenset(name for name, bind in by_name.items() if bind.required)
    return _Compiled(compiled.string, tuple(binds), required, positional, tuple(bind.name for bind in binds))


@event.listens_for(Session, "after_transaction_end")
def _forget_transaction(session: Session, _transaction: object) -> None:
    session.info.pop(_TRANSACTION, None)
