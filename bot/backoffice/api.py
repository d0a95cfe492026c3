"""/api/v1: the desk's data as JSON for scripts, behind a bearer token scoped like a user.

    curl -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:8080/api/v1/tickets?status=active&community=天一小区"

No token or an unknown, revoked one: 401. A ticket outside the token's scope: 404, as if it did not
exist. A value that cannot be read: 400 naming the parameter.
"""

from __future__ import annotations

import json
from datetime import timedelta
from functools import partial
from typing import Any

from aiohttp import web
from sqlmodel import Session

from bot.backoffice import queries, reads
from bot.backoffice.credentials import token_hash
from bot.backoffice.office import ACCOUNT, SCOPE, caller, office_of
from bot.backoffice.pages import assessed, period_figures, serve_photo
from bot.backoffice.queries import BadQuery
from handlers.office.access import scope_for
from handlers.office.dashboard import Row
from storage import accounts
from storage.models import AccountKind

PHOTO_URL = "/api/v1/photos/{id}"
_dumps = partial(json.dumps, ensure_ascii=False)
SEEN_EVERY = timedelta(minutes=1)
"""A token's last use is written at most this often (not on every request)."""


def _error(status: int, code: str, **extra: Any) -> web.Response:
    return web.json_response({"error": code, **extra}, status=status)


@web.middleware
async def bearer(request: web.Request, handler):
    office = office_of(request)
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return _unauthorized()
    now = office.clock.now()

    def look(session: Session):
        account = accounts.by_secret(session, AccountKind.TOKEN, token_hash(token.strip()))
        if account is None:
            return None
        if account.last_seen_at is None or now - account.last_seen_at > SEEN_EVERY:
            accounts.seen(session, account, now)
        return account, scope_for(session, account)

    found = await office.run(look)
    if found is None:
        return _unauthorized()
    request[ACCOUNT], request[SCOPE] = found
    try:
        return await handler(request)
    except BadQuery as bad:
        return _error(400, "bad_query", field=bad.field, value=bad.value)


def _unauthorized() -> web.Response:
    response = _error(401, "unauthorized")
    response.headers["WWW-Authenticate"] = 'Bearer realm="xiuhua"'
    return response


async def tickets(request: web.Request) -> web.Response:
    """?status=&overdue=&category=&community=&building=&party=&reporter=&from=&to=&closed_from=&closed_to=
    &q=&sort=&limit=&after= → {"tickets": [...], "total": N, "next": cursor or null}."""
    office = office_of(request)
    _, scope = caller(request)
    query = request.query
    chosen, order = queries.filters(query, office.tz), queries.sort(query)
    size, after = queries.limit(query), queries.cursor(query, "after")
    now = office.clock.now()
    found = await office.run(
        lambda s: reads.ticket_list(s, scope, chosen, now, office.tz, order, size, after, before=None)
    )
    return web.json_response(
        {"tickets": found["tickets"], "total": found["total"], "next": found["next"] or None},
        dumps=_dumps,
    )


async def ticket(request: web.Request) -> web.Response:
    detail = await reads.requested_ticket(request, PHOTO_URL)
    if detail is None:
        return _error(404, "not_found")
    return web.json_response(detail, dumps=_dumps)


async def stats(request: web.Request) -> web.Response:
    """?from=&to=(default this month)&community=&category=&party= → the figures overall, by community,
    party, category and week, and the community × category counts."""
    period, figures = await period_figures(request)
    cross = figures.matrix
    body = {
        "from": period.first.isoformat(),
        "to": period.last.isoformat(),
        **Row("", figures.overall).figures(),
        "by": {grouping.value: [row.as_dict() for row in rows] for grouping, rows in figures.tables.items()},
        "matrix": [
            {"community": community, "category": category, "count": cross.counts[(community, category)]}
            for community in cross.communities
            for category in cross.categories
            if (community, category) in cross.counts
        ],
    }
    return web.json_response(body, dumps=_dumps)


async def assessment(request: web.Request) -> web.Response:
    """?month=2026-11 (default this month) → the 物业考核 rows, best score first."""
    month, table = await assessed(request)
    rows = [a.as_dict(rank) for rank, a in enumerate(table, start=1)]
    party = office_of(request).config.assessment.party
    return web.json_response({"month": f"{month.first:%Y-%m}", "party": party, "rows": rows}, dumps=_dumps)


async def photo(request: web.Request) -> web.StreamResponse:
    office = office_of(request)
    _, scope = caller(request)
    photo_id = int(request.match_info["photo_id"])
    try:
        return await serve_photo(office, scope, photo_id, bool(request.query.get("thumb")))
    except web.HTTPNotFound:
        return _error(404, "not_found")


def api_app() -> web.Application:
    app = web.Application(middlewares=[bearer])
    app.router.add_get("/tickets", tickets)
    app.router.add_get(r"/tickets/{number:\d{1,12}}", ticket)
    app.router.add_get("/stats", stats)
    app.router.add_get("/assessment", assessment)
    app.router.add_get(r"/photos/{photo_id:\d{1,12}}", photo)
    return app
