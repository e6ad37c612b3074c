"""`spoke deploy|diff|destroy --all` as a user runs them: in an app made by `spoke new`, three pairs on one
remote emulator, the real cdktf CLI and terraform; progress on stderr, the table on stdout, exit codes.

The app's setup is borrowed from the project (its cdktf CLI and this session's provider mirror) instead
of `spoke setup` (npm ci): tests/e2e runs the real setup.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from spoke_app.workspace import PROJECT_ROOT
from tests.fleet.helpers import fleet_config, fleet_emulators, fleet_secrets

pytestmark = [pytest.mark.slow, pytest.mark.e2e]


def spoke(*args: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "spoke_app.cli", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def test_spoke_deploy_diff_and_destroy_run_every_pair_of_an_app_with_progress_and_exit_codes(
    tmp_path: Path, terraformrc: Path
) -> None:
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    assert spoke("new", "app", cwd=tmp_path, env=env).returncode == 0
    app = tmp_path / "app"
    (app / "node_modules").symlink_to(PROJECT_ROOT / "node_modules")
    (app / ".spoke" / "terraform").mkdir(parents=True)
    (app / ".spoke" / "terraform" / "terraformrc").write_text(terraformrc.read_text())
    with fleet_emulators(3) as (remote, locals_):
        (app / "spoke.toml").write_text(fleet_config(remote, locals_))
        env.update({f"TF_VAR_{name}": value for name, value in fleet_secrets(remote, locals_).items()})

        deployed = spoke("deploy", "--all", "--parallel", "2", cwd=app, env=env)
        assert deployed.returncode == 0, deployed.stderr + deployed.stdout
        for stack in ("spoke-0", "spoke-1", "spoke-2"):
            assert f"{stack}  running (deploy)" in deployed.stderr
            assert (
                f"{stack}  done: 8 added, 0 changed, 0 destroyed" in deployed.stderr
            )  # + the app's own record
        assert deployed.stdout.splitlines()[-1] == "3 stacks: 3 ran, 0 failed"
        for local in locals_:
            assert len(local.query("http_connection")) == 2
            assert len(local.query("sys_properties", "name=x_team.remote_spoke.contact")) == 1

        diff = spoke("diff", "spoke-*", "--exit-code", cwd=app, env=env)
        assert diff.returncode == 0, diff.stderr + diff.stdout
        assert diff.stdout.splitlines()[-1] == "3 stacks: 3 ran, 0 with changes, 0 failed"

        (record,) = locals_[2].query("sys_properties", "name=x_team.remote_spoke.contact")
        changed = requests.patch(  # by hand, out of band
            f"{locals_[2].url}/api/now/table/sys_properties/{record['sys_id']}",
            json={"value": "someone@else"},
            auth=locals_[2].auth,
            timeout=10,
        )
        assert changed.status_code == 200, changed.text
        drift = spoke("diff", "--all", "--json", "--exit-code", cwd=app, env=env)
        assert drift.returncode == 2, drift.stderr + drift.stdout
        report = json.loads(drift.stdout)
        assert {c["stack"] for c in report["changes"]} == {"spoke-2"}
        # Terraform's plan also shows the record's computed columns as known only after the update.
        changes = {c["attribute"]: c for c in report["changes"]}
        assert set(changes) <= {"fields", "computed_fields"}, changes
        change = changes["fields"]
        assert change["resource"].startswith("servicenow_record.TeamContact") and change["action"] == "update"
        assert change["before"]["value"] == "someone@else"
        assert change["after"]["value"] == "platform-team@example.com"
        assert "1 with changes (spoke-2)" in drift.stderr

        refused = spoke("destroy", "--all", cwd=app, env=env)
        assert refused.returncode == 1 and "Fix: add --auto-approve" in refused.stderr
        destroyed = spoke("destroy", "spoke-[0]", "--auto-approve", cwd=app, env=env)  # a glob: the fleet
        assert destroyed.returncode == 0, destroyed.stderr + destroyed.stdout
        assert destroyed.stdout.splitlines()[-1] == "1 stacks: 1 ran, 0 failed"
        assert locals_[0].query("http_connection") == [] and len(locals_[1].query("http_connection")) == 2
