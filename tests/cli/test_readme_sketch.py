"""The scripted REST resource sketch in spoke_cli/README.md (verify's last check on a real instance):
it asks for the roles the emulator's resource asks for, and lets only a table name into the URL."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from servicenow_emulator.testing import Emulator, run_emulator

from .helpers import create

README = Path(__file__).resolve().parents[2] / "spoke_cli" / "README.md"
REMOTE_CALL = "/api/x_spoke_verify/v1/remote_call"


def _sketch() -> str:
    text = README.read_text(encoding="utf-8")
    found = re.findall(r"```javascript\n(.*?)```", text, re.S)
    assert len(found) == 1, "the README has one javascript sketch"
    return found[0]


def _table_pattern(sketch: str) -> re.Pattern[str]:
    found = re.search(r"if \(!/(\^[^/]+\$)/\.test\(table\)\)", sketch)
    assert found, "the sketch tests `table` against a regular expression"
    return re.compile(found.group(1))


def test_the_sketch_checks_the_roles_and_the_table_before_it_builds_the_call() -> None:
    sketch = _sketch()
    call = sketch.index("new sn_ws.RESTMessageV2")
    assert sketch.index("gs.hasRole(") < call and sketch.index(".test(table)") < call
    assert "refuse(403," in sketch and "refuse(400," in sketch
    endpoint = sketch[sketch.index("rm.setEndpoint(") : sketch.index("sysparm_limit=1")]
    assert "+ table +" in " ".join(endpoint.split()) and "body.table" not in endpoint


def test_the_sketch_table_pattern_is_the_documented_one_and_refuses_queries_and_paths() -> None:
    pattern = _table_pattern(_sketch())
    assert pattern.pattern == "^[a-z0-9_]+$"
    for good in ("sys_user", "x_spoke_verify_log", "cmdb_ci_2"):
        assert pattern.match(good), good
    for bad in (
        "sys_user?sysparm_query=active=true",
        "sys_user/0123",
        "../sys_user",
        "SYS_USER",
        "sys%5fuser",
        "",
    ):
        assert not pattern.match(bad), bad


@pytest.fixture
def local() -> Iterator[Emulator]:
    with run_emulator("local", admin_password="local-admin-pw") as emulator:
        yield emulator


def _status_as(local: Emulator, roles: list[str]) -> int:
    name = "u_" + "_".join(roles)
    user = create(local, "sys_user", {"user_name": name, "user_password": "pw-" + name}, display=True)
    for role in roles:
        create(local, "sys_user_has_role", {"user": user["sys_id"], "role": role}, display=True)
    answer = requests.post(
        local.url + REMOTE_CALL, json={"connection": "0" * 32}, auth=(name, "pw-" + name), timeout=10
    )
    return answer.status_code


def test_the_sketch_asks_for_the_roles_the_emulator_resource_asks_for(local: Emulator) -> None:
    roles = sorted(set(re.findall(r"gs\.hasRole\('([a-z_]+)'\)", _sketch())))
    assert roles == ["connection_admin", "oauth_admin"]
    # Over HTTP: the emulator's resource refuses a user lacking either role and serves one with both.
    assert _status_as(local, roles[:1]) == 403
    assert _status_as(local, roles[1:]) == 403
    assert _status_as(local, roles) == 404  # past the role check: no such connection
