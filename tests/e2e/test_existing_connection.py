"""A local instance that already has an active connection under the spoke's alias (an earlier manual
setup): `cdktf deploy` stops at plan time naming it and the two ways forward, writing nothing; with the
adopt option the deploy takes it over, leaving one active connection under the alias."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from servicenow_emulator.testing import Emulator, run_emulator
from spoke_app.workspace import Workspace
from tests.e2e.conftest import (
    INTEGRATION_PASSWORD,
    LOCAL_ADMIN_PASSWORD,
    REMOTE_ADMIN_PASSWORD,
    Deployment,
    needs_provider,
)

pytestmark = [pytest.mark.e2e, pytest.mark.slow, needs_provider]
WRITES = ("POST", "PUT", "PATCH", "DELETE")


def _create(emulator: Emulator, table: str, body: dict[str, str]) -> dict[str, str]:
    answer = requests.post(
        f"{emulator.url}/api/now/table/{table}",
        json=body,
        params={"sysparm_exclude_reference_link": "true"},
        auth=emulator.auth,
        timeout=10,
    )
    assert answer.status_code == 201, answer.text
    return answer.json()["result"]


@pytest.fixture(scope="module")
def manual_setup(
    tmp_path_factory: pytest.TempPathFactory, terraformrc: Path
) -> Iterator[tuple[Deployment, str]]:
    root = tmp_path_factory.mktemp("existing")
    with (
        run_emulator("remote", seed="spoke", admin_password=REMOTE_ADMIN_PASSWORD) as remote,
        run_emulator("local", seed="spoke", admin_password=LOCAL_ADMIN_PASSWORD) as local,
    ):
        alias = local.query("sys_alias", "name=ServiceNowRemoteInstance")[0]["sys_id"]
        credential = _create(local, "basic_auth_credentials", {"name": "Manual credential"})
        manual = _create(
            local,
            "http_connection",
            {"name": "Manual remote", "connection_alias": alias, "credential": credential["sys_id"],
             "connection_url": "https://old.example/"},
        )  # fmt: skip
        workspace = Workspace(
            root,
            root / "spoke.toml",
            terraformrc=terraformrc,
            secrets={
                "remote_admin_password": REMOTE_ADMIN_PASSWORD,
                "local_admin_password": LOCAL_ADMIN_PASSWORD,
                "local_integration_password": INTEGRATION_PASSWORD,
            },
        )
        (registry,) = local.query("oauth_entity", "name=RemoteSpoke")
        deployment = Deployment(remote, local, workspace, root / "spoke.toml", registry, "")
        deployment.write_config()
        yield deployment, manual["sys_id"]


def test_deploy_stops_before_writing_anything_naming_the_connection_and_the_ways_forward(
    manual_setup: tuple[Deployment, str],
) -> None:
    deployment, manual = manual_setup
    for emulator in (deployment.remote, deployment.local):
        emulator.clear_requests()
    output = deployment.workspace.cdktf("deploy", check=False)
    # cdktf prefixes each line with the stack's name; terraform draws a box around the error.
    lines = [line.strip().removeprefix("spoke").replace("│", " ") for line in output.splitlines()]
    flat = " ".join(" ".join(lines).split())
    assert f"already has the active connection 'Manual remote' (http_connection {manual})" in flat, flat[
        -3000:
    ]
    assert f'adopt_remote_connection = "{manual}"' in flat
    # (cdktf's output follows an address with its construct path in parentheses.)
    pattern = (
        rf"terraform import servicenow_http_connection\.Spoke_RemoteConnection_1FE7A21A (\([^)]*\) )?{manual}"
    )
    assert re.search(pattern, flat), flat[-3000:]
    writes = [r for e in (deployment.remote, deployment.local) for r in e.requests() if r["method"] in WRITES]
    assert writes == []


def test_with_the_adopt_option_the_deploy_takes_the_connection_over_and_destroy_removes_it(
    manual_setup: tuple[Deployment, str],
) -> None:
    deployment, manual = manual_setup
    local = deployment.local
    deployment.write_config(adopt_remote_connection=manual)
    deployment.workspace.cdktf("deploy")
    alias = local.query("sys_alias", "name=ServiceNowRemoteInstance")[0]["sys_id"]
    active = local.query("http_connection", f"connection_alias={alias}^active=true")
    assert [c["sys_id"] for c in active] == [manual]  # one active connection: the adopted one
    assert (
        active[0]["name"] == "Remote Connection"
        and active[0]["connection_url"] == f"{deployment.remote.url}/"
    )
    assert "No changes." in deployment.workspace.cdktf("diff")
    deployment.workspace.cdktf("destroy")
    assert local.get_record("http_connection", manual) is None
