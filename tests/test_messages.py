from datetime import UTC, datetime

from handlers.messages import Incoming


def test_an_incoming_message_keeps_only_what_a_database_can_store() -> None:
    msg = Incoming(
        platform="web",
        group_id="g\x001",
        sender_id="u1",
        message_id="m1",
        at=datetime(2026, 11, 18, tzinfo=UTC),
        text="5号楼\x00楼道\ud800堆物\n请物业\t处理\x7f",
        sender_name="王\x1b经理",
    )
    assert (msg.group_id, msg.text, msg.sender_name) == ("g1", "5号楼楼道堆物\n请物业\t处理", "王经理")
