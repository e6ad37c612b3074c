"""`cdktf deploy`, `diff` and `destroy` of the spoke against an emulator pair, with the real CLI."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import requests

from tests.e2e.conftest import (
    INTEGRATION_PASSWORD,
    LOCAL_ADMIN_PASSWORD,
    REMOTE_ADMIN_PASSWORD,
    STACK,
    Deployment,
    needs_provider,
)

pytestmark = [pytest.mark.e2e, needs_provider]

NO_CHANGES = "No changes. Your infrastructure matches the configuration."
CREATED_TABLES = ("oauth_2_0_credentials", "basic_auth_credentials", "http_connection")


def plan_summary(output: str) -> str:
    match = re.search(r"Plan: \d+ to add, \d+ to change, \d+ to destroy", output)
    assert match, output[-3000:]
    return match.group(0)


def test_deploy_creates_every_record_with_the_values_of_the_procedure(deployment: Deployment) -> None:
    remote, local = deployment.remote, deployment.local
    outputs = deployment.workspace.outputs(STACK)
    assert "Apply complete! Resources: 7 added, 0 changed, 0 destroyed." in deployment.deploy_output

    # Remote: the OAuth API endpoint for external clients, redirecting to the local instance.
    endpoint = remote.get_record("oauth_entity", outputs["remote_endpoint_sys_id"])
    assert endpoint is not None
    assert endpoint["type"] == "client"
    assert endpoint["redirect_url"] == f"{local.url}/oauth_redirect.do"
    assert endpoint["access_token_lifespan"] == "1800"
    assert endpoint["refresh_token_lifespan"] == "8640000"
    assert endpoint["active"] == "true"
    assert endpoint["client_id"] and endpoint["client_id"] == outputs["remote_client_id"]
    client_secret = remote.decrypt(endpoint["client_secret"])
    assert client_secret and len(client_secret) >= 32

    # Local: the RemoteSpoke registry adopted (same record, not a second one) and filled.
    registries = local.query("oauth_entity", "name=RemoteSpoke")
    assert [r["sys_id"] for r in registries] == [deployment.registry_before["sys_id"]]
    registry = registries[0]
    assert outputs["registry_sys_id"] == registry["sys_id"]
    assert registry["client_id"] == endpoint["client_id"]
    assert local.decrypt(registry["client_secret"]) == client_secret
    assert registry["auth_url"] == f"{remote.url}/oauth_auth.do"
    assert registry["token_url"] == f"{remote.url}/oauth_token.do"
    assert registry["redirect_url"] == f"{local.url}/oauth_redirect.do"
    assert registry["default_grant_type"] == "authorization_code"
    assert registry["refresh_token_lifespan"] == "8640000"
    assert registry["public_client"] == "false"
    assert registry["access"] == "public"
    assert registry["active"] == "true"

    (profile,) = local.query("oauth_entity_profile", "name=RemoteSpoke default_profile")
    assert outputs["profile_sys_id"] == profile["sys_id"]

    oauth = local.get_record("oauth_2_0_credentials", outputs["oauth_credential_sys_id"])
    assert oauth is not None
    assert (oauth["name"], oauth["active"], oauth["order"]) == ("Remote Credentials", "true", "100")
    assert oauth["oauth_entity_profile"] == profile["sys_id"]

    basic = local.get_record("basic_auth_credentials", outputs["local_credential_sys_id"])
    assert basic is not None
    assert (basic["name"], basic["user_name"], basic["active"]) == (
        "Local Credentials",
        "spoke.integration",
        "true",
    )
    assert local.decrypt(basic["password"]) == INTEGRATION_PASSWORD

    aliases = {a["name"]: a["sys_id"] for a in local.query("sys_alias", "")}
    expected = {
        "remote_connection_sys_id": (
            "Remote Connection",
            oauth["sys_id"],
            "ServiceNowRemoteInstance",
            remote.url,
        ),
        "local_connection_sys_id": (
            "Local Connection",
            basic["sys_id"],
            "ServiceNowRemoteInstanceLocalAlias",
            local.url,
        ),
    }
    for output, (name, credential, alias, url) in expected.items():
        connection = local.get_record("http_connection", outputs[output])
        assert connection is not None
        assert connection["name"] == name
        assert connection["credential"] == credential
        assert connection["connection_alias"] == aliases[alias]
        assert connection["connection_url"] == f"{url}/"
        assert (connection["active"], connection["use_mid"]) == ("true", "false")

    assert outputs["get_oauth_token_url"] == (
        f"{local.url}/oauth_initiator.do?oauth_requestor_context=oauth_2_0_credentials"
        f"&oauth_requestor={oauth['sys_id']}&oauth_provider_profile={profile['sys_id']}&response_type=code"
    )


def test_diff_right_after_deploy_shows_no_changes(deployment: Deployment) -> None:
    assert NO_CHANGES in deployment.workspace.cdktf("diff")


def test_no_secret_value_appears_anywhere_under_cdktf_out(deployment: Deployment) -> None:
    outputs = deployment.workspace.outputs(STACK)
    endpoint = deployment.remote.get_record("oauth_entity", outputs["remote_endpoint_sys_id"])
    assert endpoint is not None
    client_secret = deployment.remote.decrypt(endpoint["client_secret"])
    secrets = [REMOTE_ADMIN_PASSWORD, LOCAL_ADMIN_PASSWORD, INTEGRATION_PASSWORD, client_secret]
    assert all(secrets)
    files = [p for p in deployment.workspace.out_dir.rglob("*") if p.is_file()]
    assert any(p.name == "cdk.tf.json" for p in files)
    leaks = [
        (str(path.relative_to(deployment.workspace.root)), index)
        for path in files
        for index, secret in enumerate(secrets)
        if secret.encode() in path.read_bytes()
    ]
    assert leaks == []
    assert all(secret not in deployment.deploy_output for secret in secrets)


def test_a_config_change_shows_exactly_that_change(deployment: Deployment) -> None:
    deployment.write_config(oauth_credential_order=200)
    try:
        output = deployment.workspace.cdktf("diff")
    finally:
        deployment.write_config()
    assert plan_summary(output) == "Plan: 0 to add, 1 to change, 0 to destroy"
    assert re.search(r"# servicenow_oauth2_credential\.\S+ (\(\S+\) )?will be updated in-place", output), (
        output[-3000:]
    )
    assert re.search(r"~ order\s+= 100 -> 200", output), output[-3000:]


def test_a_change_behind_terraforms_back_shows_as_drift(deployment: Deployment) -> None:
    local = deployment.local
    sys_id = deployment.workspace.outputs(STACK)["local_connection_sys_id"]
    url = f"{local.url}/api/now/table/http_connection/{sys_id}"
    original = local.get_record("http_connection", sys_id)
    assert original is not None
    answer = requests.patch(
        url, json={"connection_url": "https://drifted.service-now.com/"}, auth=local.auth, timeout=10
    )
    assert answer.status_code == 200
    try:
        output = deployment.workspace.cdktf("diff")
    finally:
        requests.patch(url, json={"connection_url": original["connection_url"]}, auth=local.auth, timeout=10)
    assert plan_summary(output) == "Plan: 0 to add, 1 to change, 0 to destroy"
    assert re.search(
        r"# servicenow_http_connection\.Spoke_LocalConnection_\w+ (\(\S+\) )?will be updated in-place", output
    ), output[-3000:]
    assert '"https://drifted.service-now.com/" -> ' in output, output[-3000:]


def test_a_profile_of_another_registry_stops_the_plan_naming_both(deployment: Deployment) -> None:
    local, workspace = deployment.local, deployment.workspace
    # Another OAuth provider registry on the local instance; the instance gives it "Other default_profile".
    created = requests.post(
        f"{local.url}/api/now/table/oauth_entity",
        json={"name": "Other", "type": "oauth_provider"},
        auth=local.auth,
        timeout=10,
    )
    assert created.status_code == 201
    (other_profile,) = local.query("oauth_entity_profile", "name=Other default_profile")
    assert other_profile["oauth_entity"] == created.json()["result"]["sys_id"]
    deployment.write_config(profile_name="Other default_profile")
    try:
        output = workspace.cdktf("diff", check=False)
    finally:
        deployment.write_config()
    flat = " ".join(output.replace("│", " ").split())
    assert (
        "the OAuth entity profile 'Other default_profile' belongs to another application registry than "
        "'RemoteSpoke', the one this spoke fills. Fix: set profile_name to a profile of that registry"
    ) in flat, output[-3000:]
    assert NO_CHANGES not in output


def test_the_client_secret_is_set_and_rotated_from_a_variable_by_deploy(deployment: Deployment) -> None:
    remote, local, workspace = deployment.remote, deployment.local, deployment.workspace
    outputs = workspace.outputs(STACK)
    secrets = workspace.secrets
    assert isinstance(secrets, dict)

    def both_ends() -> tuple[str | None, str | None]:
        endpoint = remote.get_record("oauth_entity", outputs["remote_endpoint_sys_id"])
        registry = local.get_record("oauth_entity", outputs["registry_sys_id"])
        assert endpoint is not None and registry is not None
        return remote.decrypt(endpoint["client_secret"]), local.decrypt(registry["client_secret"])

    generated, registry = both_ends()
    assert generated and registry == generated
    try:
        # A variable's new value is sent when the rotation counter moves: one step, both ends.
        for rotation, value in ((2, "Client-Secret-One-5t7u"), (3, "Client-Secret-Two-8w2p")):
            secrets["spoke_client_secret"] = value
            deployment.write_config(
                client_secret_variable="spoke_client_secret", client_secret_rotation=rotation
            )
            output = workspace.cdktf("deploy")
            assert "Apply complete! Resources: 0 added, 2 changed, 0 destroyed." in output, output[-3000:]
            assert value not in output
            assert both_ends() == (value, value)
        leaks = [p for p in workspace.out_dir.rglob("*") if p.is_file() and value.encode() in p.read_bytes()]
        assert leaks == []
        # Without the counter moving, nothing is sent: the variable's value is not kept to compare.
        secrets["spoke_client_secret"] = "Client-Secret-Unsent-3q9d"
        assert NO_CHANGES in workspace.cdktf("diff")
    finally:
        secrets.pop("spoke_client_secret", None)
        deployment.write_config()
    # Back to a generated secret at rotation 1: one deploy writes a new generated secret to both ends.
    output = workspace.cdktf("deploy")
    assert "Apply complete! Resources: 0 added, 2 changed, 0 destroyed." in output, output[-3000:]
    endpoint, registry = both_ends()
    assert endpoint and registry == endpoint and endpoint not in (generated, value)
    assert NO_CHANGES in workspace.cdktf("diff")


def test_oauth_application_user_is_looked_up_at_plan_time_then_set_by_deploy(deployment: Deployment) -> None:
    remote, workspace = deployment.remote, deployment.workspace
    endpoint_id = workspace.outputs(STACK)["remote_endpoint_sys_id"]
    deployment.write_config(oauth_application_user="spoke.e2e")
    try:
        # The user does not exist on the remote yet: the plan stops, naming it and the fix.
        missing = workspace.cdktf("diff", check=False)
        flat = " ".join(missing.replace("│", " ").split())
        assert "no user (sys_user) with user_name 'spoke.e2e' was found" in flat, missing[-3000:]
        assert f"Fix: create the user on the remote instance ({remote.url}) first" in flat
        assert NO_CHANGES not in missing

        # A precondition of the remote, like an integration user: created outside the stack.
        created = requests.post(
            f"{remote.url}/api/now/table/sys_user",
            json={"user_name": "spoke.e2e"},
            auth=remote.auth,
            timeout=10,
        )
        assert created.status_code == 201
        user_id = created.json()["result"]["sys_id"]
        output = workspace.cdktf("deploy")
        assert "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." in output, output[-3000:]
        endpoint = remote.get_record("oauth_entity", endpoint_id)
        assert endpoint is not None and endpoint["user"] == user_id
        assert NO_CHANGES in workspace.cdktf("diff")
    finally:
        deployment.write_config()


def test_client_credentials_adopt_the_remote_property_and_the_profile_and_restore_the_profile_when_removed(
    deployment: Deployment,
) -> None:
    """The CI grant must not depend on the instance syncing the profile with the registry, nor create an
    instance-wide property twice: both records are adopted by name; when the grant goes, the profile is
    given back and the shared property is left."""
    remote, local, workspace = deployment.remote, deployment.local, deployment.workspace
    prop = "glide.oauth.inbound.client.credential.grant_type.enabled"
    existing = requests.post(
        f"{remote.url}/api/now/table/sys_properties",
        json={"name": prop, "value": "false", "type": "boolean"},
        auth=remote.auth,
        timeout=10,
    )
    assert existing.status_code == 201
    prop_id = existing.json()["result"]["sys_id"]
    if not remote.query("sys_user", "user_name=spoke.ci"):
        requests.post(
            f"{remote.url}/api/now/table/sys_user",
            json={"user_name": "spoke.ci"},
            auth=remote.auth,
            timeout=10,
        ).raise_for_status()
    profile_id = workspace.outputs(STACK)["profile_sys_id"]
    deployment.write_config(default_grant_type="client_credentials", oauth_application_user="spoke.ci")
    try:
        output = workspace.cdktf("deploy")
        assert "Apply complete! Resources: 2 added, 2 changed, 0 destroyed." in output, output[-3000:]
        assert [p["sys_id"] for p in remote.query("sys_properties", f"name={prop}")] == [prop_id]
        assert remote.get_record("sys_properties", prop_id)["value"] == "true"
        assert local.get_record("oauth_entity_profile", profile_id)["grant_type"] == "client_credentials"
        assert NO_CHANGES in workspace.cdktf("diff")
    finally:
        deployment.write_config()
    output = workspace.cdktf("deploy")
    assert "Apply complete! Resources: 0 added, 2 changed, 2 destroyed." in output, output[-3000:]
    # The remote's property is instance-wide, shared by every pair on that remote: left as it is (keep),
    # never deleted; the pair's own profile is restored.
    assert remote.get_record("sys_properties", prop_id)["value"] == "true"
    assert local.get_record("oauth_entity_profile", profile_id)["grant_type"] == "authorization_code"


def test_destroy_removes_the_created_records_and_restores_the_registry(deployment: Deployment) -> None:
    remote, local = deployment.remote, deployment.local
    outputs = deployment.workspace.outputs(STACK)
    output = deployment.workspace.cdktf("destroy")
    assert "Destroy complete! Resources: 7 destroyed." in output
    assert remote.get_record("oauth_entity", outputs["remote_endpoint_sys_id"]) is None
    for table in CREATED_TABLES:
        assert local.query(table, "") == [], table
    (registry,) = local.query("oauth_entity", "name=RemoteSpoke")
    volatile = {"sys_updated_on", "sys_updated_by", "sys_mod_count", "client_secret"}
    before = {k: v for k, v in deployment.registry_before.items() if k not in volatile}
    assert {k: v for k, v in registry.items() if k not in volatile} == before
    state_dir = Path(deployment.workspace.root, "state")
    assert Path(state_dir, f"{STACK}.tfstate").is_file()
    # Private files: the state folder 0700, every state file and backup 0600; no plan file is left.
    assert state_dir.stat().st_mode & 0o777 == 0o700
    modes = {p.name: p.stat().st_mode & 0o777 for p in state_dir.iterdir() if p.is_file()}
    assert f"{STACK}.tfstate.backup" in modes and set(modes.values()) == {0o600}, modes
    assert list(deployment.workspace.out_dir.glob("stacks/*/plan")) == []
