"""The desk's downloads: the filtered list as the 台账 (with photo links), the dashboard's tables and the
物业考核, each an .xlsx made for the request and sent as an attachment."""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

from aiohttp import web

from bot.backoffice import queries
from bot.backoffice.office import caller, office_of
from bot.backoffice.pages import PHOTO_URL, assessed, period_figures
from handlers.office import workbooks
from handlers.office.assessment import formula
from handlers.reports import ledger
from handlers.templates import say
from storage import ledger_queries, photos

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


async def _attachment(name: str, write: Callable[[Path], Path]) -> web.Response:
    """Writes the workbook in a temporary folder (in a worker thread) and sends its bytes."""

    def made() -> bytes:
        with tempfile.TemporaryDirectory(prefix="xiuhua-desk-") as folder:
            return write(Path(folder) / "book.xlsx").read_bytes()

    body = await asyncio.to_thread(made)
    disposition = f"attachment; filename*=UTF-8''{quote(name)}"
    return web.Response(body=body, content_type=XLSX, headers={"Content-Disposition": disposition})


async def tickets(request: web.Request) -> web.Response:
    """Every ticket the list's filters pick, in the list's order (not only the page on screen)."""
    office = office_of(request)
    _, scope = caller(request)
    chosen, order = queries.filters(request.query, office.tz), queries.sort(request.query)
    now = office.clock.now()
    origin = f"{request.scheme}://{request.host}"

    def work(session):
        rows = ledger_queries.matching(session, scope, chosen, now, order)
        shown = photos.shown(session, [t.id for t in rows if t.id is not None])
        return rows, shown, ledger_queries.photo_ids(session, scope, chosen, now)

    rows, shown, shots = await office.run(work)
    stamp = now.astimezone(office.tz).strftime("%Y%m%d%H%M")
    links = {ticket_id: [origin + PHOTO_URL.format(id=i) for i in ids] for ticket_id, ids in shots.items()}
    title = say("desk.ledger_heading", count=len(rows), stamp=stamp)
    name = say("desk.ledger_file", stamp=stamp)
    return await _attachment(name, lambda path: ledger.write(path, title, rows, shown, now, office.tz, links))


async def dashboard(request: web.Request) -> web.Response:
    period, figures = await period_figures(request)
    span = f"{period.first:%Y.%m.%d}–{period.last:%Y.%m.%d}"
    name = say("desk.dashboard_file", start=f"{period.first:%Y%m%d}", end=f"{period.last:%Y%m%d}")
    return await _attachment(name, lambda path: workbooks.dashboard(path, span, figures.tables, figures.matrix))


async def assessment(request: web.Request) -> web.Response:
    settings = office_of(request).config.assessment
    month, table = await assessed(request)
    label = say("desk.month", year=month.first.year, month=month.first.month)
    weights, total = formula(settings)
    title = say(
        "desk.assessment_title",
        month=label,
        party=settings.party,
        start=f"{month.first:%m.%d}",
        end=f"{month.last:%m.%d}",
        weights=weights,
        total=total,
    )
    name = say("desk.assessment_file", month=f"{month.first:%Y%m}")
    return await _attachment(name, lambda path: workbooks.assessment(path, title, table))
