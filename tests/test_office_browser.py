"""The back office in a real browser (Debian's Chromium through Playwright) against `xiuhua run` on its
defaults: the demo's inspector logs in, filters, opens a ticket with two photos, rejects it with a
reason (the group hears the bot), approves the next fix, sees the dashboard move, downloads the list
and logs out; a 物业 account made with `xiuhua user add` while the bot runs sees only its community."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.procs import clean_env, free_port, get_json, start_bot, wait_for
from tests.replaying import jpeg
from tests.test_webchat_browser import ARTIFACTS, browser  # noqa: F401  (the Chromium fixture)

REPORT = "14号楼楼道堆物，请物业明天下班前整改"
OTHER = "华美小区3号楼飞线充电，请居委会今天整改"
REASON = "楼道还有纸箱"


@pytest.fixture
def bot(tmp_path: Path) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    port = free_port()
    process = start_bot(tmp_path, env=clean_env(XIUHUA_HTTP_PORT=str(port)))
    url = f"http://127.0.0.1:{port}"
    try:
        assert wait_for(lambda: get_json(f"{url}/healthz")[0] == 200, timeout=30)
        yield url, process
    finally:
        process.terminate()
        process.wait(timeout=10)


def _say(url: str, who: str, text: str) -> None:
    body = json.dumps({"group": "tianyi", "from": who, "text": text}).encode()
    request = urllib.request.Request(f"{url}/api/messages", body, {"Content-Type": "application/json"})
    urllib.request.urlopen(request, timeout=10).close()


def _photo(url: str, who: str, color: tuple[int, int, int]) -> None:
    boundary = "xiuhua-test-boundary"
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="group"\r\n\r\ntianyi\r\n'.encode(),
        f'--{boundary}\r\nContent-Disposition: form-data; name="from"\r\n\r\n{who}\r\n'.encode(),
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="fix.jpg"\r\n'
        "Content-Type: image/jpeg\r\n\r\n".encode(),
        jpeg(color, (320, 240)),
        f"\r\n--{boundary}--\r\n".encode(),
    ]
    headers = {"Content-Type": f"multipart/form-data; boundary={boundary}"}
    request = urllib.request.Request(f"{url}/api/photos", b"".join(parts), headers)
    urllib.request.urlopen(request, timeout=10).close()


def _group_heard(url: str, text: str) -> bool:
    lines = get_json(f"{url}/api/messages?group=tianyi")[1]
    return any(line["bot"] and line["text"] == text for line in lines)


def _login(page, url: str, name: str, password: str) -> None:
    page.goto(f"{url}/admin/")
    page.fill("#name", name)
    page.fill("#password", password)
    page.click("#login")


def test_the_desk_in_a_browser(bot, browser, tmp_path: Path) -> None:  # noqa: F811
    url, process = bot
    _say(url, "niweifeng", REPORT)
    _say(url, "niweifeng", OTHER)
    _photo(url, "wangjingli", (30, 160, 30))
    assert wait_for(lambda: _group_heard(url, "#1 已收到整改照片1张，待@倪卫峰 复核。"), timeout=10)
    _photo(url, "wangjingli", (30, 30, 160))
    assert wait_for(lambda: _group_heard(url, "#1 补充照片1张已收到。"), timeout=10)

    laptop = browser.new_context(viewport={"width": 1200, "height": 900}, accept_downloads=True)
    page = laptop.new_page()
    _login(page, url, "niweifeng", "xiuhua-demo")
    page.wait_for_selector("#who >> text=niweifeng（巡查员）")
    assert page.inner_text("#total") == "共 2 件"
    page.goto(f"{url}/admin/dashboard")
    assert page.inner_text("#closed") == "0" and page.inner_text("#registered") == "2"

    page.goto(f"{url}/admin/")
    page.select_option("#community", "天一小区")
    page.click("#apply")
    page.wait_for_selector("#total >> text=共 1 件")
    assert page.locator("#tickets tbody tr").count() == 1
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "office-list.png"), full_page=True)

    page.click("#tickets a >> text=#1")
    page.wait_for_selector("#title >> text=#1 楼道堆物")
    photos = page.locator("#photos img")
    assert photos.count() == 2
    for index in range(2):
        photos.nth(index).evaluate("img => img.decode()")
        assert photos.nth(index).evaluate("img => img.naturalWidth") > 0
    assert REPORT in page.inner_text("#original")

    page.fill("#reject-reason", REASON)
    page.click("#reject")
    rejected = f"#1 复核不合格：{REASON}。请@王经理 重新整改（返工1次）。"
    page.wait_for_selector(f"#flash >> text={rejected}")
    assert page.inner_text("#status") == "待整改"
    assert wait_for(lambda: _group_heard(url, rejected), timeout=10), "the group hears the bot's answer"
    lines = get_json(f"{url}/api/messages?group=tianyi")[1]
    about = [(line["bot"], line["text"]) for line in lines if REASON in line["text"]]
    assert about == [(True, f"倪卫峰（后台）：#1 不合格：{REASON}"), (True, rejected)], "once, then the answer"

    _photo(url, "wangjingli", (160, 30, 30))
    assert wait_for(lambda: _group_heard(url, "#1 已收到整改照片3张，待@倪卫峰 复核。"), timeout=10)
    page.reload()
    assert page.locator("#photos img").count() == 3
    page.click("#approve")
    page.wait_for_selector("#flash >> text=#1 复核通过，已销号。")
    assert page.inner_text("#status") == "已销号"
    page.screenshot(path=str(ARTIFACTS / "office-ticket.png"), full_page=True)

    page.goto(f"{url}/admin/dashboard")
    assert page.inner_text("#closed") == "1" and page.inner_text("#on-time") == "100%", "#2 is not due yet"
    assert page.locator("#trend rect.closed").count() == 1
    page.screenshot(path=str(ARTIFACTS / "office-dashboard.png"), full_page=True)

    page.goto(f"{url}/admin/?community=天一小区")
    with page.expect_download() as download:
        page.click("#export")
    saved = tmp_path / "list.xlsx"
    download.value.save_as(saved)
    header, *rows = list(load_workbook(saved).active.iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[9], r[13]) for r in rows] == [("#1", "已销号", 3)]
    assert rows[0][header.index("照片链接")].count("/admin/photos/") == 3

    page.click("#logout")
    page.wait_for_selector("#login")
    page.goto(f"{url}/admin/tickets/1")
    assert page.locator("#login").count() == 1, "logged out: the ticket asks for a login"

    user_add = ["user", "add", "zhao", "--role", "物业", "--community", "华美小区", "--password-stdin"]
    added = subprocess.run(
        [sys.executable, "-m", "bot", *user_add],
        cwd=tmp_path,
        env=clean_env(),
        input="zhao-pass-123\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert added.returncode == 0, added.stderr
    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    mobile = phone.new_page()
    _login(mobile, url, "zhao", "zhao-pass-123")
    mobile.wait_for_selector("#total >> text=共 1 件")
    assert mobile.locator("#tickets tbody tr").get_attribute("data-number") == "2"
    mobile.screenshot(path=str(ARTIFACTS / "office-phone.png"), full_page=True)
    mobile.goto(f"{url}/admin/tickets/1")
    assert mobile.inner_text("h1") == "没有找到"
    mobile.goto(f"{url}/admin/tickets/2")
    assert "飞线充电" in mobile.inner_text("#title")
    laptop.close()
    phone.close()

    process.terminate()
    process.wait(timeout=30)
    output = process.output()
    assert "demo logins chenzhuren (coordinator)" in output and "password 'xiuhua-demo'" in output
    assert "Traceback" not in output
    assert (ARTIFACTS / "office-ticket.png").stat().st_size > 10_000
