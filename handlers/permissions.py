"""Who may use a command: the role lists of [permissions], and the one way a refusal is worded."""

from __future__ import annotations

from sqlmodel import Session

from handlers.context import Context
from handlers.messages import Reply
from handlers.registry import Permission
from handlers.roles import COORDINATOR, ROLE_NAMES
from handlers.settings import Settings
from handlers.templates import say
from storage import tickets
from storage.models import Ticket


def listed(settings: Settings, permission: Permission) -> list[str]:
    """The roles configured for a permission; an empty list lets anyone."""
    if permission == Permission.ANYONE:
        return []
    return list(getattr(settings.permissions, permission.value))


def roles_for(ctx: Context, permission: Permission) -> list[str]:
    return listed(ctx.config, permission)


def holds(settings: Settings, permission: Permission, held: frozenset[str], cross_group_coordinator: bool) -> bool:
    """Whether roles `held` in a group (and being a coordinator across groups) give a permission: the
    one rule, for the chat and for what the desk offers."""
    roles = listed(settings, permission)
    return not roles or bool(held & set(roles)) or (COORDINATOR in roles and cross_group_coordinator)


def allowed(ctx: Context, permission: Permission, held: frozenset[str] | None = None) -> bool:
    """Whether the speaker holds a role the permission lists, in this group (or in `held`, the roles
    they hold in another group a command is about)."""
    return holds(ctx.config, permission, ctx.roles if held is None else held, ctx.cross_group_coordinator)


def review_bar(
    session: Session,
    settings: Settings,
    ticket: Ticket,
    member_id: int | None,
    held: frozenset[str],
    may_review: bool,
) -> str | None:
    """Why a member may not approve or send back this ticket's fix (a template key), or None if they
    may: nobody judges a fix they are responsible for or submitted; otherwise it takes the review role
    (`may_review`, given their roles `held` in the ticket's group), or being the reporter where
    [permissions] reporter_reviews allows it."""
    if member_id in ticket.responsible_member_ids or held & set(ticket.responsible):
        return "errors.own_responsibility"
    if member_id in tickets.fixers(session, ticket.id):
        return "errors.own_fix"
    if may_review or (ticket.reporter_id == member_id and settings.permissions.reporter_reviews):
        return None
    return "errors.no_role"


def review_refusal(ctx: Context, ticket: Ticket, member_id: int) -> str | None:
    """What the chat says when `member_id` may not judge this ticket's fix (review_bar), or None."""
    held = ctx.directory.roles(ctx.session, ticket.group_id, member_id)
    if member_id == ctx.member.id:
        may_review = allowed(ctx, Permission.REVIEW, held)
    else:
        may_review = bool(set(roles_for(ctx, Permission.REVIEW)) & held)
    bar = review_bar(ctx.session, ctx.config, ticket, member_id, held, may_review)
    if bar == "errors.no_role":
        return denied(ctx, "review", Permission.REVIEW).text
    return None if bar is None else say(bar, number=ticket.number)


def denied(ctx: Context, action: str, permission: Permission, ticket_ids: list[int] | None = None) -> Reply:
    """「抱歉，撤销需要协调员、管理员权限，请联系管理员。」: names the action and the roles that may do it."""
    roles = "、".join(say(f"roles.{r}") if r in ROLE_NAMES else r for r in roles_for(ctx, permission))
    return ctx.reply(say("errors.no_role", action=say(f"actions.{action}"), roles=roles), ticket_ids)
