"""Fixtures for the CLI tests: an emulator pair with the spoke deployed through the Table API."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from servicenow_emulator.testing import Emulator, run_emulator

from .helpers import LOCAL_PASSWORD, REMOTE_PASSWORD, Deployed, deploy_records, write_stack


@pytest.fixture
def pair() -> Iterator[tuple[Emulator, Emulator]]:
    with (
        run_emulator("remote", admin_password=REMOTE_PASSWORD) as remote,
        run_emulator("local", admin_password=LOCAL_PASSWORD) as local,
    ):
        yield remote, local


@pytest.fixture
def deployed(pair: tuple[Emulator, Emulator], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Deployed:
    """The spoke deployed on the pair, its config and state on disk, admin passwords in TF_VAR_*."""
    remote, local = pair
    outputs = deploy_records(remote, local)
    config, state = write_stack(tmp_path, remote, local, outputs)
    env = {"TF_VAR_remote_admin_password": REMOTE_PASSWORD, "TF_VAR_local_admin_password": LOCAL_PASSWORD}
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("SPOKE_CONFIG", raising=False)
    return Deployed(remote, local, outputs, config, state, env)
