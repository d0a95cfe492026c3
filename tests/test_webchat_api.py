"""The web chat's HTTP side: password beyond loopback, bad requests, files."""

from __future__ import annotations

import base64
import json
import urllib.error
import urllib.request
from pathlib import Path

from tests.procs import clean_env, free_port, get_json, start_bot, wait_for


def _request(url: str, body: bytes | None = None, headers: dict | None = None) -> tuple[int, bytes]:
    request = urllib.request.Request(url, body, headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def test_password_is_required_when_configured_and_bad_input_is_refused(tmp_path: Path) -> None:
    (tmp_path / "c.toml").write_text('[http]\nhost = "0.0.0.0"\npassword = "s3cret"\n', encoding="utf-8")
    port = free_port()
    bot = start_bot(tmp_path, "--config", "c.toml", env=clean_env(XIUHUA_HTTP_PORT=str(port)))
    url = f"http://127.0.0.1:{port}"
    good = {"Authorization": "Basic " + base64.b64encode(b"any:s3cret").decode()}
    bad = {"Authorization": "Basic " + base64.b64encode(b"any:guess").decode()}
    try:
        assert wait_for(lambda: get_json(f"{url}/healthz")[0] == 200, timeout=20)
        assert _request(f"{url}/")[0] == 401
        assert _request(f"{url}/api/state", headers=bad)[0] == 401
        status, page = _request(f"{url}/", headers=good)
        assert status == 200 and "绣花" in page.decode()
        json_headers = {**good, "Content-Type": "application/json"}
        assert _request(f"{url}/api/messages", b"not json", json_headers)[0] == 400
        empty = json.dumps({"group": "tianyi", "from": "niweifeng", "text": "  "}).encode()
        assert _request(f"{url}/api/messages", empty, json_headers)[0] == 400
        assert _request(f"{url}/files/999", headers=good)[0] == 404
        assert _request(f"{url}/static/../config.py", headers=good)[0] == 404
        ok = json.dumps(
            {"group": "tianyi", "from": "chenzhuren", "text": "@绣花 台账 本周", "mentions_bot": True}
        ).encode()
        assert _request(f"{url}/api/messages", ok, json_headers)[0] == 200

        def ledger():
            lines = json.loads(_request(f"{url}/api/messages?group=tianyi", headers=good)[1])
            return next((x for x in lines if x["file"]), None)

        line = wait_for(ledger, timeout=10)
        assert line is not None and line["file_name"].endswith(".xlsx")
        status, data = _request(url + line["file"], headers=good)
        assert status == 200 and data[:2] == b"PK"
    finally:
        bot.terminate()
        bot.wait(timeout=10)
