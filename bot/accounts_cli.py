"""`xiuhua user …` and `xiuhua token …`: back-office logins and API tokens, made on the command line
against the same config and database as `xiuhua run` (also while it runs)."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from typing import TypeVar

from sqlmodel import Session

from bot import config as config_module
from bot.backoffice import credentials
from bot.cli import upgraded_database
from bot.clock import SystemClock
from bot.config import Config
from handlers.office.access import account_role
from handlers.roles import ROLE_NAMES, parties
from storage import accounts, audit, ledger_queries
from storage.accounts import AccountExists
from storage.audit import AuditAction
from storage.models import Account, AccountKind
from storage.scope import EVERYTHING

T = TypeVar("T")


class Refused(Exception):
    """What the command cannot do, phrased for one line of output."""


def _command(run: Callable[[Config, argparse.Namespace], None]) -> Callable[[argparse.Namespace], int]:
    """A verb: loads the config, runs, and turns a refusal into one line on stderr and exit status 2."""

    def handler(args: argparse.Namespace) -> int:
        try:
            run(config_module.load(args.config), args)
        except Refused as refused:
            print(f"xiuhua: {refused}", file=sys.stderr)
            return 2
        return 0

    return handler


def _in_database(config: Config, work: Callable[[Session], T]) -> T:
    db = upgraded_database(config)
    try:
        return db.run(work)
    finally:
        db.dispose()


def _role(written: str) -> str:
    role = account_role(written)
    if role is None:
        raise Refused(f"unknown role {written!r}; one of: {', '.join([*ROLE_NAMES, *parties()])}")
    return role


def _member_id(session: Session, written: str | None) -> int | None:
    if not written:
        return None
    found = accounts.members_called(session, written)
    if len(found) != 1:
        listed = ", ".join(f"{m.platform}:{m.platform_id} ({m.display_name})" for m in found)
        raise Refused(f"no chat member {written!r}" if not found else f"{written!r} is several members: {listed}")
    return found[0].id


def _communities(session: Session, written: list[str]) -> list[str]:
    unknown = [name for name in written if not ledger_queries.community_known(session, name)]
    if unknown:
        known = ", ".join(ledger_queries.communities_in(session, EVERYTHING)) or "none yet"
        raise Refused(f"unknown community {unknown[0]!r}; known: {known}")
    return written


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass("password: ")
        if getpass.getpass("again: ") != password:
            raise Refused("the two passwords differ")
    try:
        return credentials.hash_password(password)
    except credentials.WeakPassword as exc:
        raise Refused(str(exc)) from None


def _describe(session: Session, account: Account) -> str:
    communities = ",".join(accounts.communities(session, account.id)) or "-"
    member = accounts.member_label(session, account.member_id) if account.member_id else "-"
    state = "disabled" if account.disabled else "enabled"
    seen = f"{account.last_seen_at:%Y-%m-%d %H:%M}" if account.last_seen_at else "never"
    return f"{account.name}\t{account.role}\t{communities}\t{member}\t{state}\t{seen}"


def _add(config: Config, args: argparse.Namespace, kind: AccountKind, secret_hash: str) -> Account:
    role = _role(args.role)
    now = SystemClock(config.tz).now()

    def work(session: Session) -> Account:
        member_id = _member_id(session, args.member)
        communities = _communities(session, args.community)
        try:
            account = accounts.create(session, kind, args.name, role, secret_hash, now, communities, member_id)
        except AccountExists:
            raise Refused(f"{kind} {args.name!r} exists already") from None
        audit.record(session, AuditAction.ACCOUNT_ADDED, now, args.name, account.id, detail=f"{kind} {role}")
        return account

    return _in_database(config, work)


def _change(config: Config, kind: AccountKind, name: str, change: Callable[[Session, Account], AuditAction]) -> None:
    now = SystemClock(config.tz).now()

    def work(session: Session) -> None:
        account = accounts.find(session, kind, name)
        if account is None:
            raise Refused(f"no {kind} {name!r}")
        audit.record(session, change(session, account), now, name, account.id, detail="cli")

    _in_database(config, work)


@_command
def user_add(config: Config, args: argparse.Namespace) -> None:
    account = _add(config, args, AccountKind.USER, _password(args))
    print(f"user {account.name} ({account.role}) added; log in at /admin/")


@_command
def user_list(config: Config, args: argparse.Namespace) -> None:
    _list(config, AccountKind.USER, "name\trole\tcommunities\tmember\tstate\tlast login")


def _list(config: Config, kind: AccountKind, header: str) -> None:
    lines = _in_database(config, lambda s: [_describe(s, a) for a in accounts.listed(s, kind)])
    print(header)
    for line in lines:
        print(line)


@_command
def user_passwd(config: Config, args: argparse.Namespace) -> None:
    secret_hash = _password(args)

    def change(session: Session, account: Account) -> AuditAction:
        accounts.new_password(session, account, secret_hash)
        return AuditAction.PASSWORD_CHANGED

    _change(config, AccountKind.USER, args.name, change)
    print(f"password of {args.name} changed; its sessions are signed out")


def _disable(session: Session, account: Account) -> AuditAction:
    accounts.disable(session, account)
    return AuditAction.ACCOUNT_DISABLED


@_command
def user_disable(config: Config, args: argparse.Namespace) -> None:
    _change(config, AccountKind.USER, args.name, _disable)
    print(f"user {args.name} disabled and signed out")


@_command
def token_add(config: Config, args: argparse.Namespace) -> None:
    token = credentials.new_token()
    account = _add(config, args, AccountKind.TOKEN, credentials.token_hash(token))
    print(f"token {account.name} ({account.role}) added; keep it now, it is not shown again:")
    print(token)


@_command
def token_list(config: Config, args: argparse.Namespace) -> None:
    _list(config, AccountKind.TOKEN, "name\trole\tcommunities\tmember\tstate\tlast used")


@_command
def token_revoke(config: Config, args: argparse.Namespace) -> None:
    _change(config, AccountKind.TOKEN, args.name, _disable)
    print(f"token {args.name} revoked")
