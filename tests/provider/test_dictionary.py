"""Columns that are not ServiceNow base columns for sure are checked in sys_dictionary before any write or
query: ServiceNow ignores an unknown column (a write does nothing, a query answers every row)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from servicenow_emulator.testing import Emulator, run_emulator
from terraform_provider_servicenow.dictionary import query_columns
from tests.provider.conftest import PROVIDER_REQUIREMENTS, TerraformRun
from tests.provider.helpers import Ctx, Recorder, configured_provider, data_source, planned_create, resource

WRITES = ("POST", "PATCH", "PUT", "DELETE")


@pytest.fixture
def older_release() -> Iterator[Emulator]:
    """An instance whose oauth_entity has no `user` column (older release, or the field never added)."""
    with run_emulator("older", without_columns=("oauth_entity.user",)) as emulator:
        yield emulator


def _dictionary_reads(recorder: Recorder) -> list[str]:
    tables = ("/api/now/table/sys_dictionary", "/api/now/table/sys_db_object")
    return [p for _m, p, _q, _b in recorder.calls if p.startswith(tables)]


def test_a_record_with_a_misspelt_column_stops_before_anything_is_written(emulator: Emulator) -> None:
    provider = configured_provider(emulator.url)
    res = resource(provider, "servicenow_record")
    recorder = Recorder(provider)
    planned = planned_create(res, {"table": "sys_properties", "fields": {"nmae": "x.y", "value": "1"}})
    ctx = Ctx("servicenow_record")
    res.check_plan(ctx.diags, None, planned)  # what terraform plan runs
    assert ctx.diags.has_errors()
    assert "Table sys_properties has no column nmae" in ctx.text
    assert "sys_dictionary lists no column nmae on sys_properties" in ctx.text
    apply = Ctx("servicenow_record")
    assert res.create(apply.create(), planned) is None  # and apply, should the plan be skipped
    assert "has no column nmae" in apply.text
    assert [m for m, *_ in recorder.calls if m in WRITES] == []
    assert emulator.query("sys_properties", "value=1") == []


def test_columns_of_a_parent_table_are_found_through_super_class_and_each_table_is_read_once(
    emulator: Emulator,
) -> None:
    provider = configured_provider(emulator.url)
    res = resource(provider, "servicenow_record")
    recorder = Recorder(provider)
    for i in range(3):
        config = {
            "table": "basic_auth_credentials",
            "fields": {"name": f"c{i}", "user_name": "u", "order": "5"},
        }
        ctx = Ctx("servicenow_record")
        state = res.create(ctx.create(), planned_create(res, config))
        assert not ctx.diags.has_errors(), ctx.text
        assert state["fields"]["order"] == "5"  # `order` is discovery_credentials' column
    reads = _dictionary_reads(recorder)
    # basic_auth_credentials' own columns, its sys_db_object row, the parent's row, the parent's columns.
    assert len(reads) == 4, reads
    assert sum(p == "/api/now/table/sys_dictionary" for p in reads) == 2


def test_a_table_the_instance_does_not_have_is_named_in_the_error(emulator: Emulator) -> None:
    provider = configured_provider(emulator.url)
    res = resource(provider, "servicenow_record")
    ctx = Ctx("servicenow_record")
    res.check_plan(
        ctx.diags, None, planned_create(res, {"table": "u_no_such_table", "fields": {"name": "x"}})
    )
    assert "Cannot check the columns of table u_no_such_table" in ctx.text
    assert "sys_db_object has no such table" in ctx.text and "read sys_dictionary" in ctx.text


def test_the_endpoints_application_user_needs_the_user_column(older_release: Emulator) -> None:
    provider = configured_provider(older_release.url)
    res = resource(provider, "servicenow_oauth_api_endpoint")
    user = older_release.query("sys_user", "user_name=admin")[0]["sys_id"]
    planned = planned_create(res, {"name": "ci", "user": user})
    ctx = Ctx("servicenow_oauth_api_endpoint")
    res.check_plan(ctx.diags, None, planned)
    assert "Table oauth_entity has no column user" in ctx.text, ctx.text
    assert "Form Design" in ctx.text
    # Without a user the endpoint needs no check and is created.
    recorder = Recorder(provider)
    ok = Ctx("servicenow_oauth_api_endpoint")
    state = res.create(ok.create(), planned_create(res, {"name": "browser only"}))
    assert not ok.diags.has_errors() and state["client_id"]
    assert _dictionary_reads(recorder) == []


def test_the_user_column_check_passes_where_the_column_exists(emulator: Emulator) -> None:
    provider = configured_provider(emulator.url)
    res = resource(provider, "servicenow_oauth_api_endpoint")
    user = emulator.query("sys_user", "user_name=admin")[0]["sys_id"]
    ctx = Ctx("servicenow_oauth_api_endpoint")
    state = res.create(ctx.create(), planned_create(res, {"name": "ci", "user": user}))
    assert not ctx.diags.has_errors(), ctx.text
    assert emulator.get_record("oauth_entity", state["sys_id"])["user"] == user


def test_a_data_source_query_on_an_unknown_column_fails_instead_of_answering_every_row(
    emulator: Emulator,
) -> None:
    provider = configured_provider(emulator.url)
    ds = data_source(provider, "servicenow_record")
    ctx = Ctx("servicenow_record")
    assert ds.read(ctx.data(), {"table": "sys_user", "query": "usr_name=admin"}) is None
    assert "Table sys_user has no column usr_name" in ctx.text
    good = Ctx("servicenow_record")
    out = ds.read(good.data(), {"table": "sys_user", "query": "user_name=admin^ORDERBYsys_created_on"})
    assert not good.diags.has_errors() and out["record_count"] == 1


def test_query_columns_reads_the_column_of_every_term() -> None:
    query = "nameINa,b^activeISNOTEMPTY^ORoauth_entity.name=x^NQuser_name!=y^ORDERBYDESCsys_created_on^EQ"
    assert query_columns(query) == ["name", "active", "oauth_entity.name", "user_name", "sys_created_on"]


@pytest.mark.acceptance
def test_terraform_plan_stops_on_an_unknown_column_before_any_write(
    terraform: TerraformRun, emulator: Emulator
) -> None:
    terraform.write(
        PROVIDER_REQUIREMENTS
        + f"""
provider "servicenow" {{
  instance_url = "{emulator.url}"
  username     = "admin"
  password     = "admin"
}}
resource "servicenow_record" "ok" {{
  table  = "sys_properties"
  fields = {{ name = "fine.property", value = "1" }}
}}
resource "servicenow_record" "typo" {{
  table  = "sys_properties"
  fields = {{ name = "typo.property", valu = "1" }}
}}
"""
    )
    terraform.init()
    emulator.clear_requests()
    plan = terraform.plan()
    assert plan.returncode == 1
    assert "Table sys_properties has no column valu" in plan.stderr
    apply = terraform.apply(check=False)
    assert apply.returncode != 0 and "has no column valu" in apply.stderr
    assert [r for r in emulator.requests() if r["method"] in WRITES] == []
    assert emulator.query("sys_properties", "name=fine.property") == []
