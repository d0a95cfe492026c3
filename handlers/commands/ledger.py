"""「@绣花 台账 本月」: the period's tickets as an .xlsx file."""

from __future__ import annotations

from handlers.commands.stats import bad_period, chosen_period
from handlers.context import Context
from handlers.messages import OutFile, Reply
from handlers.registry import Keyword, Kind, command
from handlers.reports.ledger import write_ledger
from handlers.reports.periods import BadPeriod
from handlers.templates import say


@command("ledger", Kind.QUERY, Keyword(("台账", "导出", "明细表")), priority=41)
def ledger(ctx: Context) -> list[Reply]:
    try:
        chosen = chosen_period(ctx)
    except BadPeriod as error:
        return bad_period(ctx, error)
    path = write_ledger(ctx.session, chosen, ctx.now, ctx.config.tz, ctx.files_dir)
    text = say("query.ledger", scope=chosen.scope, period=chosen.label, count=len(chosen.tickets))
    return [ctx.reply(text, file=OutFile(path.name, str(path)))]
