"""Authentication (basic, bearer) and role-based ACLs on the spoke's tables."""

from __future__ import annotations

import pytest

from servicenow_emulator.testing import Emulator
from tests.emulator.conftest import Client


def make_user(api: Client, user_name: str, password: str, roles: tuple[str, ...]) -> dict[str, str]:
    user = api.create("sys_user", {"user_name": user_name, "user_password": password}, display=True)
    for role in roles:
        api.create("sys_user_has_role", {"user": user["sys_id"], "role": role}, display=True)
    return user


def test_requests_without_or_with_wrong_credentials_get_401(emulator: Emulator) -> None:
    anonymous = Client(emulator, auth=("admin", "wrong"))
    wrong = anonymous("GET", "/api/now/table/sys_user")
    assert wrong.status_code == 401
    assert wrong.json() == {
        "error": {"message": "User Not Authenticated", "detail": "Required to provide Auth information"},
        "status": "failure",
    }
    anonymous.session.auth = None
    assert anonymous("GET", "/api/now/table/sys_user").status_code == 401
    assert (
        anonymous("GET", "/api/now/table/sys_user", headers={"Authorization": "Bearer nope"}).status_code
        == 401
    )


def test_user_created_through_the_table_api_logs_in_with_its_password(
    api: Client, emulator: Emulator
) -> None:
    user = make_user(api, "integration", "Pa55word!", ("flow_operator",))
    stored = emulator.get_record("sys_user", user["sys_id"])["user_password"]
    assert emulator.decrypt(stored) == "Pa55word!"
    client = Client(emulator, auth=("integration", "Pa55word!"))
    answer = client("GET", "/api/now/table/sys_user", params={"sysparm_query": "user_name=integration"})
    assert answer.status_code == 200 and answer.json()["result"][0]["user_name"] == "integration"


def test_password_written_without_display_value_cannot_log_in(api: Client, emulator: Emulator) -> None:
    api.create("sys_user", {"user_name": "plain", "user_password": "Pa55word!"})
    assert Client(emulator, auth=("plain", "Pa55word!"))("GET", "/api/now/table/sys_user").status_code == 401


def test_inactive_user_cannot_log_in(api: Client, emulator: Emulator) -> None:
    user = make_user(api, "gone", "pw", ())
    api("PATCH", f"/api/now/table/sys_user/{user['sys_id']}", json={"active": "false"})
    assert Client(emulator, auth=("gone", "pw"))("GET", "/api/now/table/sys_user").status_code == 401


@pytest.mark.parametrize(
    ("table", "body"),
    [
        ("oauth_entity", {"name": "e", "type": "client"}),
        ("basic_auth_credentials", {"name": "b"}),
        ("oauth_2_0_credentials", {"name": "o"}),
        ("http_connection", {"name": "h"}),
        ("sys_alias", {"name": "a"}),
    ],
)
def test_user_without_the_role_gets_403_on_write_and_nothing_on_read(
    api: Client, emulator: Emulator, table: str, body: dict[str, str]
) -> None:
    existing = api.create(table, body)
    make_user(api, "nobody", "pw", ("flow_operator",))
    client = Client(emulator, auth=("nobody", "pw"))
    write = client("POST", f"/api/now/table/{table}", json={**body, "name": body["name"] + "2"})
    assert write.status_code == 403
    assert write.json() == {
        "error": {
            "message": "Operation Failed",
            "detail": "ACL Exception Insert Failed due to security constraints",
        },
        "status": "failure",
    }
    listed = client("GET", f"/api/now/table/{table}")
    assert listed.status_code == 200 and listed.json()["result"] == []
    assert client("GET", f"/api/now/table/{table}/{existing['sys_id']}").status_code == 404
    assert (
        client("PATCH", f"/api/now/table/{table}/{existing['sys_id']}", json={"name": "x"}).status_code == 404
    )
    assert client("DELETE", f"/api/now/table/{table}/{existing['sys_id']}").status_code == 404


@pytest.mark.parametrize(
    ("role", "table", "body"),
    [
        ("oauth_admin", "oauth_entity", {"name": "e", "type": "client"}),
        ("credential_admin", "basic_auth_credentials", {"name": "b"}),
        ("connection_admin", "oauth_2_0_credentials", {"name": "o"}),
        ("connection_admin", "http_connection", {"name": "h"}),
    ],
)
def test_the_granular_role_can_write_its_tables(
    api: Client, emulator: Emulator, role: str, table: str, body: dict[str, str]
) -> None:
    make_user(api, "granular", "pw", (role,))
    client = Client(emulator, auth=("granular", "pw"))
    created = client("POST", f"/api/now/table/{table}", json=body)
    assert created.status_code == 201, created.text
    sys_id = created.json()["result"]["sys_id"]
    assert client("GET", f"/api/now/table/{table}/{sys_id}").status_code == 200
    assert client("DELETE", f"/api/now/table/{table}/{sys_id}").status_code == 204


def test_only_admin_creates_sys_alias_while_connection_admin_reads_it(
    api: Client, emulator: Emulator
) -> None:
    make_user(api, "conn", "pw", ("connection_admin", "credential_admin"))
    client = Client(emulator, auth=("conn", "pw"))
    listed = client("GET", "/api/now/table/sys_alias")
    assert len(listed.json()["result"]) == 2
    refused = client("POST", "/api/now/table/sys_alias", json={"name": "mine"})
    assert refused.status_code == 403
    sys_id = listed.json()["result"][0]["sys_id"]
    update = client("PATCH", f"/api/now/table/sys_alias/{sys_id}", json={"name": "x"})
    assert update.status_code == 403
    assert update.json()["error"]["detail"] == "ACL Exception Update Failed due to security constraints"
    assert api("POST", "/api/now/table/sys_alias", json={"name": "mine"}).status_code == 201


def test_roles_granted_later_take_effect(api: Client, emulator: Emulator) -> None:
    user = make_user(api, "late", "pw", ())
    client = Client(emulator, auth=("late", "pw"))
    assert client("GET", "/api/now/table/oauth_entity").json()["result"] == []
    api.create("sys_user_has_role", {"user": user["sys_id"], "role": "oauth_admin"}, display=True)
    assert [r["name"] for r in client("GET", "/api/now/table/oauth_entity").json()["result"]] == [
        "RemoteSpoke"
    ]


def test_dot_walked_fields_and_display_values_follow_the_target_tables_read_acl(
    api: Client, emulator: Emulator
) -> None:
    profile = "RemoteSpoke default_profile"
    credential = api.create(
        "oauth_2_0_credentials", {"name": "walk", "oauth_entity_profile": profile}, display=True
    )
    make_user(api, "credonly", "pw", ("credential_admin",))  # reads credentials, not OAuth profiles
    client = Client(emulator, auth=("credonly", "pw"))
    params = {
        "sysparm_fields": "name,oauth_entity_profile,oauth_entity_profile.name",
        "sysparm_display_value": "all",
        "sysparm_exclude_reference_link": "true",
    }
    path = f"/api/now/table/oauth_2_0_credentials/{credential['sys_id']}"
    admin_view = api("GET", path, params=params).json()["result"]
    assert admin_view["oauth_entity_profile"]["display_value"] == profile
    assert admin_view["oauth_entity_profile.name"]["value"] == profile
    view = client("GET", path, params=params).json()["result"]
    assert view["name"]["value"] == "walk"
    assert view["oauth_entity_profile"] == {
        "display_value": "",
        "value": credential["oauth_entity_profile"],
    }
    assert view["oauth_entity_profile.name"] == {"display_value": "", "value": ""}
    assert profile not in client("GET", "/api/now/table/oauth_2_0_credentials", params=params).text
    query = {"sysparm_query": f"oauth_entity_profile.name={profile}", "sysparm_fields": "name"}
    assert api("GET", "/api/now/table/oauth_2_0_credentials", params=query).json()["result"] == [
        {"name": "walk"}
    ]
    assert client("GET", "/api/now/table/oauth_2_0_credentials", params=query).json()["result"] == []
