"""Logging in to the back office: the encrypted session cookie, its lifetime on the bot's clock, CSRF
tokens on every form, guessing limited through the audit log, and the headers every page carries.

The cookie (aiohttp-session's Fernet storage, keyed from the data folder) holds the account id, the
account's generation (a password change or disabling ends older sessions), when the session began and
was last used (checked against `[office]`, on the injected clock, so tests need not wait), and the
CSRF token that every POST must send back.
"""

from __future__ import annotations

import asyncio
import hmac
import math
import secrets
from datetime import datetime, timedelta

import aiohttp_jinja2
from aiohttp import web
from aiohttp_session import Session as WebSession
from aiohttp_session import get_session, new_session
from aiohttp_session.cookie_storage import EncryptedCookieStorage
from sqlmodel import Session

from bot.backoffice import credentials
from bot.backoffice.office import ACCOUNT, SCOPE, Office, office_of
from handlers.office.access import scope_for
from handlers.templates import say
from storage import accounts, audit
from storage.audit import AuditAction
from storage.models import Account, AccountKind
from storage.scope import Scope

COOKIE = "xiuhua_office"
PREFIX = "/admin"
PUBLIC = (f"{PREFIX}/login", f"{PREFIX}/static/")
UNSAFE = ("POST", "PUT", "PATCH", "DELETE")
HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; img-src 'self'; style-src 'self'; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}
"""No script runs on these pages, no frame holds them, and nothing of them is cached (but the stylesheet)."""


def storage(office: Office) -> EncryptedCookieStorage:
    return EncryptedCookieStorage(
        credentials.session_key(office.config.bot.data_dir),
        cookie_name=COOKIE,
        path=PREFIX,
        httponly=True,
        samesite="Lax",
        secure=office.config.office.secure_cookie,
    )


def csrf_token(session: WebSession) -> str:
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return str(session["csrf"])


@web.middleware
async def security_headers(request: web.Request, handler):
    try:
        response = await handler(request)
    except web.HTTPException as exc:
        exc.headers.update(HEADERS)
        raise
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    return response


@web.middleware
async def csrf(request: web.Request, handler):
    """A form posted from anywhere but our own page (which carries the session's token) is refused."""
    if request.method in UNSAFE:
        session = await get_session(request)
        sent = (await request.post()).get("csrf") or request.headers.get("X-CSRF-Token", "")
        expected = session.get("csrf")
        if not (isinstance(sent, str) and expected and hmac.compare_digest(sent, expected)):
            raise web.HTTPForbidden(text=say("desk.csrf"))
    return await handler(request)


def _load(session: Session, account_id: int, generation: int) -> tuple[Account, Scope] | None:
    account = session.get(Account, account_id)
    if account is None or account.kind != AccountKind.USER or account.disabled or account.generation != generation:
        return None
    return account, scope_for(session, account)


def _safe_next(target: str) -> str:
    """Only a page of the back office itself (never //elsewhere) is followed after logging in."""
    ok = target.startswith(f"{PREFIX}/") and "//" not in target and "\\" not in target
    return target if ok else f"{PREFIX}/"


@web.middleware
async def signed_in(request: web.Request, handler):
    """Every page but the login page needs a live session of an enabled account."""
    if request.path.startswith(PUBLIC):
        return await handler(request)
    office = office_of(request)
    session = await get_session(request)
    now = office.clock.now().timestamp()
    limits = office.config.office
    found, expired = None, False
    if "account" in session:
        expired = (
            now - session["since"] > timedelta(hours=limits.session_hours).total_seconds()
            or now - session["seen"] > timedelta(minutes=limits.idle_minutes).total_seconds()
        )
        if not expired:
            found = await office.run(lambda s: _load(s, session["account"], session["generation"]))
    if found is None:
        session.invalidate()
        target = request.rel_url.path_qs if request.method == "GET" else f"{PREFIX}/"
        query = {"next": target, **({"expired": "1"} if expired else {})}
        raise web.HTTPFound(request.app.router["login"].url_for().with_query(query))
    session["seen"] = now
    request[ACCOUNT], request[SCOPE] = found
    return await handler(request)


async def login_page(request: web.Request) -> web.Response:
    session = await get_session(request)
    context = {
        "csrf": csrf_token(session),
        "next": _safe_next(request.query.get("next", "")),
        "name": "",
        "message": "expired" if request.query.get("expired") else "",
    }
    return aiohttp_jinja2.render_template("login.html", request, context)


async def login(request: web.Request) -> web.Response:
    office = office_of(request)
    form = await request.post()
    name, password = str(form.get("name", "")).strip()[:100], str(form.get("password", ""))
    target = _safe_next(str(form.get("next", "")))
    remote = request.remote or ""
    now = office.clock.now()
    limits = office.config.office
    since = now - timedelta(minutes=limits.lockout_minutes)

    def look(session: Session) -> tuple[Account | None, int]:
        by_name, by_address = audit.failures_since(session, since, name, remote)
        window = timedelta(minutes=limits.lockout_minutes)
        ends = [
            _lockout_end(by_name, limits.name_attempts, window),
            _lockout_end(by_address, limits.address_attempts, window),
        ]
        wait = max((end - now for end in ends if end is not None), default=timedelta(0))
        if wait > timedelta(0):
            audit.record(session, AuditAction.LOGIN_BLOCKED, now, name, remote=remote)
        return accounts.find(session, AccountKind.USER, name), math.ceil(wait.total_seconds() / 60)

    account, wait_minutes = await office.run(look)
    if wait_minutes:
        return await _refused(request, "blocked", name, target, 429, wait_minutes)
    stored = account.secret_hash if account is not None else None
    right, fresh_hash = await asyncio.to_thread(credentials.check_password, stored, password)
    if not right or account is None or account.disabled:
        why = "disabled" if right else "wrong"
        account_id = account.id if account is not None else None

        def failed(session: Session) -> None:
            audit.record(session, AuditAction.LOGIN_FAILED, now, name, account_id, remote, why)

        await office.run(failed)
        return await _refused(request, why, name, target, 401)

    def succeeded(session: Session) -> int:
        row = session.get(Account, account.id)
        if fresh_hash is not None:
            accounts.rehash(session, row, fresh_hash)
        accounts.seen(session, row, now)
        audit.record(session, AuditAction.LOGIN, now, name, row.id, remote)
        return row.generation

    generation = await office.run(succeeded)
    session = await new_session(request)
    stamp = now.timestamp()
    session.update({"account": account.id, "generation": generation, "since": stamp, "seen": stamp})
    csrf_token(session)
    raise web.HTTPFound(target)


def _lockout_end(failures: list[datetime], limit: int, window: timedelta) -> datetime | None:
    """When these failures (oldest first, all within the window) stop blocking logins: once all but
    `limit` − 1 of them have left the window. None if they do not block."""
    if len(failures) < limit:
        return None
    return failures[len(failures) - limit] + window


async def _refused(
    request: web.Request, message: str, name: str, target: str, status: int, wait_minutes: int = 0
) -> web.Response:
    session = await get_session(request)
    context = {"csrf": csrf_token(session), "next": target, "name": name, "message": message, "wait": wait_minutes}
    return aiohttp_jinja2.render_template("login.html", request, context, status=status)


async def logout(request: web.Request) -> web.Response:
    office = office_of(request)
    account: Account = request[ACCOUNT]
    now = office.clock.now()
    remote = request.remote or ""
    await office.run(lambda s: audit.record(s, AuditAction.LOGOUT, now, account.name, account.id, remote))
    (await get_session(request)).invalidate()
    raise web.HTTPFound(request.app.router["login"].url_for())
