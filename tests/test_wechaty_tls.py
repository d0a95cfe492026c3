"""WeChat over TLS with token authorization, as wechaty-puppet-service >= 0.27 serves it: the settings
(config keys and the wechaty environment variables), the shipped community CA, and what the
transport tells the deployer for each way it can go wrong. The real python-wechaty client runs in
this process against tests/fake_puppet.py serving on 127.0.0.1 with a CA made here."""

from __future__ import annotations

import asyncio
import hashlib
import logging
import ssl
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from bot import config as cfg
from bot.clock import SystemClock
from bot.health import Health
from bot.transports import wechaty_link
from bot.transports.wechaty_transport import WechatyTransport
from tests.fake_puppet import FakePuppet, make_pki, serve
from tests.procs import free_port

NAME = "puppet_xiuhua"  # the server name in the test certificate, with "_" as providers' names have
TOKEN = f"{NAME}_{uuid.uuid4()}"
WECHATY_ENV = (wechaty_link.ENV_CA, wechaty_link.ENV_SERVER_NAME, wechaty_link.ENV_NO_TLS)


@pytest.fixture(autouse=True)
def _no_wechaty_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in WECHATY_ENV:
        monkeypatch.delenv(variable, raising=False)


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("pki")
    ca, cert, key = make_pki(root / "service", NAME, subject_alt_name=False)
    other_ca, _, _ = make_pki(root / "other", NAME)
    return {"ca": ca, "cert": cert, "key": key, "other_ca": other_ca}


class Service:
    def __init__(self, fake: FakePuppet, port: int) -> None:
        self.fake, self.port = fake, port


@pytest.fixture
async def service(pki: dict[str, Path]) -> AsyncIterator[Callable[..., Awaitable[Service]]]:
    servers = []

    async def start(tls: bool = True, token: str | None = TOKEN) -> Service:
        fake, port = FakePuppet(heartbeat=0.5, token=token), free_port()
        servers.append(await serve(fake, port, fake.tls_context(pki["cert"], pki["key"]) if tls else None))
        return Service(fake, port)

    yield start
    for server in servers:
        server.close()
        await server.wait_closed()


def _config(tmp_path: Path, port: int, **wechaty: Any) -> cfg.Config:
    section = {"endpoint": f"127.0.0.1:{port}", "token": TOKEN, "min_interval_seconds": 0} | wechaty
    return cfg.build(
        {"bot": {"data_dir": str(tmp_path / "data")}, "chat": {"transport": "wechaty"}, "wechaty": section}
    )


async def _until(predicate: Callable[[], Any], timeout: float = 30) -> Any:
    """Polls the transport's state; generous timeout, no timing asserted."""
    async with asyncio.timeout(timeout):
        while not (value := predicate()):
            await asyncio.sleep(0.05)
        return value


async def _received(message: Any) -> None:
    pass


async def _run(config: cfg.Config, until: Callable[[WechatyTransport, Health], Any]) -> tuple[WechatyTransport, str]:
    health = Health()
    transport = WechatyTransport(config, health, SystemClock(config.tz))
    await transport.start(_received)
    try:
        await _until(lambda: until(transport, health))
        state = health.get("wechat")
    finally:
        await transport.stop()
    assert state is not None
    return transport, state.detail


async def _diagnosis(config: cfg.Config, caplog: pytest.LogCaptureFixture) -> str:
    """Waits for the transport to fail and try again; returns the reason, checked to be logged once."""
    caplog.set_level(logging.INFO, logger="xiuhua.wechat")

    def retried(transport: WechatyTransport, health: Health) -> bool:
        state = health.get("wechat")
        return transport.sessions >= 2 and state is not None and state.detail != "starting"

    transport, detail = await _run(config, retried)
    assert transport.sessions >= 2, "the supervisor did not try again"
    logged = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR and r.name == "xiuhua.wechat"]
    assert logged == [f"wechat: {detail}"], "one log line per reason, not one per retry"
    assert TOKEN not in detail
    return detail


# -- connecting -------------------------------------------------------------------------------------


async def test_tls_with_the_server_name_from_the_token_and_the_token_on_every_call(tmp_path, pki, service) -> None:
    puppet = await service()
    config = _config(tmp_path, puppet.port, ca_cert=str(pki["ca"]))
    _, detail = await _run(config, lambda transport, health: transport.connected)
    assert detail == "logged in as bot-self"
    assert set(puppet.fake.server_names) == {NAME}, "SNI is the token's prefix"
    assert puppet.fake.refused == 0
    assert puppet.fake.calls[:3] == ["Stop", "Event", "Start"], "the event stream opens before Start"


async def test_server_name_key_overrides_the_token_prefix(tmp_path, pki, service) -> None:
    puppet = await service(token="insecure_abc")
    config = _config(tmp_path, puppet.port, token="insecure_abc", ca_cert=str(pki["ca"]), server_name=NAME)
    await _run(config, lambda transport, health: transport.connected)
    assert set(puppet.fake.server_names) == {NAME}


async def test_plaintext_when_tls_is_off(tmp_path, service) -> None:
    puppet = await service(tls=False, token="test-token")
    config = _config(tmp_path, puppet.port, token="test-token", tls=False)
    await _run(config, lambda transport, health: transport.connected)
    assert puppet.fake.server_names == [] and puppet.fake.refused == 0


# -- diagnostics --------------------------------------------------------------------------------------


async def test_wrong_ca(tmp_path, pki, service, caplog) -> None:
    puppet = await service()
    detail = await _diagnosis(_config(tmp_path, puppet.port, ca_cert=str(pki["other_ca"])), caplog)
    assert f"not signed by the CA in {pki['other_ca']}" in detail and "set [wechaty] ca_cert" in detail


async def test_community_ca_by_default(tmp_path, service, caplog) -> None:
    puppet = await service()
    detail = await _diagnosis(_config(tmp_path, puppet.port), caplog)
    assert "not signed by the wechaty community CA" in detail


async def test_wrong_server_name(tmp_path, pki, service, caplog) -> None:
    puppet = await service(token="insecure_abc")
    config = _config(tmp_path, puppet.port, token="insecure_abc", ca_cert=str(pki["ca"]))
    detail = await _diagnosis(config, caplog)
    assert f"certificate is for '{NAME}', not 'insecure' (taken from the token's prefix)" in detail
    assert f"server_name = '{NAME}'" in detail


async def test_wrong_token(tmp_path, pki, service, caplog) -> None:
    puppet = await service(token=f"{NAME}_the-right-one")
    detail = await _diagnosis(_config(tmp_path, puppet.port, ca_cert=str(pki["ca"])), caplog)
    assert "refused the token (UNAUTHENTICATED)" in detail and "[wechaty] token" in detail
    assert puppet.fake.refused >= 2


async def test_plaintext_client_against_a_tls_service(tmp_path, service, caplog) -> None:
    puppet = await service()
    detail = await _diagnosis(_config(tmp_path, puppet.port, tls=False), caplog)
    assert "speaks TLS and dropped the plain connection" in detail and "tls = false" in detail


async def test_tls_client_against_a_plaintext_service(tmp_path, pki, service, caplog) -> None:
    puppet = await service(tls=False)
    detail = await _diagnosis(_config(tmp_path, puppet.port, ca_cert=str(pki["ca"])), caplog)
    assert "does not speak TLS: set [wechaty] tls = false" in detail


async def test_token_without_a_prefix_is_refused_before_connecting(tmp_path, service, caplog) -> None:
    puppet = await service(token="0123-uuid")
    detail = await _diagnosis(_config(tmp_path, puppet.port, token="0123-uuid"), caplog)
    assert "the token has no prefix" in detail and "server_name" in detail and "tls = false" in detail
    assert puppet.fake.calls == []


# -- settings -------------------------------------------------------------------------------------------


def _section(**keys: Any) -> cfg.WechatySection:
    return cfg.WechatySection(**({"endpoint": "svc.example:8788", "token": TOKEN} | keys))


def test_defaults_are_tls_with_the_community_ca_and_the_token_prefix() -> None:
    link = wechaty_link.resolve(_section(), environ={})
    assert (link.tls, link.server_name, link.ca_from) == (True, NAME, "the wechaty community CA")
    assert (link.host, link.port) == ("svc.example", 8788)
    assert wechaty_link.resolve(_section(token="insecure_1fab726b"), environ={}).server_name == "insecure"


def test_environment_variables_as_the_other_wechaty_clients_read_them(pki) -> None:
    pem = pki["ca"].read_text().replace("\n", "\\n")  # a one-line env value, as the TypeScript client accepts
    environ = {wechaty_link.ENV_CA: pem, wechaty_link.ENV_SERVER_NAME: "from-env"}
    link = wechaty_link.resolve(_section(), environ)
    assert (link.server_name, link.ca_pem) == ("from-env", pki["ca"].read_text())
    assert not wechaty_link.resolve(_section(), {wechaty_link.ENV_NO_TLS: "true"}).tls
    assert wechaty_link.resolve(_section(), {wechaty_link.ENV_NO_TLS: "1"}).tls, "only the exact 'true' counts"


def test_config_keys_win_over_the_environment(pki) -> None:
    environ = {wechaty_link.ENV_NO_TLS: "true", wechaty_link.ENV_SERVER_NAME: "from-env"}
    link = wechaty_link.resolve(_section(tls=True, server_name="from-key", ca_cert=pki["ca"]), environ)
    assert (link.tls, link.server_name, link.ca_from) == (True, "from-key", f"the CA in {pki['ca']}")
    assert not wechaty_link.resolve(_section(tls=False), {}).tls


def test_a_ca_environment_variable_without_a_certificate_is_explained() -> None:
    with pytest.raises(wechaty_link.SetupError, match="takes the PEM text"):
        wechaty_link.resolve(_section(), {wechaty_link.ENV_CA: "/etc/ca.pem"})


def test_ca_cert_key_errors_name_the_key(tmp_path: Path) -> None:
    with pytest.raises(cfg.ConfigError, match=r"wechaty\.ca_cert: Path does not point to a file"):
        cfg.build({"wechaty": {"ca_cert": str(tmp_path / "missing.pem")}})
    (tmp_path / "not.pem").write_text("hello")
    with pytest.raises(cfg.ConfigError, match=r"wechaty\.ca_cert: .*PEM"):
        cfg.build({"wechaty": {"ca_cert": str(tmp_path / "not.pem")}})
    with pytest.raises(cfg.ConfigError, match=r"wechaty\.tls: "):
        cfg.build({"wechaty": {"tls": "yes please"}})


def test_the_shipped_ca_is_the_one_of_the_wechaty_clients() -> None:
    """The TypeScript client logs sha256 of its CA's PEM text ("tlsRootCert(hash)", wechaty/puppet-service#190)."""
    text = wechaty_link.COMMUNITY_CA.read_text(encoding="ascii")
    pem = text[text.index("-----BEGIN CERTIFICATE-----") :].rstrip("\n")
    assert (
        hashlib.sha256(pem.encode()).hexdigest() == "88ab8b62777f0fb1179ec567c5019c31d646428cc0a3fdb007fcffa1e9fac5a8"
    )
    (certificate,) = ssl.create_default_context(cadata=text).get_ca_certs()
    assert ((("commonName", "wechaty-root-ca"),) in certificate["subject"]) and "2031" in certificate["notAfter"]
