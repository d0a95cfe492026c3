"""Who may use a command: the role lists of [permissions], and the one way a refusal is worded."""

from __future__ import annotations

from handlers.context import Context
from handlers.messages import Reply
from handlers.registry import Permission
from handlers.roles import COORDINATOR, ROLE_NAMES
from handlers.templates import say


def roles_for(ctx: Context, permission: Permission) -> list[str]:
    """The roles configured for a permission; an empty list lets anyone."""
    if permission == Permission.ANYONE:
        return []
    return list(getattr(ctx.config.permissions, permission.value))


def allowed(ctx: Context, permission: Permission) -> bool:
    roles = roles_for(ctx, permission)
    return not roles or bool(ctx.roles & set(roles)) or (COORDINATOR in roles and ctx.coordinator_anywhere)


def denied(ctx: Context, action: str, permission: Permission, ticket_ids: list[int] | None = None) -> Reply:
    """「抱歉，撤销需要协调员、管理员权限，请联系管理员。」: names the action and the roles that may do it."""
    roles = "、".join(say(f"roles.{r}") if r in ROLE_NAMES else r for r in roles_for(ctx, permission))
    return ctx.reply(say("errors.no_role", action=say(f"actions.{action}"), roles=roles), ticket_ids)
