"""The three packages import one way only: storage ← handlers ← bot (read from the source, with ast)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = {"storage": {"handlers", "bot"}, "handlers": {"bot"}}
PLATFORM_LIBRARIES = {"aiohttp", "wechaty", "wechaty_puppet", "grpclib", "apscheduler"}


def imported_packages(path: Path) -> set[tuple[int, str]]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update((node.lineno, alias.name.split(".")[0]) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add((node.lineno, node.module.split(".")[0]))
    return found


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_no_import_runs_backwards(package: str) -> None:
    backwards = [
        f"{path.relative_to(ROOT)}:{line} imports {name}"
        for path in sorted((ROOT / package).rglob("*.py"))
        for line, name in imported_packages(path)
        if name in FORBIDDEN[package]
    ]
    assert backwards == []


@pytest.mark.parametrize("package", ["storage", "handlers"])
def test_no_platform_library_below_bot(package: str) -> None:
    """Nothing but the running bot (transports, scheduler, HTTP) touches a platform or network library."""
    found = [
        f"{path.relative_to(ROOT)}:{line} imports {name}"
        for path in sorted((ROOT / package).rglob("*.py"))
        for line, name in imported_packages(path)
        if name in PLATFORM_LIBRARIES
    ]
    assert found == []


def test_the_check_sees_a_backward_import(tmp_path: Path) -> None:
    sample = tmp_path / "m.py"
    sample.write_text("import os\nfrom bot.config import Config\n\ndef f():\n    import handlers.x\n", encoding="utf-8")
    assert imported_packages(sample) == {(1, "os"), (2, "bot"), (5, "handlers")}
