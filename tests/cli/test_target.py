"""Finding the deployed spoke: the config's pair, its state outputs, flags, and TF_VAR_* passwords."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from spoke_cli.__main__ import main
from spoke_cli.target import Target, TargetError, resolve

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


@pytest.mark.parametrize("flag", ["local_url", "remote_url"])
def test_a_url_flag_with_a_user_name_and_password_is_refused_without_printing_the_password(flag: str) -> None:
    overrides = {"local_url": "https://l.service-now.com", "remote_url": "https://r.service-now.com"}
    overrides[flag] = "https://admin:hunter2@x.service-now.com"
    with pytest.raises(TargetError) as caught:
        resolve(config=None, overrides=overrides, environ={"TF_VAR_local_admin_password": "p"})
    message = str(caught.value)
    assert message.startswith(f"--{flag.replace('_', '-')} 'https://***@x.service-now.com' holds a user name")
    assert "Fix: remove it" in message and "hunter2" not in message and "admin:" not in message


@pytest.mark.parametrize(
    ("old", "new", "key"),
    [
        (
            'url = "https://local-a.service-now.com/"',
            'url = "https://la:pw1@local-a.service-now.com/"',
            "local.url",
        ),
        (
            'url = "https://remote-a.service-now.com"',
            'url = "https://ra@remote-a.service-now.com"',
            "remote.url",
        ),
    ],
)
def test_a_config_url_with_user_info_is_refused_naming_the_key(
    config: Path, old: str, new: str, key: str, capsys: pytest.CaptureFixture[str]
) -> None:
    config.write_text(CONFIG.replace(old, new))
    assert main(["verify", "--config", str(config), "--stack", "a"]) == 2
    err = capsys.readouterr().err
    assert f"pair 'a': {key} 'https://***@" in err and "holds a user name or password" in err
    assert "pw1" not in err and "Traceback" not in err


def test_a_config_connection_url_option_with_user_info_is_refused(config: Path) -> None:
    config.write_text(
        CONFIG.replace(
            '[[pair]]\nstack = "b"',
            '[pair.options]\nremote_connection_url = "https://u:p@r.x/"\n\n[[pair]]\nstack = "b"',
        )
    )
    with pytest.raises(
        TargetError, match=r"options\.remote_connection_url 'https://\*\*\*@r\.x/' holds a user"
    ):
        resolve(config=config, stack="a", environ=ENV)


def test_the_spoke_names_come_from_the_pair_options_and_the_flags_win(config: Path) -> None:
    options = (
        '[pair.options]\nregistry_name = "Spoke2"\nprofile_name = "Spoke2 default_profile"\n'
        'remote_alias_name = "R2"\nlocal_alias_name = "L2"\n'
        'remote_connection_url = "https://remote-a.service-now.com/api/"\n\n'
    )
    config.write_text(CONFIG.replace('[[pair]]\nstack = "b"', options + '[[pair]]\nstack = "b"'))
    target = resolve(config=config, stack="a", environ=ENV)
    assert (target.registry_name, target.profile_name) == ("Spoke2", "Spoke2 default_profile")
    assert (target.remote_alias, target.local_alias) == ("R2", "L2")
    assert target.connection_url("remote") == "https://remote-a.service-now.com/api/"
    assert target.connection_url("local") == "https://local-a.service-now.com/"  # the default
    flagged = resolve(
        config=config, stack="a", names={"local_alias": "L3", "profile_name": None}, environ=ENV
    )
    assert (flagged.local_alias, flagged.profile_name) == ("L3", "Spoke2 default_profile")
    defaults = resolve(
        config=config, stack="b", state=config.parent / "st" / "a.tfstate", environ={"TF_VAR_pw_local_b": "x"}
    )
    assert (defaults.registry_name, defaults.remote_alias) == ("RemoteSpoke", "ServiceNowRemoteInstance")


def test_a_state_path_that_is_a_directory_gets_an_error_not_a_traceback(
    config: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TF_VAR_pw_local_a", "x")
    assert main(["verify", "--config", str(config), "--stack", "a", "--state", str(config.parent)]) == 2
    err = capsys.readouterr().err
    assert f"{config.parent} is a directory, not a Terraform state file. Fix: pass the file's path" in err


@pytest.mark.parametrize("kind", ["directory", "not-utf8"])
def test_a_config_that_is_a_directory_or_not_utf8_gets_an_error_not_a_traceback(
    tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "spoke.toml"
    if kind == "directory":
        path.mkdir()
        expected = f"{path} is a directory, not a config file"
    else:
        path.write_bytes(b'[[pair]]\nstack = "caf\xe9"\n')
        expected = f"{path}: not UTF-8 text, so not a config file"
    assert main(["authorize", "--config", str(path), "--no-browser"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {expected}") and "Traceback" not in err


def test_the_profile_name_follows_the_registry_name_unless_one_is_configured() -> None:
    target = Target(registry_name="Spoke2")
    assert target.profile_lookup_name == "Spoke2 default_profile"
    assert Target().profile_lookup_name == "RemoteSpoke default_profile"
    assert Target(registry_name="Spoke2", profile_name="Custom").profile_lookup_name == "Custom"


@pytest.mark.parametrize(
    ("url", "refused"),
    [
        ("http://r.service-now.com", True),
        ("http://10.0.0.5:8080", True),
        ("http://example.com", True),
        ("http://127.0.0.1:8081", False),
        ("http://localhost:8081", False),
        ("http://[::1]:8081", False),
        ("https://r.service-now.com", False),
    ],
)
def test_http_is_refused_to_any_host_but_this_machine(url: str, refused: bool) -> None:
    overrides = {"local_url": "https://l.service-now.com", "remote_url": url}
    environ = {"TF_VAR_local_admin_password": "p"}
    if refused:
        with pytest.raises(
            TargetError, match=r"uses http:// to a host that is not this machine.*Fix: use https"
        ):
            resolve(config=None, overrides=overrides, environ=environ)
    else:
        resolve(config=None, overrides=overrides, environ=environ)


def test_outputs_given_instead_of_a_state_file_take_its_place(config: Path) -> None:
    """A state kept in PostgreSQL has no file: the `spoke` command (or `--outputs`) gives the outputs."""
    outputs = {"oauth_credential_sys_id": SYS_ID[::-1], "profile_sys_id": SYS_ID}
    env = {"TF_VAR_pw_local_b": "x"}  # stack b has no state file: the outputs are all there is
    target = resolve(config=config, stack="b", environ=env, outputs=("stack 'b' (pg)", outputs))
    assert (target.credential, target.profile, target.source) == (SYS_ID[::-1], SYS_ID, "stack 'b' (pg)")
    with pytest.raises(
        TargetError, match=r"stack 'b' \(pg\): no the spoke's outputs \(the state has 1 other output"
    ):
        resolve(config=config, stack="b", environ=env, outputs=("stack 'b' (pg)", {"other": "x"}))


def test_the_outputs_option_reads_terraform_output_json_from_a_file_or_stdin_and_says_what_is_wrong(
    config: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    document = {"oauth_credential_sys_id": {"sensitive": False, "type": "string", "value": SYS_ID}}
    given = config.parent / "outputs.json"
    cases = {
        "not json": (
            "{oops",
            "not the JSON `terraform output -json` prints. Fix: pass that command's output",
        ),
        "a list": ("[1]", "an object of outputs, each with a value"),
        "no outputs": ("{}", "the stack has no outputs. Fix: run `cdktf deploy` (again)"),
    }
    for case, (text, message) in cases.items():
        given.write_text(text)
        code = main(["verify", "--config", str(config), "--stack", "b", "--outputs", str(given)])
        assert code == 2 and message in capsys.readouterr().err, case
    missing = main(["verify", "--config", str(config), "--stack", "b", "--outputs", str(config.parent / "x")])
    assert missing == 2 and "cannot read the outputs" in capsys.readouterr().err

    from spoke_cli import __main__ as cli

    seen: list[object] = []
    monkeypatch.setattr("spoke_cli.verify.verify", lambda target: seen.append(target) or 0)
    monkeypatch.setattr(cli.sys, "stdin", __import__("io").StringIO(json.dumps(document)))
    monkeypatch.setenv("TF_VAR_pw_local_b", "x")
    assert main(["verify", "--config", str(config), "--stack", "b", "--outputs", "-"]) == 0
    (target,) = seen
    assert target.credential == SYS_ID and target.source == "the outputs on stdin"  # type: ignore[attr-defined]
    with pytest.raises(SystemExit):  # one source of records: a state file or outputs, not both
        main(["verify", "--config", str(config), "--state", "s", "--outputs", "-"])
    assert "not allowed with argument" in capsys.readouterr().err
