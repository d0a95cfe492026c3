"""What /healthz reports: each running part sets its own state here."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class ComponentState:
    ok: bool
    detail: str = ""


@dataclass
class Health:
    """Thread-safe because database retries run in worker threads."""

    _parts: dict[str, ComponentState] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def set(self, name: str, ok: bool, detail: str = "") -> None:
        with self._lock:
            self._parts[name] = ComponentState(ok, detail)

    def reporter(self, name: str) -> Callable[[bool, str], None]:
        """A callback through which one part (the database) reports its own state."""
        return lambda ok, detail: self.set(name, ok, detail)

    def get(self, name: str) -> ComponentState | None:
        with self._lock:
            return self._parts.get(name)

    @property
    def ok(self) -> bool:
        with self._lock:
            return all(part.ok for part in self._parts.values())

    def snapshot(self) -> dict[str, object]:
        with self._lock:
            parts = {name: {"ok": s.ok, "detail": s.detail} for name, s in self._parts.items()}
        return {"status": "ok" if all(p["ok"] for p in parts.values()) else "degraded", "parts": parts}
