"""`servicenow_record` adopting a record whose password2 column it writes (the spoke's `RegistryClient`
writes the `RemoteSpoke` registry's client secret, write-only): destroy gives the column back blank when
it was blank before adoption (issue 10 point 2), as `servicenow_application_registry` does.

What restore means for a secret: a password2 value is never read back and never kept, so of its
original only the fact that it was blank is noted (`adopted_values["sensitive_fields.<column>"] = ""`,
journalled before the adopt writes; at the update that first writes it when the adopt did not). A secret
that was set before adoption cannot be put back: the adopt warns that it overwrites it, and destroy
leaves the value Terraform wrote. Called as tf calls the resource (the state of a write-only secret is
null, as the servicer leaves it), against the emulator."""

from __future__ import annotations

import json
from typing import Any

import pytest
from tf.types import Unknown

from servicenow_emulator.testing import Emulator
from terraform_provider_servicenow.journal import journal_dir
from terraform_provider_servicenow.planning import planning
from tests.provider.helpers import Ctx, Recorder, admin_session, configured_provider, planned_create, resource

SECRET = "Client-Secret-Of-The-Endpoint-0123456789"
EARLIER = "Earlier-Secret-Of-A-Manual-Setup-9876543210"


@pytest.fixture
def res(emulator: Emulator) -> Any:
    """The generic record resource of a provider configured for the emulator."""
    return resource(configured_provider(emulator.url), "servicenow_record")


def _registry(emulator: Emulator) -> dict[str, str]:
    [registry] = emulator.query("oauth_entity", "name=RemoteSpoke")
    return registry


def _config(**extra: Any) -> dict[str, Any]:
    return {
        "table": "oauth_entity",
        "fields": {"name": "RemoteSpoke", "client_id": "client-id-of-the-endpoint"},
        "adopt_by": "name",
        **extra,
    }


def _create(res, config: dict[str, Any]) -> tuple[dict[str, Any], Ctx]:
    ctx = Ctx("servicenow_record")
    state = res.create(ctx.create(), planned_create(res, config))
    assert not ctx.diags.has_errors(), ctx.text
    # What terraform keeps of a write-only secret (RegistryClient sends it as `sensitive_fields_wo`).
    return dict(state, sensitive_fields=None), ctx


def _delete(res, state: dict[str, Any]) -> Ctx:
    ctx = Ctx("servicenow_record")
    res.delete(ctx.delete(), state)
    assert not ctx.diags.has_errors(), ctx.text
    return ctx


def _set_secret(emulator: Emulator, sys_id: str, value: str) -> None:
    """An earlier manual setup: the secret typed into the form (a display-value write)."""
    admin_session(emulator.url).patch(
        f"{emulator.url}/api/now/table/oauth_entity/{sys_id}",
        params={"sysparm_input_display_value": "true"},
        json={"client_secret": value},
    ).raise_for_status()


def _journal_text() -> str:
    return "".join(p.read_text() for p in journal_dir().glob("*.json")) if journal_dir().exists() else ""


def test_an_adopted_registry_gets_its_blank_client_secret_back_on_destroy(res, emulator: Emulator) -> None:
    registry = _registry(emulator)
    assert registry["client_secret"] == ""
    state, _ctx = _create(res, _config(sensitive_fields={"client_secret": SECRET}))
    # Only the fact that it was blank is noted: no secret value in state or journal.
    assert state["adopted_values"] == {"client_id": "", "sensitive_fields.client_secret": ""}
    assert SECRET not in json.dumps(state, default=str) and SECRET not in _journal_text()
    written = emulator.get_record("oauth_entity", registry["sys_id"])
    assert written is not None and emulator.decrypt(written["client_secret"]) == SECRET

    rec = Recorder(res.provider)
    ctx = _delete(res, state)
    after = emulator.get_record("oauth_entity", registry["sys_id"])
    assert after is not None and after["client_id"] == ""
    assert after["client_secret"] == "", "the client secret the deploy wrote is still in the registry"
    assert "not restored" not in ctx.text
    # The blank goes as a display value in a request of its own; the plain column in a plain one.
    patches = [
        (body, params.get("sysparm_input_display_value"))
        for m, _path, params, body in rec.calls
        if m == "PATCH"
    ]
    assert patches == [({"client_id": ""}, None), ({"client_secret": ""}, "true")]


def test_a_secret_set_before_adoption_is_overwritten_with_a_warning_and_left_as_terraform_wrote_it(
    res, emulator: Emulator
) -> None:
    registry = _registry(emulator)
    _set_secret(emulator, registry["sys_id"], EARLIER)
    state, ctx = _create(res, _config(sensitive_fields={"client_secret": SECRET}))
    warning = [d for d in ctx.diags.diagnostics if "client_secret" in d.summary]
    assert warning and "already set before adoption" in warning[0].summary
    assert "cannot put the earlier value back" in warning[0].detail
    assert EARLIER not in ctx.text and SECRET not in ctx.text
    # Nothing is noted for it: its original was not blank, and a set value is never kept.
    assert state["adopted_values"] == {"client_id": ""}
    assert EARLIER not in _journal_text() and SECRET not in _journal_text()

    _delete(res, state)
    after = emulator.get_record("oauth_entity", registry["sys_id"])
    assert after is not None and after["client_id"] == ""
    assert emulator.decrypt(after["client_secret"]) == SECRET  # what Terraform wrote stays


def test_a_secret_kept_in_state_and_set_before_adoption_is_named_on_destroy(res, emulator: Emulator) -> None:
    registry = _registry(emulator)
    _set_secret(emulator, registry["sys_id"], EARLIER)
    ctx = Ctx("servicenow_record")
    state = res.create(ctx.create(), planned_create(res, _config(sensitive_fields={"client_secret": SECRET})))
    assert not ctx.diags.has_errors(), ctx.text
    ctx = _delete(res, state)  # sensitive_fields in state (not write-only)
    assert "client_secret not restored" in ctx.text and SECRET not in ctx.text


def test_a_rerun_after_a_lost_state_still_knows_the_secret_was_blank(res, emulator: Emulator) -> None:
    """A run killed after the adopt wrote the secret: the next adopt finds it set (by that run), and the
    journal says it was blank before."""
    registry = _registry(emulator)
    _create(res, _config(sensitive_fields={"client_secret": SECRET}))  # its state is lost
    state, ctx = _create(res, _config(sensitive_fields={"client_secret": SECRET + "2"}))
    assert "already set" not in ctx.text
    assert state["adopted_values"] == {"client_id": "", "sensitive_fields.client_secret": ""}
    _delete(res, state)
    after = emulator.get_record("oauth_entity", registry["sys_id"])
    assert after is not None and after["client_secret"] == ""


def test_a_secret_first_written_after_the_adoption_is_noted_and_given_back_blank(emulator: Emulator) -> None:
    provider = configured_provider(emulator.url)
    res = resource(provider, "servicenow_record")
    [registry] = emulator.query("oauth_entity", "name=RemoteSpoke")
    config = {"table": "oauth_entity", "fields": {"name": "RemoteSpoke"}, "adopt_by": "name"}
    ctx = Ctx("servicenow_record")
    state = res.create(ctx.create(), planned_create(res, config))
    assert state["adopted_values"] == {}, ctx.text
    # The next apply adds the secret (write-only: only the configuration carries it at plan time).
    secret = {"client_secret": "Client-Secret-Added-Later-0123456789"}
    proposed = dict(state, sensitive_fields_wo_version="1")
    with planning({**config, "sensitive_fields_wo": secret, "sensitive_fields_wo_version": "1"}):
        planned = res.plan(ctx.plan({"sensitive_fields_wo_version"}), dict(state), proposed)
    assert planned["adopted_values"] is Unknown, ctx.text
    updated = res.update(ctx.update(), dict(state), dict(planned, sensitive_fields=secret))
    assert updated["adopted_values"] == {"sensitive_fields.client_secret": ""}, ctx.text
    assert emulator.decrypt(emulator.get_record("oauth_entity", registry["sys_id"])["client_secret"])
    # Rotating it later needs no look: the note is there.
    with planning({**config, "sensitive_fields_wo": secret, "sensitive_fields_wo_version": "2"}):
        again = res.plan(ctx.plan({"sensitive_fields_wo_version"}), dict(updated), dict(updated))
    assert again["adopted_values"] == updated["adopted_values"]
    res.delete(ctx.delete(), dict(updated, sensitive_fields=None))
    assert not ctx.diags.has_errors(), ctx.text
    assert emulator.get_record("oauth_entity", registry["sys_id"])["client_secret"] == ""
