"""Fault injection (start options and the admin endpoint) and the request log."""

from __future__ import annotations

import math
import time

import pytest
import requests

from servicenow_emulator.testing import Emulator, run_emulator, wait_until
from tests.emulator.conftest import Client

ROLES = "/api/now/table/sys_user_role"


def test_rate_limit_answers_429_with_retry_after_then_recovers() -> None:
    with run_emulator("rl", rate_limit_after=2, retry_after=1) as emu:
        client = Client(emu)
        assert [client("GET", ROLES).status_code for _ in range(2)] == [200, 200]
        before = time.time()
        limited = client("GET", ROLES)
        after = time.time()
        assert limited.status_code == 429
        assert limited.headers["Retry-After"] == "1"
        assert limited.headers["X-RateLimit-Limit"] == "2"
        # The window opens while the request is handled: its end is 1 s later, in whole epoch seconds.
        assert before + 1 <= int(limited.headers["X-RateLimit-Reset"]) <= math.ceil(after + 1)
        assert limited.json() == {
            "error": {
                "message": "Rate limit exceeded",
                "detail": "Rate limit of 2 requests per hour for Table API exceeded",
            },
            "status": "failure",
        }
        assert wait_until(lambda: client("GET", ROLES).status_code == 200, timeout=20, interval=0.05)
        assert client("GET", ROLES).status_code == 200


def test_retry_after_zero_rate_limits_every_nth_request(emulator: Emulator, api: Client) -> None:
    emulator.set_faults(rate_limit_after=1, retry_after=0)
    assert [api("GET", ROLES).status_code for _ in range(4)] == [200, 429, 200, 429]


def test_error_rates_answer_500_503_and_429(emulator: Emulator, api: Client) -> None:
    emulator.set_faults(error_rate_500=1.0)
    failed = api("GET", ROLES)
    assert failed.status_code == 500 and failed.json()["status"] == "failure"
    emulator.set_faults(error_rate_503=1.0)
    assert api("GET", ROLES).status_code == 503
    emulator.set_faults(error_rate_429=1.0, retry_after=2)
    limited = api("GET", ROLES)
    assert limited.status_code == 429 and limited.headers["Retry-After"] == "2"
    assert limited.json()["error"]["message"] == "Rate limit exceeded"
    emulator.set_faults(error_rate_500=0.5, seed=7)
    first = [api("GET", ROLES).status_code for _ in range(20)]
    emulator.set_faults(error_rate_500=0.5, seed=7)
    second = [api("GET", ROLES).status_code for _ in range(20)]
    assert first == second and set(first) == {200, 500}  # seeded: the same sequence every time
    emulator.clear_faults()
    assert api("GET", ROLES).status_code == 200


def test_faults_apply_to_the_token_endpoint_but_never_to_the_admin_endpoints(
    emulator: Emulator, api: Client
) -> None:
    emulator.set_faults(error_rate_503=1.0)
    assert requests.post(f"{emulator.url}/oauth_token.do", data={}, timeout=10).status_code == 503
    assert api("GET", "/api/x_emulator/faults").status_code == 200
    assert api("GET", "/api/x_emulator/requests").status_code == 200
    assert requests.get(f"{emulator.url}/login.do", timeout=10).status_code == 200


def test_latency_is_added(emulator: Emulator, api: Client) -> None:
    emulator.set_faults(latency_ms=150)
    started = time.perf_counter()
    assert api("GET", ROLES).status_code == 200
    assert time.perf_counter() - started >= 0.15


def test_dropped_connection_has_no_answer(emulator: Emulator, api: Client) -> None:
    emulator.set_faults(drop_connection_rate=1.0)
    with pytest.raises(requests.ConnectionError):
        api("POST", "/api/now/table/sys_properties", json={"name": "dropped"})
    assert emulator.query("sys_properties", "name=dropped") == []


def test_drop_after_commit_commits_the_post_then_drops_it(emulator: Emulator, api: Client) -> None:
    emulator.set_faults(drop_after_commit=1)
    with pytest.raises(requests.ConnectionError):
        api("POST", "/api/now/table/sys_properties", json={"name": "committed"})
    assert len(emulator.query("sys_properties", "name=committed")) == 1
    second = api("POST", "/api/now/table/sys_properties", json={"name": "answered"})
    assert second.status_code == 201
    log = [(e["method"], e["status"]) for e in emulator.requests() if e["path"].endswith("sys_properties")]
    assert log == [("POST", None), ("POST", 201)]


def test_fault_endpoint_sets_reads_and_clears_settings(emulator: Emulator, api: Client) -> None:
    put = api("PUT", "/api/x_emulator/faults", json={"rate_limit_after": 5, "retry_after": 3})
    assert put.status_code == 200
    assert api("GET", "/api/x_emulator/faults").json() == {
        "rate_limit_after": 5,
        "retry_after": 3,
        "error_rate_500": 0.0,
        "error_rate_503": 0.0,
        "error_rate_429": 0.0,
        "latency_ms": 0,
        "drop_connection_rate": 0.0,
        "drop_after_commit": 0,
        "seed": None,
    }
    assert emulator.faults()["rate_limit_after"] == 5
    assert api("DELETE", "/api/x_emulator/faults").status_code == 204
    assert emulator.faults()["rate_limit_after"] is None


@pytest.mark.parametrize(
    "body",
    [{"error_rate_500": 2}, {"latency_ms": -1}, {"bogus": 1}, ["not", "an", "object"], {"retry_after": "1"}],
)
def test_fault_endpoint_rejects_bad_settings_with_400(api: Client, body: object) -> None:
    answer = api("PUT", "/api/x_emulator/faults", json=body)
    assert answer.status_code == 400
    assert answer.json()["error"]["message"] == "Invalid fault settings"


def test_admin_endpoints_need_an_admin(emulator: Emulator, api: Client) -> None:
    user = api.create("sys_user", {"user_name": "joe", "user_password": "pw"}, display=True)
    assert user["user_name"] == "joe"
    joe = Client(emulator, auth=("joe", "pw"))
    assert joe("GET", "/api/x_emulator/faults").status_code == 403
    assert joe("GET", "/api/x_emulator/requests").status_code == 403
    joe.session.auth = None
    assert joe("PUT", "/api/x_emulator/faults", json={}).status_code == 401
    assert joe("DELETE", "/api/x_emulator/requests").status_code == 401


def test_request_log_records_requests_without_secrets(emulator: Emulator, api: Client) -> None:
    emulator.clear_requests()
    api(
        "GET", ROLES, params={"sysparm_limit": "1", "access_token": "TOPSECRET", "client_secret": "TOPSECRET"}
    )
    requests.post(
        f"{emulator.url}/oauth_token.do?password=TOPSECRET",
        data={"grant_type": "password", "username": "admin", "password": "TOPSECRET"},
        timeout=10,
    )
    api("GET", "/api/x_emulator/requests")
    log = api("GET", "/api/x_emulator/requests").json()
    assert [(e["method"], e["path"], e["status"]) for e in log] == [
        ("GET", ROLES, 200),
        ("POST", "/oauth_token.do", 401),
    ]
    assert log[0]["query"] == "sysparm_limit=1"
    assert log[0]["user"] == "admin"
    assert set(log[0]) == {"method", "path", "query", "status", "user", "duration_ms", "time"}
    assert "TOPSECRET" not in str(log)
    assert emulator.requests() == log
    assert api("DELETE", "/api/x_emulator/requests").status_code == 204
    assert emulator.requests() == []
