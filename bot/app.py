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
from bot.inbox import Inbox, NotAccepted
from bot.scheduler import Reminders, ReminderService
from bot.transports.base import Transport
from bot.web import create_app
from handlers.messages import Incoming
from handlers.parsing.build import parser_for
from storage import accounts, photos
from storage.db import Database, DatabaseUnavailable
from storage.migrate import upgrade
from storage.models import AccountKind

log = logging.getLogger("xiuhua")
STOP_GRACE_SECONDS = 10.0
"""On a stop, how long messages already taken in, and a reminder sweep under way, may take to finish."""
HELD_RETRY_SECONDS = 30.0
"""How often held messages (their handling failed) are looked at; each has its own backoff."""


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
        except Exception as exc:  # the watch must outlive any one failure, or /healthz stops telling the truth
            log.exception("database probe failed")
            services.health.set("database", False, f"probe failed: {exc}")
        await asyncio.sleep(interval)


async def retry_held(inbox: Inbox, dispatcher: Dispatcher, clock: Clock, interval: float = HELD_RETRY_SECONDS) -> None:
    """Gives held messages (their handling failed) another try, on the inbox's own worker."""
    while True:
        with contextlib.suppress(Exception):
            await inbox.chore(lambda: dispatcher.retry_held(clock.now()))
        await asyncio.sleep(interval)


def _prepare(services: Services, platform: str) -> None:
    """Waits for the database (retrying as while running), then the schema, declared groups and
    people, the demo on first run (its back-office accounts only while the bot listens on this
    machine alone; beyond it, those still on the published password are disabled); and removes
    photo files a killed process left half-written."""
    config, now = services.config, services.clock.now()
    services.db.run(lambda session: session.execute(text("SELECT 1")))
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
    removed = photos.clean_partial(config.bot.data_dir / "photos")
    if removed:
        log.info("removed %d half-written photo file(s)", removed)


async def serve(config: Config, stop: asyncio.Event | None = None, clock: Clock | None = None) -> None:
    """Runs until SIGINT/SIGTERM (or `stop` is set), then shuts everything down. `clock` is the
    system's unless a test pins the time of day.

    HTTP comes up first, so /healthz answers (503, "starting") while the database is waited for
    and prepared; messages posted meanwhile are refused with 503 rather than lost."""
    _refuse_open_listener(config)
    services = build_services(config, clock)
    services.health.set("bot", False, "starting")
    transport = make_transport(services)
    running = Running(services, transport)
    app = create_app(services.health)
    transport.add_routes(app)
    add_office(app, running.office)
    runner = web.AppRunner(app, handle_signals=False, shutdown_timeout=2.0)
    await runner.setup()
    await web.TCPSite(runner, config.http.host, config.http.port).start()
    log.info("listening on http://%s:%s/", config.http.host, config.http.port)
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await running.start()
        services.health.set("bot", True, "running")
        await stop.wait()
        log.info("stopping")
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)
        await running.stop()
        await runner.cleanup()
        services.db.dispose()
        log.info("stopped")


class Running:
    """The parts that work on messages, started once the database is ready and stopped in order."""

    def __init__(self, services: Services, transport: Transport) -> None:
        self.services = services
        self.transport = transport
        self.inbox: Inbox | None = None
        self.reminders: ReminderService | None = None
        self.deliverer: Deliverer | None = None
        self.tasks: list[asyncio.Task] = []
        self.office = Office(services.config, services.db, services.clock, self.submit, [])
        """The back office, served from the start; its actions wait for the inbox like any message."""

    def _handled(self) -> None:
        """After each committed batch: replies to deliver, lines to show."""
        if self.deliverer is not None:
            self.deliverer.wake()
        self.transport.handled()

    async def submit(self, message: Incoming) -> None:
        if self.inbox is None:
            raise NotAccepted("the bot is starting")
        await self.inbox.submit(message)

    async def start(self) -> None:
        services, config = self.services, self.services.config
        await asyncio.to_thread(_prepare, services, self.transport.platform)
        log.info("database ready (%s)", services.db.dialect)
        parser = await asyncio.to_thread(parser_for, config)
        self.office.categories = parser.taxonomy.names
        dispatcher = Dispatcher(config, services.db, parser, journal=self.transport.journal)
        await asyncio.to_thread(services.db.run, dispatcher.photo_index.load)
        deliverer = Deliverer(config, services.db, self.transport, services.clock)
        self.deliverer = deliverer
        patience = config.database.accept_seconds
        self.inbox = Inbox(lambda messages: dispatcher.handle_batch(messages, patience), handled=self._handled)
        self.reminders = ReminderService(Reminders(config, services.db), services.clock)
        self.reminders.start()
        await self.transport.start(self.inbox.submit)
        log.info("transport %s started", self.transport.platform)
        self.tasks = [
            asyncio.create_task(watch_database(services, config.database.heartbeat_seconds)),
            asyncio.create_task(deliverer.run()),
            asyncio.create_task(self.inbox.run()),
            asyncio.create_task(retry_held(self.inbox, dispatcher, services.clock)),
        ]

    async def stop(self) -> None:
        await self.transport.stop()
        if self.inbox is not None:
            await self.inbox.finish(timeout=STOP_GRACE_SECONDS)
        if self.reminders is not None:
            await self.reminders.stop(timeout=STOP_GRACE_SECONDS)
        for task in self.tasks:
            task.cancel()
        for task in self.tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
