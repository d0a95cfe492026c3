"""「撤销 #12」: a ticket registered by mistake (or no longer a problem) is withdrawn; its reminders stop."""

from __future__ import annotations

from handlers import matching
from handlers.context import Context
from handlers.messages import Reply
from handlers.parsing.intents import without_numbers
from handlers.registry import Kind, Permission, StartsWith, command
from handlers.reminders.planning import replan
from handlers.templates import say
from storage import corrections, lifecycle
from storage.lifecycle import IllegalTransition
from storage.models import CorrectionKind, EventKind


@command("cancel", Kind.ADMIN, StartsWith(("撤销",)), Permission.ADMIN, priority=10)
def cancel(ctx: Context) -> list[Reply]:
    ticket = matching.one_ticket(ctx, "admin.edit_which")
    if isinstance(ticket, Reply):
        return [ticket]
    note = without_numbers(ctx.intent.argument).strip()
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
