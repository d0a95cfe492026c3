"""「@绣花 进度」: the open tickets of this group (or, for a coordinator in their group, of all)."""

from __future__ import annotations

from handlers.context import Context
from handlers.listing import listing, scope
from handlers.messages import Reply
from handlers.registry import Keyword, Kind, command
from storage import tickets


@command(
    "progress",
    Kind.QUERY,
    Keyword(("进度", "未完成", "没完成", "未整改", "没整改", "还有几件", "还剩", "待整改", "待复核", "清单")),
    priority=46,
)
def progress(ctx: Context) -> list[Reply]:
    groups, where = scope(ctx)
    return [listing(ctx, tickets.active(ctx.session, groups), "query.open_header", "query.none_open", where)]
