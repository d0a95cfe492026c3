"""Files derived from jieba's dictionary, kept in the deployment's cache folder so a restart reads them
instead of building them again. A reader never sees half a file, and a cache folder that cannot be written
(full disk, read-only mount) costs the next start its time, not the bot its start."""

from __future__ import annotations

import logging
import marshal
import os
from contextlib import suppress
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


def write(path: Path, value: Any) -> None:
    """`value` (built of marshal's types) written beside `path`, then moved over it. Processes starting
    together each write their own partial file."""
    partial = path.with_suffix(f".{os.getpid()}.partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with partial.open("wb") as handle:
            marshal.dump(value, handle)
        partial.replace(path)
    except OSError as error:
        log.warning("cache file %s not written: %s", path, error)
        with suppress(OSError):
            partial.unlink()


def read(path: Path) -> Any | None:
    """What `write` left at `path`, or None when there is nothing there or it cannot be read."""
    try:
        with path.open("rb") as handle:
            return marshal.load(handle)
    except (OSError, EOFError, ValueError, TypeError):
        return None
