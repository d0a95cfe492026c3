"""「@绣花 统计 本周」: a period's figures (结案率, 按期结案率, 返工率 …) by category, community and party."""

from __future__ import annotations

from handlers.context import Context
from handlers.listing import scope
from handlers.messages import Reply
from handlers.registry import Keyword, Kind, command
from handlers.reports.figures import compute
from handlers.reports.periods import BadPeriod, Period, period_tickets
from handlers.reports.weekly import stats_text
from handlers.templates import say


def chosen_period(ctx: Context) -> Period:
    """The period a question names (default 本周), over the groups it covers."""
    groups, where = scope(ctx)
    return period_tickets(ctx.session, groups, where, ctx.intent.argument, ctx.now, ctx.config.tz)


def bad_period(ctx: Context, error: BadPeriod) -> list[Reply]:
    return [ctx.reply(say("query.bad_period", written=error.written))]


@command("stats", Kind.QUERY, Keyword(("统计", "汇总", "考核", "结案率")), priority=44)
def stats(ctx: Context) -> list[Reply]:
    try:
        chosen = chosen_period(ctx)
    except BadPeriod as error:
        return bad_period(ctx, error)
    figures = compute(chosen.tickets, ctx.now)
    if not figures.total:
        return [ctx.reply(say("query.no_tickets", scope=chosen.scope, period=chosen.label))]
    return [ctx.reply(stats_text(chosen, figures))]
