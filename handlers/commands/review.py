"""Review: the inspector closes a fixed ticket or sends it back; on a closed ticket, a re-check verdict.

「#12 合格」「#12 不合格 还有纸箱」, or the verdict alone while quoting the submission. A verdict needs a
ticket number or a quote, unless the message is only the verdict (「合格」 with one fix waiting)."""

from __future__ import annotations

import re

from handlers import matching
from handlers.context import Context
from handlers.mentions import mention_ids, mention_names
from handlers.messages import Reply
from handlers.parsing.intents import numbers_in, without_numbers
from handlers.permissions import review_refusal
from handlers.registry import Intent, Kind, Reading, command
from handlers.reminders.planning import replan
from handlers.templates import say
from storage import lifecycle, tickets
from storage.models import EventKind, Ticket, TicketStatus

REJECT = re.compile(r"不合格|不通过|退回|打回|未整改到位|没整改好|没有整改好|重新整改|不行|返工|还没整改")
APPROVE = re.compile(r"合格|通过|确认销号|同意销号|可以销号|验收通过|没问题|可以了|已复核|复核完毕|销号")
VERDICT_WITHIN = 12
"""An approving word counts only near the start: 「通过」 deep in a sentence is not a verdict."""
ALONE = 4
"""A message this short that holds a verdict word is a verdict even without a number or a quote."""
PLAIN_VERDICTS = ("不合格", "不通过", "退回", "打回", "合格", "通过")
"""Words that say nothing but the verdict, left out of the reason."""
_WORDS = "|".join(PLAIN_VERDICTS)
_NUMBERS = r"[#＃]\s*\d+(?:\s*[和与及跟、,，;；/]\s*[#＃]?\s*\d+)*"
HEAD = re.compile(rf"^(?:\s|[,，、]|{_NUMBERS}|{_WORDS})*")
"""Where a verdict's reason starts: after the leading ticket numbers (joined by 和/、/; …) and verdict
words (「#12和#13 不合格 」)."""
TAIL = re.compile(rf"(?:\s|[,，。!！]|{_WORDS})*$")
"""Verdict words closing a message (「还有纸箱，不合格」): not part of the reason; inside it they stay
(「消防通道未通过检查」)."""


def _verdict(reading: Reading) -> Intent | None:
    body = without_numbers(reading.text).strip(" ,，。!！")
    if not (reading.numbers or reading.quoted or len(body) <= ALONE):
        return None
    if REJECT.search(body):
        verdict = EventKind.REJECT
    elif APPROVE.search(body[:VERDICT_WITHIN]):
        verdict = EventKind.APPROVE
    else:
        return None
    return Intent(Kind.REVIEW, "review", _targets_and_reason(reading.text)[0], verdict=verdict)


def _targets_and_reason(text: str) -> tuple[list[int], str]:
    """The tickets a verdict is about, and its reason without them or the verdict words. The numbers
    before the reason are the tickets, so a reason may name another one (「#12 不合格：同#3」 is about #12);
    a message with none there (「还有纸箱 #12 不合格」) is about every number in it."""
    head = HEAD.match(text).end()
    numbers = numbers_in(text[:head])
    if numbers:
        rest = text[head:]
    else:
        plain = without_numbers(text)
        rest = plain[HEAD.match(plain).end() :]
    rest = rest[: TAIL.search(rest).start()]
    return numbers or numbers_in(text), rest.strip(" ，,。:：")


@command("review", Kind.REVIEW, _verdict, priority=20)
def review(ctx: Context) -> list[Reply]:
    targets = _targets(ctx, ctx.intent.numbers)
    if isinstance(targets, Reply):
        return [targets]
    # The reason as written (ctx.text), not from the normalised reading: 「，」 and 「#3」 stay.
    reason = _targets_and_reason(ctx.text)[1]
    replies = []
    for ticket in targets:
        refusal = review_refusal(ctx, ticket, ctx.member.id)
        if refusal is not None:
            replies.append(ctx.reply(refusal, [ticket.id]))
            continue
        replies.append(_judge(ctx, ticket, EventKind(ctx.intent.verdict or EventKind.APPROVE), reason))
    return replies


def _targets(ctx: Context, numbers: list[int]) -> list[Ticket] | Reply:
    if numbers:
        match = matching.by_numbers(ctx, numbers, across_groups=ctx.sees_all_groups())
        return ctx.reply(match.error) if match.error else match.tickets
    quoted = matching.quoted(ctx)
    if quoted:
        return quoted
    waiting = [t for t in tickets.active(ctx.session, [ctx.group.id]) if t.status == TicketStatus.SUBMITTED]
    if len(waiting) == 1:
        return waiting
    return ctx.reply(say("review.which"))


def _judge(ctx: Context, ticket: Ticket, verdict: EventKind, reason: str) -> Reply:
    status = ticket.status
    reply = _verdict_on(ctx, ticket, verdict, reason)
    if ticket.status != status:
        replan(ctx.session, ticket, ctx.config, ctx.now)
    return reply


def _verdict_on(ctx: Context, ticket: Ticket, verdict: EventKind, reason: str) -> Reply:
    session, now, message_id = ctx.session, ctx.now, ctx.msg.message_id
    if ticket.status == TicketStatus.CLOSED:
        if verdict == EventKind.APPROVE:
            lifecycle.record(session, ticket, EventKind.RECHECK_OK, now, ctx.member.id, reason, message_id)
            return ctx.reply(say("review.recheck_confirmed", number=ticket.number), [ticket.id])
        lifecycle.apply(session, ticket, EventKind.REOPEN, now, ctx.member.id, reason, message_id)
        return _responsible_reply(ctx, ticket, "review.recheck_reopened", reason)
    if ticket.status == TicketStatus.OPEN:
        return ctx.reply(say("review.not_submitted", number=ticket.number), [ticket.id])
    if ticket.status != TicketStatus.SUBMITTED:
        text = say(
            "errors.illegal",
            number=ticket.number,
            status=say(f"status.{ticket.status}"),
            action=say(f"events.{verdict}"),
        )
        return ctx.reply(text, [ticket.id])
    lifecycle.apply(session, ticket, verdict, now, ctx.member.id, reason, message_id)
    if verdict == EventKind.APPROVE:
        return ctx.reply(say("review.approved", number=ticket.number), [ticket.id])
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
    return ctx.reply(text, [ticket.id], mention_ids(ctx, member_ids))
