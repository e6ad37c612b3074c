"""The `spoke` command's app side: new, env, the environment check and the provider lock seeding."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from servicenow_spoke import SecretValue, ServiceNowInstance
from servicenow_spoke.cdk import TerraformStack
from servicenow_spoke.toolchain import TOOLCHAINS, selected
from spoke_app.app import SpokeApp, SpokeEnvironmentError, check_environment, seed_provider_locks
from spoke_app.config import load_config
from spoke_app.project import QUIET_ENV, AppDir
from spoke_app.scaffold import TEMPLATE
from spoke_app.workspace import DEFAULT_TERRAFORMRC, PROJECT_ROOT

LOCK_ADDRESS = 'provider "registry.terraform.io/servicenow-spoke/servicenow"'


def spoke(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "spoke_app.cli", *args],
        cwd=cwd,
        env=env or dict(os.environ),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def fake_setup(app: Path, toolchain: str | None = None) -> None:
    """What `spoke setup` leaves behind, as far as `spoke env` looks (the real run is in tests/e2e); for
    the toolchain `SPOKE_TOOLCHAIN` selects unless one is named."""
    cli = AppDir(app, TOOLCHAINS[toolchain] if toolchain else selected()).cdktf
    cli.parent.mkdir(parents=True)
    cli.write_text("")
    (app / ".spoke" / "terraform").mkdir(parents=True)
    (app / ".spoke" / "terraform" / "terraformrc").write_text("")


def test_spoke_new_writes_an_app_whose_config_is_valid_and_needs_no_cdktf_get(tmp_path: Path) -> None:
    proc = spoke("new", "my-app", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    app = tmp_path / "my-app"
    names = {path.name for path in app.iterdir()}
    assert names == {"cdktf.json", "main.py", "spoke.toml", "README.md", ".gitignore", "package.json",
                     "package-lock.json", "toolchains"}  # fmt: skip
    cdktn = json.loads((app / "toolchains" / "cdktn" / "package-lock.json").read_text())
    ours_cdktn = json.loads((PROJECT_ROOT / "toolchains" / "cdktn" / "package-lock.json").read_text())
    assert cdktn["name"] == "my-app-cdktn"
    for package in ("node_modules/cdktn-cli", "node_modules/node"):
        assert cdktn["packages"][package] == ours_cdktn["packages"][package]
    settings = json.loads((app / "cdktf.json").read_text())
    assert settings["app"] == "python main.py" and settings["terraformProviders"] == []
    assert settings["sendCrashReports"] == "false"
    assert load_config(app / "spoke.toml").pairs[0].stack == "spoke-dev"
    ignored = (app / ".gitignore").read_text().split()
    assert {".state/", "*.tfstate", "cdktf.out/", ".spoke/", "node_modules/"} <= set(ignored)
    lock = json.loads((app / "package-lock.json").read_text())
    ours = json.loads((PROJECT_ROOT / "package-lock.json").read_text())
    assert (
        lock["name"] == "my-app"
        and lock["packages"]["node_modules/cdktf-cli"] == ours["packages"]["node_modules/cdktf-cli"]
    )
    assert "my-app" in (app / "README.md").read_text()


def test_spoke_new_refuses_a_folder_that_is_not_empty_and_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "main.py").write_text("mine\n")
    proc = spoke("new", "busy", cwd=tmp_path)
    assert proc.returncode == 2
    assert "is not empty" in proc.stderr and "Fix:" in proc.stderr
    assert [p.name for p in (tmp_path / "busy").iterdir()] == ["main.py"]
    assert (tmp_path / "busy" / "main.py").read_text() == "mine\n"


def test_the_repository_pins_the_same_cdktf_and_cdktn_clis_as_a_new_app() -> None:
    for name in ("package.json", "package-lock.json"):
        assert (PROJECT_ROOT / name).resolve() == (TEMPLATE / name).resolve()
        cdktn = Path("toolchains") / "cdktn" / name
        assert (PROJECT_ROOT / cdktn).resolve() == (TEMPLATE / cdktn).resolve()


def test_spoke_env_before_setup_says_to_run_setup_and_prints_no_exports(tmp_path: Path) -> None:
    assert spoke("new", "app", cwd=tmp_path).returncode == 0
    proc = spoke("env", cwd=tmp_path / "app", env={**os.environ, "SPOKE_TOOLCHAIN": "cdktf"})
    assert proc.returncode == 2 and proc.stdout == ""
    assert "spoke setup" in proc.stderr and "cdktf CLI" in proc.stderr


def test_commands_outside_an_app_name_the_fix(tmp_path: Path) -> None:
    for command in ("env", "setup", "deploy", "diff"):
        proc = spoke(command, cwd=tmp_path)
        assert proc.returncode == 2, command
        assert "no cdktf.json" in proc.stderr and "--dir" in proc.stderr and "spoke new" in proc.stderr


def test_eval_spoke_env_sets_the_mirror_the_cli_and_the_quiet_switches(tmp_path: Path) -> None:
    assert spoke("new", "app", cwd=tmp_path).returncode == 0
    app = tmp_path / "app"
    fake_setup(app, "cdktf")  # the default toolchain: SPOKE_TOOLCHAIN is removed from the command's env
    (app / "sub").mkdir()
    code = 'eval "$(python -m spoke_app.cli env)" && env'
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin"}
    env.pop("TF_CLI_CONFIG_FILE", None)
    env.pop("SPOKE_TOOLCHAIN", None)
    proc = subprocess.run(
        ["bash", "-c", code], cwd=app / "sub", env=env, capture_output=True, text=True, timeout=60, check=True
    )
    seen = dict(line.split("=", 1) for line in proc.stdout.splitlines() if "=" in line)
    assert seen["SPOKE_TOOLCHAIN"] == "cdktf"
    assert seen["TF_CLI_CONFIG_FILE"] == str(app / ".spoke" / "terraform" / "terraformrc")
    path = seen["PATH"].split(":")
    assert path[:3] == [
        str(app / "node_modules" / ".bin"),
        str(app / ".spoke" / "bin"),
        str(Path(sys.executable).parent),
    ]
    assert path.count("/usr/bin") == 1
    for name, value in QUIET_ENV.items():
        assert seen[name] == value


def test_with_spoke_toolchain_cdktn_env_puts_its_cli_and_node_first(
    tmp_path: Path,
) -> None:
    assert spoke("new", "app", cwd=tmp_path).returncode == 0
    app = tmp_path / "app"
    cdktn = {**os.environ, "SPOKE_TOOLCHAIN": "cdktn"}
    proc = spoke("env", cwd=app, env=cdktn)
    assert proc.returncode == 2 and proc.stdout == ""
    assert "cdktn CLI" in proc.stderr and "toolchains/cdktn/node_modules/.bin/cdktn" in proc.stderr
    fake_setup(app, "cdktn")
    proc = spoke("env", cwd=app, env=cdktn)
    assert proc.returncode == 0, proc.stderr
    assert "export SPOKE_TOOLCHAIN=cdktn\n" in proc.stdout
    assert f"export PATH={app / 'toolchains' / 'cdktn' / 'node_modules' / '.bin'}:" in proc.stdout
    bad = spoke("env", cwd=app, env={**os.environ, "SPOKE_TOOLCHAIN": "terraform"})
    assert bad.returncode == 2 and bad.stdout == ""
    assert "SPOKE_TOOLCHAIN='terraform' is not a toolchain" in bad.stderr and "cdktf, cdktn" in bad.stderr


def test_the_environment_check_names_spoke_env(tmp_path: Path) -> None:
    with pytest.raises(SpokeEnvironmentError, match=r'eval "\$\(spoke env\)"'):
        check_environment({})
    with pytest.raises(SpokeEnvironmentError, match="does not exist"):
        check_environment({"TF_CLI_CONFIG_FILE": str(tmp_path / "nowhere")})
    rc = tmp_path / "terraformrc"
    rc.write_text("")
    check_environment({"TF_CLI_CONFIG_FILE": str(rc)})


def _synth_app(outdir: Path) -> Path:
    app = SpokeApp(outdir=str(outdir), check_environment=False)
    stack = TerraformStack(app, "one")
    ServiceNowInstance(
        url="https://one.service-now.com",
        username="admin",
        password=SecretValue.from_env_variable(stack, "pw"),
    ).resolve(stack, "remote", "test")
    TerraformStack(app, "other")  # no ServiceNow provider: no lock entry
    app.synth()
    return outdir / "stacks"


def test_synth_seeds_the_providers_lock_entry_once_and_keeps_terraforms_own(tmp_path: Path) -> None:
    stacks = _synth_app(tmp_path / "out")
    lock = stacks / "one" / ".terraform.lock.hcl"
    text = lock.read_text()
    assert LOCK_ADDRESS in text and 'constraints = "0.1.0"' in text and "hashes" not in text
    assert not (stacks / "other" / ".terraform.lock.hcl").exists()
    # terraform init adds the hash; a later synth leaves that file alone.
    lock.write_text(text.replace('"0.1.0"\n}', '"0.1.0"\n  hashes = ["h1:x"]\n}', 1))
    kept = lock.read_text()
    assert seed_provider_locks(tmp_path / "out") == []
    assert lock.read_text() == kept
    # A lock file without our provider gets the entry appended, the rest untouched.
    other = 'provider "registry.terraform.io/hashicorp/null" {\n  version = "3.2.0"\n}\n'
    lock.write_text(other)
    assert seed_provider_locks(tmp_path / "out") == [lock]
    assert lock.read_text().startswith(other) and LOCK_ADDRESS in lock.read_text()


@pytest.mark.skipif(not DEFAULT_TERRAFORMRC.is_file(), reason="provider not installed: run `make setup`")
def test_the_new_apps_main_py_synthesizes_the_spoke_beside_the_users_record(tmp_path: Path) -> None:
    assert spoke("new", "app", cwd=tmp_path).returncode == 0
    app = tmp_path / "app"
    env = {**os.environ, **QUIET_ENV, "CDKTF_OUTDIR": str(tmp_path / "out")}
    env.pop("TF_CLI_CONFIG_FILE", None)
    run = [sys.executable, str(app / "main.py")]
    proc = subprocess.run(run, cwd=app, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 2 and 'eval "$(spoke env)"' in proc.stderr and "Traceback" not in proc.stderr
    env["TF_CLI_CONFIG_FILE"] = str(DEFAULT_TERRAFORMRC)
    proc = subprocess.run(run, cwd=app, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    stack = tmp_path / "out" / "stacks" / "spoke-dev"
    resources = json.loads((stack / "cdk.tf.json").read_text())["resource"]
    (record,) = [r for r in resources["servicenow_record"].values() if r["table"] != "oauth_entity"]
    assert record["fields"]["name"] == "x_team.remote_spoke.contact"  # beside the spoke's RegistryClient
    assert "servicenow_http_connection" in resources
    assert LOCK_ADDRESS in (stack / ".terraform.lock.hcl").read_text()


def _fake_terraform(folder: Path, version: str) -> Path:
    """An executable that answers `terraform version -json` like a Terraform of ``version``."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "terraform"
    path.write_text(f'#!/bin/sh\necho \'{{"terraform_version": "{version}"}}\'\n')
    path.chmod(0o755)
    return path


def test_setup_takes_the_apps_own_terraform_before_an_older_one_on_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from spoke_app.project import AppDir, _setup_terraform

    app = AppDir(tmp_path)
    old = _fake_terraform(tmp_path / "system", "1.5.7")
    own = _fake_terraform(app.bin_dir, "1.15.5")
    monkeypatch.setenv("PATH", f"{old.parent}:/usr/bin:/bin")
    said: list[str] = []
    _setup_terraform(app, said.append)
    assert said == [f"terraform: 1.15.5 at {own} (>= 1.11.0)"]


def test_spoke_synth_with_a_stack_name_says_synth_makes_every_stack(tmp_path: Path) -> None:
    assert spoke("new", "app", cwd=tmp_path).returncode == 0
    fake_setup(tmp_path / "app")
    proc = spoke("synth", "spoke-dev", cwd=tmp_path / "app")
    assert proc.returncode == 2 and "without STACK" in proc.stderr
