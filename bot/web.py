"""The bot's HTTP face: /healthz for operators and the icon every page shares; transports add their own
routes, the back office its /admin/ and /api/v1/."""

from __future__ import annotations

from importlib import resources

from aiohttp import web

from bot.health import Health
from bot.inbox import NotAccepted
from storage.db import StorageUnavailable

HEALTH_KEY = web.AppKey("health", Health)
RETRY_AFTER = "5"
"""Seconds a client told 503 should wait before trying again."""
PUBLIC = ("/healthz", "/favicon.ico")
"""Paths open without the web chat's page password: the operators' probe, and the icon every page
(the back office's too) asks for."""
OWN_LOGIN = ("/admin", "/api/v1/")
"""Paths that check who is asking themselves (back-office sessions, API tokens): the web chat's page
password does not apply to them."""


async def healthz(request: web.Request) -> web.Response:
    health = request.app[HEALTH_KEY]
    return web.json_response(health.snapshot(), status=200 if health.ok else 503)


async def favicon(request: web.Request) -> web.Response:
    """One vendored icon for every page, so browsers stop logging a 404 on each load (SVG: small,
    sharp at any size, and every current browser shows it as a tab icon)."""
    body = resources.files("bot").joinpath("favicon.svg").read_bytes()
    return web.Response(body=body, content_type="image/svg+xml", headers={"Cache-Control": "max-age=86400"})


@web.middleware
async def storage_errors(request: web.Request, handler):
    """A database or disk that fails while answering (or a desk action the inbox could not take) is
    a 503 to retry, not a traceback and a 500."""
    try:
        return await handler(request)
    except (StorageUnavailable, NotAccepted):
        raise web.HTTPServiceUnavailable(text="storage unavailable", headers={"Retry-After": RETRY_AFTER}) from None


def create_app(health: Health) -> web.Application:
    app = web.Application(client_max_size=25 * 1024 * 1024, middlewares=[storage_errors])
    app[HEALTH_KEY] = health
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/favicon.ico", favicon)
    return app
