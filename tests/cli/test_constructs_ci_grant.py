"""The CI grant is selectable in the constructs: client credentials on the registry, and the remote
property that enables the grant (synthesized with Testing.synth; no terraform, no instance)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from cdktf import App, TerraformStack, Testing

from servicenow_spoke import RemoteInstanceSpoke, SecretValue, ServiceNowInstance, SpokeValidationError
from servicenow_spoke.config import build_app, load_config, render_config
from servicenow_spoke.spoke import CLIENT_CREDENTIALS_PROPERTY

Testing.__test__ = False  # type: ignore[attr-defined]


def _spoke(**options: Any) -> dict[str, Any]:
    stack = TerraformStack(Testing.app(), "test")
    RemoteInstanceSpoke(
        stack,
        "Spoke",
        remote=ServiceNowInstance(
            url="https://remote-dev.service-now.com",
            username="admin",
            password=SecretValue.from_env_variable(stack, "remote_admin_password"),
        ),
        local=ServiceNowInstance(
            url="https://local-dev.service-now.com",
            username="admin",
            password=SecretValue.from_env_variable(stack, "local_admin_password"),
        ),
        local_user_name="spoke.integration",
        local_password=SecretValue.from_env_variable(stack, "local_integration_password"),
        **options,
    )
    return json.loads(Testing.synth(stack))


def test_client_credentials_grant_sets_the_registry_and_enables_the_grant_on_the_remote() -> None:
    doc = _spoke(default_grant_type="client_credentials")
    (registry,) = doc["resource"]["servicenow_application_registry"].values()
    assert registry["default_grant_type"] == "client_credentials"
    ((logical_id, record),) = doc["resource"]["servicenow_record"].items()
    assert logical_id == "Spoke_ClientCredentialsProperty_75ED7713"  # the address is a public contract
    assert record["table"] == "sys_properties"
    assert record["fields"] == {"name": CLIENT_CREDENTIALS_PROPERTY, "value": "true", "type": "boolean"}
    assert record["provider"] == "servicenow.Spoke_remote"


def test_the_procedures_default_grant_adds_no_record_to_the_remote() -> None:
    doc = _spoke()
    assert "servicenow_record" not in doc["resource"]


def test_client_credentials_property_false_leaves_an_existing_remote_property_alone() -> None:
    doc = _spoke(default_grant_type="client_credentials", client_credentials_property=False)
    assert "servicenow_record" not in doc["resource"]


def test_client_credentials_property_with_another_grant_is_refused_naming_the_argument() -> None:
    with pytest.raises(
        SpokeValidationError, match="argument 'client_credentials_property'.*Fix: set default"
    ):
        _spoke(client_credentials_property=True)


def test_the_config_file_selects_the_ci_grant(tmp_path: Path) -> None:
    config = tmp_path / "spoke.toml"
    config.write_text(
        render_config(
            stack="ci",
            remote_url="https://remote-ci.service-now.com",
            local_url="https://local-ci.service-now.com",
            options={"default_grant_type": "client_credentials"},
        )
    )
    (stack,) = build_app(App(outdir=str(tmp_path / "out")), load_config(config))
    doc = json.loads(Testing.synth(stack))
    assert doc["resource"]["servicenow_record"]
