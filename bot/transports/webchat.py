"""The built-in web chat: one page where a person can try every role, live over WebSocket.

It is the embedded default (no account, no configuration). People's messages and the bot's are
kept as chat lines in the database, so every tab (and a restart) shows the same conversation. A
person's line is written in the same transaction that handles the message, and a bot's line in the
same transaction that marks its outbox row sent: the page shows what was accepted, each reply once.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hmac
import json
import logging
import uuid
import weakref
from datetime import datetime
from importlib import resources
from pathlib import Path
from urllib.parse import quote

from aiohttp import WSMsgType, web
from pydantic import ValidationError
from sqlmodel import Session, col, select

from bot.clock import Clock
from bot.config import Config
from bot.inbox import NotAccepted
from bot.transports import webchat_views as views
from bot.transports.base import Journal, Receive, Transport
from bot.transports.webchat_schema import PostedMessage, PostedPhoto, explain
from bot.web import OWN_LOGIN, PUBLIC, RETRY_AFTER
from handlers.messages import Incoming, Reply
from handlers.templates import say
from storage import outbox, photos
from storage.db import Database
from storage.models import (
    ChatLine,
    Outbound,
    Photo,
)
from storage.prepared import Prepared, plain_insert
from storage.tickets import LARGEST_NUMBER

log = logging.getLogger("xiuhua.webchat")
PLATFORM = views.PLATFORM
_INSERT_LINE = Prepared(plain_insert(ChatLine.__table__))
"""A chat line, written with every message and reply: straight to the driver (storage.prepared)."""
STATIC = "webchat_static"


class WebChat(Transport):
    platform = PLATFORM
    delivers_in_database = True

    def __init__(self, config: Config, db: Database, clock: Clock) -> None:
        self.config = config
        self.db = db
        self.clock = clock
        self.receive: Receive | None = None
        self.sockets: weakref.WeakSet[web.WebSocketResponse] = weakref.WeakSet()
        self._names: dict[tuple[str, str], str] = {}
        self.journal = Journal(self._write_incoming, self._write_replies)
        self._shown = 0
        """The last chat line every open page has been sent; lines after it are published next."""
        self._publishing: asyncio.Task[None] | None = None
        self._again = False

    @property
    def connected(self) -> bool:
        return True

    async def start(self, receive: Receive) -> None:
        self._shown = await asyncio.to_thread(self.db.run, views.last_line)
        self.receive = receive

    async def stop(self) -> None:
        for socket in list(self.sockets):
            await socket.close()

    # -- the database side of messages -------------------------------------------------------

    def _write_incoming(self, session: Session, msg: Incoming) -> None:
        """The person's chat line, written in the transaction that handles the message (none for a
        message the bot prefaces: its preface, a bot line, says who acted)."""
        if msg.preface:
            return
        _INSERT_LINE.execute(
            session,
            {
                "group_key": msg.group_id,
                "message_id": msg.message_id,
                "sender_key": msg.sender_id,
                "sender_name": msg.sender_name,
                "text": msg.text if msg.image is None else say("webchat.photo"),
                "mentions": list(msg.mentions),
                "quote_id": msg.quote_id,
                "photo_sha256": photos.sha256_of(msg.image) if msg.image is not None else None,
                "from_bot": False,
                "at": msg.at,
            },
        )

    def _write_replies(self, session: Session, msg: Incoming, replies: list[tuple[int, Reply]]) -> None:
        """The bot's answers, delivered in the transaction that decided them (their outbox rows are
        marked sent in it too): the page shows a reply exactly when its ticket exists."""
        lines = [
            self._bot_line(
                row_id,
                reply.group_id or msg.group_id,
                reply.text,
                reply.mentions,
                reply.reply_to,
                reply.file.name if reply.file else None,
                msg.at,
            )
            for row_id, reply in replies
        ]
        _INSERT_LINE.execute_many(session, lines)
        for row_id, _ in replies:
            outbox.mark_sent(session, row_id, msg.at, f"bot-{row_id}")

    async def send(self, row: Outbound) -> str | None:
        await self.send_rows([row])
        return f"bot-{row.id}"

    async def send_rows(self, rows: list[Outbound]) -> None:
        """Writes the bot's lines (notices; replies are written when handled) and marks their outbox
        rows sent in one transaction: a row whose line exists already (a restart after a crash) is
        marked, not written again."""
        now = self.clock.now()
        await asyncio.to_thread(self.db.run, lambda s: self._deliver(s, rows, now))
        self.handled()

    def handled(self) -> None:
        """New lines were committed: every open page gets them (one publishing at a time, and one
        more after it if anything was committed meanwhile)."""
        if self._publishing is not None and not self._publishing.done():
            self._again = True
            return
        self._publishing = asyncio.get_running_loop().create_task(self._publish())

    async def _publish(self) -> None:
        while True:
            self._again = False
            lines = await asyncio.to_thread(self.db.run, lambda s: views.lines_after(s, self._shown, self.config.tz))
            if lines:
                self._shown = lines[-1]["id"]
                for line in lines:
                    await self.broadcast({"type": "line", "line": line})
                for group in dict.fromkeys(line["group"] for line in lines if line["bot"] or line["photo"]):
                    await self.broadcast({"type": "tickets", "group": group})
            if not self._again:
                return

    def _deliver(self, session: Session, rows: list[Outbound], now: datetime) -> None:
        ids = [f"bot-{row.id}" for row in rows]
        present = set(session.exec(select(ChatLine.message_id).where(col(ChatLine.message_id).in_(ids))))
        for row, message_id in zip(rows, ids, strict=True):
            if message_id not in present:
                _INSERT_LINE.execute(
                    session,
                    self._bot_line(row.id, row.group_key, row.text, row.mentions, row.reply_to, row.file_name, now),
                )
            outbox.mark_sent(session, row.id, now, message_id)

    def _bot_line(
        self,
        outbound_id: int,
        group: str,
        text: str,
        mentions: list[str],
        quote: str | None,
        file_name: str | None,
        at: datetime,
    ) -> dict[str, object]:
        return {
            "group_key": group,
            "message_id": f"bot-{outbound_id}",
            "sender_key": "bot",
            "sender_name": self.config.bot.name,
            "text": text,
            "mentions": mentions,
            "quote_id": quote,
            "file_name": file_name,
            "outbound_id": outbound_id,
            "from_bot": True,
            "at": at,
        }

    async def broadcast(self, event: dict) -> None:
        text = json.dumps(event, ensure_ascii=False)
        for socket in list(self.sockets):
            if not socket.closed:
                try:
                    await socket.send_str(text)
                except ConnectionError:
                    self.sockets.discard(socket)

    # -- HTTP ----------------------------------------------------------------------------------

    def add_routes(self, app: web.Application) -> None:
        if self.config.http.password:
            app.middlewares.append(self._password)
        app.router.add_get("/", self.index)
        app.router.add_get("/static/{name}", self.static)
        app.router.add_get("/api/state", self.state)
        app.router.add_get("/api/messages", self.history)
        app.router.add_post("/api/messages", self.post_message)
        app.router.add_post("/api/photos", self.post_photo)
        app.router.add_get("/api/tickets", self.ticket_list)
        app.router.add_get("/files/{outbound_id}", self.file)
        app.router.add_get("/photos/{sha256}", self.photo)
        app.router.add_get("/ws", self.websocket)

    @web.middleware
    async def _password(self, request: web.Request, handler):
        """Anyone on the page can speak as anyone: beyond this machine, a password is required."""
        if request.path in PUBLIC or request.path.startswith(OWN_LOGIN):
            return await handler(request)
        header = request.headers.get("Authorization", "")
        if header.startswith("Basic "):
            try:
                given = base64.b64decode(header[6:], validate=True).decode("utf-8").partition(":")[2]
            except (binascii.Error, ValueError):
                given = ""
            if hmac.compare_digest(given.encode(), self.config.http.password.encode()):
                return await handler(request)
        return web.Response(status=401, headers={"WWW-Authenticate": 'Basic realm="xiuhua"'}, text="password required")

    async def index(self, request: web.Request) -> web.Response:
        return self._asset("index.html", "text/html")

    async def static(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        kinds = {".js": "application/javascript", ".css": "text/css"}
        kind = kinds.get(Path(name).suffix)
        if kind is None or "/" in name:
            raise web.HTTPNotFound()
        return self._asset(name, kind)

    def _asset(self, name: str, kind: str) -> web.Response:
        try:
            body = resources.files("bot.transports").joinpath(STATIC, name).read_text(encoding="utf-8")
        except FileNotFoundError:
            raise web.HTTPNotFound() from None
        return web.Response(text=body, content_type=kind, charset="utf-8")

    async def state(self, request: web.Request) -> web.Response:
        found = await asyncio.to_thread(self.db.run, lambda s: views.state(s, self.config.bot.name))
        self._names.update({("group", g["id"]): g["name"] for g in found["groups"]})
        self._names.update({("person", p["id"]): p["name"] for p in found["people"]})
        return web.json_response(found, dumps=_dumps)

    async def history(self, request: web.Request) -> web.Response:
        group = request.query.get("group", "")
        after = request.query.get("after", "0") or "0"
        if not after.isascii() or not after.isdigit() or int(after) > LARGEST_NUMBER:
            raise web.HTTPBadRequest(text="after must be a line id (a whole number)")
        rows = await asyncio.to_thread(self.db.run, lambda s: views.history(s, group, int(after), self.config.tz))
        return web.json_response(rows, dumps=_dumps)

    async def ticket_list(self, request: web.Request) -> web.Response:
        group = request.query.get("group", "")
        now = self.clock.now()
        found = await asyncio.to_thread(self.db.run, lambda s: views.tickets(s, group, self.config, now))
        return web.json_response(found, dumps=_dumps)

    async def post_message(self, request: web.Request) -> web.Response:
        try:
            posted = PostedMessage.model_validate(await request.json())
        except ValidationError as error:
            raise web.HTTPBadRequest(text=f"expected JSON with group, from and text: {explain(error)}") from None
        except ValueError:
            raise web.HTTPBadRequest(text="expected JSON with group, from and text") from None
        mentions = tuple(m for m in posted.mentions or () if m != "bot")
        incoming = await self._incoming(
            posted.group,
            posted.sender,
            text=posted.text,
            quote_id=posted.quote,
            mentions=mentions,
            mentions_bot=posted.mentions_bot or "bot" in (posted.mentions or ()),
        )
        return await self._accept(incoming)

    async def post_photo(self, request: web.Request) -> web.Response:
        try:
            form = await request.post()
            posted = PostedPhoto.model_validate({k: v for k, v in form.items() if isinstance(v, str)})
        except ValidationError as error:
            raise web.HTTPBadRequest(text=f"expected a form with group, from and file: {explain(error)}") from None
        except ValueError:
            raise web.HTTPBadRequest(text="expected a form with group, from and file") from None
        upload = form.get("file")
        if not isinstance(upload, web.FileField):
            raise web.HTTPBadRequest(text="expected a form with group, from and file")
        data = upload.file.read(photos.MAX_BYTES + 1)
        incoming = await self._incoming(
            posted.group, posted.sender, image=data, image_name=upload.filename, quote_id=posted.quote
        )
        return await self._accept(incoming)

    async def _incoming(self, group: str, sender: str, **fields) -> Incoming:
        if ("person", sender) not in self._names or ("group", group) not in self._names:
            names = await asyncio.to_thread(self.db.run, lambda s: views.names(s, group, sender))
            self._names.update({("group", group): names[0], ("person", sender): names[1]})
        return Incoming(
            platform=PLATFORM,
            group_id=group,
            group_name=self._names[("group", group)],
            sender_id=sender,
            sender_name=self._names[("person", sender)],
            message_id=f"w-{uuid.uuid4().hex[:12]}",
            at=self.clock.now(),
            **fields,
        )

    async def _accept(self, incoming: Incoming) -> web.Response:
        """200 once the message is committed (its line shown to every tab); 503 if it was not stored."""
        if self.receive is None:
            raise web.HTTPServiceUnavailable(text="the bot is starting", headers={"Retry-After": RETRY_AFTER})
        try:
            await self.receive(incoming)
        except NotAccepted:
            raise web.HTTPServiceUnavailable(
                text="the message could not be stored; please send it again", headers={"Retry-After": RETRY_AFTER}
            ) from None
        return web.json_response({"message_id": incoming.message_id})

    async def file(self, request: web.Request) -> web.StreamResponse:
        outbound_id = request.match_info["outbound_id"]
        if not outbound_id.isascii() or not outbound_id.isdigit() or int(outbound_id) > LARGEST_NUMBER:
            raise web.HTTPNotFound()
        row = await asyncio.to_thread(self.db.run, lambda s: s.get(Outbound, int(outbound_id)))
        if row is None or not row.file_path or not Path(row.file_path).exists():
            raise web.HTTPNotFound()
        disposition = f"attachment; filename*=UTF-8''{quote(row.file_name or 'file')}"
        return web.FileResponse(row.file_path, headers={"Content-Disposition": disposition})

    async def photo(self, request: web.Request) -> web.StreamResponse:
        digest = request.match_info["sha256"]
        if len(digest) != 64 or not all(ch in "0123456789abcdef" for ch in digest):
            raise web.HTTPNotFound()
        row = await asyncio.to_thread(
            self.db.run, lambda s: s.exec(select(Photo).where(Photo.sha256 == digest)).first()
        )
        if row is None:
            raise web.HTTPNotFound()
        path = row.thumb_path if request.query.get("thumb") else row.path
        if not Path(path).exists():
            raise web.HTTPNotFound()
        return web.FileResponse(path)

    async def websocket(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse(heartbeat=30)
        await socket.prepare(request)
        self.sockets.add(socket)
        try:
            async for message in socket:
                if message.type == WSMsgType.ERROR:
                    break
        finally:
            self.sockets.discard(socket)
        return socket


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)
