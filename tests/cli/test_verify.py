"""`verify`: one PASS/FAIL line per link of the chain, against a healthy pair and each broken link."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
import requests

from servicenow_emulator.testing import Emulator
from spoke_cli.__main__ import main
from spoke_cli.authorize import authorize
from spoke_cli.target import resolve
from spoke_cli.verify import CHECK_NAMES, verify

from .helpers import CLIENT_SECRET, LOCAL_PASSWORD, REMOTE_PASSWORD, Deployed, browser, create, patch


@pytest.fixture
def authorized(deployed: Deployed) -> Deployed:
    """A deployed spoke that got its token through the browser flow."""
    out = io.StringIO()
    code = authorize(
        resolve(config=deployed.config),
        timeout=10,
        interval=0.02,
        opener=browser(deployed.local, deployed.remote),
        out=out,
    )
    assert code == 0, out.getvalue()
    return deployed


def _verify(deployed: Deployed) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = verify(resolve(config=deployed.config), out=out)
    return code, out.getvalue().splitlines()


def _status(lines: list[str]) -> dict[str, str]:
    """check name -> PASS or FAIL."""
    found = {}
    for line in lines:
        for name in CHECK_NAMES:
            if line[6:].startswith(name + ":"):
                found[name] = line[:4]
    return found


def test_verify_passes_every_check_of_a_healthy_pair_in_chain_order(authorized: Deployed) -> None:
    code, lines = _verify(authorized)
    assert code == 0, "\n".join(lines)
    assert [line[:4] for line in lines[:-1]] == ["PASS"] * 8
    assert [line[6:].split(":")[0] for line in lines[:-1]] == list(CHECK_NAMES)
    assert lines[-1] == "8 passed, 0 failed: the spoke works"
    assert "with the stored access token" in lines[7]
    text = "\n".join(lines)
    for secret in (REMOTE_PASSWORD, LOCAL_PASSWORD, CLIENT_SECRET):
        assert secret not in text


def _other_profile(d: Deployed) -> None:
    entity = create(d.local, "oauth_entity", {"name": "Other provider", "type": "oauth_provider"})
    profile = d.local.query("oauth_entity_profile", f"oauth_entity={entity['sys_id']}")[0]
    patch(
        d.local,
        "oauth_2_0_credentials",
        d.outputs["oauth_credential_sys_id"],
        {"oauth_entity_profile": profile["sys_id"]},
    )


def _revoke_on_remote(d: Deployed) -> None:
    for token in d.remote.query("oauth_credential", "type=access_token"):
        answer = requests.delete(
            f"{d.remote.url}/api/now/table/oauth_credential/{token['sys_id']}", auth=d.remote.auth, timeout=10
        )
        assert answer.status_code == 204


def _drop_local_tokens(d: Deployed) -> None:
    for token in d.local.query("oauth_credential", ""):
        requests.delete(
            f"{d.local.url}/api/now/table/oauth_credential/{token['sys_id']}", auth=d.local.auth, timeout=10
        )


BREAKS: dict[str, tuple[Callable[[Deployed], None], str, str, str]] = {
    # name: (break it, the failing check, words of the detail, words of the fix)
    "endpoint inactive": (
        lambda d: patch(d.remote, "oauth_entity", d.outputs["remote_endpoint_sys_id"], {"active": "false"}),
        CHECK_NAMES[0],
        "is inactive",
        "set Active on the endpoint",
    ),
    "endpoint redirect URL": (
        lambda d: patch(
            d.remote,
            "oauth_entity",
            d.outputs["remote_endpoint_sys_id"],
            {"redirect_url": "https://x.example/oauth_redirect.do"},
        ),
        CHECK_NAMES[0],
        "redirect URL mismatch",
        "set the endpoint's Redirect URL to",
    ),
    "registry token URL": (
        lambda d: patch(
            d.local,
            "oauth_entity",
            d.outputs["registry_sys_id"],
            {"token_url": "https://x.example/oauth_token.do"},
        ),
        CHECK_NAMES[2],
        "token_url is 'https://x.example/oauth_token.do'",
        "cdktf deploy",
    ),
    "registry client id": (
        lambda d: patch(d.local, "oauth_entity", d.outputs["registry_sys_id"], {"client_id": "someone-else"}),
        CHECK_NAMES[2],
        "client id is not the remote endpoint's",
        "cdktf deploy",
    ),
    "credential profile": (_other_profile, CHECK_NAMES[3], "uses profile", "cdktf deploy"),
    "remote connection inactive": (
        lambda d: patch(
            d.local, "http_connection", d.outputs["remote_connection_sys_id"], {"active": "false"}
        ),
        CHECK_NAMES[4],
        "it is inactive",
        "cdktf deploy",
    ),
    "remote connection URL": (
        lambda d: patch(
            d.local,
            "http_connection",
            d.outputs["remote_connection_sys_id"],
            {"connection_url": "https://x.example/"},
        ),
        CHECK_NAMES[4],
        "its URL is 'https://x.example/'",
        "cdktf deploy",
    ),
    "local connection alias": (
        lambda d: patch(
            d.local,
            "http_connection",
            d.outputs["local_connection_sys_id"],
            {"connection_alias": create(d.local, "sys_alias", {"name": "SomeOtherAlias"})["sys_id"]},
        ),
        CHECK_NAMES[5],
        "its alias is 'SomeOtherAlias'",
        "cdktf deploy",
    ),
    "no token": (_drop_local_tokens, CHECK_NAMES[6], "holds no unexpired token", "spoke_cli authorize"),
    "token revoked on the remote": (_revoke_on_remote, CHECK_NAMES[7], "answered 401", "spoke_cli authorize"),
}


@pytest.mark.parametrize("broken", list(BREAKS))
def test_verify_fails_the_broken_link_with_its_fix_and_exits_non_zero(
    authorized: Deployed, broken: str
) -> None:
    break_it, check, detail, fix = BREAKS[broken]
    break_it(authorized)
    code, lines = _verify(authorized)
    assert code == 1
    status = _status(lines)
    assert status[check] == "FAIL", "\n".join(lines)
    index = next(i for i, line in enumerate(lines) if line.startswith(f"FAIL  {check}:"))
    assert detail in lines[index], lines[index]
    assert lines[index + 1].startswith("      fix: ") and fix in lines[index + 1]
    # Links before the broken one still pass.
    for name in CHECK_NAMES[: CHECK_NAMES.index(check)]:
        if broken != "credential profile" or name != CHECK_NAMES[2]:
            assert status[name] == "PASS", "\n".join(lines)


def test_verify_refreshes_an_expired_access_token_as_the_spoke_would(authorized: Deployed) -> None:
    access = authorized.local.query("oauth_credential", "type=access_token")[0]
    patch(authorized.local, "oauth_credential", access["sys_id"], {"expires": "2020-01-01 00:00:00"})
    code, lines = _verify(authorized)
    assert code == 0, "\n".join(lines)
    assert "the refresh token is valid until" in lines[6]
    assert "with the refreshed access token" in lines[7]


def test_verify_without_the_remote_login_fails_the_endpoint_check_and_names_the_variable(
    authorized: Deployed, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TF_VAR_remote_admin_password")
    code, lines = _verify(authorized)
    assert code == 1
    assert lines[0].startswith(f"FAIL  {CHECK_NAMES[0]}: cannot read the remote instance")
    assert "export TF_VAR_remote_admin_password=" in lines[1]
    assert _status(lines)[CHECK_NAMES[7]] == "PASS"  # the token is still checked through the local instance


def test_verify_command_works_from_flags_alone_without_config_or_state(
    authorized: Deployed, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(authorized.config.parent.parent)
    o = authorized.outputs
    code = main(
        [
            "verify",
            "--no-config",
            "--local-url", authorized.local.url,
            "--remote-url", authorized.remote.url,
            "--credential", o["oauth_credential_sys_id"],
            "--endpoint", o["remote_endpoint_sys_id"],
        ]
    )  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0, out
    assert out.count("PASS") == 8


def test_verify_command_reads_the_records_from_the_stack_state_named_by_the_config(
    authorized: Deployed, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["verify", "--config", str(authorized.config), "--stack", "spoke-test"]) == 0
    assert capsys.readouterr().out.endswith("8 passed, 0 failed: the spoke works\n")


def test_verify_of_a_pair_nobody_authorized_fails_only_the_token_checks(deployed: Deployed) -> None:
    code, lines = _verify(deployed)
    assert code == 1
    status = _status(lines)
    assert [status[name] for name in CHECK_NAMES] == ["PASS"] * 6 + ["FAIL", "FAIL"]


def test_unknown_alias_lookups_fall_back_to_the_active_connection_of_each_alias(
    authorized: Deployed, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Only the URLs and the credential are known: connections are found under their alias names.
    o = authorized.outputs
    code = main(
        ["verify", "--no-config", "--local-url", authorized.local.url, "--remote-url", authorized.remote.url,
         "--credential", o["oauth_credential_sys_id"]]
    )  # fmt: skip
    assert code == 0, capsys.readouterr().out


def test_verify_with_the_remote_instance_down_fails_the_links_that_need_it(authorized: Deployed) -> None:
    authorized.remote.stop()
    code, lines = _verify(authorized)
    assert code == 1
    status = _status(lines)
    assert status[CHECK_NAMES[0]] == "FAIL" and "did not answer" in lines[0]
    assert status[CHECK_NAMES[7]] == "FAIL"
    call = next(i for i, line in enumerate(lines) if line.startswith(f"FAIL  {CHECK_NAMES[7]}"))
    assert "answered nothing" in lines[call] and "reachable from the local instance" in lines[call + 1]
    # The local links do not depend on the remote.
    assert [status[name] for name in CHECK_NAMES[3:7]] == ["PASS"] * 4


def _delete(emulator: Emulator, table: str, sys_id: str) -> None:
    answer = requests.delete(f"{emulator.url}/api/now/table/{table}/{sys_id}", auth=emulator.auth, timeout=10)
    assert answer.status_code == 204, answer.text


def test_verify_fails_the_reference_check_with_its_fix_when_the_profile_exists_but_its_registry_does_not(
    deployed: Deployed, capsys: pytest.CaptureFixture[str]
) -> None:
    registry = deployed.outputs["registry_sys_id"]
    _delete(deployed.local, "oauth_entity", registry)
    code = main(["verify", "--config", str(deployed.config)])
    out = capsys.readouterr().out
    assert code == 1, out
    lines = out.splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith(f"FAIL  {CHECK_NAMES[3]}:"))
    assert f"belongs to the application registry {registry}, which does not exist" in lines[index]
    assert "fix: activate the Remote Instance spoke on the local instance" in lines[index + 1]
    assert _status(lines)[CHECK_NAMES[2]] == "FAIL"
    assert lines[-1].endswith("failed")  # every check ran and the summary was printed


def test_authorize_stops_before_the_flow_when_the_profile_exists_but_its_registry_does_not(
    deployed: Deployed,
) -> None:
    _delete(deployed.local, "oauth_entity", deployed.outputs["registry_sys_id"])
    out = io.StringIO()
    opener = browser(deployed.local, deployed.remote)
    code = authorize(resolve(config=deployed.config), timeout=5, interval=0.02, opener=opener, out=out)
    assert code == 1
    assert (
        "which does not exist" in out.getvalue()
        and "fix: activate the Remote Instance spoke" in out.getvalue()
    )
    assert opener.threads == []  # type: ignore[attr-defined]


def _rename_aliases(d: Deployed) -> None:
    for old, new in (
        ("ServiceNowRemoteInstance", "Corp Remote"),
        ("ServiceNowRemoteInstanceLocalAlias", "Corp Local"),
    ):
        alias = d.local.query("sys_alias", f"name={old}")[0]
        patch(d.local, "sys_alias", alias["sys_id"], {"name": new})


def test_verify_checks_the_aliases_and_connection_url_the_config_options_name(
    authorized: Deployed,
) -> None:
    # The spoke deployed with remote_alias_name, local_alias_name and local_connection_url options.
    _rename_aliases(authorized)
    local_url = f"{authorized.local.url}/integration/"
    patch(
        authorized.local,
        "http_connection",
        authorized.outputs["local_connection_sys_id"],
        {"connection_url": local_url},
    )
    text = authorized.config.read_text()
    authorized.config.write_text(
        text + f'[pair.options]\nremote_alias_name = "Corp Remote"\nlocal_alias_name = "Corp Local"\n'
        f'local_connection_url = "{local_url}"\nregistry_name = "RemoteSpoke"\n'
    )
    out = io.StringIO()
    code = verify(resolve(config=authorized.config), out=out)
    lines = out.getvalue().splitlines()
    assert code == 0, out.getvalue()
    assert lines[4].startswith("PASS  remote connection is active under Corp Remote:")
    assert lines[5].startswith("PASS  local connection is active under Corp Local:")
    # Without the options, the defaults no longer match what was deployed.
    authorized.config.write_text(text)
    code, lines = _verify(authorized)
    assert code == 1
    assert "its alias is 'Corp Local'" in "\n".join(lines)


def test_verify_without_a_config_takes_the_names_from_flags(
    authorized: Deployed, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _rename_aliases(authorized)
    monkeypatch.chdir(authorized.config.parent.parent)
    args = [
        "verify",
        "--no-config",
        "--local-url",
        authorized.local.url,
        "--remote-url",
        authorized.remote.url,
    ]
    args += ["--credential", authorized.outputs["oauth_credential_sys_id"]]
    assert main(args) == 1  # the connections are looked up under the default alias names
    assert "no HTTP(s) connection under ServiceNowRemoteInstance" in capsys.readouterr().out
    code = main([*args, "--remote-alias", "Corp Remote", "--local-alias", "Corp Local"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "PASS  local connection is active under Corp Local" in out


def _token_of_another_credential(d: Deployed) -> None:
    """Out of band: the tokens the local instance holds now belong to another credential of the same
    profile (an earlier manual setup's, say); the deployed credential has none."""
    other = create(
        d.local,
        "oauth_2_0_credentials",
        {
            "name": "Earlier manual setup",
            "oauth_entity_profile": d.outputs["profile_sys_id"],
            "active": "false",
        },
    )
    for requestor in d.local.query("oauth_requestor_profile", ""):
        patch(d.local, "oauth_requestor_profile", requestor["sys_id"], {"oauth_requestor": other["sys_id"]})


def test_verify_fails_the_token_check_when_the_stored_token_was_issued_for_another_credential(
    authorized: Deployed,
) -> None:
    _token_of_another_credential(authorized)
    code, lines = _verify(authorized)
    assert code == 1
    index = next(i for i, line in enumerate(lines) if line.startswith(f"FAIL  {CHECK_NAMES[6]}:"))
    assert "were issued for another credential" in lines[index], lines[index]
    assert "spoke_cli authorize" in lines[index + 1]
    assert [_status(lines)[name] for name in CHECK_NAMES[:6]] == ["PASS"] * 6


@pytest.mark.parametrize(
    ("break_it", "registry_detail", "registry_fix"),
    [
        ("delete", "matches no OAuth API endpoint on", "run `cdktf deploy` again: it creates the endpoint"),
        ("deactivate", "belongs to the inactive OAuth API endpoint", "set Active on that endpoint"),
    ],
)
def test_verify_fails_the_registry_check_on_its_own_when_the_endpoint_its_client_id_names_is_gone_or_inactive(
    authorized: Deployed, break_it: str, registry_detail: str, registry_fix: str
) -> None:
    """The registry link fails by itself, whichever way the endpoint is found (from the stack's outputs or
    by the client id): not only the endpoint check or the final call notices."""
    endpoint = authorized.outputs["remote_endpoint_sys_id"]
    if break_it == "delete":
        _delete(authorized.remote, "oauth_entity", endpoint)
    else:
        patch(authorized.remote, "oauth_entity", endpoint, {"active": "false"})
    code, lines = _verify(authorized)
    assert code == 1
    status = _status(lines)
    assert status[CHECK_NAMES[0]] == "FAIL" and status[CHECK_NAMES[2]] == "FAIL"
    index = next(i for i, line in enumerate(lines) if line.startswith(f"FAIL  {CHECK_NAMES[2]}:"))
    assert registry_detail in lines[index], lines[index]
    assert registry_fix in lines[index + 1], lines[index + 1]
    assert status[CHECK_NAMES[3]] == "PASS"  # the local references are intact
