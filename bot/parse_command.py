"""`xiuhua parse`: JSONL messages in, JSONL reports out, in the same order."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from datetime import datetime
from typing import TextIO

from handlers.parsing import Parser


def _message(line: str) -> tuple[str, datetime, str]:
    data = json.loads(line)
    if not isinstance(data, dict):
        raise ValueError("expected a JSON object")
    sent_at = datetime.fromisoformat(data["sent_at"])
    if sent_at.tzinfo is None:
        raise ValueError("sent_at needs a time zone offset")
    text = data["text"]
    if not isinstance(text, str):
        raise ValueError("text must be a string")
    return str(data["id"]), sent_at, text


def run(parser: Parser, lines: Iterable[str], out: TextIO, err: TextIO = sys.stderr, why: bool = False) -> int:
    """Returns the number of malformed lines (each reported on `err` with its line number). With `why`,
    each line also carries the decision's reasons (`why`) and whether the chat would ask (`ask`)."""
    bad = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            message_id, sent_at, text = _message(line)
        except (ValueError, KeyError, TypeError) as exc:
            bad += 1
            reason = f"missing key {exc}" if isinstance(exc, KeyError) else str(exc)
            print(f"xiuhua parse: line {number}: {reason}", file=err)
            continue
        parsed = parser.analyse(text, sent_at)
        record: dict[str, object] = {"id": message_id, "reports": [r.as_dict() for r in parsed.reports]}
        if parsed.truncated:
            record["truncated"] = True
        if why:
            record["why"] = list(parsed.why)
            record["ask"] = parsed.unsettled
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return bad
