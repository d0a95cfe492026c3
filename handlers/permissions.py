"""Who may use a command: the role lists of [permissions], and the one way a refusal is worded."""

from __future__ import annotations

from handlers.context import Context
from handlers.messages import Reply
from handlers.registry import Permission
from handlers.roles import COORDINATOR, ROLE_NAMES
from handlers.templates import say
from storage import tickets
from storage.models import Ticket


def roles_for(ctx: Context, permission: Permission) -> list[str]:
    """The roles configured for a permission; an empty list lets anyone."""
    if permission == Permission.ANYONE:
        return []
    return list(getattr(ctx.config.permissions, permission.value))


def allowed(ctx: Context, permission: Permission, held: frozenset[str] | None = None) -> bool:
    """Whether the speaker holds a role the permission lists, in this group (or in `held`, the roles
    they hold in another group a command is about)."""
    roles = roles_for(ctx, permission)
    mine = ctx.roles if held is None else held
    return not roles or bool(mine & set(roles)) or (COORDINATOR in roles and ctx.cross_group_coordinator)


def review_refusal(ctx: Context, ticket: Ticket, member_id: int) -> str | None:
    """Why `member_id` may not approve or send back this ticket's fix, or None if they may: nobody
    judges a fix they are responsible for or submitted; otherwise it takes the review role, or being
    the reporter where [permissions] reporter_reviews allows it."""
    held = ctx.directory.roles(ctx.session, ticket.group_id, member_id)
    if member_id in ticket.responsible_member_ids or held & set(ticket.responsible):
        return say("errors.own_responsibility", number=ticket.number)
    if member_id in tickets.fixers(ctx.session, ticket.id):
        return say("errors.own_fix", number=ticket.number)
    speaker = member_id == ctx.member.id
    if speaker and allowed(ctx, Permission.REVIEW, held):
        return None
    if not speaker and set(roles_for(ctx, Permission.REVIEW)) & held:
        return None
    if ticket.reporter_id == member_id and ctx.config.permissions.reporter_reviews:
        return None
    return denied(ctx, "review", Permission.REVIEW).text


def denied(ctx: Context, action: str, permission: Permission, ticket_ids: list[int] | None = None) -> Reply:
    """「抱歉，撤销需要协调员、管理员权限，请联系管理员。」: names the action and the roles that may do it."""
    roles = "、".join(say(f"roles.{r}") if r in ROLE_NAMES else r for r in roles_for(ctx, permission))
    return ctx.reply(say("errors.no_role", action=say(f"actions.{action}"), roles=roles), ticket_ids)
