"""Who to @ about a ticket: the members holding its responsible parties, as platform ids and names."""

from __future__ import annotations

from handlers.context import Context


def responsible_members(ctx: Context, parties: list[str]) -> list[int]:
    """The members of this group who hold any of the parties (物业 → 王经理)."""
    return [m.id for m in ctx.directory.holders(ctx.session, ctx.group.id, parties)]


def mention_ids(ctx: Context, member_ids: list[int]) -> list[str]:
    found = ctx.directory.people(ctx.session, member_ids)
    return [found[i].platform_id for i in member_ids if i in found]


def mention_names(ctx: Context, member_ids: list[int]) -> str:
    """「@王经理 @李晓 」, in the order given, each followed by the blank that ends a mention on WeChat
    (templates put no blank after them, so a party named instead of a person reads 「请物业整改」)."""
    found = ctx.directory.people(ctx.session, member_ids)
    return "".join(f"@{found[i].display_name} " for i in member_ids if i in found)
