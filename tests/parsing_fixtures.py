"""One parser for the whole test session: building jieba's dictionary takes a moment."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from zoneinfo import ZoneInfo

from bot.config import build
from handlers.parsing import Parser
from handlers.parsing.build import parser_for

CHINA = ZoneInfo("Asia/Shanghai")


@cache
def shared_parser() -> Parser:
    return parser_for(build({"bot": {"data_dir": "/tmp/xiuhua-test-cache"}}))


def at(text: str) -> datetime:
    """'2026-11-18 09:00' in China time."""
    return datetime.fromisoformat(text).replace(tzinfo=CHINA)
