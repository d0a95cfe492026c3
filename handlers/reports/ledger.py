"""The 台账 as an .xlsx file: one row per ticket, the columns a street office keeps by hand today, and
each ticket's first problem photo and latest fix photo as small pictures side by side."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PIL import Image
from sqlmodel import Session

from handlers import format as fmt
from handlers.reports.periods import Period
from handlers.templates import say, words
from storage import lifecycle, photos
from storage.models import Ticket

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

WIDTHS = (8, 17, 17, 14, 22, 14, 40, 14, 17, 8, 17, 8, 8, 8, 12, 12)
PICTURE = (80, 60)
"""Pixels of a photo in the sheet: enough to recognise the place, small enough for a month of rows."""
ROW_HEIGHT = 48
"""Points: a row with a picture is as tall as the picture."""
PROBLEM_COLUMN, FIX_COLUMN = "O", "P"
LINKS_WIDTH = 60


def cell_time(value: datetime | None, tz: ZoneInfo) -> str:
    """A moment as the 台账 writes it (2026-11-18 09:00, local time); the desk shows times the same way."""
    return value.astimezone(tz).strftime("%Y-%m-%d %H:%M") if value else ""


def write(
    path: Path,
    title: str,
    tickets: list[Ticket],
    shown: dict[int, photos.Shown],
    now: datetime,
    tz: ZoneInfo,
    photo_links: dict[int, list[str]] | None = None,
) -> Path:
    """The ledger; with `photo_links` (the back office's export) a last column lists each photo's address."""
    from openpyxl import Workbook  # imported when a ledger is written, not at start-up
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = say("ledger.sheet")
    sheet.append([title])
    sheet["A1"].font = Font(bold=True, size=14)
    columns, widths = words("ledger.columns"), WIDTHS
    if photo_links is not None:
        columns, widths = [*columns, say("desk.photo_links")], (*WIDTHS, LINKS_WIDTH)
    sheet.append(columns)
    for index, width in enumerate(widths, start=1):
        sheet.cell(row=2, column=index).font = Font(bold=True)
        sheet.column_dimensions[sheet.cell(row=2, column=index).column_letter].width = width
    for ticket in tickets:
        overdue = lifecycle.was_late(ticket, now)
        evidence = shown.get(ticket.id or 0, photos.Shown(0, None, None))
        sheet.append(
            [
                f"#{ticket.number}",
                cell_time(ticket.created_at, tz),
                cell_time(ticket.updated_at, tz),
                ticket.community or "",
                fmt.place(ticket),
                ticket.category,
                ticket.description,
                "、".join(ticket.responsible),
                cell_time(ticket.deadline, tz),
                fmt.status(ticket),
                cell_time(ticket.closed_at, tz),
                say("ledger.yes") if overdue else say("ledger.no"),
                ticket.rework_count,
                evidence.fixes,
                *([] if photo_links is None else ["", "", "\n".join(photo_links.get(ticket.id or 0, []))]),
            ]
        )
        _pictures(sheet, sheet.max_row, evidence)
    for row in sheet.iter_rows(min_row=3, min_col=7, max_col=7):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A3"
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
    return path


def _pictures(sheet: Worksheet, row: int, evidence: photos.Shown) -> None:
    """The thumbnails are re-scaled into the sheet (a missing file leaves its cell empty)."""
    from openpyxl.drawing.image import Image as SheetImage

    placed = False
    for column, thumb in ((PROBLEM_COLUMN, evidence.problem_thumb), (FIX_COLUMN, evidence.fix_thumb)):
        if thumb is None or not Path(thumb).exists():
            continue
        with Image.open(thumb) as image:
            image.thumbnail(PICTURE)
            data = io.BytesIO()
            image.convert("RGB").save(data, "JPEG", quality=75)
        sheet.add_image(SheetImage(data), f"{column}{row}")
        placed = True
    if placed:
        sheet.row_dimensions[row].height = ROW_HEIGHT


def write_ledger(session: Session, chosen: Period, now: datetime, tz: ZoneInfo, files_dir: Path) -> Path:
    """The ledger of a period's tickets, in a file named for its scope, period and moment."""
    path = files_dir / say("ledger.file", scope=chosen.scope, period=chosen.label, stamp=f"{now:%Y%m%d%H%M%S}")
    evidence = photos.shown(session, [t.id for t in chosen.tickets if t.id is not None])
    title = say("ledger.heading", scope=chosen.scope, period=chosen.label, start=chosen.start, end=chosen.end)
    return write(path, title, chosen.tickets, evidence, now, tz)
