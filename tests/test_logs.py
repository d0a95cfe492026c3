import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import logs
from bot.logs import setup


@pytest.fixture(autouse=True)
def restore_logging() -> Iterator[None]:
    """Each test sets up logging its own way; whatever happens, the next test gets the quiet default."""
    yield
    setup("WARNING", None)


def _flush() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


def test_secrets_never_reach_the_log_file(tmp_path: Path) -> None:
    setup("INFO", tmp_path, secrets=["s3cr3t-token"])
    logging.getLogger("xiuhua.test").info("connecting with token %s to %s", "s3cr3t-token", "puppet")
    _flush()
    written = (tmp_path / "xiuhua.log").read_text(encoding="utf-8")
    assert "connecting with token *** to puppet" in written
    assert "s3cr3t-token" not in written
    assert len(written.strip().splitlines()) == 1


def test_the_log_file_rotates_and_keeps_a_few_old_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    setup("INFO", tmp_path)
    for n in range(400):
        logging.getLogger("xiuhua.test").info("line %04d %s", n, "x" * 40)
    _flush()
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["xiuhua.log", *(f"xiuhua.log.{i}" for i in range(1, logs.BACKUPS + 1))]
    assert all(p.stat().st_size <= 2_000 for p in tmp_path.iterdir())
    assert "line 0399" in (tmp_path / "xiuhua.log").read_text(encoding="utf-8")


def test_the_level_filters(tmp_path: Path) -> None:
    setup("WARNING", tmp_path)
    logging.getLogger("xiuhua.test").info("not this")
    logging.getLogger("xiuhua.test").warning("but this")
    _flush()
    written = (tmp_path / "xiuhua.log").read_text(encoding="utf-8")
    assert "but this" in written and "not this" not in written
