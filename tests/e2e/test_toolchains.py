"""The spoke's lifecycle on CDK for Terraform and on CDK Terrain, and a deployed app moved between them.

Each case deploys with one toolchain, diffs ("No changes") with it, then moves the same app folder and
state to the other toolchain: its first diff must say "No changes", and it destroys. Together the two
cases run deploy, diff and destroy on both toolchains against an emulator pair (docs/toolchains.md).
cdktn's CLI, Node 22 and Python package are installed into this repository first when missing.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from servicenow_emulator.testing import run_emulator
from servicenow_spoke.toolchain import TOOLCHAINS
from spoke_app.workspace import PROJECT_ROOT, Workspace, strip_ansi
from tests.e2e.conftest import (
    LOCAL_ADMIN_PASSWORD,
    REMOTE_ADMIN_PASSWORD,
    SECRETS,
    STACK,
    needs_provider,
    spoke_config,
)

pytestmark = [pytest.mark.e2e, pytest.mark.slow, needs_provider]

NO_CHANGES = "No changes. Your infrastructure matches the configuration."
CREATED_TABLES = ("oauth_2_0_credentials", "basic_auth_credentials", "http_connection")


@pytest.fixture(scope="session")
def both_toolchains() -> None:
    """cdktn installed in this repository (skipped step by step when done): `python -m tools.toolchain`."""
    proc = subprocess.run(
        [sys.executable, "-m", "tools.toolchain", "cdktn"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]


def _synthesized_by(workspace: Workspace) -> str:
    manifest = json.loads((workspace.out_dir / "manifest.json").read_text())
    return str(manifest.get("version"))


@pytest.mark.parametrize(("first", "second"), [("cdktf", "cdktn"), ("cdktn", "cdktf")])
def test_an_app_deployed_with_one_toolchain_moves_to_the_other_with_no_changes_and_is_destroyed(
    first: str, second: str, tmp_path: Path, terraformrc: Path, both_toolchains: None
) -> None:
    secrets = SECRETS
    config = tmp_path / "spoke.toml"
    with (
        run_emulator("remote", seed="spoke", admin_password=REMOTE_ADMIN_PASSWORD) as remote,
        run_emulator("local", seed="spoke", admin_password=LOCAL_ADMIN_PASSWORD) as local,
    ):
        config.write_text(spoke_config(remote, local))
        (registry_before,) = local.query("oauth_entity", "name=RemoteSpoke")
        before = Workspace(
            tmp_path, config, terraformrc=terraformrc, secrets=secrets, toolchain=TOOLCHAINS[first]
        )
        output = before.cdktf("deploy")
        # Six records + the registry's client id and secret (RegistryClient).
        assert "Apply complete! Resources: 7 added, 0 changed, 0 destroyed." in output, output[-3000:]
        assert NO_CHANGES in before.cdktf("diff")
        outputs = before.outputs(STACK)
        first_version = _synthesized_by(before)

        # The move: the same app folder and state file, the other toolchain.
        after = Workspace(
            tmp_path, config, terraformrc=terraformrc, secrets=secrets, toolchain=TOOLCHAINS[second]
        )
        output = after.cdktf("diff")
        assert NO_CHANGES in output, output[-3000:]
        assert _synthesized_by(after) != first_version  # really synthesized by the other toolchain
        assert after.outputs(STACK) == outputs

        output = after.cdktf("destroy")
        assert "Destroy complete! Resources: 7 destroyed." in output, output[-3000:]
        assert remote.get_record("oauth_entity", outputs["remote_endpoint_sys_id"]) is None
        for table in CREATED_TABLES:
            assert local.query(table, "") == [], table
        (registry,) = local.query("oauth_entity", "name=RemoteSpoke")
        volatile = {"sys_updated_on", "sys_updated_by", "sys_mod_count", "client_secret"}
        assert {k: v for k, v in registry.items() if k not in volatile} == {
            k: v for k, v in registry_before.items() if k not in volatile
        }


def _spoke(*args: str, cwd: Path, env: dict[str, str]) -> str:
    proc = subprocess.run(
        [sys.executable, "-m", "spoke_app.cli", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert proc.returncode == 0, f"spoke {' '.join(args)}:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    return strip_ansi(proc.stdout + proc.stderr)


def test_a_new_app_set_up_with_spoke_toolchain_cdktn_deploys_diffs_and_destroys_with_the_spoke_command(
    tmp_path: Path, both_toolchains: None
) -> None:
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in ("TF_CLI_CONFIG_FILE", "CDKTF_OUTDIR")
    }
    env.update({f"TF_VAR_{name}": value for name, value in SECRETS.items()}, SPOKE_TOOLCHAIN="cdktn", CI="1")
    _spoke("new", "app", cwd=tmp_path, env=env)
    app = tmp_path / "app"
    output = _spoke("setup", cwd=app, env=env)
    assert "cdktn CLI: npm ci" in output and "node: 22." in output, output
    assert (app / "toolchains" / "cdktn" / "node_modules" / ".bin" / "cdktn").is_file()
    assert not (app / "node_modules").exists()  # cdktf's CLI is not installed when cdktn is chosen
    with (
        run_emulator("remote", seed="spoke", admin_password=REMOTE_ADMIN_PASSWORD) as remote,
        run_emulator("local", seed="spoke", admin_password=LOCAL_ADMIN_PASSWORD) as local,
    ):
        (app / "spoke.toml").write_text(spoke_config(remote, local))
        output = _spoke("deploy", "--auto-approve", cwd=app, env=env)
        assert "Apply complete!" in output, output[-3000:]
        assert len(local.query("http_connection", "name=Remote Connection")) == 1
        output = _spoke("diff", cwd=app, env=env)  # the cdktn CLI's line, or the fleet runner's row
        assert NO_CHANGES in output or re.search(rf"^{STACK}\s+no changes\s+0\s+0\s+0\b", output, re.M), (
            output[-3000:]
        )
        assert json.loads((app / "cdktf.out" / "manifest.json").read_text())["version"] == "0.24.0"
        output = _spoke("destroy", "--auto-approve", cwd=app, env=env)
        # 6 records + RegistryClient + the app's TeamContact; the CLI's line, or the fleet runner's row
        assert "Destroy complete! Resources: 8 destroyed." in output or re.search(
            rf"^{STACK}\s+ok\s+0\s+0\s+8\b", output, re.M
        ), output[-3000:]
        for table in CREATED_TABLES:
            assert local.query(table, "") == [], table
