"""Shared fixtures: emulators seeded with the Remote Instance spoke, on 127.0.0.1, stopped afterwards."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from servicenow_emulator.testing import Emulator, run_emulator


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    """One instance seeded with the spoke (name "instance", admin/admin)."""
    with run_emulator("instance", seed="spoke") as emu:
        yield emu


@pytest.fixture
def emulator_pair() -> Iterator[tuple[Emulator, Emulator]]:
    """A (remote, local) pair, both seeded with the spoke, named "remote" and "local"."""
    with run_emulator("remote", seed="spoke") as remote, run_emulator("local", seed="spoke") as local:
        yield remote, local
