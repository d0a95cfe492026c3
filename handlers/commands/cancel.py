"""「撤销 #12」: a ticket registered by mistake (or no longer a problem) is withdrawn; its reminders stop."""

from __future__ import annotations

import re

from handlers import matching
from handlers.context import Context
from handlers.messages import Reply
from handlers.registry import Kind, Permission, StartsWith, command
from handlers.reminders.planning import replan
from handlers.templates import say
from storage import corrections, lifecycle
from storage.lifecycle import IllegalTransition
from storage.models import CorrectionKind, EventKind

WORD = "撤销"


@command("cancel", Kind.ADMIN, StartsWith((WORD,)), Permission.ADMIN, priority=10)
def cancel(ctx: Context) -> list[Reply]:
    ticket = matching.one_ticket(ctx, "admin.edit_which")
    if isinstance(ticket, Reply):
        return [ticket]
    note = _note(ctx.text, ticket.number)
    try:
        lifecycle.apply(ctx.session, ticket, EventKind.CANCEL, ctx.now, ctx.member.id, note, ctx.msg.message_id)
    except IllegalTransition as error:
        text = say(
            "errors.illegal", number=ticket.number, status=say(f"status.{error.status}"), action=say("actions.cancel")
        )
        return [ctx.reply(text, [ticket.id])]
    replan(ctx.session, ticket, ctx.config, ctx.now)
    if ticket.source_message_id:
        corrections.record(
            ctx.session, ctx.platform, ticket.source_message_id, CorrectionKind.CANCELLED, ctx.member.id, ctx.now
        )
    return [ctx.reply(say("admin.cancelled", number=ticket.number), [ticket.id])]


def _note(text: str, number: int) -> str:
    """The reason as written (the message's text, not the parser's normalised reading), without the
    command word and the reference to the ticket itself: another ticket it names stays (「撤销 #12
    重复，同#3」 keeps 「重复，同#3」)."""
    reason = text.strip().removeprefix(WORD)
    return re.sub(rf"[#＃]\s*{number}(?!\d)", "", reason, count=1).strip(" ：:，,")
