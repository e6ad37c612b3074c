"""`cdktf synth` with the real CLI: works with no instance reachable; a bad config is reported."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from spoke_app.workspace import PROJECT_ROOT, CdktfError, Workspace

pytestmark = pytest.mark.e2e


def test_cdktf_synth_of_the_example_config_works_with_no_instance_reachable(tmp_path: Path) -> None:
    config = tmp_path / "spoke.toml"
    shutil.copy(PROJECT_ROOT / "spoke.toml", config)
    workspace = Workspace(tmp_path, config)
    output = workspace.cdktf("synth")
    assert "Generated Terraform code for the stacks: spoke-example" in output
    doc = json.loads((workspace.stack_dir("spoke-example") / "cdk.tf.json").read_text())
    assert len(doc["resource"]) == 5 and set(doc["variable"]) == {
        "remote_admin_password",
        "local_admin_password",
        "local_integration_password",
    }


def test_cdktf_synth_of_a_bad_config_fails_naming_the_file_the_key_and_the_fix(tmp_path: Path) -> None:
    config = tmp_path / "spoke.toml"
    text = (PROJECT_ROOT / "spoke.toml").read_text()
    config.write_text(text.replace('password_variable = "remote_admin_password"', 'password = "hunter2"'))
    workspace = Workspace(tmp_path, config)
    with pytest.raises(CdktfError) as caught:
        workspace.cdktf("synth")
    message = str(caught.value)
    assert f"{config}: key 'pair[0].remote.password': secrets never go in the config file" in message
    assert "Fix: remove it, write password_variable" in message
    assert "hunter2" not in message
    assert "Traceback" not in message
