"""Each deadline convention of the eval rules, computed from the time the message was sent."""

import pytest

from handlers.parsing.deadlines import find
from handlers.parsing.parser import TIME_WORD
from tests.parsing_fixtures import at

# 2026-11-18 is a Wednesday.
SENT = at("2026-11-18 09:45:13")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("明天10点前", "2026-11-19T10:00:00+08:00"),
        ("下午3点前", "2026-11-18T15:00:00+08:00"),
        ("今天16:30前", "2026-11-18T16:30:00+08:00"),
        ("晚上8点前", "2026-11-18T20:00:00+08:00"),
        ("明天中午12点前", "2026-11-19T12:00:00+08:00"),
        ("下午3点半前", "2026-11-18T15:30:00+08:00"),
        ("下班前", "2026-11-18T17:00:00+08:00"),
        ("明天下午下班前", "2026-11-19T17:00:00+08:00"),
        ("周五下班前", "2026-11-20T17:00:00+08:00"),
        ("明天上午前", "2026-11-19T12:00:00+08:00"),
        ("明天中午前", "2026-11-19T12:00:00+08:00"),
        ("今天下午前", "2026-11-18T17:00:00+08:00"),
        ("今天内", "2026-11-18T23:59:00+08:00"),
        ("今日内", "2026-11-18T23:59:00+08:00"),
        ("当天完成", None),
        ("明天前", "2026-11-19T23:59:00+08:00"),
        ("后天前", "2026-11-20T23:59:00+08:00"),
        ("2小时内", "2026-11-18T11:45:13+08:00"),
        ("两小时内", "2026-11-18T11:45:13+08:00"),
        ("24小时内", "2026-11-19T09:45:13+08:00"),
        ("30分钟内", "2026-11-18T10:15:13+08:00"),
        ("3天内", "2026-11-21T23:59:00+08:00"),
        ("三日内", "2026-11-21T23:59:00+08:00"),
        ("本周五前", "2026-11-20T23:59:00+08:00"),
        ("这周五前", "2026-11-20T23:59:00+08:00"),
        ("周三前", "2026-11-18T23:59:00+08:00"),
        ("周一前", "2026-11-23T23:59:00+08:00"),
        ("周日前", "2026-11-22T23:59:00+08:00"),
        ("下周三前", "2026-11-25T23:59:00+08:00"),
        ("下周一上午10点前", "2026-11-23T10:00:00+08:00"),
        ("11月20日前", "2026-11-20T23:59:00+08:00"),
        ("11月1日前", "2027-11-01T23:59:00+08:00"),
        ("1月15日前", "2027-01-15T23:59:00+08:00"),
        ("25号前", "2026-11-25T23:59:00+08:00"),
        ("3号前", "2026-12-03T23:59:00+08:00"),
        ("2026年11月1日17:00前", "2026-11-01T17:00:00+08:00"),
        ("2027年1月15日前", "2027-01-15T23:59:00+08:00"),
    ],
)
def test_explicit_deadlines(phrase: str, expected: str | None) -> None:
    explicit = [p.moment.isoformat() for p in find(phrase, SENT) if p.explicit]
    assert (explicit[0] if explicit else None) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("今天处理", "2026-11-18T23:59:00+08:00"),
        ("明天清理", "2026-11-19T23:59:00+08:00"),
        ("当天清洗", "2026-11-18T23:59:00+08:00"),
        ("后天修好", "2026-11-20T23:59:00+08:00"),
        ("今天下午核实", "2026-11-18T17:00:00+08:00"),
        ("今天上午清理", "2026-11-18T12:00:00+08:00"),
    ],
)
def test_day_words_are_deadlines_only_inside_a_request(phrase: str, expected: str) -> None:
    found = find(phrase, SENT)
    assert [p.moment.isoformat() for p in found] == [expected]
    assert not found[0].explicit


@pytest.mark.parametrize(
    "phrase",
    [
        *("3天内", "30分钟内", "今天", "明日", "今晚", "明早", "周三", "下星期五", "下礼拜一"),
        *("12月5号", "5日前", "25号前", "3点前", "16:30前", "2026年11月1日17:00前", "下班前"),
        *("下午", "中午12点", "晚上8点", "早上", "傍晚"),
    ],
)
def test_every_deadline_phrase_has_a_time_word(phrase: str) -> None:
    """The parser skips the deadline reader for a clause without a TIME_WORD character."""
    assert find(phrase, SENT)
    assert TIME_WORD.search(phrase)


@pytest.mark.parametrize("phrase", ["5号楼", "3点", "10时", "12:30"])
def test_numbers_alone_are_no_deadline(phrase: str) -> None:
    """号, 点, 时 and : are not in TIME_WORD: without a day, a 前 or a part of the day they set nothing."""
    assert find(phrase, SENT) == []
    assert TIME_WORD.search(phrase) is None


@pytest.mark.parametrize("phrase", ["立即处理", "马上清理", "尽快整改", "即知即改", "赶紧", "抓紧"])
def test_urgency_words_set_no_deadline(phrase: str) -> None:
    assert find(phrase, SENT) == []


def test_same_weekday_means_today_and_past_weekday_rolls_over() -> None:
    assert find("周三前", SENT)[0].moment.date().isoformat() == "2026-11-18"
    assert find("周二前", SENT)[0].moment.date().isoformat() == "2026-11-24"
