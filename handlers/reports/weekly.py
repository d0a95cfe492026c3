"""The 周报: a period's figures as text and as a chart (asked for in the chat, or sent on Mondays)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from handlers import format as fmt
from handlers.messages import OutFile
from handlers.reports.figures import Stats, compute
from handlers.reports.periods import Period
from handlers.templates import say


def weekly_report(chosen: Period, now: datetime, files_dir: Path) -> tuple[str, OutFile]:
    """The statistics text and the PNG chart of a period."""
    from handlers.reports import chart  # matplotlib: imported when a chart is drawn, not at start-up

    stats = compute(chosen.tickets, now)
    name = say("chart.file", scope=chosen.scope, period=chosen.label, stamp=f"{now:%Y%m%d%H%M%S}")
    title = f"{chosen.scope}{chosen.label}（{chosen.start}–{chosen.end}）"
    path = chart.draw(files_dir / name, title, stats)
    text = say("query.weekly", scope=chosen.scope, period=chosen.label) + "\n" + stats_text(chosen, stats)
    return text, OutFile(name, str(path), image=True)


def stats_text(chosen: Period, stats: Stats) -> str:
    lines = [
        say(
            "query.stats_header",
            scope=chosen.scope,
            period=chosen.label,
            start=chosen.start,
            end=chosen.end,
            total=stats.total,
            closed=stats.closed,
            open=stats.open,
            overdue=stats.overdue,
        ),
        say(
            "query.stats_rates",
            close_rate=fmt.percent(stats.closed, stats.total),
            on_time_rate=fmt.percent(stats.on_time, stats.settled),
            rework_rate=fmt.percent(stats.reworked, stats.total),
            median=say("time.median_hours", hours=stats.median_hours) if stats.median_hours is not None else "—",
        ),
        say(
            "query.stats_by",
            title=say("query.by_category"),
            items="，".join(f"{k}{v}" for k, v in stats.by_category.most_common(8)),
        ),
        say(
            "query.stats_by",
            title=say("query.by_community"),
            items="，".join(f"{k}{v}" for k, v in stats.by_community.most_common(8)),
        ),
        say(
            "query.stats_by",
            title=say("query.by_party"),
            items="，".join(
                say("stats.party_item", party=k, total=p.total, rate=fmt.percent(p.on_time, p.settled))
                for k, p in sorted(stats.by_party.items(), key=lambda kv: -kv[1].total)
            ),
        ),
    ]
    return "\n".join(lines)
