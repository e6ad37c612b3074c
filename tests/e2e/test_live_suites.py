"""The opt-in suites for real instances (tests/live), pointed at two emulators as if they were real: each
emulator a process of its own, reached only through the SPOKE_LIVE_* variables of a separate pytest run.

Proves: with SPOKE_LIVE unset every live test is skipped; with a variable missing nothing runs and the
error names it; with the variables (`admin` on the remote, a user holding only the authorization-code
roles on the local instance, as the README says), both suites pass, and afterwards both instances hold
exactly what they held before (records of other people included), except the adopted RemoteSpoke
registry's update stamps and client secret; every write of the run was made as the given users, no
record that existed before was deleted, and the only one changed is that registry; and a local instance
with an earlier setup (an active connection under the spoke's alias) stops the end-to-end suite before
any write, naming the connection."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from servicenow_emulator.testing import SpawnedEmulator, spawn_emulator
from spoke_app.workspace import PROJECT_ROOT
from tests.e2e.conftest import needs_provider

pytestmark = [pytest.mark.e2e, pytest.mark.slow, needs_provider]

PASSWORDS = {"remote": "Live-Remote-Admin-3vq8", "local": "Live-Local-Admin-8mw2"}
#: The users the suites run as: the README's ("Prove it on your instances"): `admin` on the remote (the
#: acceptance suite's system property), the authorization-code roles alone on the local instance.
USERS = {"remote": ("admin", ()), "local": ("spoke.live", ("oauth_admin", "connection_admin"))}
USER_PASSWORD = "Live-Deployer-Pass-6t3n"
PREFIX = "spoke-live-harness"
#: What a snapshot reads on each instance (every record, through the Table API).
TABLES = {
    "remote": ("oauth_entity", "sys_properties", "sys_user", "oauth_credential"),
    "local": (
        "oauth_entity",
        "oauth_entity_profile",
        "sys_alias",
        "http_connection",
        "oauth_2_0_credentials",
        "basic_auth_credentials",
        "oauth_credential",
        "oauth_requestor_profile",
        "sys_properties",
    ),
}
VOLATILE = {"sys_updated_on", "sys_updated_by", "sys_mod_count"}
WRITES = ("POST", "PUT", "PATCH", "DELETE")
RECORD_PATH = re.compile(r"^/api/now/table/([a-z0-9_]+)/([0-9a-f]{32})$")


def _api(emu: SpawnedEmulator, method: str, path: str, **kwargs: Any) -> requests.Response:
    answer = requests.request(method, emu.url + path, auth=emu.auth, timeout=30, **kwargs)
    answer.raise_for_status()
    return answer


def snapshot(emu: SpawnedEmulator, side: str) -> dict[tuple[str, str], dict[str, Any]]:
    """(table, sys_id) -> record, of every record of the side's tables."""
    found = {}
    for table in TABLES[side]:
        records = _api(
            emu, "GET", f"/api/now/table/{table}", params={"sysparm_exclude_reference_link": "true"}
        ).json()["result"]
        for record in records:
            found[(table, record["sys_id"])] = record
    return found


def bystanders(remote: SpawnedEmulator, local: SpawnedEmulator) -> None:
    """Records of other people, where the suites work: they must come out untouched."""
    post = {"params": {"sysparm_exclude_reference_link": "true"}}
    _api(remote, "POST", "/api/now/table/sys_properties", json={"name": "bystander.property", "value": "x"})
    _api(remote, "POST", "/api/now/table/oauth_entity", json={"name": "Bystander endpoint", "type": "client"})
    alias = _api(
        local, "GET", "/api/now/table/sys_alias", params={"sysparm_query": "name=ServiceNowRemoteInstance"}
    )
    credential = _api(
        local, "POST", "/api/now/table/basic_auth_credentials", json={"name": "Bystander credential"}, **post
    ).json()["result"]
    _api(
        local,
        "POST",
        "/api/now/table/http_connection",
        json={
            "name": "Bystander connection",
            "connection_alias": alias.json()["result"][0]["sys_id"],
            "credential": credential["sys_id"],
            "connection_url": "https://bystander.example/",
            "active": "false",
        },
    )


@pytest.fixture
def instances() -> Iterator[dict[str, SpawnedEmulator]]:
    with (
        spawn_emulator("remote", admin_password=PASSWORDS["remote"]) as remote,
        spawn_emulator("local", admin_password=PASSWORDS["local"]) as local,
    ):
        yield {"remote": remote, "local": local}


def run_live(variables: dict[str, str], *paths: str) -> subprocess.CompletedProcess[str]:
    """`pytest tests/live` in a process of its own, its environment holding only these SPOKE_LIVE_* (and
    none of the provider's or Terraform's variables)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SPOKE_LIVE", "SERVICENOW_", "TF_"))}
    env.update(variables)
    return subprocess.run(
        [sys.executable, "-m", "pytest", *(paths or ["tests/live"]), "-q", "-rA", "-p", "no:cacheprovider"],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1500,
        check=False,
    )


def create_user(emu: SpawnedEmulator, name: str, roles: tuple[str, ...]) -> None:
    """A user with these roles, made through the Table API by the admin."""
    user = _api(
        emu,
        "POST",
        "/api/now/table/sys_user",
        params={"sysparm_input_display_value": "true"},
        json={"user_name": name, "user_password": USER_PASSWORD, "active": "true"},
    ).json()["result"]
    for role in roles:
        [found] = _api(
            emu, "GET", "/api/now/table/sys_user_role", params={"sysparm_query": f"name={role}"}
        ).json()["result"]
        _api(
            emu,
            "POST",
            "/api/now/table/sys_user_has_role",
            json={"user": user["sys_id"], "role": found["sys_id"]},
        )


def variables(instances: dict[str, SpawnedEmulator], users: bool = False) -> dict[str, str]:
    """The SPOKE_LIVE_* variables: the admins, or (users) the users of USERS, made here."""
    found = {"SPOKE_LIVE": "1", "SPOKE_LIVE_PREFIX": PREFIX}
    for side, emu in instances.items():
        name, roles = USERS[side] if users else ("admin", ())
        if name != "admin":
            create_user(emu, name, roles)
        found[f"SPOKE_LIVE_{side.upper()}_URL"] = emu.url
        found[f"SPOKE_LIVE_{side.upper()}_USERNAME"] = name
        found[f"SPOKE_LIVE_{side.upper()}_PASSWORD"] = PASSWORDS[side] if name == "admin" else USER_PASSWORD
    return found


def test_the_live_suites_skip_unless_opted_in_and_name_a_missing_variable() -> None:
    skipped = run_live({})
    assert skipped.returncode == 0, skipped.stdout[-3000:]
    assert re.search(r"\b2 skipped\b", skipped.stdout) and "passed" not in skipped.stdout, skipped.stdout
    assert "opt-in: set SPOKE_LIVE=1" in skipped.stdout
    missing = run_live({"SPOKE_LIVE": "1", "SPOKE_LIVE_REMOTE_URL": "https://remote.example"})
    assert missing.returncode != 0 and "passed" not in missing.stdout
    assert "SPOKE_LIVE is set but SPOKE_LIVE_REMOTE_USERNAME, SPOKE_LIVE_REMOTE_PASSWORD" in missing.stdout
    users = {f"SPOKE_LIVE_{s}_{k}": "x" for s in ("REMOTE", "LOCAL") for k in ("USERNAME", "PASSWORD")}
    plain = run_live(
        {
            **users,
            "SPOKE_LIVE": "1",
            "SPOKE_LIVE_REMOTE_URL": "http://remote.example",
            "SPOKE_LIVE_LOCAL_URL": "https://local.example",
        }
    )
    assert plain.returncode != 0 and "SPOKE_LIVE_REMOTE_URL must be an https:// URL" in plain.stdout


def test_both_suites_pass_as_the_readmes_users_against_emulators_given_as_real_leaving_them_as_they_were(
    instances: dict[str, SpawnedEmulator],
) -> None:
    bystanders(instances["remote"], instances["local"])
    given = variables(instances, users=True)
    before = {side: snapshot(emu, side) for side, emu in instances.items()}
    for emu in instances.values():
        _api(emu, "DELETE", "/api/x_emulator/requests")

    run = run_live(given)

    assert run.returncode == 0, run.stdout[-5000:] + run.stderr[-2000:]
    assert re.search(r"\b2 passed\b", run.stdout) and "skipped" not in run.stdout, run.stdout[-3000:]
    for secret in (*PASSWORDS.values(), USER_PASSWORD):
        assert secret not in run.stdout + run.stderr
    [registry] = [
        k for k, r in before["local"].items() if k[0] == "oauth_entity" and r["name"] == "RemoteSpoke"
    ]
    for side, emu in instances.items():
        after = snapshot(emu, side)
        assert sorted(after) == sorted(before[side]), side  # nothing left, nothing of others deleted
        for key, record in before[side].items():
            ignore = VOLATILE if key == registry else set()
            changed = {
                c
                for c in set(record) | set(after[key])
                if c not in ignore and record.get(c) != after[key].get(c)
            }
            assert not changed, (side, key, changed)
        log = _api(emu, "GET", "/api/x_emulator/requests").json()
        writes = [e for e in log if e["method"] in WRITES and e["path"].startswith("/api/now/table/")]
        assert writes, side
        assert {e["user"] for e in writes} == {USERS[side][0]}
        for entry in writes:
            match = RECORD_PATH.match(entry["path"])
            if entry["method"] == "POST" or match is None:
                continue
            key = (match.group(1), match.group(2))
            if entry["method"] == "DELETE":
                assert key not in before[side], f"deleted a record that existed before: {key}"
            else:
                assert key not in before[side] or key == registry, f"changed a record of someone else: {key}"


def test_an_earlier_setup_on_the_local_instance_stops_the_end_to_end_suite_before_any_write(
    instances: dict[str, SpawnedEmulator],
) -> None:
    local = instances["local"]
    post = {"params": {"sysparm_exclude_reference_link": "true"}}
    alias = _api(
        local, "GET", "/api/now/table/sys_alias", params={"sysparm_query": "name=ServiceNowRemoteInstance"}
    )
    credential = _api(
        local, "POST", "/api/now/table/basic_auth_credentials", json={"name": "Manual credential"}, **post
    ).json()["result"]
    manual = _api(
        local,
        "POST",
        "/api/now/table/http_connection",
        json={
            "name": "Manual remote",
            "connection_alias": alias.json()["result"][0]["sys_id"],
            "credential": credential["sys_id"],
            "connection_url": "https://old.example/",
        },
        **post,
    ).json()["result"]
    for emu in instances.values():
        _api(emu, "DELETE", "/api/x_emulator/requests")

    run = run_live(variables(instances), "tests/live/test_live_e2e.py")

    assert run.returncode != 0 and "passed" not in run.stdout, run.stdout[-3000:]
    named = f"already has the active connection 'Manual remote' ({manual['sys_id']})"
    assert f"the alias ServiceNowRemoteInstance {named}" in run.stdout, run.stdout[-3000:]
    for emu in instances.values():
        log = _api(emu, "GET", "/api/x_emulator/requests").json()
        assert [e for e in log if e["method"] in WRITES] == []
