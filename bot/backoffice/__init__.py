"""The back office (后台): the street office's desk view of every ticket under /admin/, and the same data
as JSON for scripts under /api/v1/, served by the bot's own aiohttp app.

Pages are rendered on the server (aiohttp-jinja2, templates/ here) and need no script; charts are
inline SVG. Logins live in encrypted cookies (aiohttp-session); every query is scoped to what the
account may see (storage.scope); desk actions go through the chat's dispatcher (bot.backoffice.actions).
"""

from __future__ import annotations

import aiohttp_jinja2
import jinja2
from aiohttp import web
from aiohttp_session import session_middleware

from bot.backoffice import actions, downloads, pages, signin
from bot.backoffice.api import api_app
from bot.backoffice.office import OFFICE, Office
from bot.backoffice.queries import BadQuery
from handlers.templates import say

ERROR_TEMPLATE = "error.html"


@web.middleware
async def error_pages(request: web.Request, handler):
    """A refused or missing page, or a query that cannot be read, answers with a page of the desk's own
    (in Chinese), not aiohttp's text."""
    try:
        return await handler(request)
    except BadQuery as bad:
        context = {"status": 400, "message": say("desk.bad_query", field=bad.field)}
        return aiohttp_jinja2.render_template(ERROR_TEMPLATE, request, context, status=400)
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        context = {"status": exc.status, "message": exc.text if exc.text and not exc.text[:3].isdigit() else ""}
        return aiohttp_jinja2.render_template(ERROR_TEMPLATE, request, context, status=exc.status)


def desk_app(office: Office) -> web.Application:
    app = web.Application(
        middlewares=[
            session_middleware(signin.storage(office)),
            signin.security_headers,
            error_pages,
            signin.csrf,
            signin.signed_in,
        ]
    )
    aiohttp_jinja2.setup(
        app,
        loader=jinja2.PackageLoader("bot.backoffice", "templates"),
        autoescape=True,
        context_processors=[pages.base_context],
    )
    router = app.router
    router.add_get("/login", signin.login_page, name="login")
    router.add_post("/login", signin.login)
    router.add_post("/logout", signin.logout, name="logout")
    router.add_get("/", pages.ticket_list, name="tickets")
    router.add_get(r"/tickets/{number:\d{1,12}}", pages.ticket_page, name="ticket")
    router.add_post(r"/tickets/{number:\d{1,12}}/{action:approve|reject|reassign|deadline|cancel}", actions.act)
    router.add_get(r"/photos/{photo_id:\d{1,12}}", pages.photo, name="photo")
    router.add_get("/dashboard", pages.dashboard, name="dashboard")
    router.add_get("/assessment", pages.assessment, name="assessment")
    router.add_get("/export/tickets.xlsx", downloads.tickets, name="export_tickets")
    router.add_get("/export/dashboard.xlsx", downloads.dashboard, name="export_dashboard")
    router.add_get("/export/assessment.xlsx", downloads.assessment, name="export_assessment")
    router.add_get("/static/{name}", pages.static)
    return app


async def _to_desk(request: web.Request) -> web.Response:
    raise web.HTTPFound("/admin/")


def add_routes(app: web.Application, office: Office) -> None:
    """Mounts the desk at /admin/ and the API at /api/v1/ on the bot's app."""
    app[OFFICE] = office
    app.router.add_get("/admin", _to_desk)
    app.add_subapp("/admin", desk_app(office))
    app.add_subapp("/api/v1", api_app())
