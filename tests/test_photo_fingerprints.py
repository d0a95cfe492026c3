"""Fingerprints survive what chats do to a photo and tell different scenes apart (a small fixture set;
bench/photo_match.py measures a larger one); EXIF capture times are read as the camera meant them."""

from __future__ import annotations

import itertools
import random
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from PIL import Image

from handlers.settings import PhotosSection
from storage import fingerprints, photos
from tests.photo_fixtures import VARIANTS, exif_taken, jpeg_bytes, originals, screenshot, stairwell

TZ = ZoneInfo("Asia/Shanghai")
THRESHOLD = PhotosSection().reuse_distance
SCENES = originals(per_kind=2)


def fingerprint(image: Image.Image) -> bytes:
    found = fingerprints.fingerprint(photos.decode(jpeg_bytes(image), TZ).upright)
    assert found is not None
    return found


@pytest.fixture(scope="module")
def originals_fingerprints() -> dict[str, bytes]:
    return {scene.name: fingerprint(scene.problem) for scene in SCENES}


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_every_copy_a_chat_makes_is_found(variant: str, originals_fingerprints: dict[str, bytes]) -> None:
    far = {
        scene.name: distance
        for scene in SCENES
        if (
            distance := fingerprints.distance(
                fingerprint(VARIANTS[variant](scene.problem)), originals_fingerprints[scene.name]
            )
        )
        > THRESHOLD
    }
    assert far == {}


def test_different_scenes_of_the_same_kind_are_not_matched(originals_fingerprints: dict[str, bytes]) -> None:
    close = [
        (one, other, distance)
        for one, other in itertools.combinations(originals_fingerprints, 2)
        if (distance := fingerprints.distance(originals_fingerprints[one], originals_fingerprints[other])) <= THRESHOLD
    ]
    assert close == []


def test_the_same_picture_is_at_distance_zero_and_the_distance_is_symmetric() -> None:
    one, other = fingerprint(SCENES[0].problem), fingerprint(SCENES[1].problem)
    assert fingerprints.distance(one, one) == 0
    assert fingerprints.distance(one, other) == fingerprints.distance(other, one) > THRESHOLD


def test_a_screenshot_is_hashed_from_the_photo_inside_it() -> None:
    picture = stairwell(random.Random(7))
    left, top, right, bottom = fingerprints.content_box(screenshot(picture).convert("L")) or (0, 0, 0, 0)
    assert (right - left, bottom - top) == pytest.approx(picture.size, abs=12)
    assert top > picture.height / 2, "the status bar above the letterbox is left out"


def test_a_picture_without_detail_gets_no_fingerprint() -> None:
    blank = Image.new("RGB", (400, 300), (30, 30, 30))
    assert fingerprints.content_box(blank.convert("L")) is None
    assert fingerprints.fingerprint(blank) is None
    assert fingerprints.fingerprint(SCENES[0].problem.resize((24, 18))) is None, "too small to say anything"


def _taken(data: bytes) -> datetime | None:
    return photos.decode(data, TZ).taken_at


def test_exif_capture_time_with_and_without_an_offset() -> None:
    at = datetime(2026, 11, 3, 10, 20, tzinfo=timezone(timedelta(hours=9)))
    picture = SCENES[0].problem
    assert _taken(jpeg_bytes(picture, exif=exif_taken(at))) == at
    local = _taken(jpeg_bytes(picture, exif=exif_taken(at, with_offset=False)))
    assert local == datetime(2026, 11, 3, 10, 20, tzinfo=TZ), "no offset: the camera's clock, in the bot's zone"
    assert _taken(jpeg_bytes(picture)) is None


def test_an_unreadable_exif_time_is_no_time() -> None:
    exif = Image.Exif()
    exif.get_ifd(fingerprints.EXIF_IFD)[fingerprints.DATE_TIME_ORIGINAL] = "0000:00:00 00:00:00"
    assert _taken(jpeg_bytes(SCENES[0].problem, exif=exif)) is None


def test_a_turned_photo_is_hashed_upright() -> None:
    picture = SCENES[2].problem
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: the camera was held turned; the viewer turns it back
    sideways = jpeg_bytes(picture.transpose(Image.Transpose.ROTATE_90), exif=exif)
    turned = fingerprints.fingerprint(photos.decode(sideways, TZ).upright)
    assert turned is not None and fingerprints.distance(turned, fingerprint(picture)) <= THRESHOLD
