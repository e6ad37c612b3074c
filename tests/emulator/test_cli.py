"""The command line: first stdout line is the URL, --data persists, SIGTERM exits 0, bad options fail."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from servicenow_emulator.testing import spawn_emulator

ROOT = Path(__file__).resolve().parents[2]


def test_process_prints_its_url_serves_and_exits_0_on_sigterm() -> None:
    emulator = spawn_emulator("remote", seed="spoke", admin_password="Adm1n!")
    try:
        assert emulator.url.startswith("http://127.0.0.1:")
        answer = requests.get(
            f"{emulator.url}/api/now/table/oauth_entity",
            auth=("admin", "Adm1n!"),
            params={"sysparm_fields": "name"},
            timeout=10,
        )
        assert answer.status_code == 200 and answer.json()["result"] == [{"name": "RemoteSpoke"}]
        wrong = requests.get(
            f"{emulator.url}/api/now/table/oauth_entity", auth=("admin", "admin"), timeout=10
        )
        assert wrong.status_code == 401
    finally:
        code = emulator.stop()
    assert code == 0


def test_without_seed_the_spoke_records_are_absent() -> None:
    with spawn_emulator("bare", seed=None) as emulator:
        answer = requests.get(f"{emulator.url}/api/now/table/sys_alias", auth=emulator.auth, timeout=10)
        assert answer.status_code == 200 and answer.json()["result"] == []


def test_data_file_keeps_records_across_a_restart(tmp_path: Path) -> None:
    data = tmp_path / "local.sqlite"
    with spawn_emulator("local", data=data) as first:
        created = requests.post(
            f"{first.url}/api/now/table/basic_auth_credentials",
            params={"sysparm_input_display_value": "true"},
            auth=first.auth,
            json={"name": "Local Credentials", "user_name": "u", "password": "p"},
            timeout=10,
        )
        assert created.status_code == 201
        sys_id = created.json()["result"]["sys_id"]
    with spawn_emulator("local", data=data) as second:
        again = requests.get(
            f"{second.url}/api/now/table/basic_auth_credentials/{sys_id}", auth=second.auth, timeout=10
        )
        assert again.status_code == 200 and again.json()["result"]["name"] == "Local Credentials"
        aliases = requests.get(f"{second.url}/api/now/table/sys_alias", auth=second.auth, timeout=10)
        assert len(aliases.json()["result"]) == 2  # seeded once, not twice


def test_fault_options_on_the_command_line() -> None:
    with spawn_emulator("faulty", extra_args=["--error-rate-503", "1"]) as emulator:
        answer = requests.get(f"{emulator.url}/api/now/table/sys_user", auth=emulator.auth, timeout=10)
        assert answer.status_code == 503
        faults = requests.get(f"{emulator.url}/api/x_emulator/faults", auth=emulator.auth, timeout=10)
        assert faults.json()["error_rate_503"] == 1.0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--port", "0"], "--name"),
        (["--port", "0", "--name", "x", "--seed", "other"], "--seed"),
        (["--port", "0", "--name", "x", "--error-rate-500", "3"], "between 0 and 1"),
        (["--port", "0", "--name", "bad name"], "instance name"),
    ],
)
def test_bad_options_exit_nonzero_with_a_message(args: list[str], message: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "servicenow_emulator", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=30,
    )
    assert result.returncode == 2
    assert message in result.stderr
    assert result.stdout == ""


def test_spawn_reports_why_the_emulator_did_not_start() -> None:
    with pytest.raises(RuntimeError, match="between 0 and 1"):
        spawn_emulator("broken", extra_args=["--drop-connection-rate", "7"])


def test_data_file_in_a_missing_directory_exits_2_with_a_clear_message(tmp_path: Path) -> None:
    missing = tmp_path / "no_such_dir" / "x.sqlite"
    result = subprocess.run(
        [sys.executable, "-m", "servicenow_emulator", "--name", "x", "--data", str(missing)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=30,
    )
    assert result.returncode == 2 and result.stdout == ""
    assert "Traceback" not in result.stderr
    assert str(missing) in result.stderr and "--data" in result.stderr


def test_spawned_emulator_gets_the_admin_password_from_the_environment_not_argv() -> None:
    password = "N0t-On-Argv!"
    with spawn_emulator("quiet", seed=None, admin_password=password) as emulator:
        argv = Path(f"/proc/{emulator.process.pid}/cmdline").read_bytes().split(b"\0")
        assert password.encode() not in b"".join(argv)
        answer = requests.get(f"{emulator.url}/api/now/table/sys_user_role", auth=emulator.auth, timeout=10)
        assert answer.status_code == 200
        assert (
            requests.get(
                f"{emulator.url}/api/now/table/sys_user_role", auth=("admin", "admin"), timeout=10
            ).status_code
            == 401
        )


def test_admin_password_flag_still_works_and_wins_over_the_environment() -> None:
    env = {**os.environ, "SERVICENOW_EMULATOR_ADMIN_PASSWORD": "from-env"}
    env["PYTHONPATH"] = str(ROOT)
    process = subprocess.Popen(
        [sys.executable, "-m", "servicenow_emulator", "--name", "flag", "--admin-password", "from-flag"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
        env=env,
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        url_path = f"{url}/api/now/table/sys_user_role"
        assert requests.get(url_path, auth=("admin", "from-flag"), timeout=10).status_code == 200
        assert requests.get(url_path, auth=("admin", "from-env"), timeout=10).status_code == 401
    finally:
        process.terminate()
        assert process.wait(10) == 0
        process.stdout.close()
