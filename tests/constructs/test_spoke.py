"""The L3 RemoteInstanceSpoke, synthesized with Testing.synth (no terraform, no instance)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from servicenow_spoke import (
    OUTPUT_NAMES,
    RemoteInstanceSpoke,
    SecretValue,
    ServiceNowInstance,
    SpokeValidationError,
)
from servicenow_spoke.cdk import TerraformStack, Testing, binding
from spoke_app.workspace import DEFAULT_TERRAFORMRC, OFFLINE_ENV

ServicenowProvider = binding("provider").ServicenowProvider

REMOTE = "https://remote-dev.service-now.com"
LOCAL = "https://local-dev.service-now.com"


def only(section: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    assert len(section) == 1, list(section)
    return next(iter(section.items()))


def ref(resource_type: str, logical_id: str, attribute: str) -> str:
    return f"${{{resource_type}.{logical_id}.{attribute}}}"


def test_spoke_sets_up_the_records_of_the_procedure_with_its_defaults(stack, synth, instances) -> None:
    RemoteInstanceSpoke(stack, "Spoke", **instances)
    doc = synth(stack)
    resources, data = doc["resource"], doc["data"]

    endpoint_id, endpoint = only(resources["servicenow_oauth_api_endpoint"])
    assert endpoint["name"] == "RemoteSpoke local-dev.service-now.com"
    assert endpoint["redirect_url"] == f"{LOCAL}/oauth_redirect.do"
    assert endpoint["access_token_lifespan"] == 1800
    assert endpoint["refresh_token_lifespan"] == 8_640_000
    assert endpoint["provider"] == "servicenow.Spoke_remote"
    # The client secret: generated in each run (ephemeral), sent write-only to both ends.
    generated = "${ephemeral.servicenow_client_secret.Spoke_ClientSecret.value}"
    assert doc["ephemeral"]["servicenow_client_secret"]["Spoke_ClientSecret"] == {
        "provider": "servicenow.Spoke_remote"
    }
    assert "client_secret" not in endpoint and endpoint["client_secret_wo"] == generated

    registry_id, registry = only(resources["servicenow_application_registry"])
    assert "client_id" not in registry and "client_secret" not in registry
    assert endpoint["client_secret_wo_version"] == "1/" + ref(
        "servicenow_application_registry", registry_id, "sys_id"
    )
    client = next(r for r in resources["servicenow_record"].values() if r["table"] == "oauth_entity")
    assert client["adopt_by"] == "name" and client["provider"] == "servicenow.Spoke_local"
    assert client["fields"] == {
        "name": "RemoteSpoke",
        "client_id": ref("servicenow_oauth_api_endpoint", endpoint_id, "client_id"),
    }
    assert client["sensitive_fields_wo"] == {"client_secret": generated}
    assert client["sensitive_fields_wo_version"] == "1/{}/{}".format(
        ref("servicenow_oauth_api_endpoint", endpoint_id, "client_id"),
        ref("servicenow_application_registry", registry_id, "sys_id"),
    )
    assert registry["name"] == "RemoteSpoke"
    assert registry["auth_url"] == f"{REMOTE}/oauth_auth.do"
    assert registry["token_url"] == f"{REMOTE}/oauth_token.do"
    assert registry["redirect_url"] == f"{LOCAL}/oauth_redirect.do"
    assert registry["default_grant_type"] == "authorization_code"
    assert registry["refresh_token_lifespan"] == 8_640_000
    assert registry["public_client"] is False
    assert registry["access"] == "public"
    assert registry["active"] is True
    assert registry["on_destroy"] == "restore"
    assert registry["provider"] == "servicenow.Spoke_local"

    profile_id, profile = only(data["servicenow_oauth_entity_profile"])
    assert profile["name"] == "RemoteSpoke default_profile"
    oauth_id, oauth = only(resources["servicenow_oauth2_credential"])
    assert oauth["name"] == "Remote Credentials"
    assert oauth["order"] == 100 and oauth["active"] is True
    assert oauth["oauth_entity_profile"] == f"${{data.servicenow_oauth_entity_profile.{profile_id}.sys_id}}"

    basic_id, basic = only(resources["servicenow_basic_auth_credential"])
    assert basic["name"] == "Local Credentials"
    assert basic["user_name"] == "spoke.integration"
    assert basic["password_wo"] == "${var.local_integration_password}" and "password" not in basic
    assert basic["password_wo_version"] == "1"
    assert all(doc["variable"][v]["ephemeral"] is True for v in doc["variable"])

    aliases = {v["name"]: k for k, v in data["servicenow_connection_alias"].items()}
    assert set(aliases) == {"ServiceNowRemoteInstance", "ServiceNowRemoteInstanceLocalAlias"}
    connections = {v["name"]: v for v in resources["servicenow_http_connection"].values()}
    remote_conn, local_conn = connections["Remote Connection"], connections["Local Connection"]
    assert remote_conn["credential"] == ref("servicenow_oauth2_credential", oauth_id, "sys_id")
    assert remote_conn["connection_alias"] == (
        f"${{data.servicenow_connection_alias.{aliases['ServiceNowRemoteInstance']}.sys_id}}"
    )
    assert remote_conn["connection_url"] == f"{REMOTE}/"
    assert local_conn["credential"] == ref("servicenow_basic_auth_credential", basic_id, "sys_id")
    assert local_conn["connection_alias"] == (
        f"${{data.servicenow_connection_alias.{aliases['ServiceNowRemoteInstanceLocalAlias']}.sys_id}}"
    )
    assert local_conn["connection_url"] == f"{LOCAL}/"
    for connection in (remote_conn, local_conn):
        assert connection["active"] is True and connection["use_mid"] is False
        assert connection["provider"] == "servicenow.Spoke_local"


def test_spoke_outputs_the_sys_ids_and_the_get_oauth_token_url_under_stable_names(
    stack, synth, instances
) -> None:
    RemoteInstanceSpoke(stack, "Spoke", **instances)
    doc = synth(stack)
    assert set(doc["output"]) == set(OUTPUT_NAMES)
    oauth_id, _ = only(doc["resource"]["servicenow_oauth2_credential"])
    profile_id, _ = only(doc["data"]["servicenow_oauth_entity_profile"])
    assert doc["output"]["get_oauth_token_url"]["value"] == (
        f"{LOCAL}/oauth_initiator.do?oauth_requestor_context=oauth_2_0_credentials"
        f"&oauth_requestor=${{servicenow_oauth2_credential.{oauth_id}.sys_id}}"
        f"&oauth_provider_profile=${{data.servicenow_oauth_entity_profile.{profile_id}.sys_id}}&response_type=code"
    )
    assert doc["output"]["local_instance_url"]["value"] == LOCAL
    assert doc["output"]["remote_instance_url"]["value"] == REMOTE


def test_terraform_addresses_of_the_spoke_are_the_documented_ones(stack, synth, instances) -> None:
    """Addresses derive from construct ids: they are a public contract (README.md lists them)."""
    RemoteInstanceSpoke(stack, "Spoke", **instances)
    doc = synth(stack)
    addresses = {
        f"{prefix}{rtype}.{logical_id}"
        for prefix, section in (
            ("", doc["resource"]),
            ("data.", doc["data"]),
            ("ephemeral.", doc["ephemeral"]),
        )
        for rtype, blocks in section.items()
        for logical_id in blocks
    }
    assert addresses == {
        "servicenow_oauth_api_endpoint.Spoke_RemoteEndpoint_359329B9",
        "servicenow_application_registry.Spoke_Registry_E23D605B",
        "data.servicenow_oauth_entity_profile.Spoke_Profile_Lookup_B35675DC",
        "servicenow_oauth2_credential.Spoke_OAuthCredential_EBB4C102",
        "servicenow_basic_auth_credential.Spoke_LocalCredential_FC8AFCF5",
        "data.servicenow_connection_alias.Spoke_RemoteAlias_Lookup_737B9AFF",
        "data.servicenow_connection_alias.Spoke_LocalAlias_Lookup_1C1A2276",
        "servicenow_http_connection.Spoke_RemoteConnection_1FE7A21A",
        "servicenow_http_connection.Spoke_LocalConnection_C2C6E935",
        "servicenow_record.Spoke_RegistryClient_C855004D",
        "ephemeral.servicenow_client_secret.Spoke_ClientSecret",
        "data.servicenow_record.Spoke_RemoteConnection_AliasCheck_F974F6DA",
        "data.servicenow_record.Spoke_LocalConnection_AliasCheck_880C831B",
    }


def test_addresses_added_by_the_client_credentials_grant_are_the_documented_ones(
    stack, synth, instances
) -> None:
    RemoteInstanceSpoke(
        stack,
        "Spoke",
        **instances,
        default_grant_type="client_credentials",
        oauth_application_user="spoke.ci",
    )
    doc = synth(stack)
    assert set(doc["resource"]["servicenow_record"]) == {
        "Spoke_RegistryClient_C855004D",
        "Spoke_ClientCredentialsProperty_75ED7713",
        "Spoke_ProfileGrantType_2CD91F81",
    }
    assert set(doc["data"]["servicenow_record"]) == {
        "Spoke_OAuthApplicationUser_Lookup_88E0D994",
        "Spoke_RemoteConnection_AliasCheck_F974F6DA",
        "Spoke_LocalConnection_AliasCheck_880C831B",
    }


def test_providers_are_created_from_url_and_credentials_with_the_password_as_a_variable(
    stack, synth, instances
) -> None:
    RemoteInstanceSpoke(stack, "Spoke", **instances)
    providers = {p["alias"]: p for p in synth(stack)["provider"]["servicenow"]}
    assert providers["Spoke_remote"]["instance_url"] == REMOTE
    assert providers["Spoke_remote"]["password"] == "${var.remote_admin_password}"
    assert providers["Spoke_local"]["instance_url"] == LOCAL
    assert providers["Spoke_local"]["username"] == "admin"


def test_spoke_uses_provider_objects_the_caller_already_has(stack, synth, instances) -> None:
    password = SecretValue.from_env_variable(stack, "shared_password")
    remote = ServicenowProvider(
        stack, "remote", alias="r", instance_url=REMOTE, username="a", password=password.token
    )
    local = ServicenowProvider(stack, "local", alias="l")
    RemoteInstanceSpoke(
        stack,
        "Spoke",
        remote=ServiceNowInstance(provider=remote),
        local=ServiceNowInstance(provider=local, url=LOCAL),
        local_user_name="u",
        local_password=password,
    )
    doc = synth(stack)
    assert len(doc["provider"]["servicenow"]) == 2
    _, endpoint = only(doc["resource"]["servicenow_oauth_api_endpoint"])
    assert endpoint["provider"] == "servicenow.r"
    _, registry = only(doc["resource"]["servicenow_application_registry"])
    assert registry["provider"] == "servicenow.l"
    assert registry["auth_url"] == f"{REMOTE}/oauth_auth.do"


def test_provider_object_without_a_known_url_is_rejected_naming_the_url_argument(stack, instances) -> None:
    local = ServicenowProvider(stack, "local", alias="l")
    with pytest.raises(SpokeValidationError, match=r"'local\.url'.*Fix: pass local=ServiceNowInstance\(url="):
        RemoteInstanceSpoke(stack, "Spoke", **{**instances, "local": ServiceNowInstance(provider=local)})


def test_options_reach_the_records(stack, synth, instances) -> None:
    RemoteInstanceSpoke(
        stack,
        "Spoke",
        **instances,
        pkce_required=True,
        code_challenge_method="plain",
        refresh_token_lifespan=3600,
        access_token_lifespan=600,
        accessible_from="package_private",
        registry_on_destroy="keep",
        remote_connection_name="To remote",
        use_mid=True,
        endpoint_name="Client for dev",
    )
    doc = synth(stack)
    _, endpoint = only(doc["resource"]["servicenow_oauth_api_endpoint"])
    _, registry = only(doc["resource"]["servicenow_application_registry"])
    assert endpoint["name"] == "Client for dev"
    assert endpoint["public_client"] is True and endpoint["code_challenge_method"] == "plain"
    assert endpoint["access_token_lifespan"] == 600 and endpoint["refresh_token_lifespan"] == 3600
    assert registry["public_client"] is True and registry["code_challenge_method"] == "plain"
    assert registry["access"] == "package_private" and registry["on_destroy"] == "keep"
    names = {v["name"]: v for v in doc["resource"]["servicenow_http_connection"].values()}
    assert set(names) == {"To remote", "Local Connection"}
    assert all(v["use_mid"] is True for v in names.values())


def test_the_profile_follows_the_registry_name_and_must_belong_to_that_registry(
    stack, synth, instances
) -> None:
    RemoteInstanceSpoke(stack, "Spoke", **instances, registry_name="Other")
    RemoteInstanceSpoke(
        stack,
        "Pinned",
        **instances,
        registry_name="Third",
        profile_name="Third ci_profile",
        output_prefix="pinned_",
        endpoint_name="Pinned endpoint",
        oauth_credential_name="Pinned OAuth",
        local_credential_name="Pinned Local",
        remote_connection_name="Pinned Remote",
        local_connection_name="Pinned Local Connection",
    )
    doc = synth(stack)
    profiles = {k: v["name"] for k, v in doc["data"]["servicenow_oauth_entity_profile"].items()}
    registries = {v["name"]: k for k, v in doc["resource"]["servicenow_application_registry"].items()}
    assert sorted(profiles.values()) == ["Other default_profile", "Third ci_profile"]
    for credential in doc["resource"]["servicenow_oauth2_credential"].values():
        profile_id = credential["oauth_entity_profile"].split(".")[2]
        registry = "Other" if profiles[profile_id] == "Other default_profile" else "Third"
        (check,) = credential["lifecycle"]["precondition"]
        assert check["condition"] == (
            f"${{(data.servicenow_oauth_entity_profile.{profile_id}.oauth_entity == "
            f"servicenow_application_registry.{registries[registry]}.sys_id)}}"
        )
        assert f"belongs to another application registry than '{registry}'" in check["error_message"]
        assert "Fix: set profile_name to a profile of that registry" in check["error_message"]


def test_two_spokes_embed_in_one_larger_stack_with_prefixed_outputs(stack, synth, instances) -> None:
    RemoteInstanceSpoke(stack, "Dev", **instances, output_prefix="dev_")
    other = {
        **instances,
        "local": ServiceNowInstance(
            url="https://local-test.service-now.com",
            username="admin",
            password=SecretValue.from_env_variable(stack, "local_admin_password"),
        ),
    }
    RemoteInstanceSpoke(stack, "Test", **other, output_prefix="test_")
    doc = synth(stack)
    assert len(doc["resource"]["servicenow_http_connection"]) == 4
    assert {f"dev_{n}" for n in OUTPUT_NAMES} | {f"test_{n}" for n in OUTPUT_NAMES} == set(doc["output"])
    # the variable declared twice by name is one variable
    assert set(doc["variable"]) == {
        "remote_admin_password",
        "local_admin_password",
        "local_integration_password",
    }


@pytest.mark.parametrize(
    ("override", "argument", "fix"),
    [
        (
            {"pkce_required": True, "default_grant_type": "client_credentials"},
            "pkce_required",
            "authorization_code",
        ),
        ({"refresh_token_lifespan": 0}, "refresh_token_lifespan", "above zero"),
        ({"access_token_lifespan": -5}, "access_token_lifespan", "above zero"),
        ({"code_challenge_method": "S512"}, "code_challenge_method", "'S256'"),
        ({"accessible_from": "everywhere"}, "accessible_from", "'package_private'"),
        ({"registry_on_destroy": "delete"}, "registry_on_destroy", "'restore'"),
        ({"default_grant_type": "implicit_magic"}, "default_grant_type", "'authorization_code'"),
        (
            {"remote_connection_name": "Same", "local_connection_name": "Same"},
            "local_connection_name",
            "unique name",
        ),
        (
            {"oauth_credential_name": "Creds", "local_credential_name": "Creds"},
            "local_credential_name",
            "unique name",
        ),
        ({"remote_connection_name": " padded"}, "remote_connection_name", "'padded'"),
        ({"endpoint_name": ""}, "endpoint_name", "give a name"),
        ({"registry_name": " "}, "registry_name", "give a name"),
        ({"profile_name": ""}, "profile_name", "give a name"),
        ({"oauth_credential_order": -1}, "oauth_credential_order", "give e.g. 100"),
        ({"local_credential_active": "yes"}, "local_credential_active", "True or False"),
        ({"connections_active": 1}, "connections_active", "True or False"),
        ({"remote_alias_name": ""}, "remote_alias_name", "give a name"),
        ({"output_prefix": "bad prefix"}, "output_prefix", "letters"),
    ],
)
def test_bad_options_fail_at_synth_naming_the_argument_and_the_fix(
    stack, instances, override, argument, fix
) -> None:
    with pytest.raises(SpokeValidationError) as caught:
        RemoteInstanceSpoke(stack, "Spoke", **instances, **override)
    assert caught.value.argument == argument
    assert caught.value.where == "test/Spoke"  # the construct the caller built, not one of its children
    assert fix in caught.value.fix
    assert f"argument '{argument}'" in str(caught.value) and "Fix:" in str(caught.value)


@pytest.mark.parametrize(
    "url",
    [
        "http://remote-dev.service-now.com",
        "https://remote-dev.example.com",
        "https://remote-dev.service-now.com/now/nav",
        "https://10.0.0.5:8443",
        "remote-dev",
    ],
)
def test_instance_urls_must_be_service_now_or_loopback(stack, instances, url) -> None:
    remote = ServiceNowInstance(url=url, username="admin", password=instances["remote"].password)
    with pytest.raises(
        SpokeValidationError, match=r"argument 'remote\.url'.*https://<instance-name>\.service-now\.com"
    ):
        RemoteInstanceSpoke(stack, "Spoke", **{**instances, "remote": remote})


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:8080", "https://localhost:9", "http://[::1]:1234/", "https://a-b.service-now.com/"],
)
def test_loopback_and_service_now_urls_are_accepted(stack, synth, instances, url) -> None:
    remote = ServiceNowInstance(url=url, username="admin", password=instances["remote"].password)
    RemoteInstanceSpoke(stack, "Spoke", **{**instances, "remote": remote})
    assert synth(stack)["output"]["remote_instance_url"]["value"] == url.rstrip("/")


def test_local_and_remote_must_be_different_instances(stack, instances) -> None:
    local = ServiceNowInstance(url=REMOTE + "/", username="admin", password=instances["local"].password)
    with pytest.raises(SpokeValidationError, match="two different instances"):
        RemoteInstanceSpoke(stack, "Spoke", **{**instances, "local": local})


def test_a_plain_string_password_is_rejected(stack, instances) -> None:
    remote = ServiceNowInstance(url=REMOTE, username="admin", password="hunter2")  # type: ignore[arg-type]
    with pytest.raises(SpokeValidationError, match=r"'remote\.password'.*never a plain string") as caught:
        RemoteInstanceSpoke(stack, "Spoke", **{**instances, "remote": remote})
    assert "hunter2" not in str(caught.value)
    with pytest.raises(SpokeValidationError, match="'local_password'") as caught:
        RemoteInstanceSpoke(stack, "Spoke2", **{**instances, "local_password": "hunter2"})
    assert "hunter2" not in str(caught.value)


def test_a_credential_serves_only_one_active_connection(stack, instances) -> None:
    from servicenow_spoke import BasicAuthCredential, ConnectionAlias, HttpConnection

    provider = ServicenowProvider(stack, "p", instance_url=LOCAL)
    credential = BasicAuthCredential(
        stack, "Cred", provider=provider, user_name="u", password=instances["local_password"]
    )
    alias = ConnectionAlias(stack, "Alias", provider=provider, name="ServiceNowRemoteInstance")
    common = {"provider": provider, "connection_alias": alias.sys_id, "connection_url": f"{LOCAL}/"}
    HttpConnection(stack, "One", name="one", credential=credential.sys_id, **common)
    HttpConnection(stack, "Inactive", name="inactive", credential=credential.sys_id, active=False, **common)
    with pytest.raises(
        SpokeValidationError, match=r"argument 'credential'.*already used by the active connection test/One"
    ):
        HttpConnection(stack, "Two", name="two", credential=credential.sys_id, **common)


def test_secret_values_only_come_from_sensitive_variables_or_tokens(stack: TerraformStack) -> None:
    from servicenow_spoke.cdk import TerraformVariable

    with pytest.raises(TypeError, match="never a plain string"):
        SecretValue.from_token("plain")
    visible = TerraformVariable(stack, "visible", type="string")
    with pytest.raises(ValueError, match="sensitive=True"):
        SecretValue.from_variable(visible)
    with pytest.raises(ValueError, match="valid Terraform variable name"):
        SecretValue.from_env_variable(stack, "1-bad")
    secret = SecretValue.from_env_variable(stack, "good")
    assert "good" in repr(secret) and secret.token.startswith("${TfToken[")


@pytest.mark.skipif(not DEFAULT_TERRAFORMRC.is_file(), reason="provider not installed: run `make setup`")
def test_synthesized_spoke_is_valid_terraform_for_the_providers_schema(stack, instances, tmp_path) -> None:
    """terraform init + validate of the synthesized stack, offline through the provider's mirror.

    With the client-credentials options, so that the user lookup's postcondition is validated too."""
    RemoteInstanceSpoke(
        stack,
        "Spoke",
        **instances,
        default_grant_type="client_credentials",
        oauth_application_user="spoke.ci",
    )
    out_dir = Path(Testing.full_synth(stack))
    env = {**os.environ, **OFFLINE_ENV, "TF_CLI_CONFIG_FILE": str(DEFAULT_TERRAFORMRC), "HOME": str(tmp_path)}
    try:
        for args in (["init", "-input=false", "-backend=false"], ["validate", "-json"]):
            proc = subprocess.run(
                ["terraform", *args], cwd=out_dir / "stacks" / "test", env=env, capture_output=True, text=True
            )
            assert proc.returncode == 0, proc.stdout + proc.stderr
    finally:
        shutil.rmtree(out_dir, ignore_errors=True)
    assert json.loads(proc.stdout)["valid"] is True


def test_created_records_carry_a_stable_key_from_the_stack_and_construct_path(synth) -> None:
    """The key makes creates idempotent across runs: the same on every synth, unique per record, and
    different in another stack (another stack's records are not this one's)."""

    def keys(stack_id: str) -> dict[str, str]:
        stack = TerraformStack(Testing.app(), stack_id)
        args = {
            "remote": ServiceNowInstance(
                url=REMOTE, username="admin", password=SecretValue.from_env_variable(stack, "r")
            ),
            "local": ServiceNowInstance(
                url=LOCAL, username="admin", password=SecretValue.from_env_variable(stack, "l")
            ),
            "local_user_name": "spoke.integration",
            "local_password": SecretValue.from_env_variable(stack, "i"),
        }
        RemoteInstanceSpoke(stack, "Spoke", **args)
        doc = synth(stack)
        found = {}
        for rtype, items in doc["resource"].items():
            for name, body in items.items():
                if "create_sys_id" in body:
                    found[f"{rtype}.{name}"] = body["create_sys_id"]
        return found

    first, again, other = keys("a"), keys("a"), keys("b")
    created = {
        "servicenow_oauth_api_endpoint",
        "servicenow_oauth2_credential",
        "servicenow_basic_auth_credential",
        "servicenow_http_connection",
        "servicenow_record",  # RegistryClient: adopted by name, created only if the registry is gone
    }
    assert {address.split(".")[0] for address in first} == created
    assert len(first) == 6 and len(set(first.values())) == 6
    assert all(len(k) == 32 and int(k, 16) >= 0 for k in first.values())
    assert first == again
    assert set(first.values()).isdisjoint(other.values())


def test_a_connection_is_replaced_delete_first_and_checked_at_plan_time(stack, synth, instances) -> None:
    """One active connection per alias: a replacement must not need two at once (no create_before_destroy),
    and each active connection has a plan-time check that its alias has no other active one."""
    RemoteInstanceSpoke(stack, "Spoke", **instances, adopt_remote_connection="a" * 32)
    doc = synth(stack)
    for block in doc["resource"]["servicenow_http_connection"].values():
        assert not (block.get("lifecycle") or {}).get("create_before_destroy")
    checks = {k: v for k, v in doc["data"]["servicenow_record"].items() if "AliasCheck" in k}
    assert len(checks) == 2
    remote_check = next(v for k, v in checks.items() if "RemoteConnection" in k)
    assert remote_check["query"].endswith("^active=true^name!=Remote Connection^sys_id!=" + "a" * 32)
    assert remote_check["lifecycle"]["postcondition"][0]["condition"] == "${self.record_count == 0}"
    assert [i["id"] for i in doc["import"]] == ["a" * 32]  # adopt: an import block for that connection


def test_a_changed_integration_password_is_sent_by_bumping_its_version(stack, synth, instances) -> None:
    RemoteInstanceSpoke(stack, "Spoke", **instances, local_password_version="2")
    resources = synth(stack)["resource"]
    ((_, basic),) = resources["servicenow_basic_auth_credential"].items()
    assert basic["password_wo_version"] == "2" and "password" not in basic
