"""「@绣花 帮助」: what the bot can do, one line per kind of command, read from the declared commands."""

from __future__ import annotations

from handlers.context import Context
from handlers.messages import Reply
from handlers.registry import Keyword, Kind, command, commands
from handlers.templates import say

SECTIONS = (Kind.REPORT, Kind.RECTIFY, Kind.REVIEW, Kind.QUERY, Kind.ADMIN)


def text(bot: str) -> str:
    lines = [say("help.header", bot=bot)]
    for kind in SECTIONS:
        items = [say(f"help.{c.name}") for c in commands() if c.kind == kind and c.help]
        if items:
            lines.append(say(f"help.kind_{kind}", items="｜".join(items)))
    return "\n".join(lines)


@command("help", Kind.QUERY, Keyword(("帮助", "help", "怎么用", "用法", "功能")), priority=40, help=False)
def help_(ctx: Context) -> list[Reply]:
    return [ctx.reply(text(ctx.config.bot.name))]
