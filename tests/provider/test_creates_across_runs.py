"""Creates are idempotent across runs: a record an interrupted run created with the stable key
(`create_sys_id`) is taken over by the next run, never created twice; a check that never gets an answer
says the record MAY exist and how to find it; an instance that ignores client sys_ids is covered by a
lookup by name and creator."""

from __future__ import annotations

import pytest
import requests

from servicenow_emulator.testing import Emulator
from terraform_provider_servicenow.client import ApiError, NaturalKey, UncheckableCreate
from terraform_provider_servicenow.creates import create
from tests.provider.conftest import FakeServer, make_client
from tests.provider.helpers import Ctx, configured_provider, create_user, planned_create, resource

KEY = "5" * 32
HARDENING = "glide.rest.table_api.admin_only_sys_fields"


def _posts(emulator: Emulator) -> list[int | None]:
    return [r["status"] for r in emulator.requests() if r["method"] == "POST"]


def test_a_keyed_create_costs_one_post_when_nothing_fails(emulator: Emulator):
    emulator.clear_requests()
    record = create(make_client(emulator.url), "oauth_2_0_credentials", {"name": "c"}, key=KEY)
    assert record["sys_id"] == KEY
    assert [(r["method"], r["status"]) for r in emulator.requests()] == [("POST", 201)]


def test_a_record_an_earlier_run_created_with_the_key_is_taken_over_with_the_new_values(emulator: Emulator):
    # The earlier run: its create committed, then the process was killed before state was written.
    create(make_client(emulator.url), "basic_auth_credentials", {"name": "c", "user_name": "old"}, key=KEY)
    emulator.clear_requests()
    # The next run (another process: a fresh client) creates the same record with the same key.
    record = create(
        make_client(emulator.url),
        "basic_auth_credentials",
        {"name": "c", "user_name": "new", "password": "Pw-123456"},
        key=KEY,
        display_value=True,
    )
    assert record["sys_id"] == KEY
    stored = emulator.query("basic_auth_credentials", "")
    assert [r["sys_id"] for r in stored] == [KEY]
    assert stored[0]["user_name"] == "new" and emulator.decrypt(stored[0]["password"]) == "Pw-123456"
    assert [(r["method"], r["status"]) for r in emulator.requests()] == [
        ("POST", 403),  # "already exists"
        ("GET", 200),
        ("PATCH", 200),
    ]


def test_a_name_taken_by_a_record_without_the_key_is_still_an_error_never_taken_over(emulator: Emulator):
    """On an instance that honours sys_ids, a same-named record with another sys_id is someone else's."""
    other = create(make_client(emulator.url), "http_connection", {"name": "conn", "connection_url": "x"})
    client = make_client(emulator.url)
    client.client_sys_ids_honoured = True
    with pytest.raises(ApiError, match="already exists"):
        create(client, "http_connection", {"name": "conn"}, key=KEY, natural=NaturalKey("name", "conn"))
    assert [r["sys_id"] for r in emulator.query("http_connection", "")] == [other["sys_id"]]


def test_the_check_after_a_lost_create_is_retried_on_500_and_finds_the_record(fake_server: FakeServer):
    committed: dict = {}

    def commit_then_lose(seen):
        committed.update(seen.body)
        return 502, None, {}

    fake_server.handle(commit_then_lose)
    fake_server.answer(500, {"error": {"message": "Internal server error"}})
    fake_server.handle(lambda seen: (200, {"result": dict(committed)}, {}))
    record = create(make_client(fake_server.url), "oauth_entity", {"name": "ep"}, key=KEY)
    assert record["sys_id"] == KEY
    assert [s.method for s in fake_server.seen] == ["POST", "GET", "GET"]


def test_a_check_that_never_gets_an_answer_says_the_record_may_exist_and_how_to_import_it(
    fake_server: FakeServer,
):
    fake_server.fallback = lambda seen: (500, {"error": {"message": "Internal server error"}}, {})
    provider = configured_provider(fake_server.url, max_retries=2)
    res = resource(provider, "servicenow_oauth2_credential")
    ctx = Ctx()
    planned = planned_create(
        res, {"name": "Remote Credentials", "oauth_entity_profile": "a" * 32, "create_sys_id": KEY}
    )
    assert res.create(ctx.create(), planned) is None
    text = ctx.text
    assert "refused to create" not in text
    assert "Cannot tell whether ServiceNow created" in text
    assert "MAY exist" in text and "oauth_2_0_credentials" in text and "'Remote Credentials'" in text
    assert KEY in text and f"terraform import <address> {KEY}" in text
    assert "run apply again" in text.lower()
    # Bounded: the POST and every check were retried within max_retries, then it stopped.
    assert len(fake_server.seen) <= 3 * 3


def test_the_create_key_is_kept_in_state_and_validated(emulator: Emulator):
    provider = configured_provider(emulator.url)
    res = resource(provider, "servicenow_oauth2_credential")
    ctx = Ctx()
    profile = emulator.query("oauth_entity_profile", "name=RemoteSpoke default_profile")[0]["sys_id"]
    state = res.create(
        ctx.create(),
        planned_create(res, {"name": "k", "oauth_entity_profile": profile, "create_sys_id": KEY}),
    )
    assert state["sys_id"] == KEY and state["create_sys_id"] == KEY
    assert res.read(Ctx().read(), state)["create_sys_id"] == KEY
    ctx = Ctx()
    res.validate(ctx.diags, "servicenow_oauth2_credential", {"create_sys_id": "not-hex"})
    assert "Invalid create_sys_id" in ctx.text and "32 lowercase hexadecimal" in ctx.text


# ------------------------------------------------------------------ instances that ignore client sys_ids


def _hardened(emulator: Emulator) -> str:
    """Turn the hardening property on and return a non-admin user (credential/connection admin)."""
    requests.post(
        f"{emulator.url}/api/now/table/sys_properties",
        json={"name": HARDENING, "value": "true"},
        auth=emulator.auth,
        timeout=10,
    ).raise_for_status()
    create_user(emulator.url, "maker", "Maker-Pw-1", ("credential_admin", "connection_admin"))
    return "maker"


def test_on_a_hardened_instance_an_earlier_runs_record_is_found_by_name_and_creator(emulator: Emulator):
    user = _hardened(emulator)
    natural = NaturalKey("name", "Remote Credentials")
    earlier = make_client(emulator.url, username=user, password="Maker-Pw-1")
    first = create(earlier, "oauth_2_0_credentials", {"name": "Remote Credentials"}, key=KEY, natural=natural)
    assert first["sys_id"] != KEY  # the instance chose it
    # The next run: its POST makes a twin, which it notices, deletes, and takes the earlier one over.
    warnings: list[tuple[str, str]] = []
    again = create(
        make_client(emulator.url, username=user, password="Maker-Pw-1"),
        "oauth_2_0_credentials",
        {"name": "Remote Credentials", "order": "7"},
        key=KEY,
        natural=natural,
        warnings=warnings,
    )
    stored = emulator.query("oauth_2_0_credentials", "")
    assert [r["sys_id"] for r in stored] == [first["sys_id"]] == [again["sys_id"]]
    assert stored[0]["order"] == "7"


def test_on_a_hardened_instance_later_creates_look_first_and_a_unique_name_refusal_is_taken_over(
    emulator: Emulator,
):
    user = _hardened(emulator)
    earlier = make_client(emulator.url, username=user, password="Maker-Pw-1")
    left = create(
        earlier,
        "http_connection",
        {"name": "Remote Connection", "connection_url": "https://a/"},
        key=KEY,
        natural=NaturalKey("name", "Remote Connection"),
    )
    client = make_client(emulator.url, username=user, password="Maker-Pw-1")
    # A unique name refused before the client knows the instance ignores sys_ids: a non-admin cannot read
    # the property here, so the refusal stands (the safe side) ...
    with pytest.raises(ApiError, match="already exists"):
        create(
            client,
            "http_connection",
            {"name": "Remote Connection", "connection_url": "https://b/"},
            key=KEY,
            natural=NaturalKey("name", "Remote Connection"),
        )
    # ... and once it knows (any create told it), the record is found by name and creator first.
    create(client, "oauth_2_0_credentials", {"name": "x"}, key="6" * 32, natural=NaturalKey("name", "x"))
    assert client.client_sys_ids_honoured is False
    emulator.clear_requests()
    record = create(
        client,
        "http_connection",
        {"name": "Remote Connection", "connection_url": "https://b/"},
        key=KEY,
        natural=NaturalKey("name", "Remote Connection"),
    )
    assert record["sys_id"] == left["sys_id"] and record["connection_url"] == "https://b/"
    assert [r["method"] for r in emulator.requests()] == ["GET", "PATCH"]
    assert len(emulator.query("http_connection", "")) == 1


def test_on_a_hardened_instance_a_lost_create_without_a_name_says_it_may_exist(fake_server: FakeServer):
    client = make_client(fake_server.url)
    client.client_sys_ids_honoured = False
    fake_server.answer(502)
    with pytest.raises(UncheckableCreate) as info:
        create(client, "sys_properties", {"value": "1"}, key=KEY)
    assert "MAY exist" in info.value.detail and "ignores the sys_ids" in info.value.detail
    assert [s.method for s in fake_server.seen] == ["POST"]
