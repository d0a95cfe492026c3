"""Lists of tickets in a chat answer: whose tickets a question covers, and one line per ticket."""

from __future__ import annotations

from handlers import format as fmt
from handlers.context import Context
from handlers.messages import Reply
from handlers.templates import say
from storage import lifecycle
from storage.models import Ticket


def scope(ctx: Context) -> tuple[list[int] | None, str]:
    """The groups a question covers (None: all) and how the answer names them (本群, 全街道)."""
    if ctx.sees_all_groups():
        return None, say("query.all_groups")
    return [ctx.group.id], say("query.this_group")


def line(ctx: Context, ticket: Ticket) -> str:
    late = ""
    if lifecycle.is_overdue(ticket, ctx.now):
        late = say("query.late", duration=fmt.duration(ctx.now - ticket.deadline))
    return say("query.line", **fmt.summary(ticket, ctx.config.tz) | {"late": late})


def listing(ctx: Context, found: list[Ticket], header: str, empty: str, where: str) -> Reply:
    """A header and the first lines (a phone screen's worth), or the empty answer."""
    if not found:
        return ctx.reply(say(empty, scope=where))
    lines = [say(header, scope=where, count=len(found))]
    lines.extend(line(ctx, t) for t in found[: fmt.LINES_SHOWN])
    if len(found) > fmt.LINES_SHOWN:
        lines.append(say("query.more", count=len(found) - fmt.LINES_SHOWN))
    return ctx.reply("\n".join(lines), [t.id for t in found[: fmt.LINES_SHOWN]])
