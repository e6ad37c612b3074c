"""A safety net: every secret the provider handles is registered here and scrubbed from any text that
leaves the process (diagnostics, log lines), even if some code path formatted it by mistake."""

from __future__ import annotations

import threading

MASK = "(sensitive value)"
# Shorter values (a demo's "admin") would scrub ordinary words such as role names; the provider never
# formats a secret into a message in the first place, this is the second line of defence.
_MIN_LENGTH = 8

_lock = threading.Lock()
_secrets: set[str] = set()


def register(*values: object) -> None:
    with _lock:
        for value in values:
            if isinstance(value, str) and len(value) >= _MIN_LENGTH:
                _secrets.add(value)


def scrub(text: str) -> str:
    with _lock:
        known = sorted(_secrets, key=len, reverse=True)
    for secret in known:
        if secret in text:
            text = text.replace(secret, MASK)
    return text


def clear() -> None:
    """Forget every registered secret (tests)."""
    with _lock:
        _secrets.clear()
