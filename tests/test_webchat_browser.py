"""The web chat in a real browser: headless Chromium (Debian's package) driven by Playwright."""

from __future__ import annotations

import random
import shutil
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
    other.locator("#tickets li[data-number='1'] .badge.closed").wait_for()

    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "webchat.png"), full_page=True)
    other.screenshot(path=str(ARTIFACTS / "webchat-phone.png"))
    assert (ARTIFACTS / "webchat.png").stat().st_size > 10_000
