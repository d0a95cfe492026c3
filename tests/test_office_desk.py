"""The desk at work, on the harness bot: a ticket's page, actions that the chat hears and answers, the list
with its filters and pages, the dashboard, the 物业考核 and the downloads, and the API's answers."""

from __future__ import annotations

import io
import re
from datetime import timedelta

from openpyxl import load_workbook
from sqlmodel import Session, select

from bot.transports.webchat import WebChat
from handlers.reports.figures import compute
from handlers.templates import words
from storage import directory, tickets
from storage.models import ChatLine, EventKind, GroupRole, Member, Ticket, TicketEvent
from tests.desk import Desk
from tests.replaying import jpeg

REPORT = "14号楼楼道堆物，请物业明天下班前整改"


def _submitted(desk: Desk) -> None:
    desk.chat.say("倪卫峰", REPORT)
    desk.chat.photo("王经理", jpeg((20, 150, 20)))
    assert desk.chat.ticket(1).status == "submitted"


def _events(desk: Desk, number: int) -> list[TicketEvent]:
    ticket = desk.chat.ticket(number)
    return desk.chat.db.run(lambda s: tickets.history(s, ticket.id))


def _flash(page: str) -> list[str]:
    return re.findall(r"<blockquote>(.*?)</blockquote>", page, re.S)


async def test_reject_then_approve_at_the_desk_is_said_in_the_group(desk: Desk, aiohttp_client) -> None:
    _submitted(desk)
    ni = await desk.client(aiohttp_client, "ni")
    status, page = await ni.get_text("/admin/tickets/1")
    assert status == 200 and "14号楼楼道堆物" in page and "天一创全群" in page
    assert page.count('<img src="/admin/photos/') == 1 and 'id="approve"' in page
    assert [e for e in re.findall(r'<li data-kind="(\w+)"', page)] == ["created", "submit"]

    desk.chat.log.clear()
    _, page = await ni.post("/admin/tickets/1/reject", {"reason": "还有纸箱 #2\n没清"})
    rejected = "#1 复核不合格：还有纸箱 #2 没清。请@王经理 重新整改（返工1次）。"
    assert status == 200 and _flash(page) == [rejected]
    said = desk.chat.wait(timedelta(seconds=1))
    echo = "倪卫峰（后台）：#1 不合格：还有纸箱 #2 没清"
    assert [(m.group, m.text) for m in said] == [("tianyi", echo), ("tianyi", rejected)]
    assert said[1].mentions == ["王经理"]
    ticket = desk.chat.ticket(1)
    assert (ticket.status, ticket.rework_count) == ("open", 1)
    reject = _events(desk, 1)[-1]
    ni_member = desk.chat.db.run(lambda s: directory.member_by_platform_id(s, "harness", "niweifeng"))
    assert (reject.kind, reject.actor_id, reject.note) == (EventKind.REJECT, ni_member.id, "还有纸箱 #2 没清")

    desk.chat.photo("王经理", jpeg((30, 30, 160)))
    _, page = await ni.get_text("/admin/tickets/1")
    assert page.count('<img src="/admin/photos/') == 2, "both photos, side by side"
    _, page = await ni.post("/admin/tickets/1/approve", {})
    assert _flash(page) == ["#1 复核通过，已销号。"]
    assert desk.chat.ticket(1).status == "closed"
    assert 'id="approve"' not in page and "已销号" in page
    by_ni = select(TicketEvent.kind).where(TicketEvent.actor_id == ni_member.id)
    assert {"approve", "reject"} <= set(desk.chat.db.run(lambda s: s.exec(by_ni).all()))


async def test_the_web_chat_shows_who_acted_once_then_the_answer(desk: Desk, aiohttp_client) -> None:
    _submitted(desk)
    chat = desk.chat
    chat.dispatcher.journal = WebChat(chat.config, chat.db, chat.clock).journal
    ni = await desk.client(aiohttp_client, "ni")
    await ni.post("/admin/tickets/1/reject", {"reason": "还有纸箱"})
    chat.wait(timedelta(seconds=1))
    lines = chat.db.run(lambda s: s.exec(select(ChatLine).where(ChatLine.group_key == "tianyi")).all())
    assert [(line.from_bot, line.text) for line in lines] == [
        (True, "倪卫峰（后台）：#1 不合格：还有纸箱"),
        (True, "#1 复核不合格：还有纸箱。请@王经理 重新整改（返工1次）。"),
    ]


BUTTONS = re.compile(r'<button type="submit" id="(approve|reject|reassign|redate|cancel)"')


async def test_the_desk_offers_only_what_the_chat_allows_and_refuses_the_rest_quietly(
    desk: Desk, aiohttp_client
) -> None:
    _submitted(desk)
    wang = await desk.client(aiohttp_client, "wang")
    _, page = await wang.get_text("/admin/tickets/1")
    assert BUTTONS.findall(page) == [], "物业 may not judge its own fix, nor reassign, redate or cancel"
    ni = await desk.client(aiohttp_client, "ni")
    assert BUTTONS.findall((await ni.get_text("/admin/tickets/1"))[1]) == ["approve", "reject"]
    chen = await desk.client(aiohttp_client, "chen")
    assert BUTTONS.findall((await chen.get_text("/admin/tickets/1"))[1]) == [
        "approve",
        "reject",
        "reassign",
        "redate",
        "cancel",
    ]

    desk.chat.log.clear()
    status, page = await wang.post("/admin/tickets/1/approve", {})
    assert status == 403 and "您不能对 #1 执行这项操作" in page and _flash(page) == []
    status, page = await wang.post("/admin/tickets/1/cancel", {"reason": "", "confirm": "on"})
    assert status == 403 and "您不能对 #1 执行这项操作" in page
    assert desk.chat.ticket(1).status == "submitted"
    assert desk.chat.wait(timedelta(seconds=1)) == [], "nothing is said in the group"


async def test_viewing_a_ticket_writes_nothing_and_an_unlinked_coordinator_acts_through_its_desk_member(
    desk: Desk, aiohttp_client
) -> None:
    _submitted(desk)

    def people(session: Session) -> tuple[int, int]:
        return (len(session.exec(select(Member)).all()), len(session.exec(select(GroupRole)).all()))

    before = desk.chat.db.run(people)
    client = await desk.client(aiohttp_client, "desk")
    _, page = await client.get_text("/admin/tickets/1")
    assert BUTTONS.findall(page) == ["approve", "reject", "reassign", "redate", "cancel"]
    assert desk.chat.db.run(people) == before, "a page view creates no member and grants no role"
    await client.post("/admin/tickets/1/approve", {})
    assert desk.chat.ticket(1).status == "closed"
    assert desk.chat.db.run(people) == (before[0] + 1, before[1] + 1)


async def test_a_missing_field_shows_the_ticket_page_with_what_to_fill_in(desk: Desk, aiohttp_client) -> None:
    _submitted(desk)
    chen = await desk.client(aiohttp_client, "chen")
    status, page = await chen.post("/admin/tickets/1/reject", {"reason": "  "})
    assert status == 400 and "请填写不合格的原因" in page and 'id="title"' in page
    status, page = await chen.post("/admin/tickets/1/reassign", {"party": "不存在的部门"})
    assert status == 400 and "请选择转派给哪个责任方" in page
    status, page = await chen.post("/admin/tickets/1/deadline", {"deadline": ""})
    assert status == 400 and "请填写新的期限" in page
    status, page = await chen.post("/admin/tickets/1/cancel", {"reason": ""})
    assert status == 400 and "撤销前请勾选「确认撤销」" in page
    assert '<option value="" selected disabled>请选择</option>' in page and 'name="confirm"' in page
    assert desk.chat.ticket(1).status == "submitted"


async def test_an_account_without_a_member_speaks_through_a_desk_member(desk: Desk, aiohttp_client) -> None:
    desk.chat.say("倪卫峰", REPORT)
    desk.chat.say("倪卫峰", "华美小区3号楼飞线充电，请物业今天整改", group="huamei")
    clerk = await desk.client(aiohttp_client, "desk")
    _, page = await clerk.post("/admin/tickets/1/reassign", {"party": "城管"})
    assert _flash(page) == ["#1 已转派给城管，请@城管队员 处理。"]
    _, page = await clerk.post("/admin/tickets/2/deadline", {"deadline": "2026-11-25T18:00"})
    assert _flash(page) == ["#2 已修改：期限 11月25日 18:00。"]
    _, page = await clerk.post("/admin/tickets/1/cancel", {"reason": "重复登记", "confirm": "on"})
    assert _flash(page) == ["#1 已撤销。"]

    said = [m.text for m in desk.chat.wait(timedelta(seconds=1))]
    assert "desk（后台）：转派 #1 城管" in said and "desk（后台）：撤销 #1 重复登记" in said
    member = desk.chat.db.run(lambda s: directory.member_by_platform_id(s, "harness", "desk:desk"))
    assert member is not None and member.display_name == "desk"
    roles = desk.chat.db.run(lambda s: s.exec(select(GroupRole).where(GroupRole.member_id == member.id)).all())
    assert [(r.group_id, r.role) for r in roles] == [(None, "coordinator")]
    assert desk.chat.ticket(1).responsible == ["城管"] and desk.chat.ticket(1).status == "cancelled"
    assert desk.chat.ticket(2).deadline.astimezone(desk.chat.clock.tz).strftime("%m-%d %H:%M") == "11-25 18:00"
    kinds = [(e.kind, e.actor_id) for e in _events(desk, 1)]
    assert (EventKind.REASSIGNED, member.id) in kinds and (EventKind.CANCEL, member.id) in kinds

    property_clerk = await desk.client(aiohttp_client, "desk-wy")
    status, _ = await property_clerk.post("/admin/tickets/2/cancel", {"reason": "", "confirm": "on"})
    assert status == 404, "华美小区 is not its community"
    desk.chat.say("倪卫峰", "16号楼楼道堆物，请物业明天整改")
    status, _ = await property_clerk.post("/admin/tickets/3/cancel", {"reason": "", "confirm": "on"})
    assert status == 403, "its desk member holds no role"
    clerk_member = desk.chat.db.run(lambda s: directory.member_by_platform_id(s, "harness", "desk:desk-wy"))
    assert clerk_member is None, "a refused action creates no desk member (nor a party it would be @-mentioned for)"


async def test_the_list_filters_sorts_pages_and_counts(desk: Desk, aiohttp_client) -> None:
    for building in range(1, 24):
        desk.chat.say("倪卫峰", f"{building}号楼楼道堆物，请物业明天下班前整改")
    desk.chat.say("倪卫峰", "华美小区3号楼飞线充电，请居委会今天整改", group="huamei")
    chen = await desk.client(aiohttp_client, "chen")
    _, page = await chen.get_text("/admin/")
    numbers = [int(n) for n in re.findall(r'<tr data-number="(\d+)"', page)]
    assert "共 24 件" in page and numbers == list(range(24, 4, -1))
    following = re.search(r'href="([^"]+)" id="next"', page).group(1).replace("&amp;", "&")
    _, page = await chen.get_text(following)
    assert [int(n) for n in re.findall(r'<tr data-number="(\d+)"', page)] == [4, 3, 2, 1]
    assert 'id="next"' not in page and 'id="previous"' in page

    _, page = await chen.get_text("/admin/", party="居委会", status="open")
    assert "共 1 件" in page and re.findall(r'<tr data-number="(\d+)"', page) == ["24"]
    _, page = await chen.get_text("/admin/", community="天一小区", building="7", sort="deadline")
    assert re.findall(r'<tr data-number="(\d+)"', page) == ["7"]
    for written in ("12号楼", "12幢", "12栋", "12号", "十二号楼", "12"):
        _, page = await chen.get_text("/admin/", community="天一小区", building=written)
        assert re.findall(r'<tr data-number="(\d+)"', page) == ["12"], written
    _, page = await chen.get_text("/admin/", q="2号楼", community="天一小区")
    assert re.findall(r'<tr data-number="(\d+)"', page) == ["2"], "a building asked for as text is that building"
    _, page = await chen.get_text("/admin/", q="飞线")
    assert "共 1 件" in page
    desk.chat.clock.set(desk.chat.clock.now() + timedelta(days=3))
    await chen.login("chen")
    _, page = await chen.get_text("/admin/", overdue="1", size="50")
    assert "共 24 件" in page and page.count('class="badge late"') == 24
    assert (await chen.get_text("/admin/", status="lost"))[0] == 400
    assert (await chen.get_text("/admin/", after="x:y"))[0] == 400


async def test_the_dashboard_counts_what_the_chat_counts(desk: Desk, aiohttp_client) -> None:
    _submitted(desk)
    desk.chat.say("倪卫峰", "华美小区3号楼飞线充电，请物业今天整改", group="huamei")
    chen = await desk.client(aiohttp_client, "chen")
    _, page = await chen.get_text("/admin/dashboard")
    assert re.search(r'id="registered">(\d+)', page).group(1) == "2"
    assert re.search(r'id="closed">(\d+)', page).group(1) == "0"
    assert page.count('<rect class="registered"') == 1 and "天一小区" in page and "华美小区" in page
    await chen.post("/admin/tickets/1/approve", {})
    _, page = await chen.get_text("/admin/dashboard", by="category")
    assert re.search(r'id="closed">(\d+)', page).group(1) == "1"
    assert re.search(r'id="on-time">([^<]+)', page).group(1) == "100%", "华美小区's ticket is not due yet"
    assert "飞线充电" in page and '<a href="/admin/dashboard?by=category" data-by="category" class="on">' in page

    token = {"Authorization": f"Bearer {desk.token('script', 'coordinator', [])}"}
    stats = await (await chen.client.get("/api/v1/stats", headers=token)).json()
    everything = desk.chat.db.run(lambda s: list(s.exec(select(Ticket))))
    figures = compute(everything, desk.chat.clock.now())
    assert (stats["registered"], stats["closed"], stats["on_time"]) == (figures.total, figures.closed, figures.on_time)
    assert {row["key"]: row["registered"] for row in stats["by"]["community"]} == {"天一小区": 1, "华美小区": 1}
    assert (stats["on_time_rate"], stats["settled"]) == (1.0, 1) and len(stats["by"]["week"]) == 1
    assert {(m["community"], m["category"], m["count"]) for m in stats["matrix"]} == {
        ("天一小区", "楼道堆物", 1),
        ("华美小区", "飞线充电", 1),
    }
    narrowed = await (await chen.client.get("/api/v1/stats", params={"community": "华美小区"}, headers=token)).json()
    assert (narrowed["registered"], narrowed["on_time_rate"]) == (1, None), "no outcome known yet"
    desk.chat.clock.set(desk.chat.ticket(2).deadline + timedelta(minutes=1))
    _, page = await (await desk.client(aiohttp_client, "chen")).get_text("/admin/dashboard")
    assert re.search(r'id="on-time">([^<]+)', page).group(1) == "50%", "past its deadline, it counts as late"
    assert "按期结案率50%" in desk.chat.say("陈主任", "@绣花 本月统计", group="zizhiban")[0].text, "the chat agrees"
    assert (await chen.client.get("/api/v1/stats", params={"from": "2026-13-01"}, headers=token)).status == 400


def _assessment_tickets(desk: Desk) -> None:
    """天一小区: one fixed in time, one fixed 10 h late after a rework; 华美小区: one 36 h overdue now."""
    chat = desk.chat
    chat.say("倪卫峰", "14号楼楼道堆物，请物业今天18:00前整改")
    chat.say("倪卫峰", "15号楼楼道堆物，请物业今天18:00前整改")
    chat.say("倪卫峰", "华美小区3号楼楼道堆物，请物业今天18:00前整改", group="huamei")
    chat.photo("王经理", jpeg())
    chat.say("王经理", "#1 已整改")
    chat.say("倪卫峰", "#1 合格")
    chat.photo("王经理", jpeg((0, 90, 0)))
    chat.say("王经理", "#2 已整改")
    chat.say("倪卫峰", "#2 不合格 还有")
    chat.wait(timedelta(hours=18))
    chat.photo("王经理", jpeg((0, 0, 90)), after=timedelta(minutes=1))
    chat.say("王经理", "#2 已整改")
    chat.say("倪卫峰", "#2 合格")
    chat.clock.set(chat.ticket(3).deadline + timedelta(hours=36))


async def test_the_property_assessment_scores_by_the_configured_weights(desk: Desk, aiohttp_client) -> None:
    _assessment_tickets(desk)
    chat = desk.chat
    late_hours = (chat.ticket(2).closed_at - chat.ticket(2).deadline).total_seconds() / 3600
    chen = await desk.client(aiohttp_client, "chen")
    token = {"Authorization": f"Bearer {desk.token('script', 'coordinator', [])}"}
    answer = await (await chen.client.get("/api/v1/assessment", params={"month": "2026-11"}, headers=token)).json()
    tianyi, huamei = answer["rows"]
    assert [tianyi[k] for k in ("community", "people", "tickets", "closed")] == ["天一小区", ["王经理"], 2, 2]
    assert (tianyi["on_time_rate"], tianyi["rework_rate"]) == (0.5, 0.5)
    assert tianyi["overdue_hours"] == round(late_hours / 2, 1)
    assert tianyi["score"] == round(100 * (60 * 0.5 + 20 * 0.5 + 20 * (1 - late_hours / 2 / 72)) / 100, 1)
    assert (huamei["community"], huamei["people"], huamei["overdue_hours"]) == ("华美小区", ["赵经理"], 36.0)
    assert huamei["score"] == round(100 * (0 + 20 * 1 + 20 * (1 - 36 / 72)) / 100, 1) == 30.0
    assert (tianyi["rank"], huamei["rank"]) == (1, 2)
    _, page = await chen.get_text("/admin/assessment", month="2026-11")
    assert page.index("天一小区") < page.index("华美小区") and f"<b>{tianyi['score']}</b>" in page
    assert (await chen.get_text("/admin/assessment", month="2026-1x"))[0] == 400
    chat.say("倪卫峰", "16号楼楼道堆物，请物业明天下班前整改")
    again = await (await chen.client.get("/api/v1/assessment", params={"month": "2026-11"}, headers=token)).json()
    assert again["rows"][0]["on_time_rate"] == 0.5, "a ticket not due yet changes no rate"


async def test_downloads_are_workbooks_of_what_was_picked(desk: Desk, aiohttp_client) -> None:
    _assessment_tickets(desk)
    chen = await desk.client(aiohttp_client, "chen")
    response = await chen.client.get("/admin/export/tickets.xlsx", params={"community": "天一小区", "sort": "number"})
    assert response.headers["Content-Type"].startswith("application/vnd.openxmlformats")
    sheet = load_workbook(io.BytesIO(await response.read())).active
    assert [c.value for c in sheet[2]] == [*words("ledger.columns"), "照片链接"]
    rows = list(sheet.iter_rows(min_row=3, values_only=True))
    assert [r[0] for r in rows] == ["#1", "#2"] and [r[13] for r in rows] == [1, 2]
    links = rows[1][[c.value for c in sheet[2]].index("照片链接")].split("\n")
    assert len(links) == 2 and all(re.fullmatch(r"http://127\.0\.0\.1:\d+/admin/photos/\d+", link) for link in links)
    photo = await chen.client.get(links[0][links[0].index("/admin/") :])
    assert photo.status == 200 and photo.headers["Content-Type"] == "image/jpeg"

    response = await chen.client.get("/admin/export/dashboard.xlsx", params={"from": "2026-11-01", "to": "2026-11-30"})
    book = load_workbook(io.BytesIO(await response.read()))
    assert book.sheetnames == ["按小区", "按责任方", "按类别", "按周", "小区×类别"]
    by_community = list(book["按小区"].iter_rows(min_row=3, values_only=True))
    assert [(r[0], r[1], r[2]) for r in by_community] == [("天一小区", 2, 2), ("华美小区", 1, 0)]
    assert list(book["小区×类别"].iter_rows(min_row=3, values_only=True))[-1] == ("合计", 3, 3)

    response = await chen.client.get("/admin/export/assessment.xlsx", params={"month": "2026-11"})
    sheet = load_workbook(io.BytesIO(await response.read())).active
    assert "得分 = 100" in sheet["A1"].value
    ranked = [r[:4] for r in sheet.iter_rows(min_row=3, values_only=True)]
    assert ranked == [(1, "天一小区", "王经理", 2), (2, "华美小区", "赵经理", 1)]


async def test_the_api_gives_tickets_with_history_and_photo_links(desk: Desk, aiohttp_client) -> None:
    _submitted(desk)
    desk.chat.say("倪卫峰", "华美小区3号楼飞线充电，请物业今天整改", group="huamei")
    api = (await desk.client(aiohttp_client)).client
    token = {"Authorization": f"Bearer {desk.token('script', 'coordinator', [])}"}
    listed = await (await api.get("/api/v1/tickets", params={"status": "submitted"}, headers=token)).json()
    assert listed["total"] == 1 and listed["next"] is None
    [row] = listed["tickets"]
    assert {k: row[k] for k in ("number", "status", "category", "community", "building", "responsible")} == {
        "number": 1,
        "status": "submitted",
        "category": "楼道堆物",
        "community": "天一小区",
        "building": "14",
        "responsible": ["物业"],
    }
    assert row["deadline"].startswith("2026-11-19T") and row["reporter"] == "倪卫峰" and row["group"] == "天一创全群"
    first = await (await api.get("/api/v1/tickets", params={"limit": "1"}, headers=token)).json()
    following = {"limit": "1", "after": first["next"]}
    second = await (await api.get("/api/v1/tickets", params=following, headers=token)).json()
    assert [t["number"] for t in first["tickets"] + second["tickets"]] == [2, 1] and second["next"] is None

    detail = await (await api.get("/api/v1/tickets/1", headers=token)).json()
    assert [(h["kind"], h["actor"]) for h in detail["history"]] == [("created", "倪卫峰"), ("submit", "王经理")]
    [shot] = detail["photos"]
    assert shot["url"].startswith("/api/v1/photos/") and shot["from"] == "王经理"
    image = await api.get(shot["url"], headers=token)
    assert image.status == 200 and (await image.read())[:2] == b"\xff\xd8"
    assert (await api.get(shot["url"])).status == 401
    assert (await api.get("/api/v1/tickets/99", headers=token)).status == 404
    assert (await api.get("/api/v1/tickets", params={"limit": "0"}, headers=token)).status == 400
    people = desk.chat.db.run(lambda s: s.exec(select(Member.display_name)).all())
    assert "script" not in people, "a token speaks for no one"
