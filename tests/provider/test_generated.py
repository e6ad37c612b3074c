"""Generated tables served as typed resources and data sources (served.py), in-process against an
emulator on which the table was made through the Table API."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from servicenow_emulator.testing import Emulator
from terraform_provider_servicenow import served
from terraform_provider_servicenow.catalog import OAUTH_API_ENDPOINT
from terraform_provider_servicenow.catalog_file import CatalogFileError
from terraform_provider_servicenow.schema import write_only_attributes
from tests.provider.generated_tables import COLUMNS, TABLE, WIDGET, make_widget_table, write_catalog
from tests.provider.helpers import (
    Ctx,
    Recorder,
    configured_provider,
    data_source,
    patch_record,
    planned_create,
    resource,
)

SECRET = "Widget-Secret-0x5fz1"


@pytest.fixture
def serving(tmp_path: Path) -> Iterator[Path]:
    """The widget catalog served by this process (as `install --catalog` makes a provider serve it)."""
    path = write_catalog(tmp_path / "widget.toml")
    served.use_catalog_files([path])
    yield path
    served.use_catalog_files(None)


@pytest.fixture
def widget_instance(emulator: Emulator) -> Emulator:
    make_widget_table(emulator.url, emulator.auth)
    return emulator


def _admin_id(emulator: Emulator) -> str:
    return emulator.query("sys_user", "user_name=admin")[0]["sys_id"]


def test_a_generated_table_is_a_typed_resource_and_data_source_with_a_write_only_secret(serving):
    provider = configured_provider("http://127.0.0.1:9")
    res = resource(provider, "servicenow_u_widget")
    attrs = {a.name: a for a in res.get_schema().attributes}
    assert attrs["u_name"].required and attrs["u_secret"].sensitive and attrs["u_secret_wo"].sensitive
    assert attrs["u_size"].default == "small" and "`small`, `large`" in attrs["u_size"].description
    assert "`sys_user`" in attrs["u_owner"].description
    assert write_only_attributes("servicenow_u_widget") == {
        "u_secret_wo": ("u_secret", "u_secret_wo_version")
    }
    ds = {a.name: a for a in data_source(provider, "servicenow_u_widget").get_schema().attributes}
    assert ds["u_name"].optional and ds["sys_id"].optional and ds["u_owner"].computed
    assert "u_secret" not in ds  # a password2 value is never read back
    served.use_catalog_files(None)
    with pytest.raises(KeyError):
        resource(configured_provider("http://127.0.0.1:9"), "servicenow_u_widget")


def test_create_read_drift_update_import_and_delete_a_generated_record(serving, widget_instance):
    emulator = widget_instance
    provider = configured_provider(emulator.url)
    res = resource(provider, "servicenow_u_widget")
    owner = _admin_id(emulator)
    ctx = Ctx()
    planned = planned_create(
        res,
        {
            "u_name": "gear",
            "u_owner": owner,
            "u_secret": SECRET,
            "u_count": 3,
            "u_due": "2030-01-31 12:00:00",
        },
    )
    state = res.create(ctx.create(), planned)
    assert not ctx.diags.has_errors(), ctx.text
    [record] = emulator.query(TABLE, "u_name=gear")
    assert record["sys_id"] == state["sys_id"] and record["u_owner"] == owner and record["u_size"] == "small"
    assert emulator.decrypt(record["u_secret"]) == SECRET  # written as a display value: encrypted
    assert state["u_secret"] == SECRET and state["u_count"] == 3

    patch_record(emulator.url, TABLE, state["sys_id"], {"u_size": "large", "u_count": "4"})
    drifted = res.read(ctx.read(), dict(state))
    assert (drifted["u_size"], drifted["u_count"], drifted["u_secret"]) == ("large", 4, SECRET)

    changed = dict(drifted, u_size="small", u_count=5)
    updated = res.update(ctx.update(), drifted, changed)
    assert not ctx.diags.has_errors(), ctx.text
    assert (updated["u_size"], updated["u_count"]) == ("small", 5)
    assert emulator.get_record(TABLE, state["sys_id"])["u_count"] == "5"

    by_id = res.import_(ctx.import_(), state["sys_id"])
    by_key = res.import_(ctx.import_(), "u_name=gear")
    assert by_id["sys_id"] == by_key["sys_id"] == state["sys_id"] and by_key["u_owner"] == owner
    assert by_id["u_secret"] is None  # cannot be read back
    res.delete(ctx.delete(), updated)
    assert not ctx.diags.has_errors(), ctx.text
    assert emulator.query(TABLE, "u_name=gear") == []


def test_a_generated_data_source_reads_by_natural_key_or_sys_id_and_never_a_secret(serving, widget_instance):
    emulator = widget_instance
    provider = configured_provider(emulator.url)
    ctx = Ctx()
    res = resource(provider, "servicenow_u_widget")
    made = res.create(ctx.create(), planned_create(res, {"u_name": "cog", "u_secret": SECRET, "u_count": 2}))
    ds = data_source(provider, "servicenow_u_widget")
    by_key = ds.read(ctx.data(), {"u_name": "cog", "sys_id": None})
    by_id = ds.read(ctx.data(), {"sys_id": made["sys_id"], "u_name": None})
    assert not ctx.diags.has_errors(), ctx.text
    assert by_key == by_id and by_key["sys_id"] == made["sys_id"] and by_key["u_count"] == 2
    assert "u_secret" not in by_key and SECRET not in repr(by_key)
    assert ds.read(ctx.data(), {"u_name": "nothing", "sys_id": None}) is None
    assert "No u_widget record with u_name 'nothing'" in ctx.text
    ctx = Ctx()
    ds.validate(ctx.diags, "servicenow_u_widget", {"u_name": None, "sys_id": None})
    ds.validate(ctx.diags, "servicenow_u_widget", {"u_name": "a^b", "sys_id": "nope"})
    assert "needs `sys_id` or `u_name`" in ctx.text and "not both" in ctx.text
    assert "not 32 lowercase hexadecimal" in ctx.text and "`^`" in ctx.text


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ({"u_size": "medium"}, "is not one of: small, large"),
        ({"u_name": "x" * 41}, "41 characters: the u_widget column u_name holds at most 40"),
        ({"u_owner": "admin"}, "is not a sys_id"),
        ({"u_due": "31/01/2030"}, "is not a date-time"),
        ({"u_due": "2030-02-30 00:00:00"}, "is not a date-time"),
        ({"u_count": 2**31}, "from -2147483648 to 2147483647"),
        ({"u_name": ""}, "must not be empty"),
    ],
)
def test_generated_columns_are_checked_against_their_dictionary_at_validate_time(serving, config, message):
    res = resource(configured_provider("http://127.0.0.1:9"), "servicenow_u_widget")
    ctx = Ctx()
    res.validate(ctx.diags, "servicenow_u_widget", {"u_name": "ok", **config})
    assert ctx.diags.has_errors() and message in ctx.text, ctx.text
    ok = Ctx()
    res.validate(
        ok.diags, "servicenow_u_widget", {"u_name": "ok", "u_count": -5, "u_due": "2030-01-31 00:00:00"}
    )
    assert not ok.diags.has_errors(), ok.text


def test_a_generated_column_the_instance_lacks_stops_the_create_before_anything_is_written(
    tmp_path, emulator
):
    # The catalog was generated on another instance, whose u_widget has a column this one lacks:
    # ServiceNow would drop its value silently.
    make_widget_table(emulator.url, emulator.auth, tuple(c for c in COLUMNS if c.element != "u_count"))
    served.use_catalog_files([write_catalog(tmp_path / "widget.toml")])
    try:
        provider = configured_provider(emulator.url)
        res = resource(provider, "servicenow_u_widget")
        calls = Recorder(provider)
        ctx = Ctx()
        planned = planned_create(res, {"u_name": "gear", "u_count": 3})
        res.check_plan(ctx.diags, None, planned)
        assert "u_count" in ctx.text and "u_widget" in ctx.text, ctx.text
        assert res.create(ctx.create(), planned) is None
        assert "POST" not in calls.methods() and emulator.query(TABLE) == []
        assert res.create(Ctx().create(), planned_create(res, {"u_name": "gear"})) is not None
    finally:
        served.use_catalog_files(None)


def test_import_by_a_column_the_table_does_not_have_is_refused(serving, widget_instance):
    res = resource(configured_provider(widget_instance.url), "servicenow_u_widget")
    ctx = Ctx()
    assert res.import_(ctx.import_(), "u_colour=red") is None
    assert "no column u_colour" in ctx.text and "`u_name=<value>`" in ctx.text


def test_a_table_without_natural_key_imports_by_sys_id_only(tmp_path, emulator):
    make_widget_table(emulator.url, emulator.auth)
    served.use_catalog_files([write_catalog(tmp_path / "w.toml", replace(WIDGET, natural_key=""))])
    try:
        provider = configured_provider(emulator.url)
        res = resource(provider, "servicenow_u_widget")
        ctx = Ctx()
        made = res.create(ctx.create(), planned_create(res, {"u_name": "a"}))
        assert res.import_(ctx.import_(), made["sys_id"])["u_name"] == "a"
        assert res.import_(ctx.import_(), "nonsense") is None
        assert "the table has no natural key" in ctx.text
        ds = {a.name: a for a in data_source(provider, "servicenow_u_widget").get_schema().attributes}
        assert ds["sys_id"].required and not ds["u_name"].optional
    finally:
        served.use_catalog_files(None)


def test_a_table_a_hand_written_kind_covers_is_left_out_and_said_why(tmp_path):
    endpoint = replace(WIDGET, type_name="oauth_entity", table="oauth_entity")
    reserved = replace(WIDGET, type_name="record", table="u_record")
    kinds = (endpoint, reserved, WIDGET)
    reasons = {kind.type_name: why for kind, why in served.skipped(kinds)}
    assert reasons == {
        "oauth_entity": "table oauth_entity is served by the provider's own resources",
        "record": "type name servicenow_record is one of the provider's own",
    }
    assert [k.type_name for k in served.prepared(kinds)] == [TABLE]
    assert OAUTH_API_ENDPOINT.table == "oauth_entity"


def test_served_columns_are_checked_in_the_dictionary_except_system_ones():
    kind = WIDGET
    (prepared,) = served.prepared([kind])
    checked = {c.name: c.check_exists for c in prepared.columns}
    assert checked == {c.name: not c.name.startswith("sys_") for c in kind.columns}


def test_two_files_describing_one_table_are_an_error_naming_both(tmp_path):
    first = write_catalog(tmp_path / "a.toml")
    second = write_catalog(tmp_path / "b.toml")
    with pytest.raises(CatalogFileError) as err:
        served.use_catalog_files([first, second])
    assert "a.toml" in str(err.value) and "b.toml" in str(err.value)
    assert served.generated_kinds() == ()  # still the installed ones (none here)


def test_the_installed_module_holds_the_prepared_kinds_and_loads_them_back(tmp_path):
    text = served.module_text(served.prepared([WIDGET]), ["widget.toml (sha256 0)"])
    namespace: dict = {}
    exec(compile(text, "installed_catalog.py", "exec"), namespace)
    assert namespace["KINDS"] == served.prepared([WIDGET])


def test_the_generated_docs_name_labels_hints_choices_and_reference_targets(serving):
    from terraform_provider_servicenow.docs import render_generated

    text = render_generated()
    assert "## `servicenow_u_widget` Widget (table `u_widget`)" in text
    assert "The widget's unique name." in text and "One of: `small`, `large`" in text
    assert "The sys_id of a `sys_user` record." in text and "### Data source `servicenow_u_widget`" in text
    assert 'resource "servicenow_u_widget" "example" {\n  u_name = "..."\n}' in text


def test_a_data_source_never_queries_a_natural_key_the_instance_lacks(tmp_path, emulator):
    # Without the check the term would be dropped and the query would answer every record.
    make_widget_table(emulator.url, emulator.auth, tuple(c for c in COLUMNS if c.element != "u_name"))
    served.use_catalog_files([write_catalog(tmp_path / "widget.toml")])
    try:
        provider = configured_provider(emulator.url)
        calls = Recorder(provider)
        ctx = Ctx()
        assert (
            data_source(provider, "servicenow_u_widget").read(ctx.data(), {"u_name": "a", "sys_id": None})
            is None
        )
        assert "u_name" in ctx.text and "u_widget" in ctx.text, ctx.text
        assert not [c for c in calls.calls if c[1] == f"/api/now/table/{TABLE}"]
    finally:
        served.use_catalog_files(None)


def test_an_update_plans_the_columns_every_write_stamps_as_unknown(serving, widget_instance):
    from tf.types import Unknown

    res = resource(configured_provider(widget_instance.url), "servicenow_u_widget")
    ctx = Ctx()
    state = res.create(ctx.create(), planned_create(res, {"u_name": "gear"}))
    assert state["sys_mod_count"] == 0 and state["sys_created_on"], ctx.text
    planned = res.plan(ctx.plan({"u_count"}), dict(state), dict(state, u_count=2))
    assert [n for n, v in planned.items() if v is Unknown] == [
        "sys_updated_on",
        "sys_updated_by",
        "sys_mod_count",
    ]
    unchanged = res.plan(ctx.plan(set()), dict(state), dict(state))
    assert unchanged == state
    applied = res.update(ctx.update(), state, planned)
    assert applied["sys_mod_count"] == 1 and applied["sys_created_on"] == state["sys_created_on"], ctx.text
