"""sys_dictionary.internal_type is a reference to sys_glide_object, as on ServiceNow."""

from __future__ import annotations

from servicenow_emulator.schema import TABLES
from tests.emulator.conftest import Client

SECRET_COLUMN = {
    "sysparm_query": "name=oauth_entity^element=client_secret",
    "sysparm_fields": "internal_type",
}


def test_internal_type_is_a_reference_to_sys_glide_object_by_type_name(api: Client) -> None:
    answer = api("GET", "/api/now/table/sys_dictionary", params=SECRET_COLUMN)
    assert answer.status_code == 200
    link = f"{api.url}/api/now/table/sys_glide_object/password2"
    assert answer.json()["result"] == [{"internal_type": {"link": link, "value": "password2"}}]
    bare = api(
        "GET",
        "/api/now/table/sys_dictionary",
        params={**SECRET_COLUMN, "sysparm_exclude_reference_link": "true"},
    )
    assert bare.json()["result"] == [{"internal_type": "password2"}]
    shown = api(
        "GET", "/api/now/table/sys_dictionary", params={**SECRET_COLUMN, "sysparm_display_value": "all"}
    )
    assert shown.json()["result"] == [
        {"internal_type": {"display_value": "Password (2 Way Encrypted)", "link": link, "value": "password2"}}
    ]


def test_the_internal_type_link_resolves_to_a_read_only_field_class(api: Client) -> None:
    field_class = api("GET", "/api/now/table/sys_glide_object/password2")
    assert field_class.status_code == 200
    record = field_class.json()["result"]
    assert (record["sys_id"], record["name"], record["label"]) == (
        "password2",
        "password2",
        "Password (2 Way Encrypted)",
    )
    refused = api("POST", "/api/now/table/sys_glide_object", json={"name": "x"})
    assert refused.status_code == 403


def test_every_dictionary_type_is_a_field_class_and_queries_can_dot_walk_to_it(api: Client) -> None:
    entries = api(
        "GET",
        "/api/now/table/sys_dictionary",
        params={"sysparm_fields": "internal_type", "sysparm_exclude_reference_link": "true"},
    ).json()["result"]
    classes = api("GET", "/api/now/table/sys_glide_object", params={"sysparm_fields": "name"}).json()[
        "result"
    ]
    used = {e["internal_type"] for e in entries}
    assert {"string", "reference", "password2", "boolean", "integer"} <= used
    assert used <= {c["name"] for c in classes}
    booleans = api(
        "GET",
        "/api/now/table/sys_dictionary",
        params={
            "sysparm_query": "name=http_connection^internal_type.label=True/False",
            "sysparm_fields": "element",
        },
    ).json()["result"]
    # http_connection's own columns (its parent's are listed under sys_connection), booleans only.
    expected = {c.name for c in TABLES["http_connection"].own.values() if c.type == "boolean"}
    assert expected and {row["element"] for row in booleans} == expected
