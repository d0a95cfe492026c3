"""The web chat in a real browser: headless Chromium (Debian's package) driven by Playwright."""

from __future__ import annotations

import json
import random
import shutil
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.photo_fixtures import jpeg_bytes, stairwell
from tests.procs import clean_env, free_port, get_json, start_bot, wait_for
from tests.replaying import jpeg

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


@pytest.fixture
def site(tmp_path: Path) -> Iterator[str]:
    port = free_port()
    bot = start_bot(tmp_path, env=clean_env(XIUHUA_HTTP_PORT=str(port)))
    url = f"http://127.0.0.1:{port}"
    try:
        assert wait_for(lambda: get_json(f"{url}/healthz")[0] == 200, timeout=20)
        yield url
    finally:
        bot.terminate()
        bot.wait(timeout=10)


@pytest.fixture
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("Chromium is missing: apt-get install chromium (.ci/run installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield instance
        instance.close()


def _as(page, person: str) -> None:
    page.select_option("#person", label=page.locator("#person option", has_text=person).first.inner_text())


def _say(page, text: str) -> None:
    page.fill("#text", text)
    page.click("#send")


def test_report_fix_and_approve_in_the_browser(site: str, browser, tmp_path: Path) -> None:
    page = browser.new_page(viewport={"width": 1100, "height": 800})
    other = browser.new_page(viewport={"width": 390, "height": 800})
    for tab in (page, other):
        tab.goto(site)
        tab.wait_for_selector("text=已连接")
    assert page.locator("#group option:checked").inner_text() == "天一创全群"

    _as(page, "倪卫峰")
    _say(page, "14号楼楼道堆物，请物业明天下班前整改")
    page.wait_for_selector("#messages li.bot >> text=#1 楼道堆物")
    other.wait_for_selector("#messages li.bot >> text=#1 楼道堆物")
    assert page.locator("#messages li.bot .mention").first.inner_text() == "@王经理"
    problem = tmp_path / "problem.jpg"
    problem.write_bytes(jpeg_bytes(stairwell(random.Random(1))))
    page.set_input_files("#photo", str(problem))
    page.wait_for_selector("#tickets li[data-number='1'] .photos >> text=整改前")

    _as(page, "王经理")
    photo = tmp_path / "fix.jpg"
    photo.write_bytes(jpeg((30, 160, 30), (320, 240)))
    page.set_input_files("#photo", str(photo))
    page.wait_for_selector("#messages li.bot >> text=已收到整改照片1张")

    _as(page, "倪卫峰")
    page.locator("#messages li.bot", has_text="已收到整改照片").click()
    assert page.locator("#quote-bar").is_visible()
    _say(page, "合格")
    page.wait_for_selector("#messages li.bot >> text=#1 复核通过，已销号。")

    ticket = page.locator("#tickets li[data-number='1']")
    ticket.locator(".badge.closed").wait_for()
    assert ticket.get_attribute("data-status") == "closed"
    assert ticket.locator(".photos .label").all_inner_texts() == ["整改前", "整改后"]
    assert ticket.locator("img").count() == 2
    for image in ticket.locator("img").all():
        image.evaluate("img => img.decode()")
        assert image.evaluate("img => img.naturalWidth") > 0
    other.get_by_role("button", name="本群工单").click()
    other.locator("#tickets li[data-number='1'] .badge.closed").wait_for()

    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "webchat.png"), full_page=True)
    other.screenshot(path=str(ARTIFACTS / "webchat-phone.png"))
    assert (ARTIFACTS / "webchat.png").stat().st_size > 10_000


PHONE = {"width": 390, "height": 844}
IN_VIEW = """el => { const r = el.getBoundingClientRect();
  return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight + 1 && r.right <= innerWidth + 1; }"""


def _post(site: str, sender: str, text: str) -> None:
    """A message posted straight to the API, as another person's tab would."""
    body = json.dumps({"group": "tianyi", "from": sender, "text": text}).encode()
    request = urllib.request.Request(f"{site}/api/messages", body, {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status == 200


def _newest_in_view(page) -> bool:
    return page.locator("#messages li").last.evaluate(IN_VIEW)


def test_the_phone_layout_keeps_header_and_input_in_view(site: str, browser, tmp_path: Path) -> None:
    """On a phone the message list scrolls, not the page: the input stays reachable, the newest line
    is shown (and followed unless the person scrolled up), and the tickets open full-width."""
    for n in range(40):
        _post(site, "lixiao", f"第{n}条：收到，@陈主任 我们下午过去看看")
    page = browser.new_page(viewport=PHONE)
    failed: list[str] = []
    page.on("response", lambda response: failed.append(response.url) if response.status >= 400 else None)
    page.goto(site)
    page.wait_for_selector("text=已连接")
    page.wait_for_selector("#messages li >> text=第39条")
    page.wait_for_load_state("networkidle")
    assert failed == []
    assert page.evaluate("document.scrollingElement.scrollHeight") <= PHONE["height"] + 2
    assert page.locator("#text").evaluate(IN_VIEW)
    assert page.locator("header").evaluate(IN_VIEW)
    assert _newest_in_view(page)
    assert page.locator(".mention").first.evaluate("m => getComputedStyle(m).whiteSpace") == "nowrap"
    assert page.locator("#panel").is_hidden()

    _as(page, "倪卫峰")
    _say(page, "14号楼楼道堆物，请物业明天下班前整改")
    page.wait_for_selector("#messages li.bot >> text=#1 楼道堆物")
    page.wait_for_function("() => document.querySelector('#messages li:last-child').classList.contains('bot')")
    assert _newest_in_view(page)
    page.screenshot(path=str(tmp_path / "phone-chat.png"))

    page.locator("#messages").evaluate("list => { list.scrollTop = 0; }")
    _post(site, "lixiao", "这条来的时候我在看上面的消息")
    page.wait_for_selector("#messages li >> text=这条来的时候")
    assert page.locator("#messages").evaluate("list => list.scrollTop") < 50
    assert not _newest_in_view(page)

    page.get_by_role("button", name="本群工单").click()
    panel = page.locator("#panel")
    panel.locator("#tickets li[data-number='1']").wait_for()
    assert panel.bounding_box()["width"] > 300
    assert panel.locator("#tickets li[data-number='1']").evaluate(IN_VIEW)
    assert page.evaluate("document.scrollingElement.scrollHeight") <= PHONE["height"] + 2
    page.screenshot(path=str(tmp_path / "phone-tickets.png"))
    page.get_by_role("button", name="返回聊天").click()
    assert page.locator("#text").evaluate(IN_VIEW)


def test_the_desktop_layout_keeps_the_side_panel(site: str, browser) -> None:
    page = browser.new_page(viewport={"width": 1100, "height": 800})
    page.goto(site)
    page.wait_for_selector("text=已连接")
    assert page.locator("#panel").is_visible() and page.locator("#chat").is_visible()
    assert page.get_by_role("button", name="本群工单").is_hidden()
    panel, chat = page.locator("#panel").bounding_box(), page.locator("#chat").bounding_box()
    assert panel["x"] >= chat["x"] + chat["width"] - 1 and panel["width"] > 300
