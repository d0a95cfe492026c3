"""「绑定 天一小区」: the group belongs to a community; reports without one are placed there."""

from __future__ import annotations

from handlers.context import Context
from handlers.messages import Reply
from handlers.registry import Kind, Permission, StartsWith, command
from handlers.templates import say
from storage import directory


@command("bind", Kind.ADMIN, StartsWith(("绑定",)), Permission.ADMIN, priority=10)
def bind(ctx: Context) -> list[Reply]:
    name = ctx.intent.argument.strip(" ：:，,。")
    if not name:
        return [ctx.reply(say("admin.bind_which"))]
    directory.bind(ctx.session, ctx.group.id, name, ctx.now)
    ctx.directory.changed(ctx.session)
    return [ctx.reply(say("admin.bound", community=name))]
