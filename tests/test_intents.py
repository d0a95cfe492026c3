"""What a message asks of the bot, beyond a new report."""

import pytest

from handlers.intents import classify
from handlers.parsing.intents import numbers_in, strip_address
from handlers.registry import Kind


@pytest.mark.parametrize(
    ("text", "kind", "extra"),
    [
        ("绑定 天一小区", Kind.ADMIN, {"command": "bind", "argument": "天一小区"}),
        ("撤销 #12 重复", Kind.ADMIN, {"command": "cancel", "numbers": [12]}),
        ("修改 #12 期限 明天下班前", Kind.ADMIN, {"command": "edit", "numbers": [12]}),
        ("转派 #12 城管", Kind.ADMIN, {"command": "reassign", "numbers": [12], "argument": "#12 城管"}),
        ("#12 转派 城管", Kind.ADMIN, {"command": "reassign", "numbers": [12], "argument": "#12 城管"}),
        ("转派 城管", Kind.ADMIN, {"command": "reassign", "numbers": [], "argument": "城管"}),
        ("#127 合格", Kind.REVIEW, {"verdict": "approve", "numbers": [127]}),
        ("#127 不合格 还有纸箱", Kind.REVIEW, {"verdict": "reject", "numbers": [127]}),
        ("通过", Kind.REVIEW, {"verdict": "approve"}),
        ("＃12 已整改", Kind.RECTIFY, {"numbers": [12]}),
        ("14号楼楼道堆物已清理", Kind.RECTIFY, {}),
        ("13号楼飞线充电那件处理了吗？", Kind.QUESTION, {}),
        ("今天下午开会", Kind.OTHER, {}),
    ],
)
def test_intents_of_group_messages(text: str, kind: Kind, extra: dict) -> None:
    intent = classify(text, addressed=False, quoted=False, is_report=False, looks_fixed=False)
    assert intent.kind == kind
    for key, value in extra.items():
        assert getattr(intent, key) == value


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("进度", "progress"),
        ("还有几件没整改", "progress"),
        ("逾期", "overdue"),
        ("统计 本周", "stats"),
        ("台账 本月", "ledger"),
        ("周报", "weekly"),
        ("帮助", "help"),
        ("#12", "detail"),
    ],
)
def test_questions_to_the_bot(text: str, command: str) -> None:
    intent = classify(text, addressed=True, quoted=False, is_report=False, looks_fixed=False)
    assert (intent.kind, intent.command) == (Kind.QUERY, command)


def test_a_report_is_a_report_even_when_addressed() -> None:
    intent = classify("@绣花 14号楼楼道堆物", addressed=True, quoted=False, is_report=True, looks_fixed=False)
    assert intent.kind == Kind.REPORT


def test_a_verdict_needs_a_number_or_a_quote_unless_it_is_alone() -> None:
    long = "这个合格证明需要物业去办理一下，请尽快"
    assert classify(long, False, False, False, False).kind != Kind.REVIEW
    assert classify(long, False, True, False, False).kind == Kind.REVIEW


def test_address_and_numbers() -> None:
    assert strip_address("@绣花\u2005进度", "绣花") == ("进度", True)
    assert strip_address("绣花，逾期", "绣花") == ("逾期", True)
    assert strip_address("进度", "绣花") == ("进度", False)
    assert numbers_in("#12 和 ＃13 都已整改") == [12, 13]
