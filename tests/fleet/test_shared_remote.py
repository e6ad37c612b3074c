"""Pairs sharing one remote share its instance-wide records: destroying one pair leaves the others working.

The client-credentials property exists once per remote instance. Every pair using the grant on that
remote adopts it (or the first one creates it); a stack's destroy leaves it (``keep``), so the other
pairs still get their tokens. Deploying pairs of one remote at once creates it once.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from servicenow_emulator.testing import run_emulator
from servicenow_spoke.spoke import CLIENT_CREDENTIALS_PROPERTY
from spoke_app.config import ConfigError, load_config, render_settings
from spoke_app.fleet import Fleet, first_on_each_remote
from spoke_app.workspace import PROJECT_ROOT
from tests.fleet.helpers import CI, CI_USER, fleet_config, fleet_emulators, fleet_secrets, workspace


def test_a_config_refuses_restoring_the_property_of_a_remote_its_pairs_share(tmp_path: Path) -> None:
    with run_emulator("remote") as remote, run_emulator("a") as a, run_emulator("b") as b:
        text = fleet_config(remote, [a, b], options=CI)
    marked = text.replace(
        "[pair.options]\n", '[pair.options]\nclient_credentials_property_on_destroy = "restore"\n', 1
    )
    path = tmp_path / "spoke.toml"
    path.write_text(marked)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    message = str(caught.value)
    assert "key 'pair[0].options.client_credentials_property_on_destroy'" in message
    assert "shared with pair[1] ('spoke-1')" in message and 'the default, "keep"' in message
    path.write_text(text)
    config = load_config(path)
    assert first_on_each_remote(config, ["spoke-0", "spoke-1"]) == {"spoke-1": "spoke-0"}
    assert first_on_each_remote(config, ["spoke-1"]) == {}
    path.write_text(
        render_settings({"state_dir": "s"})
        + text[text.index("[[pair]]") :].replace(
            'default_grant_type = "client_credentials"', 'default_grant_type = "authorization_code"'
        )
    )
    assert first_on_each_remote(load_config(path), ["spoke-0", "spoke-1"]) == {}


def _cli(config: Path, stack: str, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "spoke_cli", args[0], "--config", str(config), "--stack", stack, *args[1:]],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.slow
@pytest.mark.e2e
def test_destroying_one_pair_of_a_shared_remote_leaves_the_property_and_the_other_pair_verifies(
    tmp_path: Path, terraformrc: Path
) -> None:
    with fleet_emulators(2) as (remote, [a, b]):
        created = requests.post(
            f"{remote.url}/api/now/table/sys_user", json={"user_name": CI_USER}, auth=remote.auth, timeout=10
        )
        assert created.status_code == 201, created.text
        assert remote.query("sys_properties", f"name={CLIENT_CREDENTIALS_PROPERTY}") == []
        secrets = fleet_secrets(remote, [a, b])
        ws = workspace(tmp_path / "fleet", fleet_config(remote, [a, b], options=CI), terraformrc, secrets)
        fleet = Fleet(ws, load_config(ws.config), parallel=2, progress=io.StringIO())
        fleet.synth()

        deployed = fleet.run("deploy", ["spoke-0", "spoke-1"])
        assert [(r.status, r.error) for r in deployed] == [("done", "")] * 2
        # Created once (by the stack that went first), adopted by the other.
        (prop,) = remote.query("sys_properties", f"name={CLIENT_CREDENTIALS_PROPERTY}")
        assert prop["value"] == "true"

        (destroyed,) = fleet.run("destroy", ["spoke-0"])
        assert (destroyed.status, destroyed.remove) == ("done", 9), destroyed.error  # 7 + property + profile
        (kept,) = remote.query("sys_properties", f"name={CLIENT_CREDENTIALS_PROPERTY}")
        assert (kept["sys_id"], kept["value"]) == (prop["sys_id"], "true")

        # The other pair still gets its token without a browser, and its whole chain verifies.
        env = {**os.environ, **{f"TF_VAR_{name}": value for name, value in secrets.items()}}
        authorized = _cli(ws.config, "spoke-1", env, "authorize", "--timeout", "30", "--no-browser")
        assert authorized.returncode == 0, authorized.stdout + authorized.stderr
        verified = _cli(ws.config, "spoke-1", env, "verify")
        assert verified.returncode == 0, verified.stdout + verified.stderr
        (diff,) = fleet.run("diff", ["spoke-1"])
        assert (diff.status, diff.add, diff.change, diff.remove) == ("done", 0, 0, 0), diff.error
