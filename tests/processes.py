"""What the tests read about processes from /proc, and polling with a deadline (never a fixed sleep)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple


class Proc(NamedTuple):
    pid: int
    state: str
    ppid: int
    pgrp: int


def processes() -> list[Proc]:
    """Every process now, zombies (state Z) and dead ones (X) included."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        found.append(Proc(int(stat.parent.name), fields[0], int(fields[1]), int(fields[2])))
    return found


def alive(pid: int) -> bool:
    """True while the process exists and is not a zombie (a reaped-late child counts as gone)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


def living(select: Callable[[Proc], bool]) -> list[int]:
    """The pids of the live (not zombie) processes ``select`` picks."""
    return [p.pid for p in processes() if select(p) and p.state not in ("Z", "X")]


def wait_for(condition: Callable[[], bool], seconds: float = 20.0) -> bool:
    """Poll ``condition`` until it holds or ``seconds`` pass; its last value."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()
