"""The spool keeps what the database cannot take yet and hands it over in order when it can."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.inbox import NotAccepted
from bot.spool import Spool
from handlers.messages import Incoming
from tests.replaying import jpeg

AT = datetime(2026, 11, 18, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def _msg(n: int, **extra) -> Incoming:
    return Incoming(
        platform="wechat",
        group_id="room1@chatroom",
        group_name="天一创全群",
        sender_id="wx_ni",
        sender_name="倪卫峰",
        message_id=f"m{n}",
        at=AT,
        text=f"{n}号楼楼道堆物",
        mentions=("wx_wang",),
        **extra,
    )


def test_a_kept_message_reads_back_whole(tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool")
    photo = _msg(2, image=jpeg(), image_name="fix.jpg")
    spool.put(_msg(1))
    spool.put(photo)
    assert [spool.read(p) for p in spool.waiting()] == [_msg(1), photo]
    assert list((tmp_path / "spool").glob("*.part")) == []


async def test_drain_hands_over_in_order_and_waits_while_refused(tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool", retry_seconds=0.01)
    for n in range(1, 4):
        spool.put(_msg(n))
    (tmp_path / "spool" / "00000000000000000000-000000.json").write_text("{not json", encoding="utf-8")
    received: list[str] = []
    refusals = [True, True]

    async def receive(msg: Incoming) -> None:
        if refusals:
            refusals.pop()
            raise NotAccepted("database down")
        received.append(msg.message_id)

    await spool.drain(receive)
    assert received == ["m1", "m2", "m3"]
    assert spool.waiting() == []
    assert [p.name for p in (tmp_path / "spool").glob("*.bad")] == ["00000000000000000000-000000.bad"]
