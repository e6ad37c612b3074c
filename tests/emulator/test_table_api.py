"""Table API: CRUD, the envelope, reference fields, system fields, queries, paging, errors."""

from __future__ import annotations

import base64
import json
import re
import socket

import pytest
import requests

from servicenow_emulator.testing import Emulator, run_emulator
from tests.emulator.conftest import Client

SYS_FIELDS = (
    "sys_id",
    "sys_created_on",
    "sys_updated_on",
    "sys_created_by",
    "sys_updated_by",
    "sys_mod_count",
    "sys_domain",
    "sys_scope",
)


def test_post_creates_a_record_with_201_location_and_system_fields(api: Client, emulator: Emulator) -> None:
    answer = api("POST", "/api/now/table/sys_properties", json={"name": "x.a", "value": "1"})
    assert answer.status_code == 201
    assert answer.headers["Content-Type"].startswith("application/json")
    record = answer.json()["result"]
    assert re.fullmatch(r"[0-9a-f]{32}", record["sys_id"])
    assert answer.headers["Location"] == f"{emulator.url}/api/now/table/sys_properties/{record['sys_id']}"
    for name in SYS_FIELDS:
        assert name in record
    assert record["sys_created_by"] == "admin"
    assert record["sys_mod_count"] == "0"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", record["sys_created_on"])
    assert all(isinstance(v, str | dict) for v in record.values())
    assert record["sys_domain"] == {
        "link": f"{emulator.url}/api/now/table/sys_user_group/global",
        "value": "global",
    }
    assert emulator.get_record("sys_properties", record["sys_id"])["value"] == "1"


def test_get_one_put_patch_and_delete_follow_servicenow_status_codes(api: Client) -> None:
    created = api.create("sys_properties", {"name": "x.b", "value": "1"})
    path = f"/api/now/table/sys_properties/{created['sys_id']}"
    got = api("GET", path)
    assert got.status_code == 200 and got.json()["result"]["value"] == "1"
    patched = api("PATCH", path, json={"value": "2"})
    assert patched.status_code == 200
    assert patched.json()["result"]["value"] == "2"
    assert patched.json()["result"]["sys_mod_count"] == "1"
    put = api("PUT", path, json={"description": "d"})
    assert put.status_code == 200
    assert put.json()["result"]["value"] == "2"  # PUT only changes the fields it sends, as on ServiceNow
    assert put.json()["result"]["sys_mod_count"] == "2"
    deleted = api("DELETE", path)
    assert deleted.status_code == 204 and deleted.content == b""
    missing = api("GET", path)
    assert missing.status_code == 404
    assert missing.json() == {
        "error": {
            "message": "No Record found",
            "detail": "Record doesn't exist or ACL restricts the record retrieval",
        },
        "status": "failure",
    }
    assert api("PATCH", path, json={"value": "3"}).status_code == 404
    assert api("DELETE", path).status_code == 404


@pytest.mark.parametrize("prefix", ["/api/now/table", "/api/now/v1/table", "/api/now/v2/table"])
def test_versioned_paths_serve_the_same_table_api(api: Client, prefix: str) -> None:
    answer = api("GET", f"{prefix}/sys_alias", params={"sysparm_query": "name=ServiceNowRemoteInstance"})
    assert answer.status_code == 200
    assert [r["name"] for r in answer.json()["result"]] == ["ServiceNowRemoteInstance"]


def test_client_may_set_sys_id_on_insert_and_a_second_insert_is_refused(api: Client) -> None:
    sys_id = "0123456789abcdef0123456789abcdef"
    record = api.create("sys_properties", {"sys_id": sys_id, "name": "x.c"})
    assert record["sys_id"] == sys_id
    again = api("POST", "/api/now/table/sys_properties", json={"sys_id": sys_id, "name": "x.d"})
    assert again.status_code == 403
    assert again.json()["status"] == "failure"
    bad = api("POST", "/api/now/table/sys_properties", json={"sys_id": "nope", "name": "x.e"})
    assert bad.status_code == 400
    assert "32" in bad.json()["error"]["detail"]


def test_unknown_fields_in_a_write_are_ignored(api: Client, emulator: Emulator) -> None:
    record = api.create("sys_properties", {"name": "x.f", "no_such_field": "zzz"})
    assert "no_such_field" not in record
    assert "no_such_field" not in emulator.get_record("sys_properties", record["sys_id"])


def test_unknown_table_gets_servicenows_invalid_table_answer(api: Client) -> None:
    answer = api("GET", "/api/now/table/no_such_table")
    assert answer.status_code == 400
    assert answer.json() == {
        "error": {"message": "Invalid table no_such_table", "detail": None},
        "status": "failure",
    }


def test_reference_fields_carry_link_and_value_unless_links_are_excluded(
    api: Client, emulator: Emulator
) -> None:
    query = {"sysparm_query": "name=RemoteSpoke default_profile"}
    profile = api("GET", "/api/now/table/oauth_entity_profile", params=query).json()["result"][0]
    entity_id = emulator.query("oauth_entity", "name=RemoteSpoke")[0]["sys_id"]
    assert profile["oauth_entity"] == {
        "link": f"{emulator.url}/api/now/table/oauth_entity/{entity_id}",
        "value": entity_id,
    }
    plain = api(
        "GET",
        "/api/now/table/oauth_entity_profile",
        params={**query, "sysparm_exclude_reference_link": "true"},
    ).json()["result"][0]
    assert plain["oauth_entity"] == entity_id


def test_display_value_true_false_and_all(api: Client, emulator: Emulator) -> None:
    query = {
        "sysparm_query": "name=RemoteSpoke default_profile",
        "sysparm_fields": "oauth_entity,grant_type,name",
    }
    entity_id = emulator.query("oauth_entity", "name=RemoteSpoke")[0]["sys_id"]
    link = f"{emulator.url}/api/now/table/oauth_entity/{entity_id}"
    shown = api(
        "GET", "/api/now/table/oauth_entity_profile", params={**query, "sysparm_display_value": "true"}
    )
    assert shown.json()["result"][0] == {
        "oauth_entity": {"display_value": "RemoteSpoke", "link": link},
        "grant_type": "Authorization Code",
        "name": "RemoteSpoke default_profile",
    }
    both = api("GET", "/api/now/table/oauth_entity_profile", params={**query, "sysparm_display_value": "all"})
    assert both.json()["result"][0] == {
        "oauth_entity": {"display_value": "RemoteSpoke", "value": entity_id, "link": link},
        "grant_type": {"display_value": "Authorization Code", "value": "authorization_code"},
        "name": {"display_value": "RemoteSpoke default_profile", "value": "RemoteSpoke default_profile"},
    }
    raw = api(
        "GET", "/api/now/table/oauth_entity_profile", params={**query, "sysparm_display_value": "false"}
    )
    assert raw.json()["result"][0]["grant_type"] == "authorization_code"


def test_input_display_value_resolves_references_by_display_value(api: Client, emulator: Emulator) -> None:
    profile = api.create(
        "oauth_entity_profile",
        {"name": "p2", "oauth_entity": "RemoteSpoke", "grant_type": "Client Credentials"},
        display=True,
    )
    assert profile["oauth_entity"] == emulator.query("oauth_entity", "name=RemoteSpoke")[0]["sys_id"]
    assert profile["grant_type"] == "client_credentials"


def test_sysparm_fields_selects_columns_including_one_dot_walk(api: Client) -> None:
    answer = api(
        "GET",
        "/api/now/table/oauth_entity_profile",
        params={"sysparm_query": "default=true", "sysparm_fields": "name,oauth_entity.name,nonsense"},
    )
    assert answer.json()["result"] == [
        {"name": "RemoteSpoke default_profile", "oauth_entity.name": "RemoteSpoke"}
    ]


@pytest.fixture
def numbered(api: Client) -> list[dict[str, str]]:
    return [
        api.create("sys_properties", {"name": f"q.{name}", "value": value, "description": desc})
        for name, value, desc in [
            ("alpha", "3", "first"),
            ("beta", "1", ""),
            ("gamma", "2", "third"),
            ("delta", "10", ""),
        ]
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("name=q.alpha", ["q.alpha"]),
        ("nameSTARTSWITHq.^name!=q.alpha", ["q.beta", "q.gamma", "q.delta"]),
        ("nameLIKEmm", ["q.gamma"]),
        ("nameENDSWITHta", ["q.beta", "q.delta"]),
        ("nameINq.alpha,q.delta", ["q.alpha", "q.delta"]),
        ("nameSTARTSWITHq.^descriptionISEMPTY", ["q.beta", "q.delta"]),
        ("nameSTARTSWITHq.^descriptionISNOTEMPTY", ["q.alpha", "q.gamma"]),
        ("name=q.alpha^ORname=q.beta", ["q.alpha", "q.beta"]),
        ("nameSTARTSWITHq.^ORDERBYname", ["q.alpha", "q.beta", "q.delta", "q.gamma"]),
        ("nameSTARTSWITHq.^ORDERBYDESCname", ["q.gamma", "q.delta", "q.beta", "q.alpha"]),
        ("nameSTARTSWITHq.^ORDERBYvalue", ["q.beta", "q.delta", "q.gamma", "q.alpha"]),
        ("NAME=q.alpha", ["q.alpha", "q.beta", "q.gamma", "q.delta"]),  # an invalid term is ignored
        ("nameNOT LIKEa^nameSTARTSWITHq.", []),
        ("nameNOT INq.alpha,q.beta", ["q.gamma", "q.delta"]),
        ("value>2", ["q.alpha", "q.delta"]),
        ("value<=2^ORDERBYvalue", ["q.beta", "q.gamma"]),
        ("name=q.alpha^NQname=q.delta", ["q.alpha", "q.delta"]),
    ],
)
def test_encoded_query_operators(
    api: Client, numbered: list[dict[str, str]], query: str, expected: list[str]
) -> None:
    answer = api(
        "GET", "/api/now/table/sys_properties", params={"sysparm_query": query + "^nameSTARTSWITHq."}
    )
    assert answer.status_code == 200
    assert [r["name"] for r in answer.json()["result"]] == expected


def test_invalid_query_returns_no_rows_when_the_property_says_so(api: Client, numbered: list) -> None:
    api.create("sys_properties", {"name": "glide.invalid_query.returns_no_rows", "value": "true"})
    answer = api("GET", "/api/now/table/sys_properties", params={"sysparm_query": "bogus=1"})
    assert answer.json()["result"] == []


def test_dot_walking_one_level_in_a_query(api: Client) -> None:
    answer = api(
        "GET",
        "/api/now/table/oauth_entity_profile",
        params={"sysparm_query": "oauth_entity.name=RemoteSpoke^default=true", "sysparm_fields": "name"},
    )
    assert answer.json()["result"] == [{"name": "RemoteSpoke default_profile"}]


def test_limit_and_offset_give_link_and_total_count_headers(api: Client, numbered: list) -> None:
    params = {"sysparm_query": "nameSTARTSWITHq.^ORDERBYname", "sysparm_limit": "2", "sysparm_offset": "1"}
    answer = api("GET", "/api/now/table/sys_properties", params=params)
    assert [r["name"] for r in answer.json()["result"]] == ["q.beta", "q.delta"]
    assert answer.headers["X-Total-Count"] == "4"
    links = dict((rel, url) for url, rel in re.findall(r'<([^>]+)>;rel="(\w+)"', answer.headers["Link"]))
    assert set(links) == {"first", "prev", "next", "last"}
    assert "sysparm_offset=0" in links["first"] and "sysparm_offset=3" in links["next"]
    assert "sysparm_offset=2" in links["last"] and "sysparm_limit=2" in links["next"]
    nxt = api.session.get(links["next"], timeout=10)
    assert [r["name"] for r in nxt.json()["result"]] == ["q.gamma"]
    assert 'rel="next"' not in nxt.headers["Link"]


def test_parent_table_query_returns_both_credential_kinds(api: Client) -> None:
    oauth = api.create("oauth_2_0_credentials", {"name": "Remote Credentials"})
    basic = api.create("basic_auth_credentials", {"name": "Local Credentials", "user_name": "u"})
    answer = api(
        "GET", "/api/now/table/discovery_credentials", params={"sysparm_fields": "sys_id,name,sys_class_name"}
    )
    rows = {r["sys_id"]: r for r in answer.json()["result"]}
    assert rows[oauth["sys_id"]]["sys_class_name"] == "oauth_2_0_credentials"
    assert rows[basic["sys_id"]]["sys_class_name"] == "basic_auth_credentials"
    one = api("GET", f"/api/now/table/discovery_credentials/{basic['sys_id']}").json()["result"]
    assert "user_name" not in one  # the parent table shows the parent's columns
    assert api("GET", f"/api/now/table/oauth_2_0_credentials/{basic['sys_id']}").status_code == 404


def test_schema_tables_describe_the_emulated_tables(api: Client) -> None:
    tables = api("GET", "/api/now/table/sys_db_object", params={"sysparm_query": "name=http_connection"})
    row = tables.json()["result"][0]
    assert row["label"] == "HTTP(s) Connection"
    parent = api("GET", f"/api/now/table/sys_db_object/{row['super_class']['value']}").json()["result"]
    assert parent["name"] == "sys_connection"
    columns = api(
        "GET",
        "/api/now/table/sys_dictionary",
        params={
            "sysparm_query": "name=oauth_entity^element=client_secret",
            "sysparm_fields": "internal_type",
        },
    )
    link = f"{api.url}/api/now/table/sys_glide_object/password2"  # a reference to the field class
    assert columns.json()["result"] == [{"internal_type": {"link": link, "value": "password2"}}]
    refused = api("POST", "/api/now/table/sys_dictionary", json={"name": "x", "element": "y"})
    assert refused.status_code == 403


@pytest.mark.parametrize(
    ("headers", "data", "message"),
    [
        ({"Content-Type": "application/json"}, b"{not json", "Exception while reading request"),
        ({}, b'{"name": "x"}', "Missing Content-Type header"),
        ({"Content-Type": "text/plain"}, b'{"name": "x"}', "Content-Type text/plain is not supported"),
        ({"Content-Type": "application/json"}, b'[{"name": "x"}]', "Exception while reading request"),
    ],
)
def test_bad_bodies_get_400_in_the_error_envelope(
    api: Client, headers: dict[str, str], data: bytes, message: str
) -> None:
    answer = api("POST", "/api/now/table/sys_properties", data=data, headers=headers)
    assert answer.status_code == 400
    body = answer.json()
    assert body["status"] == "failure"
    assert body["error"]["message"] == message
    assert body["error"]["detail"]


def test_unsupported_methods_get_405(api: Client) -> None:
    on_list = api("DELETE", "/api/now/table/sys_properties")
    assert on_list.status_code == 405
    assert on_list.json()["status"] == "failure"
    assert "POST" in on_list.headers["Allow"]
    created = api.create("sys_properties", {"name": "x.m"})
    on_record = api("POST", f"/api/now/table/sys_properties/{created['sys_id']}", json={})
    assert on_record.status_code == 405


def test_no_response_body_header_and_method_override(api: Client) -> None:
    silent = api(
        "POST", "/api/now/table/sys_properties", json={"name": "x.n"}, headers={"X-no-response-body": "true"}
    )
    assert silent.status_code == 201 and silent.content == b""
    sys_id = silent.headers["Location"].rsplit("/", 1)[1]
    override = api(
        "POST",
        f"/api/now/table/sys_properties/{sys_id}",
        json={"value": "v"},
        headers={"X-HTTP-Method-Override": "PATCH"},
    )
    assert override.status_code == 200 and override.json()["result"]["value"] == "v"


def test_connections_are_kept_alive(api: Client) -> None:
    first = api("GET", "/api/now/table/sys_user_role", params={"sysparm_limit": "1"})
    second = api("GET", "/api/now/table/sys_user_role", params={"sysparm_limit": "1"})
    assert first.headers.get("Connection", "").lower() != "close"
    assert second.status_code == 200
    pool = api.session.get_adapter(api.url).poolmanager
    assert sum(p.num_connections for p in pool.pools._container.values()) == 1


def test_head_answers_like_get_without_a_body(api: Client) -> None:
    answer = api("HEAD", "/api/now/table/sys_user_role", params={"sysparm_limit": "2"})
    assert answer.status_code == 200 and answer.content == b""
    assert answer.headers["X-Total-Count"] == "6"
    assert int(answer.headers["Content-Length"]) > 0


def test_requests_on_a_closed_emulator_are_refused() -> None:
    with run_emulator("short") as emu:
        client = Client(emu)
        assert client("GET", "/api/now/table/sys_user_role").status_code == 200
    with pytest.raises(requests.ConnectionError):
        client("GET", "/api/now/table/sys_user_role")


def test_name_value_parameters_filter_and_headers_can_be_suppressed(api: Client, numbered: list) -> None:
    answer = api(
        "GET",
        "/api/now/table/sys_properties",
        params={"value": "2", "sysparm_no_count": "true", "sysparm_suppress_pagination_header": "true"},
    )
    assert [r["name"] for r in answer.json()["result"]] == ["q.gamma"]
    assert "X-Total-Count" not in answer.headers and "Link" not in answer.headers


@pytest.mark.parametrize(
    ("accept", "status"), [("application/json", 200), ("*/*", 200), ("application/xml", 406)]
)
def test_accept_header_must_allow_json(api: Client, accept: str, status: int) -> None:
    answer = api("GET", "/api/now/table/sys_user_role", headers={"Accept": accept})
    assert answer.status_code == status
    if status == 406:
        assert answer.json()["error"]["message"] == "Not Acceptable"


def test_password2_written_without_display_value_is_never_returned_in_clear(
    api: Client, emulator: Emulator
) -> None:
    clear = "Cl3arT3xtSecret"
    created = api("POST", "/api/now/table/basic_auth_credentials", json={"name": "plain", "password": clear})
    assert created.status_code == 201 and created.json()["result"]["password"] == ""
    sys_id = created.json()["result"]["sys_id"]
    assert emulator.get_record("basic_auth_credentials", sys_id)["password"] == clear  # stored verbatim
    answers = [
        created,
        api("GET", f"/api/now/table/basic_auth_credentials/{sys_id}"),
        api(
            "GET", f"/api/now/table/basic_auth_credentials/{sys_id}", params={"sysparm_display_value": "all"}
        ),
        api("GET", "/api/now/table/discovery_credentials", params={"sysparm_display_value": "true"}),
        api("PATCH", f"/api/now/table/basic_auth_credentials/{sys_id}", json={"name": "plain2"}),
    ]
    for answer in answers:
        assert answer.status_code in (200, 201) and clear not in answer.text
    assert answers[2].json()["result"]["password"] == {"display_value": "", "value": ""}
    encrypted = api.create("basic_auth_credentials", {"name": "enc", "password": clear}, display=True)
    assert encrypted["password"] and encrypted["password"] != clear
    assert emulator.decrypt(encrypted["password"]) == clear


def test_admin_only_sys_fields_property_makes_a_non_admins_sys_id_ignored(
    api: Client, emulator: Emulator
) -> None:
    user = api.create("sys_user", {"user_name": "credmaker", "user_password": "pw"}, display=True)
    api.create("sys_user_has_role", {"user": user["sys_id"], "role": "credential_admin"}, display=True)
    maker = Client(emulator, auth=("credmaker", "pw"))
    chosen = ["0123456789abcdef0123456789abcd0" + str(n) for n in range(3)]
    before = maker("POST", "/api/now/table/basic_auth_credentials", json={"sys_id": chosen[0], "name": "a"})
    assert before.status_code == 201 and before.json()["result"]["sys_id"] == chosen[0]
    api.create("sys_properties", {"name": "glide.rest.table_api.admin_only_sys_fields", "value": "true"})
    after = maker("POST", "/api/now/table/basic_auth_credentials", json={"sys_id": chosen[1], "name": "b"})
    assert after.status_code == 201
    generated = after.json()["result"]["sys_id"]
    assert generated != chosen[1] and re.fullmatch(r"[0-9a-f]{32}", generated)
    assert emulator.get_record("basic_auth_credentials", chosen[1]) is None
    admin = api.create("basic_auth_credentials", {"sys_id": chosen[2], "name": "c"})
    assert admin["sys_id"] == chosen[2]


def test_sys_created_fields_are_writable_on_insert_unless_the_hardening_property_forbids_it(
    api: Client, emulator: Emulator
) -> None:
    """The hardening doc: without the property, users with create access "can write to these system
    values" (sys_id, sys_created/updated fields); with it a non-admin's values are ignored."""
    user = api.create("sys_user", {"user_name": "credmaker", "user_password": "pw"}, display=True)
    api.create("sys_user_has_role", {"user": user["sys_id"], "role": "credential_admin"}, display=True)
    maker = Client(emulator, auth=("credmaker", "pw"))
    forged = {"sys_created_by": "someone.else", "sys_created_on": "2001-01-01 00:00:00"}
    before = maker("POST", "/api/now/table/basic_auth_credentials", json={"name": "a", **forged})
    assert before.status_code == 201
    assert {k: before.json()["result"][k] for k in forged} == forged
    api.create("sys_properties", {"name": "glide.rest.table_api.admin_only_sys_fields", "value": "true"})
    after = maker("POST", "/api/now/table/basic_auth_credentials", json={"name": "b", **forged})
    assert after.status_code == 201
    assert after.json()["result"]["sys_created_by"] == "credmaker"
    assert after.json()["result"]["sys_created_on"] != forged["sys_created_on"]


def _raw_exchange(url: str, request: bytes) -> bytes:
    """Send raw bytes to the emulator and read until it closes the connection."""
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(request)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def test_non_numeric_content_length_gets_400_in_the_error_envelope(api: Client, emulator: Emulator) -> None:
    auth = base64.b64encode(b"admin:admin").decode()
    answer = _raw_exchange(
        emulator.url,
        (
            "POST /api/now/table/sys_properties HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            f"Authorization: Basic {auth}\r\nContent-Type: application/json\r\nContent-Length: abc\r\n\r\n"
            '{"name": "x.cl"}'
        ).encode(),
    )
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400 ")
    assert b"connection: close" in head.lower()
    error = json.loads(body)
    assert error["status"] == "failure" and "Content-Length" in error["error"]["detail"]
    assert emulator.query("sys_properties", "name=x.cl") == []
    assert api("GET", "/api/now/table/sys_user_role").status_code == 200  # the server still serves
