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


def _scorer():
    if not (EVAL / "score.py").exists():
        pytest.skip("../shared/eval is not present in this checkout (it is in CI)")
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
