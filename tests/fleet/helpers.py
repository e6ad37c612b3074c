"""Helpers of the fleet tests: a config of several pairs on emulators, and a workspace to run it in."""

from __future__ import annotations

import secrets
import subprocess
import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

from servicenow_emulator.testing import Emulator, run_emulator
from spoke_app.config import render_config, render_settings
from spoke_app.workspace import Workspace

INTEGRATION_PASSWORD = "Fleet-Integration-Pw-5r8t"
# Pair options for the client-credentials grant (a token without a browser), as the CI user of the remote.
CI_USER = "spoke.ci"
CI = {"default_grant_type": "client_credentials", "oauth_application_user": CI_USER}


def _password(name: str) -> str:
    return f"{name}-Admin-{secrets.token_urlsafe(9)}"


@contextmanager
def fleet_emulators(pairs: int, seed: str | None = "spoke") -> Iterator[tuple[Emulator, list[Emulator]]]:
    """One remote and ``pairs`` local emulators (named remote, l0, l1, ...), all stopped afterwards; each
    admin password is random and long enough for the secret scrubbers (8+ characters)."""
    with ExitStack() as stack:
        remote = stack.enter_context(run_emulator("remote", seed=seed, admin_password=_password("remote")))
        locals_ = [
            stack.enter_context(run_emulator(f"l{i}", seed=seed, admin_password=_password(f"l{i}")))
            for i in range(pairs)
        ]
        yield remote, locals_


def fleet_config(
    remote: Emulator,
    locals_: Sequence[Emulator],
    *,
    settings: Mapping[str, Any] | None = None,
    prefix: str = "spoke",
    options: Mapping[str, Any] | None = None,
) -> str:
    """One [[pair]] per local emulator, all on ``remote``; pair i has stack ``<prefix>-<i>`` and its own
    local admin password variable ``local_admin_password_<i>`` (so one pair can be given a wrong one)."""
    text = render_settings(dict(settings or {"state_dir": "state"})) + "\n"
    for index, local in enumerate(locals_):
        text += render_config(
            stack=f"{prefix}-{index}",
            remote_url=remote.url,
            local_url=local.url,
            local_user_name="spoke.integration",
            local_password_variable=f"local_admin_password_{index}",
            options=dict(options or {}),
            pair_only=True,
        )
        text += "\n"
    return text


def fleet_secrets(remote: Emulator, locals_: Sequence[Emulator]) -> dict[str, str]:
    secrets = {
        "remote_admin_password": remote.admin_password,
        "local_integration_password": INTEGRATION_PASSWORD,
    }
    for index, local in enumerate(locals_):
        secrets[f"local_admin_password_{index}"] = local.admin_password
    return secrets


def workspace(root: Path, config_text: str, terraformrc: Path, secrets: Mapping[str, str]) -> Workspace:
    """A work directory (one checkout, one laptop or CI job) holding the config and cdktf's files."""
    root.mkdir(parents=True, exist_ok=True)
    config = root / "spoke.toml"
    config.write_text(config_text)
    return Workspace(root, config, terraformrc=terraformrc, secrets=dict(secrets))


def spoke(
    *args: str, cwd: Path, env: Mapping[str, str], timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    """The `spoke` command as a user runs it (``python -m spoke_app.cli``), its output captured."""
    return subprocess.run(
        [sys.executable, "-m", "spoke_app.cli", *args],
        cwd=cwd,
        env=dict(env),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
