"""Review: the inspector closes a fixed ticket or sends it back; on a closed ticket, a re-check verdict."""

from __future__ import annotations

from handlers import matching, reminders
from handlers.context import Context
from handlers.messages import Reply
from handlers.report import mention_ids, mention_names
from handlers.roles import ROLE_NAMES
from handlers.templates import say
from storage import lifecycle, tickets
from storage.models import Ticket, TicketStatus


def handle(ctx: Context, numbers: list[int], verdict: str, reason: str) -> list[Reply]:
    targets = _targets(ctx, numbers)
    if isinstance(targets, Reply):
        return [targets]
    replies = []
    for ticket in targets:
        if not ctx.can_review(ticket.reporter_id):
            roles = "、".join(say(f"roles.{r}") if r in ROLE_NAMES else r for r in ctx.config.permissions.review)
            replies.append(_reply(ctx, say("errors.no_role", action=say("actions.approve"), roles=roles), ticket))
            continue
        replies.append(_judge(ctx, ticket, verdict, _reason(reason)))
    return replies


def _targets(ctx: Context, numbers: list[int]) -> list[Ticket] | Reply:
    across = ctx.sees_all_groups()
    if numbers:
        match = matching.by_numbers(ctx, numbers, across_groups=across)
        return Reply(text=match.error, reply_to=ctx.msg.message_id) if match.error else match.tickets
    quoted = matching.quoted(ctx)
    if quoted:
        return quoted
    waiting = [t for t in tickets.active(ctx.session, [ctx.group.id]) if t.status == TicketStatus.SUBMITTED]
    if len(waiting) == 1:
        return waiting
    return Reply(text=say("review.which"), reply_to=ctx.msg.message_id)


def _reason(text: str) -> str:
    for word in ("不合格", "不通过", "退回", "打回", "合格", "通过"):
        text = text.replace(word, "")
    return text.strip(" ，,。:：") or ""


def _judge(ctx: Context, ticket: Ticket, verdict: str, reason: str) -> Reply:
    status = ticket.status
    reply = _verdict(ctx, ticket, verdict, reason)
    if ticket.status != status:
        reminders.replan(ctx.session, ticket, ctx.config, ctx.now)
    return reply


def _verdict(ctx: Context, ticket: Ticket, verdict: str, reason: str) -> Reply:
    session, now, message_id = ctx.session, ctx.now, ctx.msg.message_id
    if ticket.status == TicketStatus.CLOSED:
        if verdict == "approve":
            lifecycle.record(session, ticket, "recheck_ok", now, ctx.member.id, reason, message_id)
            return _reply(ctx, say("review.recheck_confirmed", number=ticket.number), ticket)
        lifecycle.apply(session, ticket, "reopen", now, ctx.member.id, reason, message_id)
        return _responsible_reply(ctx, ticket, "review.recheck_reopened", reason)
    if ticket.status != TicketStatus.SUBMITTED:
        if ticket.status == TicketStatus.OPEN:
            return _reply(ctx, say("review.not_submitted", number=ticket.number), ticket)
        action = say("actions.approve" if verdict == "approve" else "actions.reject")
        return _reply(
            ctx,
            say("errors.illegal", number=ticket.number, status=say(f"status.{ticket.status}"), action=action),
            ticket,
        )
    if verdict == "approve":
        lifecycle.apply(session, ticket, "approve", now, ctx.member.id, reason, message_id)
        return _reply(ctx, say("review.approved", number=ticket.number), ticket)
    lifecycle.apply(session, ticket, "reject", now, ctx.member.id, reason, message_id)
    return _responsible_reply(ctx, ticket, "review.rejected", reason)


def _responsible_reply(ctx: Context, ticket: Ticket, template: str, reason: str) -> Reply:
    member_ids = ticket.responsible_member_ids
    mentions = mention_names(ctx, member_ids) or "、".join(ticket.responsible)
    text = say(
        template,
        number=ticket.number,
        reason=reason or say("review.no_reason"),
        mentions=mentions,
        rework=ticket.rework_count,
    )
    return Reply(text=text, mentions=mention_ids(ctx, member_ids), reply_to=ctx.msg.message_id, ticket_ids=[ticket.id])


def _reply(ctx: Context, text: str, ticket: Ticket) -> Reply:
    return Reply(text=text, reply_to=ctx.msg.message_id, ticket_ids=[ticket.id])
