"""The web chat's HTTP side: password beyond loopback, bad requests, files."""

from __future__ import annotations

import base64
import json
import urllib.error
import urllib.request
import uuid
from pathlib import Path

from tests.procs import clean_env, free_port, get_json, start_bot, wait_for
from tests.replaying import jpeg


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
        assert _request(f"{url}/favicon.ico")[0] == 200, "an icon is asked for by every page, even the back office's"
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


def _upload(url: str, sender: str, name: str, data: bytes) -> int:
    """A photo posted as the page's form does (multipart), without a browser."""
    boundary = uuid.uuid4().hex
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{key}"\r\n\r\n{value}\r\n'.encode()
        for key, value in (("group", "tianyi"), ("from", sender))
    ]
    header = f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n'
    parts.append(f"{header}Content-Type: image/jpeg\r\n\r\n".encode() + data + b"\r\n")
    body = b"".join(parts) + f"--{boundary}--\r\n".encode()
    return _request(f"{url}/api/photos", body, {"Content-Type": f"multipart/form-data; boundary={boundary}"})[0]


def test_a_refused_photo_is_a_plain_line_and_every_shown_photo_loads(tmp_path: Path) -> None:
    port = free_port()
    bot = start_bot(tmp_path, env=clean_env(XIUHUA_HTTP_PORT=str(port)))
    url = f"http://127.0.0.1:{port}"
    try:
        assert wait_for(lambda: get_json(f"{url}/healthz")[0] == 200, timeout=20)
        assert _upload(url, "niweifeng", "notes.jpg", b"these are my notes, not a picture") == 200
        assert _upload(url, "niweifeng", "stairs.jpg", jpeg((120, 90, 60), (320, 240))) == 200

        def conversation():
            lines = json.loads(_request(f"{url}/api/messages?group=tianyi")[1])
            return lines if any("不是有效的图片" in x["text"] for x in lines) and len(lines) >= 3 else None

        lines = wait_for(conversation, timeout=10)
        assert lines is not None
        refused, kept = (x for x in lines if x["from"] == "niweifeng")
        assert (refused["text"], refused["photo"]) == ("[图片未能使用]", None)
        assert kept["text"] == "[图片]" and kept["photo"]
        for line in lines:
            for link in filter(None, (line["photo"], line["photo"] and line["photo"] + "?thumb=1", line["file"])):
                assert _request(url + link)[0] == 200, link
    finally:
        bot.terminate()
        bot.wait(timeout=10)
