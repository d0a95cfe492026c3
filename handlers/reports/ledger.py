"""The 台账 as an .xlsx file: one row per ticket, the columns a street office keeps by hand today."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from sqlmodel import Session

from handlers import format as fmt
from handlers.reports.periods import Period
from handlers.templates import say, words
from storage import lifecycle, tickets
from storage.models import Ticket

WIDTHS = (8, 17, 17, 14, 22, 14, 40, 14, 17, 8, 17, 8, 8, 8)
LINKS_WIDTH = 60


def cell_time(value: datetime | None, tz: ZoneInfo) -> str:
    """A moment as the 台账 writes it (2026-11-18 09:00, local time); the desk shows times the same way."""
    return value.astimezone(tz).strftime("%Y-%m-%d %H:%M") if value else ""


def write(
    path: Path,
    title: str,
    tickets: list[Ticket],
    photo_counts: dict[int, int],
    now: datetime,
    tz: ZoneInfo,
    photo_links: dict[int, list[str]] | None = None,
) -> Path:
    """The ledger; with `photo_links` (the back office's export) a last column lists each photo's address."""
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
                photo_counts.get(ticket.id, 0),
                *([] if photo_links is None else ["\n".join(photo_links.get(ticket.id, []))]),
            ]
        )
    for row in sheet.iter_rows(min_row=3, min_col=7, max_col=7):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A3"
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
    return path


def write_ledger(session: Session, chosen: Period, now: datetime, tz: ZoneInfo, files_dir: Path) -> Path:
    """The ledger of a period's tickets, in a file named for its scope, period and moment."""
    path = files_dir / say("ledger.file", scope=chosen.scope, period=chosen.label, stamp=f"{now:%Y%m%d%H%M%S}")
    counts = tickets.photo_counts(session, [t.id for t in chosen.tickets])
    title = say("ledger.heading", scope=chosen.scope, period=chosen.label, start=chosen.start, end=chosen.end)
    return write(path, title, chosen.tickets, counts, now, tz)
