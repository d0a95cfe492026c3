"""Photos are kept once, under their SHA-256: the same picture twice is one file."""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlmodel import select

from storage import photos
from storage.db import Database
from storage.models import Photo
from tests.replaying import jpeg

AT = datetime(2026, 11, 18, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def test_the_same_photo_twice_is_one_file_named_by_its_hash(db: Database, tmp_path: Path) -> None:
    data = jpeg()
    digest = hashlib.sha256(data).hexdigest()
    root = tmp_path / "photos"
    for message in ("p1", "p2"):
        db.run(lambda s, m=message: photos.store(s, photos.check(data), root, AT, None, None, m, AT.tzinfo))
    rows = db.run(lambda s: list(s.exec(select(Photo))))
    expected = root / digest[:2] / f"{digest}.jpg"
    assert [Path(r.path) for r in rows] == [expected, expected]
    assert {r.sha256 for r in rows} == {digest}
    assert sorted(p.name for p in root.rglob("*") if p.is_file()) == [f"{digest}.jpg", f"{digest}.thumb.jpg"]
    assert expected.read_bytes() == data


def test_a_different_photo_is_a_different_file(db: Database, tmp_path: Path) -> None:
    root = tmp_path / "photos"
    for color in ((200, 0, 0), (0, 0, 200)):
        db.run(lambda s, c=color: photos.store(s, photos.check(jpeg(c)), root, AT, None, None, None, AT.tzinfo))
    assert len([p for p in root.rglob("*.jpg") if not p.name.endswith(".thumb.jpg")]) == 2


def test_an_iphone_heic_photo_is_read_and_thumbnailed(db: Database, tmp_path: Path) -> None:
    import io

    from PIL import Image

    photos.check(jpeg())  # registers the HEIF reader, as the first photo of a running bot does
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (30, 120, 200)).save(out, "HEIF")
    checked = photos.check(out.getvalue())
    assert (checked.extension, checked.width, checked.height) == ("heic", 64, 48)
    stored = db.run(lambda s: photos.store(s, checked, tmp_path / "photos", AT, None, None, "h1", AT.tzinfo))
    assert Path(stored.path).suffix == ".heic"
    with Image.open(stored.thumb_path) as thumb:
        assert thumb.format == "JPEG" and thumb.size == (64, 48)
