"""A deploy killed between adopting a record and writing state, and a destroy that failed half-way, are
finished by the next run: the adopted records are restored to their values before the *first* deploy
(kept on disk before the PATCH, journal.py), a record this stack created is never taken for an adopted
one, and nothing is deleted that the stack did not create."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests

from servicenow_emulator.testing import Emulator
from tests.provider.helpers import Ctx, configured_provider, planned_create, resource

KEY = "7" * 32


@pytest.fixture
def journal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "journal"
    monkeypatch.setenv("SERVICENOW_JOURNAL_DIR", str(folder))
    return folder


def test_an_adopt_killed_before_state_was_written_still_restores_the_values_before_the_first_deploy(
    emulator: Emulator, journal: Path
):
    [original] = emulator.query("oauth_entity", "name=RemoteSpoke")
    config = {"name": "RemoteSpoke", "client_id": "cid-1", "token_url": "https://r/oauth_token.do"}
    # The first run adopts (PATCHes the registry) and is killed: its state is lost.
    first = resource(configured_provider(emulator.url), "servicenow_application_registry")
    first.create(Ctx().create(), planned_create(first, config))
    assert emulator.get_record("oauth_entity", original["sys_id"])["client_id"] == "cid-1"
    assert len(list(journal.iterdir())) == 1
    # The next run (a new process) adopts the record it finds, which already holds the new values.
    res = resource(configured_provider(emulator.url), "servicenow_application_registry")
    state = res.create(Ctx().create(), planned_create(res, config))
    assert state["adopted_values"]["client_id"] == original["client_id"]
    assert state["adopted_values"]["token_url"] == original["token_url"]
    ctx = Ctx()
    res.delete(ctx.delete(), dict(state))
    assert not ctx.diags.has_errors(), ctx.text
    after = emulator.get_record("oauth_entity", original["sys_id"])
    assert (after["client_id"], after["token_url"]) == (original["client_id"], original["token_url"])
    assert list(journal.iterdir()) == []  # forgotten once restored


def test_a_destroy_that_failed_half_way_is_finished_by_the_next_one(emulator: Emulator, journal: Path):
    [original] = emulator.query("oauth_entity", "name=RemoteSpoke")
    provider = configured_provider(emulator.url, max_retries=0)
    registry = resource(provider, "servicenow_application_registry")
    adopted = registry.create(
        Ctx().create(), planned_create(registry, {"name": "RemoteSpoke", "client_id": "c9"})
    )
    record = resource(provider, "servicenow_record")
    created = record.create(
        Ctx().create(),
        planned_create(record, {"table": "sys_properties", "fields": {"name": "p.x", "value": "1"}}),
    )
    # The first destroy: every request fails.
    emulator.set_faults(error_rate_503=1.0)
    for res, state in ((record, created), (registry, adopted)):
        ctx = Ctx()
        res.delete(ctx.delete(), dict(state))
        assert ctx.diags.has_errors()
    emulator.clear_faults()
    # The second destroy, from the same states (terraform keeps what it could not destroy).
    for res, state in ((record, created), (registry, adopted)):
        ctx = Ctx()
        res.delete(ctx.delete(), dict(state))
        assert not ctx.diags.has_errors(), ctx.text
    assert emulator.query("sys_properties", "name=p.x") == []
    assert emulator.get_record("oauth_entity", original["sys_id"])["client_id"] == original["client_id"]
    # A third destroy of a record already gone is not an error (404 is "already gone").
    ctx = Ctx()
    record.delete(ctx.delete(), dict(created))
    assert not ctx.diags.has_errors(), ctx.text


def test_a_record_this_resource_created_with_its_key_is_never_taken_for_an_adopted_one(
    emulator: Emulator, journal: Path
):
    """An interrupted run created the property (with the key); the next run finds it by adopt_by: it is
    this resource's own record, so destroy deletes it rather than 'restoring' it and leaving it."""
    config = {
        "table": "sys_properties",
        "adopt_by": "name",
        "create_sys_id": KEY,
        "fields": {"name": "glide.some.flag", "value": "true"},
    }
    first = resource(configured_provider(emulator.url), "servicenow_record")
    assert first.create(Ctx().create(), planned_create(first, config))["adopted"] is False
    res = resource(configured_provider(emulator.url), "servicenow_record")
    state = res.create(Ctx().create(), planned_create(res, config))
    assert state["sys_id"] == KEY and state["adopted"] is False and state["adopted_values"] == {}
    res.delete(Ctx().delete(), dict(state))
    assert emulator.query("sys_properties", "name=glide.some.flag") == []


def test_a_record_that_existed_before_is_restored_never_deleted(emulator: Emulator, journal: Path):
    made = requests.post(
        f"{emulator.url}/api/now/table/sys_properties",
        json={"name": "glide.pre.existing", "value": "false"},
        auth=emulator.auth,
        timeout=10,
    ).json()["result"]
    config = {
        "table": "sys_properties",
        "adopt_by": "name",
        "create_sys_id": KEY,
        "fields": {"name": "glide.pre.existing", "value": "true"},
    }
    res = resource(configured_provider(emulator.url), "servicenow_record")
    state = res.create(Ctx().create(), planned_create(res, config))
    assert state["adopted"] is True and state["sys_id"] == made["sys_id"]
    res.delete(Ctx().delete(), dict(state))
    assert emulator.get_record("sys_properties", made["sys_id"])["value"] == "false"


def test_two_resources_adopting_one_record_each_restore_only_their_own_columns(
    emulator: Emulator, journal: Path
):
    """The spoke's registry and its RegistryClient record adopt the same oauth_entity record, and shared
    its journal entry: each got back the other's originals too. After a deploy whose state was lost (a
    killed run, a backend gone mid-apply), the rerun's registry held the record's client_secret mark, and
    its destroy failed ("KeyError: ... has no column 'sensitive_fields.client_secret'")."""
    [original] = emulator.query("oauth_entity", "name=RemoteSpoke")
    registry_config = {"name": "RemoteSpoke", "token_url": "https://r/oauth_token.do"}
    client_config = {
        "table": "oauth_entity",
        "adopt_by": "name",
        "fields": {"name": "RemoteSpoke", "client_id": "cid-7"},
        "sensitive_fields": {"client_secret": "Client-Secret-7-abc"},
    }

    def deploy() -> tuple[dict, dict]:  # a new process: what a rerun without state does
        provider = configured_provider(emulator.url)
        registry, client = (
            resource(provider, "servicenow_application_registry"),
            resource(provider, "servicenow_record"),
        )
        first = registry.create(Ctx().create(), planned_create(registry, registry_config))
        second = client.create(Ctx().create(), planned_create(client, client_config))
        return first, dict(second, sensitive_fields=None)

    deploy()  # its state is lost
    registry_state, client_state = deploy()
    # client_id is a column of both (the record writes it); the client secret's mark is the record's only.
    assert set(registry_state["adopted_values"]) == {"token_url", "client_id"}, registry_state
    assert set(client_state["adopted_values"]) == {"client_id", "sensitive_fields.client_secret"}
    provider = configured_provider(emulator.url)
    ctx = Ctx()
    resource(provider, "servicenow_record").delete(ctx.delete(), client_state)
    resource(provider, "servicenow_application_registry").delete(ctx.delete(), registry_state)
    assert not ctx.diags.has_errors(), ctx.text
    after = emulator.get_record("oauth_entity", original["sys_id"])
    assert (after["client_id"], after["token_url"]) == (original["client_id"], original["token_url"])


def test_a_registry_state_holding_another_resources_original_is_still_destroyed(
    emulator: Emulator, journal: Path
):
    """A state written before the journal was split by owner: destroy skips what is not its column."""
    [original] = emulator.query("oauth_entity", "name=RemoteSpoke")
    registry = resource(configured_provider(emulator.url), "servicenow_application_registry")
    state = registry.create(
        Ctx().create(), planned_create(registry, {"name": "RemoteSpoke", "token_url": "https://r/t.do"})
    )
    state = dict(state, adopted_values={**state["adopted_values"], "sensitive_fields.client_secret": ""})
    ctx = Ctx()
    registry.delete(ctx.delete(), state)
    assert not ctx.diags.has_errors(), ctx.text
    assert emulator.get_record("oauth_entity", original["sys_id"])["token_url"] == original["token_url"]
