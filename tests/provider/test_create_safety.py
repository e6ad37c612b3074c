"""Creates never make a duplicate: every ambiguous failure is checked by sys_id before a POST is re-sent,
a re-sent POST that collides with the first one is a success, and an instance that ignores the chosen
sys_id stops the re-sending (findings: 5xx, unreadable answers, "already exists", ignored sys_ids)."""

from __future__ import annotations

from typing import Any

import pytest

from servicenow_emulator.testing import Emulator
from terraform_provider_servicenow.client import ApiError, UncheckableCreate
from terraform_provider_servicenow.creates import create
from tests.provider.conftest import FakeServer, make_client
from tests.provider.helpers import Ctx, configured_provider, planned_create, resource


def _commit_then(status: int, committed: dict[str, Any], body: Any = None):
    def handler(seen):
        committed.update(seen.body)
        return status, body, {}

    return handler


@pytest.mark.parametrize("status", [500, 503])
def test_a_create_whose_5xx_answer_hid_a_commit_is_not_sent_again(fake_server: FakeServer, status: int):
    committed: dict[str, Any] = {}
    fake_server.handle(_commit_then(status, committed, {"error": {"message": "m", "detail": "d"}}))
    fake_server.handle(lambda seen: (200, {"result": dict(committed)}, {}))
    record = create(make_client(fake_server.url), "oauth_entity", {"name": "ep"})
    assert [s.method for s in fake_server.seen] == ["POST", "GET"]
    assert fake_server.seen[1].path == f"/api/now/table/oauth_entity/{committed['sys_id']}"
    assert record["sys_id"] == committed["sys_id"]


def test_a_500_to_a_create_that_did_not_commit_is_looked_up_then_sent_again(fake_server: FakeServer):
    fake_server.answer(500, {"error": {"message": "Internal", "detail": "boom"}})
    fake_server.answer(404, {"error": {"message": "No Record found"}})
    fake_server.handle(lambda seen: (201, {"result": dict(seen.body)}, {}))
    record = create(make_client(fake_server.url), "oauth_entity", {"name": "ep"})
    assert [s.method for s in fake_server.seen] == ["POST", "GET", "POST"]
    assert fake_server.seen[0].body["sys_id"] == fake_server.seen[2].body["sys_id"] == record["sys_id"]


def test_an_unreadable_success_answer_to_a_create_is_read_back_by_sys_id(fake_server: FakeServer):
    committed: dict[str, Any] = {}
    fake_server.handle(_commit_then(201, committed, None))  # 201 with an empty body
    fake_server.handle(lambda seen: (200, {"result": dict(committed)}, {}))
    record = create(make_client(fake_server.url), "oauth_entity", {"name": "ep"})
    assert [s.method for s in fake_server.seen] == ["POST", "GET"]
    assert record["sys_id"] == committed["sys_id"] and record["name"] == "ep"


def test_a_resent_create_answered_already_exists_by_the_emulator_is_the_first_attempts_record(
    emulator: Emulator,
):
    # The first POST commits and its connection drops; the lookup misses it (as a lagging read could),
    # so the POST is sent again and the emulator refuses the taken sys_id with 403 "already exists".
    emulator.set_faults(drop_after_commit=1)
    client = make_client(emulator.url, max_retries=2)
    real_get = client.get
    misses = [1]

    def lagging_get(table: str, sys_id: str) -> dict[str, Any] | None:
        if misses[0]:
            misses[0] -= 1
            return None
        return real_get(table, sys_id)

    client.get = lagging_get  # type: ignore[method-assign]
    record = create(client, "sys_properties", {"name": "once.only", "value": "1"})
    stored = emulator.query("sys_properties", "name=once.only")
    assert [r["sys_id"] for r in stored] == [record["sys_id"]]
    posts = [r["status"] for r in emulator.requests() if r["method"] == "POST"]
    assert posts == [None, 403]  # dropped, then the duplicate refusal


def test_an_already_exists_answer_to_a_first_post_stays_an_error(fake_server: FakeServer):
    fake_server.answer(
        403, {"error": {"message": "Operation Failed", "detail": "a record with name 'x' already exists"}}
    )
    with pytest.raises(ApiError) as info:
        create(make_client(fake_server.url), "sys_properties", {"name": "x"})
    assert info.value.status == 403 and [s.method for s in fake_server.seen] == ["POST"]


def _ignores_sys_ids(counter: list[int]):
    def handler(seen):
        counter[0] += 1
        return 201, {"result": {**seen.body, "sys_id": f"{counter[0]:032x}"}}, {}

    return handler


def test_an_instance_that_ignores_the_chosen_sys_id_is_a_warning_and_stops_resending(fake_server: FakeServer):
    provider = configured_provider(fake_server.url)
    res = resource(provider, "servicenow_record")
    fake_server.dictionary = {"sys_properties": ["name"]}
    counter = [0]
    fake_server.handle(_ignores_sys_ids(counter))
    ctx = Ctx()
    state = res.create(
        ctx.create(), planned_create(res, {"table": "sys_properties", "fields": {"name": "a"}})
    )
    assert state["sys_id"] == f"{1:032x}" and not ctx.diags.has_errors()
    assert ctx.diags.has_warnings() and "ignores client-chosen sys_ids" in ctx.text
    assert provider.client.client_sys_ids_honoured is False
    # The next create's answer is lost: it is not sent again (a lookup by sys_id proves nothing here).
    fake_server.answer(502)
    ctx = Ctx()
    assert (
        res.create(ctx.create(), planned_create(res, {"table": "sys_properties", "fields": {"name": "b"}}))
        is None
    )
    assert [s.method for s in fake_server.seen] == ["POST", "POST"]
    assert "Cannot tell whether ServiceNow created" in ctx.text and "import it" in ctx.text


def test_a_resent_create_that_gets_another_sys_id_warns_of_a_possible_duplicate(fake_server: FakeServer):
    fake_server.answer(504)
    fake_server.answer(404, {"error": {"message": "No Record found"}})
    fake_server.handle(_ignores_sys_ids([0]))
    warnings: list[tuple[str, str]] = []
    client = make_client(fake_server.url)
    create(client, "sys_properties", {"name": "a"}, warnings=warnings)
    [(summary, detail)] = warnings
    assert "ignored the sys_id" in summary and "duplicate" in detail
    with pytest.raises(UncheckableCreate):
        fake_server.answer(502)
        create(client, "sys_properties", {"name": "b"})


def test_a_create_that_keeps_the_chosen_sys_id_marks_the_instance_as_honouring_it(emulator: Emulator):
    client = make_client(emulator.url)
    warnings: list[tuple[str, str]] = []
    create(client, "sys_properties", {"name": "kept.id", "value": "1"}, warnings=warnings)
    assert client.client_sys_ids_honoured is True and warnings == []
