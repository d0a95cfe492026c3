"""Back-office accounts and API tokens: created, found, changed. Hashing is the caller's (bot/), so this
module only ever sees hashes."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import or_
from sqlmodel import Session, col, select

from storage.models import Account, AccountCommunity, AccountKind, Member


class AccountExists(Exception):
    """An account (or token) of that name is already there."""


def create(
    session: Session,
    kind: AccountKind,
    name: str,
    role: str,
    secret_hash: str,
    at: datetime,
    communities: Iterable[str] = (),
    member_id: int | None = None,
) -> Account:
    if find(session, kind, name) is not None:
        raise AccountExists(name)
    account = Account(kind=kind, name=name, role=role, secret_hash=secret_hash, member_id=member_id, created_at=at)
    session.add(account)
    session.flush()
    for community in dict.fromkeys(communities):
        session.add(AccountCommunity(account_id=account.id, community=community))
    session.flush()
    return account


def find(session: Session, kind: AccountKind, name: str) -> Account | None:
    return session.exec(select(Account).where(Account.kind == kind, Account.name == name)).first()


def by_secret(session: Session, kind: AccountKind, secret_hash: str) -> Account | None:
    """The enabled account whose secret hashes to this (API tokens: SHA-256, so it can be looked up)."""
    statement = select(Account).where(
        Account.kind == kind, Account.secret_hash == secret_hash, col(Account.disabled).is_(False)
    )
    return session.exec(statement).first()


def listed(session: Session, kind: AccountKind) -> list[Account]:
    return list(session.exec(select(Account).where(Account.kind == kind).order_by(Account.name)))


def communities(session: Session, account_id: int) -> list[str]:
    statement = select(AccountCommunity.community).where(AccountCommunity.account_id == account_id)
    return list(session.exec(statement.order_by(AccountCommunity.community)))


def rehash(session: Session, account: Account, secret_hash: str) -> None:
    """The same password hashed with today's parameters: sessions stay signed in."""
    account.secret_hash = secret_hash
    session.add(account)


def new_password(session: Session, account: Account, secret_hash: str) -> None:
    """A changed password ends the sessions signed in with the old one (the generation moves on)."""
    account.secret_hash = secret_hash
    account.generation += 1
    session.add(account)


def disable(session: Session, account: Account) -> None:
    """A disabled person cannot log in and is signed out; a disabled token is revoked."""
    account.disabled = True
    account.generation += 1
    session.add(account)


def seen(session: Session, account: Account, at: datetime) -> None:
    account.last_seen_at = at
    session.add(account)


def members_called(session: Session, written: str) -> list[Member]:
    """Chat members with this platform id or display name: who an account may be linked to."""
    statement = select(Member).where(or_(Member.platform_id == written, Member.display_name == written))
    return list(session.exec(statement.order_by(Member.id)))


def member_label(session: Session, member_id: int) -> str:
    member = session.get(Member, member_id)
    return f"{member.display_name} ({member.platform}:{member.platform_id})" if member else "-"
