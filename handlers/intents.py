"""Which command a message triggers: the declared commands' triggers first, in their order, then what
the parser found (a report, a fix), else a status question or plain talk."""

from __future__ import annotations

from handlers.parsing.intents import FIX, STATUS_QUESTION, numbers_in
from handlers.parsing.parser import normalise
from handlers.registry import Intent, Kind, Reading, commands, of_kind


def classify(text: str, addressed: bool, quoted: bool, is_report: bool, looks_fixed: bool) -> Intent:
    """The intent of a message whose report-ness and fix-ness the parser has already judged."""
    clean = normalise(text).strip()
    numbers = numbers_in(clean)
    reading = Reading(clean, numbers, addressed, quoted, is_report)
    for declared in commands():
        if declared.matcher is not None and (intent := declared.matcher(reading)) is not None:
            return intent
    if is_report:
        return Intent(Kind.REPORT, of_kind(Kind.REPORT).name, numbers)
    if STATUS_QUESTION.search(clean):
        return Intent(Kind.QUESTION, None, numbers, argument=clean)
    if looks_fixed or FIX.search(clean):
        return Intent(Kind.RECTIFY, of_kind(Kind.RECTIFY).name, numbers, argument=clean)
    return Intent(Kind.OTHER, None, numbers, argument=clean)
