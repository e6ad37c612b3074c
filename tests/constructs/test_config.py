"""The config file: one stack per pair, secrets named by variable, errors naming file, key and fix."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cdktf import Testing

from servicenow_spoke.config import ConfigError, build_app, load_config, spoke_options

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
