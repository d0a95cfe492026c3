"""The 周报 chart as a PNG, with Chinese text in a CJK font (never the missing-glyph boxes)."""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

from matplotlib import font_manager, rc_context
from matplotlib.figure import Figure

from handlers.format import percent
from handlers.reports.figures import Stats
from handlers.templates import say

CJK_FAMILIES = (
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "SimHei",
    "Microsoft YaHei",
    "PingFang SC",
    "Heiti SC",
    "AR PL UMing CN",
)


BUNDLED = "NotoSansCJKsc-Regular.otf"
"""Noto Sans CJK SC (SIL Open Font License), installed with xiuhua by the mplfonts package."""


class NoChineseFont(RuntimeError):
    """No font can draw Chinese (the bundled one was removed and the system has none)."""


@cache
def chinese_font() -> str:
    """The CJK font that comes with `pip install` (so a chart never depends on what the system has
    installed); failing that, a system CJK family — looked for again, because matplotlib's cached
    font list predates a font installed after its first run."""
    bundled = _bundled_font()
    if bundled is not None:
        font_manager.fontManager.addfont(str(bundled))
        return font_manager.FontProperties(fname=str(bundled)).get_name()
    return system_font()


def _bundled_font() -> Path | None:
    spec = importlib.util.find_spec("mplfonts")
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    found = [Path(folder) / "fonts" / BUNDLED for folder in folders]
    return next((path for path in found if path.exists()), None)


def system_font() -> str:
    family = _known_cjk_family()
    if family is None:
        for path in font_manager.findSystemFonts():
            try:
                font_manager.fontManager.addfont(path)
            except (OSError, RuntimeError, ValueError):
                continue
        family = _known_cjk_family()
    if family is not None:
        return family
    raise NoChineseFont("no Chinese font found: reinstall xiuhua (it brings mplfonts) or install fonts-noto-cjk")


def _known_cjk_family() -> str | None:
    installed = {entry.name for entry in font_manager.fontManager.ttflist}
    return next((family for family in CJK_FAMILIES if family in installed), None)


def draw(path: Path, title: str, stats: Stats) -> Path:
    family = chinese_font()
    with rc_context({"font.family": family, "axes.unicode_minus": False}):
        figure = Figure(figsize=(11, 5), dpi=110)
        left, right = figure.subplots(1, 2)
        categories = stats.by_category.most_common(10)
        left.barh([name for name, _ in categories][::-1], [n for _, n in categories][::-1], color="#4f81bd")
        left.set_title(say("chart.categories"))
        parties = sorted(stats.by_party.items(), key=lambda item: -item[1].total)[:8]
        names = [name for name, _ in parties]
        right.bar(names, [p.total for _, p in parties], color="#c0c0c0", label=say("chart.registered"))
        right.bar(names, [p.on_time for _, p in parties], color="#9bbb59", label=say("chart.on_time"))
        right.set_title(say("chart.parties"))
        right.legend()
        figure.suptitle(
            say(
                "chart.title",
                title=title,
                total=stats.total,
                close=percent(stats.closed, stats.total),
                on_time=percent(stats.on_time, stats.settled),
                rework=percent(stats.reworked, stats.total),
                overdue=stats.overdue,
            )
        )
        figure.tight_layout()
        path.parent.mkdir(parents=True, exist_ok=True)
        figure.savefig(path)
    return path
