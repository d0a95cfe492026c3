"""`xiuhua user` and `xiuhua token` on both databases, the real argon2 parameters, the demo's accounts,
and the pure pieces of the desk (photo groups, the trend's geometry, a desk action's words)."""

from __future__ import annotations

import io
from datetime import datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from argon2 import PasswordHasher

from bot import demo
from bot.backoffice import credentials
from bot.backoffice.queries import EPOCH, cursor, encode
from bot.cli import main
from handlers.office import acting
from handlers.office.dashboard import Row
from handlers.office.trend import trend
from handlers.office.views import photo_groups
from handlers.reports.figures import Stats
from handlers.templates import say
from storage import accounts
from storage.db import Database
from storage.ledger_queries import Cursor
from storage.models import AccountKind, PhotoKind
from tests.desk import CHEAP_HASHER, Desk
from tests.harness import ChatBot


@pytest.fixture
def cli(chat: ChatBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """`xiuhua …` in process on this test's database (the harness's groups and people in it), hashing
    at argon2's cheapest (the real parameters: test_a_weakly_hashed_password_is_hashed_again_at_login)."""
    monkeypatch.setattr(credentials, "_hasher", CHEAP_HASHER)
    monkeypatch.setenv("XIUHUA_DATABASE_URL", db.url)
    monkeypatch.setenv("XIUHUA_DATA_DIR", str(tmp_path / "data"))

    def run(*args: str, stdin: str = "") -> int:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        return main(list(args))

    return run


def _account(db: Database, kind: AccountKind, name: str):
    return db.run(lambda s: accounts.find(s, kind, name))


def test_users_are_added_listed_changed_and_disabled(cli, db: Database, capsys) -> None:
    linked = ("--community", "天一小区", "--member", "倪卫峰", "--password-stdin")
    assert cli("user", "add", "ni", "--role", "巡查员", *linked, stdin="correct horse\n") == 0
    ni = _account(db, AccountKind.USER, "ni")
    assert (ni.role, ni.disabled, ni.generation) == ("inspector", False, 0)
    assert ni.secret_hash.startswith("$argon2id$") and "correct horse" not in ni.secret_hash
    assert credentials.check_password(ni.secret_hash, "correct horse") == (True, None)
    assert db.run(lambda s: accounts.communities(s, ni.id)) == ["天一小区"]
    assert db.run(lambda s: accounts.member_label(s, ni.member_id)) == "倪卫峰 (harness:niweifeng)"

    capsys.readouterr()
    assert cli("user", "list") == 0
    assert "ni\tinspector\t天一小区\t倪卫峰 (harness:niweifeng)\tenabled\tnever" in capsys.readouterr().out

    assert cli("user", "passwd", "ni", "--password-stdin", stdin="battery staple\n") == 0
    ni = _account(db, AccountKind.USER, "ni")
    assert ni.generation == 1 and credentials.check_password(ni.secret_hash, "battery staple")[0]
    assert cli("user", "disable", "ni") == 0
    assert _account(db, AccountKind.USER, "ni").disabled

    refusals = [
        (("user", "add", "x", "--role", "厨师", "--password-stdin"), "unknown role '厨师'"),
        (
            ("user", "add", "x", "--role", "物业", "--community", "火星小区", "--password-stdin"),
            "unknown community '火星小区'; known: 华美小区, 天一小区",
        ),
        (("user", "add", "x", "--role", "物业", "--member", "nobody", "--password-stdin"), "no chat member 'nobody'"),
        (("user", "add", "ni", "--role", "物业", "--password-stdin"), "user 'ni' exists already"),
        (("user", "add", "y", "--role", "物业", "--password-stdin"), "at least 8 characters"),
        (("user", "passwd", "ghost", "--password-stdin"), "no user 'ghost'"),
    ]
    for args, message in refusals:
        capsys.readouterr()
        assert cli(*args, stdin="short\n" if args[2] == "y" else "long enough\n") == 2, args
        assert message in capsys.readouterr().err
    assert _account(db, AccountKind.USER, "x") is None


def test_a_token_is_printed_once_and_kept_as_a_hash(cli, db: Database, capsys) -> None:
    capsys.readouterr()
    assert cli("token", "add", "report-script", "--role", "物业", "--community", "华美小区") == 0
    token = capsys.readouterr().out.strip().splitlines()[-1]
    assert token.startswith("xh_") and len(token) > 40
    stored = _account(db, AccountKind.TOKEN, "report-script")
    assert stored.secret_hash == credentials.token_hash(token) and token not in stored.secret_hash
    assert cli("token", "list") == 0
    assert "report-script\t物业\t华美小区\t-\tenabled\tnever" in capsys.readouterr().out
    assert cli("token", "revoke", "report-script") == 0
    assert db.run(lambda s: accounts.by_secret(s, AccountKind.TOKEN, credentials.token_hash(token))) is None
    assert _account(db, AccountKind.USER, "report-script") is None, "tokens and logins are apart"


async def test_a_weakly_hashed_password_is_hashed_again_at_login(desk: Desk, aiohttp_client, monkeypatch) -> None:
    monkeypatch.setattr(credentials, "_hasher", PasswordHasher())
    ni = await desk.client(aiohttp_client, "ni")
    assert 'id="who"' in (await ni.get_text("/admin/"))[1]
    stored = _account(desk.chat.db, AccountKind.USER, "ni").secret_hash
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert 'id="who"' in (await ni.get_text("/admin/"))[1], "a rehash keeps the session"


def test_demo_accounts_are_made_once_and_closed_on_a_wide_listener(chat: ChatBot, monkeypatch) -> None:
    monkeypatch.setattr(credentials, "_hasher", CHEAP_HASHER)
    now = chat.clock.now()
    assert chat.db.run(lambda s: demo.seed_accounts(s, "harness", now)) is True
    assert chat.db.run(lambda s: demo.seed_accounts(s, "harness", now)) is False
    chen = _account(chat.db, AccountKind.USER, "chenzhuren")
    assert chen.role == "coordinator" and chen.member_id is not None
    assert credentials.check_password(chen.secret_hash, demo.demo_password())[0]

    def changed(session) -> None:
        accounts.new_password(session, accounts.find(session, AccountKind.USER, "lixiao"), CHEAP_HASHER.hash("x" * 9))

    chat.db.run(changed)
    closed = chat.db.run(demo.disable_open_demo_accounts)
    assert closed == ["chenzhuren", "niweifeng", "wangjingli"]
    assert not _account(chat.db, AccountKind.USER, "lixiao").disabled, "its password is no longer published"


def test_the_session_key_is_made_once_and_kept_private(tmp_path: Path) -> None:
    first = credentials.session_key(tmp_path / "data")
    assert len(first) == 32 and credentials.session_key(tmp_path / "data") == first
    assert (tmp_path / "data" / credentials.KEY_FILE).stat().st_mode & 0o077 == 0
    assert list((tmp_path / "data").iterdir()) == [tmp_path / "data" / credentials.KEY_FILE]


def test_photos_are_grouped_by_kind_problem_first_with_chinese_headings() -> None:
    shots = [SimpleNamespace(id=i, kind=kind) for i, kind in ((1, "fix"), (2, "fix"), (3, "problem"))]
    groups = photo_groups(shots)
    assert [(g.kind, g.label, [p.id for p in g.photos]) for g in groups] == [
        ("problem", "问题照片", [3]),
        ("fix", "整改照片", [1, 2]),
    ]
    assert {say(f"desk.photo_kind_{kind}") for kind in PhotoKind} == {"问题照片", "整改照片"}


def test_a_desk_reason_is_one_line_as_written_after_the_verdict() -> None:
    assert acting.reject(12, "还有纸箱，\n同#13 ＃14") == "#12 不合格：还有纸箱， 同#13 ＃14"
    assert acting.cancel(12, "") == "撤销 #12"
    moment = datetime(2027, 1, 5, 17, 30, tzinfo=ZoneInfo("Asia/Shanghai"))
    assert acting.new_deadline(12, moment) == "修改 #12 期限 2027年1月5日17:30前"


def test_the_trend_chart_scales_bars_and_rates_to_the_plot() -> None:
    weeks = [
        Row("11月2日当周", Stats(total=10, closed=5, on_time=5, settled=10)),
        Row("11月9日当周", Stats(total=4, closed=4, on_time=1, settled=4)),
    ]
    chart = trend(weeks)
    assert [b.value for b in chart.registered] == [10, 4] and chart.counts[-1].text == "10"
    tallest = chart.registered[0]
    assert tallest.y == pytest.approx(chart.top) and tallest.y + tallest.height == pytest.approx(chart.bottom)
    assert [p.text for p in chart.on_time] == ["50%", "25%"]
    assert chart.on_time[0].y == pytest.approx((chart.top + chart.bottom) / 2)
    assert trend([]).registered == []


def test_cursors_survive_a_url() -> None:
    moment = EPOCH + timedelta(days=20_000, microseconds=123)
    for written in (Cursor(12), Cursor(7, moment)):
        assert cursor({"after": encode(written)}, "after") == written
    assert cursor({}, "after") is None
