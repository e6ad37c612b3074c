"""The project's cdktf runner checks the config's variables before cdktf starts (a missing one would make
terraform wait at its input prompt in cdktf's pseudo-terminal), and reports a run whose terraform was
killed as failed even when cdktf exits 0 ("No outputs found", no closing line)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from servicenow_spoke.toolchain import selected
from spoke_app.config import load_config, render_config
from spoke_app.prechecks import config_variables
from spoke_app.project import AppDir
from spoke_app.workspace import IncompleteRun, MissingVariables, Workspace, node_bin

SECRETS = {
    "remote_admin_password": "r-pw-1",
    "local_admin_password": "l-pw-1",
    "local_integration_password": "i-pw-1",
}


def _workspace(tmp_path: Path, output: str, secrets: dict[str, str], **options: object) -> Workspace:
    """A workspace whose `cdktf` is a stand-in that prints `output`, records that it ran and exits 0."""
    project = tmp_path / "project"
    cli = node_bin(selected(), project) / selected().cli
    cli.parent.mkdir(parents=True)
    cli.write_text(
        f"#!{sys.executable}\nimport pathlib, sys\n"
        f"pathlib.Path({str(tmp_path / 'ran')!r}).write_text(' '.join(sys.argv[1:]))\n"
        f"print({output!r})\n"
    )
    cli.chmod(0o755)
    config = tmp_path / "spoke.toml"
    config.write_text(
        render_config(
            stack="spoke",
            remote_url="http://127.0.0.1:1",
            local_url="http://127.0.0.1:2",
            options=dict(options),
        )
    )
    return Workspace(tmp_path / "work", config, secrets=secrets, project_root=project, timeout=60)


@pytest.mark.parametrize("command", ["deploy", "diff", "destroy"])
@pytest.mark.parametrize(
    ("secrets", "variable", "state"),
    [
        (
            {k: v for k, v in SECRETS.items() if k != "local_admin_password"},
            "local_admin_password",
            "not set",
        ),
        ({**SECRETS, "local_integration_password": ""}, "local_integration_password", "empty"),
    ],
)
def test_a_missing_or_empty_variable_stops_the_command_before_cdktf_starts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command, secrets, variable, state
) -> None:
    for name in SECRETS:
        monkeypatch.delenv(f"TF_VAR_{name}", raising=False)
    workspace = _workspace(tmp_path, "Apply complete!", secrets)
    with pytest.raises(MissingVariables) as info:
        workspace.cdktf(command)
    message = str(info.value)
    assert f"TF_VAR_{variable} is {state}" in message
    assert f"Fix: export TF_VAR_{variable}=<value>" in message
    assert "input prompt" in message
    assert not (tmp_path / "ran").exists()


def test_the_client_secret_variable_of_the_options_is_checked_too(tmp_path: Path) -> None:
    workspace = _workspace(tmp_path, "Apply complete!", SECRETS, client_secret_variable="spoke_cs")
    with pytest.raises(MissingVariables, match="TF_VAR_spoke_cs is not set"):
        workspace.cdktf("deploy")


def test_the_variables_read_without_cdktf_are_the_ones_the_config_loader_reads(tmp_path: Path) -> None:
    config = tmp_path / "spoke.toml"
    config.write_text(
        render_config(
            stack="s",
            remote_url="http://127.0.0.1:1",
            local_url="http://127.0.0.1:2",
            remote_password_variable="a",
            local_password_variable="b",
            local_user_password_variable="c",
            options={"client_secret_variable": "d"},
        )
    )
    [pair] = load_config(config).pairs
    loaded = [
        pair.remote.password_variable,
        pair.local.password_variable,
        pair.local_credential.password_variable,
        pair.client_secret_variable,
    ]
    assert [name for name, _what in config_variables(config)] == loaded == ["a", "b", "c", "d"]


@pytest.mark.parametrize(
    ("command", "output"),
    [
        ("deploy", "spoke  Initializing...\nNo outputs found."),
        ("deploy", "spoke  Creating...\n"),
        ("destroy", "spoke  Destroying...\n"),
        ("diff", "spoke  Refreshing state...\n"),
    ],
)
def test_a_run_that_exits_0_without_terraforms_closing_line_is_a_failure(
    tmp_path: Path, command: str, output: str
) -> None:
    workspace = _workspace(tmp_path, output, SECRETS)
    with pytest.raises(IncompleteRun) as info:
        workspace.cdktf(command)
    message = str(info.value)
    assert f"cdktf {command} exited 0 but terraform did not finish" in message
    assert f"Fix: run {command} again" in message
    if "No outputs found" in output:
        assert '"No outputs found"' in message


@pytest.mark.parametrize(
    ("command", "output"),
    [
        ("deploy", "spoke  Apply complete! Resources: 6 added, 0 changed, 0 destroyed."),
        ("destroy", "spoke  Destroy complete! Resources: 6 destroyed."),
        ("diff", "spoke  No changes. Your infrastructure matches the configuration."),
        ("diff", "spoke  Plan: 0 to add, 1 to change, 0 to destroy."),
    ],
)
def test_a_finished_run_passes(tmp_path: Path, command: str, output: str) -> None:
    assert output in _workspace(tmp_path, output, SECRETS).cdktf(command)


# ------------------------------------------------------------------ the `spoke` command (an app of one's own)


def _spoke(*args: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "spoke_app.cli", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _app(tmp_path: Path, cdktf_output: str) -> tuple[Path, dict[str, str]]:
    """A new app whose `cdktf` is a stand-in that prints `cdktf_output`, records it ran and exits 0."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TF_VAR_")}
    assert _spoke("new", "app", cwd=tmp_path, env=env).returncode == 0
    app = tmp_path / "app"
    cli = AppDir(app).cdktf
    cli.parent.mkdir(parents=True)
    cli.write_text(
        f"#!{sys.executable}\nimport pathlib\npathlib.Path({str(tmp_path / 'ran')!r}).write_text('ran')\n"
        f"print({cdktf_output!r})\n"
    )
    cli.chmod(0o755)
    (app / ".spoke" / "terraform").mkdir(parents=True)
    (app / ".spoke" / "terraform" / "terraformrc").write_text("")
    return app, env


def test_spoke_deploy_checks_the_variables_before_cdktf_starts(tmp_path: Path) -> None:
    app, env = _app(tmp_path, "Apply complete!")
    env.update(TF_VAR_remote_admin_password="r", TF_VAR_local_admin_password="")
    proc = _spoke("deploy", "--auto-approve", cwd=app, env=env)
    assert proc.returncode == 2, proc.stderr
    assert "TF_VAR_local_admin_password is empty" in proc.stderr
    assert "TF_VAR_local_integration_password is not set" in proc.stderr
    assert "export TF_VAR_local_integration_password=<value>" in proc.stderr
    assert not (tmp_path / "ran").exists()


def test_spoke_deploy_reports_a_killed_terraform_as_failed_though_cdktf_exited_0(tmp_path: Path) -> None:
    app, env = _app(tmp_path, "No outputs found.")
    env.update(
        TF_VAR_remote_admin_password="r",
        TF_VAR_local_admin_password="l",
        TF_VAR_local_integration_password="i",
    )
    # What a SIGKILLed terraform leaves: the state and the lock's info file, and nobody holding the lock.
    (app / ".state").mkdir()
    (app / ".state" / "spoke-dev.tfstate").write_text("{}")
    (app / ".state" / ".spoke-dev.tfstate.lock.info").write_text("{}")
    proc = _spoke("deploy", "--auto-approve", cwd=app, env=env)
    assert (tmp_path / "ran").exists()
    assert proc.returncode == 1, proc.stderr
    assert "terraform did not finish for stack(s) spoke-dev" in proc.stderr
    assert "Fix: run deploy again" in proc.stderr
    # Once a run finishes (terraform removes the file), the same command succeeds.
    (app / ".state" / ".spoke-dev.tfstate.lock.info").unlink()
    assert _spoke("deploy", "--auto-approve", cwd=app, env=env).returncode == 0


def test_a_lock_another_terraform_holds_is_not_taken_for_a_killed_run(tmp_path: Path) -> None:
    """terraform's local backend locks the state file with fcntl: a holder means a run in progress."""
    from spoke_app.prechecks import killed_runs

    config = tmp_path / "spoke.toml"
    config.write_text(
        render_config(stack="s", remote_url="http://127.0.0.1:1", local_url="http://127.0.0.1:2")
    )
    state = tmp_path / ".state"
    state.mkdir()
    (state / "s.tfstate").write_text("{}")
    (state / ".s.tfstate.lock.info").write_text("{}")
    assert killed_runs(config) == ["s"]
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl, os, sys, time\n"
            f"fd = os.open({str(state / 's.tfstate')!r}, os.O_RDWR)\n"
            "fcntl.lockf(fd, fcntl.LOCK_EX)\nprint('locked', flush=True)\nsys.stdin.read()\n",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        assert killed_runs(config) == []
    finally:
        holder.communicate("", timeout=30)
