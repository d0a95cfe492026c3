"""A guarded pattern finds exactly what the plain one finds, and is guarded only where that is sound."""

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from handlers.parsing.language import language
from handlers.parsing.scan import RUN, compile_any, compile_in_runs, compile_scan
from tests.test_segmenter import _texts


@pytest.mark.parametrize(
    ("pattern", "guard"),
    [
        ("(?<!被人)(?:清掉|搬走)了", "(?=[搬清])"),
        ("(?:已经|已)?(?:清理|修好)", "(?=[修已清])"),
        (r"[ \t]*(?:物业|居委)", "(?=[\t 居物])"),
        (r"(?:的|^|[,，\s])(?:线|字)(?:也)?剪了", r"(?=[,\s字的线，])"),
        ("(?=东门)东门口|西门", "(?=[东西])"),
        (r"(?:\d{1,3}|[一二三]十?)号楼", r"(?=[\d一三二])"),
    ],
)
def test_a_pattern_opening_with_a_group_is_guarded_by_its_first_characters(pattern: str, guard: str) -> None:
    assert compile_scan(pattern).pattern == f"{guard}(?:{pattern})"


@pytest.mark.parametrize(
    "pattern",
    [
        "清理|修好",  # every alternative opens with a character: the engine scans ahead itself
        "[东西]门",
        "(?:已经)?",  # may match nothing: no character to look for
        "(?:已)?(?:清)*",
        "[^,。]{1,6}清理",  # a negated class names no characters
        ".{0,6}来修",
    ],
)
def test_a_pattern_the_engine_scans_or_no_class_describes_is_left_as_it_is(pattern: str) -> None:
    assert compile_scan(pattern).pattern == pattern


def _language_patterns() -> list[str]:
    lang = language()
    lists = (lang.done_patterns, lang.pending_patterns, lang.handover_patterns, lang.question_patterns)
    return ["|".join(patterns) for patterns in lists if patterns]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_the_language_patterns_find_the_same_spans_guarded_on_real_messages() -> None:
    texts = _texts()
    sources = _language_patterns()
    assert compile_scan(sources[0]).pattern != sources[0]  # what was done opens with groups and lookbehinds
    for source in sources:
        plain, guarded = re.compile(source), compile_scan(source)
        assert [_spans(plain, t) for t in texts] == [_spans(guarded, t) for t in texts]


PIECES = ["已经", "已", "清理", "了", "被人", "搬走", "修好", "还在", "处理", "没", "，", " ", "3", "号楼", "吗"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12))
def test_the_language_patterns_find_the_same_spans_guarded_on_any_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    for source in _language_patterns():
        assert _spans(re.compile(source), text) == _spans(compile_scan(source), text)


def test_a_guard_keeps_group_numbers_and_names() -> None:
    pattern = compile_scan("(?:在|到)(?P<place>[东西])门(口)?")
    match = pattern.search("他到东门口")
    assert match is not None and (match["place"], match[2]) == ("东", "口")
    assert json.dumps(match.groupdict(), ensure_ascii=False) == '{"place": "东"}'


def _language_lists() -> list[tuple[str, ...]]:
    lang = language()
    lists = (lang.done_patterns, lang.pending_patterns, lang.handover_patterns, lang.question_patterns)
    return [tuple(patterns) for patterns in lists if patterns] + [(*lang.done_patterns, *lang.handover_patterns)]


def test_any_of_the_language_patterns_is_found_where_their_alternation_is_on_real_messages() -> None:
    texts = _texts()
    for patterns in _language_lists():
        plain, grouped = re.compile("|".join(patterns)), compile_any(patterns)
        assert [plain.search(t) is None for t in texts] == [grouped.search(t) is None for t in texts]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*PIECES, "\n", "有人把", "拆掉"]), max_size=12))
def test_any_of_the_language_patterns_is_found_where_their_alternation_is_on_any_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    for patterns in _language_lists():
        assert (re.compile("|".join(patterns)).search(text) is None) == (compile_any(patterns).search(text) is None)


@pytest.mark.parametrize(
    ("patterns", "found", "missed"),
    [
        (["(?<!没)清理了", "[东西]门"], ["清理了", "东门"], ["没清理了", "北门"]),
        (["(?:^|，)好了", "(?:已)?修"], ["好了", "，好了", "修"], ["不好了"]),
        (["[^,。]{1,3}清理"], ["去清理"], ["清理"]),  # a negated class: tried everywhere
        (["\n换"], ["修\n换"], ["换", "\n"]),  # a line's end opens it: read back over it too
        (["(?P<n>[东西])门(?P=n)", "修"], ["东门东", "修"], ["东门西"]),  # a group of its own: tried everywhere
        ([], [], ["清理"]),
    ],
)
def test_any_finds_one_of_the_patterns_wherever_it_opens(
    patterns: list[str], found: list[str], missed: list[str]
) -> None:
    pattern = compile_any(patterns)
    assert all(pattern.search(t) for t in found) and not any(pattern.search(t) for t in missed)


def _readings() -> list[str]:
    return [f"(?P<w{i}>{pattern})" for i, pattern in enumerate(language().readings_in_context)]


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in pattern.finditer(text)]


def test_the_readings_in_runs_find_what_their_alternation_finds_on_real_messages() -> None:
    texts, readings = _texts(), _readings()
    plain, runs = re.compile("|".join(readings)), compile_in_runs(readings)
    assert runs.pattern.startswith("(?=[")  # every reading opens with characters that can be named
    assert [_found(plain, t) for t in texts] == [_found(runs, t) for t in texts]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["听日", "后日", "仲有", "3", "动", "单元", "琴日", "今", "电频车", " ", "，"]), max_size=12
    )
)
def test_the_readings_in_runs_find_what_their_alternation_finds_on_any_text(pieces: list[str]) -> None:
    text, readings = "".join(pieces), _readings()
    assert _found(re.compile("|".join(readings)), text) == _found(compile_in_runs(readings), text)


def test_runs_keep_the_order_of_the_alternatives() -> None:
    filler = [f"(?P<f{i}>[甲乙]{{{i + 1}}})" for i in range(RUN)]
    alternatives = ["(?P<short>东门)", *filler, "(?P<long>东门口)", "(?P<west>西门)"]
    pattern = compile_in_runs(alternatives)
    assert pattern.pattern.startswith("(?=[")
    assert [m.lastgroup for m in pattern.finditer("东门口 西门")] == ["short", "west"]
    assert compile_in_runs([*alternatives, "(?P<any>.门)"]).search("北门")["any"] == "北门"  # not guarded
    assert compile_in_runs([]).search("东门") is None
