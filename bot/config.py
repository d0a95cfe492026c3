"""Configuration: embedded defaults, an optional TOML file, then environment variables for secrets.

The sections handlers read are handlers.settings.Settings; this module adds the running bot's own.

A user's mistake in the file must end start-up with one line naming the key, never a traceback,
so every section is a strict pydantic model and errors are rewritten into that one line.
"""

from __future__ import annotations

import os
import ssl
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, FilePath, ValidationError, field_validator

from handlers.settings import Section, Settings

ENV_CONFIG = "XIUHUA_CONFIG"
ENV_OVERRIDES: dict[str, tuple[str, str]] = {
    "XIUHUA_DATABASE_URL": ("database", "url"),
    "XIUHUA_DATA_DIR": ("bot", "data_dir"),
    "XIUHUA_CACHE_DIR": ("bot", "cache_dir"),
    "XIUHUA_LOG_LEVEL": ("bot", "log_level"),
    "XIUHUA_HTTP_PORT": ("http", "port"),
    "XIUHUA_HTTP_PASSWORD": ("http", "password"),
    "XIUHUA_WECHATY_ENDPOINT": ("wechaty", "endpoint"),
    "XIUHUA_WECHATY_TOKEN": ("wechaty", "token"),
}


class ConfigError(Exception):
    """A mistake in the user's configuration, already phrased for one line of output."""


class DatabaseSection(Section):
    url: str = ""
    retry_seconds: float = Field(default=300.0, gt=0)
    heartbeat_seconds: float = Field(default=10.0, gt=0)
    accept_seconds: float = Field(default=10.0, gt=0)


class HttpSection(Section):
    host: str = "127.0.0.1"
    port: int = Field(default=8080, ge=0, le=65535)
    password: str = ""


class ChatSection(Section):
    transport: Literal["webchat", "wechaty"] = "webchat"
    demo: bool = True


class WechatySection(Section):
    endpoint: str = ""
    token: str = ""
    tls: bool | None = None
    """None: TLS unless WECHATY_PUPPET_SERVICE_NO_TLS_INSECURE_CLIENT=true, as the other wechaty clients decide."""
    ca_cert: FilePath | None = None
    """PEM file of the CA that signed the service's certificate; None: the wechaty community CA."""
    server_name: str = ""
    """TLS server name (SNI); empty: the token's prefix."""
    heartbeat_timeout_seconds: float = Field(default=120, gt=0)
    min_interval_seconds: float = Field(default=1.5, ge=0)

    @field_validator("ca_cert")
    @classmethod
    def _holds_a_certificate(cls, value: Path | None) -> Path | None:
        """A wrong file should stop start-up naming the key, not surface later as a failed handshake."""
        if value is not None:
            try:
                ssl.create_default_context(cadata=value.read_text(encoding="ascii"))
            except (ssl.SSLError, ValueError, OSError):
                raise ValueError("expected a CA certificate in PEM form (-----BEGIN CERTIFICATE-----)") from None
        return value


class OfficeSection(Section):
    """The back office's logins (bot.backoffice)."""

    session_hours: float = Field(default=12, gt=0)
    idle_minutes: float = Field(default=120, gt=0)
    name_attempts: int = Field(default=5, ge=1)
    address_attempts: int = Field(default=20, ge=1)
    lockout_minutes: float = Field(default=15, gt=0)
    secure_cookie: bool = False


class Config(Settings):
    """Everything: what handlers read (Settings) and what only the running bot needs."""

    database: DatabaseSection = DatabaseSection()
    http: HttpSection = HttpSection()
    chat: ChatSection = ChatSection()
    wechaty: WechatySection = WechatySection()
    office: OfficeSection = OfficeSection()

    @property
    def database_url(self) -> str:
        return self.database.url or f"sqlite:///{self.bot.data_dir / 'xiuhua.db'}"

    def secrets(self) -> list[str]:
        """Values that must never reach a log line."""
        found = [self.wechaty.token, self.http.password]
        if "@" in self.database.url and "://" in self.database.url:
            userinfo = self.database.url.split("://", 1)[1].split("@", 1)[0]
            found.append(userinfo.partition(":")[2])
        return [s for s in found if s]


def _describe(error: dict[str, Any]) -> str:
    where = ".".join(str(part) for part in error["loc"])
    if error["type"] == "extra_forbidden":
        return f"{where}: unknown key"
    if error["type"] == "missing":
        return f"{where}: required key is missing"
    return f"{where}: {error['msg']} (got {error.get('input')!r})"


def build(data: dict[str, Any], source: str = "config") -> Config:
    try:
        return Config.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(f"{source}: {_describe(exc.errors()[0])}") from None


def _read_file(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise ConfigError(f"cannot read config file {path}: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None


def _apply_environment(data: dict[str, Any], environ: dict[str, str]) -> None:
    for variable, (section, key) in ENV_OVERRIDES.items():
        if environ.get(variable):
            data.setdefault(section, {})[key] = environ[variable]


def merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """Deep-merge two config dicts (tables merge, everything else replaces)."""
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def load(path: str | Path | None = None, environ: dict[str, str] | None = None) -> Config:
    """Defaults, then the file (argument, else $XIUHUA_CONFIG), then environment overrides."""
    environ = dict(os.environ) if environ is None else environ
    chosen = path or environ.get(ENV_CONFIG)
    data = _read_file(Path(chosen)) if chosen else {}
    _apply_environment(data, environ)
    return build(data, str(chosen) if chosen else "config")
