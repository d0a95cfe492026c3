"""「登记」 quoting a message the bot passed over (or answering its question 「要登记为问题吗？」): the
message is registered with the parser's best reading, as 其他 if it has none, or as the category
named (「登记 楼道堆物」). Every such repair is kept as a labelled example (storage.corrections)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from handlers.commands.report import register as register_reports
from handlers.commands.report import reply
from handlers.context import Context
from handlers.messages import Reply
from handlers.parsing import ParseContext, Report
from handlers.parsing.taxonomy import OTHER
from handlers.permissions import allowed, denied
from handlers.registry import Intent, Kind, Permission, Reading, command
from handlers.templates import say
from storage import corrections, inbound, outbox, tickets
from storage.models import CorrectionKind

WORD = re.compile(r"^(?:登记|立案)")
SHORT = 10
"""「登记」 plus at most a category name: longer, it is a report that begins with the word."""
ASKED_WITHIN = timedelta(minutes=30)


@dataclass(frozen=True)
class Source:
    message_id: str
    text: str
    sent_at: datetime
    sender_key: str | None
    """Who wrote it (None when only its quoted text is known)."""


def _asked_to_register(reading: Reading) -> Intent | None:
    found = WORD.match(reading.text)
    if found is None:
        return None
    rest = reading.text[found.end() :].strip(" ：:，,。")
    if not reading.quoted and len(rest) > SHORT:
        return None
    return Intent(Kind.ADMIN, "register", reading.numbers, argument=rest)


@command("register", Kind.ADMIN, _asked_to_register, Permission.REPORT, priority=15)
def register(ctx: Context) -> list[Reply]:
    """Anyone who may report may register their own message (they were asked 「要登记为问题吗？」);
    registering someone else's takes the review role."""
    source = _source(ctx)
    if source is None:
        return [ctx.reply(say("register.which"))]
    if source.sender_key != ctx.msg.sender_id and not allowed(ctx, Permission.REVIEW):
        return [denied(ctx, "register", Permission.REVIEW)]
    if tickets.for_message(ctx.session, ctx.platform, source.message_id):
        return [ctx.reply(say("register.already"))]
    parsed = ctx.parser.analyse(source.text, source.sent_at, ParseContext(default_community=ctx.group.community))
    category = ctx.parser.taxonomy.named_in(ctx.intent.argument)
    found = [replace(item, category=category or item.category) for item in parsed.reports]
    if not found:
        hints = ctx.parser.hints(parsed)
        found = [
            Report(
                category=category or OTHER,
                community=hints.communities[0] if hints.communities else None,
                building=hints.buildings[0] if hints.buildings else None,
                description=source.text,
            )
        ]
    done = register_reports(ctx, found, source.message_id, source.text)
    corrections.record(ctx.session, ctx.platform, source.message_id, CorrectionKind.REGISTERED, ctx.member.id, ctx.now)
    return [reply(ctx, done, False, 0)]


def _source(ctx: Context) -> Source | None:
    """The message to register: the one quoted (by id, or by its text on WeChat), else the one the
    bot last asked about in this group."""
    msg = ctx.msg
    message_id = msg.quote_id
    if message_id is None and msg.quote_text:
        message_id = inbound.message_for_text(
            ctx.session, ctx.platform, msg.group_id, inbound.text_hash(msg.quote_text)
        )
        if message_id is None:
            return Source(msg.message_id, msg.quote_text, msg.at, None)
    if message_id is None:
        return _asked_about(ctx)
    said = inbound.said(ctx.session, ctx.platform, message_id)
    if said is None or not said.text:
        return None
    return Source(said.platform_message_id, said.text, said.received_at, said.sender_key)


def _asked_about(ctx: Context) -> Source | None:
    """The message a bare 「登记」 answers: the latest the bot asked about — the speaker's own first,
    unless they may register anyone's, so that two people asked in turn each answer for their own."""
    asked = outbox.asked_about(ctx.session, ctx.platform, ctx.msg.group_id, say("register.ask"), ctx.now - ASKED_WITHIN)
    found = [said for said in (inbound.said(ctx.session, ctx.platform, m) for m in asked) if said and said.text]
    if not allowed(ctx, Permission.REVIEW):
        found.sort(key=lambda said: said.sender_key != ctx.msg.sender_id)
    if not found:
        return None
    said = found[0]
    return Source(said.platform_message_id, said.text, said.received_at, said.sender_key)
