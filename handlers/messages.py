"""The one message type in and the one reply type out: what transports and handlers agree on."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from datetime import datetime

UNSTORABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
"""Control characters (but tab and line breaks) and lone surrogates: no use in a chat message, and
PostgreSQL refuses NUL in text while no database can store a lone surrogate."""


def storable(text: str) -> str:
    return UNSTORABLE.sub("", text)


@dataclass(frozen=True)
class Incoming:
    """A chat message, normalised by a transport. Ids are the platform's own strings."""

    platform: str
    group_id: str
    sender_id: str
    message_id: str
    at: datetime
    text: str = ""
    group_name: str = ""
    sender_name: str = ""
    mentions: tuple[str, ...] = ()
    mentions_bot: bool = False
    quote_id: str | None = None
    quote_text: str | None = None
    image: bytes | None = None
    image_name: str | None = None
    private: bool = False
    preface: str | None = None
    """What the bot says in the group before answering, in the same transaction: who acted, for a
    command said at the desk on a member's behalf (「陈主任（后台）：#12 合格」). Such a message is
    not shown as the member's own line — the preface stands for it, on every platform alike."""

    def __post_init__(self) -> None:
        for name in (f.name for f in fields(self)):
            value = getattr(self, name)
            if isinstance(value, str):
                object.__setattr__(self, name, storable(value))
            elif isinstance(value, tuple):
                object.__setattr__(self, name, tuple(storable(v) for v in value if isinstance(v, str)))

    def payload(self) -> dict[str, object]:
        """Everything but the photo's bytes, as JSON values: what is kept to handle the message again."""
        data = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "image"}
        data["at"] = self.at.isoformat()
        data["mentions"] = list(self.mentions)
        return data

    @classmethod
    def from_payload(cls, data: dict[str, object], image: bytes | None = None) -> Incoming:
        values = dict(data)
        values["at"] = datetime.fromisoformat(str(values["at"]))
        values["mentions"] = tuple(values.get("mentions") or ())
        return cls(**values, image=image)


@dataclass(frozen=True)
class OutFile:
    name: str
    path: str
    image: bool = False


@dataclass
class Reply:
    """What the bot says in a group: text, the member ids to @, optionally a file, the message it answers."""

    text: str
    mentions: list[str] = field(default_factory=list)
    file: OutFile | None = None
    reply_to: str | None = None
    ticket_ids: list[int] = field(default_factory=list)
    group_id: str | None = None
    """None: the group the incoming message came from."""
