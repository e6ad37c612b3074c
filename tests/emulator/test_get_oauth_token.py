"""The local side of "Get OAuth Token": PKCE per the registry, failures in syslog, client credentials,
the grant type taken from the profile (which the spoke sets), and the spoke's outbound call."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import requests

from servicenow_emulator import choices as C
from servicenow_emulator.testing import Emulator, get_oauth_token
from tests.cli.helpers import create, deploy_records, patch


def _initiate(local: Emulator, outputs: dict[str, str]) -> requests.Response:
    return requests.get(
        f"{local.url}/oauth_initiator.do",
        params={
            "oauth_requestor_context": "oauth_2_0_credentials",
            "oauth_requestor": outputs["oauth_credential_sys_id"],
            "oauth_provider_profile": outputs["profile_sys_id"],
            "response_type": "code",
        },
        auth=local.auth,
        allow_redirects=False,
        timeout=10,
    )


def test_local_instance_sends_pkce_only_when_its_registry_requires_it(
    emulator_pair: tuple[Emulator, Emulator],
) -> None:
    remote, local = emulator_pair
    outputs = deploy_records(remote, local)
    plain = parse_qs(urlsplit(_initiate(local, outputs).headers["Location"]).query)
    assert "code_challenge" not in plain and plain["redirect_uri"] == [f"{local.url}/oauth_redirect.do"]
    patch(
        local,
        "oauth_entity",
        outputs["registry_sys_id"],
        {"public_client": "true", "code_challenge_method": "plain"},
    )
    pkce = parse_qs(urlsplit(_initiate(local, outputs).headers["Location"]).query)
    assert pkce["code_challenge_method"] == ["plain"] and len(pkce["code_challenge"][0]) >= 43


def test_a_refused_flow_is_written_to_the_local_syslog_with_the_requestor(
    emulator_pair: tuple[Emulator, Emulator],
) -> None:
    remote, local = emulator_pair
    outputs = deploy_records(remote, local)
    patch(remote, "oauth_entity", outputs["remote_endpoint_sys_id"], {"public_client": "true"})
    final = get_oauth_token(
        local.url, local.auth, remote.auth, outputs["oauth_credential_sys_id"], outputs["profile_sys_id"]
    )
    assert final.status_code == 400 and "Get OAuth Token failed" in final.text
    [entry] = local.query("syslog", f"source={C.OAUTH_LOG_SOURCE}")
    assert entry["level"] == "2"
    assert entry["message"].startswith(
        f"{C.OAUTH_FAILURE_PREFIX}oauth_requestor={outputs['oauth_credential_sys_id']}: authorization: "
    )
    assert "error=invalid_request" in entry["message"] and "code_challenge" in entry["message"]
    # syslog is admin-only, like ServiceNow's.
    create(local, "sys_user", {"user_name": "reader", "user_password": "reader-pw"}, display=True)
    answer = requests.get(f"{local.url}/api/now/table/syslog", auth=("reader", "reader-pw"), timeout=10)
    assert answer.status_code == 200 and answer.json()["result"] == []


def test_client_credentials_profile_gets_its_token_without_a_browser(
    emulator_pair: tuple[Emulator, Emulator],
) -> None:
    remote, local = emulator_pair
    outputs = deploy_records(remote, local, grant="client_credentials")
    profile = local.get_record("oauth_entity_profile", outputs["profile_sys_id"])
    assert profile is not None and profile["grant_type"] == "client_credentials"
    create(remote, "sys_properties", {"name": C.CLIENT_CREDENTIALS_PROPERTY, "value": "true"})
    user = create(remote, "sys_user", {"user_name": "spoke.ci"})
    patch(remote, "oauth_entity", outputs["remote_endpoint_sys_id"], {"user": user["sys_id"]})
    answer = _initiate(local, outputs)
    assert answer.status_code == 200 and "completed successfully" in answer.text
    tokens = local.query(
        "oauth_credential", f"oauth_requestor_profile.oauth_requestor={outputs['oauth_credential_sys_id']}"
    )
    assert [t["type"] for t in tokens] == ["access_token"]
    issued = remote.query("oauth_credential", "type=access_token")
    assert [t["user"] for t in issued] == [user["sys_id"]]  # the token acts as the application user


def test_remote_call_uses_each_connection_credential_as_the_spoke_does(
    emulator_pair: tuple[Emulator, Emulator],
) -> None:
    remote, local = emulator_pair
    outputs = deploy_records(remote, local)

    def call(connection: str) -> requests.Response:
        return requests.post(
            f"{local.url}{C.REMOTE_CALL_PATH}", json={"connection": connection}, auth=local.auth, timeout=10
        )

    no_token = call(outputs["remote_connection_sys_id"])
    assert no_token.status_code == 409 and "no valid token" in no_token.text
    get_oauth_token(
        local.url, local.auth, remote.auth, outputs["oauth_credential_sys_id"], outputs["profile_sys_id"]
    )
    with_token = call(outputs["remote_connection_sys_id"]).json()["result"]
    assert with_token["status"] == 200 and with_token["auth"] == "stored access token"
    assert with_token["url"].startswith(f"{remote.url}/api/now/table/sys_user")
    # The local connection's basic-auth credential logs in to the local instance.
    basic = call(outputs["local_connection_sys_id"]).json()["result"]
    assert basic["status"] == 200 and basic["auth"] == "basic"
    assert "token" not in str(with_token).replace("stored access token", "")
