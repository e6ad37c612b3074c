"""Least privilege on the client-credentials path (CI): the spoke deploys, authorizes without a browser,
verifies and destroys with the real cdktf CLI as users holding exactly the roles the README lists, on
both instances; a remote user without `admin` deploys when an admin set the instance-wide property
beforehand (`client_credentials_property = false`), and fails naming the role when the stack must set it.

(The authorization-code path: tests/provider/test_least_privilege.py.)"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from servicenow_emulator.testing import Emulator, run_emulator
from spoke_app.config import render_config
from spoke_app.workspace import CdktfError, Workspace
from spoke_cli.authorize import authorize
from spoke_cli.target import resolve
from spoke_cli.verify import verify
from tests.e2e.conftest import INTEGRATION_PASSWORD, needs_provider
from tests.provider.helpers import admin_session, create_user

pytestmark = [pytest.mark.e2e, pytest.mark.slow, needs_provider]

STACK = "spoke"
DEPLOYER = "spoke.deployer"
DEPLOYER_PASSWORD = "Deployer-CI-Pass-2026"
#: The README's table ("Roles the deploying users need"), client-credentials path.
REMOTE_ROLES = ("admin",)
LOCAL_ROLES = ("oauth_admin", "connection_admin")
#: With `client_credentials_property = false` (an admin set the property once), the remote needs only this.
REMOTE_ROLES_PROPERTY_SET = ("oauth_admin",)
PROPERTY = "glide.oauth.inbound.client.credential.grant_type.enabled"
CI = {"default_grant_type": "client_credentials", "oauth_application_user": "spoke.ci"}
WRITES = ("POST", "PUT", "PATCH", "DELETE")


class Pair:
    def __init__(self, root: Path, terraformrc: Path, remote: Emulator, local: Emulator) -> None:
        self.remote, self.local = remote, local
        self.config = root / "spoke.toml"
        self.workspace = Workspace(
            root,
            self.config,
            terraformrc=terraformrc,
            secrets={
                "remote_admin_password": DEPLOYER_PASSWORD,
                "local_admin_password": DEPLOYER_PASSWORD,
                "local_integration_password": INTEGRATION_PASSWORD,
            },
        )

    def users(self, remote_roles: tuple[str, ...], local_roles: tuple[str, ...]) -> None:
        """The deploying user on each instance (same name, different roles), and the remote user that
        becomes the endpoint's OAuth Application User (a precondition made by an admin)."""
        create_user(self.remote.url, DEPLOYER, DEPLOYER_PASSWORD, remote_roles)
        create_user(self.local.url, DEPLOYER, DEPLOYER_PASSWORD, local_roles)
        create_user(self.remote.url, "spoke.ci", "Spoke-CI-User-Pass-1")

    def write_config(self, **options: object) -> None:
        self.config.write_text(
            render_config(
                stack=STACK,
                remote_url=self.remote.url,
                local_url=self.local.url,
                admin_username=DEPLOYER,
                local_user_name="spoke.integration",
                state_dir="state",
                options={**CI, **options},
            )
        )

    def writers(self) -> set[str]:
        """Who made the Table API writes (the token requests of `authorize` are not Table API writes)."""
        return {
            r["user"]
            for e in (self.remote, self.local)
            for r in e.requests()
            if r["method"] in WRITES and r["path"].startswith("/api/now/table/")
        }


@pytest.fixture
def pair(tmp_path: Path, terraformrc: Path) -> Iterator[Pair]:
    with run_emulator("remote", seed="spoke") as remote, run_emulator("local", seed="spoke") as local:
        yield Pair(tmp_path / "work", terraformrc, remote, local)


def test_the_ci_path_deploys_authorizes_verifies_and_destroys_as_users_with_only_the_listed_roles(
    pair: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    pair.users(REMOTE_ROLES, LOCAL_ROLES)
    pair.write_config()
    [registry_before] = pair.local.query("oauth_entity", "name=RemoteSpoke")
    [profile_before] = pair.local.query("oauth_entity_profile", "name=RemoteSpoke default_profile")
    pair.remote.clear_requests()
    pair.local.clear_requests()
    out = pair.workspace.cdktf("deploy")
    assert "Apply complete! Resources: 9 added" in out, out[-3000:]
    assert pair.writers() == {DEPLOYER}  # every write was made as the deploying users
    [prop] = pair.remote.query("sys_properties", f"name={PROPERTY}")
    assert prop["value"] == "true" and prop["sys_created_by"] == DEPLOYER
    [endpoint] = pair.remote.query("oauth_entity", "type=client")
    [ci_user] = pair.remote.query("sys_user", "user_name=spoke.ci")
    assert endpoint["user"] == ci_user["sys_id"]
    assert "No changes." in pair.workspace.cdktf("diff")

    # `spoke authorize` (client credentials, no browser) and `spoke verify` log in as the same users.
    monkeypatch.setenv("TF_VAR_remote_admin_password", DEPLOYER_PASSWORD)
    monkeypatch.setenv("TF_VAR_local_admin_password", DEPLOYER_PASSWORD)
    target = resolve(config=pair.config)
    said = io.StringIO()

    def no_browser(url: str) -> None:
        raise AssertionError(f"the client-credentials path opened a browser: {url}")

    assert authorize(target, timeout=20, interval=0.05, opener=no_browser, out=said) == 0, said.getvalue()
    report = io.StringIO()
    assert verify(target, out=report) == 0, report.getvalue()
    assert report.getvalue().endswith("8 passed, 0 failed: the spoke works\n")

    pair.workspace.cdktf("destroy")
    assert pair.writers() == {DEPLOYER}
    assert pair.remote.query("oauth_entity", "type=client") == []
    assert pair.local.query("http_connection") == [] and pair.local.query("discovery_credentials") == []
    assert pair.local.query("oauth_credential") == []  # the credential's token went with it
    [registry] = pair.local.query("oauth_entity", "name=RemoteSpoke")
    [profile] = pair.local.query("oauth_entity_profile", "name=RemoteSpoke default_profile")
    assert registry_before["client_secret"] == ""  # given back blank: the deleted endpoint's is gone
    for column in ("client_id", "client_secret", "default_grant_type", "auth_url", "token_url"):
        assert registry[column] == registry_before[column], column
    assert profile["grant_type"] == profile_before["grant_type"] == "authorization_code"  # restored
    # Instance-wide and shared by every pair on the remote: kept (client_credentials_property_on_destroy).
    assert pair.remote.query("sys_properties", f"name={PROPERTY}")[0]["value"] == "true"


def test_with_the_property_set_by_an_admin_the_remote_user_needs_only_oauth_admin(pair: Pair) -> None:
    pair.users(REMOTE_ROLES_PROPERTY_SET, LOCAL_ROLES)
    session = admin_session(pair.remote.url)
    session.post(
        f"{pair.remote.url}/api/now/table/sys_properties",
        json={"name": PROPERTY, "value": "true", "type": "boolean"},
    ).raise_for_status()
    pair.write_config(client_credentials_property=False)
    pair.remote.clear_requests()
    pair.local.clear_requests()
    out = pair.workspace.cdktf("deploy")
    assert "Apply complete! Resources: 8 added" in out, out[-3000:]
    assert "No changes." in pair.workspace.cdktf("diff")
    pair.workspace.cdktf("destroy")
    assert pair.writers() == {DEPLOYER}
    assert pair.remote.query("oauth_entity", "type=client") == []
    assert pair.local.query("http_connection") == []


def test_a_remote_user_without_admin_is_told_the_property_needs_the_admin_role(pair: Pair) -> None:
    pair.users(REMOTE_ROLES_PROPERTY_SET, LOCAL_ROLES)
    pair.write_config()
    with pytest.raises(CdktfError) as failed:
        pair.workspace.cdktf("deploy")
    flat = " ".join(str(failed.value).replace("│", " ").split())
    assert "sys_properties" in flat and "lacks the role admin" in flat, flat[-3000:]
    assert pair.remote.query("sys_properties", f"name={PROPERTY}") == []
