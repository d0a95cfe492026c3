"""What the bot does with a message, as one table: who it listens to, who may do what, and which
reading of a message wins. The dispatcher around it keeps de-duplication, the transaction and the
outbox; the commands themselves live in handlers/commands/.

Which command a message triggers (handlers.intents): declared triggers first, by priority — admin
commands at the start of a message (绑定, 角色, 撤销, 修改, 转派), then verdicts (#12 合格), then
questions to the bot (@绣花 进度) — then a report the parser found, then a status question or a fix.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from handlers.context import Context
from handlers.intents import classify
from handlers.messages import Reply
from handlers.parsing import ParseContext
from handlers.parsing.intents import strip_address
from handlers.permissions import allowed, denied
from handlers.registry import Intent, Kind, Permission, get, of_kind
from handlers.templates import say


class Outcome(Enum):
    SILENT = "say nothing"
    RUN = "run the command"
    REFUSE = "say who may do it"
    SHORT_HELP = "say what the bot can do"
    FOLLOW_UP = (
        "complete an earlier report, else ask once whether to register a problem the parser could not settle, "
        "else (if addressed) say what the bot can do"
    )


@dataclass(frozen=True)
class Rule:
    why: str
    when: Callable[[Context], bool]
    then: Outcome


def _listening(ctx: Context) -> bool:
    return ctx.group.listening or ctx.msg.private


def _command_allowed(ctx: Context) -> bool:
    return ctx.intent.command is not None and allowed(ctx, get(ctx.intent.command).permission)


RULES: tuple[Rule, ...] = (
    Rule(
        "a private message is only for coordinators",
        lambda c: c.msg.private and not c.cross_group_coordinator,
        Outcome.SILENT,
    ),
    Rule(
        "a photo in a group the bot listens to is a fix (or a problem) photo",
        lambda c: c.intent.kind == Kind.PHOTO and _listening(c) and not c.msg.private,
        Outcome.RUN,
    ),
    Rule("any other photo is ignored", lambda c: c.intent.kind == Kind.PHOTO, Outcome.SILENT),
    Rule(
        "in private the bot only answers questions",
        lambda c: c.msg.private and c.intent.kind != Kind.QUERY,
        Outcome.SHORT_HELP,
    ),
    Rule(
        "a group the bot does not listen to hears only an admin's 绑定",
        lambda c: not _listening(c) and not (c.intent.command == "bind" and _command_allowed(c)),
        Outcome.SILENT,
    ),
    Rule(
        "a report from someone without the reporting role is ignored",
        lambda c: c.intent.kind == Kind.REPORT and not _command_allowed(c),
        Outcome.SILENT,
    ),
    Rule(
        "a command someone may not use is refused, naming who may",
        lambda c: c.intent.command is not None and not _command_allowed(c),
        Outcome.REFUSE,
    ),
    Rule("a command runs", lambda c: c.intent.command is not None, Outcome.RUN),
    Rule("anything else", lambda c: True, Outcome.FOLLOW_UP),
)


def _worth_asking(ctx: Context) -> bool:
    """A missed report is worse than one question; the question comes only from someone who may report,
    quoting their message, so that a bare 「登记」 answers it (handlers/commands/register.py)."""
    return ctx.parsed.unsettled and allowed(ctx, get("report").permission)


def understand(ctx: Context) -> None:
    """Reads the message: the address to the bot, the parser's reading, the intent."""
    msg = ctx.msg
    if msg.image is not None:
        ctx.intent = Intent(Kind.PHOTO, of_kind(Kind.PHOTO).name)
        return
    ctx.text, addressed = strip_address(msg.text, ctx.config.bot.name)
    ctx.addressed = addressed or msg.mentions_bot or msg.private
    ctx.parsed = ctx.parser.analyse(ctx.text, msg.at, ParseContext(default_community=ctx.group.community))
    quoted = bool(msg.quote_id or msg.quote_text)
    fixed = not ctx.parsed.reports and ctx.parser.looks_fixed(ctx.parsed)
    ctx.intent = classify(ctx.text, ctx.addressed, quoted, bool(ctx.parsed.reports), fixed)


def decide(ctx: Context) -> Rule:
    return next(rule for rule in RULES if rule.when(ctx))


def respond(ctx: Context) -> list[Reply]:
    """The replies to one message (none for most chatter)."""
    understand(ctx)
    outcome = decide(ctx).then
    if outcome == Outcome.RUN:
        return get(ctx.intent.command or "").run(ctx)
    if outcome == Outcome.REFUSE:
        declared = get(ctx.intent.command or "")
        return [denied(ctx, declared.name, declared.permission)]
    if outcome == Outcome.SHORT_HELP:
        return [Reply(text=say("query.short_help"))] if ctx.addressed else []
    if outcome == Outcome.FOLLOW_UP:
        completed = of_kind(Kind.OTHER).run(ctx)
        if completed:
            return completed
        if _worth_asking(ctx):
            return [ctx.reply(say("register.ask"))]
        return [ctx.reply(say("query.short_help"))] if ctx.addressed else []
    return []


__all__ = ["RULES", "Outcome", "Permission", "Rule", "decide", "respond", "understand"]
