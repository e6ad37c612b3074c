"""`spoke deploy|diff|destroy --all` as a user runs them: in an app made by `spoke new`, three pairs on one
remote emulator, the real cdktf CLI and terraform; progress on stderr, the table on stdout, exit codes.

The app's setup is borrowed from the project (its cdktf CLI and this session's provider mirror) instead
of `spoke setup` (npm ci): tests/e2e runs the real setup.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
import requests

from spoke_app.workspace import PROJECT_ROOT
from tests.fleet.helpers import CI, CI_USER, fleet_config, fleet_emulators, fleet_secrets, spoke
from tests.processes import alive, living, processes, wait_for
from tools.postgres import Cluster

pytestmark = [pytest.mark.slow, pytest.mark.e2e]

NOTE = 'Note"With\\Quote-\u00dc-42'  # a secret whose JSON text is escaped


def new_app(tmp_path: Path, terraformrc: Path, env: dict[str, str]) -> Path:
    """An app made by `spoke new`, set up with the project's cdktf CLI and this session's provider mirror."""
    assert spoke("new", "app", cwd=tmp_path, env=env).returncode == 0
    app = tmp_path / "app"
    (app / "node_modules").symlink_to(PROJECT_ROOT / "node_modules")
    (app / ".spoke" / "terraform").mkdir(parents=True)
    (app / ".spoke" / "terraform" / "terraformrc").write_text(terraformrc.read_text())
    return app


def test_spoke_deploy_diff_and_destroy_run_every_pair_of_an_app_with_progress_and_exit_codes(
    tmp_path: Path, terraformrc: Path
) -> None:
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    app = new_app(tmp_path, terraformrc, env)
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
        # cdktf's flags on several stacks: the fleet takes the ones that mean something to terraform.
        again = spoke("diff", "--all", "--skip-synth", "--refresh-only", "--no-color", cwd=app, env=env)
        assert again.returncode == 0, again.stderr + again.stdout
        assert "synthesizing" not in again.stderr and "spoke-2  running (diff)" in again.stderr
        assert again.stdout.splitlines()[-1].startswith("3 stacks: 3 ran, "), again.stdout
        refused = spoke("diff", "spoke-0", "spoke-1", "--target=x", cwd=app, env=env)
        assert (
            refused.returncode == 1
            and "Fix: drop --target, or run the stacks one at a time" in refused.stderr
        )
        assert "running (diff)" not in refused.stderr and "synthesizing" not in refused.stderr

        (record,) = locals_[2].query("sys_properties", "name=x_team.remote_spoke.contact")
        changed = requests.patch(  # by hand, out of band
            f"{locals_[2].url}/api/now/table/sys_properties/{record['sys_id']}",
            json={"value": f"someone@else {NOTE}"},  # a known secret (a TF_VAR_ value) in the value
            auth=locals_[2].auth,
            timeout=10,
        )
        assert changed.status_code == 200, changed.text
        drift = spoke("diff", "--all", "--json", "--exit-code", cwd=app, env={**env, "TF_VAR_note": NOTE})
        assert drift.returncode == 2, drift.stderr + drift.stdout
        report = json.loads(drift.stdout)
        assert {c["stack"] for c in report["changes"]} == {"spoke-2"}
        # Terraform's plan also shows the record's computed columns as known only after the update.
        changes = {c["attribute"]: c for c in report["changes"]}
        assert set(changes) <= {"fields", "computed_fields"}, changes
        change = changes["fields"]
        assert change["resource"].startswith("servicenow_record.TeamContact") and change["action"] == "update"
        # Scrubbed, although JSON escapes its quote, backslash and umlaut.
        assert change["before"]["value"] == "someone@else (secret)"
        assert NOTE not in drift.stdout and json.dumps(NOTE)[1:-1] not in drift.stdout
        assert change["after"]["value"] == "platform-team@example.com"
        assert "1 with changes (spoke-2)" in drift.stderr
        secret = {**env, "TF_VAR_note": NOTE}
        # A refresh-only plan counts nothing to change: the drift it finds is the change (terraform exits 2).
        refreshed = spoke(
            "diff", "spoke-2", "--refresh-only", "--exit-code", "--json", "--skip-synth", cwd=app, env=secret
        )
        assert refreshed.returncode == 2, refreshed.stderr + refreshed.stdout
        report = json.loads(refreshed.stdout)
        assert [(s["stack"], s["has_changes"]) for s in report["stacks"]] == [("spoke-2", True)]
        drifted = [c for c in report["changes"] if c["resource"].startswith("servicenow_record.TeamContact")]
        assert [c["before"]["value"] for c in drifted if c["attribute"] == "fields"] == [
            "platform-team@example.com"
        ]
        assert "(secret)" in json.dumps(drifted) and NOTE not in refreshed.stdout
        # One stack with a fleet flag and a cdktf flag: the fleet still (cdktf would drop --exit-code).
        one = spoke("diff", "spoke-2", "--exit-code", "--skip-synth", cwd=app, env=env)
        assert one.returncode == 2, one.stderr + one.stdout
        assert one.stdout.splitlines()[-1] == "1 stacks: 1 ran, 1 with changes (spoke-2), 0 failed"

        refused = spoke("destroy", "--all", cwd=app, env=env)
        assert refused.returncode == 1 and "Fix: add --auto-approve" in refused.stderr
        destroyed = spoke("destroy", "spoke-[0]", "--auto-approve", cwd=app, env=env)  # a glob: the fleet
        assert destroyed.returncode == 0, destroyed.stderr + destroyed.stdout
        assert destroyed.stdout.splitlines()[-1] == "1 stacks: 1 ran, 0 failed"
        assert locals_[0].query("http_connection") == [] and len(locals_[1].query("http_connection")) == 2


def test_authorize_and_verify_read_the_outputs_of_a_state_kept_in_postgresql(
    tmp_path: Path, terraformrc: Path, pg_cluster: Cluster
) -> None:
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT), "SPOKE_TEST_PG": pg_cluster.conn_str}
    app = new_app(tmp_path, terraformrc, env)
    settings = {"state_dir": "state", "backend": "pg", "pg_conn_str_variable": "SPOKE_TEST_PG"}
    with fleet_emulators(2) as (remote, locals_):
        created = requests.post(
            f"{remote.url}/api/now/table/sys_user", json={"user_name": CI_USER}, auth=remote.auth, timeout=10
        )
        assert created.status_code == 201, created.text
        (app / "spoke.toml").write_text(fleet_config(remote, locals_, settings=settings, options=CI))
        env.update({f"TF_VAR_{name}": value for name, value in fleet_secrets(remote, locals_).items()})
        deployed = spoke("deploy", "--all", cwd=app, env=env)
        assert deployed.returncode == 0, deployed.stderr + deployed.stdout
        states = [p for p in app.rglob("*.tfstate") if ".terraform" not in p.parts]  # (backend settings)
        assert states == [], "the pg backend leaves no state file"
        # A fresh checkout of the app: the stack's folder was never initialised here.
        shutil.rmtree(app / "cdktf.out" / "stacks" / "spoke-1" / ".terraform")

        authorized = spoke(
            "authorize", "--stack", "spoke-1", "--timeout", "30", "--no-browser", cwd=app, env=env
        )
        assert authorized.returncode == 0, authorized.stdout + authorized.stderr
        verified = spoke("verify", "--stack", "spoke-1", cwd=app, env=env)
        assert verified.returncode == 0, verified.stdout + verified.stderr
        assert "FAIL" not in verified.stdout and verified.stdout.count("PASS") >= 8, verified.stdout
        assert pg_cluster.conn_str not in verified.stdout + verified.stderr

        # Without the connection string: a clear error naming the variable, no traceback.
        unset = {k: v for k, v in env.items() if k != "SPOKE_TEST_PG"}
        refused = spoke("verify", "--stack", "spoke-1", cwd=app, env=unset)
        assert refused.returncode == 2 and "SPOKE_TEST_PG" in refused.stderr, refused.stderr
        assert "Traceback" not in refused.stderr
        # The same outputs by hand, for spoke_cli used on its own: `terraform output -json` on stdin.
        outputs = subprocess.run(
            ["terraform", "output", "-json"],
            cwd=app / "cdktf.out" / "stacks" / "spoke-1",
            env={**env, "PG_CONN_STR": pg_cluster.conn_str, "TF_CLI_CONFIG_FILE": str(terraformrc)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        by_hand = subprocess.run(
            [sys.executable, "-m", "spoke_cli", "verify", "--config", "spoke.toml", "--stack", "spoke-1"]
            + ["--outputs", "-"],
            cwd=app,
            env=env,
            input=outputs,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert by_hand.returncode == 0, by_hand.stdout + by_hand.stderr


def _in_folder(pid: int, folder: Path) -> bool:
    try:
        return Path(os.readlink(f"/proc/{pid}/cwd")).is_relative_to(folder)
    except OSError:
        return False


def _ctrl_c(
    app: Path, env: dict[str, str], ready: Callable[[str], bool], signals: Sequence[signal.Signals]
) -> tuple[int, str]:
    """`spoke deploy --all` interrupted as a terminal's Ctrl-C does (SIGINT to its process group) or a
    cancelled CI job (SIGTERM to it; some runners send SIGINT, then SIGTERM) once ``ready(stderr so
    far)``; (exit code, stderr)."""
    errors = app.parent / "stderr.txt"
    with errors.open("w") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "spoke_app.cli", "deploy", "--all", "--parallel", "2"],
            cwd=app,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=err,
            start_new_session=True,  # its own process group, as a shell's foreground job
        )
        try:
            assert wait_for(lambda: ready(errors.read_text()) or proc.poll() is not None, 300)
            assert proc.poll() is None, errors.read_text()
            for index, sig in enumerate(signals):
                if index:
                    time.sleep(0.5)  # the next one arrives while the run stops
                os.killpg(proc.pid, sig)
            code = proc.wait(timeout=60)
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
    return code, errors.read_text()


@pytest.mark.parametrize(
    "signals",
    [(signal.SIGINT,), (signal.SIGTERM,), (signal.SIGINT, signal.SIGTERM)],
    ids=["ctrl-c", "sigterm", "ctrl-c-then-sigterm"],
)
def test_ctrl_c_during_a_fleet_deploy_stops_everything_at_once_and_a_rerun_converges(
    tmp_path: Path, terraformrc: Path, signals: tuple[signal.Signals, ...]
) -> None:
    sig = signals[0]  # the exit code tells the first; later ones cannot cut the stopping short
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    app = new_app(tmp_path, terraformrc, env)
    with fleet_emulators(2) as (remote, locals_):
        (app / "spoke.toml").write_text(fleet_config(remote, locals_))
        env.update({f"TF_VAR_{name}": value for name, value in fleet_secrets(remote, locals_).items()})

        code, errors = _ctrl_c(app, env, lambda err: "synthesizing" in err, signals)  # during the synth
        assert code == 128 + sig, errors
        assert "interrupted" in errors and "Traceback" not in errors, errors
        assert "running (deploy)" not in errors

        for emulator in (remote, *locals_):
            emulator.set_faults(latency_ms=500)  # every request slow: the applies are mid-way
        code, errors = _ctrl_c(app, env, lambda err: len(locals_[0].query("http_connection")) > 0, signals)
        assert code == 128 + sig, errors
        assert "the running stacks were stopped; the others did not start" in errors, errors
        assert "Traceback" not in errors, errors
        # Nothing left running: no terraform or provider in the app's folders, no fork server of this run.
        assert wait_for(lambda: not living(lambda p: _in_folder(p.pid, app)), 30)
        assert wait_for(lambda: not [p for p in processes() if _fork_server_of(p.pid, terraformrc)], 30)
        for emulator in (remote, *locals_):
            emulator.clear_faults()

        deployed = spoke("deploy", "--all", cwd=app, env=env)
        assert deployed.returncode == 0, deployed.stderr + deployed.stdout
        for local in locals_:  # every record once: the rerun took over what the stopped run created
            assert len(local.query("http_connection")) == 2
            assert len(local.query("basic_auth_credentials")) == 1
            assert len(local.query("sys_properties", "name=x_team.remote_spoke.contact")) == 1
        assert len(remote.query("oauth_entity", "type=client")) == 2
        diff = spoke("diff", "--all", "--exit-code", "--skip-synth", cwd=app, env=env)
        assert diff.returncode == 0, diff.stderr + diff.stdout


def _fork_server_of(pid: int, terraformrc: Path) -> bool:
    """Whether ``pid`` is a live provider fork server started from this session's provider mirror."""
    try:
        args = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    return (
        b"--fork-server" in args and any(str(terraformrc.parent).encode() in a for a in args) and alive(pid)
    )
