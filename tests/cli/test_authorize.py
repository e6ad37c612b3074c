"""`authorize`: the authorization-code flow end to end between two emulators, and each failure's message."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import requests

from servicenow_emulator.testing import Emulator, wait_until
from spoke_cli.__main__ import main
from spoke_cli.authorize import authorize
from spoke_cli.target import Target, resolve

from .helpers import CLIENT_SECRET, LOCAL_PASSWORD, REMOTE_PASSWORD, Deployed, browser, patch

ROOT = Path(__file__).resolve().parents[2]


def _target(deployed: Deployed) -> Target:
    return resolve(config=deployed.config)


def _run(target: Target, opener: object = None, timeout: float = 10.0) -> tuple[int, str]:
    out = io.StringIO()
    code = authorize(target, timeout=timeout, interval=0.02, opener=opener, out=out)  # type: ignore[arg-type]
    return code, out.getvalue()


def _tokens(local: Emulator, credential: str) -> dict[str, dict[str, str]]:
    return {
        t["type"]: t
        for t in local.query("oauth_credential", f"oauth_requestor_profile.oauth_requestor={credential}")
    }


def _assert_no_secret(text: str) -> None:
    for secret in (REMOTE_PASSWORD, LOCAL_PASSWORD, CLIENT_SECRET):
        assert secret not in text


def test_authorize_drives_get_oauth_token_and_returns_once_the_token_is_in_the_local_instance(
    deployed: Deployed,
) -> None:
    opener = browser(deployed.local, deployed.remote)
    code, out = _run(_target(deployed), opener)
    assert code == 0, out
    assert "Token received" in out
    credential = deployed.outputs["oauth_credential_sys_id"]
    tokens = _tokens(deployed.local, credential)
    assert set(tokens) == {"access_token", "refresh_token"}
    requestor = deployed.local.get_record(
        "oauth_requestor_profile", tokens["access_token"]["oauth_requestor_profile"]
    )
    assert requestor["oauth_entity_profile"] == deployed.outputs["profile_sys_id"]
    # The URL it opened is the local "Get OAuth Token" URL of the deployed credential and profile.
    first = opener.pages[0]  # type: ignore[attr-defined]
    assert first.history[0].url.startswith(f"{deployed.local.url}/oauth_initiator.do?")
    assert f"oauth_requestor={credential}" in first.history[0].url
    assert "OAuth token flow completed successfully" in opener.pages[-1].text  # type: ignore[attr-defined]
    # The token works on the remote's Table API.
    access = deployed.local.decrypt(tokens["access_token"]["token"])
    answer = requests.get(
        f"{deployed.remote.url}/api/now/table/sys_user",
        headers={"Authorization": f"Bearer {access}"},
        params={"sysparm_limit": "1"},
        timeout=10,
    )
    assert answer.status_code == 200
    _assert_no_secret(out)
    assert access not in out


def test_authorize_command_prints_the_url_without_a_browser_and_waits_for_the_token(
    deployed: Deployed,
) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), DISPLAY="", WAYLAND_DISPLAY="")
    args = [sys.executable, "-m", "spoke_cli", "authorize", "--config", str(deployed.config), "--no-browser"]
    process = subprocess.Popen(
        [*args, "--timeout", "30", "--interval", "0.05"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        assert process.stdout is not None
        lines: list[str] = []
        url: list[str] = []

        def read() -> None:
            for line in process.stdout:  # type: ignore[union-attr]
                lines.append(line)
                if "/oauth_initiator.do?" in line and not url:
                    url.append(line.strip())

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        assert wait_until(lambda: bool(url), timeout=20), "".join(lines)
        browser(deployed.local, deployed.remote)(url[0]).join(20)  # type: ignore[attr-defined]
        assert process.wait(30) == 0, "".join(lines)
        reader.join(10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(10)
    text = "".join(lines)
    assert "Token received" in text and "open the URL yourself" in text
    _assert_no_secret(text)
    assert set(_tokens(deployed.local, deployed.outputs["oauth_credential_sys_id"])) == {
        "access_token",
        "refresh_token",
    }


def test_authorize_reports_consent_refused_when_the_remote_user_clicks_deny(deployed: Deployed) -> None:
    code, out = _run(_target(deployed), browser(deployed.local, deployed.remote, action="deny"))
    assert code == 1
    assert "error: consent refused" in out and "access_denied" in out
    assert "fix: run authorize again" in out and "click Allow" in out
    assert _tokens(deployed.local, deployed.outputs["oauth_credential_sys_id"]) == {}


def test_authorize_reports_wrong_client_secret_when_the_remote_refuses_the_code_exchange(
    deployed: Deployed,
) -> None:
    registry = deployed.outputs["registry_sys_id"]
    patch(
        deployed.local, "oauth_entity", registry, {"client_secret": "not-the-endpoint-secret"}, display=True
    )
    code, out = _run(_target(deployed), browser(deployed.local, deployed.remote))
    assert code == 1
    assert "error: wrong client secret" in out and "HTTP 401" in out
    assert "fix: the RemoteSpoke registry's client secret must be the remote endpoint's" in out
    assert "not-the-endpoint-secret" not in out
    _assert_no_secret(out)


def _break_pkce(deployed: Deployed) -> None:
    # The remote endpoint requires PKCE; the local registry does not send a code challenge.
    patch(
        deployed.remote, "oauth_entity", deployed.outputs["remote_endpoint_sys_id"], {"public_client": "true"}
    )


def test_authorize_reports_pkce_mismatch_before_opening_the_browser(deployed: Deployed) -> None:
    _break_pkce(deployed)
    opener = browser(deployed.local, deployed.remote)
    code, out = _run(_target(deployed), opener)
    assert code == 1
    assert "error: PKCE mismatch" in out and "requires PKCE (S256)" in out
    assert "fix: give both the same setting: pkce_required" in out
    assert opener.threads == []  # type: ignore[attr-defined]


def test_authorize_reports_pkce_mismatch_sent_back_by_the_remote_during_the_flow(
    deployed: Deployed, monkeypatch: pytest.MonkeyPatch
) -> None:
    _break_pkce(deployed)
    monkeypatch.delenv("TF_VAR_remote_admin_password")  # the remote cannot be checked beforehand
    opener = browser(deployed.local, deployed.remote)
    code, out = _run(_target(deployed), opener)
    assert code == 1
    assert "note: TF_VAR_remote_admin_password is not set" in out
    assert "error: PKCE mismatch" in out and "code_challenge" in out
    # The remote sent the error back to the local /oauth_redirect.do, which logged it in syslog.
    assert "/oauth_redirect.do" in opener.pages[-1].url  # type: ignore[attr-defined]
    logged = deployed.local.query("syslog", "source=OAuth")
    assert len(logged) == 1 and "error=invalid_request" in logged[0]["message"]


def test_authorize_reports_redirect_url_mismatch_before_opening_the_browser(deployed: Deployed) -> None:
    endpoint = deployed.outputs["remote_endpoint_sys_id"]
    patch(
        deployed.remote,
        "oauth_entity",
        endpoint,
        {"redirect_url": "https://elsewhere.example/oauth_redirect.do"},
    )
    code, out = _run(_target(deployed), browser(deployed.local, deployed.remote))
    assert code == 1
    assert "error: redirect URL mismatch" in out and "https://elsewhere.example/oauth_redirect.do" in out
    assert f"fix: set the endpoint's Redirect URL to {deployed.local.url}/oauth_redirect.do" in out


def test_authorize_reports_remote_endpoint_inactive_before_opening_the_browser(deployed: Deployed) -> None:
    patch(deployed.remote, "oauth_entity", deployed.outputs["remote_endpoint_sys_id"], {"active": "false"})
    code, out = _run(_target(deployed), browser(deployed.local, deployed.remote))
    assert code == 1
    assert "error: remote endpoint inactive" in out and "fix: set Active on the endpoint" in out


@pytest.mark.parametrize(
    ("change", "page_error", "cause"),
    [
        (
            {"redirect_url": "https://elsewhere.example/oauth_redirect.do"},
            "Invalid redirect_uri",
            "redirect URL mismatch",
        ),
        ({"active": "false"}, "Invalid client_id", "remote endpoint inactive"),
    ],
)
def test_authorize_times_out_on_a_remote_error_page_and_then_names_the_cause(
    deployed: Deployed, monkeypatch: pytest.MonkeyPatch, change: dict[str, str], page_error: str, cause: str
) -> None:
    # The flow starts while the endpoint is fine; it breaks before the person gets to the remote.
    opener = browser(deployed.local, deployed.remote)

    def break_then_open(url: str) -> None:
        patch(deployed.remote, "oauth_entity", deployed.outputs["remote_endpoint_sys_id"], change)
        opener(url).join(10)  # type: ignore[attr-defined]

    code, out = _run(_target(deployed), break_then_open, timeout=0.5)
    assert code == 1
    assert page_error in opener.pages[-1].text  # type: ignore[attr-defined]  # what the person sees
    assert "error: timeout" in out and "probable cause" in out and f"error: {cause}" in out


def test_authorize_times_out_with_the_fix_when_nobody_completes_the_login(
    deployed: Deployed, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TF_VAR_remote_admin_password")
    code, out = _run(_target(deployed), lambda url: None, timeout=0.3)
    assert code == 1
    assert "error: timeout: no token reached the local instance within 0.3 s" in out
    assert "nobody completed the login and consent in time" in out
    assert "Without TF_VAR_remote_admin_password the remote endpoint cannot be checked" in out
    assert "fix: run authorize again" in out


def test_authorize_command_exits_2_naming_the_missing_password_variable(
    deployed: Deployed, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("TF_VAR_local_admin_password")
    assert main(["authorize", "--config", str(deployed.config), "--no-browser", "--timeout", "1"]) == 2
    err = capsys.readouterr().err
    assert "TF_VAR_local_admin_password is not set" in err and "export TF_VAR_local_admin_password=" in err


def test_authorize_reports_a_pkce_method_mismatch_the_remote_sends_back(
    deployed: Deployed, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Both require PKCE, but the registry uses plain while the endpoint requires S256.
    o = deployed.outputs
    patch(deployed.remote, "oauth_entity", o["remote_endpoint_sys_id"], {"public_client": "true"})
    patch(
        deployed.local,
        "oauth_entity",
        o["registry_sys_id"],
        {"public_client": "true", "code_challenge_method": "plain"},
    )
    code, out = _run(_target(deployed), browser(deployed.local, deployed.remote))
    assert code == 1 and "error: PKCE mismatch" in out and "sends plain" in out  # found beforehand
    monkeypatch.delenv("TF_VAR_remote_admin_password")
    code, out = _run(_target(deployed), browser(deployed.local, deployed.remote))
    assert code == 1 and "error: PKCE mismatch" in out and "requires S256" in out  # sent back by the remote


def test_authorize_counts_an_access_token_renewed_in_place_as_the_new_token(deployed: Deployed) -> None:
    # ServiceNow may update the credential's oauth_credential record instead of making a new one: the
    # same sys_id with a new expiry must end the wait as well.
    code, out = _run(_target(deployed), browser(deployed.local, deployed.remote))
    assert code == 0, out
    credential = deployed.outputs["oauth_credential_sys_id"]
    access = _tokens(deployed.local, credential)["access_token"]

    def renew_in_place(url: str) -> None:
        patch(deployed.local, "oauth_credential", access["sys_id"], {"expires": "2099-01-01 00:00:00"})

    code, out = _run(_target(deployed), renew_in_place, timeout=3)
    assert code == 0, out
    assert "Token received" in out and "timeout" not in out
    assert _tokens(deployed.local, credential)["access_token"]["sys_id"] == access["sys_id"]
