"""How xiuhua reaches a wechaty puppet service, the way the other wechaty clients do, and what to tell
the deployer when it fails.

Since wechaty-puppet-service 0.27 a service speaks TLS by default and wants the token on every call
(src/client/grpc-manager.ts and src/auth/ of wechaty/puppet-service):
- the certificate is checked against the wechaty community CA (shipped here as wechaty_ca.pem) or
  the CA in WECHATY_PUPPET_SERVICE_TLS_CA_CERT (its PEM text);
- the TLS server name (SNI) is the token's prefix: everything before the last "_" ("insecure" for
  "insecure_<uuid>", which matches a gateway's default certificate), or
  WECHATY_PUPPET_SERVICE_TLS_SERVER_NAME; with TLS and no name at all the client refuses to start;
- every call carries "authorization: Wechaty <token>"; WECHATY_PUPPET_SERVICE_NO_TLS_INSECURE_CLIENT=true
  (exactly "true") turns TLS off for services started without it.
A key in [wechaty] wins over the environment variable, as an explicit option does in those clients.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import ssl
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from grpclib.const import Status
from grpclib.exceptions import GRPCError, ProtocolError, StreamTerminatedError

from bot.config import WechatySection

COMMUNITY_CA = Path(__file__).with_name("wechaty_ca.pem")
ENV_CA = "WECHATY_PUPPET_SERVICE_TLS_CA_CERT"
ENV_SERVER_NAME = "WECHATY_PUPPET_SERVICE_TLS_SERVER_NAME"
ENV_NO_TLS = "WECHATY_PUPPET_SERVICE_NO_TLS_INSECURE_CLIENT"
EXPIRED = 10  # X509_V_ERR_CERT_HAS_EXPIRED
HOSTNAME_MISMATCH = 62  # X509_V_ERR_HOSTNAME_MISMATCH
TLS_OFF_HINT = f"set [wechaty] tls = false (or {ENV_NO_TLS}=true)"


class SetupError(Exception):
    """The settings cannot work; the message says what to change."""


@dataclass(frozen=True)
class Link:
    """Where and how to connect, with where each setting came from (for the diagnoses)."""

    host: str
    port: int
    token: str
    tls: bool
    server_name: str = ""
    name_from: str = ""
    ca_pem: str = ""
    ca_from: str = ""

    def ssl_context(self) -> ssl.SSLContext | None:
        """Trusts only the chosen CA; TLS 1.2+, HTTP/2 by ALPN and ciphers as grpclib's own default."""
        if not self.tls:
            return None
        context = ssl.create_default_context(cadata=self.ca_pem)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        context.set_ciphers("ECDHE+AESGCM:ECDHE+CHACHA20:DHE+AESGCM:DHE+CHACHA20")
        context.set_alpn_protocols(["h2"])
        return context

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"


def resolve(section: WechatySection, environ: Mapping[str, str] | None = None) -> Link:
    """Called at every connect, so a replaced CA file counts without restarting xiuhua."""
    environ = os.environ if environ is None else environ
    host, _, port = section.endpoint.rpartition(":")
    tls = section.tls if section.tls is not None else environ.get(ENV_NO_TLS) != "true"
    link = Link(host=host, port=int(port), token=section.token, tls=tls)
    if not tls:
        return link
    if section.server_name:
        name, name_from = section.server_name, "[wechaty] server_name"
    elif environ.get(ENV_SERVER_NAME):
        name, name_from = environ[ENV_SERVER_NAME], ENV_SERVER_NAME
    else:
        name, name_from = section.token.rpartition("_")[0], "the token's prefix"
    if not name:
        raise SetupError(
            "the token has no prefix to take the TLS server name from (tokens look like <server name>_<uuid>, "
            "e.g. insecure_<uuid> for a gateway with its default certificate): write the token with the prefix "
            f"your provider gave, or set [wechaty] server_name (or {ENV_SERVER_NAME}), "
            f"or, for a gateway without TLS, {TLS_OFF_HINT}"
        )
    if section.ca_cert is not None:
        pem, ca_from = _read(section.ca_cert), f"the CA in {section.ca_cert}"
    elif environ.get(ENV_CA):
        pem, ca_from = environ[ENV_CA].replace("\\n", "\n"), f"the CA in {ENV_CA}"
        try:
            ssl.create_default_context(cadata=pem)
        except (ssl.SSLError, ValueError):
            raise SetupError(
                f"{ENV_CA} holds no PEM certificate (it takes the PEM text, as for the other wechaty clients; "
                "for a file set [wechaty] ca_cert)"
            ) from None
    else:
        pem, ca_from = COMMUNITY_CA.read_text(encoding="ascii"), "the wechaty community CA"
    return Link(link.host, link.port, link.token, True, name, name_from, pem, ca_from)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="ascii")
    except (OSError, ValueError) as exc:
        raise SetupError(f"cannot read [wechaty] ca_cert {path}: {exc}") from None


async def diagnose(exc: BaseException, link: Link) -> str:
    """One line saying what went wrong and what to change; never contains the token."""
    return _redact(await _diagnose(exc, link), link.token)


async def _diagnose(exc: BaseException, link: Link) -> str:
    if isinstance(exc, ssl.SSLCertVerificationError):
        return await _untrusted(exc, link)
    if isinstance(exc, ssl.SSLError):
        if not await _speaks_tls(link):
            return f"the puppet service at {link.where} does not speak TLS: {TLS_OFF_HINT}"
        return f"TLS handshake with {link.where} failed ({exc.reason or exc}); check the endpoint"
    if isinstance(exc, GRPCError):
        if exc.status is Status.UNAUTHENTICATED:
            return (
                "the puppet service refused the token (UNAUTHENTICATED): set [wechaty] token "
                "(or XIUHUA_WECHATY_TOKEN) to the token of your provider or gateway"
            )
        return f"the puppet service answered {exc.status.name}: {exc.message or ''}".rstrip(": ")
    if not link.tls and await _speaks_tls(link):
        # how a TLS service drops a plain client varies (reset, lost stream, garbage frames): ask it
        return (
            f"the puppet service at {link.where} speaks TLS and dropped the plain connection: remove "
            f"tls = false from [wechaty] (and {ENV_NO_TLS}) so that TLS is used"
        )
    if isinstance(exc, StreamTerminatedError | ProtocolError):
        return f"the puppet service at {link.where} dropped the connection ({exc})"
    if isinstance(exc, TimeoutError):
        return f"the puppet service at {link.where} accepted the connection but did not answer; check the endpoint"
    if isinstance(exc, OSError):
        return f"puppet service unreachable at {link.where} ({exc.strerror or exc})"
    return f"{type(exc).__name__}: {exc}"


async def _untrusted(exc: ssl.SSLCertVerificationError, link: Link) -> str:
    if exc.verify_code == HOSTNAME_MISMATCH:
        names = await _certificate_names(link)
        if names:
            return (
                f"TLS: the puppet service's certificate is for {', '.join(map(repr, names))}, not "
                f"{link.server_name!r} (taken from {link.name_from}): set [wechaty] server_name = {names[0]!r}, "
                f"or use the token that starts with '{names[0]}_'"
            )
        return (
            f"TLS: the puppet service's certificate is not for {link.server_name!r} (taken from {link.name_from}): "
            "set [wechaty] server_name to the name in its certificate"
        )
    if exc.verify_code == EXPIRED:
        return f"TLS: the puppet service's certificate has expired ({exc.verify_message}): it must be renewed"
    return (
        f"TLS: the puppet service's certificate is not signed by {link.ca_from} ({exc.verify_message}): "
        "set [wechaty] ca_cert to the CA certificate (PEM) of your provider or gateway"
    )


async def _handshake(link: Link, context: ssl.SSLContext, server_name: str | None) -> dict | None:
    """One TLS handshake and nothing else; returns the peer certificate, or None if it failed."""
    try:
        _, writer = await asyncio.wait_for(
            asyncio.open_connection(link.host, link.port, ssl=context, server_hostname=server_name), timeout=3
        )
    except (OSError, TimeoutError):
        return None
    certificate = writer.get_extra_info("peercert") or {}
    writer.close()
    with contextlib.suppress(OSError):
        await writer.wait_closed()
    return certificate


async def _speaks_tls(link: Link) -> bool:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return await _handshake(link, context, None) is not None


async def _certificate_names(link: Link) -> list[str]:
    """The names in the service's certificate (its chain already verified), for the SNI advice."""
    context = link.ssl_context()
    if context is None:
        return []
    context.check_hostname = False
    certificate = await _handshake(link, context, link.server_name)
    if not certificate:
        return []
    names = [value for kind, value in certificate.get("subjectAltName", ()) if kind == "DNS"]
    names += [value for rdn in certificate.get("subject", ()) for key, value in rdn if key == "commonName"]
    return list(dict.fromkeys(names))


def _redact(text: str, token: str) -> str:
    return text.replace(token, "***") if token else text
