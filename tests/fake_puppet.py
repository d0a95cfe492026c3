"""A puppet service for tests: a grpclib server speaking wechaty's Puppet protocol on 127.0.0.1,
driven (messages in, what the bot sent out) through a small HTTP control API.

    python -m tests.fake_puppet --grpc PORT --control PORT [--heartbeat SECONDS]
"""

from __future__ import annotations

import argparse
import asyncio
import json
from typing import Any

from aiohttp import web
from grpclib.const import Cardinality, Handler
from grpclib.server import Server, Stream
from wechaty_grpc.wechaty import puppet as pb

SELF_ID = "bot-self"
WIRE_TEXT, WIRE_IMAGE = 7, 6  # the TypeScript numbering the client maps from


class FakePuppet:
    def __init__(self, heartbeat: float) -> None:
        self.heartbeat = heartbeat
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

    async def get_sent(self, request: web.Request) -> web.Response:
        return web.json_response({"sent": self.sent, "calls": self.calls, "streams": len(self.streams)})


def _event(kind: pb.EventType, payload: dict[str, Any]) -> pb.EventResponse:
    return pb.EventResponse(type=kind, payload=json.dumps(payload))


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--grpc", type=int, required=True)
    parser.add_argument("--control", type=int, required=True)
    parser.add_argument("--heartbeat", type=float, default=1.0)
    args = parser.parse_args()
    fake = FakePuppet(args.heartbeat)
    server = Server([fake])
    await server.start("127.0.0.1", args.grpc)
    app = web.Application()
    app.router.add_post("/message", fake.post_message)
    app.router.add_get("/sent", fake.get_sent)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", args.control).start()
    print("ready", flush=True)
    await server.wait_closed()


if __name__ == "__main__":
    asyncio.run(main())
