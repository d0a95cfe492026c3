"""Who an account is: the roles an account may have, and how much of the ledger each one sees."""

from __future__ import annotations

from sqlmodel import Session

from handlers.roles import COORDINATOR, ROLE_NAMES, parties, role_name
from handlers.templates import say
from storage import scope
from storage.models import Account
from storage.scope import Scope


def account_role(text: str) -> str | None:
    """The role a word names (协调员 → coordinator, 物业公司 → 物业), or None: an account's role is one
    the chat knows, so its desk actions are allowed or refused by the chat's own permissions."""
    found = role_name(text.strip())
    return found if found in ROLE_NAMES or found in parties() else None


def sees_everything(account: Account) -> bool:
    """A coordinator sees every community; every other role sees what it is linked to."""
    return account.role == COORDINATOR


def scope_for(session: Session, account: Account) -> Scope:
    return scope.of_account(session, account, sees_everything(account))


def role_label(role: str) -> str:
    """巡查员 for inspector; a party (物业) is its own name."""
    return say(f"roles.{role}") if role in ROLE_NAMES else role
