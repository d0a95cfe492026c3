"""A durable spool for messages a platform will not send again: kept as files while the database
cannot take them, handed to the inbox in arrival order once it can.

The web chat can answer 503 and its sender sends again; a WeChat puppet has delivered its message
once and will not. Such a message is written here (whole or not at all) and the transport carries
on; a drain task retries the oldest file first, and leftovers from a killed process are drained at
the next start.
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import time
from pathlib import Path

from bot.inbox import NotAccepted
from bot.transports.base import Receive
from handlers.messages import Incoming

log = logging.getLogger("xiuhua.spool")
RETRY_SECONDS = 2.0


class Spool:
    def __init__(self, folder: Path, retry_seconds: float = RETRY_SECONDS) -> None:
        self.folder = folder
        self.retry_seconds = retry_seconds
        self._counter = 0

    def put(self, msg: Incoming) -> Path:
        """Keeps a message; raises OSError if even the disk cannot take it (the caller logs the loss)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        self._counter += 1
        name = f"{time.time_ns():020d}-{self._counter:06d}.json"
        data = msg.payload() | {"image": base64.b64encode(msg.image).decode() if msg.image is not None else None}
        temporary = self.folder / f"{name}.part"
        try:
            temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            temporary.replace(self.folder / name)
        except OSError:
            temporary.unlink(missing_ok=True)
            raise
        return self.folder / name

    def waiting(self) -> list[Path]:
        return sorted(self.folder.glob("*.json")) if self.folder.exists() else []

    @staticmethod
    def read(path: Path) -> Incoming:
        data = json.loads(path.read_text(encoding="utf-8"))
        image = data.pop("image", None)
        return Incoming.from_payload(data, base64.b64decode(image) if image is not None else None)

    async def drain(self, receive: Receive) -> None:
        """Hands the kept messages to the inbox, oldest first, until none is left; waits and tries
        again while the inbox cannot take them. A file that cannot be read is set aside (.bad)."""
        while files := self.waiting():
            for path in files:
                try:
                    msg = self.read(path)
                except (OSError, ValueError, KeyError, TypeError):
                    log.exception("spooled message %s cannot be read; set aside", path.name)
                    path.rename(path.with_suffix(".bad"))
                    continue
                try:
                    await receive(msg)
                except NotAccepted:
                    await asyncio.sleep(self.retry_seconds)
                    break
                path.unlink(missing_ok=True)
                log.info("spooled message %s handed over", msg.message_id)
