"""Finding the deployed spoke: the config's pair, its state outputs, flags, and TF_VAR_* passwords."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from spoke_cli.__main__ import main
from spoke_cli.target import TargetError, resolve

SYS_ID = "0123456789abcdef0123456789abcdef"
CONFIG = """[settings]
state_dir = "st"

[[pair]]
stack = "a"
[pair.remote]
url = "https://remote-a.service-now.com"
username = "ra"
password_variable = "pw_remote_a"
[pair.local]
url = "https://local-a.service-now.com/"
username = "la"
password_variable = "pw_local_a"
[pair.local_credential]
user_name = "i"
password_variable = "pw_i"

[[pair]]
stack = "b"
[pair.remote]
url = "https://remote-b.service-now.com"
username = "admin"
password_variable = "pw_remote_b"
[pair.local]
url = "https://local-b.service-now.com"
username = "admin"
password_variable = "pw_local_b"
[pair.local_credential]
user_name = "i"
password_variable = "pw_i"
"""
ENV = {"TF_VAR_pw_local_a": "la-secret", "TF_VAR_pw_remote_a": "ra-secret"}


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "spoke.toml"
    path.write_text(CONFIG)
    (tmp_path / "st").mkdir()
    outputs = {"oauth_credential_sys_id": {"value": SYS_ID}, "profile_sys_id": {"value": SYS_ID[::-1]}}
    (tmp_path / "st" / "a.tfstate").write_text(json.dumps({"version": 4, "outputs": outputs}))
    return path


def test_the_stack_state_named_by_the_config_gives_the_records_and_the_config_the_logins(
    config: Path,
) -> None:
    target = resolve(config=config, stack="a", environ=ENV)
    assert target.local_url == "https://local-a.service-now.com"
    assert target.remote_url == "https://remote-a.service-now.com"
    assert (target.credential, target.profile) == (SYS_ID, SYS_ID[::-1])
    assert target.local_login is not None and target.local_login.auth == ("la", "la-secret")
    assert target.remote_login is not None and target.remote_login.auth == ("ra", "ra-secret")
    assert "la-secret" not in repr(target)  # passwords never show in a repr
    assert target.initiator_url() == (
        "https://local-a.service-now.com/oauth_initiator.do?oauth_requestor_context=oauth_2_0_credentials"
        f"&oauth_requestor={SYS_ID}&oauth_provider_profile={SYS_ID[::-1]}&response_type=code"
    )


def test_flags_override_the_state_outputs(config: Path) -> None:
    other = "f" * 32
    target = resolve(config=config, stack="a", overrides={"credential": other}, environ=ENV)
    assert target.credential == other and target.profile == SYS_ID[::-1]


def test_a_config_with_several_pairs_needs_the_stack_named(config: Path) -> None:
    with pytest.raises(TargetError, match=r"has 2 pairs\. Fix: pass --stack with one of: a, b"):
        resolve(config=config, environ=ENV)
    with pytest.raises(TargetError, match="no pair with stack = 'c'"):
        resolve(config=config, stack="c", environ=ENV)


def test_a_stack_not_deployed_yet_says_to_run_cdktf_deploy(config: Path) -> None:
    with pytest.raises(TargetError, match=r"b\.tfstate: no Terraform state\. Fix: run `cdktf deploy` first"):
        resolve(config=config, stack="b", environ={"TF_VAR_pw_local_b": "x"})


def test_the_local_password_comes_only_from_the_variable_the_config_names(config: Path) -> None:
    with pytest.raises(TargetError, match="TF_VAR_pw_local_a is not set. Fix: export TF_VAR_pw_local_a="):
        resolve(config=config, stack="a", environ={})


def test_without_a_remote_password_the_target_still_resolves_without_a_remote_login(config: Path) -> None:
    target = resolve(config=config, stack="a", environ={"TF_VAR_pw_local_a": "x"})
    assert target.remote_login is None and target.remote_variable == "pw_remote_a"


def test_flags_alone_locate_the_spoke_with_the_default_password_variables() -> None:
    target = resolve(
        config=None,
        overrides={
            "local_url": "http://127.0.0.1:8080",
            "remote_url": "http://127.0.0.1:8081",
            "credential": SYS_ID,
        },
        environ={"TF_VAR_local_admin_password": "p"},
    )
    assert target.local_login is not None and target.local_login.auth == ("admin", "p")
    assert target.remote_variable == "remote_admin_password"


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        (
            {"remote_url": "https://r.service-now.com"},
            "the local instance URL is unknown. Fix: pass --local-url",
        ),
        ({"local_url": "ftp://x", "remote_url": "https://r.service-now.com"}, "is not an instance URL"),
        (
            {
                "local_url": "https://l.service-now.com",
                "remote_url": "https://r.service-now.com",
                "credential": "x1",
            },
            "credential 'x1' is not a sys_id",
        ),
    ],
)
def test_bad_flags_get_an_error_naming_the_flag_and_the_fix(overrides: dict[str, str], message: str) -> None:
    with pytest.raises(TargetError, match=message):
        resolve(config=None, overrides=overrides, environ={"TF_VAR_local_admin_password": "p"})


def test_the_command_exits_2_with_the_error_on_stderr(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["verify", "--config", str(config)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "error: " in captured.err and "--stack" in captured.err
    assert main(["verify", "--config", str(config.parent / "missing.toml")]) == 2
    assert "the config file does not exist" in capsys.readouterr().err
