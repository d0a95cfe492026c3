"""Chinese and Arabic numerals as they appear in building, floor and date expressions."""

from __future__ import annotations

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
UNITS = {"十": 10, "百": 100}
NUMERAL_CHARS = "".join(DIGITS) + "".join(UNITS)
NUM = rf"(?:\d+|[{NUMERAL_CHARS}]+)"


def to_int(text: str) -> int | None:
    """'14' → 14, '十四' → 14, '二十三' → 23, '两' → 2, '一二' → 12 (digit by digit); None if not a number."""
    if text.isdigit():
        return int(text)
    if not text or any(ch not in DIGITS and ch not in UNITS for ch in text):
        return None
    if not any(ch in UNITS for ch in text):
        return int("".join(str(DIGITS[ch]) for ch in text))
    total, current = 0, 0
    for ch in text:
        if ch in DIGITS:
            current = DIGITS[ch]
        else:
            total += (current or 1) * UNITS[ch]
            current = 0
    return total + current


def to_digits(text: str) -> str | None:
    """Numbers become Arabic digits; a letter (A座) stays as it is, upper-cased."""
    if len(text) == 1 and text.isascii() and text.isalpha():
        return text.upper()
    value = to_int(text)
    return None if value is None else str(value)
