"""Shared fixtures: emulators seeded with the Remote Instance spoke, on 127.0.0.1, stopped afterwards.

cdktf's ``Testing.app()`` leaves a ``cdktf.outdir.*`` folder per app in the jsii kernel's temporary
folder. The kernel (a node process started when ``cdktf`` is first imported) gets a folder of its own
that is removed when the session ends, so tests leave nothing behind in the machine's /tmp. Everything
else keeps the usual TMPDIR (pytest's tmp_path, and the provider's socket paths, which must stay short).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator

import pytest

from servicenow_emulator.testing import Emulator, run_emulator

_SESSION_TMP = tempfile.mkdtemp(prefix="spoke-tests-")
_TMPDIR = os.environ.get("TMPDIR")
os.environ["TMPDIR"] = _SESSION_TMP
import servicenow_spoke.cdk  # noqa: E402,F401  (starts the jsii kernel with TMPDIR set to the session folder)

if _TMPDIR is None:
    del os.environ["TMPDIR"]
else:
    os.environ["TMPDIR"] = _TMPDIR


# The provider keeps the values of adopted records under $HOME unless told otherwise: never the real home.
os.environ["SERVICENOW_JOURNAL_DIR"] = os.path.join(_SESSION_TMP, "journal")


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
