"""Photos: checked with Pillow, stored once by SHA-256 with a thumbnail and a perceptual fingerprint,
linked to tickets as problem (整改前) or fix (整改后) photos."""

from __future__ import annotations

import hashlib
import io
import logging
import warnings
from dataclasses import dataclass
from datetime import datetime, tzinfo
from functools import cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError
from sqlalchemy import bindparam
from sqlmodel import Session, col, select

from storage import fingerprints
from storage.db import DiskUnavailable
from storage.models import Photo, PhotoKind, Ticket
from storage.prepared import Prepared

log = logging.getLogger("xiuhua.photos")

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


@dataclass(frozen=True)
class Decoded:
    upright: Image.Image
    """RGB, turned as the camera's orientation tag says, decoded no larger than the thumbnail needs:
    a JPEG's decoder scales by 1/2 … 1/8 itself (draft), the cheap way to look at a 12-megapixel photo."""
    taken_at: datetime | None


def decode(data: bytes, tz: tzinfo) -> Decoded:
    """The picture the thumbnail and the fingerprint are made from, and when the camera took it
    (an EXIF time without an offset is the camera's local time, taken to be in `tz`)."""
    with Image.open(io.BytesIO(data)) as image:
        taken = fingerprints.taken_at(image.getexif(), tz)
        image.draft("RGB", THUMB_SIZE)
        return Decoded(ImageOps.exif_transpose(image).convert("RGB"), taken)


def save_files(photo: CheckedPhoto, root: Path, upright: Image.Image) -> tuple[Path, Path]:
    """Writes the photo and its thumbnail under root/ab/<sha256>; the same photo twice is written once."""
    folder = root / photo.sha256[:2]
    path = folder / f"{photo.sha256}.{photo.extension}"
    thumb = folder / f"{photo.sha256}.thumb.jpg"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            _write_whole(path, photo.data)
        if not thumb.exists():
            small = upright.copy()
            small.thumbnail(THUMB_SIZE)
            encoded = io.BytesIO()
            small.save(encoded, "JPEG", quality=80)
            _write_whole(thumb, encoded.getvalue())
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
    tz: tzinfo,
) -> Photo:
    """Files and a row for a photo not yet given to a ticket (kind fix until attach() says otherwise)."""
    decoded = decode(photo.data, tz)
    path, thumb = save_files(photo, root, decoded.upright)
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
        fingerprint=_fingerprint(decoded.upright),
        taken_at=decoded.taken_at,
    )
    session.add(row)
    session.flush()
    return row


def _fingerprint(upright: Image.Image) -> bytes | None:
    """A picture that cannot be hashed (or has nothing to hash) is still kept, and not compared."""
    try:
        return fingerprints.fingerprint(upright)
    except (OSError, ValueError) as exc:
        log.warning("photo not fingerprinted: %s", exc)
        return None


def pending(session: Session, group_id: int, member_id: int, since: datetime) -> list[Photo]:
    """A sender's photos not yet matched to a ticket, newer than `since` (the explaining text may follow).
    Every report asks; most senders have none, which one prepared look-up answers."""
    if not _ANY_PENDING.rows(session, {"group_id": group_id, "member_id": member_id, "since": since}):
        return []
    statement = select(Photo).where(
        Photo.group_id == group_id,
        Photo.member_id == member_id,
        col(Photo.ticket_id).is_(None),
        Photo.received_at >= since,
    )
    return list(session.exec(statement.order_by(Photo.id)))


_ANY_PENDING = Prepared(
    select(Photo.id)
    .where(
        Photo.group_id == bindparam("group_id"),
        Photo.member_id == bindparam("member_id"),
        col(Photo.ticket_id).is_(None),
        Photo.received_at >= bindparam("since"),
    )
    .limit(1)
)


def of_ticket(session: Session, ticket_id: int, kind: PhotoKind | None = None) -> list[Photo]:
    statement = select(Photo).where(Photo.ticket_id == ticket_id)
    if kind is not None:
        statement = statement.where(Photo.kind == kind)
    return list(session.exec(statement.order_by(Photo.id)))


def attach(session: Session, waiting: list[Photo], ticket_id: int, kind: PhotoKind) -> list[Photo]:
    """Gives photos to a ticket as `kind`: a photo still unattached becomes the ticket's; one that
    already belongs to a ticket named in the same message gets a linked copy (same file, new row)."""
    attached = []
    for photo in waiting:
        if photo.ticket_id is not None and photo.ticket_id != ticket_id:
            photo = Photo(**photo.model_dump(exclude={"id", "ticket_id", "kind"}))
        photo.ticket_id = ticket_id
        photo.kind = kind
        session.add(photo)
        attached.append(photo)
    session.flush()
    return attached


def nearest(photo: Photo, others: list[Photo]) -> tuple[Photo, int]:
    """The one of `others` (all fingerprinted, like `photo`) nearest to it, and its distance."""
    stored = np.stack([fingerprints.as_array(other.fingerprint or b"") for other in others])
    near = fingerprints.distances(fingerprints.as_array(photo.fingerprint or b""), stored)
    best = int(near.argmin())
    return others[best], int(near[best])


@dataclass(frozen=True)
class Owner:
    """Whose a photo is: for telling the inspector which ticket a reused photo came from."""

    photo_id: int
    ticket_id: int
    ticket_number: int
    kind: str
    received_at: datetime
    sha256: str


def owners(session: Session, photo_ids: list[int]) -> list[Owner]:
    """The photos among `photo_ids` that belong to a ticket, with its number."""
    if not photo_ids:
        return []
    statement = (
        select(Photo.id, Photo.ticket_id, Ticket.number, Photo.kind, Photo.received_at, Photo.sha256)
        .join(Ticket, Ticket.id == Photo.ticket_id)
        .where(col(Photo.id).in_(photo_ids))
    )
    return [Owner(*row) for row in session.exec(statement)]


@dataclass(frozen=True)
class Shown:
    """A ticket's photos as a row of the ledger shows them."""

    fixes: int
    problem_thumb: str | None
    """The first problem photo's thumbnail."""
    fix_thumb: str | None
    """The latest fix photo's thumbnail."""


def shown(session: Session, ticket_ids: list[int]) -> dict[int, Shown]:
    found: dict[int, Shown] = {}
    if not ticket_ids:
        return found
    statement = select(Photo).where(col(Photo.ticket_id).in_(ticket_ids)).order_by(Photo.id)
    for photo in session.exec(statement):
        before = found.get(photo.ticket_id or 0, Shown(0, None, None))
        if photo.kind == PhotoKind.PROBLEM:
            found[photo.ticket_id or 0] = Shown(
                before.fixes, before.problem_thumb or photo.thumb_path, before.fix_thumb
            )
        else:
            found[photo.ticket_id or 0] = Shown(before.fixes + 1, before.problem_thumb, photo.thumb_path)
    return found
