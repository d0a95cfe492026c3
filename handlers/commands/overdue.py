"""「@绣花 逾期」: the tickets past their deadline, most overdue first."""

from __future__ import annotations

from handlers.context import Context
from handlers.listing import listing, scope
from handlers.messages import Reply
from handlers.registry import Keyword, Kind, command
from storage import tickets


@command("overdue", Kind.QUERY, Keyword(("逾期", "超期", "超时")), priority=45)
def overdue(ctx: Context) -> list[Reply]:
    groups, where = scope(ctx)
    found = tickets.overdue(ctx.session, ctx.now, groups)
    return [listing(ctx, found, "query.overdue_header", "query.none_overdue", where)]
