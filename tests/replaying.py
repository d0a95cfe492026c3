"""Run transcripts through `xiuhua replay` in-process and read back what the bot said and the tickets."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from PIL import Image

from bot import replay

GROUPS = [
    {"id": "g1", "name": "天一创全群", "community": "天一小区"},
    {"id": "g2", "name": "自治办协调群", "coordinators": True},
    {"id": "g3", "name": "华美创全群", "community": "华美小区"},
]
MEMBERS = [
    {"id": "u1", "name": "倪卫峰", "groups": ["g1", "g3"], "role": "inspector"},
    {"id": "u2", "name": "李晓", "groups": ["g1"], "role": "居委会"},
    {"id": "u3", "name": "王经理", "groups": ["g1"], "role": "物业"},
    {"id": "u4", "name": "陈主任", "groups": ["g1", "g2", "g3"], "role": "coordinator"},
    {"id": "u5", "name": "张阿姨", "groups": ["g1"], "role": "member"},
    {"id": "u6", "name": "赵经理", "groups": ["g3"], "role": "物业"},
]


def setup(**config: Any) -> dict:
    return {"setup": {"groups": GROUPS, "members": MEMBERS, "communities": ["天一小区", "华美小区"], "config": config}}


def jpeg(color: tuple[int, int, int] = (200, 30, 30), size: tuple[int, int] = (64, 48)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "JPEG")
    return out.getvalue()


class Result:
    def __init__(self, lines: list[dict]) -> None:
        self.messages = lines[:-1]
        self.tickets = {t["number"]: t for t in lines[-1]["tickets"]}

    def replies_to(self, message_id: str) -> list[dict]:
        return [m for m in self.messages if m["reply_to"] == message_id]

    def reply(self, message_id: str) -> dict:
        found = self.replies_to(message_id)
        assert len(found) == 1, f"expected one reply to {message_id}, got {found}"
        return found[0]


def run(
    tmp_path: Path,
    steps: list[dict],
    db_url: str | None = None,
    images: dict[str, bytes] | None = None,
    first: dict | None = None,
) -> Result:
    for name, data in (images or {}).items():
        (tmp_path / name).write_bytes(data)
    transcript = tmp_path / "t.jsonl"
    lines = [first or setup(), *steps]
    transcript.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines), encoding="utf-8")
    out = io.StringIO()
    replay.run(transcript, out, db_url)
    return Result([json.loads(line) for line in out.getvalue().splitlines()])


def msg(at: str, mid: str, sender: str, text: str | None = None, group: str = "g1", **extra: Any) -> dict:
    step = {"at": f"2026-11-18T{at}:00+08:00", "id": mid, "group": group, "from": sender, **extra}
    if text is not None:
        step["text"] = text
    return step


def tick(at: str) -> dict:
    return {"at": at if "T" in at else f"2026-11-18T{at}:00+08:00", "tick": True}
