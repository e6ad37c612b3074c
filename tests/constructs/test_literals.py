"""Config strings are literals: a Terraform template in a value is refused, and so is a URL carrying a
user name or password; the errors never print a possible secret back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cdktf import TerraformStack, TerraformVariable, Testing

from servicenow_spoke import RemoteInstanceSpoke, SecretValue, ServiceNowInstance
from servicenow_spoke.validation import SpokeValidationError
from spoke_app.config import ConfigError, build_app, load_config, make_state_dir_private, render_config

REMOTE = "https://remote-dev.service-now.com"
LOCAL = "https://local-dev.service-now.com"


def _spoke(stack: TerraformStack, **options: object) -> RemoteInstanceSpoke:
    password = SecretValue.from_env_variable(stack, "pw")
    return RemoteInstanceSpoke(
        stack,
        "Spoke",
        remote=ServiceNowInstance(url=REMOTE, username="admin", password=password),
        local=ServiceNowInstance(url=LOCAL, username="admin", password=password),
        local_user_name="spoke.integration",
        local_password=password,
        **options,
    )


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("endpoint_name", "x${var.pw}"),
        ("registry_name", "Remote%{ if true }Spoke"),
        ("local_credential_name", "${var.pw}"),
        ("remote_connection_name", "a${b}"),
        ("local_connection_url", "https://x.example/${var.pw}"),
        ("profile_name", "p${var.pw}"),
        ("remote_alias_name", "a${x}"),
    ],
)
def test_a_template_in_a_string_option_is_refused_naming_the_option(option: str, value: str) -> None:
    with pytest.raises(SpokeValidationError) as caught:
        _spoke(TerraformStack(Testing.app(), "s"), **{option: value})
    assert caught.value.argument == option
    assert "Terraform would evaluate as a template" in str(caught.value) and value not in str(caught.value)


def test_a_cdktf_token_is_still_a_reference_not_a_literal() -> None:
    stack = TerraformStack(Testing.app(), "s")
    name = TerraformVariable(stack, "endpoint_name", type="string")
    _spoke(stack, endpoint_name=name.string_value)
    doc = json.loads(Testing.synth(stack))
    (endpoint,) = doc["resource"]["servicenow_oauth_api_endpoint"].values()
    assert endpoint["name"] == "${var.endpoint_name}"


@pytest.mark.parametrize("option", ["remote_connection_url", "local_connection_url"])
def test_a_connection_url_with_a_password_is_refused_without_printing_it(option: str) -> None:
    with pytest.raises(SpokeValidationError) as caught:
        _spoke(TerraformStack(Testing.app(), "s"), **{option: "https://svc:Hunter2-Secret@r.example/"})
    message = str(caught.value)
    assert caught.value.argument == option and "carries a user name or password" in message
    assert "Hunter2-Secret" not in message and "https://***@r.example/" in message


def _config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "spoke.toml"
    path.write_text(text)
    return path


def _base(**options: object) -> str:
    return render_config(stack="dev", remote_url=REMOTE, local_url=LOCAL, options=options or None)


def test_a_template_in_the_config_file_is_refused_naming_its_key(tmp_path: Path) -> None:
    config = load_config(_config(tmp_path, _base(endpoint_name="x${var.remote_admin_password}")))
    with pytest.raises(ConfigError) as caught:
        build_app(Testing.app(), config)
    assert "key 'pair[0].options.endpoint_name'" in str(caught.value)
    assert "${var" not in str(caught.value)
    text = _base().replace('username = "admin"', 'username = "ad${var.x}min"', 1)
    with pytest.raises(ConfigError, match=r"key 'pair\[0\]\.remote\.username'"):
        build_app(Testing.app(), load_config(_config(tmp_path, text)))


def test_config_errors_never_print_a_secret_pasted_into_a_url_or_a_variable_key(tmp_path: Path) -> None:
    text = _base().replace(
        f'url = "{REMOTE}"', 'url = "https://admin:Pasted-Pw-81@remote-dev.service-now.com"'
    )
    with pytest.raises(ConfigError) as caught:
        load_config(_config(tmp_path, text))
    assert "Pasted-Pw-81" not in str(caught.value) and "key 'pair[0].remote.url'" in str(caught.value)
    text = _base().replace('"remote_admin_password"', '"Pasted Secret-Pw 82!"')
    with pytest.raises(ConfigError) as caught:
        load_config(_config(tmp_path, text))
    assert "Pasted Secret-Pw 82" not in str(caught.value)
    assert "key 'pair[0].remote.password_variable'" in str(caught.value)
    connection = _base(remote_connection_url="https://u:Pasted-Pw-83@r.example/")
    with pytest.raises(ConfigError) as caught:
        build_app(Testing.app(), load_config(_config(tmp_path, connection)))
    assert "Pasted-Pw-83" not in str(caught.value)
    assert "key 'pair[0].options.remote_connection_url'" in str(caught.value)


def test_the_state_folder_is_made_private_with_its_files(tmp_path: Path) -> None:
    state = tmp_path / "state"
    state.mkdir(mode=0o755)
    (state / "dev.tfstate").write_text("{}")
    (state / "dev.tfstate").chmod(0o644)
    (state / "dev.tfstate.backup").write_text("{}")
    make_state_dir_private(state)
    assert state.stat().st_mode & 0o777 == 0o700
    assert {p.stat().st_mode & 0o777 for p in state.iterdir()} == {0o600}
    fresh = tmp_path / "new" / "state"
    make_state_dir_private(fresh)
    assert fresh.stat().st_mode & 0o777 == 0o700
