"""Where ServiceNow is stricter than a kind emulator: each rule of section E, as a client meets it."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from servicenow_emulator import choices
from servicenow_emulator.testing import Emulator
from tests.emulator.conftest import Client
from tests.emulator.test_oauth import client_entity, token  # noqa: F401 - the fixture is used by name


def _alias(api: Client, name: str, **extra: str) -> str:
    return api.create("sys_alias", {"name": name, **extra})["sys_id"]


def test_a_second_active_connection_under_one_alias_is_refused_and_nothing_is_written(
    api: Client, emulator: Emulator
) -> None:
    alias = _alias(api, "OneOnly")
    first = api.create("http_connection", {"name": "first", "connection_alias": alias})
    second = api("POST", "/api/now/table/http_connection", json={"name": "second", "connection_alias": alias})
    assert second.status_code == 403
    error = second.json()["error"]
    assert "'OneOnly' already has the active connection 'first'" in error["message"]
    assert first["sys_id"] in error["message"]
    assert f"Business Rule '{choices.ONE_ACTIVE_CONNECTION_RULE}'" in error["detail"]
    assert emulator.query("http_connection", "name=second") == []
    # An inactive one may be added; activating it, or moving an active one under the alias, is refused.
    spare = api.create("http_connection", {"name": "spare", "connection_alias": alias, "active": "false"})
    activate = api("PATCH", f"/api/now/table/http_connection/{spare['sys_id']}", json={"active": "true"})
    assert activate.status_code == 403
    elsewhere = api.create("http_connection", {"name": "elsewhere", "connection_alias": _alias(api, "Other")})
    move = api(
        "PATCH", f"/api/now/table/http_connection/{elsewhere['sys_id']}", json={"connection_alias": alias}
    )
    assert move.status_code == 403
    assert emulator.get_record("http_connection", elsewhere["sys_id"])["connection_alias"] != alias
    # Deactivate the first, then the spare may become the active one (a replacement without two at once).
    api("PATCH", f"/api/now/table/http_connection/{first['sys_id']}", json={"active": "false"})
    assert api("PATCH", f"/api/now/table/http_connection/{spare['sys_id']}", json={"active": "true"}).ok


def test_an_alias_with_multiple_connections_takes_several_active_ones(api: Client) -> None:
    alias = _alias(api, "Many", multiple_connections="true")
    api.create("http_connection", {"name": "a", "connection_alias": alias})
    api.create("http_connection", {"name": "b", "connection_alias": alias})


def test_the_rule_covers_the_seeded_spoke_aliases(api: Client, emulator: Emulator) -> None:
    alias = emulator.query("sys_alias", "name=ServiceNowRemoteInstance")[0]["sys_id"]
    api.create("http_connection", {"name": "manual setup", "connection_alias": alias})
    again = api("POST", "/api/now/table/http_connection", json={"name": "as code", "connection_alias": alias})
    assert again.status_code == 403


@pytest.mark.parametrize("value", ["0", "-1", "ten", "", "1.5"])
def test_a_limit_that_is_not_a_positive_number_is_refused_with_servicenows_message(
    api: Client, value: str
) -> None:
    answer = api("GET", "/api/now/table/sys_user_role", params={"sysparm_limit": value})
    assert answer.status_code == 400
    assert answer.json()["error"]["message"] == "Invalid value given for sysparm_limit"


def test_a_positive_limit_pages(api: Client) -> None:
    answer = api("GET", "/api/now/table/sys_user_role", params={"sysparm_limit": "2"})
    assert answer.status_code == 200 and len(answer.json()["result"]) == 2


def test_unknown_query_terms_and_columns_are_ignored_silently(api: Client) -> None:
    roles = api("GET", "/api/now/table/sys_user_role").json()["result"]
    ignored = api("GET", "/api/now/table/sys_user_role", params={"sysparm_query": "no_such_column=x"})
    assert len(ignored.json()["result"]) == len(roles)  # every row, not none
    made = api.create("sys_properties", {"name": "p.unknown", "value": "1", "no_such_column": "x"})
    assert "no_such_column" not in made
    # The old token column is gone: a query on it is an ignored term too.
    assert "oauth_requestor" not in {
        r["element"]
        for r in api("GET", "/api/now/table/sys_dictionary?sysparm_query=name=oauth_credential").json()[
            "result"
        ]
    }


def test_token_requests_within_the_lifetime_return_the_current_access_token(
    emulator: Emulator,
    client_entity: dict[str, str],  # noqa: F811
) -> None:
    ids = {"client_id": client_entity["client_id"], "client_secret": "cs"}
    first = token(emulator, grant_type="password", username="admin", password="admin", **ids).json()
    second = token(emulator, grant_type="password", username="admin", password="admin", **ids).json()
    assert second["access_token"] == first["access_token"]
    assert second["refresh_token"] == first["refresh_token"]  # the password grant returns both tokens
    assert 0 < second["expires_in"] <= first["expires_in"]
    # The refresh grant issues a new access token (choices.TOKEN_REUSE); the password grant then returns it.
    refreshed = token(
        emulator, grant_type="refresh_token", refresh_token=first["refresh_token"], **ids
    ).json()
    assert refreshed["access_token"] != first["access_token"] and "refresh_token" not in refreshed
    # An expired token is not returned again.
    for record in emulator.query("oauth_credential", "type=access_token"):
        requests.patch(
            f"{emulator.url}/api/now/table/oauth_credential/{record['sys_id']}",
            json={"expires": "2020-01-01 00:00:00"},
            auth=emulator.auth,
            timeout=10,
        ).raise_for_status()
    third = token(emulator, grant_type="password", username="admin", password="admin", **ids).json()
    assert third["access_token"] not in (first["access_token"], refreshed["access_token"])


def test_get_oauth_token_sends_a_fresh_state_and_the_redirect_refuses_a_missing_or_unknown_one(
    emulator_pair: tuple[Emulator, Emulator],
) -> None:
    from tests.emulator.test_oauth import _setup_spoke_oauth

    remote, local = emulator_pair
    _endpoint, profile, credential = _setup_spoke_oauth(remote, local)
    url = (
        f"{local.url}/oauth_initiator.do?oauth_requestor_context=oauth_2_0_credentials"
        f"&oauth_requestor={credential['sys_id']}&oauth_provider_profile={profile['sys_id']}&response_type=code"
    )
    states = []
    for _ in range(2):
        answer = requests.get(url, auth=local.auth, allow_redirects=False, timeout=10)
        assert answer.status_code == 302
        states.append(parse_qs(urlsplit(answer.headers["Location"]).query)["state"][0])
    assert states[0] and states[0] != states[1]
    for query in ("code=x", "code=x&state=forged"):
        refused = requests.get(f"{local.url}/oauth_redirect.do?{query}", auth=local.auth, timeout=10)
        assert "Invalid or expired state" in refused.text
    # The remote's /oauth_auth.do refuses a request without state.
    auth_url = (
        answer.headers["Location"].replace(f"&state={states[1]}", "").replace(f"state={states[1]}&", "")
    )
    assert "state=" not in auth_url
    assert "Missing State parameter in request" in requests.get(auth_url, timeout=10).text


def test_connection_type_choices_and_the_boolean_property_type_are_servicenows(api: Client) -> None:
    rows = api(
        "GET", "/api/now/table/sys_choice", params={"sysparm_query": "name=sys_alias^element=connection_type"}
    ).json()["result"]
    assert {r["value"] for r in rows} == {
        "http_connection",
        "sys_connection",
        "jdbc_connection",
        "orch_jms_ds",
    }
    rows = api(
        "GET", "/api/now/table/sys_choice", params={"sysparm_query": "name=sys_properties^element=type"}
    )
    assert {r["value"]: r["label"] for r in rows.json()["result"]}["boolean"] == "true | false"


def test_an_instance_without_a_column_ignores_it_like_servicenow_and_its_dictionary_does_not_list_it() -> (
    None
):
    from servicenow_emulator.testing import run_emulator

    with run_emulator("older", without_columns=("oauth_entity.user",)) as older:
        api = Client(older)
        made = api.create("oauth_entity", {"name": "ext", "type": "client", "user": "a" * 32})
        assert "user" not in made and "user" not in older.get_record("oauth_entity", made["sys_id"])
        elements = api(
            "GET", "/api/now/table/sys_dictionary", params={"sysparm_query": "name=oauth_entity"}
        ).json()["result"]
        assert "user" not in {e["element"] for e in elements} and "client_id" in {
            e["element"] for e in elements
        }
        every = api("GET", "/api/now/table/oauth_entity", params={"sysparm_query": "user=" + "a" * 32})
        assert len(every.json()["result"]) == len(api("GET", "/api/now/table/oauth_entity").json()["result"])
    with pytest.raises(ValueError, match="TABLE.COLUMN"):
        with run_emulator("bad", without_columns=("oauth_entity.no_such",)):
            pass
