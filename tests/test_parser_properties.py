"""Any text at all comes back as a list of well-formed reports, without raising."""

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.parsing_fixtures import at, shared_parser

SENT = at("2026-11-18 09:00")
chinese = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), max_size=200)
report_like = st.lists(
    st.sampled_from(
        [
            "天一小区",
            "14号楼",
            "楼道",
            "堆物",
            "，",
            "请物业",
            "明天",
            "10点前",
            "、",
            "①",
            "一是",
            "：",
            "\n",
            "3单元",
            "顶楼",
            "消防通道",
            "吗",
            "已清理",
            "#127",
            "@",
            "😂",
            "[图片]",
            "十四",
            "幢",
        ]
    ),
    max_size=80,
).map("".join)


def _check(text: str) -> None:
    """Any text reads without an error into well-formed reports (how fast: bench/parser_speed.py)."""
    reports = shared_parser().parse(text, SENT)
    assert isinstance(reports, list)
    assert all(isinstance(r.category, str) and r.category for r in reports)
    assert all(r.deadline is None or r.deadline.tzinfo is not None for r in reports)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_unicode(text: str) -> None:
    _check(text)


@settings(max_examples=200, deadline=None)
@given(st.one_of(chinese, report_like))
def test_chinese_and_report_like_text(text: str) -> None:
    _check(text)


@settings(max_examples=30, deadline=None)
@given(st.text(min_size=1, max_size=300).map(lambda s: s * (5001 // len(s) + 1)))
def test_longer_than_the_limit(text: str) -> None:
    assert len(text) > 5000
    _check(text)


def test_only_punctuation_and_control_characters() -> None:
    _check("，。！？；：" * 1000)
    _check("\x00\x01\x1b[31m\u200b\u202e" * 800)
    _check("😂" * 6000)
