"""Tables and numbered rows pasted into a chat, read as the parser reads a table with bars or a list.

Office spreadsheets pasted into a chat keep a tab between cells; tables typed on a phone or copied from a
document keep one or more blanks. The parser reads a table's rows by their bars (|序号|点位|…|整改时限|): a
row's time-limit cell, its estate column and its party cell are all found by column. So a table divided by
tabs or blanks is first given bars, at the same positions, once its heading row shows it is a table. Rows
that only open with their numbers (1 杏花巷45号 门前…) are a list's items, and get a list's dot the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from handlers.parsing.language import canonical_label

TAB = re.compile("\t+")
BLANKS = re.compile(" {2,}")
BLANK = re.compile(" +")
SEPARATORS = (TAB, BLANKS, BLANK)
"""How a heading's cells may be divided, most telling first: a tab, a run of blanks, a single blank."""
MIN_LABELS = 3
"""A heading names at least this many known columns (序号 点位 问题描述 …): a sentence with blanks does not."""


@dataclass(frozen=True)
class Heading:
    separator: re.Pattern[str]
    columns: int
    numbered: bool
    """The first column numbers the rows (序号): a row opens with its number, a closing sentence does not."""


class TableReader:
    """Finds pasted tables by their heading row and puts bars between their cells."""

    def __init__(self, labels: Iterable[str], index_labels: Iterable[str]) -> None:
        self.index_labels = frozenset(index_labels)
        self.labels = frozenset(labels) | self.index_labels

    def bars(self, text: str) -> str:
        """The parser finds a table's columns by its bars: each separator between two cells of a heading
        and of the rows under it becomes one, every other character staying where it was (so that names
        and places are still reported as written)."""
        if "\n" not in text or ("\t" not in text and " " not in text):
            return text
        lines = text.split("\n")
        heading: Heading | None = None
        for n, line in enumerate(lines):
            if "|" in line:
                heading = None
                continue
            if heading is not None and _row(line, heading):
                lines[n] = _barred(line, heading.separator)
                continue
            heading = self._heading(line)
            if heading is not None:
                lines[n] = _barred(line, heading.separator)
        return "\n".join(lines)

    def is_heading(self, row: str) -> bool:
        """A row with bars whose cells are column labels (序号|所属社区|点位名称|…): it asks nobody."""
        return self._labelled([cell.strip(" \t") for cell in row.split("|") if cell.strip(" \t")])

    def _heading(self, line: str) -> Heading | None:
        for separator in SEPARATORS:
            cells = _cells(line, separator)
            if self._labelled(cells):
                return Heading(separator, len(cells), cells[0] in self.index_labels)
        return None

    def _labelled(self, cells: list[str]) -> bool:
        known = sum(canonical_label(cell, self.labels) in self.labels for cell in cells)
        return len(cells) >= MIN_LABELS and known >= MIN_LABELS


def _row(line: str, heading: Heading) -> bool:
    """A row under the heading: as many cells (a tab row may leave its last cells empty, a row with blanks
    its last one, when a blank ends it: 「… 11月27日 」 under 「… 完成时限 备注」), opening with its number
    where the heading numbers its rows (not 「请 各责任单位 今天 下班前 整改完毕」 under the table)."""
    cells = _cells(line, heading.separator)
    if heading.numbered and not (cells and cells[0].isdigit()):
        return False
    if heading.separator is TAB:
        return 2 <= len(cells) <= heading.columns
    trailing_blank = line.endswith((" ", "\t"))
    return len(cells) == heading.columns or (len(cells) == heading.columns - 1 and trailing_blank)


def _cells(line: str, separator: re.Pattern[str]) -> list[str]:
    """The cells of a line divided by `separator`, the blanks around the line ignored."""
    return [cell for cell in separator.split(line.strip(" \t")) if cell]


def _barred(line: str, separator: re.Pattern[str]) -> str:
    """Each separator inside the line's text becomes a bar followed by the blanks it had, so that
    positions stay (blanks around the line are no separator)."""
    body = line.strip(" \t")
    head = line.index(body[0]) if body else 0
    inner = separator.sub(lambda gap: "|" + " " * (len(gap.group()) - 1), body)
    return line[:head] + inner + line[head + len(body) :]


def table_cells(line: str, at: int) -> list[tuple[int, int, str]]:
    """(start, end, text) of each cell of a table row starting at `at`, blanks around a cell left out: the
    positions, so that a column's cell can be matched to the clause and the names read in it."""
    cells, start = [], 0
    for piece in line.split("|"):
        stripped = piece.strip(" \t")
        offset = start + len(piece) - len(piece.lstrip(" \t"))
        cells.append((at + offset, at + offset + len(stripped), stripped))
        start += len(piece) + 1
    return cells


def column_cells(text: str, labels: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) in `text` of each row's cell under the first heading labelled with one of `labels`
    (|序号|点位|责任单位|…, then each row's party cell), in every table with bars: a column says what its cells
    are (a time allowed, the parties, the community offices) where the cells alone do not."""
    if "|" not in text:
        return []  # most messages: no table
    found: list[tuple[int, int]] = []
    column: int | None = None
    heading = True
    at = 0
    for line in text.split("\n"):
        cells = table_cells(line, at) if line.count("|") >= 2 else []
        if not cells:
            column, heading = None, True
        elif heading:  # only a table's first row heads its columns
            column = next((i for i, (_, _, cell) in enumerate(cells) if canonical_label(cell, labels) in labels), None)
            heading = False
        elif column is not None and column < len(cells):
            found.append(cells[column][:2])
        at += len(line) + 1
    return found


ROW_NUMBER = re.compile(r"[ \t]*(?P<label>序号[:：]?[ \t]*)?(\d{1,2})[ \t]+(?=\S)")
"""A row's number, perhaps labelled (序号1), then a blank, at the start of a line."""


def numbered_rows(text: str) -> str:
    """Rows opened by their numbers in order, each then a blank (1 杏花巷45号 门前…\\n2 …, 序号1 点位：…), are a
    list's items: the blank after each number becomes the list's dot (a 序号 label gives way to the dot and
    the blank), at the same positions. A table's rows (with bars) are left as they are."""
    if "\n" not in text:
        return text
    rows: list[tuple[int, int, str]] = []
    at = 0
    for line in text.split("\n"):
        row = ROW_NUMBER.match(line) if "|" not in line else None
        if row is not None:
            if int(row.group(2)) != len(rows) + 1:
                return text
            start = at + (row.start("label") if row["label"] else row.start(2))
            rows.append((start, at + row.end(2) + 1, row.group(2)))
        at += len(line) + 1
    if len(rows) < 2:
        return text
    chars = list(text)
    for start, end, number in rows:  # 「序号12 点位：…」 is 「   12. 点位：…」, 「3 杏花巷…」 is 「3.杏花巷…」
        numbered = number + (". " if end - start > len(number) + 1 else ".")
        chars[start:end] = " " * (end - start - len(numbered)) + numbered
    return "".join(chars)
