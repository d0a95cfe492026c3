"""The parser against labelled sets, scored by the project's eval scorer (../shared/eval/score.py)."""

import importlib.util
import io
import json
from pathlib import Path

import pytest

from bot import parse_command
from tests.conftest import SHARED
from tests.parsing_fixtures import shared_parser

EVAL = SHARED / "eval"
PROBE = Path(__file__).parent / "data" / "probe.jsonl"
PROBE_STYLES = Path(__file__).parent / "data" / "probe_styles.jsonl"
TARGETS = {"detection_f1": 0.97, "category_f1": 0.95, "full_report_f1": 0.90}
"""Issue 11's bar for each labelled set."""
REGIONS = Path(__file__).parent / "data" / "regions"
"""Sets helpers wrote from ../shared/eval/README.md alone, each in one region's style (named for it), scored at first
sight; some were then learned from, others held back for a round (README, the round's table rows)."""
HIDDEN_AIMS = {"detection_f1": 0.95, "category_f1": 0.92, "full_report_f1": 0.85}
"""Issue 11's aim for sets the parser was not written against."""
SETS_BY_OTHERS = ("dev2-a.jsonl", "dev2-b.jsonl")
"""Labelled by other writers (other communities, other phrasings) to the same rules as dev.jsonl."""


def _scorer():
    if not (EVAL / "score.py").exists():
        pytest.skip("../shared/eval not present")
    spec = importlib.util.spec_from_file_location("eval_score", EVAL / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _score(gold: Path, tmp_path: Path) -> dict:
    scorer = _scorer()
    predictions = io.StringIO()
    with gold.open(encoding="utf-8") as lines:
        assert parse_command.run(shared_parser(), lines, predictions) == 0
    pred = tmp_path / "pred.jsonl"
    pred.write_text(predictions.getvalue(), encoding="utf-8")
    out = io.StringIO()
    import contextlib

    with contextlib.redirect_stdout(out):
        scorer.main([str(gold), str(pred), "--json"])
    return json.loads(out.getvalue().splitlines()[0])


def test_dev_set_meets_the_targets(tmp_path: Path) -> None:
    result = _score(EVAL / "dev.jsonl", tmp_path)
    assert result["detection_f1"] >= 0.97
    assert result["category_f1"] >= 0.95
    assert result["full_report_f1"] >= 0.90


def test_own_probe_set_with_other_names_and_phrasings(tmp_path: Path) -> None:
    """Written apart from the dev set (other communities, wordings) to watch generalisation."""
    result = _score(PROBE, tmp_path)
    assert result["detection_f1"] >= 0.95
    assert result["category_f1"] >= 0.93
    assert result["full_report_f1"] >= 0.95


@pytest.mark.parametrize("name", SETS_BY_OTHERS)
def test_sets_written_by_others_meet_the_targets(name: str, tmp_path: Path) -> None:
    result = _score(EVAL / name, tmp_path)
    for key, target in TARGETS.items():
        assert result[key] >= target, key


def test_own_probes_of_the_held_out_styles(tmp_path: Path) -> None:
    """Messages written for each class of miss seen on held-out sets (unknown estate names by position,
    terse blank-separated notes, situations in everyday words, summaries and notices that are no report)."""
    result = _score(PROBE_STYLES, tmp_path)
    assert result["detection_f1"] >= 0.95
    assert result["category_f1"] >= 0.92
    assert result["full_report_f1"] >= 0.85


@pytest.mark.parametrize("path", sorted(REGIONS.glob("*.jsonl")), ids=lambda p: p.stem)
def test_regional_sets_keep_the_aims_for_unseen_sets(path: Path, tmp_path: Path) -> None:
    """They hold in place what was learned, and what was already read right."""
    result = _score(path, tmp_path)
    for key, aim in HIDDEN_AIMS.items():
        assert result[key] >= aim, key
