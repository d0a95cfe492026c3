"""「@绣花 周报」: the period's figures with a chart (the same report goes out on Mondays)."""

from __future__ import annotations

from handlers.commands.stats import bad_period, chosen_period
from handlers.context import Context
from handlers.messages import Reply
from handlers.registry import Keyword, Kind, command
from handlers.reports.periods import BadPeriod
from handlers.reports.weekly import weekly_report


@command("weekly", Kind.QUERY, Keyword(("周报", "图表")), priority=42)
def weekly(ctx: Context) -> list[Reply]:
    try:
        chosen = chosen_period(ctx)
    except BadPeriod as error:
        return bad_period(ctx, error)
    text, file = weekly_report(chosen, ctx.now, ctx.files_dir)
    return [ctx.reply(text, file=file)]
