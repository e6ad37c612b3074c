"""Shared fixtures: emulators seeded with the Remote Instance spoke, on 127.0.0.1, stopped afterwards.

The whole test session gets a temporary folder of its own as TMPDIR (cdktf's ``Testing.app()`` leaves
a ``cdktf.outdir.*`` folder there per app, jsii and terraform write there too); it is removed when the
session ends, so tests leave nothing behind in the machine's /tmp.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator

import pytest

from servicenow_emulator.testing import Emulator, run_emulator

_SESSION_TMP = tempfile.mkdtemp(prefix="spoke-tests-")
os.environ["TMPDIR"] = _SESSION_TMP
tempfile.tempdir = None  # recomputed from TMPDIR on next use


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_SESSION_TMP, ignore_errors=True)


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
