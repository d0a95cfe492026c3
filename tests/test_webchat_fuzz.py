"""Arbitrary input to every route of the running bot: a 4xx or a success, never a 5xx, and the
conversation stays readable afterwards."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.procs import clean_env, free_port, get_json, start_bot, wait_for

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=300),
    lambda children: st.lists(children, max_size=8) | st.dictionaries(st.text(max_size=20), children, max_size=8),
    max_leaves=30,
)
MESSAGE = st.fixed_dictionaries(
    {"group": JSON | st.just("tianyi"), "from": JSON | st.just("niweifeng"), "text": JSON | st.text(max_size=400)},
    optional={"mentions": JSON, "quote": JSON, "mentions_bot": JSON},
)
QUERY = st.dictionaries(st.sampled_from(["group", "after", "thumb", "x"]), st.text(max_size=60), max_size=3)
PATHS = st.sampled_from(
    ["/", "/api/state", "/api/messages", "/api/tickets", "/healthz", "/ws", "/static/app.js", "/static/..%2fx.js"]
) | st.builds(lambda p, v: f"/{p}/{v}", st.sampled_from(["files", "photos", "static"]), st.text(max_size=80))
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("fuzz")
    port = free_port()
    bot = start_bot(folder, env=clean_env(XIUHUA_HTTP_PORT=str(port)))
    url = f"http://127.0.0.1:{port}"
    try:
        assert wait_for(lambda: get_json(f"{url}/healthz")[0] == 200, timeout=60)
        yield url
    finally:
        bot.terminate()
        bot.wait(timeout=30)
        assert "Traceback" not in bot.output()


def _status(request: urllib.request.Request) -> int:
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def _post(url: str, body: bytes, kind: str = "application/json", headers: dict | None = None) -> int:
    return _status(urllib.request.Request(url, body, {"Content-Type": kind, **(headers or {})}))


@FUZZ
@given(body=MESSAGE | JSON)
def test_any_json_message(site: str, body) -> None:
    assert _post(f"{site}/api/messages", json.dumps(body).encode()) < 500


@FUZZ
@given(raw=st.binary(max_size=2000), kind=st.sampled_from(["application/json", "multipart/form-data", "text/plain"]))
def test_any_bytes_to_the_posting_routes(site: str, raw: bytes, kind: str) -> None:
    assert _post(f"{site}/api/messages", raw, kind) < 500
    assert _post(f"{site}/api/photos", raw, kind + "; boundary=xx") < 500


@FUZZ
@given(path=PATHS, query=QUERY, auth=st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=40))
def test_any_get(site: str, path: str, query: dict, auth: str) -> None:
    target = site + urllib.parse.quote(path, safe="/%") + ("?" + urllib.parse.urlencode(query) if query else "")
    request = urllib.request.Request(target, headers={"Authorization": auth.encode("utf-8").decode("latin-1")})
    assert _status(request) < 500


@FUZZ
@given(fields=st.dictionaries(st.sampled_from(["group", "from", "quote"]), st.text(max_size=300), max_size=3))
def test_any_photo_form(site: str, fields: dict, tmp_path_factory: pytest.TempPathFactory) -> None:
    boundary = "fuzzboundary"
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n' for k, v in fields.items()]
    body = "".join(parts).encode("utf-8", "surrogatepass")
    body += (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\n\r\nnot a photo\r\n'.encode()
    )
    body += f"--{boundary}--\r\n".encode()
    assert _post(f"{site}/api/photos", body, f"multipart/form-data; boundary={boundary}") < 500


def test_the_conversation_is_still_readable(site: str) -> None:
    status, lines = get_json(f"{site}/api/messages?group=tianyi")
    assert status == 200 and isinstance(lines, list)
    assert (
        _post(f"{site}/api/messages", json.dumps({"group": "tianyi", "from": "niweifeng", "text": "进度"}).encode())
        == 200
    )


def test_what_the_old_bugs_sent(site: str) -> None:
    """The payloads that used to answer 500 (issue #14), one by one."""
    bad = [
        {"group": "tianyi", "from": "niweifeng", "text": "x", "mentions": ["\ud800"]},
        {"group": "tianyi", "from": "niweifeng", "text": "x", "mentions": 5},
        {"group": "tianyi", "from": "niweifeng", "text": "x", "mentions": ["m"] * 50_000},
        {"group": "g" * 300, "from": "niweifeng", "text": "x"},
    ]
    answers = [_post(f"{site}/api/messages", json.dumps(body).encode()) for body in bad]
    assert answers == [400, 400, 400, 400]
    null = {"group": "tianyi", "from": "niweifeng", "text": "x", "mentions": None}
    assert _post(f"{site}/api/messages", json.dumps(null).encode()) == 200
    assert _status(urllib.request.Request(f"{site}/api/messages?group=tianyi&after=abc")) == 400
    assert _status(urllib.request.Request(f"{site}/files/99999999999999999999")) == 404
    assert get_json(f"{site}/api/messages?group=tianyi")[0] == 200


def test_nothing_unreadable_was_stored(site: str, tmp_path: Path) -> None:
    lines = get_json(f"{site}/api/messages?group=tianyi")[1]
    assert all("\ud800" not in "".join(line["mentions"]) for line in lines)
