"""Made-up photos for the photo checks: drawn scenes of the places inspectors photograph, noise
textures, and what chats do to a photo (re-compression, halving, a screenshot's bars, a mild crop).

Scenes of one kind share their layout (a stairwell is a stairwell), so two different stairwells
with boxes are a harder test of "different photo" than real life; the same scene with its boxes
cleared is the honest "after" photo of a fix. Everything is drawn from a seed: the same seed, the
same picture.
"""

from __future__ import annotations

import io
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

SIZE = (640, 480)
Scene = Callable[[random.Random, bool], Image.Image]


def _noisy(image: Image.Image, rng: random.Random, amount: float = 9.0) -> Image.Image:
    """Sensor noise and a lens's softness, so no row of a drawn scene is perfectly flat."""
    pixels = np.asarray(image, dtype=np.float32)
    noise = np.random.default_rng(rng.randrange(2**32)).normal(0, amount, pixels.shape)
    blurred = Image.fromarray(np.clip(pixels + noise, 0, 255).astype(np.uint8))
    return blurred.filter(ImageFilter.GaussianBlur(0.8))


def _shade(color: tuple[int, int, int], factor: float) -> tuple[int, int, int]:
    return tuple(max(0, min(255, int(c * factor))) for c in color)  # type: ignore[return-value]


def _colour(rng: random.Random, low: int, high: int) -> tuple[int, int, int]:
    return (rng.randint(low, high), rng.randint(low, high), rng.randint(low, high))


def _box(draw: ImageDraw.ImageDraw, rng: random.Random, x: int, y: int, w: int, h: int) -> None:
    """A cardboard box seen a little from above: front face, top face, tape."""
    brown = (rng.randint(150, 200), rng.randint(105, 140), rng.randint(60, 90))
    top = h // 4
    draw.rectangle((x, y, x + w, y + h), fill=brown, outline=_shade(brown, 0.6))
    draw.polygon([(x, y), (x + w, y), (x + w - top, y - top), (x + top, y - top)], fill=_shade(brown, 1.2))
    draw.line((x + w // 2, y - top, x + w // 2, y + h // 3), fill=(210, 200, 170), width=max(2, w // 12))


def stairwell(rng: random.Random, boxes: bool = True) -> Image.Image:
    """A stairwell in perspective: walls, steps, a handrail, a window, and (the problem) boxes."""
    w, h = SIZE
    image = Image.new("RGB", SIZE)
    draw = ImageDraw.Draw(image)
    vx, vy = w // 2 + rng.randint(-140, 140), h // 2 + rng.randint(-90, 60)
    wall, floor = _colour(rng, 150, 235), _colour(rng, 80, 170)
    draw.polygon([(0, 0), (vx - 60, vy - 70), (vx - 60, vy + 50), (0, h)], fill=_shade(wall, 0.85))
    draw.polygon([(w, 0), (vx + 60, vy - 70), (vx + 60, vy + 50), (w, h)], fill=wall)
    draw.polygon([(0, 0), (w, 0), (vx + 60, vy - 70), (vx - 60, vy - 70)], fill=_shade(wall, 1.1))
    draw.polygon([(0, h), (w, h), (vx + 60, vy + 50), (vx - 60, vy + 50)], fill=floor)
    draw.rectangle((vx - 60, vy - 70, vx + 60, vy + 50), fill=_shade(wall, 0.6))
    steps = rng.randint(5, 11)
    for i in range(1, steps):
        t = i / steps
        y = int(vy + 50 + (h - vy - 50) * t * t)
        half = int(60 + (w / 2) * t * t)
        draw.line((vx - half, y, vx + half, y), fill=_shade(floor, 0.55), width=2 + i // 3)
    rail = _colour(rng, 20, 120)
    side = rng.choice((-1, 1))
    draw.line((vx + side * 55, vy - 20, w // 2 + side * w // 2, rng.randint(h // 4, h // 2)), fill=rail, width=6)
    if rng.random() < 0.7:
        wx = rng.randint(w // 2 + 40, w - 120) if side < 0 else rng.randint(20, w // 2 - 140)
        wy = rng.randint(40, h // 3)
        draw.rectangle((wx, wy, wx + 90, wy + 110), fill=(200, 220, 240), outline=(90, 90, 90), width=4)
        draw.line((wx + 45, wy, wx + 45, wy + 110), fill=(90, 90, 90), width=3)
    if boxes:
        for _ in range(rng.randint(2, 5)):
            bw, bh = rng.randint(60, 150), rng.randint(50, 120)
            _box(draw, rng, rng.randint(10, w - bw - 10), rng.randint(h // 2, h - bh - 10), bw, bh)
    return _noisy(image, rng)


def corridor(rng: random.Random, clutter: bool = True) -> Image.Image:
    """A corridor with doors on both sides and (the problem) a bicycle charging on a dangling wire."""
    w, h = SIZE
    image = Image.new("RGB", SIZE, _colour(rng, 170, 230))
    draw = ImageDraw.Draw(image)
    vx, vy = w // 2 + rng.randint(-100, 100), h // 2 + rng.randint(-60, 60)
    floor = _colour(rng, 60, 140)
    draw.polygon([(0, h), (w, h), (vx + 40, vy + 30), (vx - 40, vy + 30)], fill=floor)
    draw.rectangle((vx - 40, vy - 40, vx + 40, vy + 30), fill=(240, 240, 220))
    for i in range(rng.randint(2, 4)):
        t = (i + 1) / 5
        for sign in (-1, 1):
            x = int(vx + sign * (40 + (w / 2) * t))
            top, bottom = int(vy - 40 - 200 * t), int(vy + 30 + 200 * t)
            draw.rectangle((min(x, x + sign * 40), top, max(x, x + sign * 40), bottom), fill=_colour(rng, 90, 160))
    if clutter:
        cx, cy = rng.randint(120, w - 220), rng.randint(h // 2 + 40, h - 90)
        frame = _colour(rng, 0, 90)
        draw.ellipse((cx, cy, cx + 80, cy + 80), outline=frame, width=6)
        draw.ellipse((cx + 120, cy, cx + 200, cy + 80), outline=frame, width=6)
        draw.line((cx + 40, cy + 40, cx + 100, cy - 10, cx + 160, cy + 40), fill=frame, width=7)
        plug = (rng.randint(0, w), 0)
        draw.line((plug, (cx + 100, cy - 10)), fill=(20, 20, 20), width=3)
    return _noisy(image, rng)


def bins(rng: random.Random, overflowing: bool = True) -> Image.Image:
    """Rubbish bins against a wall, and (the problem) bags heaped around them."""
    w, h = SIZE
    image = Image.new("RGB", SIZE, _colour(rng, 150, 220))
    draw = ImageDraw.Draw(image)
    ground = rng.randint(h // 2, 2 * h // 3)
    draw.rectangle((0, ground, w, h), fill=_colour(rng, 90, 150))
    for i in range(rng.randint(2, 4)):
        x = 40 + i * rng.randint(130, 160)
        colour = rng.choice(((40, 120, 60), (60, 60, 70), (40, 80, 160), (160, 50, 40)))
        draw.rectangle((x, ground - 150, x + 110, ground + 30), fill=colour, outline=_shade(colour, 0.5), width=3)
        draw.rectangle((x - 6, ground - 165, x + 116, ground - 148), fill=_shade(colour, 0.8))
    if overflowing:
        for _ in range(rng.randint(4, 9)):
            bx, by = rng.randint(0, w - 90), rng.randint(ground - 30, h - 60)
            draw.ellipse((bx, by, bx + rng.randint(50, 100), by + rng.randint(40, 70)), fill=_colour(rng, 0, 255))
    return _noisy(image, rng)


def texture(rng: random.Random, _problem: bool = True) -> Image.Image:
    """Smooth random blotches (a wall's stains, a lawn from above): no layout shared with anything."""
    cells = np.random.default_rng(rng.randrange(2**32)).integers(0, 256, (6, 8, 3), dtype=np.uint8)
    return _noisy(Image.fromarray(cells).resize(SIZE, Image.Resampling.BICUBIC), rng, amount=14)


SCENES: dict[str, Scene] = {"stairwell": stairwell, "corridor": corridor, "bins": bins, "texture": texture}


def jpeg_bytes(image: Image.Image, quality: int = 90, exif: Image.Exif | None = None) -> bytes:
    out = io.BytesIO()
    image.convert("RGB").save(out, "JPEG", quality=quality, **({"exif": exif} if exif is not None else {}))
    return out.getvalue()


def recompressed(image: Image.Image) -> Image.Image:
    """Forwarded through a chat that saves at quality 40."""
    return Image.open(io.BytesIO(jpeg_bytes(image, quality=40)))


def halved(image: Image.Image) -> Image.Image:
    return image.resize((image.width // 2, image.height // 2), Image.Resampling.BILINEAR)


def screenshot(image: Image.Image) -> Image.Image:
    """A phone screenshot of the photo in a viewer: black letterbox, a status bar with a clock and
    icons on top, a toolbar at the bottom."""
    width = image.width
    height = int(width * 19.5 / 9)
    canvas = Image.new("RGB", (width, height), (0, 0, 0))
    canvas.paste(image, (0, (height - image.height) // 2))
    draw = ImageDraw.Draw(canvas)
    draw.rectangle((24, 18, 96, 44), fill=(235, 235, 235))
    for i in range(3):
        draw.rectangle((width - 130 + i * 36, 20, width - 106 + i * 36, 42), fill=(235, 235, 235))
    draw.rectangle((0, height - 110, width, height), fill=(28, 28, 28))
    for i in range(4):
        x = width * (i + 1) // 5
        draw.ellipse((x - 18, height - 75, x + 18, height - 39), outline=(220, 220, 220), width=3)
    return canvas


def framed(image: Image.Image) -> Image.Image:
    """A plain white frame, as a collage or an editing app adds one."""
    pad = image.width // 12
    canvas = Image.new("RGB", (image.width + 2 * pad, image.height + 2 * pad), (255, 255, 255))
    canvas.paste(image, (pad, pad))
    return canvas


def cropped(left: float, top: float, right: float, bottom: float) -> Callable[[Image.Image], Image.Image]:
    def crop(image: Image.Image) -> Image.Image:
        w, h = image.size
        return image.crop((int(w * left), int(h * top), int(w * (1 - right)), int(h * (1 - bottom))))

    crop.__name__ = f"crop {left:.0%}/{top:.0%}/{right:.0%}/{bottom:.0%}"
    return crop


VARIANTS: dict[str, Callable[[Image.Image], Image.Image]] = {
    "jpeg q40": recompressed,
    "half size": halved,
    "half size, q40": lambda image: recompressed(halved(image)),
    "screenshot": screenshot,
    "white frame": framed,
    "crop 10% right": cropped(0, 0, 0.10, 0),
    "crop 10% top": cropped(0, 0.10, 0, 0),
    "crop 5% all round": cropped(0.05, 0.05, 0.05, 0.05),
    "crop 8% left+bottom": cropped(0.08, 0, 0, 0.08),
    "crop 10% right, screenshot": lambda image: screenshot(cropped(0, 0, 0.10, 0)(image)),
}
"""What a chat does to a photo; every one must still be found."""


def reshot(image: Image.Image, rng: random.Random) -> Image.Image:
    """The same place photographed again: the camera a little moved and turned, other light."""
    w, h = image.size
    dx, dy = rng.uniform(-0.04, 0.04) * w, rng.uniform(-0.04, 0.04) * h
    zoom = rng.uniform(0.92, 1.0)
    box = (w * (1 - zoom) / 2 + dx, h * (1 - zoom) / 2 + dy, w * (1 + zoom) / 2 + dx, h * (1 + zoom) / 2 + dy)
    moved = image.rotate(rng.uniform(-2, 2), Image.Resampling.BILINEAR, expand=False).crop(tuple(map(int, box)))
    light = np.asarray(moved, dtype=np.float32) * rng.uniform(0.85, 1.15) + rng.uniform(-12, 12)
    return Image.fromarray(np.clip(light, 0, 255).astype(np.uint8)).resize((w, h), Image.Resampling.BILINEAR)


@dataclass(frozen=True)
class Original:
    name: str
    problem: Image.Image
    """The scene with its problem (boxes, a bicycle on a wire, bags)."""
    fixed: Image.Image
    """The same place with the problem cleared, photographed again: an honest after-photo."""


def originals(per_kind: int, seed: int = 13) -> list[Original]:
    """`per_kind` different scenes of each kind; each scene drawn with and without its problem."""
    found = []
    for kind, draw in SCENES.items():
        for index in range(per_kind):
            scene_seed = seed * 1000 + index * 17 + len(kind)
            cleared = reshot(draw(random.Random(scene_seed), False), random.Random(scene_seed + 1))
            found.append(Original(f"{kind} {index}", draw(random.Random(scene_seed), True), cleared))
    return found


def exif_taken(at: datetime, with_offset: bool = True) -> Image.Exif:
    """EXIF saying the photo was taken at `at` (DateTimeOriginal, and its offset if asked)."""
    exif = Image.Exif()
    ifd = exif.get_ifd(0x8769)
    ifd[0x9003] = at.strftime("%Y:%m:%d %H:%M:%S")
    if with_offset and at.utcoffset() is not None:
        offset = at.strftime("%z")
        ifd[0x9011] = f"{offset[:3]}:{offset[3:]}"
    return exif
