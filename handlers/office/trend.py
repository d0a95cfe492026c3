"""The dashboard's trend chart as geometry for an inline SVG: per week, bars of tickets registered and
closed, and a line of 按期结案率. Drawn by the page's template from these numbers, so the chart needs
no script, no network and no font on the server, and scales to a phone's width."""

from __future__ import annotations

import math
from dataclasses import dataclass

from handlers.office.dashboard import Row

WIDTH, HEIGHT = 640, 260
LEFT, RIGHT, TOP, BOTTOM = 40, 44, 16, 44


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    value: int


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    text: str


@dataclass(frozen=True)
class Tick:
    y: float
    text: str


@dataclass(frozen=True)
class Label:
    x: float
    text: str


@dataclass(frozen=True)
class TrendChart:
    width: int
    height: int
    left: int
    right: float
    top: int
    bottom: float
    registered: list[Bar]
    closed: list[Bar]
    on_time: list[Point]
    counts: list[Tick]
    rates: list[Tick]
    weeks: list[Label]

    @property
    def line(self) -> str:
        """The points of the 按期结案率 line, as an SVG polyline wants them."""
        return " ".join(f"{p.x:.1f},{p.y:.1f}" for p in self.on_time)


def _ceiling(value: int) -> int:
    """A round top for the count axis (5, 10, 20, 50, 100, …) at or above the largest bar."""
    if value <= 5:
        return 5
    step = 10 ** math.floor(math.log10(value))
    for factor in (1, 2, 5, 10):
        if value <= factor * step:
            return factor * step
    return 10 * step


def trend(weeks: list[Row]) -> TrendChart:
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    base = TOP + plot_h
    top = _ceiling(max((row.stats.total for row in weeks), default=0))
    slot = plot_w / max(len(weeks), 1)
    bar = slot * 0.34

    def height(value: int) -> float:
        return plot_h * value / top

    registered, closed, points, labels = [], [], [], []
    for index, row in enumerate(weeks):
        x = LEFT + slot * index + slot / 2
        registered.append(Bar(x - bar, base - height(row.stats.total), bar, height(row.stats.total), row.stats.total))
        closed.append(Bar(x, base - height(row.stats.closed), bar, height(row.stats.closed), row.stats.closed))
        rate = row.on_time_rate
        if rate is not None:
            points.append(Point(x, base - plot_h * rate, f"{rate * 100:.0f}%"))
        labels.append(Label(x, row.key))
    counts = [Tick(base - plot_h * i / 5, str(top * i // 5)) for i in range(6)]
    rates = [Tick(base - plot_h * i / 5, f"{i * 20}%") for i in range(6)]
    return TrendChart(WIDTH, HEIGHT, LEFT, WIDTH - RIGHT, TOP, base, registered, closed, points, counts, rates, labels)
