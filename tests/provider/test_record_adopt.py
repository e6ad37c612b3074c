"""`servicenow_record` with `adopt_by`: an instance-wide record is adopted when it exists (only what
differs is PATCHed, restored on destroy, never deleted) and created when it does not (deleted on
destroy); `on_destroy = "keep"` leaves either. Called as tf calls the resource, against the emulator."""

from __future__ import annotations

from typing import Any

import pytest
from tf.types import Unknown

from servicenow_emulator.testing import Emulator
from tests.cli.helpers import create
from tests.provider.helpers import Ctx, Recorder, configured_provider, planned_create, resource

PROPERTY = "glide.oauth.inbound.client.credential.grant_type.enabled"


@pytest.fixture
def provider(emulator: Emulator):
    return configured_provider(emulator.url)


@pytest.fixture
def res(provider):
    return resource(provider, "servicenow_record")


def _property(emulator: Emulator, **values: str) -> dict[str, str]:
    return create(emulator, "sys_properties", {"name": PROPERTY, **values})


def _config(**extra: Any) -> dict[str, Any]:
    return {
        "table": "sys_properties",
        "fields": {"name": PROPERTY, "value": "true"},
        "adopt_by": "name",
        **extra,
    }


def _apply_create(res, config: dict[str, Any]) -> dict[str, Any]:
    ctx = Ctx("servicenow_record")
    state = res.create(ctx.create(), planned_create(res, config))
    assert not ctx.diags.has_errors(), ctx.text
    return state


def _writes(recorder: Recorder) -> list[tuple[str, str, Any]]:
    return [(m, p, body) for m, p, _params, body in recorder.calls if m != "GET"]


def test_an_existing_record_is_adopted_patching_only_what_differs_and_restored_on_destroy(
    provider, res, emulator: Emulator
):
    existing = _property(emulator, value="false", type="boolean", description="set by an admin")
    rec = Recorder(provider)
    state = _apply_create(res, _config(fields={"name": PROPERTY, "value": "true", "type": "boolean"}))
    assert state["sys_id"] == existing["sys_id"] and state["adopted"] is True
    assert state["adopted_values"] == {"value": "false"}  # name and type already had these values
    assert _writes(rec) == [
        ("PATCH", f"/api/now/table/sys_properties/{existing['sys_id']}", {"value": "true"})
    ]
    assert len(emulator.query("sys_properties", f"name={PROPERTY}")) == 1
    assert state["computed_fields"]["description"] == "set by an admin"
    # Refresh keeps the adoption attributes (terraform would otherwise plan a change).
    read = res.read(Ctx().read(), dict(state))
    assert (read["adopted"], read["adopted_values"], read["adopt_by"]) == (True, {"value": "false"}, "name")
    ctx = Ctx()
    res.delete(ctx.delete(), read)
    assert not ctx.diags.diagnostics, ctx.text
    after = emulator.get_record("sys_properties", existing["sys_id"])
    assert after is not None and (after["value"], after["description"]) == ("false", "set by an admin")


def test_a_missing_record_is_created_and_deleted_on_destroy(provider, res, emulator: Emulator):
    rec = Recorder(provider)
    state = _apply_create(res, _config())
    assert state["adopted"] is False and state["adopted_values"] == {}
    assert [m for m, _p, _b in _writes(rec)] == ["POST"]
    assert emulator.get_record("sys_properties", state["sys_id"])["value"] == "true"
    res.delete(Ctx().delete(), dict(state))
    assert emulator.get_record("sys_properties", state["sys_id"]) is None


@pytest.mark.parametrize("existed", [True, False], ids=["adopted", "created"])
def test_on_destroy_keep_leaves_the_record_as_it_is(res, emulator: Emulator, existed: bool):
    if existed:
        _property(emulator, value="false")
    state = _apply_create(res, _config(on_destroy="keep"))
    assert state["adopted"] is existed
    res.delete(Ctx().delete(), dict(state))
    [kept] = emulator.query("sys_properties", f"name={PROPERTY}")
    assert kept["sys_id"] == state["sys_id"] and kept["value"] == "true"


def test_a_field_written_later_records_its_original_and_destroy_restores_it_too(res, emulator: Emulator):
    existing = _property(emulator, value="false", description="original")
    state = _apply_create(res, _config())
    planned = dict(state, fields={"name": PROPERTY, "value": "true", "description": "by terraform"})
    planned = res.plan(Ctx().plan({"fields"}), dict(state), planned)
    assert planned["adopted_values"] is Unknown  # a field is written for the first time
    updated = res.update(Ctx().update(), dict(state), dict(planned, computed_fields=Unknown))
    assert updated["adopted_values"] == {"value": "false", "description": "original"}
    assert emulator.get_record("sys_properties", existing["sys_id"])["description"] == "by terraform"
    # Changing an owned field again keeps the first original; the plan knows adopted_values then.
    again = dict(updated, fields={"name": PROPERTY, "value": "false", "description": "by terraform"})
    assert (
        res.plan(Ctx().plan({"fields"}), dict(updated), dict(again))["adopted_values"]
        == (updated["adopted_values"])
    )
    res.delete(Ctx().delete(), res.update(Ctx().update(), dict(updated), again))
    after = emulator.get_record("sys_properties", existing["sys_id"])
    assert (after["value"], after["description"]) == ("false", "original")


def test_an_imported_record_given_adopt_by_is_restored_not_deleted(res, emulator: Emulator):
    existing = _property(emulator, value="false")
    state = res.import_(Ctx().import_(), f"sys_properties/name={PROPERTY}")
    assert state["adopted"] is True and state["adopted_values"] == {}
    planned = dict(state, fields={"name": PROPERTY, "value": "true"}, adopt_by="name")
    planned = res.plan(Ctx().plan({"fields", "adopt_by"}), dict(state), planned)
    updated = res.update(Ctx().update(), dict(state), dict(planned, computed_fields=Unknown))
    assert updated["adopted_values"] == {"value": "false"} and updated["adopt_by"] == "name"
    res.delete(Ctx().delete(), updated)
    assert emulator.get_record("sys_properties", existing["sys_id"])["value"] == "false"


def test_renaming_an_adopted_record_is_refused_at_plan_naming_the_fix(res, emulator: Emulator):
    _property(emulator, value="false")
    state = _apply_create(res, _config())
    ctx = Ctx()
    res.plan(ctx.plan({"fields"}), dict(state), dict(state, fields={"name": "other.name", "value": "true"}))
    assert ctx.diags.has_errors()
    assert "fields['name'] cannot change" in ctx.text and "-replace=" in ctx.text
    # A record the resource created may be renamed: it is its own.
    created = _apply_create(res, _config(fields={"name": "spoke.own", "value": "1"}))
    ctx = Ctx()
    res.plan(ctx.plan({"fields"}), dict(created), dict(created, fields={"name": "spoke.own2", "value": "1"}))
    assert not ctx.diags.has_errors(), ctx.text


def test_more_than_one_match_is_an_error_naming_the_records_and_nothing_is_written(
    provider, res, emulator: Emulator
):
    first = create(emulator, "sys_user", {"user_name": "a", "last_name": "Same"})
    second = create(emulator, "sys_user", {"user_name": "b", "last_name": "Same"})
    rec = Recorder(provider)
    ctx = Ctx()
    config = {
        "table": "sys_user",
        "fields": {"last_name": "Same", "email": "x@example.com"},
        "adopt_by": "last_name",
    }
    assert res.create(ctx.create(), planned_create(res, config)) is None
    assert "More than one sys_user record has last_name=Same" in ctx.text
    assert first["sys_id"] in ctx.text and second["sys_id"] in ctx.text
    assert _writes(rec) == []


@pytest.mark.parametrize(
    ("config", "words"),
    [
        ({"adopt_by": "name", "fields": {"value": "1"}}, "adopt_by names a column that is not in fields"),
        ({"adopt_by": "name", "fields": {"name": "a^ORname=b"}}, "must not contain `^`"),
        ({"adopt_by": "name", "fields": {"name": "a\nb"}}, "must not contain `^` or a line break"),
        ({"adopt_by": "name", "fields": {"name": ""}}, "Empty fields['name']"),
        ({"adopt_by": "na me", "fields": {"name": "a"}}, "not a column name"),
        ({"on_destroy": "keep", "fields": {"name": "a"}}, "on_destroy without adopt_by"),
        (
            {"adopt_by": "name", "on_destroy": "delete", "fields": {"name": "a"}},
            "is not one of: restore, keep",
        ),
    ],
)
def test_adoption_settings_are_validated_naming_the_problem(res, config: dict[str, Any], words: str):
    ctx = Ctx()
    res.validate(ctx.diags, "servicenow_record", {"table": "sys_properties", **config})
    assert ctx.diags.has_errors() and words in ctx.text, ctx.text


def test_a_query_unsafe_value_never_reaches_the_instance(provider, res):
    rec = Recorder(provider)
    ctx = Ctx()
    config = {"table": "sys_properties", "fields": {"name": "x^ORname=y"}, "adopt_by": "name"}
    assert res.create(ctx.create(), planned_create(res, config)) is None
    assert ctx.diags.has_errors()
    # Only the column check (sys_dictionary, which carries no value) reached the instance.
    assert [path for _m, path, _q, _b in rec.calls] in ([], ["/api/now/table/sys_dictionary"])
    assert "x^ORname=y" not in str(rec.calls)
