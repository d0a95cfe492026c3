"""Wiring of the running bot: config → logging → database → parser → dispatcher → transport, the
outbox deliverer, the reminder scheduler and HTTP; and a clean stop on a signal."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from dataclasses import dataclass

from aiohttp import web
from sqlalchemy import text

from bot import demo
from bot.backoffice import add_routes as add_office
from bot.backoffice.office import Office
from bot.clock import Clock, SystemClock
from bot.config import Config
from bot.declarations import apply as apply_declarations
from bot.delivery import Deliverer
from bot.dispatcher import Dispatcher
from bot.health import Health
from bot.inbox import Inbox
from bot.scheduler import Reminders, ReminderService
from bot.transports.base import Transport
from bot.web import create_app
from handlers.parsing.build import parser_for
from storage import accounts
from storage.db import Database, DatabaseUnavailable
from storage.migrate import upgrade
from storage.models import AccountKind

log = logging.getLogger("xiuhua")
STOP_GRACE_SECONDS = 10.0
"""On a stop, how long messages already taken in, and a reminder sweep under way, may take to finish."""


@dataclass
class Services:
    """What every part of the running bot shares."""

    config: Config
    health: Health
    clock: Clock
    db: Database


def build_services(config: Config, clock: Clock | None = None) -> Services:
    health = Health()
    db = Database(config.database_url, health.reporter("database"), retry_seconds=config.database.retry_seconds)
    return Services(config=config, health=health, clock=clock or SystemClock(config.tz), db=db)


def make_transport(services: Services) -> Transport:
    if services.config.chat.transport == "wechaty":
        from bot.transports.wechaty_transport import WechatyTransport

        return WechatyTransport(services.config, services.health, services.clock)
    from bot.transports.webchat import WebChat

    return WebChat(services.config, services.db, services.clock)


LOOPBACK = ("127.0.0.1", "localhost", "::1")


def _refuse_open_listener(config: Config) -> None:
    if config.http.host not in LOOPBACK and not config.http.password:
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


def _prepare(services: Services, platform: str) -> None:
    """Schema, declared groups and people, the demo on first run (its back-office accounts only while
    the bot listens on this machine alone; beyond it, those still on the published password are disabled)."""
    config, now = services.config, services.clock.now()
    upgrade(services.db.engine)
    local = config.http.host in LOOPBACK
    with_demo = platform == "webchat" and config.chat.demo

    def work(session) -> list[str]:
        apply_declarations(session, platform, config.groups, config.members, config.communities, now)
        if with_demo and demo.seed(session, platform, now):
            log.info("demo groups and people seeded")
        if not local:
            for name in demo.disable_open_demo_accounts(session):
                log.warning("demo account %s disabled: its password is published and the bot listens widely", name)
            return []
        if with_demo:
            demo.seed_accounts(session, platform, now)
        found = [(p, accounts.find(session, AccountKind.USER, p.name)) for p in demo.demo_accounts()]
        return [f"{p.name} ({p.role})" for p, account in found if account is not None and not account.disabled]

    logins = services.db.run(work)
    if logins:
        log.info(
            "back office on http://%s:%s/admin/ - demo logins %s, password %r",
            config.http.host,
            config.http.port,
            ", ".join(logins),
            demo.demo_password(),
        )


async def serve(config: Config, stop: asyncio.Event | None = None, clock: Clock | None = None) -> None:
    """Runs until SIGINT/SIGTERM (or `stop` is set), then shuts everything down. `clock` is the
    system's unless a test pins the time of day."""
    _refuse_open_listener(config)
    services = build_services(config, clock)
    transport = make_transport(services)
    await asyncio.to_thread(_prepare, services, transport.platform)
    log.info("database ready (%s)", services.db.dialect)
    parser = await asyncio.to_thread(parser_for, config)
    dispatcher = Dispatcher(config, services.db, parser)
    deliverer = Deliverer(config, services.db, transport, services.clock)

    inbox = Inbox(dispatcher.handle_batch, handled=deliverer.wake)

    app = create_app(services.health)
    transport.add_routes(app)
    add_office(app, Office(config, services.db, services.clock, inbox.submit, parser.taxonomy.names))
    runner = web.AppRunner(app, handle_signals=False, shutdown_timeout=2.0)
    await runner.setup()
    site = web.TCPSite(runner, config.http.host, config.http.port)
    await site.start()
    log.info("listening on http://%s:%s/", config.http.host, config.http.port)
    reminders = ReminderService(Reminders(config, services.db), services.clock)
    reminders.start()
    await transport.start(inbox.submit)
    log.info("transport %s started", transport.platform)
    tasks = [
        asyncio.create_task(watch_database(services, config.database.heartbeat_seconds)),
        asyncio.create_task(deliverer.run()),
        asyncio.create_task(inbox.run()),
    ]
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
        log.info("stopping")
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)
        await transport.stop()
        await inbox.finish(timeout=STOP_GRACE_SECONDS)
        await reminders.stop(timeout=STOP_GRACE_SECONDS)
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await runner.cleanup()
        services.db.dispose()
        log.info("stopped")
