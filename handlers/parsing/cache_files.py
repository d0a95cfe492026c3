"""Files derived from jieba's dictionary, kept in the deployment's cache folder so a restart reads them
instead of building them again. A reader never sees half a file, and a cache folder that cannot be written
(full disk, read-only mount) costs the next start its time, not the bot its start."""

from __future__ import annotations

import logging
import marshal
import os
import tempfile
from contextlib import suppress
from pathlib import Path

Value = str | bytes | int | tuple["Value", ...]
"""What these files hold: marshal's plain types, so reading one runs no code."""

log = logging.getLogger(__name__)


def write(path: Path, value: Value, replaces: tuple[str, ...] = ()) -> None:
    """`value` written to a partial file beside `path`, then moved over it. Processes starting together
    each write a partial file of their own (named by the system, not by process id: every container's
    bot is process 1). Files beside it matching a `replaces` pattern (an older jieba's, an older format's)
    are removed once it is there: a cache folder does not grow with every upgrade (two versions sharing one
    folder during a rolling upgrade each rebuild theirs at start until the older is gone)."""
    partial: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".partial")
        partial = Path(name)
        with os.fdopen(handle, "wb") as opened:
            os.fchmod(opened.fileno(), 0o644)  # readable as any cache file is, not only by its writer as mkstemp
            marshal.dump(value, opened)
        partial.replace(path)
        for stale in {old for pattern in replaces for old in path.parent.glob(pattern)} - {path}:
            stale.unlink(missing_ok=True)
    except OSError as error:
        log.warning("cache file %s not written: %s", path, error)
        if partial is not None:
            with suppress(OSError):
                partial.unlink()


def read(path: Path) -> Value | None:
    """What `write` left at `path`, or None when there is nothing there or it cannot be read."""
    try:
        with path.open("rb") as handle:
            return marshal.load(handle)
    except (OSError, EOFError, ValueError, TypeError):
        return None
