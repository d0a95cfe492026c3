"""The bot's HTTP face: /healthz for operators; transports add their own routes, the back office its
/admin/ and /api/v1/."""

from __future__ import annotations

from aiohttp import web

from bot.health import Health

HEALTH_KEY = web.AppKey("health", Health)
OWN_LOGIN = ("/admin", "/api/v1/")
"""Paths that check who is asking themselves (back-office sessions, API tokens): the web chat's page
password does not apply to them."""


async def healthz(request: web.Request) -> web.Response:
    health = request.app[HEALTH_KEY]
    return web.json_response(health.snapshot(), status=200 if health.ok else 503)


def create_app(health: Health) -> web.Application:
    app = web.Application(client_max_size=25 * 1024 * 1024)
    app[HEALTH_KEY] = health
    app.router.add_get("/healthz", healthz)
    return app
