"""Everything python-wechaty 0.10.7 needs to run on Python 3.11 here, in one place.

- A dataclass default in wechaty is an unhashable PuppetOptions, which Python 3.11 rejects at
  import: PuppetOptions is made hashable (by identity) first.
- Importing wechaty creates ./.wechaty unless CACHE_DIR is set: it points into the data folder.
- Contact/Room/Tag pools and the message-id de-duplication set are process-wide: a new client
  (after a reconnect) must start with empty ones, or it silently drops messages.
tests/test_wechaty_compat.py fails when a shim stops being needed or stops working.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import ModuleType


def load(cache_dir: Path) -> ModuleType:
    """Imports and returns the wechaty package, patched."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("CACHE_DIR", str(cache_dir))
    from wechaty_puppet.schemas.puppet import PuppetOptions

    if PuppetOptions.__hash__ is None:
        PuppetOptions.__hash__ = object.__hash__  # type: ignore[method-assign]
    import wechaty

    return wechaty


def reset_pools() -> None:
    from wechaty.user.contact import Contact
    from wechaty.user.room import Room
    from wechaty.user.tag import Tag
    from wechaty.utils.async_helper import SingleIdContainer

    Contact._pool = {}
    Room._pool = {}
    Tag._pool = {}
    SingleIdContainer._instance = None
