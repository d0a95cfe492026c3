"""What the desk's filters read in a building as people write it: 「12号楼」「12幢」「十二号楼」「12」 are the
building stored as 「12」, by the parser's own reading of places (handlers.parsing.places)."""

from __future__ import annotations

from handlers.parsing.numbers import to_digits
from handlers.parsing.places import BUILDING_KINDS, PLACE, Place, place_marks


def building(text: str) -> str:
    """The building as tickets store it; text that names no building is kept as written."""
    text = text.strip()
    marks = place_marks(text)
    found = Place().apply(marks).building if marks else to_digits(text)
    return found or text


def names_a_building(text: str) -> bool:
    """Whether the text is nothing but a building (「2号楼」): searched for as text it would also find
    「12号楼」, so the list takes it as the building filter instead."""
    match = PLACE.fullmatch(text.strip())
    return match is not None and (match["kind"] in BUILDING_KINDS or match["letter"] is not None)
