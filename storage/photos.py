"""Rectification photos: checked with Pillow, stored once by SHA-256 with a thumbnail, linked to tickets."""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path

from PIL import Image, UnidentifiedImageError
from sqlmodel import Session, col, select

from storage.db import DiskUnavailable
from storage.models import Photo

MAX_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 40_000_000
THUMB_SIZE = (320, 320)
PARTIAL = ".part"
FORMATS = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp", "BMP": "bmp", "MPO": "jpg", "HEIF": "heic"}


class BadPhoto(Exception):
    """Why an upload cannot be used; `reason` is one of: not_image, too_big, too_many_pixels."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class CheckedPhoto:
    data: bytes
    sha256: str
    extension: str
    width: int
    height: int


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@cache
def _heif() -> None:
    """iPhones send HEIC: Pillow reads it once pillow-heif's opener is registered (done on first use,
    so start-up does not pay for it)."""
    from pillow_heif import register_heif_opener

    register_heif_opener()


def check(data: bytes) -> CheckedPhoto:
    """Refuses what is not a whole, reasonably sized image before a byte of it is stored."""
    _heif()
    if len(data) > MAX_BYTES:
        raise BadPhoto("too_big")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size
                if width * height > MAX_PIXELS:
                    raise BadPhoto("too_many_pixels")
                kind = image.format or ""
                image.verify()
            with Image.open(io.BytesIO(data)) as image:
                image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise BadPhoto("too_many_pixels") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise BadPhoto("not_image") from None
    if kind not in FORMATS:
        raise BadPhoto("not_image")
    return CheckedPhoto(data, sha256_of(data), FORMATS[kind], width, height)


def save_files(photo: CheckedPhoto, root: Path) -> tuple[Path, Path]:
    """Writes the photo and its thumbnail under root/ab/<sha256>; the same photo twice is written once."""
    folder = root / photo.sha256[:2]
    path = folder / f"{photo.sha256}.{photo.extension}"
    thumb = folder / f"{photo.sha256}.thumb.jpg"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            _write_whole(path, photo.data)
        if not thumb.exists():
            with Image.open(io.BytesIO(photo.data)) as image:
                image.thumbnail(THUMB_SIZE)
                small = io.BytesIO()
                image.convert("RGB").save(small, "JPEG", quality=80)
            _write_whole(thumb, small.getvalue())
    except OSError as exc:
        raise DiskUnavailable(f"cannot store a photo: {exc.strerror or exc}") from exc
    return path, thumb


def _write_whole(path: Path, data: bytes) -> None:
    """Write-then-rename: a file under its final name is always whole; a failed write leaves no
    part behind (and one left by a killed process is removed at start, clean_partial)."""
    temporary = path.with_name(path.name + PARTIAL)
    try:
        temporary.write_bytes(data)
        temporary.replace(path)
    except OSError:
        temporary.unlink(missing_ok=True)
        raise


def clean_partial(root: Path) -> int:
    """Removes the half-written files a killed process left; returns how many."""
    removed = 0
    for part in root.rglob(f"*{PARTIAL}") if root.exists() else ():
        part.unlink(missing_ok=True)
        removed += 1
    return removed


def store(
    session: Session,
    photo: CheckedPhoto,
    root: Path,
    at: datetime,
    member_id: int | None,
    group_id: int | None,
    message_id: str | None,
) -> Photo:
    path, thumb = save_files(photo, root)
    row = Photo(
        sha256=photo.sha256,
        path=str(path),
        thumb_path=str(thumb),
        width=photo.width,
        height=photo.height,
        size_bytes=len(photo.data),
        member_id=member_id,
        group_id=group_id,
        message_id=message_id,
        received_at=at,
    )
    session.add(row)
    session.flush()
    return row


def pending(session: Session, group_id: int, member_id: int, since: datetime) -> list[Photo]:
    """A sender's photos not yet matched to a ticket, newer than `since` (the explaining text may follow)."""
    statement = select(Photo).where(
        Photo.group_id == group_id,
        Photo.member_id == member_id,
        col(Photo.ticket_id).is_(None),
        Photo.received_at >= since,
    )
    return list(session.exec(statement.order_by(Photo.id)))


def of_ticket(session: Session, ticket_id: int) -> list[Photo]:
    return list(session.exec(select(Photo).where(Photo.ticket_id == ticket_id).order_by(Photo.id)))
