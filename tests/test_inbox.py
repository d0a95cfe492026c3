"""Messages that queue up share a transaction, keep their order, and a bad one costs only itself."""

import asyncio
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

from bot.config import Config, build
from bot.declarations import apply
from bot.dispatcher import Dispatcher
from bot.inbox import Inbox, NotAccepted
from handlers import routing
from handlers.messages import Incoming
from handlers.parsing import Parser
from handlers.parsing.build import parser_for
from handlers.settings import GroupConfig, MemberConfig
from storage import held
from storage.db import Database, DatabaseUnavailable
from storage.models import HeldMessage, InboundMessage, Outbound, Ticket
from tests.replaying import jpeg

TZ = ZoneInfo("Asia/Shanghai")
T0 = datetime(2026, 11, 18, 9, 0, tzinfo=TZ)
GROUPS = [GroupConfig(id="g1", topic="天一创全群", community="天一小区"), GroupConfig(id="g2", topic="华美创全群")]
MEMBERS = [
    MemberConfig(id="u1", name="倪卫峰", role="inspector", groups=["g1", "g2"]),
    MemberConfig(id="u3", name="王经理", role="物业", groups=["g1"]),
]


@pytest.fixture(scope="module")
def parser(tmp_path_factory: pytest.TempPathFactory) -> Parser:
    return parser_for(build({"bot": {"data_dir": str(tmp_path_factory.mktemp("jieba"))}}))


@pytest.fixture
def config(tmp_path: Path, db_url: str) -> Config:
    return build({"bot": {"data_dir": str(tmp_path)}, "database": {"url": db_url}})


@pytest.fixture
def seeded(db: Database) -> Iterator[Database]:
    db.run(lambda s: apply(s, "test", GROUPS, MEMBERS, ["华美小区"], T0))
    yield db


def _msg(n: int, text: str, group: str = "g1", message_id: str | None = None) -> Incoming:
    return Incoming(
        platform="test",
        group_id=group,
        group_name=group,
        sender_id="u1",
        sender_name="倪卫峰",
        message_id=message_id or f"m{n}",
        at=T0 + timedelta(seconds=n),
        text=text,
    )


@pytest.fixture
def broken(monkeypatch: pytest.MonkeyPatch) -> set[str]:
    """Handling fails on the texts in this set, as a handler bug would."""
    texts: set[str] = set()
    respond = routing.respond

    def explode(ctx):
        if ctx.msg.text in texts:
            raise RuntimeError("handler bug")
        return respond(ctx)

    monkeypatch.setattr(routing, "respond", explode)
    return texts


def _tickets(db: Database) -> list[tuple[int, str | None, str]]:
    return db.run(lambda s: [(t.number, t.source_message_id, t.category) for t in s.exec(select(Ticket))])


def test_a_batch_numbers_and_answers_in_arrival_order(seeded: Database, config: Config, parser: Parser) -> None:
    dispatcher = Dispatcher(config, seeded, parser)
    batch = [
        _msg(1, "3号楼楼道堆物，请物业处理"),
        _msg(2, "华美小区5号楼飞线充电", group="g2"),
        _msg(3, "3号楼楼道堆物，请物业处理", message_id="m1-again"),
        _msg(4, "收到"),
        _msg(5, "7号楼门口垃圾满溢"),
        _msg(6, "3号楼楼道堆物，还没处理"),
    ]
    rows = dispatcher.handle_batch(batch)
    assert _tickets(seeded) == [(1, "m1", "楼道堆物"), (2, "m2", "飞线充电"), (3, "m5", "暴露垃圾")]
    replies = seeded.run(lambda s: [(o.id, o.reply_to, o.text) for o in s.exec(select(Outbound).order_by(Outbound.id))])
    assert [row_id for row_id, _, _ in replies] == rows
    assert [reply_to for _, reply_to, _ in replies] == ["m1", "m2", "m5", "m6"]
    assert "#1" in replies[3][2] and "#3" not in replies[3][2]


def test_one_bad_message_costs_only_itself_and_is_held(
    seeded: Database, config: Config, parser: Parser, broken
) -> None:
    broken.add("7号楼楼道堆物")
    dispatcher = Dispatcher(config, seeded, parser)
    rows = dispatcher.handle_batch([_msg(1, "3号楼楼道堆物"), _msg(2, "7号楼楼道堆物"), _msg(3, "5号楼飞线充电")])
    assert len(rows) == 2
    assert [source for _, source, _ in _tickets(seeded)] == ["m1", "m3"]
    seen = seeded.run(lambda s: sorted(s.exec(select(InboundMessage.platform_message_id))))
    assert seen == ["m1", "m3"]
    [kept] = seeded.run(lambda s: list(s.exec(select(HeldMessage))))
    assert (kept.platform_message_id, kept.attempts, kept.failed) == ("m2", 1, False)
    assert "handler bug" in kept.last_error and kept.payload["text"] == "7号楼楼道堆物"
    with pytest.raises(RuntimeError, match="handler bug"):
        dispatcher.handle(_msg(4, "7号楼楼道堆物"))

    assert dispatcher.retry_held(T0 + timedelta(seconds=10)) == 0, "not yet due"
    broken.clear()
    assert dispatcher.retry_held(T0 + timedelta(minutes=5)) == 1
    assert [source for _, source, _ in _tickets(seeded)] == ["m1", "m3", "m2"]
    assert seeded.run(lambda s: list(s.exec(select(HeldMessage)))) == []


def test_a_held_message_that_keeps_failing_is_given_up_and_counted(
    seeded: Database, config: Config, parser: Parser, broken
) -> None:
    broken.add("7号楼楼道堆物")
    dispatcher = Dispatcher(config, seeded, parser)
    dispatcher.handle_batch([_msg(1, "7号楼楼道堆物")])
    for day in range(1, 8):
        dispatcher.retry_held(T0 + timedelta(days=day))
    [kept] = seeded.run(lambda s: list(s.exec(select(HeldMessage))))
    assert (kept.attempts, kept.failed) == (5, True)
    assert seeded.run(lambda s: held.failed_count(s)) == 1
    assert dispatcher.retry_held(T0 + timedelta(days=30)) == 0


def test_a_held_photo_is_kept_as_a_file_until_it_goes_through(
    seeded: Database, config: Config, parser: Parser, broken
) -> None:
    broken.add("")
    dispatcher = Dispatcher(config, seeded, parser)
    photo = Incoming(
        platform="test", group_id="g1", sender_id="u3", sender_name="王经理", message_id="p1", at=T0, image=jpeg()
    )
    dispatcher.handle_batch([photo])
    [kept] = seeded.run(lambda s: list(s.exec(select(HeldMessage))))
    assert Path(kept.payload["image_path"]).read_bytes() == jpeg()
    broken.clear()
    assert dispatcher.retry_held(T0 + timedelta(minutes=5)) == 1
    assert not Path(kept.payload["image_path"]).exists()


async def test_the_inbox_keeps_the_order_and_batches_what_queues_up(
    seeded: Database, config: Config, parser: Parser
) -> None:
    dispatcher = Dispatcher(config, seeded, parser)
    sizes: list[int] = []

    def handle_batch(messages: list[Incoming]) -> list[int]:
        sizes.append(len(messages))
        return dispatcher.handle_batch(messages)

    inbox = Inbox(handle_batch, max_batch=16)
    worker = asyncio.create_task(inbox.run())
    try:
        await asyncio.gather(*(inbox.submit(_msg(n, f"{n + 1}号楼楼道堆物")) for n in range(60)))
    finally:
        worker.cancel()
    assert [source for _, source, _ in _tickets(seeded)] == [f"m{n}" for n in range(60)]
    assert sum(sizes) == 60 and max(sizes) == 16 and len(sizes) < 60


async def test_a_message_the_storage_cannot_take_is_not_accepted(
    seeded: Database, config: Config, parser: Parser
) -> None:
    dispatcher = Dispatcher(config, seeded, parser)
    calls: list[int] = []

    def handle_batch(messages: list[Incoming]) -> list[int]:
        calls.append(len(messages))
        if len(calls) == 1:
            raise DatabaseUnavailable("database is locked")
        return dispatcher.handle_batch(messages)

    inbox = Inbox(handle_batch)
    worker = asyncio.create_task(inbox.run())
    try:
        with pytest.raises(NotAccepted, match="database is locked"):
            await inbox.submit(_msg(1, "3号楼楼道堆物"))
        await inbox.submit(_msg(2, "5号楼飞线充电"))
    finally:
        worker.cancel()
    assert calls == [1, 1]
    assert [source for _, source, _ in _tickets(seeded)] == ["m2"]


async def test_finishing_handles_what_is_still_queued(seeded: Database, config: Config, parser: Parser) -> None:
    dispatcher = Dispatcher(config, seeded, parser)
    inbox = Inbox(dispatcher.handle_batch, max_batch=4)
    worker = asyncio.create_task(inbox.run())
    waiting = [asyncio.create_task(inbox.submit(_msg(n, f"{n + 1}号楼楼道堆物"))) for n in range(10)]
    await asyncio.sleep(0)
    await inbox.finish(timeout=30)
    worker.cancel()
    assert len(_tickets(seeded)) == 10
    assert all(task.done() for task in waiting)
