"""Photo fingerprints: how well copies are found and different scenes kept apart, and how fast.

1. The fixture set (tests/photo_fixtures.py): drawn scenes of four kinds, each with the ten copies a
   chat makes (re-compressed at quality 40, halved, screenshotted, framed, cropped up to 10%).
   Prints copies found / copies and false matches / pairs of different scenes at the configured
   reuse threshold, the worst distance of each kind of copy, and a sweep of thresholds. The
   own-problem check is measured too: copies of the problem photo found, against honest
   after-photos (the place cleared and photographed again) flagged.
2. The look-up: an index of 100,000 fingerprints in a database, one look-up per fix photo.
3. Hashing a 12-megapixel JPEG: the reduced decode (shared with the thumbnail) and the fingerprint.

usage: python bench/photo_match.py [--per-kind N] [--stored N] [--pg URL]
"""

from __future__ import annotations

import argparse
import io
import itertools
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np
from PIL import Image
from scratch_db import fresh_pg
from sqlalchemy import text
from sqlmodel import select

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from handlers.settings import PhotosSection
from storage import fingerprints, photos
from storage.db import Database
from storage.migrate import upgrade
from storage.models import Photo
from storage.photo_index import PhotoIndex
from tests.photo_fixtures import SCENES, VARIANTS, jpeg_bytes, originals

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 18, 10, 0, tzinfo=TZ)
SETTINGS = PhotosSection()


def fingerprint(image: Image.Image) -> bytes:
    """As a photo arriving in the chat gets it: a JPEG, decoded as storage.photos does."""
    found = fingerprints.fingerprint(photos.decode(jpeg_bytes(image), TZ).upright)
    assert found is not None
    return found


def matching(per_kind: int) -> None:
    scenes = originals(per_kind)
    kinds = ", ".join(SCENES)
    print(f"fixture set: {len(scenes)} scenes ({per_kind} of each of {kinds}), {len(VARIANTS)} copies each")
    base = {s.name: fingerprint(s.problem) for s in scenes}
    copies = {
        (s.name, v): fingerprints.distance(fingerprint(make(s.problem)), base[s.name])
        for s in scenes
        for v, make in VARIANTS.items()
    }
    pairs = [fingerprints.distance(base[a], base[b]) for a, b in itertools.combinations(base, 2)]
    after = [
        fingerprints.distance(fingerprint(s.fixed), base[s.name]) for s in scenes if not s.name.startswith("texture")
    ]
    threshold = SETTINGS.reuse_distance
    found = sum(d <= threshold for d in copies.values())
    false = sum(d <= threshold for d in pairs)
    print(f"\nreuse check at reuse_distance = {threshold} (of 192 bits):")
    print(f"  copies found:   {found} / {len(copies)} ({found / len(copies):.1%})")
    print(f"  false matches:  {false} / {len(pairs)} pairs of different scenes")
    print(f"  closest different scenes: {sorted(pairs)[:5]}")
    print("\n  worst distance of each kind of copy:")
    for variant in VARIANTS:
        worst = max(d for (_, v), d in copies.items() if v == variant)
        print(f"    {variant:<28} {worst:>3}")
    print("\n  threshold   copies found   false matches   honest after-photos flagged (own-problem check)")
    for limit in range(18, 51, 4):
        print(
            f"  {limit:>9}   {sum(d <= limit for d in copies.values()) / len(copies):>12.1%}"
            f"   {sum(d <= limit for d in pairs):>13}   {sum(d <= limit for d in after):>6} / {len(after)}"
        )
    own = SETTINGS.own_problem_distance
    print(
        f"\nown-problem check at own_problem_distance = {own}: copies of the problem photo found "
        f"{sum(d <= own for d in copies.values())} / {len(copies)}, honest after-photos flagged "
        f"{sum(d <= own for d in after)} / {len(after)} (closest: {sorted(after)[:5]})"
    )


def _spread(seed_prints: list[bytes], count: int) -> list[bytes]:
    """`count` fingerprints like real ones: each a seed scene's with a third of its bits changed, so
    scenes of a kind stay alike (the luma gate lets some through, as it would)."""
    rng = np.random.default_rng(1)
    seeds = np.stack([fingerprints.as_array(f) for f in seed_prints])
    chosen = seeds[rng.integers(0, len(seeds), count)]
    noise = rng.integers(0, 2**64, chosen.shape, dtype=np.uint64) & rng.integers(
        0, 2**64, chosen.shape, dtype=np.uint64
    )
    return [row.astype("<u8").tobytes() for row in chosen ^ noise]


def lookup(url: str, stored: int, label: str) -> None:
    db = Database(url)
    upgrade(db.engine)
    seed_prints = [fingerprint(s.problem) for s in originals(8)]
    spread = _spread(seed_prints, stored)
    table = Photo.__table__
    rows = [
        {
            "sha256": "0" * 64,
            "path": "p",
            "thumb_path": "t",
            "width": 1,
            "height": 1,
            "size_bytes": 1,
            "kind": "fix",
            "received_at": NOW - timedelta(minutes=i),
            "fingerprint": f,
        }
        for i, f in enumerate(spread)
    ]
    started = time.perf_counter()
    for start in range(0, len(rows), 10_000):
        db.run(lambda s, chunk=rows[start : start + 10_000]: s.connection().execute(table.insert(), chunk))
    db.run(lambda s: s.connection().execute(text("ANALYZE photos")))  # as autovacuum does after a bulk load
    print(f"\n{label}: {stored:,} fingerprints stored in {time.perf_counter() - started:.1f} s")
    index = PhotoIndex()
    since = NOW - timedelta(days=SETTINGS.lookback_days)
    queries = [fingerprint(s.problem) for s in originals(3, seed=29)]
    started = time.perf_counter()
    db.run(lambda s: index.near(s, queries[0], since, SETTINGS.reuse_distance))
    print(f"  first look-up, loading the index: {(time.perf_counter() - started) * 1000:.0f} ms ({len(index):,} rows)")
    timings, near = [], []
    for query in queries * 20:
        started = time.perf_counter()
        found = db.run(lambda s, q=query: index.near(s, q, since, SETTINGS.reuse_distance))
        timings.append((time.perf_counter() - started) * 1000)
        near.append(len(found))
    timings.sort()
    print(
        f"  look-up (a transaction: read unseen rows, scan): median {statistics.median(timings):.1f} ms, "
        f"p95 {timings[int(len(timings) * 0.95)]:.1f} ms, max {timings[-1]:.1f} ms over {len(timings)}"
    )
    scan = []
    for query in queries * 20:
        started = time.perf_counter()
        index._stored.near(fingerprints.as_array(query), since.timestamp(), SETTINGS.reuse_distance)
        scan.append((time.perf_counter() - started) * 1000)
    print(f"  the scan alone: median {statistics.median(scan):.1f} ms; photos found near: {max(near)} at most")
    count = db.run(lambda s: len(s.exec(select(Photo.id)).all()))
    assert count == stored
    db.dispose()


def hashing() -> None:
    scene = originals(1)[0].problem.resize((4000, 3000), Image.Resampling.BICUBIC)
    grain = np.random.default_rng(3).normal(0, 6, (3000, 4000, 3))
    picture = Image.fromarray(np.clip(np.asarray(scene, dtype=np.float32) + grain, 0, 255).astype(np.uint8))
    data = jpeg_bytes(picture, quality=92)
    photos.decode(data, TZ)  # imports and first-call costs are not the photo's
    fingerprints.fingerprint(photos.decode(data, TZ).upright)
    decode, hashed, check, before, now = [], [], [], [], []
    for _ in range(10):
        started = time.perf_counter()
        _thumbnail_as_before(data)
        before.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        decoded = photos.decode(data, TZ)
        decoded.upright.copy().thumbnail(photos.THUMB_SIZE)
        fingerprints.fingerprint(decoded.upright)
        now.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        decoded = photos.decode(data, TZ)
        decode.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        fingerprints.fingerprint(decoded.upright)
        hashed.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        photos.check(data)
        check.append((time.perf_counter() - started) * 1000)
    print(f"\n12-megapixel JPEG ({len(data) / 1e6:.1f} MB, 4000×3000), median of 10:")
    size = "×".join(map(str, decoded.upright.size))
    print(f"  reduced decode + EXIF (shared with the thumbnail): {statistics.median(decode):.1f} ms → {size}")
    print(f"  fingerprint (trim, 16 windows × 3 pHash):          {statistics.median(hashed):.1f} ms")
    print(f"  for scale, the full decode photos.check already did: {statistics.median(check):.1f} ms")
    added = statistics.median(now) - statistics.median(before)
    print(
        f"  thumbnail as before (its own decode at 1/4): {statistics.median(before):.1f} ms; now decode at 1/8, "
        f"thumbnail and fingerprint: {statistics.median(now):.1f} ms — the fingerprint adds {added:.1f} ms"
    )


def _thumbnail_as_before(data: bytes) -> None:
    """What storing a photo did for its thumbnail before fingerprints (Image.thumbnail drafts at 2×)."""
    with Image.open(io.BytesIO(data)) as image:
        image.thumbnail(photos.THUMB_SIZE)
        image.convert("RGB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-kind", type=int, default=12, help="scenes of each kind in the fixture set")
    parser.add_argument("--stored", type=int, default=100_000, help="fingerprints in the look-up's index")
    parser.add_argument("--pg", help="also time the look-up on this PostgreSQL (admin URL; a scratch database is made)")
    args = parser.parse_args()
    random.seed(0)
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} (other work inflates the timings)")
    matching(args.per_kind)
    with tempfile.TemporaryDirectory() as folder:
        lookup(f"sqlite:///{folder}/bench.db", args.stored, "SQLite")
    if args.pg:
        with fresh_pg(args.pg) as url:
            lookup(url, args.stored, "PostgreSQL")
    hashing()


if __name__ == "__main__":
    main()
