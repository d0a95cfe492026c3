"""The back office's pages: the ticket list, one ticket, its photos, the dashboard and the 物业考核."""

from __future__ import annotations

from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any

import aiohttp_jinja2
from aiohttp import web
from aiohttp_session import get_session
from multidict import MultiDict, MultiMapping
from sqlmodel import Session

from bot.backoffice import queries, reads
from bot.backoffice.office import ACCOUNT, caller, office_of
from bot.backoffice.signin import csrf_token
from handlers.office import acting
from handlers.office.access import role_label
from handlers.office.assessment import Assessed, formula
from handlers.office.dashboard import Grouping, Row
from handlers.office.trend import trend
from handlers.roles import parties
from storage import ledger_queries
from storage.ledger_queries import Sort
from storage.models import ChatGroup

STATIC_TYPES = {".css": "text/css"}
PHOTO_URL = "/admin/photos/{id}"
PAGING = ("after", "before")


async def base_context(request: web.Request) -> dict[str, Any]:
    """What every page's frame shows: who is logged in, and the token its forms send back."""
    session = await get_session(request)
    account = request.get(ACCOUNT)
    return {
        "account": account,
        "role": role_label(account.role) if account is not None else "",
        "csrf": csrf_token(session),
        "path": request.path,
    }


def _without(query: MultiMapping[str], *names: str, **extra: str) -> MultiDict[str]:
    """The query without some parameters (and without empty ones), with `extra` ones added."""
    kept: MultiDict[str] = MultiDict()
    for key, value in query.items():
        if key not in names and value != "":
            kept.add(key, value)
    kept.extend(extra)
    return kept


def _link(request: web.Request, route: str, query: MultiDict[str]) -> str:
    url = request.app.router[route].url_for()
    return str(url.with_query(query) if query else url)


def _options(request: web.Request, communities: list[str]) -> dict[str, Any]:
    office = office_of(request)
    return {
        "statuses": queries.STATUSES,
        "categories": office.categories,
        "communities": communities,
        "parties": parties(),
        "sorts": [s.value for s in Sort],
        "sizes": queries.PAGE_SIZES,
    }


async def ticket_list(request: web.Request) -> web.Response:
    office = office_of(request)
    _, scope = caller(request)
    query = request.query
    chosen = queries.filters(query, office.tz)
    order, size = queries.sort(query), queries.page_size(query)
    after, before = queries.cursor(query, "after"), queries.cursor(query, "before")
    now = office.clock.now()

    def work(session):
        found = reads.ticket_list(session, scope, chosen, now, office.tz, order, size, after, before)
        return found, ledger_queries.communities_in(session, scope)

    found, communities = await office.run(work)
    base = _without(query, *PAGING)
    links = {
        "next": _link(request, "tickets", _without(base, after=found["next"])) if found["next"] else "",
        "previous": _link(request, "tickets", _without(base, before=found["previous"])) if found["previous"] else "",
        "first": _link(request, "tickets", base) if after or before else "",
        "export": _link(request, "export_tickets", _without(query, *PAGING, "size")),
    }
    context = {"found": found, "query": query, "links": links, **_options(request, communities)}
    return aiohttp_jinja2.render_template("tickets.html", request, context)


async def ticket_page(request: web.Request) -> web.Response:
    return await render_ticket(request)


async def render_ticket(request: web.Request, error: str = "", status: int = 200) -> web.Response:
    """The ticket's page, with the actions the caller may take; `error` says why an action was not taken."""
    office = office_of(request)
    detail = await reads.requested_ticket(request, PHOTO_URL)
    if detail is None:
        raise web.HTTPNotFound()
    session = await get_session(request)
    flashed = session.pop("flash", [])
    deadline = datetime.fromisoformat(detail["deadline"]) if detail["deadline"] else office.clock.now()
    context = {
        "t": detail,
        "flashed": flashed,
        "error": error,
        "offered": await offered_actions(request, detail["number"]),
        "parties": parties(),
        "deadline_value": deadline.astimezone(office.tz).strftime("%Y-%m-%dT%H:%M"),
    }
    return aiohttp_jinja2.render_template("ticket.html", request, context, status=status)


async def offered_actions(request: web.Request, number: int) -> frozenset[str]:
    """The desk actions the caller's chat member may take on the ticket (handlers.office.acting.permitted)."""
    office = office_of(request)
    account, scope = caller(request)

    def work(session: Session) -> frozenset[str]:
        ticket = ledger_queries.ticket(session, scope, number)
        if ticket is None:
            return frozenset()
        group = session.get(ChatGroup, ticket.group_id)
        return acting.permitted(session, office.config, ticket, acting.standing(session, account, group))

    return await office.run(work)


async def photo(request: web.Request) -> web.StreamResponse:
    """A photo (or its thumbnail) of a ticket in the caller's scope; only files under the photo folder."""
    office = office_of(request)
    _, scope = caller(request)
    return await serve_photo(office, scope, int(request.match_info["photo_id"]), bool(request.query.get("thumb")))


async def serve_photo(office, scope, photo_id: int, thumb: bool) -> web.StreamResponse:
    row = await office.run(lambda s: ledger_queries.photo(s, scope, photo_id))
    if row is None:
        raise web.HTTPNotFound()
    folder = (office.config.bot.data_dir / "photos").resolve()
    path = Path(row.thumb_path if thumb else row.path).resolve()
    if not path.is_relative_to(folder) or not path.is_file():
        raise web.HTTPNotFound()
    return web.FileResponse(path, headers={"Content-Disposition": "inline"})


async def period_figures(request: web.Request) -> tuple[queries.Period, reads.Figures]:
    """The period asked for and its figures by every grouping, within the caller's scope (downloads, API)."""
    office = office_of(request)
    _, scope = caller(request)
    now = office.clock.now()
    chosen, narrowed = figure_filters(request, now)
    return chosen, await office.run(lambda s: reads.figures(s, scope, narrowed, now, office.tz))


async def assessed(request: web.Request) -> tuple[queries.Period, list[Assessed]]:
    """The month asked for (default this month) and its 物业考核 table, within the caller's scope."""
    office = office_of(request)
    _, scope = caller(request)
    now = office.clock.now()
    settings = office.config.assessment
    month = queries.month(request.query, now)
    narrowed = month.filters(ledger_queries.Filters(party=settings.party), office.tz)
    return month, await office.run(lambda s: reads.assessment(s, scope, narrowed, now, settings))


def figure_filters(request: web.Request, now: datetime) -> tuple[queries.Period, ledger_queries.Filters]:
    """The dashboard's period (default 本月) and its narrowing by community, category and party."""
    tz = office_of(request).tz
    chosen = queries.chosen_period(request.query, now)
    asked = queries.filters(request.query, tz)
    narrowed = ledger_queries.Filters(communities=asked.communities, categories=asked.categories, party=asked.party)
    return chosen, chosen.filters(narrowed, tz)


async def dashboard(request: web.Request) -> web.Response:
    office = office_of(request)
    _, scope = caller(request)
    now = office.clock.now()
    chosen, narrowed = figure_filters(request, now)
    grouping = queries.grouping(request.query)

    shown = (grouping, Grouping.WEEK)

    def work(session):
        found = reads.figures(session, scope, narrowed, now, office.tz, shown)
        return found, ledger_queries.communities_in(session, scope)

    figures, communities = await office.run(work)
    context = {
        "period": chosen,
        "figures": figures,
        "overall": Row("", figures.overall).figures(),
        "grouping": grouping,
        "tabs": [(g, _link(request, "dashboard", _without(request.query, "by", by=g.value))) for g in Grouping],
        "rows": [row.as_dict() for row in figures.tables[grouping]],
        "chart": trend(figures.tables[Grouping.WEEK]),
        "query": request.query,
        "export": _link(request, "export_dashboard", _without(request.query, "by")),
        **_options(request, communities),
    }
    return aiohttp_jinja2.render_template("dashboard.html", request, context)


async def assessment(request: web.Request) -> web.Response:
    settings = office_of(request).config.assessment
    month, table = await assessed(request)
    context = {
        "month": month,
        "rows": [a.as_dict(rank) for rank, a in enumerate(table, start=1)],
        "settings": settings,
        "formula": formula(settings),
        "export": _link(request, "export_assessment", _without(request.query)),
    }
    return aiohttp_jinja2.render_template("assessment.html", request, context)


async def static(request: web.Request) -> web.Response:
    name = request.match_info["name"]
    kind = STATIC_TYPES.get(Path(name).suffix)
    if kind is None or "/" in name or "\\" in name or name.startswith("."):
        raise web.HTTPNotFound()
    try:
        body = resources.files("bot.backoffice").joinpath("static", name).read_bytes()
    except (FileNotFoundError, IsADirectoryError):
        raise web.HTTPNotFound() from None
    return web.Response(body=body, content_type=kind, headers={"Cache-Control": "public, max-age=3600"})
