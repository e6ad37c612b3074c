"""The config file: one stack per pair, secrets named by variable, errors naming file, key and fix."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from servicenow_spoke.cdk import Testing
from spoke_app.config import ConfigError, build_app, load_config, spoke_options

GOOD = """
[settings]
state_dir = "state"

[[pair]]
stack = "dev"
[pair.remote]
url = "https://remote-dev.service-now.com"
username = "admin"
password_variable = "remote_pw"
[pair.local]
url = "https://local-dev.service-now.com/"
username = "admin"
password_variable = "local_pw"
[pair.local_credential]
user_name = "integration"
password_variable = "integration_pw"
[pair.options]
pkce_required = true
refresh_token_lifespan = 3600

[[pair]]
stack = "test"
[pair.remote]
url = "http://127.0.0.1:8001"
username = "admin"
password_variable = "pw"
[pair.local]
url = "http://127.0.0.1:8002"
username = "admin"
password_variable = "pw"
[pair.local_credential]
user_name = "admin"
password_variable = "pw"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "spoke.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_config_with_two_pairs_builds_two_stacks_with_their_options(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, GOOD))
    assert [p.stack for p in config.pairs] == ["dev", "test"]
    assert config.pairs[0].local.url == "https://local-dev.service-now.com"
    assert config.state_dir == (tmp_path / "state").resolve()
    app = Testing.app()
    stacks = build_app(app, config)
    dev = json.loads(Testing.synth(stacks[0]))
    _, registry = next(iter(dev["resource"]["servicenow_application_registry"].items()))
    assert registry["public_client"] is True and registry["refresh_token_lifespan"] == 3600
    assert set(dev["variable"]) == {"remote_pw", "local_pw", "integration_pw"}
    assert all(v["sensitive"] is True for v in dev["variable"].values())
    assert dev["terraform"]["backend"]["local"]["path"] == str((tmp_path / "state" / "dev.tfstate").resolve())
    test = json.loads(Testing.synth(stacks[1]))
    assert set(test["variable"]) == {"pw"}  # one variable named three times


def test_every_keyword_option_of_the_spoke_can_be_set_from_the_config() -> None:
    options = spoke_options()
    assert options["pkce_required"] is bool
    assert options["refresh_token_lifespan"] is int
    assert options["endpoint_name"] is str
    assert "local_password" not in options and "remote" not in options


@pytest.mark.parametrize(
    ("old", "new", "key", "fix"),
    [
        ('password_variable = "remote_pw"', 'password = "hunter2"', "pair[0].remote.password", "TF_VAR_"),
        (
            'user_name = "integration"',
            'user_name = "integration"\nsecret = "x"',
            "pair[0].local_credential.secret",
            "TF_VAR_",
        ),
        (
            'url = "https://remote-dev.service-now.com"',
            'url = "https://remote.example.com"',
            "pair[0].remote.url",
            "service-now.com",
        ),
        (
            'password_variable = "local_pw"',
            'password_variable = "local-pw"',
            "pair[0].local.password_variable",
            "letters",
        ),
        ('stack = "test"', 'stack = "dev"', "pair[1].stack", "own stack name"),
        ('stack = "dev"', 'stack = "my stack"', "pair[0].stack", "letters"),
        ("pkce_required = true", 'pkce_required = "yes"', "pair[0].options.pkce_required", "true or false"),
        (
            "refresh_token_lifespan = 3600",
            "refresh_token_lifespan = true",
            "pair[0].options.refresh_token_lifespan",
            "whole number",
        ),
        (
            "refresh_token_lifespan = 3600",
            "refresh_token_lifespan = 0",
            "pair[0].options.refresh_token_lifespan",
            "above zero",
        ),
        ("refresh_token_lifespan = 3600", "colour = 3", "pair[0].options.colour", "pkce_required"),
        (
            "pkce_required = true",
            'pkce_required = true\ndefault_grant_type = "password"',
            "pair[0].options.pkce_required",
            "authorization_code",
        ),
        (
            'username = "admin"\npassword_variable = "remote_pw"',
            'password_variable = "remote_pw"',
            "pair[0].remote.username",
            "add username",
        ),
        (
            'url = "http://127.0.0.1:8002"',
            'url = "http://127.0.0.1:8001"',
            "pair[1].local.url",
            "two different instances",
        ),
        ('[settings]\nstate_dir = "state"', "[settings]\nstate = 1", "settings.state", "state_dir"),
        (
            '[settings]\nstate_dir = "state"',
            "[settings]\nstate_dir = 1",
            "settings.state_dir",
            'state_dir = "..."',
        ),
    ],
)
def test_a_bad_config_names_the_file_the_key_and_the_fix(
    tmp_path: Path, old: str, new: str, key: str, fix: str
) -> None:
    assert old in GOOD
    path = write(tmp_path, GOOD.replace(old, new, 1))
    with pytest.raises(ConfigError) as caught:
        build_app(Testing.app(), load_config(path))
    message = str(caught.value)
    assert message.startswith(f"{path}: key '{key}':"), message
    assert "Fix:" in message and fix in message.split("Fix:", 1)[1]
    assert "hunter2" not in message


def test_a_missing_or_broken_config_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"spoke\.toml: key '\(file\)': the config file does not exist"):
        load_config(tmp_path / "spoke.toml")
    with pytest.raises(ConfigError, match=r"key '\(syntax\)': not valid TOML"):
        load_config(write(tmp_path, "[[pair]\n"))
    with pytest.raises(ConfigError, match=r"key 'pair': no instance pair.*\[\[pair\]\]"):
        load_config(write(tmp_path, "[settings]\n"))


def test_the_shipped_example_config_is_valid() -> None:
    config = load_config(Path(__file__).resolve().parents[2] / "spoke.toml")
    assert len(config.pairs) >= 1
    build_app(Testing.app(), config)


@pytest.mark.parametrize(
    ("old", "new", "key", "problem", "fix"),
    [
        (
            "refresh_token_lifespan = 3600",
            'endpoint_name = ""',
            "pair[0].options.endpoint_name",
            "must be a non-empty name",
            "give a name",
        ),
        (
            "refresh_token_lifespan = 3600",
            "oauth_credential_order = -1",
            "pair[0].options.oauth_credential_order",
            "zero or above",
            "give e.g. 100",
        ),
        (
            "refresh_token_lifespan = 3600",
            'registry_on_destroy = "delete"',
            "pair[0].options.registry_on_destroy",
            "'delete' is not allowed",
            "'restore'",
        ),
        (
            "refresh_token_lifespan = 3600",
            'local_credential_name = "Remote Credentials"',
            "pair[0].options.local_credential_name",
            "already used",
            "unique name",
        ),
        (
            'user_name = "integration"',
            'user_name = " integration"',
            "pair[0].local_credential.user_name",
            "leading or trailing spaces",
            "'integration'",
        ),
    ],
)
def test_an_option_rejected_by_a_record_construct_is_reported_under_its_config_key(
    tmp_path: Path, old: str, new: str, key: str, problem: str, fix: str
) -> None:
    path = write(tmp_path, GOOD.replace(old, new, 1))
    with pytest.raises(ConfigError) as caught:
        build_app(Testing.app(), load_config(path))
    message = str(caught.value)
    assert message.startswith(f"{path}: key '{key}': "), message
    assert problem in message.split("Fix:", 1)[0]
    assert fix in message.split("Fix:", 1)[1]


def test_the_client_secret_comes_from_the_variable_the_secret_error_suggests(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace("refresh_token_lifespan = 3600", 'client_secret = "hunter2"'))
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    message = str(caught.value)
    assert "key 'pair[0].options.client_secret': secrets never go in the config file" in message
    assert 'Fix: remove it, write client_secret_variable = "<variable name>"' in message
    assert "hunter2" not in message

    # Doing what the fix says works: the secret is an ephemeral variable, sent write-only to both ends.
    path = write(
        tmp_path, GOOD.replace("refresh_token_lifespan = 3600", 'client_secret_variable = "spoke_secret"')
    )
    config = load_config(path)
    assert config.pairs[0].client_secret_variable == "spoke_secret"
    assert "client_secret_variable" not in config.pairs[0].options
    doc = json.loads(Testing.synth(build_app(Testing.app(), config)[0]))
    assert doc["variable"]["spoke_secret"]["sensitive"] is True
    assert doc["variable"]["spoke_secret"]["ephemeral"] is True
    endpoint = next(iter(doc["resource"]["servicenow_oauth_api_endpoint"].values()))
    assert endpoint["client_secret_wo"] == "${var.spoke_secret}" and "client_secret" not in endpoint
    (client,) = [r for r in doc["resource"]["servicenow_record"].values() if r["table"] == "oauth_entity"]
    assert client["sensitive_fields_wo"] == {"client_secret": "${var.spoke_secret}"}
    assert "ephemeral" not in doc
    # The second pair did not ask for one: a secret is generated in each run (ephemeral resource).
    test = json.loads(Testing.synth(build_app(Testing.app(), config)[1]))
    endpoint = next(iter(test["resource"]["servicenow_oauth_api_endpoint"].values()))
    assert endpoint["client_secret_wo"].startswith("${ephemeral.servicenow_client_secret.")


@pytest.mark.parametrize(
    ("old", "new", "key", "fix"),
    [
        (
            "refresh_token_lifespan = 3600",
            'client_secret_variable = "my-secret"',
            "pair[0].options.client_secret_variable",
            "letters, digits and underscores",
        ),
        (
            'user_name = "integration"',
            'user_name = "integration"\ntoken = "x"',
            "pair[0].local_credential.token",
            "password_variable in [pair.remote]",
        ),
        (
            "refresh_token_lifespan = 3600",
            'password = "x"',
            "pair[0].options.password",
            "client_secret_variable in [pair.options]",
        ),
    ],
)
def test_a_secret_in_the_wrong_place_is_pointed_to_a_key_that_exists(
    tmp_path: Path, old: str, new: str, key: str, fix: str
) -> None:
    path = write(tmp_path, GOOD.replace(old, new, 1))
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: key '{key}':"), message
    assert fix in message.split("Fix:", 1)[1]
    assert "token_variable" not in message and "password_variable = " not in message.split("Fix:", 1)[1]


def pair_text(stack: str, remote: str, local: str) -> str:
    return f"""
[[pair]]
stack = "{stack}"
[pair.remote]
url = "{remote}"
username = "admin"
password_variable = "pw"
[pair.local]
url = "{local}"
username = "admin"
password_variable = "pw"
[pair.local_credential]
user_name = "admin"
password_variable = "pw"
"""


@pytest.mark.parametrize(
    "same_local", ["https://local-dev.service-now.com", "HTTPS://Local-Dev.service-now.com/"]
)
def test_two_pairs_on_the_same_local_instance_are_rejected_naming_both(
    tmp_path: Path, same_local: str
) -> None:
    text = (
        pair_text("dev", "https://remote-dev.service-now.com", "https://local-dev.service-now.com")
        + pair_text("other", "http://127.0.0.1:8001", "http://127.0.0.1:8002")
        + pair_text("again", "https://remote-test.service-now.com", same_local)
    )
    with pytest.raises(ConfigError) as caught:
        load_config(write(tmp_path, text))
    message = str(caught.value)
    assert "key 'pair[2].local.url':" in message, message
    assert "pair[0] (stack 'dev') and pair[2] (stack 'again') have the same local instance" in message
    assert "Fix: configure each local instance in one pair only" in message


def test_pairs_may_share_a_remote_instance(tmp_path: Path) -> None:
    text = pair_text("a", "http://127.0.0.1:8001", "http://127.0.0.1:8002") + pair_text(
        "b", "http://localhost:8001", "http://127.0.0.1:8003"
    )
    assert [p.stack for p in load_config(write(tmp_path, text)).pairs] == ["a", "b"]


@pytest.mark.parametrize(
    ("text", "key", "problem", "fix"),
    [
        ("settings = 5\n", "settings", "expected a table, got an integer", "[settings]"),
        ('pair = ["dev"]\n', "pair[0]", "expected a table, got a string", "[[pair]] (two brackets)"),
        ("pair = [[1]]\n", "pair[0]", "expected a table, got an array", "[[pair]] (two brackets)"),
        ('[pair]\nstack = "dev"\n', "pair", "got a single [pair] table", "[[pair]] with two brackets"),
        (
            pair_text("dev", "http://127.0.0.1:1", "http://127.0.0.1:2")
            .replace('[pair.local_credential]\nuser_name = "admin"\npassword_variable = "pw"', "")
            .replace('stack = "dev"', 'stack = "dev"\nlocal_credential = true'),
            "pair[0].local_credential",
            "expected a table, got a boolean",
            "[pair.local_credential]",
        ),
        (
            '[settings]\nstate_dir = "a\\u0000b"\n'
            + pair_text("dev", "http://127.0.0.1:1", "http://127.0.0.1:2"),
            "settings.state_dir",
            "is not a usable path",
            "give a path",
        ),
    ],
)
def test_a_value_of_the_wrong_shape_is_named_with_the_fix(
    tmp_path: Path, text: str, key: str, problem: str, fix: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: key '{key}': "), message
    assert problem in message.split("Fix:", 1)[0] and fix in message.split("Fix:", 1)[1]


def test_a_directory_or_a_file_that_is_not_utf8_is_named_with_the_fix(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path)
    assert str(caught.value) == (
        f"{tmp_path}: key '(file)': this is a directory, not a config file. Fix: point SPOKE_CONFIG at the "
        f"TOML file itself, e.g. {tmp_path / 'spoke.toml'}"
    )
    latin1 = tmp_path / "latin1.toml"
    latin1.write_bytes(pair_text("café", "http://127.0.0.1:1", "http://127.0.0.1:2").encode("latin-1"))
    with pytest.raises(ConfigError) as caught:
        load_config(latin1)
    assert str(caught.value).startswith(f"{latin1}: key '(file)': not UTF-8 text (byte 0xe9 at offset 22)")
    assert "Fix: save the file as UTF-8" in str(caught.value)
