"""Destroying an adopted registry restores what Terraform overwrote: also after an import (the values at
import are the snapshot), and with a warning where ServiceNow may not apply the restore (empty choice)."""

from __future__ import annotations

import pytest

from servicenow_emulator.testing import Emulator
from tests.provider.helpers import Ctx, configured_provider, patch_record, planned_create, resource


@pytest.fixture
def provider(emulator: Emulator):
    return configured_provider(emulator.url)


def test_an_imported_registry_is_restored_to_its_values_at_import_on_destroy(provider, emulator: Emulator):
    [original] = emulator.query("oauth_entity", "name=RemoteSpoke")
    res = resource(provider, "servicenow_application_registry")
    ctx = Ctx()
    state = res.import_(ctx.import_(), "name=RemoteSpoke")
    assert not ctx.diags.has_errors(), ctx.text
    assert state["adopted_values"]["client_id"] == original["client_id"]
    assert state["adopted_values"]["default_grant_type"] == original["default_grant_type"]
    assert state["adopted_values"]["client_secret"] == ""  # blank at import: destroy writes it blank again
    planned = dict(state, client_id="cid-after-import", token_url="https://r/oauth_token.do")
    updated = res.update(Ctx().update(), dict(state), planned)
    assert updated["adopted_values"]["client_id"] == original["client_id"]
    assert emulator.get_record("oauth_entity", original["sys_id"])["client_id"] == "cid-after-import"
    ctx = Ctx()
    res.delete(ctx.delete(), dict(updated))
    assert not ctx.diags.has_errors(), ctx.text
    after = emulator.get_record("oauth_entity", original["sys_id"])
    assert (after["client_id"], after["token_url"]) == (original["client_id"], original["token_url"])


def test_restoring_an_originally_empty_choice_column_warns_naming_it(provider, emulator: Emulator):
    [original] = emulator.query("oauth_entity", "name=RemoteSpoke")
    patch_record(emulator.url, "oauth_entity", original["sys_id"], {"code_challenge_method": ""})
    res = resource(provider, "servicenow_application_registry")
    state = res.create(
        Ctx().create(),
        planned_create(res, {"name": "RemoteSpoke", "code_challenge_method": "plain", "client_id": "c1"}),
    )
    assert state["adopted_values"]["code_challenge_method"] == ""
    ctx = Ctx()
    res.delete(ctx.delete(), dict(state))
    assert not ctx.diags.has_errors() and ctx.diags.has_warnings()
    [warning] = ctx.diags.diagnostics
    assert "code_challenge_method" in warning.summary and "client_id" not in warning.summary
    assert original["sys_id"] in warning.detail


def test_restoring_choice_columns_that_had_a_value_gives_no_warning(provider, emulator: Emulator):
    res = resource(provider, "servicenow_application_registry")
    state = res.create(
        Ctx().create(), planned_create(res, {"name": "RemoteSpoke", "code_challenge_method": "plain"})
    )
    ctx = Ctx()
    res.delete(ctx.delete(), dict(state))
    assert ctx.diags.diagnostics == []
    assert emulator.query("oauth_entity", "name=RemoteSpoke")[0]["code_challenge_method"] == "S256"


def test_destroy_writes_a_client_secret_that_was_blank_before_adoption_blank_again(
    provider, emulator: Emulator
):
    from tests.provider.helpers import Recorder

    res = resource(provider, "servicenow_application_registry")
    [original] = emulator.query("oauth_entity", "name=RemoteSpoke")
    assert original["client_secret"] == ""
    state = res.create(
        Ctx().create(),
        planned_create(res, {"name": "RemoteSpoke", "client_id": "c1", "client_secret": "s" * 40}),
    )
    assert state["adopted_values"]["client_secret"] == ""
    assert (
        emulator.decrypt(emulator.get_record("oauth_entity", original["sys_id"])["client_secret"]) == "s" * 40
    )
    recorder = Recorder(provider)
    ctx = Ctx()
    res.delete(ctx.delete(), dict(state))
    assert ctx.diags.diagnostics == [], ctx.text  # nothing left to warn about
    assert emulator.get_record("oauth_entity", original["sys_id"])["client_secret"] == ""
    patches = [(params, body) for m, _p, params, body in recorder.calls if m == "PATCH"]
    # The plain columns in one request, the secret in one of its own with display values.
    assert [sorted(body) for _params, body in patches] == [["client_id"], ["client_secret"]]
    assert [p.get("sysparm_input_display_value") for p, _b in patches] == [None, "true"]


def test_adopt_and_destroy_warn_that_a_client_secret_set_before_adoption_cannot_be_restored(
    provider, emulator: Emulator
):
    [original] = emulator.query("oauth_entity", "name=RemoteSpoke")
    from tests.cli.helpers import patch

    patch(emulator, "oauth_entity", original["sys_id"], {"client_secret": "an-admins-secret"}, display=True)
    res = resource(provider, "servicenow_application_registry")
    ctx = Ctx()
    state = res.create(ctx.create(), planned_create(res, {"name": "RemoteSpoke", "client_secret": "t" * 40}))
    assert not ctx.diags.has_errors(), ctx.text
    assert "client_secret already set before adoption" in ctx.text  # the write-only form gets no other
    assert "an-admins-secret" not in ctx.text and "t" * 40 not in ctx.text
    assert "client_secret" not in state["adopted_values"]
    ctx = Ctx()
    res.delete(ctx.delete(), dict(state))
    assert "client secret not restored" in ctx.text
    assert (
        emulator.decrypt(emulator.get_record("oauth_entity", original["sys_id"])["client_secret"]) == "t" * 40
    )
