"""Least privilege: the spoke deploys and destroys as users holding exactly the roles the README lists
(authorization-code path), and a missing role gets a diagnostic naming the role."""

from __future__ import annotations

import pytest

from servicenow_emulator.testing import Emulator
from tests.provider.conftest import TerraformRun
from tests.provider.helpers import create_user
from tests.provider.test_acceptance import BASIC_PASSWORD, spoke_config

pytestmark = pytest.mark.acceptance

#: The README's table, authorization-code path.
REMOTE_ROLES = ("oauth_admin",)
LOCAL_ROLES = ("oauth_admin", "connection_admin")
PASSWORD = "Deployer-Pass-2026"


def _config(remote: Emulator, local: Emulator) -> str:
    hcl = spoke_config(remote.url, local.url)
    # Without the admin-only marker record of the acceptance test.
    hcl = (
        hcl[: hcl.index('resource "servicenow_record" "marker"')]
        + hcl[hcl.index('output "endpoint_sys_id"') :]
    )
    first = hcl.index('username     = "admin"')
    hcl = hcl[:first] + 'username     = "remote.deployer"' + hcl[first + len('username     = "admin"') :]
    return hcl.replace('username     = "admin"', 'username     = "local.deployer"')


def _run(terraform: TerraformRun) -> None:
    terraform.env.update(TF_VAR_remote_password=PASSWORD, TF_VAR_local_password=PASSWORD,
                         TF_VAR_basic_password=BASIC_PASSWORD)  # fmt: skip


def test_the_spoke_deploys_and_destroys_as_users_with_only_the_listed_roles(
    emulator_pair: tuple[Emulator, Emulator], terraform: TerraformRun
) -> None:
    remote, local = emulator_pair
    create_user(remote.url, "remote.deployer", PASSWORD, REMOTE_ROLES)
    create_user(local.url, "local.deployer", PASSWORD, LOCAL_ROLES)
    [seeded] = local.query("oauth_entity", "name=RemoteSpoke")
    remote.clear_requests()
    local.clear_requests()
    _run(terraform)
    terraform.write(_config(remote, local))
    terraform.init()
    out = terraform.apply()
    assert "Apply complete! Resources: 6 added" in out.stdout
    assert {r["user"] for r in remote.requests() + local.requests() if r["user"]} == {
        "remote.deployer",
        "local.deployer",
    }
    assert terraform.plan().returncode == 0  # no changes
    terraform.destroy()
    assert remote.query("oauth_entity", "type=client") == []
    assert local.query("http_connection", "") == [] and local.query("discovery_credentials", "") == []
    after = local.get_record("oauth_entity", seeded["sys_id"])
    assert (after["client_id"], after["client_secret"]) == ("", "")  # restored, blank as before


@pytest.mark.parametrize(
    ("instance", "roles", "named"),
    [
        ("local", ("connection_admin",), "lacks the role oauth_admin"),
        ("local", ("oauth_admin",), "lacks the role connection_admin (or credential_admin)"),
        ("remote", (), "oauth_admin"),
    ],
)
def test_a_missing_role_is_named_in_the_diagnostic(
    emulator_pair: tuple[Emulator, Emulator], terraform: TerraformRun, instance: str, roles: tuple, named: str
) -> None:
    remote, local = emulator_pair
    create_user(remote.url, "remote.deployer", PASSWORD, roles if instance == "remote" else REMOTE_ROLES)
    create_user(local.url, "local.deployer", PASSWORD, roles if instance == "local" else LOCAL_ROLES)
    _run(terraform)
    terraform.write(_config(remote, local))
    terraform.init()
    out = terraform.apply(check=False)
    assert out.returncode != 0
    assert named in out.stderr, out.stderr
    assert "profile not found" not in out.stderr.lower()
