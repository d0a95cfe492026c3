"""The built-in web chat: one page where a person can try every role, live over WebSocket.

It is the embedded default (no account, no configuration). People's messages and the bot's are
kept as chat lines in the database, so every tab (and a restart) shows the same conversation.
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
from sqlmodel import Session, col, select

from bot.clock import Clock
from bot.config import Config
from bot.transports.base import Receive, Transport
from bot.web import OWN_LOGIN
from handlers import format as fmt
from handlers.messages import Incoming, storable
from storage import directory, lifecycle, photos
from storage.db import Database
from storage.models import ChatGroup, ChatLine, Community, GroupRole, Member, Outbound, Photo, Ticket

log = logging.getLogger("xiuhua.webchat")
PLATFORM = "webchat"
STATIC = "webchat_static"
MAX_TEXT = 20_000
LINES_SHOWN = 300


def _line(row: ChatLine, tz) -> dict:
    return {
        "id": row.id,
        "message_id": row.message_id,
        "group": row.group_key,
        "from": row.sender_key,
        "name": row.sender_name,
        "text": row.text,
        "mentions": row.mentions,
        "quote": row.quote_id,
        "photo": f"/photos/{row.photo_sha256}" if row.photo_sha256 else None,
        "file": f"/files/{row.outbound_id}" if row.outbound_id and row.file_name else None,
        "file_name": row.file_name,
        "bot": row.from_bot,
        "at": row.at.astimezone(tz).isoformat(),
    }


class WebChat(Transport):
    platform = PLATFORM

    def __init__(self, config: Config, db: Database, clock: Clock) -> None:
        self.config = config
        self.db = db
        self.clock = clock
        self.receive: Receive | None = None
        self.sockets: weakref.WeakSet[web.WebSocketResponse] = weakref.WeakSet()

    @property
    def connected(self) -> bool:
        return True

    async def start(self, receive: Receive) -> None:
        self.receive = receive

    async def stop(self) -> None:
        for socket in list(self.sockets):
            await socket.close()

    async def send(self, row: Outbound) -> str | None:
        message_id = f"bot-{row.id}"
        line = ChatLine(
            group_key=row.group_key,
            message_id=message_id,
            sender_key="bot",
            sender_name=self.config.bot.name,
            text=row.text,
            mentions=row.mentions,
            quote_id=row.reply_to,
            file_name=row.file_name,
            outbound_id=row.id,
            from_bot=True,
            at=self.clock.now(),
        )
        stored = await asyncio.to_thread(self.db.run, lambda s: _save_line(s, line))
        await self.broadcast({"type": "line", "line": _line(stored, self.config.tz)})
        await self.broadcast({"type": "tickets", "group": row.group_key})
        return message_id

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
        if request.path == "/healthz" or request.path.startswith(OWN_LOGIN):
            return await handler(request)
        header = request.headers.get("Authorization", "")
        if header.startswith("Basic "):
            try:
                given = base64.b64decode(header[6:]).decode("utf-8").partition(":")[2]
            except (binascii.Error, UnicodeDecodeError):
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
        found = await asyncio.to_thread(self.db.run, lambda s: _state(s, self.config.bot.name))
        return web.json_response(found, dumps=_dumps)

    async def history(self, request: web.Request) -> web.Response:
        group = request.query.get("group", "")
        after = int(request.query.get("after", "0") or 0)
        rows = await asyncio.to_thread(self.db.run, lambda s: _history(s, group, after))
        return web.json_response([_line(r, self.config.tz) for r in rows], dumps=_dumps)

    async def ticket_list(self, request: web.Request) -> web.Response:
        group = request.query.get("group", "")
        now = self.clock.now()
        found = await asyncio.to_thread(self.db.run, lambda s: _tickets(s, group, self.config, now))
        return web.json_response(found, dumps=_dumps)

    async def post_message(self, request: web.Request) -> web.Response:
        try:
            data = await request.json()
            group, sender = str(data["group"]), str(data["from"])
            text = str(data.get("text", ""))
        except (ValueError, KeyError, TypeError):
            raise web.HTTPBadRequest(text="expected JSON with group, from and text") from None
        if not text.strip() or len(text) > MAX_TEXT:
            raise web.HTTPBadRequest(text=f"text must be 1 to {MAX_TEXT} characters")
        mentions = tuple(str(m) for m in data.get("mentions", []) if m != "bot")
        incoming = await self._incoming(
            group,
            sender,
            text=text,
            quote=data.get("quote"),
            mentions=mentions,
            mentions_bot=bool(data.get("mentions_bot")) or "bot" in data.get("mentions", []),
        )
        return web.json_response({"message_id": incoming.message_id})

    async def post_photo(self, request: web.Request) -> web.Response:
        form = await request.post()
        upload = form.get("file")
        if not isinstance(upload, web.FileField) or "group" not in form or "from" not in form:
            raise web.HTTPBadRequest(text="expected a form with group, from and file")
        data = upload.file.read(photos.MAX_BYTES + 1)
        incoming = await self._incoming(
            str(form["group"]),
            str(form["from"]),
            image=data,
            image_name=upload.filename,
            quote=form.get("quote") or None,
        )
        return web.json_response({"message_id": incoming.message_id})

    async def _incoming(
        self,
        group: str,
        sender: str,
        text: str = "",
        quote: object = None,
        mentions: tuple[str, ...] = (),
        mentions_bot: bool = False,
        image: bytes | None = None,
        image_name: str | None = None,
    ) -> Incoming:
        now = self.clock.now()
        group, sender = storable(group), storable(sender)
        names = await asyncio.to_thread(self.db.run, lambda s: _names(s, group, sender))
        incoming = Incoming(
            platform=PLATFORM,
            group_id=group,
            group_name=names[0],
            sender_id=sender,
            sender_name=names[1],
            message_id=f"w-{uuid.uuid4().hex[:12]}",
            at=now,
            text=text,
            mentions=mentions,
            mentions_bot=mentions_bot,
            quote_id=str(quote) if quote else None,
            image=image,
            image_name=image_name,
        )
        digest = photos.sha256_of(image) if image is not None else None
        line = ChatLine(
            group_key=incoming.group_id,
            message_id=incoming.message_id,
            sender_key=incoming.sender_id,
            sender_name=incoming.sender_name,
            text=incoming.text if image is None else "[图片]",
            mentions=list(mentions),
            quote_id=incoming.quote_id,
            photo_sha256=digest,
            at=now,
        )
        stored = await asyncio.to_thread(self.db.run, lambda s: _save_line(s, line))
        await self.broadcast({"type": "line", "line": _line(stored, self.config.tz)})
        if self.receive is not None:
            await self.receive(incoming)
        if image is not None:
            await self.broadcast({"type": "tickets", "group": group})
        return incoming

    async def file(self, request: web.Request) -> web.StreamResponse:
        outbound_id = request.match_info["outbound_id"]
        if not outbound_id.isdigit():
            raise web.HTTPNotFound()
        row = await asyncio.to_thread(self.db.run, lambda s: s.get(Outbound, int(outbound_id)))
        if row is None or not row.file_path or not Path(row.file_path).exists():
            raise web.HTTPNotFound()
        disposition = f"attachment; filename*=UTF-8''{quote(row.file_name or 'file')}"
        return web.FileResponse(row.file_path, headers={"Content-Disposition": disposition})

    async def photo(self, request: web.Request) -> web.StreamResponse:
        digest = request.match_info["sha256"]
        row = await asyncio.to_thread(
            self.db.run, lambda s: s.exec(select(Photo).where(Photo.sha256 == digest)).first()
        )
        if row is None:
            raise web.HTTPNotFound()
        path = row.thumb_path if request.query.get("thumb") else row.path
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


def _save_line(session: Session, line: ChatLine) -> ChatLine:
    session.add(line)
    session.flush()
    return line


def _names(session: Session, group: str, sender: str) -> tuple[str, str]:
    room = session.exec(select(ChatGroup).where(ChatGroup.platform == PLATFORM, ChatGroup.platform_id == group)).first()
    person = directory.member_by_platform_id(session, PLATFORM, sender)
    return (room.name if room else group), (person.display_name if person else sender)


def _history(session: Session, group: str, after: int) -> list[ChatLine]:
    statement = select(ChatLine).where(ChatLine.group_key == group, ChatLine.id > after)
    rows = list(session.exec(statement.order_by(col(ChatLine.id).desc()).limit(LINES_SHOWN)))
    return rows[::-1]


def _state(session: Session, bot_name: str) -> dict:
    groups = directory.groups(session, PLATFORM)
    communities = {c.id: c.name for c in session.exec(select(Community))}
    people = list(session.exec(select(Member).where(Member.platform == PLATFORM).order_by(Member.id)))
    roles: dict[int, dict[str, list[str]]] = {}
    for row in session.exec(select(GroupRole)):
        key = next((g.platform_id for g in groups if g.id == row.group_id), "*")
        roles.setdefault(row.member_id, {}).setdefault(key, []).append(row.role)
    return {
        "bot": bot_name,
        "groups": [
            {
                "id": g.platform_id,
                "name": g.name,
                "community": communities.get(g.community_id),
                "coordinators": g.coordinators,
            }
            for g in groups
        ],
        "people": [{"id": p.platform_id, "name": p.display_name, "roles": roles.get(p.id, {})} for p in people],
    }


def _tickets(session: Session, group: str, config: Config, now: datetime) -> list[dict]:
    room = session.exec(select(ChatGroup).where(ChatGroup.platform == PLATFORM, ChatGroup.platform_id == group)).first()
    if room is None:
        return []
    rows = list(session.exec(select(Ticket).where(Ticket.group_id == room.id).order_by(col(Ticket.number).desc())))
    shots: dict[int, list[str]] = {}
    for photo in session.exec(select(Photo).where(col(Photo.ticket_id).in_([t.id for t in rows]))):
        shots.setdefault(photo.ticket_id, []).append(photo.sha256)
    return [
        {
            "number": t.number,
            "category": t.category,
            "place": fmt.place(t),
            "status": t.status,
            "status_text": fmt.status(t),
            "deadline": fmt.moment(t.deadline, config.tz),
            "overdue": lifecycle.is_overdue(t, now),
            "responsible": t.responsible,
            "photos": [f"/photos/{sha}" for sha in shots.get(t.id, [])],
        }
        for t in rows
    ]
