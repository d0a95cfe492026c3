"""User-facing Chinese text, read from templates.toml (never written inline in handler code)."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def _all() -> dict[str, dict[str, str]]:
    return tomllib.loads(resources.files("handlers").joinpath("templates.toml").read_text(encoding="utf-8"))


def words(key: str) -> list[str]:
    """A list from the templates (column titles and the like)."""
    section, name = key.split(".", 1)
    return list(_all()[section][name])


def say(key: str, **values: Any) -> str:
    """say("report.header", count=2) → "已登记2件：". A missing value is a programming error (KeyError)."""
    section, name = key.split(".", 1)
    return _all()[section][name].format(**values)
