"""Whether a message is a new report, and why: one decision over the message's evidence
(handlers/parsing/decision.py), shown by `xiuhua parse --why`."""

from __future__ import annotations

import io
import json
from dataclasses import fields, replace

import pytest

from bot import parse_command
from handlers.parsing.decision import Evidence
from tests.parsing_fixtures import at, shared_parser

SENT = at("2026-11-18 09:00")


def _why(text: str) -> tuple[str, ...]:
    return shared_parser().analyse(text, SENT).why


def test_placing_evidence_keeps_every_other_field() -> None:
    """Evidence.placed copies the fields one by one (for speed): a field added later must be copied too."""
    values = {"problem": "problem", "request": True, "party": True, "against": ("news",), "doubts": ("question",)}
    evidence = Evidence(
        **values, recurring=True, fixed_item=True, addressed=True, back=True, pointed=True, listing=True, turn=5
    )
    assert len(fields(Evidence)) == 14
    assert evidence.placed(True) == replace(evidence, place=True)
    assert evidence.placed(False, True) == replace(evidence, spotted=True)
    assert evidence.placed(True).placed(False) == evidence


def test_a_report_gives_its_evidence() -> None:
    assert _why("天一小区14楼发现楼道堆物，请居委会和物业前往整治。") == ("report", "problem+place+request+party")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("本周共清理楼道堆物12处，请各物业继续保持", "against:summary"),
        ("明天市里来检查，如发现楼道堆物请拍照", "against:notice"),
        ("收到，马上安排保洁去清", "against:acknowledgement"),
        ("督办：5号楼违建，请居委说明原因", "against:explanation only"),
        ("昨天说的那个违建有进展没有？", "against:earlier report"),
        ("3号楼的堆物已经清理了", "against:fixed"),
    ],
)
def test_what_rules_a_report_out_is_named(text: str, reason: str) -> None:
    why = _why(text)
    assert why[0] == "no report"
    assert reason in why


def test_a_reference_before_a_place_describes_it_and_points_at_nothing() -> None:
    """「那个」 in a voice run-on shows a place (那个空地); before a problem it points at one under discussion."""
    described = _why("银桂苑3号楼旁边那个空地上扔了好几个旧沙发物业你们管管")
    assert described[0] == "report"
    assert "against:points at one under discussion" not in described
    assert "against:points at one under discussion" in _why("银桂苑那个违建拆了没")


def test_a_fresh_request_overrides_a_doubt_but_is_shown() -> None:
    why = _why("那个楼道堆物又堆上了，请物业再清一次")
    assert why[0] == "report"
    assert "recurrence" in why[1]


def test_asked_when_a_problem_and_a_request_cannot_be_settled() -> None:
    parsed = shared_parser().analyse("居民投诉后面那块一直没人管，请居委过去看看", SENT)
    assert parsed.unsettled
    assert parsed.why[:2] == ("ask", "problem-words+request+party")


def test_no_question_about_problem_words_and_a_place_alone() -> None:
    parsed = shared_parser().analyse("测评组刚刚在春晓庭门口问了几个居民 反响还可以", SENT)
    assert not parsed.unsettled
    assert parsed.why[0] == "no report"


def test_parse_why_adds_the_reasons_to_each_line() -> None:
    line = '{"id": "a", "sent_at": "2026-11-18T09:00:00+08:00", "text": "收到"}\n'
    out = io.StringIO()
    assert parse_command.run(shared_parser(), [line], out, why=True) == 0
    record = json.loads(out.getvalue())
    assert record["why"] == ["no report", "nothing", "against:acknowledgement"]
    assert record["ask"] is False
