"""OAuth 2.0: token grants, bearer tokens, and the auth-code + PKCE flow between two instances."""

from __future__ import annotations

import base64
import hashlib
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from servicenow_emulator import choices
from servicenow_emulator.instance import parse_time
from servicenow_emulator.testing import Emulator, get_oauth_token, parse_forms, submit_form
from tests.emulator.conftest import Client

FAILURE = {"error_description": "access_denied", "error": "server_error"}


@pytest.fixture
def client_entity(api: Client) -> dict[str, str]:
    """An OAuth API endpoint for external clients, secret "cs", access tokens living 600 s."""
    return api.create(
        "oauth_entity",
        {
            "name": "ext",
            "type": "client",
            "client_secret": "cs",
            "access_token_lifespan": "600",
            "redirect_url": "http://127.0.0.1:9/cb",
        },
        display=True,
    )


def token(emulator: Emulator, **form: str) -> requests.Response:
    return requests.post(f"{emulator.url}/oauth_token.do", data=form, timeout=10)


def test_password_grant_returns_access_and_refresh_tokens_with_the_entity_lifespan(
    emulator: Emulator, client_entity: dict[str, str]
) -> None:
    answer = token(
        emulator,
        grant_type="password",
        client_id=client_entity["client_id"],
        client_secret="cs",
        username="admin",
        password="admin",
    )
    assert answer.status_code == 200
    body = answer.json()
    assert set(body) == {"access_token", "refresh_token", "scope", "token_type", "expires_in"}
    assert body["token_type"] == "Bearer" and body["scope"] == "useraccount" and body["expires_in"] == 600
    bearer = requests.get(
        f"{emulator.url}/api/now/table/sys_user",
        headers={"Authorization": f"Bearer {body['access_token']}"},
        params={"sysparm_fields": "user_name"},
        timeout=10,
    )
    assert bearer.status_code == 200 and {"user_name": "admin"} in bearer.json()["result"]
    as_parameter = requests.get(
        f"{emulator.url}/api/now/table/sys_user_role",
        params={"access_token": body["access_token"]},
        timeout=10,
    )
    assert as_parameter.status_code == 200
    assert body["access_token"] not in str(emulator.requests())
    stored = emulator.query("oauth_credential", f"peer={client_entity['sys_id']}^type=access_token")
    assert emulator.decrypt(stored[0]["token"]) == body["access_token"]
    assert body["access_token"] not in str(stored)


def test_refresh_grant_returns_a_new_access_token_only(
    emulator: Emulator, client_entity: dict[str, str]
) -> None:
    ids = {"client_id": client_entity["client_id"], "client_secret": "cs"}
    first = token(emulator, grant_type="password", username="admin", password="admin", **ids).json()
    refreshed = token(emulator, grant_type="refresh_token", refresh_token=first["refresh_token"], **ids)
    assert refreshed.status_code == 200
    body = refreshed.json()
    assert "refresh_token" not in body and body["access_token"] != first["access_token"]
    assert token(emulator, grant_type="refresh_token", refresh_token="bogus", **ids).status_code == 401


@pytest.mark.parametrize(
    "form",
    [
        {"grant_type": "password", "username": "admin", "password": "wrong", "client_secret": "cs"},
        {"grant_type": "password", "username": "admin", "password": "admin", "client_secret": "wrong"},
        {"grant_type": "password", "username": "admin", "password": "admin"},
        {"grant_type": "implicit_nonsense", "client_secret": "cs"},
    ],
)
def test_token_failures_get_servicenows_401_body(
    emulator: Emulator, client_entity: dict[str, str], form: dict[str, str]
) -> None:
    answer = token(emulator, client_id=client_entity["client_id"], **form)
    assert answer.status_code == 401
    assert answer.json() == FAILURE


def test_token_endpoint_refuses_json(emulator: Emulator, client_entity: dict[str, str]) -> None:
    answer = requests.post(
        f"{emulator.url}/oauth_token.do",
        json={"grant_type": "password", "client_id": client_entity["client_id"], "client_secret": "cs"},
        timeout=10,
    )
    assert answer.status_code == 401 and answer.json() == FAILURE


def test_client_credentials_needs_the_property_and_an_application_user(
    emulator: Emulator, api: Client, client_entity: dict[str, str]
) -> None:
    ids = {"client_id": client_entity["client_id"], "client_secret": "cs"}
    assert token(emulator, grant_type="client_credentials", **ids).status_code == 401
    api.create("sys_properties", {"name": choices.CLIENT_CREDENTIALS_PROPERTY, "value": "true"})
    assert (
        token(emulator, grant_type="client_credentials", **ids).status_code == 401
    )  # no OAuth application user
    api("PATCH", f"/api/now/table/oauth_entity/{client_entity['sys_id']}", json={"user": "admin"})
    answer = token(emulator, grant_type="client_credentials", **ids)
    assert answer.status_code == 200
    assert "refresh_token" not in answer.json() and answer.json()["expires_in"] == 600


def test_bearer_token_stops_working_when_its_record_is_deleted(
    emulator: Emulator, api: Client, client_entity: dict[str, str]
) -> None:
    ids = {"client_id": client_entity["client_id"], "client_secret": "cs"}
    access = token(emulator, grant_type="password", username="admin", password="admin", **ids).json()[
        "access_token"
    ]
    headers = {"Authorization": f"Bearer {access}"}
    assert (
        requests.get(f"{emulator.url}/api/now/table/sys_user", headers=headers, timeout=10).status_code == 200
    )
    for record in emulator.query("oauth_credential", "type=access_token"):
        assert api("DELETE", f"/api/now/table/oauth_credential/{record['sys_id']}").status_code == 204
    assert (
        requests.get(f"{emulator.url}/api/now/table/sys_user", headers=headers, timeout=10).status_code == 401
    )


def test_authorize_page_requires_state_and_a_known_client(
    emulator: Emulator, client_entity: dict[str, str]
) -> None:
    base = {
        "response_type": "code",
        "client_id": client_entity["client_id"],
        "redirect_uri": "http://127.0.0.1:9/cb",
    }
    no_state = requests.get(f"{emulator.url}/oauth_auth.do", params=base, timeout=10)
    assert no_state.status_code == 400 and "Missing State parameter in request" in no_state.text
    unknown = requests.get(
        f"{emulator.url}/oauth_auth.do", params={**base, "state": "s", "client_id": "x"}, timeout=10
    )
    assert unknown.status_code == 400 and "Invalid client_id" in unknown.text
    bad_redirect = requests.get(
        f"{emulator.url}/oauth_auth.do",
        params={**base, "state": "s", "redirect_uri": "http://evil/cb"},
        timeout=10,
    )
    assert bad_redirect.status_code == 400 and "redirect_uri" in bad_redirect.text
    login = requests.get(f"{emulator.url}/oauth_auth.do", params={**base, "state": "s"}, timeout=10)
    assert login.status_code == 200 and "user_password" in login.text


def _consent(emulator: Emulator, entity: dict[str, str], challenge: str, action: str) -> str:
    """Log in and answer the consent page as a browser; returns where the instance redirects to."""
    browser = requests.Session()
    params = {
        "response_type": "code",
        "client_id": entity["client_id"],
        "redirect_uri": "http://127.0.0.1:9/cb",
        "state": "st4te",
        "code_challenge": challenge,
        "code_challenge_method": "S256",
    }
    page = browser.get(f"{emulator.url}/oauth_auth.do", params=params, timeout=10)
    page = submit_form(browser, page, {"user_name": "admin", "user_password": "admin"})
    assert page.status_code == 200 and "Allow" in page.text
    form = parse_forms(page.text)[0]
    assert form["fields"]["sysparm_ck"]
    no_ck = browser.post(
        f"{emulator.url}/oauth_auth.do",
        data={**form["fields"], "sysparm_ck": "forged", "action": action},
        allow_redirects=False,
        timeout=10,
    )
    assert no_ck.status_code == 403
    answer = browser.post(
        f"{emulator.url}/oauth_auth.do",
        data={**form["fields"], "action": action},
        allow_redirects=False,
        timeout=10,
    )
    assert answer.status_code == 302
    return answer.headers["Location"]


def _s256(verifier: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()


def test_authorization_code_with_pkce_s256(emulator: Emulator, client_entity: dict[str, str]) -> None:
    verifier = "v" * 50
    location = _consent(emulator, client_entity, _s256(verifier), "allow")
    assert location.startswith("http://127.0.0.1:9/cb?")
    query = parse_qs(urlsplit(location).query)
    assert query["state"] == ["st4te"]
    code = query["code"][0]
    ids = {
        "client_id": client_entity["client_id"],
        "client_secret": "cs",
        "redirect_uri": "http://127.0.0.1:9/cb",
    }
    wrong = token(emulator, grant_type="authorization_code", code=code, code_verifier="w" * 50, **ids)
    assert wrong.status_code == 401  # and the code is spent
    location = _consent(emulator, client_entity, _s256(verifier), "allow")
    code = parse_qs(urlsplit(location).query)["code"][0]
    good = token(emulator, grant_type="authorization_code", code=code, code_verifier=verifier, **ids)
    assert good.status_code == 200 and {"access_token", "refresh_token"} <= set(good.json())
    replay = token(emulator, grant_type="authorization_code", code=code, code_verifier=verifier, **ids)
    assert replay.status_code == 401


def test_denied_consent_redirects_with_access_denied(
    emulator: Emulator, client_entity: dict[str, str]
) -> None:
    location = _consent(emulator, client_entity, _s256("x" * 50), "deny")
    assert parse_qs(urlsplit(location).query) == {"error": ["access_denied"], "state": ["st4te"]}


def test_public_client_needs_pkce(emulator: Emulator, api: Client, client_entity: dict[str, str]) -> None:
    api("PATCH", f"/api/now/table/oauth_entity/{client_entity['sys_id']}", json={"public_client": "true"})
    answer = requests.get(
        f"{emulator.url}/oauth_auth.do",
        params={"response_type": "code", "client_id": client_entity["client_id"], "state": "s"},
        timeout=10,
        allow_redirects=False,
    )
    # The redirect URI is valid, so the error goes back to it (RFC 6749 4.1.2.1).
    assert answer.status_code == 302
    back = parse_qs(urlsplit(answer.headers["Location"]).query)
    assert back["error"] == ["invalid_request"] and back["state"] == ["s"]
    assert "PKCE" in back["error_description"][0]
    password = token(
        emulator,
        grant_type="password",
        client_id=client_entity["client_id"],
        client_secret="cs",
        username="admin",
        password="admin",
    )
    assert password.status_code == 401  # with PKCE required only the authorization code grant is allowed


def _setup_spoke_oauth(
    remote: Emulator, local: Emulator
) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """The spoke procedure's OAuth part: remote endpoint, local registry, local OAuth 2.0 credential."""
    remote_api, local_api = Client(remote), Client(local)
    endpoint = remote_api.create(
        "oauth_entity",
        {
            "name": "Local instance",
            "type": "client",
            "client_secret": "remote-secret",
            "redirect_url": f"{local.url}/oauth_redirect.do",
            "public_client": "true",
            "refresh_token_lifespan": "3600",
            "access_token_lifespan": "900",
        },
        display=True,
    )
    registry = local.query("oauth_entity", "name=RemoteSpoke")[0]
    patched = local_api(
        "PATCH",
        f"/api/now/table/oauth_entity/{registry['sys_id']}",
        params={"sysparm_input_display_value": "true"},
        json={
            "client_id": endpoint["client_id"],
            "client_secret": "remote-secret",
            "auth_url": f"{remote.url}/oauth_auth.do",
            "token_url": f"{remote.url}/oauth_token.do",
            "redirect_url": f"{local.url}/oauth_redirect.do",
            "refresh_token_lifespan": "7200",
            "public_client": "true",
        },
    )
    assert patched.status_code == 200
    profile = local.query("oauth_entity_profile", "oauth_entity.name=RemoteSpoke^default=true")[0]
    credential = local_api.create(
        "oauth_2_0_credentials", {"name": "Remote Credentials", "oauth_entity_profile": profile["sys_id"]}
    )
    return endpoint, profile, credential


def test_get_oauth_token_flow_between_two_instances_leaves_tokens_in_the_local_instance(
    emulator_pair: tuple[Emulator, Emulator],
) -> None:
    remote, local = emulator_pair
    _endpoint, profile, credential = _setup_spoke_oauth(remote, local)
    final = get_oauth_token(local.url, local.auth, remote.auth, credential["sys_id"], profile["sys_id"])
    assert final.status_code == 200, final.text
    assert "OAuth token flow completed successfully" in final.text
    assert urlsplit(final.url).path == "/oauth_redirect.do"
    tokens = {
        t["type"]: t
        for t in local.query(
            "oauth_credential", f"oauth_requestor_profile.oauth_requestor={credential['sys_id']}"
        )
    }
    assert set(tokens) == {"access_token", "refresh_token"}
    # The requestor parameters are saved in oauth_requestor_profile; the token refers to that record.
    requestor = local.get_record("oauth_requestor_profile", tokens["access_token"]["oauth_requestor_profile"])
    assert requestor["oauth_requestor"] == credential["sys_id"]
    assert requestor["oauth_entity_profile"] == profile["sys_id"]
    assert requestor["oauth_requestor_context"] == "oauth_2_0_credentials"
    registry = local.query("oauth_entity", "name=RemoteSpoke")[0]
    assert tokens["access_token"]["peer"] == registry["sys_id"]
    access = local.decrypt(tokens["access_token"]["token"])
    assert access and access != tokens["access_token"]["token"]
    # The remote accepts the token on its Table API; the local instance does not (it did not issue it).
    on_remote = requests.get(
        f"{remote.url}/api/now/table/sys_user_role", headers={"Authorization": f"Bearer {access}"}, timeout=10
    )
    assert on_remote.status_code == 200
    on_local = requests.get(
        f"{local.url}/api/now/table/sys_user_role", headers={"Authorization": f"Bearer {access}"}, timeout=10
    )
    assert on_local.status_code == 401
    # Lifespans: the access token's from the remote's answer (900 s), the refresh token's from the registry.
    created = parse_time(tokens["access_token"]["sys_created_on"])
    assert (parse_time(tokens["access_token"]["expires"]) - created).total_seconds() == 900
    assert (parse_time(tokens["refresh_token"]["expires"]) - created).total_seconds() == 7200
    # The remote logged a PKCE authorization request and one token call, with no secret in the log.
    log = remote.requests()
    auth_calls = [e for e in log if e["path"] == "/oauth_auth.do"]
    assert "code_challenge_method=S256" in auth_calls[0]["query"]
    assert [e["status"] for e in log if e["path"] == "/oauth_token.do"] == [200]
    assert "remote-secret" not in str(log) and access not in str(log)
    # Getting a token again replaces the old ones.
    again = get_oauth_token(local.url, local.auth, remote.auth, credential["sys_id"], profile["sys_id"])
    assert again.status_code == 200
    assert (
        len(
            local.query("oauth_credential", f"oauth_requestor_profile.oauth_requestor={credential['sys_id']}")
        )
        == 2
    )


def test_get_oauth_token_reports_a_registry_without_client_secret(
    emulator_pair: tuple[Emulator, Emulator],
) -> None:
    remote, local = emulator_pair
    profile = local.query("oauth_entity_profile", "oauth_entity.name=RemoteSpoke")[0]
    credential = Client(local).create(
        "oauth_2_0_credentials", {"name": "c", "oauth_entity_profile": profile["sys_id"]}
    )
    final = get_oauth_token(local.url, local.auth, remote.auth, credential["sys_id"], profile["sys_id"])
    assert final.status_code == 400
    assert "Client ID" in final.text and "Token URL" in final.text


def test_expired_tokens_and_inactive_clients_are_refused(
    emulator: Emulator, api: Client, client_entity: dict[str, str]
) -> None:
    ids = {"client_id": client_entity["client_id"], "client_secret": "cs"}
    body = token(emulator, grant_type="password", username="admin", password="admin", **ids).json()
    headers = {"Authorization": f"Bearer {body['access_token']}"}
    for record in emulator.query("oauth_credential", f"peer={client_entity['sys_id']}"):
        expired = api(
            "PATCH",
            f"/api/now/table/oauth_credential/{record['sys_id']}",
            json={"expires": "2020-01-01 00:00:00"},
        )
        assert expired.status_code == 200
    assert (
        requests.get(f"{emulator.url}/api/now/table/sys_user", headers=headers, timeout=10).status_code == 401
    )
    refreshed = token(emulator, grant_type="refresh_token", refresh_token=body["refresh_token"], **ids)
    assert refreshed.status_code == 401
    api("PATCH", f"/api/now/table/oauth_entity/{client_entity['sys_id']}", json={"active": "false"})
    assert (
        token(emulator, grant_type="password", username="admin", password="admin", **ids).status_code == 401
    )


def test_login_page_refuses_a_wrong_password_and_never_redirects_off_site(emulator: Emulator) -> None:
    browser = requests.Session()
    wrong = browser.post(
        f"{emulator.url}/login.do",
        data={"user_name": "admin", "user_password": "no"},
        allow_redirects=False,
        timeout=10,
    )
    assert wrong.status_code == 401 and "User name or password invalid" in wrong.text
    good = browser.post(
        f"{emulator.url}/login.do",
        data={"user_name": "admin", "user_password": "admin", "sysparm_goto_url": "https://evil.example/"},
        allow_redirects=False,
        timeout=10,
    )
    assert good.status_code == 302 and good.headers["Location"] == "/"
    assert len(browser.cookies) == 1


def test_client_may_authenticate_with_http_basic_on_the_token_endpoint(
    emulator: Emulator, client_entity: dict[str, str]
) -> None:
    answer = requests.post(
        f"{emulator.url}/oauth_token.do",
        data={"grant_type": "password", "username": "admin", "password": "admin"},
        auth=(client_entity["client_id"], "cs"),
        timeout=10,
    )
    assert answer.status_code == 200 and answer.json()["token_type"] == "Bearer"
    assert answer.headers["Cache-Control"] == "no-store"


def test_code_exchange_needs_the_redirect_uri_of_the_authorization_request(
    emulator: Emulator, client_entity: dict[str, str]
) -> None:
    verifier = "r" * 50
    ids = {"client_id": client_entity["client_id"], "client_secret": "cs", "code_verifier": verifier}
    for sent in ({}, {"redirect_uri": "http://127.0.0.1:9/other"}):
        location = _consent(emulator, client_entity, _s256(verifier), "allow")
        code = parse_qs(urlsplit(location).query)["code"][0]
        refused = token(emulator, grant_type="authorization_code", code=code, **ids, **sent)
        assert refused.status_code == 401 and refused.json() == FAILURE
    location = _consent(emulator, client_entity, _s256(verifier), "allow")
    code = parse_qs(urlsplit(location).query)["code"][0]
    good = token(
        emulator, grant_type="authorization_code", code=code, redirect_uri="http://127.0.0.1:9/cb", **ids
    )
    assert good.status_code == 200 and good.json()["access_token"]


def test_public_client_sending_a_wrong_secret_is_refused_while_leaving_it_out_works(
    emulator: Emulator, api: Client, client_entity: dict[str, str]
) -> None:
    api("PATCH", f"/api/now/table/oauth_entity/{client_entity['sys_id']}", json={"public_client": "true"})
    verifier = "p" * 50
    base = {
        "grant_type": "authorization_code",
        "client_id": client_entity["client_id"],
        "redirect_uri": "http://127.0.0.1:9/cb",
        "code_verifier": verifier,
    }
    location = _consent(emulator, client_entity, _s256(verifier), "allow")
    code = parse_qs(urlsplit(location).query)["code"][0]
    wrong = token(emulator, code=code, client_secret="not-the-secret", **base)
    assert wrong.status_code == 401 and wrong.json() == FAILURE
    location = _consent(emulator, client_entity, _s256(verifier), "allow")
    code = parse_qs(urlsplit(location).query)["code"][0]
    assert token(emulator, code=code, **base).status_code == 200


def test_bearer_token_is_refused_once_its_expiry_is_patched_into_the_past(
    emulator: Emulator, api: Client, client_entity: dict[str, str]
) -> None:
    ids = {"client_id": client_entity["client_id"], "client_secret": "cs"}
    body = token(emulator, grant_type="password", username="admin", password="admin", **ids).json()
    headers = {"Authorization": f"Bearer {body['access_token']}"}
    url = f"{emulator.url}/api/now/table/sys_user"
    assert requests.get(url, headers=headers, timeout=10).status_code == 200  # the token is now cached
    [access] = emulator.query("oauth_credential", f"peer={client_entity['sys_id']}^type=access_token")
    patched = api(
        "PATCH",
        f"/api/now/table/oauth_credential/{access['sys_id']}",
        json={"expires": "2020-01-01 00:00:00"},
    )
    assert patched.status_code == 200
    assert requests.get(url, headers=headers, timeout=10).status_code == 401
