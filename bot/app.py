"""Wiring of the running bot: config → logging → database → HTTP, and a clean stop on a signal."""

from __future__ import annotations

import asyncio
import logging
import signal
from dataclasses import dataclass

from aiohttp import web
from sqlalchemy import text

from bot.clock import Clock, SystemClock
from bot.config import Config
from bot.health import Health
from bot.web import create_app
from storage.db import Database, DatabaseUnavailable
from storage.migrate import upgrade

log = logging.getLogger("xiuhua")


@dataclass
class Services:
    """What every part of the running bot shares."""

    config: Config
    health: Health
    clock: Clock
    db: Database


def build_services(config: Config) -> Services:
    health = Health()
    db = Database(config.database_url, health, retry_seconds=config.database.retry_seconds)
    return Services(config=config, health=health, clock=SystemClock(config.tz), db=db)


def _refuse_open_listener(config: Config) -> None:
    if config.http.host not in ("127.0.0.1", "localhost", "::1") and not config.http.password:
        raise SystemExit(
            f"http.host = {config.http.host!r} listens beyond this machine: set http.password first "
            "(anyone on the web chat page can speak as anyone)"
        )


async def watch_database(services: Services, interval: float) -> None:
    """Probes the database so /healthz tells the truth even when no message is being handled."""
    while True:
        try:
            await asyncio.to_thread(services.db.run, lambda session: session.execute(text("SELECT 1")))
        except DatabaseUnavailable as exc:
            log.error("database unavailable: %s", exc)
        await asyncio.sleep(interval)


async def serve(config: Config, stop: asyncio.Event | None = None) -> None:
    """Runs until SIGINT/SIGTERM (or `stop` is set), then shuts everything down."""
    _refuse_open_listener(config)
    services = build_services(config)
    await asyncio.to_thread(upgrade, services.db.engine)
    log.info("database ready (%s)", services.db.dialect)
    app = create_app(services.health)
    runner = web.AppRunner(app, handle_signals=False, shutdown_timeout=2.0)
    await runner.setup()
    site = web.TCPSite(runner, config.http.host, config.http.port)
    await site.start()
    log.info("listening on http://%s:%s/", config.http.host, config.http.port)
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    watcher = asyncio.create_task(watch_database(services, config.database.heartbeat_seconds))
    try:
        await stop.wait()
        log.info("stopping")
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)
        watcher.cancel()
        await runner.cleanup()
        services.db.dispose()
        log.info("stopped")
