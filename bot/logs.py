"""One line per event, to stderr and to a rotating file in the data folder, with secrets masked."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from collections.abc import Iterable
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"
MAX_BYTES = 5_000_000
BACKUPS = 5


class RedactSecrets(logging.Filter):
    """Masks configured secrets wherever they appear, so a careless log call cannot leak a token."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s]

    def filter(self, record: logging.LogRecord) -> bool:
        if self.secrets:
            text = record.getMessage()
            for secret in self.secrets:
                text = text.replace(secret, "***")
            record.msg, record.args = text, None
        return True


class LogFile(logging.handlers.RotatingFileHandler):
    """The rotating log file; when the disk cannot take a line (full, read-only), says so once on
    stderr instead of a traceback per line, and carries on (stderr still has every line)."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
        self.failing = False
        self._failed_now = False

    def emit(self, record: logging.LogRecord) -> None:
        self._failed_now = False
        super().emit(record)
        if not self._failed_now:
            self.failing = False

    def handleError(self, record: logging.LogRecord) -> None:
        self._failed_now = True
        if not self.failing:
            self.failing = True
            sys.stderr.write(f"xiuhua: the log file {self.baseFilename} cannot be written; logging to stderr only\n")


def setup(level: str, data_dir: Path | None, secrets: Iterable[str] = ()) -> None:
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    redact = RedactSecrets(secrets)
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    if data_dir is not None:
        data_dir.mkdir(parents=True, exist_ok=True)
        handlers.append(LogFile(data_dir / "xiuhua.log"))
    for handler in handlers:
        handler.setFormatter(logging.Formatter(FORMAT))
        handler.addFilter(redact)
        root.addHandler(handler)
    root.setLevel(level)
    for noisy in ("jieba", "apscheduler", "aiohttp.access", "alembic"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))
