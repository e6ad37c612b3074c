"""Fault injection settings and state (rate limiting, error rates, latency, dropped connections)."""

from __future__ import annotations

import math
import random
import threading
import time
from dataclasses import asdict, dataclass, fields
from typing import Any


@dataclass
class FaultSettings:
    #: After this many requests, answer 429 until ``retry_after`` seconds have passed; then count again.
    rate_limit_after: int | None = None
    #: Seconds announced in Retry-After (and the length of the blocked window).
    retry_after: int = 1
    error_rate_500: float = 0.0
    error_rate_503: float = 0.0
    #: Share of requests answered 429 with ``Retry-After: retry_after`` (random, like the 5xx rates).
    error_rate_429: float = 0.0
    latency_ms: int = 0
    drop_connection_rate: float = 0.0
    #: The next N POSTs commit and then drop the connection without an answer.
    drop_after_commit: int = 0
    seed: int | None = None

    @classmethod
    def from_json(cls, data: Any) -> FaultSettings:
        """Validated settings; raises ValueError naming the bad key and what is expected."""
        if not isinstance(data, dict):
            raise ValueError('the fault settings must be a JSON object, e.g. {"rate_limit_after": 3}')
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ValueError(
                f"unknown fault option(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}"
            )
        out = cls()
        for key, value in data.items():
            if key in ("rate_limit_after", "seed"):
                ok = value is None or (isinstance(value, int) and not isinstance(value, bool) and value >= 0)
                expected = "a non-negative integer or null"
            elif key in ("retry_after", "latency_ms", "drop_after_commit"):
                ok = isinstance(value, int) and not isinstance(value, bool) and value >= 0
                expected = "a non-negative integer"
            else:
                ok = isinstance(value, int | float) and not isinstance(value, bool) and 0.0 <= value <= 1.0
                expected = "a number between 0 and 1"
            if not ok:
                raise ValueError(f"fault option {key} must be {expected}; got {value!r}")
            setattr(out, key, float(value) if expected.startswith("a number") else value)
        return out

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Decision:
    kind: str  # "pass", "429", "500", "503", "drop"
    headers: tuple[tuple[str, str], ...] = ()


class FaultState:
    def __init__(self, settings: FaultSettings | None = None) -> None:
        self._lock = threading.Lock()
        self.set(settings or FaultSettings())

    def set(self, settings: FaultSettings) -> None:
        with self._lock:
            self.settings = settings
            self._random = random.Random(settings.seed)
            self._count = 0
            self._blocked_until: float | None = None
            self._drops_left = settings.drop_after_commit

    def get(self) -> FaultSettings:
        with self._lock:
            return FaultSettings(**asdict(self.settings))

    def latency(self) -> float:
        return self.settings.latency_ms / 1000.0

    def decide(self) -> Decision:
        """What to do with one request, before it is processed."""
        with self._lock:
            s = self.settings
            if s.drop_connection_rate and self._random.random() < s.drop_connection_rate:
                return Decision("drop")
            if s.rate_limit_after is not None:
                clock = time.time()
                if self._blocked_until is not None and clock >= self._blocked_until:
                    self._blocked_until = None
                    self._count = 0
                reset = self._blocked_until if self._blocked_until is not None else clock + s.retry_after
                headers = (
                    ("X-RateLimit-Limit", str(s.rate_limit_after)),
                    ("X-RateLimit-Reset", str(math.ceil(reset))),
                    ("X-RateLimit-Rule", "emulator fault injection"),
                )
                if self._blocked_until is None and self._count >= s.rate_limit_after:
                    self._blocked_until = clock + s.retry_after
                if self._blocked_until is not None:
                    retry = max(0, math.ceil(self._blocked_until - clock))
                    return Decision("429", headers + (("Retry-After", str(retry)),))
                self._count += 1
                base = Decision("pass", headers)
            else:
                base = Decision("pass")
            if s.error_rate_500 and self._random.random() < s.error_rate_500:
                return Decision("500", base.headers)
            if s.error_rate_503 and self._random.random() < s.error_rate_503:
                return Decision("503", base.headers)
            if s.error_rate_429 and self._random.random() < s.error_rate_429:
                return Decision("429", base.headers + (("Retry-After", str(s.retry_after)),))
            return base

    def take_drop_after_commit(self) -> bool:
        with self._lock:
            if self._drops_left > 0:
                self._drops_left -= 1
                return True
            return False
