"""spoke_cli from an app that embeds the spoke: a state file by path, outputs under an output_prefix."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from spoke_cli.__main__ import main
from spoke_cli.target import TargetError, resolve

SYS_ID = "0123456789abcdef0123456789abcdef"
ENV = {"TF_VAR_local_admin_password": "local-secret"}


def _state(path: Path, prefix: str, extra: dict[str, str] | None = None) -> Path:
    values = {
        "local_instance_url": "https://local-a.service-now.com",
        "remote_instance_url": "https://remote-a.service-now.com",
        "oauth_credential_sys_id": SYS_ID,
        "profile_sys_id": SYS_ID[::-1],
    }
    outputs = {prefix + name: {"value": value} for name, value in values.items()}
    outputs.update({name: {"value": value} for name, value in (extra or {}).items()})
    path.write_text(json.dumps({"version": 4, "outputs": outputs}))
    return path


def test_a_state_by_path_with_prefixed_outputs_locates_the_spoke_without_a_config(tmp_path: Path) -> None:
    state = _state(tmp_path / "platform.tfstate", "dev_", {"vpc_id": "vpc-1"})
    target = resolve(config=None, state=state, output_prefix="dev_", environ=ENV)
    assert (target.local_url, target.remote_url) == (
        "https://local-a.service-now.com",
        "https://remote-a.service-now.com",
    )
    assert (target.credential, target.profile) == (SYS_ID, SYS_ID[::-1])
    assert target.source == str(state)


def test_prefixed_outputs_read_without_the_prefix_name_the_flag_that_finds_them(tmp_path: Path) -> None:
    state = _state(tmp_path / "platform.tfstate", "dev_")
    with pytest.raises(TargetError) as caught:
        resolve(config=None, state=state, environ=ENV)
    assert "Fix: pass --output-prefix dev_" in str(caught.value)


def test_unprefixed_outputs_read_with_a_prefix_say_to_drop_it(tmp_path: Path) -> None:
    state = _state(tmp_path / "spoke.tfstate", "")
    with pytest.raises(TargetError, match="no --output-prefix"):
        resolve(config=None, state=state, output_prefix="dev_", environ=ENV)


def test_a_state_without_any_spoke_output_names_the_state_and_prefix_flags(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    state = tmp_path / "other.tfstate"
    state.write_text(json.dumps({"version": 4, "outputs": {"vpc_id": {"value": "vpc-1"}}}))
    assert main(["verify", "--no-config", "--state", str(state)]) == 2
    error = capsys.readouterr().err
    assert "--state" in error and "--output-prefix" in error and "--local-url" in error
