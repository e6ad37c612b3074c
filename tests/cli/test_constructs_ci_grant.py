"""The CI grant is selectable in the constructs: client credentials on the registry and on its profile
(adopted), the remote property that enables the grant (adopted), and the endpoint's OAuth Application
User (Testing.synth; no terraform, no instance)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from servicenow_spoke import RemoteInstanceSpoke, SecretValue, ServiceNowInstance, SpokeValidationError
from servicenow_spoke.cdk import App, TerraformStack, Testing
from servicenow_spoke.spoke import CLIENT_CREDENTIALS_PROPERTY
from spoke_app.config import ConfigError, build_app, load_config, render_config

Testing.__test__ = False  # type: ignore[attr-defined]

#: The registry's client id and write-only client secret (servicenow_spoke: RegistryClient).
REGISTRY_CLIENT = "Spoke_RegistryClient_C855004D"


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


CI = {"default_grant_type": "client_credentials", "oauth_application_user": "spoke.ci"}


def test_client_credentials_grant_sets_the_registry_and_adopts_the_property_that_enables_it() -> None:
    doc = _spoke(**CI)
    (registry,) = doc["resource"]["servicenow_application_registry"].values()
    assert registry["default_grant_type"] == "client_credentials"
    # The address is a public contract.
    record = doc["resource"]["servicenow_record"]["Spoke_ClientCredentialsProperty_75ED7713"]
    assert record["table"] == "sys_properties"
    assert record["fields"] == {"name": CLIENT_CREDENTIALS_PROPERTY, "value": "true", "type": "boolean"}
    assert record["provider"] == "servicenow.Spoke_remote"
    # Instance-wide: adopted by name when it exists, never created twice; shared by every pair on the
    # remote, so one stack's destroy leaves it.
    assert record["adopt_by"] == "name" and record["on_destroy"] == "keep"


def test_client_credentials_grant_adopts_the_profile_with_that_grant_after_the_registry() -> None:
    """'Get OAuth Token' takes the grant from the profile: the stack sets it, whatever the instance does
    with the registry's default grant type."""
    doc = _spoke(**CI)
    record = doc["resource"]["servicenow_record"]["Spoke_ProfileGrantType_2CD91F81"]
    assert (record["table"], record["adopt_by"], record["provider"]) == (
        "oauth_entity_profile",
        "name",
        "servicenow.Spoke_local",
    )
    assert record["fields"] == {"name": "RemoteSpoke default_profile", "grant_type": "client_credentials"}
    (registry_id,) = doc["resource"]["servicenow_application_registry"]
    assert record["depends_on"] == [f"servicenow_application_registry.{registry_id}"]
    [condition] = record["lifecycle"]["precondition"]
    assert f"servicenow_application_registry.{registry_id}.sys_id" in condition["condition"]
    assert "belongs to another application registry" in condition["error_message"]
    named = _spoke(**CI, registry_name="OtherSpoke")
    assert named["resource"]["servicenow_record"]["Spoke_ProfileGrantType_2CD91F81"]["fields"]["name"] == (
        "OtherSpoke default_profile"
    )


def test_client_credentials_on_destroy_applies_to_the_profile_and_the_property_has_its_own() -> None:
    records = _spoke(**CI, client_credentials_on_destroy="keep")["resource"]["servicenow_record"]
    records.pop(REGISTRY_CLIENT)  # the registry's client id and secret: restored with the registry
    assert {r["on_destroy"] for r in records.values()} == {"keep"}
    records = _spoke(**CI)["resource"]["servicenow_record"]
    assert "on_destroy" not in records["Spoke_ProfileGrantType_2CD91F81"]  # restore: the pair's own profile
    records = _spoke(**CI, client_credentials_property_on_destroy="restore")["resource"]["servicenow_record"]
    assert records["Spoke_ClientCredentialsProperty_75ED7713"]["on_destroy"] == "restore"
    with pytest.raises(SpokeValidationError, match="argument 'client_credentials_property_on_destroy'"):
        _spoke(**CI, client_credentials_property_on_destroy="delete")


def test_client_credentials_on_destroy_with_another_grant_or_value_is_refused_naming_the_argument() -> None:
    with pytest.raises(SpokeValidationError, match="argument 'client_credentials_on_destroy'"):
        _spoke(client_credentials_on_destroy="keep")
    with pytest.raises(SpokeValidationError, match="argument 'client_credentials_on_destroy'.*restore"):
        _spoke(**CI, client_credentials_on_destroy="delete")


def test_the_procedures_default_grant_adds_no_record_to_the_remote() -> None:
    doc = _spoke()
    assert set(doc["resource"]["servicenow_record"]) == {REGISTRY_CLIENT}  # a local record


def test_client_credentials_property_false_leaves_the_remote_properties_alone() -> None:
    doc = _spoke(**CI, client_credentials_property=False)
    assert set(doc["resource"]["servicenow_record"]) == {"Spoke_ProfileGrantType_2CD91F81", REGISTRY_CLIENT}


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
            options=CI,
        )
    )
    (stack,) = build_app(App(outdir=str(tmp_path / "out")), load_config(config))
    doc = json.loads(Testing.synth(stack))
    assert doc["resource"]["servicenow_record"]
    (lookup,) = (v for k, v in doc["data"]["servicenow_record"].items() if "OAuthApplicationUser" in k)
    assert lookup["query"] == "user_name=spoke.ci" and lookup["provider"] == "servicenow.Spoke_remote"


def test_client_credentials_grant_sets_the_oauth_application_user_looked_up_on_the_remote() -> None:
    doc = _spoke(**CI)
    ((logical_id, lookup),) = (
        (k, v) for k, v in doc["data"]["servicenow_record"].items() if "AliasCheck" not in k
    )
    assert logical_id == "Spoke_OAuthApplicationUser_Lookup_88E0D994"  # the address is a public contract
    assert (lookup["table"], lookup["query"]) == ("sys_user", "user_name=spoke.ci")
    assert lookup["provider"] == "servicenow.Spoke_remote"
    [condition] = lookup["lifecycle"]["postcondition"]
    assert condition["condition"] == "${self.record_count == 1}"
    message = condition["error_message"]
    assert "Spoke/OAuthApplicationUser" in message and "'spoke.ci'" in message
    assert "create the user on the remote instance (https://remote-dev.service-now.com) first" in message
    assert "oauth_application_user" in message
    (endpoint,) = doc["resource"]["servicenow_oauth_api_endpoint"].values()
    assert endpoint["user"] == f'${{data.servicenow_record.{logical_id}.fields["sys_id"]}}'


def test_client_credentials_grant_without_an_application_user_is_refused_naming_the_argument() -> None:
    with pytest.raises(SpokeValidationError) as caught:
        _spoke(default_grant_type="client_credentials")
    assert caught.value.argument == "oauth_application_user"
    assert "OAuth Application User" in caught.value.problem
    assert "oauth_application_user='<user_name" in caught.value.fix and "[pair.options]" in caught.value.fix


def test_the_config_file_names_the_missing_application_user_key(tmp_path: Path) -> None:
    config = tmp_path / "spoke.toml"
    config.write_text(
        render_config(
            stack="ci",
            remote_url="https://remote-ci.service-now.com",
            local_url="https://local-ci.service-now.com",
            options={"default_grant_type": "client_credentials"},
        )
    )
    with pytest.raises(
        ConfigError, match=r"options\.oauth_application_user.*Fix: pass oauth_application_user"
    ):
        build_app(App(outdir=str(tmp_path / "out")), load_config(config))


def test_other_grants_take_the_application_user_optionally() -> None:
    plain = _spoke()
    lookups = [k for k in plain["data"].get("servicenow_record", {}) if "AliasCheck" not in k]
    assert "user" not in only_endpoint(plain) and lookups == []  # only the connections' alias checks
    doc = _spoke(oauth_application_user="spoke.ci")
    assert only_endpoint(doc)["user"].startswith("${data.servicenow_record.Spoke_OAuthApplicationUser_")
    assert set(doc["resource"]["servicenow_record"]) == {REGISTRY_CLIENT}  # no client-credentials property


def test_a_bad_application_user_name_is_refused_at_synth() -> None:
    with pytest.raises(SpokeValidationError, match="argument 'oauth_application_user'"):
        _spoke(**{**CI, "oauth_application_user": "x^ORuser_name=admin"})


def only_endpoint(doc: dict[str, Any]) -> dict[str, Any]:
    (endpoint,) = doc["resource"]["servicenow_oauth_api_endpoint"].values()
    return endpoint
