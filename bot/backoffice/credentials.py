"""Passwords, API tokens and the session key: what proves who someone is, and how it is kept.

Passwords are hashed with argon2id (argon2-cffi's defaults, rehashed on login when they rise). API
tokens are 256 random bits, so a SHA-256 of them is enough to keep and lets a request's token be
looked up. The session key encrypts the back office's cookies; it is made once, in the data folder.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

MIN_PASSWORD = 8
TOKEN_PREFIX = "xh_"
KEY_FILE = "office-session.key"
KEY_BYTES = 32

_hasher = PasswordHasher()
_UNKNOWN = _hasher.hash(secrets.token_urlsafe(16))
"""Checked against when a name is unknown, so a wrong name takes as long as a wrong password."""


class WeakPassword(ValueError):
    """Shorter than MIN_PASSWORD."""


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise WeakPassword(f"a password needs at least {MIN_PASSWORD} characters")
    return _hasher.hash(password)


def check_password(stored: str | None, password: str) -> tuple[bool, str | None]:
    """(the password is right, its hash made again if today's parameters are stronger, else None)."""
    try:
        _hasher.verify(stored or _UNKNOWN, password)
    except (VerificationError, InvalidHashError):
        return False, None
    if stored is None:
        return False, None
    return True, _hasher.hash(password) if _hasher.check_needs_rehash(stored) else None


def new_token() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def session_key(data_dir: Path) -> bytes:
    """The key of the session cookies: read from the data folder, or made there once (readable by the
    owner only). It appears whole or not at all (linked into place), so two processes starting
    together agree on one key."""
    path = data_dir / KEY_FILE
    if not path.exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        temporary = data_dir / f"{KEY_FILE}.{os.getpid()}.tmp"
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(secrets.token_bytes(KEY_BYTES))
        try:
            os.link(temporary, path)
        except FileExistsError:
            pass
        finally:
            temporary.unlink()
    key = path.read_bytes()
    if len(key) != KEY_BYTES:
        raise SystemExit(f"{path}: expected {KEY_BYTES} bytes; delete it to make a new key")
    return key
