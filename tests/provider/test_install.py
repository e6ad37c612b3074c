"""`python -m terraform_provider_servicenow install`: the mirror, the CLI config, offline init."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from terraform_provider_servicenow.install import LAUNCHER_NAME, install, provider_dir
from tests.provider.conftest import PROVIDER_REQUIREMENTS, ROOT, TerraformRun


def _digest(directory: Path) -> dict[str, str]:
    return {
        str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(directory.rglob("*"))
        if p.is_file()
    }


def test_install_writes_the_unpacked_mirror_layout_and_the_cli_config(tmp_path: Path):
    result = install(tmp_path / "m")
    target = tmp_path / "m/registry.terraform.io/servicenow-spoke/servicenow/0.1.0" / result.provider_dir.name
    assert result.provider_dir == target.resolve() and result.provider_dir.name in (
        "linux_amd64",
        "linux_arm64",
    )
    launcher = target / LAUNCHER_NAME
    assert LAUNCHER_NAME == "terraform-provider-servicenow_v0.1.0"
    assert os.access(launcher, os.X_OK)
    assert launcher.read_text().splitlines()[0] == f"#!{sys.executable} -BS"
    package = target / "terraform_provider_servicenow"
    code = {str(p.relative_to(package)) for p in package.rglob("*.py")}
    assert {"provider.py", "catalog.py", "client.py", "resources/__init__.py", "resources/kind.py"} <= code
    source = ROOT / "terraform_provider_servicenow"
    assert code == {str(p.relative_to(source)) for p in source.rglob("*.py")}
    data = {str(p.relative_to(package)) for p in package.rglob("*.toml")}
    assert data == {str(p.relative_to(source)) for p in source.rglob("*.toml")}
    assert len(list(package.rglob("__pycache__/*.pyc"))) == len(code)
    rc = result.terraformrc.read_text()
    mirror = str((tmp_path / "m").resolve())
    assert f'path    = "{mirror}"' in rc
    assert 'direct {\n    exclude = ["registry.terraform.io/servicenow-spoke/servicenow"]' in rc
    assert "disable_checkpoint = true" in rc


def test_install_is_idempotent_and_rewrites_only_what_changed(tmp_path: Path):
    first = install(tmp_path)
    before = _digest(tmp_path)
    second = install(tmp_path)
    assert first.changed and not second.changed and _digest(tmp_path) == before
    launcher = first.provider_dir / LAUNCHER_NAME
    launcher.write_text("#!/bin/sh\nexit 1\n")
    (first.provider_dir / "stray.txt").write_text("x")
    package = first.provider_dir / "terraform_provider_servicenow"
    (package / "gone").mkdir()
    (package / "gone/old_module.py").write_text("")  # a module an earlier version had
    third = install(tmp_path)
    assert third.written == [launcher]
    assert sorted(p.name for p in third.removed) == ["old_module.py", "stray.txt"]
    assert _digest(tmp_path) == before and not (package / "gone").exists()


def test_install_command_line_is_quiet_when_asked(tmp_path: Path):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    cmd = [sys.executable, "-m", "terraform_provider_servicenow", "install", "--dir", str(tmp_path)]
    loud = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True)
    assert "TF_CLI_CONFIG_FILE=" in loud.stdout
    quiet = subprocess.run([*cmd, "--quiet"], capture_output=True, text=True, env=env, check=True)
    assert quiet.stdout == "" and quiet.stderr == ""


@pytest.mark.acceptance
def test_terraform_init_works_offline_records_the_hash_and_running_never_touches_the_mirror(
    terraform: TerraformRun, provider_mirror: Path
):
    terraform.write(PROVIDER_REQUIREMENTS + 'provider "servicenow" {}\n')
    terraform.init()
    lock = (terraform.workdir / ".terraform.lock.hcl").read_text()
    assert 'provider "registry.terraform.io/servicenow-spoke/servicenow"' in lock and '"h1:' in lock
    before = _digest(provider_dir(provider_mirror))
    schema = terraform.run("providers", "schema", "-json").stdout
    assert '"servicenow_oauth_api_endpoint"' in schema
    assert terraform.run("validate", "-no-color").returncode == 0
    assert _digest(provider_dir(provider_mirror)) == before  # still matches the lock file


@pytest.mark.acceptance
def test_schema_command_prints_exactly_what_terraform_reports(terraform: TerraformRun):
    import json

    terraform.write(PROVIDER_REQUIREMENTS)
    terraform.init()
    from_terraform = json.loads(terraform.run("providers", "schema", "-json").stdout)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    ours = subprocess.run(
        [sys.executable, "-m", "terraform_provider_servicenow", "schema"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert json.loads(ours.stdout) == from_terraform


def test_the_launcher_hands_shake_even_when_home_is_not_writable(provider_mirror: Path, tmp_path: Path):
    not_a_dir = tmp_path / "home-is-a-file"
    not_a_dir.write_text("")
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(not_a_dir),
        "TMPDIR": str(tmp_path),
        "TF_PLUGIN_MAGIC_COOKIE": "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2",
        "PLUGIN_PROTOCOL_VERSIONS": "6",
    }
    launcher = provider_dir(provider_mirror) / LAUNCHER_NAME
    proc = subprocess.Popen(
        [str(launcher)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        line = proc.stdout.readline()  # type: ignore[union-attr]
    finally:
        proc.terminate()
        _out, err = proc.communicate(timeout=10)
    assert line.startswith("1|6|unix|") and line.rstrip().split("|")[4] == "grpc", err


def test_install_copies_the_packages_data_files_and_subpackages_and_drops_removed_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    import shutil

    from terraform_provider_servicenow import install as install_module

    package = tmp_path / "src/terraform_provider_servicenow"
    shutil.copytree(
        ROOT / "terraform_provider_servicenow", package, ignore=shutil.ignore_patterns("__pycache__")
    )
    (package / "tables").mkdir()
    (package / "tables/spoke.toml").write_text("format = 1\n")
    monkeypatch.setattr(install_module, "PACKAGE_DIR", package)
    target = install(tmp_path / "m").provider_dir / "terraform_provider_servicenow"
    assert (target / "tables/spoke.toml").read_text() == "format = 1\n"
    assert not list((target / "tables").rglob("*.pyc"))  # data, not code
    (package / "tables/spoke.toml").unlink()
    again = install(tmp_path / "m")
    assert [p.name for p in again.removed] == ["spoke.toml"] and not (target / "tables").exists()
