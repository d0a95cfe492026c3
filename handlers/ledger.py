"""The 台账 as an .xlsx file: one row per ticket, the columns a street office keeps by hand today."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from handlers import format as fmt
from storage.models import Ticket

COLUMNS = (
    ("编号", 8),
    ("登记时间", 17),
    ("更新时间", 17),
    ("小区", 14),
    ("位置", 22),
    ("类别", 14),
    ("问题描述", 40),
    ("责任方", 14),
    ("期限", 17),
    ("状态", 8),
    ("销号时间", 17),
    ("是否逾期", 8),
    ("返工次数", 8),
    ("照片数", 8),
)


def _cell_time(value: datetime | None, tz: ZoneInfo) -> str:
    return value.astimezone(tz).strftime("%Y-%m-%d %H:%M") if value else ""


def write(
    path: Path, title: str, tickets: list[Ticket], photo_counts: dict[int, int], now: datetime, tz: ZoneInfo
) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "台账"
    sheet.append([title])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([name for name, _ in COLUMNS])
    for index, (_, width) in enumerate(COLUMNS, start=1):
        sheet.cell(row=2, column=index).font = Font(bold=True)
        sheet.column_dimensions[sheet.cell(row=2, column=index).column_letter].width = width
    for ticket in tickets:
        overdue = (
            ticket.deadline is not None
            and ((ticket.closed_at or now) > ticket.deadline)
            and ticket.status != "cancelled"
        )
        sheet.append(
            [
                f"#{ticket.number}",
                _cell_time(ticket.created_at, tz),
                _cell_time(ticket.updated_at, tz),
                ticket.community or "",
                fmt.place(ticket),
                ticket.category,
                ticket.description,
                "、".join(ticket.responsible),
                _cell_time(ticket.deadline, tz),
                fmt.status(ticket),
                _cell_time(ticket.closed_at, tz),
                "是" if overdue else "否",
                ticket.rework_count,
                photo_counts.get(ticket.id, 0),
            ]
        )
    for row in sheet.iter_rows(min_row=3, min_col=7, max_col=7):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A3"
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
    return path
