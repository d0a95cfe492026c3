"""The back office's query strings read into storage's Filters, sort and cursor, and a period — the same
reading for the pages, the downloads and the API, so a link and a script ask the same question."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from enum import Enum
from typing import TypeVar
from zoneinfo import ZoneInfo

from multidict import MultiMapping

from handlers.office.dashboard import Grouping
from handlers.office.searching import building, names_a_building
from handlers.reports.periods import period
from storage.ledger_queries import ACTIVE, Cursor, Filters, Sort
from storage.models import TicketStatus

E = TypeVar("E", bound=Enum)

STATUSES = (ACTIVE, *(s.value for s in TicketStatus))
TEXT_LIMIT = 100
PAGE_SIZES = (20, 50, 100)
API_PAGE = 50
API_LIMIT = 500
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class BadQuery(ValueError):
    """A query value that cannot be read; `field` names it."""

    def __init__(self, field: str, value: str) -> None:
        super().__init__(f"{field}: cannot read {value!r}")
        self.field = field
        self.value = value


def _text(query: MultiMapping[str], name: str) -> str:
    return " ".join(query.get(name, "").split())[:TEXT_LIMIT]


def _many(query: MultiMapping[str], name: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v.strip()[:TEXT_LIMIT] for v in query.getall(name, []) if v.strip()))


def day(query: MultiMapping[str], name: str) -> date | None:
    written = query.get(name, "").strip()
    if not written:
        return None
    try:
        return date.fromisoformat(written)
    except ValueError:
        raise BadQuery(name, written) from None


def _start(value: date | None, tz: ZoneInfo) -> datetime | None:
    return datetime.combine(value, time(0, 0), tz) if value else None


def _end(value: date | None, tz: ZoneInfo) -> datetime | None:
    """The end of an inclusive last day: midnight after it."""
    return datetime.combine(value + timedelta(days=1), time(0, 0), tz) if value else None


def filters(query: MultiMapping[str], tz: ZoneInfo) -> Filters:
    statuses = _many(query, "status")
    unknown = [s for s in statuses if s not in STATUSES]
    if unknown:
        raise BadQuery("status", unknown[0])
    text, asked_building = _text(query, "q"), _text(query, "building")
    if not asked_building and names_a_building(text):
        text, asked_building = "", text
    return Filters(
        statuses=statuses,
        overdue=query.get("overdue", "") in ("1", "true", "on"),
        categories=_many(query, "category"),
        communities=_many(query, "community"),
        building=building(asked_building) if asked_building else "",
        party=_text(query, "party"),
        reporter=_text(query, "reporter"),
        created_from=_start(day(query, "from"), tz),
        created_to=_end(day(query, "to"), tz),
        closed_from=_start(day(query, "closed_from"), tz),
        closed_to=_end(day(query, "closed_to"), tz),
        text=text,
    )


def sort(query: MultiMapping[str]) -> Sort:
    return _choice(query, "sort", Sort, Sort.NEWEST)


def grouping(query: MultiMapping[str]) -> Grouping:
    return _choice(query, "by", Grouping, Grouping.COMMUNITY)


def _choice(query: MultiMapping[str], key: str, kind: type[E], default: E) -> E:
    """One of an enum's values, named in the query (400 naming the field when it is none of them)."""
    written = query.get(key, default.value)
    try:
        return kind(written)
    except ValueError:
        raise BadQuery(key, written) from None


def encode(cursor: Cursor | None) -> str:
    """「number:microseconds」 (「number:-」 when the sort value is empty): safe in a URL as it is."""
    if cursor is None:
        return ""
    value = "-" if cursor.value is None else str((cursor.value - EPOCH) // timedelta(microseconds=1))
    return f"{cursor.number}:{value}"


def cursor(query: MultiMapping[str], name: str) -> Cursor | None:
    written = query.get(name, "")
    if not written:
        return None
    number, _, value = written.partition(":")
    try:
        moment = None if value in ("", "-") else EPOCH + timedelta(microseconds=int(value))
        return Cursor(int(number), moment)
    except (ValueError, OverflowError):
        raise BadQuery(name, written) from None


def _number(query: MultiMapping[str], name: str, default: int) -> int:
    written = query.get(name, str(default))
    try:
        return int(written)
    except ValueError:
        raise BadQuery(name, written) from None


def page_size(query: MultiMapping[str]) -> int:
    """Tickets per page on the list: one of PAGE_SIZES."""
    value = _number(query, "size", PAGE_SIZES[0])
    if value not in PAGE_SIZES:
        raise BadQuery("size", str(value))
    return value


def limit(query: MultiMapping[str]) -> int:
    """Tickets per answer of the API: 1 to API_LIMIT."""
    value = _number(query, "limit", API_PAGE)
    if not 0 < value <= API_LIMIT:
        raise BadQuery("limit", str(value))
    return value


@dataclass(frozen=True)
class Period:
    """Registration dates, first and last day included."""

    first: date
    last: date

    def filters(self, base: Filters, tz: ZoneInfo) -> Filters:
        return replace(base, created_from=_start(self.first, tz), created_to=_end(self.last, tz))


def chosen_period(query: MultiMapping[str], now: datetime) -> Period:
    """`from`/`to` as given, else this month (the chat's 本月)."""
    _, start, end = period("本月", now)
    first = day(query, "from") or start.date()
    last = day(query, "to") or (end - timedelta(days=1)).date()
    if last < first:
        raise BadQuery("to", last.isoformat())
    return Period(first, last)


def month(query: MultiMapping[str], now: datetime) -> Period:
    """`month=2026-11`, else this month: the 考核's period."""
    written = query.get("month", "").strip()
    try:
        first = date.fromisoformat(f"{written}-01") if written else now.date().replace(day=1)
    except ValueError:
        raise BadQuery("month", written) from None
    following = (first + timedelta(days=32)).replace(day=1)
    return Period(first, following - timedelta(days=1))
