"""Who sees what on the desk and through the API: scope by URL and by token, logins, sessions, CSRF,
escaping and paths. Every refusal is checked against something that would have been shown."""

from __future__ import annotations

from datetime import timedelta

from markupsafe import escape
from sqlalchemy import text
from sqlmodel import select

from storage import accounts, photos
from storage.models import AccountKind, AuditEntry, Photo, TicketEvent
from tests.desk import PASSWORD, Desk
from tests.replaying import jpeg

TIANYI = "14号楼楼道堆物，请物业明天下班前整改"
HUAMEI = "3号楼飞线充电，请物业今天整改"


def _two_communities(desk: Desk) -> None:
    """#1 in 天一小区 (with a photo), #2 in 华美小区 (with a photo)."""
    desk.chat.say("倪卫峰", TIANYI)
    desk.chat.photo("王经理", jpeg((20, 150, 20)))
    desk.chat.say("倪卫峰", HUAMEI, group="huamei")
    desk.chat.photo("赵经理", jpeg((150, 20, 20)), group="huamei")


def _photo_of(desk: Desk, number: int) -> int:
    ticket = desk.chat.ticket(number)
    return desk.chat.db.run(lambda s: photos.of_ticket(s, ticket.id)[0].id)


async def test_a_property_account_sees_its_community_only(desk: Desk, aiohttp_client) -> None:
    _two_communities(desk)
    wang = await desk.client(aiohttp_client, "wang")
    status, page = await wang.get_text("/admin/")
    assert status == 200 and "共 1 件" in page
    assert 'data-number="1"' in page and 'data-number="2"' not in page
    assert (await wang.get_text("/admin/tickets/1"))[0] == 200
    assert (await wang.get_text("/admin/tickets/2"))[0] == 404
    assert (await wang.client.get(f"/admin/photos/{_photo_of(desk, 1)}")).status == 200
    assert (await wang.client.get(f"/admin/photos/{_photo_of(desk, 2)}")).status == 404
    status, page = await wang.post("/admin/tickets/2/cancel", {"reason": "", "confirm": "on"})
    assert status == 404 and desk.chat.ticket(2).status == "submitted"

    chen = await desk.client(aiohttp_client, "chen")
    status, page = await chen.get_text("/admin/")
    assert "共 2 件" in page and (await chen.get_text("/admin/tickets/2"))[0] == 200


async def test_a_token_sees_what_its_scope_covers(desk: Desk, aiohttp_client) -> None:
    _two_communities(desk)
    api = (await desk.client(aiohttp_client)).client
    tianyi = {"Authorization": f"Bearer {desk.token('tianyi-token', '物业', ['天一小区'])}"}
    everything = {"Authorization": f"Bearer {desk.token('street-token', 'coordinator', [])}"}

    assert (await api.get("/api/v1/tickets")).status == 401
    assert (await api.get("/api/v1/tickets", headers={"Authorization": "Bearer nope"})).status == 401
    assert (await api.get("/api/v1/tickets", headers={"Authorization": "Basic x"})).status == 401
    listed = await (await api.get("/api/v1/tickets", headers=tianyi)).json()
    assert [t["number"] for t in listed["tickets"]] == [1] and listed["total"] == 1
    assert (await api.get("/api/v1/tickets/2", headers=tianyi)).status == 404
    assert (await api.get(f"/api/v1/photos/{_photo_of(desk, 2)}", headers=tianyi)).status == 404
    assert (await api.get("/api/v1/tickets/2", headers=everything)).status == 200
    assert (await (await api.get("/api/v1/tickets", headers=everything)).json())["total"] == 2

    desk.chat.db.run(lambda s: accounts.disable(s, accounts.find(s, AccountKind.TOKEN, "tianyi-token")))
    assert (await api.get("/api/v1/tickets", headers=tianyi)).status == 401


async def test_wrong_passwords_are_refused_then_locked_out_and_audited(desk: Desk, aiohttp_client) -> None:
    browser = await desk.client(aiohttp_client)
    status, page = await browser.login("ni", "not-the-password")
    assert status == 401 and "用户名或密码错误" in page
    status, page = await browser.login("nobody", "not-the-password")
    assert status == 401 and "用户名或密码错误" in page
    for _ in range(4):
        await browser.login("ni", "still-wrong")
    status, page = await browser.login("ni")
    assert status == 429 and "登录失败次数过多，请15分钟后再试。" in page, "the right password must wait"
    assert (await browser.get_text("/admin/"))[1].count('id="login"') == 1, "not logged in"
    desk.chat.clock.set(desk.chat.clock.now() + timedelta(minutes=9, seconds=30))
    status, page = await browser.login("ni")
    assert status == 429 and "请6分钟后再试" in page, "the wait counts down, rounded up to a minute"

    desk.chat.clock.set(desk.chat.clock.now() + timedelta(minutes=6))
    await browser.get_text("/admin/login")
    response = await browser.client.post(
        "/admin/login",
        data={"name": "ni", "password": PASSWORD, "next": "//evil.example/", "csrf": browser.csrf},
        allow_redirects=False,
    )
    assert (response.status, response.headers["Location"]) == (302, "/admin/"), "only the desk's own pages next"
    rows = desk.chat.db.run(lambda s: [(e.action, e.name) for e in s.exec(select(AuditEntry).order_by(AuditEntry.id))])
    assert rows.count(("login_failed", "ni")) == 5 and ("login_failed", "nobody") in rows
    assert rows[-2:] == [("login_blocked", "ni"), ("login", "ni")]


async def test_a_disabled_user_or_a_changed_password_ends_the_session(desk: Desk, aiohttp_client) -> None:
    ni = await desk.client(aiohttp_client, "ni")
    assert "问题台账" in (await ni.get_text("/admin/"))[1]
    desk.chat.db.run(lambda s: accounts.disable(s, accounts.find(s, AccountKind.USER, "ni")))
    status, page = await ni.get_text("/admin/")
    assert 'id="login"' in page and 'id="who"' not in page
    status, page = await ni.login("ni")
    assert status == 401 and "已停用" in page

    wang = await desk.client(aiohttp_client, "wang")
    desk.chat.db.run(lambda s: accounts.new_password(s, accounts.find(s, AccountKind.USER, "wang"), "x"))
    assert 'id="login"' in (await wang.get_text("/admin/"))[1]


async def test_a_session_ends_when_idle_or_too_old(desk: Desk, aiohttp_client) -> None:
    clock = desk.chat.clock
    ni = await desk.client(aiohttp_client, "ni")
    clock.set(clock.now() + timedelta(minutes=119))
    assert 'id="who"' in (await ni.get_text("/admin/"))[1]
    clock.set(clock.now() + timedelta(minutes=121))
    response = await ni.client.get("/admin/", allow_redirects=False)
    assert response.status == 302 and "expired=1" in response.headers["Location"]
    assert "登录已过期" in (await ni.get_text(response.headers["Location"]))[1]

    await ni.login("ni")
    for _ in range(11):
        clock.set(clock.now() + timedelta(minutes=61))
        assert 'id="who"' in (await ni.get_text("/admin/dashboard"))[1]
    clock.set(clock.now() + timedelta(minutes=50))
    assert "登录已过期" in (await ni.get_text("/admin/"))[1], "12 hours at most, however busy"


async def test_a_post_without_the_session_s_token_changes_nothing(desk: Desk, aiohttp_client) -> None:
    _two_communities(desk)
    chen = await desk.client(aiohttp_client, "chen")
    await chen.get_text("/admin/tickets/1")
    sent_before = desk.chat.db.run(lambda s: s.exec(text("SELECT count(*) FROM outbound")).one()[0])
    status, page = await chen.post("/admin/tickets/1/cancel", {}, csrf=False)
    assert status == 403 and "表单已过期" in page
    status, _ = await chen.post("/admin/tickets/1/cancel", {"csrf": "forged-elsewhere"}, csrf=False)
    assert status == 403
    other = await desk.client(aiohttp_client, "ni")
    status, _ = await chen.post("/admin/tickets/1/cancel", {"csrf": other.csrf}, csrf=False)
    assert status == 403, "another session's token is no token"
    assert desk.chat.ticket(1).status == "submitted"
    assert desk.chat.db.run(lambda s: s.exec(text("SELECT count(*) FROM outbound")).one()[0]) == sent_before
    stranger = await desk.client(aiohttp_client)
    status, _ = await stranger.post("/admin/login", {"name": "chen", "password": "desk-pass-123"}, csrf=False)
    assert status == 403


async def test_sql_and_html_in_filters_are_only_text(desk: Desk, aiohttp_client) -> None:
    desk.chat.say("倪卫峰", TIANYI)
    desk.chat.say("倪卫峰", "<b>5号楼</b>楼道堆物，请物业明天整改")
    chen = await desk.client(aiohttp_client, "chen")
    token = {"Authorization": f"Bearer {desk.token('t', 'coordinator', [])}"}
    for probe in ("' OR '1'='1", "1; DROP TABLE tickets; --", "%", "_", '"><script>alert(1)</script>'):
        status, page = await chen.get_text("/admin/", q=probe, building=probe, reporter=probe)
        assert status == 200 and "共 0 件" in page, probe
        assert f'value="{escape(probe)}"' in page, "shown back in the form, escaped"
        if set(probe) & set("<>'\""):
            assert probe not in page
        answer = await chen.client.get("/api/v1/tickets", params={"q": probe, "community": probe}, headers=token)
        assert (await answer.json())["total"] == 0
    status, page = await chen.get_text("/admin/", q="<b>")
    assert "共 1 件" in page
    status, page = await chen.get_text("/admin/tickets/2")
    assert "&lt;b&gt;5号楼&lt;/b&gt;" in page and "<b>5号楼" not in page
    assert desk.chat.db.run(lambda s: s.exec(text("SELECT count(*) FROM tickets")).one()[0]) == 2
    response = await chen.client.get("/admin/")
    assert "script-src" not in response.headers["Content-Security-Policy"], "no script may run at all"
    assert response.headers["X-Frame-Options"] == "DENY"


async def test_photo_and_static_paths_reach_nothing_else(desk: Desk, aiohttp_client) -> None:
    _two_communities(desk)
    chen = await desk.client(aiohttp_client, "chen")
    photo_id = _photo_of(desk, 1)
    assert (await chen.client.get(f"/admin/photos/{photo_id}?thumb=1")).status == 200
    for path in (
        "/admin/photos/../../xiuhua.db",
        "/admin/photos/%2e%2e%2f%2e%2e%2fxiuhua.db",
        f"/admin/photos/{photo_id}%2F..%2F..",
        "/admin/photos/abc",
        "/admin/photos/-1",
        "/admin/photos/99999999999999999999",
        "/admin/static/..%2Fsignin.py",
        "/admin/static/%2e%2e/credentials.py",
        "/admin/static/.hidden.css",
    ):
        response = await chen.client.get(path)
        assert response.status == 404, path
    assert (await chen.client.get("/admin/static/office.css")).status == 200

    def tamper(session) -> None:
        row = session.get(Photo, photo_id)
        row.path = str(desk.chat.config.bot.data_dir.parent / "xiuhua.db")
        session.add(row)

    desk.chat.db.run(tamper)
    assert (await chen.client.get(f"/admin/photos/{photo_id}")).status == 404, "a file outside the photo folder"
    events = desk.chat.db.run(lambda s: len(s.exec(select(TicketEvent)).all()))
    assert events > 0


async def test_the_web_chat_password_leaves_the_desk_to_its_own_login(desk: Desk, aiohttp_client) -> None:
    """Beyond loopback the web chat asks for `http.password`; the desk and the API check callers themselves."""
    from aiohttp import web

    from bot.backoffice import add_routes
    from bot.config import build
    from bot.transports.webchat import WebChat

    config = build({"http": {"password": "chat-secret"}, "bot": {"data_dir": str(desk.chat.config.bot.data_dir)}})
    app = web.Application()
    WebChat(config, desk.chat.db, desk.chat.clock).add_routes(app)
    add_routes(app, desk.office)
    client = await aiohttp_client(app)
    assert (await client.get("/")).status == 401, "the chat page keeps its password"
    assert (await client.get("/admin/login")).status == 200
    answer = await client.get("/api/v1/tickets", headers={"Authorization": "Bearer nope"})
    assert answer.status == 401 and (await answer.json()) == {"error": "unauthorized"}
    assert answer.headers["WWW-Authenticate"].startswith("Bearer")
