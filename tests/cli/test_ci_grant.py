"""The non-interactive path for CI: the client credentials grant, no browser, then `verify` passes."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest
from werkzeug.wrappers import Response

from servicenow_emulator.testing import Emulator
from spoke_cli.authorize import authorize
from spoke_cli.target import resolve
from spoke_cli.verify import verify

from .helpers import Deployed, create, deploy_records, front, patch, write_stack

PROPERTY = "glide.oauth.inbound.client.credential.grant_type.enabled"


def _enable_client_credentials(
    remote: Emulator, endpoint: str, *, prop: bool = True, user: bool = True
) -> None:
    """What the spoke sets up on the remote for this grant (Washington DC and later): the property
    (``ClientCredentialsProperty``) and the endpoint's user (``oauth_application_user``). These tests
    deploy the records through the Table API (helpers.deploy_records), not with cdktf."""
    if prop:
        create(remote, "sys_properties", {"name": PROPERTY, "value": "true", "type": "boolean"})
    if user:
        integration = create(
            remote, "sys_user", {"user_name": "spoke.ci", "user_password": "ci-user-pw"}, display=True
        )
        patch(remote, "oauth_entity", endpoint, {"user": integration["sys_id"]})


@pytest.fixture
def ci_deployed(pair: tuple[Emulator, Emulator], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Deployed:
    remote, local = pair
    outputs = deploy_records(remote, local, grant="client_credentials")
    config, state = write_stack(tmp_path, remote, local, outputs)
    monkeypatch.setenv("TF_VAR_remote_admin_password", remote.admin_password)
    monkeypatch.setenv("TF_VAR_local_admin_password", local.admin_password)
    return Deployed(remote, local, outputs, config, state)


def _authorize(deployed: Deployed) -> tuple[int, str]:
    out = io.StringIO()

    def no_browser(url: str) -> None:
        raise AssertionError("the client credentials grant must not open a browser")

    code = authorize(resolve(config=deployed.config), timeout=5, interval=0.02, opener=no_browser, out=out)
    return code, out.getvalue()


def test_the_grant_comes_from_the_profile_not_from_the_registry(
    pair: tuple[Emulator, Emulator], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A registry set to client credentials whose profile still says authorization_code is the browser
    flow: the instance does not sync them, so the stack must set the profile (ProfileGrantType)."""
    remote, local = pair
    outputs = deploy_records(remote, local)
    patch(local, "oauth_entity", outputs["registry_sys_id"], {"default_grant_type": "client_credentials"})
    profile = local.get_record("oauth_entity_profile", outputs["profile_sys_id"])
    assert profile is not None and profile["grant_type"] == "authorization_code"
    config, _state = write_stack(tmp_path, remote, local, outputs)
    monkeypatch.setenv("TF_VAR_remote_admin_password", remote.admin_password)
    monkeypatch.setenv("TF_VAR_local_admin_password", local.admin_password)
    _enable_client_credentials(remote, outputs["remote_endpoint_sys_id"])
    opened: list[str] = []
    out = io.StringIO()
    code = authorize(resolve(config=config), timeout=0.2, interval=0.02, opener=opened.append, out=out)
    assert code == 1  # nobody logs in to the remote in the opened browser
    assert len(opened) == 1 and "/oauth_initiator.do?" in opened[0], out.getvalue()
    assert "client credentials grant" not in out.getvalue()
    assert remote.query("oauth_credential", "") == []  # no token without a person in the browser


def test_ci_path_gets_the_token_without_a_browser_and_verify_passes(ci_deployed: Deployed) -> None:
    _enable_client_credentials(ci_deployed.remote, ci_deployed.outputs["remote_endpoint_sys_id"])
    code, out = _authorize(ci_deployed)
    assert code == 0, out
    assert "client credentials grant" in out and "Token received" in out
    tokens = ci_deployed.local.query(
        "oauth_credential",
        f"oauth_requestor_profile.oauth_requestor={ci_deployed.outputs['oauth_credential_sys_id']}",
    )
    assert [t["type"] for t in tokens] == ["access_token"]  # client credentials: no refresh token
    report = io.StringIO()
    assert verify(resolve(config=ci_deployed.config), out=report) == 0, report.getvalue()
    assert report.getvalue().count("PASS") == 8


@pytest.mark.parametrize(
    ("prop", "user", "cause", "fix"),
    [
        (
            False,
            True,
            "client credentials grant disabled on the remote",
            "fix: set default_grant_type='client_credentials' on the spoke",
        ),
        (
            True,
            False,
            "no OAuth Application User on the remote endpoint",
            "fix: set oauth_application_user on the spoke",
        ),
    ],
)
def test_ci_path_names_what_the_remote_lacks_before_asking_for_a_token(
    ci_deployed: Deployed, prop: bool, user: bool, cause: str, fix: str
) -> None:
    _enable_client_credentials(
        ci_deployed.remote, ci_deployed.outputs["remote_endpoint_sys_id"], prop=prop, user=user
    )
    code, out = _authorize(ci_deployed)
    assert code == 1
    assert f"error: {cause}" in out and fix in out
    assert ci_deployed.remote.query("oauth_credential", "") == []  # no token was asked for


def test_ci_path_without_the_remote_login_reports_the_refused_grant_from_the_local_syslog(
    ci_deployed: Deployed, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TF_VAR_remote_admin_password")
    code, out = _authorize(ci_deployed)  # the remote lacks the property and the application user
    assert code == 1
    assert "error: wrong client secret" in out and "HTTP 401" in out
    assert "client credentials grant is not enabled" in out


def test_ci_path_reports_wrong_client_secret(ci_deployed: Deployed) -> None:
    _enable_client_credentials(ci_deployed.remote, ci_deployed.outputs["remote_endpoint_sys_id"])
    registry = ci_deployed.outputs["registry_sys_id"]
    patch(ci_deployed.local, "oauth_entity", registry, {"client_secret": "wrong-secret-value"}, display=True)
    code, out = _authorize(ci_deployed)
    assert code == 1
    assert "error: wrong client secret" in out and "wrong-secret-value" not in out


LOGIN_PAGE = (
    "<html><head><title>Log in</title></head><body><form method='post' action='/login.do'>"
    "<input type='text' name='user_name'><input type='password' name='user_password'></form></body></html>"
)


@pytest.mark.parametrize(
    ("answer", "words"),
    [
        (
            Response(status=302, headers={"Location": "https://sso.example/saml/login?SAMLRequest=abc"}),
            "answered HTTP 302, a redirect to https://sso.example/saml/login (a login or single sign-on",
        ),
        (Response(LOGIN_PAGE, status=200, content_type="text/html"), "answered HTTP 200 with a login page"),
        (
            Response(
                "<html><head><title>Forbidden</title></head><body><p>Security restricted</p></body></html>",
                status=403,
                content_type="text/html",
            ),
            "answered HTTP 403: Forbidden: Security restricted",
        ),
    ],
    ids=["sso-redirect", "login-page", "forbidden"],
)
def test_ci_path_fails_at_once_with_the_cause_when_the_local_initiator_does_not_start_the_flow(
    pair: tuple[Emulator, Emulator],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: Response,
    words: str,
) -> None:
    remote, local = pair
    with front(local, {"/oauth_initiator.do": answer}) as gateway:
        outputs = deploy_records(remote, gateway, grant="client_credentials")  # type: ignore[arg-type]
        config, _state = write_stack(tmp_path, remote, gateway, outputs)  # type: ignore[arg-type]
        monkeypatch.setenv("TF_VAR_remote_admin_password", remote.admin_password)
        monkeypatch.setenv("TF_VAR_local_admin_password", local.admin_password)
        _enable_client_credentials(remote, outputs["remote_endpoint_sys_id"])
        out = io.StringIO()
        started = time.monotonic()
        code = authorize(resolve(config=config), timeout=120, interval=0.02, out=out)
        elapsed = time.monotonic() - started
    text = out.getvalue()
    assert code == 1, text
    assert elapsed < 40, f"waited {elapsed:.1f} s instead of failing at once"
    assert "error: the local instance did not start Get OAuth Token:" in text
    assert words in text and "timeout" not in text
    assert "\n  fix: " in text
    assert "SAMLRequest" not in text and local.admin_password not in text
    assert remote.query("oauth_credential", "") == []  # no token was asked for


@pytest.mark.parametrize(
    ("break_it", "detail", "fix"),
    [
        ("property off", f"{PROPERTY} is not true", "set default_grant_type='client_credentials'"),
        ("user inactive", "is inactive or locked out", "activate the user 'spoke.ci'"),
        ("user cleared", "has no OAuth Application User", "set oauth_application_user on the spoke"),
    ],
)
def test_verify_fails_the_grant_check_when_the_remote_no_longer_allows_client_credentials(
    ci_deployed: Deployed, break_it: str, detail: str, fix: str
) -> None:
    """The CI path after a token was fetched: an admin switches the property off (or the user), out of
    band. The stored token may still work for a while; verify must say the next one will not come."""
    _enable_client_credentials(ci_deployed.remote, ci_deployed.outputs["remote_endpoint_sys_id"])
    code, out = _authorize(ci_deployed)
    assert code == 0, out
    remote = ci_deployed.remote
    if break_it == "property off":
        prop = remote.query("sys_properties", f"name={PROPERTY}")[0]
        patch(remote, "sys_properties", prop["sys_id"], {"value": "false"})
    elif break_it == "user inactive":
        user = remote.query("sys_user", "user_name=spoke.ci")[0]
        patch(remote, "sys_user", user["sys_id"], {"active": "false"})
    else:
        patch(remote, "oauth_entity", ci_deployed.outputs["remote_endpoint_sys_id"], {"user": ""})
    report = io.StringIO()
    assert verify(resolve(config=ci_deployed.config), out=report) == 1
    lines = report.getvalue().splitlines()
    index = next(
        i for i, line in enumerate(lines) if line.startswith("FAIL  remote allows the profile's grant")
    )
    assert detail in lines[index], lines[index]
    assert fix in lines[index + 1], lines[index + 1]
    assert lines[0].startswith("PASS  remote endpoint is active")
