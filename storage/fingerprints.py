"""A photo's perceptual fingerprint and its EXIF capture time: what tells an old photo sent again.

A chat re-compresses, halves, screenshots and crops the photos it passes on, so the SHA-256 of the
file says nothing about reuse. The fingerprint is built to survive those, measured on made-up
scenes by bench/photo_match.py (tests/photo_fixtures.py):

- flat bands at the edges are cut off first (a screenshot's letterbox and status bar, a white
  frame — and, the same way in every copy, a plain wall or sky at the photo's edge);
- what is left is hashed in 16 windows: the whole picture and crops of up to 10% from its sides,
  so a cropped copy lines up with one of the original's windows, or the other way round;
- each window gets a 64-bit pHash (imagehash) of its luma and of both chroma planes: luma alone
  could not tell two corridors of the same layout in different paint apart.

The distance of two photos is the smallest sum of the three Hamming distances over window pairs
(one photo's whole picture against the other's windows, both ways), counting only pairs whose luma
already agrees (LUMA_GATE); so the index can look at luma first and the rest only for the few rows
that pass, and both give the same number. 0 is the same picture; on the fixture set every copy
stays at or under 30 of the 192 bits and no two different scenes come under 46.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

import imagehash
import numpy as np
from PIL import Image

SPANS = ((0.0, 0.0), (0.0, 0.1), (0.1, 0.0), (0.05, 0.05))
"""Cuts from (left, right) and from (top, bottom); every pair of them is a window, the first the whole."""
WINDOWS = len(SPANS) ** 2
CHANNELS = 3
"""Y, Cb, Cr."""
NO_MATCH = 1 << 16
LUMA_GATE = 16
"""A window pair counts only when its luma hashes differ in at most this many of 64 bits. Every copy
of the fixture set is found with a gate of 10; with 16, about 2% of photos of the same kinds of
place pass it (at 20 it was 14%, and the look-up four times slower: bench/photo_match.py)."""

WORKING = 192
"""The trimmed picture is shrunk to fit this square before its windows are hashed."""
PHASH_SIDE = 32
"""imagehash.phash's own working size (8×8 bits, 4× for the DCT)."""
FLAT = 10
"""A row (or column) of the shrunk picture whose brightness varies by at most this much is flat."""
SAMPLES = 48
"""Flatness is judged on rows shrunk to this many samples, which averages away sensor noise."""
MIN_SIDE = 32

DATE_TIME_ORIGINAL = 0x9003
OFFSET_TIME_ORIGINAL = 0x9011
EXIF_IFD = 0x8769


def fingerprint(upright: Image.Image) -> bytes | None:
    """The fingerprint of an upright RGB picture (storage.photos.decode: JPEGs decoded at reduced size);
    None for a picture without any detail (a covered lens, a blank screen, an icon-sized image),
    which would be like every other."""
    box = content_box(upright.convert("L"))
    if box is None:
        return None
    trimmed = upright.crop(box)
    trimmed.thumbnail((WORKING, WORKING), Image.Resampling.BOX)
    planes = trimmed.convert("YCbCr").split()
    hashes = np.empty((WINDOWS, CHANNELS), dtype="<u8")
    for index, window in enumerate(windows(trimmed.size)):
        for channel, plane in enumerate(planes):
            # straight from the working picture to pHash's 32×32 (box=): cropping first and letting
            # imagehash resize took twice as long, with the same distances on the fixture set
            small = plane.resize((PHASH_SIDE, PHASH_SIDE), Image.Resampling.LANCZOS, box=window)
            bits = imagehash.phash(small).hash.flatten()
            hashes[index, channel] = int.from_bytes(np.packbits(bits).tobytes(), "big")
    return hashes.tobytes()


def windows(size: tuple[int, int]) -> list[tuple[int, int, int, int]]:
    width, height = size
    return [
        (round(width * left), round(height * top), round(width * (1 - right)), round(height * (1 - bottom)))
        for left, right in SPANS
        for top, bottom in SPANS
    ]


def content_box(gray: Image.Image) -> tuple[int, int, int, int] | None:
    """The picture inside flat bands at its edges; None when all of it is flat. Rows and columns are
    cut in turn until nothing changes (a white frame's sides keep its rows from looking flat until
    the columns are gone); of the parts that flat bands separate, the largest is kept (a
    screenshot's status bar is a part of its own). None too for a picture smaller than MIN_SIDE."""
    if min(gray.size) < MIN_SIDE or _kept(gray, axis=1) is None:
        return None
    box = (0, 0, gray.width, gray.height)
    for _ in range(4):
        cut = _cut(gray, box)
        if cut is None or cut == box:
            break
        box = cut
    return box


def _cut(gray: Image.Image, box: tuple[int, int, int, int]) -> tuple[int, int, int, int] | None:
    left, top, right, bottom = box
    rows = _kept(gray.crop(box), axis=1)
    if rows is None:
        return None
    top, bottom = top + rows[0], top + rows[1]
    columns = _kept(gray.crop((left, top, right, bottom)), axis=0)
    if columns is None:
        return None
    left, right = left + columns[0], left + columns[1]
    if right - left < MIN_SIDE or bottom - top < MIN_SIDE:
        return None
    return (left, top, right, bottom)


def _kept(region: Image.Image, axis: int) -> tuple[int, int] | None:
    """Pixel span (start, end) of the largest non-flat part along rows (axis=1) or columns (axis=0);
    None when all of it is flat."""
    length = region.height if axis == 1 else region.width
    steps = min(length, 400)
    shape = (SAMPLES, steps) if axis == 1 else (steps, SAMPLES)
    values = np.asarray(region.resize(shape, Image.Resampling.BOX), dtype=np.int16)
    flat = (values.max(axis=axis) - values.min(axis=axis)) <= FLAT
    part = _largest_part(flat, gap=max(2, steps // 40))
    if part is None:
        return None
    start, end = part
    scale = length / steps
    # a cut edge moves one sample inwards, so no sliver of the band is left in the picture
    return (int((start + 1) * scale) if start > 0 else 0, int((end - 1) * scale) if end < steps else length)


def _largest_part(flat: np.ndarray, gap: int) -> tuple[int, int] | None:
    parts: list[tuple[int, int]] = []
    start = last = None
    for index in np.flatnonzero(~flat):
        if start is None:
            start = index
        elif index - last - 1 >= gap:
            parts.append((start, last + 1))
            start = index
        last = index
    if start is None:
        return None
    parts.append((start, last + 1))
    return max(parts, key=lambda part: part[1] - part[0])


def taken_at(exif: Image.Exif, tz: tzinfo) -> datetime | None:
    details = exif.get_ifd(EXIF_IFD)
    written, offset = details.get(DATE_TIME_ORIGINAL), details.get(OFFSET_TIME_ORIGINAL)
    if not isinstance(written, str):
        return None
    moment = written.strip("\x00 ")
    zone = offset.strip("\x00 ") if isinstance(offset, str) else ""
    try:
        if zone:
            return datetime.strptime(f"{moment} {zone}", "%Y:%m:%d %H:%M:%S %z")
        return datetime.strptime(moment, "%Y:%m:%d %H:%M:%S").replace(tzinfo=tz)
    except ValueError:
        return None


def as_array(fingerprint: bytes) -> np.ndarray:
    return np.frombuffer(fingerprint, dtype="<u8").reshape(WINDOWS, CHANNELS)


def distances(query: np.ndarray, stored: np.ndarray) -> np.ndarray:
    """Distance of one fingerprint (WINDOWS, CHANNELS) to each of several (n, WINDOWS, CHANNELS):
    NO_MATCH where no window pair passes the luma gate."""
    one_way = np.bitwise_count(stored ^ query[0])
    other_way = np.bitwise_count(stored[:, :1, :] ^ query[None, :, :])
    best = np.full(len(stored), NO_MATCH, dtype=np.int32)
    for pairs in (one_way, other_way):
        total = pairs.sum(axis=2, dtype=np.int32)
        total[pairs[:, :, 0] > LUMA_GATE] = NO_MATCH
        best = np.minimum(best, total.min(axis=1))
    return best


def distance(one: bytes, other: bytes) -> int:
    return int(distances(as_array(one), as_array(other)[None])[0])
