"""「角色 @王经理 物业」: who is which role in this group (巡查员, 协调员, 管理员, or a responsible party)."""

from __future__ import annotations

import re

from handlers.context import Context
from handlers.messages import Reply
from handlers.registry import Kind, Permission, StartsWith, command
from handlers.roles import COORDINATOR, ROLE_NAMES, highest, parties, rank, role_name
from handlers.templates import say
from storage import directory
from storage.models import Member

MENTION = re.compile(r"@([^\s@\u2005]+)")


@command("role", Kind.ADMIN, StartsWith(("角色",)), Permission.ADMIN, priority=10)
def role(ctx: Context) -> list[Reply]:
    argument = ctx.intent.argument
    named = role_name(MENTION.sub(" ", argument))
    people = _mentioned(ctx, argument)
    if named is None or not people:
        roles = "、".join([*(say(f"roles.{r}") for r in ROLE_NAMES[:3]), *sorted(parties())])
        return [ctx.reply(say("admin.role_which", roles=roles))]
    own = highest(ctx.roles | ({COORDINATOR} if ctx.cross_group_coordinator else set()))
    if rank(named) > own:
        shown = say(f"roles.{named}") if named in ROLE_NAMES else named
        return [ctx.reply(say("admin.role_too_high", role=shown))]
    party_names = set(parties())
    for person in people:
        if named in party_names:
            directory.replace_party_role(ctx.session, ctx.group.id, person.id, named, party_names)
        else:
            directory.set_role(ctx.session, ctx.group.id, person.id, named)
    ctx.directory.changed(ctx.session)
    shown = say(f"roles.{named}") if named in ROLE_NAMES else named
    names = "、".join(p.display_name for p in people)
    return [ctx.reply(say("admin.role_set", names=names, role=shown))]


def _mentioned(ctx: Context, argument: str) -> list[Member]:
    """Members @-mentioned: by the platform's mention ids, else by the display names written after @."""
    found = [m for pid in ctx.msg.mentions if (m := directory.member_by_platform_id(ctx.session, ctx.platform, pid))]
    if found:
        return found
    names = MENTION.findall(argument)
    known = directory.members_named(ctx.session, ctx.platform, names)
    return [known[n] for n in names if n in known]
