"""Pure text signs of what a message asks of the bot beyond reporting: ticket numbers, an address to
the bot, a status question, a fix. Which command a message triggers is decided in handlers.intents."""

from __future__ import annotations

import re

from handlers.parsing.parser import normalise

TICKET_NUMBER = re.compile(r"#\s*(\d+)")
FIX = re.compile(
    r"已整改|整改完|已处理|已清理|已修|已拆|已挪|已清|已完成|已劝|已恢复|已补|已更换|已落实|整改好|处理好|清理好|弄好了"
)
STATUS_QUESTION = re.compile(r"[?？]\s*$|吗|了没|没有\?|怎么样|什么时候|多久|哪个|几件|呢\s*$")


def strip_address(text: str, bot_name: str) -> tuple[str, bool]:
    """Removes a leading '@绣花' or '绣花，' and says whether the bot was addressed."""
    stripped = text.strip()
    for prefix in (f"@{bot_name}", bot_name):
        if bot_name and stripped.startswith(prefix):
            return stripped[len(prefix) :].lstrip(" \u2005,，:：、"), True
    return text, False


def numbers_in(text: str) -> list[int]:
    return [int(n) for n in TICKET_NUMBER.findall(normalise(text))]


def without_numbers(text: str) -> str:
    """The text with its ticket numbers taken out (「#12 不合格 还有纸箱」 → 「不合格 还有纸箱」)."""
    return TICKET_NUMBER.sub("", text)
