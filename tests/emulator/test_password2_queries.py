"""Encoded queries never read a password2 value, and their secret terms never reach the request log."""

from __future__ import annotations

import pytest

from servicenow_emulator import query as Q
from servicenow_emulator.testing import Emulator
from tests.emulator.conftest import Client

SECRET = "plainwrite"


def _names(api: Client, table: str, params: dict[str, str]) -> list[str]:
    answer = api("GET", f"/api/now/table/{table}", params={"sysparm_fields": "name,user_name", **params})
    assert answer.status_code == 200, answer.text
    return [row.get("name", row.get("user_name")) for row in answer.json()["result"]]


@pytest.fixture
def secrets_stored(api: Client) -> dict[str, str]:
    """Two client entities: one secret stored verbatim (no display-value write), one encrypted."""
    verbatim = api.create("oauth_entity", {"name": "verbatim app", "type": "client", "client_secret": SECRET})
    encrypted = api.create(
        "oauth_entity", {"name": "encrypted app", "type": "client", "client_secret": SECRET}, display=True
    )
    api.create("oauth_entity_profile", {"name": "verbatim profile", "oauth_entity": verbatim["sys_id"]})
    api.create("basic_auth_credentials", {"name": "verbatim basic", "user_name": "u", "password": SECRET})
    return {"verbatim": verbatim["sys_id"], "encrypted": encrypted["sys_id"]}


@pytest.mark.parametrize(
    ("table", "query"),
    [
        ("oauth_entity", f"client_secret={SECRET}"),
        ("oauth_entity", "client_secretLIKEplain"),
        ("oauth_entity", "client_secretSTARTSWITHp"),
        ("oauth_entity", "client_secretENDSWITHwrite"),
        ("oauth_entity", "client_secret>a"),
        ("oauth_entity", "client_secretIN" + SECRET),
        ("oauth_entity", "client_secretISNOTEMPTY"),
        ("oauth_entity", "client_secretISEMPTY"),
        ("oauth_entity", "client_secretANYTHING"),
        ("oauth_entity", "client_secret!=x"),
        ("oauth_entity", "nameLIKEapp^client_secretNOT LIKEzzz"),
        ("oauth_entity", "nameLIKEnothing^NQclient_secretSTARTSWITHp"),
        ("oauth_entity_profile", "oauth_entity.client_secretSTARTSWITHp"),
        ("basic_auth_credentials", "passwordSTARTSWITHp"),
        ("basic_auth_credentials", "nameLIKEbasic^passwordNOT LIKEq"),
        ("sys_user", "user_passwordISNOTEMPTY"),
    ],
)
def test_query_terms_on_password2_columns_match_nothing(
    api: Client, secrets_stored: dict[str, str], table: str, query: str
) -> None:
    assert _names(api, table, {"sysparm_query": query}) == []


def test_a_name_value_parameter_on_a_password2_column_matches_nothing(
    api: Client, secrets_stored: dict[str, str]
) -> None:
    assert _names(api, "oauth_entity", {"client_secret": SECRET}) == []
    assert _names(api, "oauth_entity", {"name": "verbatim app"}) == ["verbatim app"]


def test_other_terms_of_a_query_with_a_password2_term_still_apply(
    api: Client, secrets_stored: dict[str, str]
) -> None:
    query = "name=encrypted app^ORclient_secretSTARTSWITHp^ORname=verbatim app"
    assert _names(api, "oauth_entity", {"sysparm_query": query}) == ["verbatim app", "encrypted app"]
    assert _names(api, "oauth_entity", {"sysparm_query": "nameLIKEapp^ORDERBYDESCname"}) == [
        "verbatim app",
        "encrypted app",
    ]


def test_ordering_by_a_password2_column_is_ignored(api: Client) -> None:
    # Stored verbatim: ordered by the secret, "second" ("aaa") would come before "first" ("zzz").
    api.create("oauth_entity", {"name": "order first", "type": "client", "client_secret": "zzz"})
    api.create("oauth_entity", {"name": "order second", "type": "client", "client_secret": "aaa"})
    for order in ("ORDERBYclient_secret", "ORDERBYDESCclient_secret"):
        names = _names(api, "oauth_entity", {"sysparm_query": f"nameSTARTSWITHorder^{order}"})
        assert names == ["order first", "order second"], order


def test_password2_query_terms_are_redacted_from_the_request_log(
    emulator: Emulator, api: Client, secrets_stored: dict[str, str]
) -> None:
    emulator.clear_requests()
    api("GET", "/api/now/table/oauth_entity", params={"sysparm_query": f"client_secretLIKE{SECRET}^name=x"})
    api(
        "GET",
        "/api/now/v2/table/oauth_entity_profile",
        params={"sysparm_query": f"oauth_entity.client_secretSTARTSWITH{SECRET}^ORDERBYname"},
    )
    api("GET", "/api/now/table/basic_auth_credentials", params={"sysparm_query": f"password={SECRET}"})
    api("GET", "/api/now/table/no_such_table", params={"sysparm_query": f"passwordLIKE{SECRET}"})
    log = emulator.requests()
    assert [e["status"] for e in log] == [200, 200, 200, 400]
    assert SECRET not in str(log)
    assert log[0]["query"] == "sysparm_query=client_secretLIKE%2A%2A%2A%2A%2A%2A%2A%2A%5Ename%3Dx"
    assert log[1]["query"] == (
        "sysparm_query=oauth_entity.client_secretSTARTSWITH%2A%2A%2A%2A%2A%2A%2A%2A%5EORDERBYname"
    )


def test_seal_keeps_every_other_term_byte_for_byte() -> None:
    def sealed(name: str) -> bool:
        return name.endswith("secret")

    encoded = "a=1^ORsecret=x^b!=2^ORDERBYsecret^NQsecretISEMPTY^ORc=3^ORDERBYDESCd^EQ"
    assert Q.seal(encoded, sealed) == (
        f"a=1^OR{Q.NO_MATCH_TERM}^b!=2^^NQ{Q.NO_MATCH_TERM}^ORc=3^ORDERBYDESCd^EQ"
    )
    assert Q.seal("ORsecret=x", sealed) == "ORsecret=x"  # a leading OR term is malformed, not a condition
    assert Q.redact("a=1^ORsecretLIKEx^secretISEMPTY", sealed) == (
        f"a=1^ORsecretLIKE{Q.REDACTED}^secretISEMPTY"
    )
