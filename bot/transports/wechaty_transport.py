"""WeChat through the real python-wechaty client and a puppet service (gRPC).

The client goes deaf when the event stream breaks and waits a fixed minute before reconnecting,
so this transport supervises it: a new client is built whenever the old one stops, stops sending
events, or its endpoint stops answering, with a backoff between tries. Messages for WeChat wait
in the outbox while it is down and go out in order once it is back. Why a client stopped (a TLS
certificate, the server name, the token …) is logged once and shown in /healthz, phrased as what
to change (wechaty_link.diagnose).
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import logging
import re
import socket
import time
from typing import Any

from grpclib.const import Status
from grpclib.exceptions import GRPCError, ProtocolError, StreamTerminatedError

from bot.clock import Clock
from bot.config import Config
from bot.health import Health
from bot.inbox import NotAccepted
from bot.spool import Spool
from bot.transports import wechaty_compat, wechaty_link
from bot.transports.base import Receive, Transport, TransportDown
from handlers.messages import Incoming
from storage.models import Outbound

log = logging.getLogger("xiuhua.wechat")
PLATFORM = "wechat"
PRIVATE = "private:"
QUOTE = re.compile(r"^「(?P<name>[^：:」]{1,64})[：:](?P<quoted>.*?)」\s*\n[-\s]{9,}\n?(?P<reply>.*)$", re.S)
PROBE_SECONDS = 3.0
UNAVAILABLE = {Status.UNAVAILABLE, Status.UNAUTHENTICATED, Status.DEADLINE_EXCEEDED, Status.CANCELLED}
"""Send errors that say the service cannot be used now (the message waits); others spend a try."""


def split_quote(text: str) -> tuple[str, str | None]:
    """WeChat sends a quote reply as 「Name：quoted」, a dashed line, then the reply."""
    match = QUOTE.match(text.strip())
    if match is None:
        return text, None
    return match["reply"].strip(), match["quoted"].strip()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class WechatyTransport(Transport):
    platform = PLATFORM

    def __init__(self, config: Config, health: Health, clock: Clock) -> None:
        if not config.wechaty.endpoint or not config.wechaty.token:
            raise SystemExit(
                "chat.transport = 'wechaty' needs wechaty.endpoint and wechaty.token "
                "(or XIUHUA_WECHATY_ENDPOINT / XIUHUA_WECHATY_TOKEN)"
            )
        self.config = config
        self.health = health
        self.clock = clock
        self.min_interval = config.wechaty.min_interval_seconds
        self.host, _, port = config.wechaty.endpoint.rpartition(":")
        self.port = int(port)
        self._receive: Receive | None = None
        self._client: Any = None
        self._connected = False
        self._self_id: str | None = None
        self._last_event = time.monotonic()
        self._supervisor: asyncio.Task[None] | None = None
        self._drainer: asyncio.Task[None] | None = None
        self.spool = Spool(config.bot.data_dir / "spool" / PLATFORM)
        self._last_reason = ""
        self.sessions = 0
        self.health.set("wechat", False, "starting")

    @property
    def connected(self) -> bool:
        return self._connected

    async def start(self, receive: Receive) -> None:
        self._receive = receive
        self._supervisor = asyncio.create_task(self._supervise())
        self._drain_soon()

    async def stop(self) -> None:
        for task in (self._supervisor, self._drainer):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task

    # -- staying connected -------------------------------------------------------------------------

    async def _reachable(self) -> bool:
        try:
            _, writer = await asyncio.wait_for(asyncio.open_connection(self.host, self.port), timeout=2)
        except (OSError, TimeoutError):
            return False
        writer.close()
        with contextlib.suppress(OSError):
            await writer.wait_closed()
        return True

    async def _supervise(self) -> None:
        delay = 0.5
        while True:
            if await self._reachable():
                started = time.monotonic()
                try:
                    await self._session()
                except Exception as exc:  # the supervisor must outlive anything a session does
                    log.exception("wechat session failed")
                    self._down(f"unexpected {type(exc).__name__}: {exc}")
                if time.monotonic() - started > 30:
                    delay = 0.5
            else:
                self._down(f"puppet service unreachable at {self.config.wechaty.endpoint}", logging.WARNING)
            await asyncio.sleep(delay)
            delay = min(delay * 2, 30.0)

    def _down(self, reason: str, level: int = logging.ERROR) -> None:
        """Health shows the reason; the log gets it once per change, not at every retry."""
        self._connected = False
        self.health.set("wechat", False, reason)
        if reason != self._last_reason:
            log.log(level, "wechat: %s", reason)
        self._last_reason = reason

    async def _session(self) -> None:
        """Runs one client until it stops, goes quiet, or loses its endpoint; then tears it down."""
        self.sessions += 1
        try:
            link = wechaty_link.resolve(self.config.wechaty)
        except wechaty_link.SetupError as exc:
            self._down(str(exc))
            return
        client, puppet = self._new_client(link)
        self._client = client
        self._last_event = time.monotonic()
        task = asyncio.create_task(client.start())
        reason, level = "", logging.WARNING
        last_probe = time.monotonic()
        try:
            while not reason:
                await asyncio.sleep(0.25)
                if task.done() and puppet.failure is not None:
                    reason, level = await wechaty_link.diagnose(puppet.failure, link), logging.ERROR
                elif task.done():
                    reason = "the puppet service ended the event stream"
                elif time.monotonic() - self._last_event > self.config.wechaty.heartbeat_timeout_seconds:
                    reason = "no events from the puppet service"
                elif time.monotonic() - last_probe > PROBE_SECONDS:
                    last_probe = time.monotonic()
                    if not await self._reachable():
                        reason = f"puppet service unreachable at {self.config.wechaty.endpoint}"
        finally:
            self._down(reason or "stopped", level if reason else logging.INFO)
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
            with contextlib.suppress(Exception):
                await asyncio.wait_for(client.stop(), timeout=3)
            self._client = None

    def _new_client(self, link: wechaty_link.Link) -> tuple[Any, Any]:
        wechaty = wechaty_compat.load(self.config.bot.data_dir / "wechaty")
        wechaty_compat.reset_pools()
        from apscheduler.schedulers.asyncio import AsyncIOScheduler
        from wechaty_puppet import PuppetOptions

        transport = self

        class Client(wechaty.Wechaty):  # type: ignore[misc, name-defined]
            async def on_login(self, contact: Any) -> None:
                transport._logged_in(contact.contact_id)

            async def on_logout(self, contact: Any) -> None:
                transport._connected = False
                transport.health.set("wechat", False, "logged out")

            async def on_heartbeat(self, payload: Any) -> None:
                transport._alive()

            async def on_message(self, msg: Any) -> None:
                transport._alive()
                await transport._on_message(msg)

            async def on_error(self, payload: Any) -> None:
                log.error("puppet service error: %s", payload)

        puppet_options = PuppetOptions(end_point=self.config.wechaty.endpoint, token=self.config.wechaty.token)
        puppet = wechaty_compat.service_puppet(puppet_options, link)
        options = wechaty.WechatyOptions(
            puppet=puppet, puppet_options=puppet_options, port=_free_port(), scheduler=AsyncIOScheduler()
        )
        return Client(options), puppet

    def _alive(self) -> None:
        self._last_event = time.monotonic()
        if not self._connected and self._self_id is not None:
            self._logged_in(self._self_id)

    def _logged_in(self, self_id: str) -> None:
        self._self_id = self_id
        self._connected = True
        self._last_event = time.monotonic()
        self._last_reason = ""
        self.health.set("wechat", True, f"logged in as {self_id}")
        log.info("wechat connected as %s", self_id)

    # -- receiving -------------------------------------------------------------------------------

    async def _on_message(self, msg: Any) -> None:
        try:
            incoming = await self._incoming(msg)
        except Exception:
            log.exception("wechat message %s could not be read", getattr(msg, "message_id", "?"))
            return
        if incoming is None or self._receive is None:
            return
        if self.spool.waiting():
            self._keep(incoming)
            return
        try:
            await self._receive(incoming)
        except NotAccepted:
            self._keep(incoming)

    def _keep(self, incoming: Incoming) -> None:
        """The puppet will not send it again: into the spool, drained in order once the database is back."""
        try:
            self.spool.put(incoming)
        except OSError as exc:
            log.error(
                "wechat message %s lost: neither the database nor the disk takes it (%s)", incoming.message_id, exc
            )
            return
        log.warning("wechat message %s kept in the spool until the database takes it", incoming.message_id)
        self._drain_soon()

    def _drain_soon(self) -> None:
        if self._receive is not None and (self._drainer is None or self._drainer.done()):
            self._drainer = asyncio.create_task(self.spool.drain(self._receive))

    async def _incoming(self, msg: Any) -> Incoming | None:
        from wechaty_puppet import MessageType

        talker = msg.talker()
        if talker is None or talker.contact_id == self._self_id:
            return None
        room = msg.room()
        payload = msg.payload
        text, quoted = split_quote(msg.text() or "")
        image = None
        if msg.type() == MessageType.MESSAGE_TYPE_IMAGE:
            image = await self._image(msg)
            if image is None:
                return None
        elif msg.type() != MessageType.MESSAGE_TYPE_TEXT:
            return None
        mentions = tuple(m for m in (payload.mention_ids or []) if m != self._self_id)
        named = re.search(rf"@{re.escape(self.config.bot.name)}[\u2005 ]|@{re.escape(self.config.bot.name)}$", text)
        mentions_bot = self._self_id in (payload.mention_ids or []) or named is not None
        if room is not None:
            group_id, group_name = room.room_id, (room.payload.topic if room.payload else "")
        else:
            group_id, group_name = PRIVATE + talker.contact_id, ""
        return Incoming(
            platform=PLATFORM,
            group_id=group_id,
            group_name=group_name,
            sender_id=talker.contact_id,
            sender_name=talker.name,
            message_id=msg.message_id,
            at=self.clock.now(),
            text=text if image is None else "",
            mentions=mentions,
            mentions_bot=mentions_bot,
            quote_text=quoted,
            image=image,
            image_name=(payload.filename or None),
            private=room is None,
        )

    async def _image(self, msg: Any) -> bytes | None:
        box = await msg.to_file_box()
        data = getattr(box, "base64", None)
        if not data:
            log.warning(
                "image %s came as a file box of type %s, which is not downloaded",
                msg.message_id,
                getattr(box, "boxType", "?"),
            )
            return b""
        try:
            return base64.b64decode(data)
        except (binascii.Error, ValueError):
            return b""

    # -- sending -------------------------------------------------------------------------------

    async def send(self, row: Outbound) -> str | None:
        client = self._client
        if not self._connected or client is None:
            raise TransportDown("wechat is not connected")
        from wechaty_puppet import FileBox

        conversation = row.group_key.removeprefix(PRIVATE)
        try:
            message_id = None
            if row.text:
                message_id = await client.puppet.message_send_text(
                    conversation_id=conversation, message=row.text, mention_ids=list(row.mentions) or None
                )
            if row.file_path:
                box = FileBox.from_file(row.file_path, name=row.file_name)
                file_id = await client.puppet.message_send_file(conversation_id=conversation, file=box)
                message_id = message_id or file_id
        except (OSError, StreamTerminatedError, ProtocolError) as exc:
            self._connected = False
            raise TransportDown(str(exc)) from exc
        except GRPCError as exc:
            if exc.status in UNAVAILABLE:
                self._connected = False
                raise TransportDown(f"{exc.status.name}: {exc.message}") from exc
            raise
        return message_id
