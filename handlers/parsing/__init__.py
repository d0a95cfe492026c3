"""Pure parsing: message text (+ context) → structured reports and intents. No I/O, no database."""

from __future__ import annotations

from datetime import datetime

from handlers.parsing.parser import Parser
from handlers.parsing.report import ParseContext, Parsed, Report

__all__ = ["ParseContext", "Parsed", "Parser", "Report", "parse"]


def parse(text: str, sent_at: datetime, context: ParseContext, parser: Parser) -> list[Report]:
    """One report per problem in `text`, as of `sent_at` (China time), for a group's `context`."""
    return parser.parse(text, sent_at, context)
