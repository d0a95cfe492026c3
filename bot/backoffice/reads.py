"""What the pages, the downloads and the API read, as one unit of work each (run in a worker thread):
a page of the list, one ticket with its history and photos, a period's figures, the 考核 table."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from aiohttp import web
from sqlmodel import Session

from bot.backoffice.office import caller, office_of
from bot.backoffice.queries import encode
from handlers.office import views
from handlers.office.assessment import Assessed, assess
from handlers.office.dashboard import Grouping, Matrix, Row, grouped, matrix
from handlers.reports.figures import Stats, compute
from handlers.settings import AssessmentSection
from storage import ledger_queries, photos, tickets
from storage.ledger_queries import Cursor, Filters, Sort
from storage.scope import Scope


def ticket_list(
    session: Session,
    scope: Scope,
    filters: Filters,
    now: datetime,
    tz: ZoneInfo,
    sort: Sort,
    size: int,
    after: Cursor | None,
    before: Cursor | None,
) -> dict[str, Any]:
    found = ledger_queries.page(session, scope, filters, now, sort, size, after, before)
    names = ledger_queries.names(
        session,
        {t.group_id for t in found.tickets},
        {t.reporter_id for t in found.tickets},
        [t.id for t in found.tickets],
    )
    return {
        "tickets": [views.ticket_row(t, names, now, tz) for t in found.tickets],
        "total": found.total,
        "next": encode(found.next),
        "previous": encode(found.previous),
    }


def ticket_detail(
    session: Session, scope: Scope, number: int, now: datetime, tz: ZoneInfo, bot_name: str, photo_url: str
) -> dict[str, Any] | None:
    """The ticket, its history and photos (addresses `photo_url`.format(id=…)); None outside the scope."""
    ticket = ledger_queries.ticket(session, scope, number)
    if ticket is None:
        return None
    events = tickets.history(session, ticket.id)
    shots = photos.of_ticket(session, ticket.id)
    people = [ticket.reporter_id, *(e.actor_id for e in events), *(p.member_id for p in shots)]
    names = ledger_queries.names(session, [ticket.group_id], people, [ticket.id])

    def photo(shot) -> dict[str, Any]:
        return {
            "id": shot.id,
            "kind": getattr(shot, "kind", None),
            "url": photo_url.format(id=shot.id),
            "thumb_url": photo_url.format(id=shot.id) + "?thumb=1",
            "width": shot.width,
            "height": shot.height,
            "from": names.members.get(shot.member_id),
            "received_at": shot.received_at.astimezone(tz).isoformat(),
        }

    return {
        **views.ticket_row(ticket, names, now, tz),
        "original_message": ledger_queries.original_message(session, ticket),
        "history": views.history(events, names, bot_name, tz),
        "photos": [photo(shot) for shot in shots],
        "photo_groups": [
            {"kind": group.kind, "label": group.label, "photos": [photo(shot) for shot in group.photos]}
            for group in views.photo_groups(shots)
        ],
    }


@dataclass
class Figures:
    """A period's figures: overall, per grouping, the community × category counts."""

    overall: Stats
    tables: dict[Grouping, list[Row]]
    matrix: Matrix


def figures(
    session: Session,
    scope: Scope,
    filters: Filters,
    now: datetime,
    tz: ZoneInfo,
    groupings: tuple[Grouping, ...] = tuple(Grouping),
) -> Figures:
    """The figures overall and by each grouping asked for (a page shows two, a workbook all)."""
    found = ledger_queries.population(session, scope, filters, now)
    tables = {grouping: grouped(found, grouping, now, tz) for grouping in groupings}
    return Figures(compute(found, now), tables, matrix(found))


def assessment(
    session: Session, scope: Scope, filters: Filters, now: datetime, settings: AssessmentSection
) -> list[Assessed]:
    found = ledger_queries.population(session, scope, filters, now)
    return assess(found, ledger_queries.holders_by_community(session, settings.party), settings, now)


async def requested_ticket(request: web.Request, photo_url: str) -> dict[str, Any] | None:
    """The ticket a page or the API asks for by its number, as the caller may see it (None: not found
    or outside their scope, which look the same from outside)."""
    office = office_of(request)
    _, scope = caller(request)
    number = int(request.match_info["number"])
    now = office.clock.now()
    return await office.run(
        lambda s: ticket_detail(s, scope, number, now, office.tz, office.config.bot.name, photo_url)
    )
