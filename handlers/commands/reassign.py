"""「转派 #12 城管」 (also 「#12 转派 城管」, or 「转派 城管」 quoting the ticket): the ticket goes to other
responsible parties, who are @-mentioned and get its reminders from now on."""

from __future__ import annotations

from handlers import matching
from handlers.assignment import assign
from handlers.context import Context
from handlers.mentions import mention_ids, mention_names
from handlers.messages import Reply
from handlers.parsing.intents import without_numbers
from handlers.registry import Kind, Permission, StartsWith, command
from handlers.reminders.planning import replan
from handlers.roles import parties_in
from handlers.templates import say
from storage import lifecycle
from storage.models import EventKind


@command("reassign", Kind.ADMIN, StartsWith(("转派", "改派")), Permission.ADMIN, priority=10)
def reassign(ctx: Context) -> list[Reply]:
    ticket = matching.one_ticket(ctx, "admin.reassign_which")
    if isinstance(ticket, Reply):
        return [ticket]
    named = parties_in(without_numbers(ctx.intent.argument))
    if not named:
        return [ctx.reply(say("admin.reassign_which"))]
    if not lifecycle.is_active(ticket):
        status = say(f"status.{ticket.status}")
        return [ctx.reply(say("errors.illegal", number=ticket.number, status=status, action=say("actions.reassign")))]
    before = "、".join(ticket.responsible) or say("report.none_responsible")
    assign(ctx, ticket, named)
    note = say("admin.reassign_note", before=before, after="、".join(named))
    lifecycle.record(ctx.session, ticket, EventKind.REASSIGNED, ctx.now, ctx.member.id, note, ctx.msg.message_id)
    replan(ctx.session, ticket, ctx.config, ctx.now)
    members = ticket.responsible_member_ids
    responsible = "、".join(named)
    mentions = mention_names(ctx, members) or responsible
    text = say("admin.reassigned", number=ticket.number, responsible=responsible, mentions=mentions)
    return [ctx.reply(text, [ticket.id], mention_ids(ctx, members))]
