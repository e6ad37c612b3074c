"""Business rules: oauth_entity defaults and profiles, password2 handling, connection uniqueness."""

from __future__ import annotations

from servicenow_emulator import choices
from servicenow_emulator.testing import Emulator
from tests.emulator.conftest import Client


def test_seeded_spoke_records_exist_with_their_documented_values(api: Client, emulator: Emulator) -> None:
    entity = emulator.query("oauth_entity", "name=RemoteSpoke")
    assert len(entity) == 1 and entity[0]["type"] == choices.OAUTH_PROVIDER_TYPE
    profile = emulator.query("oauth_entity_profile", f"oauth_entity={entity[0]['sys_id']}")
    assert [(p["name"], p["default"], p["grant_type"]) for p in profile] == [
        ("RemoteSpoke default_profile", "true", "authorization_code")
    ]
    aliases = api(
        "GET",
        "/api/now/table/sys_alias",
        params={
            "sysparm_fields": "name,id,type,connection_type,sys_scope.scope",
            "sysparm_query": "ORDERBYname",
        },
    ).json()["result"]
    assert aliases == [
        {
            "name": name,
            "id": f"{choices.SPOKE_SCOPE}.{name}",
            "type": "connection",
            "connection_type": "http_connection",
            "sys_scope.scope": choices.SPOKE_SCOPE,
        }
        for name in choices.SPOKE_ALIASES
    ]


def test_client_entity_gets_a_generated_client_id_and_secret(api: Client, emulator: Emulator) -> None:
    record = api.create("oauth_entity", {"name": "ext", "type": "client"})
    assert len(record["client_id"]) == 32
    stored = emulator.get_record("oauth_entity", record["sys_id"])
    secret = emulator.decrypt(stored["client_secret"])
    assert secret and len(secret) >= 16
    assert secret not in api("GET", f"/api/now/table/oauth_entity/{record['sys_id']}").text


def test_given_client_secret_written_as_display_value_is_stored_encrypted(
    api: Client, emulator: Emulator
) -> None:
    record = api.create(
        "oauth_entity", {"name": "ext2", "type": "client", "client_secret": "S3cr3t!"}, display=True
    )
    stored = emulator.get_record("oauth_entity", record["sys_id"])["client_secret"]
    assert stored != "S3cr3t!" and emulator.decrypt(stored) == "S3cr3t!"
    assert record["client_secret"] == stored  # the value read back is the ciphertext, never the clear text
    shown = api(
        "GET",
        f"/api/now/table/oauth_entity/{record['sys_id']}",
        params={"sysparm_display_value": "true", "sysparm_fields": "client_secret"},
    )
    assert shown.json()["result"] == {"client_secret": choices.PASSWORD2_DISPLAY}


def test_password2_written_without_display_value_is_unusable(api: Client, emulator: Emulator) -> None:
    record = api.create("basic_auth_credentials", {"name": "plain", "password": "clear"})
    stored = emulator.get_record("basic_auth_credentials", record["sys_id"])["password"]
    assert stored == "clear"  # kept as if it were the ciphertext ...
    assert emulator.decrypt(stored) is None  # ... which decrypts to nothing


def test_provider_entity_gets_its_default_profile(api: Client, emulator: Emulator) -> None:
    entity = api.create("oauth_entity", {"name": "Acme", "type": choices.OAUTH_PROVIDER_TYPE})
    profiles = emulator.query("oauth_entity_profile", f"oauth_entity={entity['sys_id']}")
    assert [(p["name"], p["default"]) for p in profiles] == [("Acme default_profile", "true")]


def test_http_connection_name_is_unique(api: Client) -> None:
    api.create("http_connection", {"name": "Remote Connection", "connection_url": "https://a"})
    again = api("POST", "/api/now/table/http_connection", json={"name": "Remote Connection"})
    assert again.status_code == 403
    error = again.json()["error"]
    assert "already exists" in error["message"]
    assert "aborted by Business Rule" in error["detail"]


def test_a_credential_used_by_an_active_connection_is_refused_for_a_second(api: Client) -> None:
    credential = api.create("basic_auth_credentials", {"name": "c"})
    api.create("http_connection", {"name": "one", "credential": credential["sys_id"]})
    second = api(
        "POST", "/api/now/table/http_connection", json={"name": "two", "credential": credential["sys_id"]}
    )
    assert second.status_code == 403
    assert "unique across active connections" in second.json()["error"]["message"]
    inactive = api.create(
        "http_connection", {"name": "three", "credential": credential["sys_id"], "active": False}
    )
    assert inactive["active"] == "false"
    activate = api("PATCH", f"/api/now/table/http_connection/{inactive['sys_id']}", json={"active": "true"})
    assert activate.status_code == 403


def test_booleans_and_integers_are_stored_as_strings(api: Client) -> None:
    record = api.create("basic_auth_credentials", {"name": "n", "active": False, "order": 7})
    assert record["active"] == "false" and record["order"] == "7"
    bad = api("POST", "/api/now/table/basic_auth_credentials", json={"name": "m", "order": "many"})
    assert bad.status_code == 400
    assert "integer" in bad.json()["error"]["detail"]


def test_mandatory_fields_are_enforced(api: Client) -> None:
    answer = api("POST", "/api/now/table/http_connection", json={"connection_url": "https://a"})
    assert answer.status_code == 403
    assert "mandatory" in answer.json()["error"]["detail"]
