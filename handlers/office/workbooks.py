"""The dashboard and the 物业考核 as .xlsx files, the tables a street office sends out; the filtered list
is the chat's own 台账 (handlers.reports.ledger) with a column of photo links."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from handlers.office.assessment import Assessed
from handlers.office.dashboard import Grouping, Matrix, Row
from handlers.templates import say, words


def _table(sheet: Worksheet, title: str, columns: list[str], rows: list[list[object]]) -> None:
    sheet.append([title])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append(columns)
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row)
    sheet.column_dimensions["A"].width = 18
    sheet.freeze_panes = "B3"


def _rate(value: float | None) -> float | str:
    return "—" if value is None else value


def _percent_cells(sheet: Worksheet, columns: tuple[int, ...]) -> None:
    for row in sheet.iter_rows(min_row=3):
        for index in columns:
            row[index - 1].number_format = "0.0%"


def dashboard(path: Path, title: str, tables: dict[Grouping, list[Row]], cross: Matrix) -> Path:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for grouping, rows in tables.items():
        sheet = workbook.create_sheet(grouping.label)
        cells = [
            [
                r.key,
                r.stats.total,
                r.stats.closed,
                _rate(r.on_time_rate),
                _rate(r.rework_rate),
                r.stats.overdue,
                "—" if r.stats.median_hours is None else round(r.stats.median_hours, 1),
            ]
            for r in rows
        ]
        _table(sheet, f"{title} {grouping.label}", words("desk.dashboard_columns"), cells)
        _percent_cells(sheet, (4, 5))
    sheet = workbook.create_sheet(say("desk.matrix"))
    total = say("desk.matrix_total")
    cells = [
        [community, *(cross.counts.get((community, c), 0) for c in cross.categories), cross.community_totals[community]]
        for community in cross.communities
    ]
    cells.append([total, *(cross.category_totals[c] for c in cross.categories), cross.total])
    _table(sheet, f"{title} {say('desk.matrix')}", ["", *cross.categories, total], cells)
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
    return path


def assessment(path: Path, title: str, table: list[Assessed]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = say("desk.assessment_sheet")
    cells = [
        [
            rank,
            a.community,
            "、".join(a.people),
            a.stats.total,
            a.stats.closed,
            a.on_time_rate,
            a.rework_rate,
            round(a.overdue_hours, 1),
            round(a.score, 1),
        ]
        for rank, a in enumerate(table, start=1)
    ]
    _table(sheet, title, words("desk.assessment_columns"), cells)
    sheet.freeze_panes = "C3"
    _percent_cells(sheet, (6, 7))
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
    return path
