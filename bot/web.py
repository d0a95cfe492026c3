"""The bot's HTTP face: /healthz for operators; transports add their own routes, the back office its
/admin/ and /api/v1/."""

from __future__ import annotations

from aiohttp import web

from bot.health import Health
from bot.inbox import NotAccepted
from storage.db import StorageUnavailable

HEALTH_KEY = web.AppKey("health", Health)
RETRY_AFTER = "5"
"""Seconds a client told 503 should wait before trying again."""
OWN_LOGIN = ("/admin", "/api/v1/")
"""Paths that check who is asking themselves (back-office sessions, API tokens): the web chat's page
password does not apply to them."""


async def healthz(request: web.Request) -> web.Response:
    health = request.app[HEALTH_KEY]
    return web.json_response(health.snapshot(), status=200 if health.ok else 503)


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
    return app
