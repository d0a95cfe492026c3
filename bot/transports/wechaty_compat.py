"""Everything python-wechaty 0.10.7 needs to run on Python 3.11 here, in one place.

- A dataclass default in wechaty is an unhashable PuppetOptions, which Python 3.11 rejects at
  import: PuppetOptions is made hashable (by identity) first.
- Importing wechaty creates ./.wechaty unless CACHE_DIR is set: it points into the data folder.
- Contact/Room/Tag pools and the message-id de-duplication set are process-wide: a new client
  (after a reconnect) must start with empty ones, or it silently drops messages.
- wechaty's loggers each get their own stderr handler and do not propagate: they would bypass
  xiuhua's log file and its masking of secrets (PuppetService logs the token when it starts).
  They are routed through xiuhua's handlers, at WARNING unless WECHATY_LOG asks for more.
tests/test_wechaty_compat.py fails when a shim stops being needed or stops working.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from types import ModuleType

LIBRARY_LOG_FORMAT = "%(asctime)s - %(name)s - %(levelname)s - %(message)s"
"""What wechaty_puppet.logger.get_logger formats with: how its loggers are recognised."""


def load(cache_dir: Path) -> ModuleType:
    """Imports and returns the wechaty package, patched."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("CACHE_DIR", str(cache_dir))
    from wechaty_puppet.schemas.puppet import PuppetOptions

    if PuppetOptions.__hash__ is None:
        PuppetOptions.__hash__ = object.__hash__  # type: ignore[method-assign]
    import wechaty
    import wechaty_puppet_service  # noqa: F401  (its logger is made at import, to be adopted below)

    _adopt_library_loggers()
    return wechaty


def _adopt_library_loggers() -> None:
    for logger in list(logging.Logger.manager.loggerDict.values()):
        if not isinstance(logger, logging.Logger) or logger.propagate:
            continue
        if any(getattr(h.formatter, "_fmt", None) == LIBRARY_LOG_FORMAT for h in logger.handlers):
            logger.handlers = []
            logger.propagate = True
            if "WECHATY_LOG" not in os.environ:
                logger.setLevel(logging.WARNING)


def reset_pools() -> None:
    from wechaty.user.contact import Contact
    from wechaty.user.room import Room
    from wechaty.user.tag import Tag
    from wechaty.utils.async_helper import SingleIdContainer

    Contact._pool = {}
    Room._pool = {}
    Tag._pool = {}
    SingleIdContainer._instance = None
