"""A puppet service for tests: a grpclib server speaking wechaty's Puppet protocol on 127.0.0.1,
driven (messages in, what the bot sent out, send errors, the end of the event stream) through a
small HTTP control API. Like wechaty-puppet-service >= 0.27 it can serve TLS and require
"authorization: Wechaty <token>" on every call (UNAUTHENTICATED otherwise).

    python -m tests.fake_puppet --grpc PORT --control PORT [--heartbeat SECONDS]
                                [--tls-cert PEM --tls-key PEM] [--token TOKEN]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import json
import ssl
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from aiohttp import web
from grpclib.const import Cardinality, Handler, Status
from grpclib.exceptions import GRPCError
from grpclib.server import Server, Stream
from wechaty_grpc.wechaty import puppet as pb

SELF_ID = "bot-self"
WIRE_TEXT, WIRE_IMAGE = 7, 6  # the TypeScript numbering the client maps from


class FakePuppet:
    def __init__(self, heartbeat: float, token: str | None = None) -> None:
        self.heartbeat = heartbeat
        self.token = token
        self.server_names: list[str | None] = []
        self.refused = 0
        self.failing_sends = 0
        self.contacts: dict[str, str] = {SELF_ID: "绣花"}
        self.rooms: dict[str, dict[str, Any]] = {}
        self.messages: dict[str, pb.MessagePayloadResponse] = {}
        self.images: dict[str, str] = {}
        self.sent: list[dict[str, Any]] = []
        self.calls: list[str] = []
        self.streams: list[asyncio.Queue[pb.EventResponse | None]] = []
        self.counter = 0

    # -- gRPC ------------------------------------------------------------------------------------

    def __mapping__(self) -> dict[str, Handler]:
        return {
            route: handler._replace(func=self._authorized(handler.func)) for route, handler in self._routes().items()
        }

    def _authorized(self, func: Callable[[Stream], Awaitable[None]]) -> Callable[[Stream], Awaitable[None]]:
        """The check wechaty-puppet-service's server makes (src/auth/auth-impl-token.ts)."""

        async def call(stream: Stream) -> None:
            if self.token is not None and stream.metadata.get("authorization") != f"Wechaty {self.token}":
                self.refused += 1
                raise GRPCError(
                    Status.UNAUTHENTICATED, f'Invalid Wechaty TOKEN "{stream.metadata.get("authorization")}"'
                )
            await func(stream)

        return call

    def _routes(self) -> dict[str, Handler]:
        unary = Cardinality.UNARY_UNARY
        return {
            "/wechaty.Puppet/Start": Handler(self.start, unary, pb.StartRequest, pb.StartResponse),
            "/wechaty.Puppet/Stop": Handler(self.stop, unary, pb.StopRequest, pb.StopResponse),
            "/wechaty.Puppet/Ding": Handler(self.ding, unary, pb.DingRequest, pb.DingResponse),
            "/wechaty.Puppet/Event": Handler(self.event, Cardinality.UNARY_STREAM, pb.EventRequest, pb.EventResponse),
            "/wechaty.Puppet/ContactPayload": Handler(
                self.contact, unary, pb.ContactPayloadRequest, pb.ContactPayloadResponse
            ),
            "/wechaty.Puppet/RoomPayload": Handler(self.room, unary, pb.RoomPayloadRequest, pb.RoomPayloadResponse),
            "/wechaty.Puppet/MessagePayload": Handler(
                self.message, unary, pb.MessagePayloadRequest, pb.MessagePayloadResponse
            ),
            "/wechaty.Puppet/MessageSendText": Handler(
                self.send_text, unary, pb.MessageSendTextRequest, pb.MessageSendTextResponse
            ),
            "/wechaty.Puppet/MessageSendFile": Handler(
                self.send_file, unary, pb.MessageSendFileRequest, pb.MessageSendFileResponse
            ),
            "/wechaty.Puppet/MessageImage": Handler(self.image, unary, pb.MessageImageRequest, pb.MessageImageResponse),
            "/wechaty.Puppet/MessageFile": Handler(self.file, unary, pb.MessageFileRequest, pb.MessageFileResponse),
        }

    async def start(self, stream: Stream) -> None:
        await stream.recv_message()
        self.calls.append("Start")
        await stream.send_message(pb.StartResponse())

    async def stop(self, stream: Stream) -> None:
        await stream.recv_message()
        self.calls.append("Stop")
        await stream.send_message(pb.StopResponse())

    async def ding(self, stream: Stream) -> None:
        await stream.recv_message()
        await stream.send_message(pb.DingResponse())

    async def event(self, stream: Stream) -> None:
        await stream.recv_message()
        self.calls.append("Event")
        queue: asyncio.Queue[pb.EventResponse | None] = asyncio.Queue()
        self.streams.append(queue)
        # a heartbeat as early as possible, as wechaty-puppet-service's server does, then the login
        await stream.send_message(_event(pb.EventType.EVENT_TYPE_HEARTBEAT, {"data": "stream opened"}))
        await stream.send_message(_event(pb.EventType.EVENT_TYPE_LOGIN, {"contactId": SELF_ID}))
        try:
            while True:
                try:
                    item = await asyncio.wait_for(queue.get(), timeout=self.heartbeat)
                except TimeoutError:
                    item = _event(pb.EventType.EVENT_TYPE_HEARTBEAT, {"data": "heartbeat"})
                if item is None:
                    return
                await stream.send_message(item)
        finally:
            self.streams.remove(queue)

    async def contact(self, stream: Stream) -> None:
        request = await stream.recv_message()
        name = self.contacts.get(request.id, request.id)
        await stream.send_message(pb.ContactPayloadResponse(id=request.id, name=name, type=pb.ContactType(1)))

    async def room(self, stream: Stream) -> None:
        request = await stream.recv_message()
        room = self.rooms.get(request.id, {"topic": request.id, "members": []})
        await stream.send_message(
            pb.RoomPayloadResponse(id=request.id, topic=room["topic"], member_ids=room["members"], owner_id=SELF_ID)
        )

    async def message(self, stream: Stream) -> None:
        request = await stream.recv_message()
        await stream.send_message(self.messages.get(request.id, pb.MessagePayloadResponse(id=request.id)))

    async def send_text(self, stream: Stream) -> None:
        request = await stream.recv_message()
        if self.failing_sends > 0:
            self.failing_sends -= 1
            self.sent.append({"kind": "error", "conversation": request.conversation_id, "text": request.text})
            raise GRPCError(Status.INTERNAL, "injected: WeChat refused the message")
        self.counter += 1
        message_id = f"sent-{self.counter}"
        self.sent.append(
            {
                "kind": "text",
                "id": message_id,
                "conversation": request.conversation_id,
                "text": request.text,
                "mentions": list(request.mentonal_ids),
            }
        )
        self.messages[message_id] = pb.MessagePayloadResponse(
            id=message_id, text=request.text, type=WIRE_TEXT, from_id=SELF_ID, room_id=request.conversation_id
        )
        await stream.send_message(pb.MessageSendTextResponse(id=message_id))

    async def send_file(self, stream: Stream) -> None:
        request = await stream.recv_message()
        self.counter += 1
        message_id = f"sent-{self.counter}"
        box = json.loads(request.filebox)
        self.sent.append(
            {
                "kind": "file",
                "id": message_id,
                "conversation": request.conversation_id,
                "name": box.get("name"),
                "size": len(box.get("base64", "")),
            }
        )
        await stream.send_message(pb.MessageSendFileResponse(id=message_id))

    async def image(self, stream: Stream) -> None:
        request = await stream.recv_message()
        await stream.send_message(pb.MessageImageResponse(filebox=self.images.get(request.id, "")))

    async def file(self, stream: Stream) -> None:
        request = await stream.recv_message()
        await stream.send_message(pb.MessageFileResponse(filebox=self.images.get(request.id, "")))

    # -- control -------------------------------------------------------------------------------

    async def post_message(self, request: web.Request) -> web.Response:
        data = await request.json()
        for contact_id, name in data.get("contacts", {}).items():
            self.contacts[contact_id] = name
        if "room" in data:
            self.rooms.setdefault(data["room"], {"topic": data.get("topic", data["room"]), "members": []})
        kind = WIRE_IMAGE if data.get("image_base64") else WIRE_TEXT
        payload = pb.MessagePayloadResponse(
            id=data["id"],
            text=data.get("text", ""),
            type=kind,
            from_id=data["from"],
            room_id=data.get("room", ""),
            to_id=SELF_ID if "room" not in data else "",
            mention_ids=data.get("mentions", []),
            timestamp=int(data.get("timestamp", 0)),
            filename=data.get("filename", ""),
        )
        self.messages[data["id"]] = payload
        if data.get("image_base64"):
            self.images[data["id"]] = json.dumps(
                {"boxType": 1, "name": data.get("filename", "a.jpg"), "base64": data["image_base64"], "metadata": {}}
            )
        for queue in self.streams:
            queue.put_nowait(_event(pb.EventType.EVENT_TYPE_MESSAGE, {"messageId": data["id"]}))
        return web.json_response({"streams": len(self.streams)})

    async def fail_sends(self, request: web.Request) -> web.Response:
        """The next `count` MessageSendText calls fail with INTERNAL, as when WeChat refuses a message."""
        self.failing_sends = int((await request.json())["count"])
        return web.json_response({"failing": self.failing_sends})

    async def end_streams(self, request: web.Request) -> web.Response:
        """Ends every open event stream normally (the service stays up)."""
        ended = len(self.streams)
        for queue in self.streams:
            queue.put_nowait(None)
        return web.json_response({"ended": ended})

    async def get_sent(self, request: web.Request) -> web.Response:
        return web.json_response(
            {
                "sent": self.sent,
                "calls": self.calls,
                "streams": len(self.streams),
                "server_names": self.server_names,
                "refused": self.refused,
            }
        )

    def tls_context(self, cert: Path, key: Path) -> ssl.SSLContext:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert, key)
        context.set_alpn_protocols(["h2"])
        context.sni_callback = lambda _socket, name, _context: self.server_names.append(name)
        return context


def _event(kind: pb.EventType, payload: dict[str, Any]) -> pb.EventResponse:
    return pb.EventResponse(type=kind, payload=json.dumps(payload))


def make_pki(directory: Path, server_name: str, *, subject_alt_name: bool = True) -> tuple[Path, Path, Path]:
    """A private CA and a server certificate for `server_name` signed by it: (ca, cert, key) PEM files.
    Without subject_alt_name the name is only the certificate's CN, as wechaty's CA script makes them."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    def name(common_name: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])

    now = datetime.datetime.now(datetime.UTC)
    ca_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder(issuer_name=name("xiuhua-test-ca"), subject_name=name("xiuhua-test-ca"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=7))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    builder = (
        x509.CertificateBuilder(issuer_name=ca.subject, subject_name=name(server_name))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=7))
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
    )
    if subject_alt_name:
        builder = builder.add_extension(x509.SubjectAlternativeName([x509.DNSName(server_name)]), critical=False)
    certificate = builder.sign(ca_key, hashes.SHA256())
    directory.mkdir(parents=True, exist_ok=True)
    paths = directory / "ca.pem", directory / "server.pem", directory / "server.key"
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return paths


async def serve(fake: FakePuppet, port: int, tls: ssl.SSLContext | None = None) -> Server:
    server = Server([fake])
    await server.start("127.0.0.1", port, ssl=tls)
    return server


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--grpc", type=int, required=True)
    parser.add_argument("--control", type=int, required=True)
    parser.add_argument("--heartbeat", type=float, default=1.0)
    parser.add_argument("--tls-cert", type=Path)
    parser.add_argument("--tls-key", type=Path)
    parser.add_argument("--token")
    args = parser.parse_args()
    fake = FakePuppet(args.heartbeat, args.token)
    server = await serve(fake, args.grpc, fake.tls_context(args.tls_cert, args.tls_key) if args.tls_cert else None)
    app = web.Application()
    app.router.add_post("/message", fake.post_message)
    app.router.add_post("/fail-sends", fake.fail_sends)
    app.router.add_post("/end-streams", fake.end_streams)
    app.router.add_get("/sent", fake.get_sent)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", args.control).start()
    print("ready", flush=True)
    await server.wait_closed()


if __name__ == "__main__":
    asyncio.run(main())
