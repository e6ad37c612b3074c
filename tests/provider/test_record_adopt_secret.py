"""`servicenow_record` adopting a record whose password2 column it writes (the spoke's `RegistryClient`
writes the `RemoteSpoke` registry's client secret): destroy must give the column back blank when it was
blank before adoption (issue 10 point 2), as `servicenow_application_registry` does.

Found by tests/e2e/test_least_privilege_ci.py: `adopted_values` notes a password2 column that was blank
before the adoption (`sensitive_fields.<column>` = ""), at create or at the update that first writes it,
and destroy writes it blank again."""

from __future__ import annotations

from servicenow_emulator.testing import Emulator
from tests.provider.helpers import Ctx, configured_provider, planned_create, resource


def test_an_adopted_registry_gets_its_blank_client_secret_back_on_destroy(emulator: Emulator) -> None:
    provider = configured_provider(emulator.url)
    res = resource(provider, "servicenow_record")
    [registry] = emulator.query("oauth_entity", "name=RemoteSpoke")
    assert registry["client_secret"] == ""
    config = {
        "table": "oauth_entity",
        "fields": {"name": "RemoteSpoke", "client_id": "client-id-of-the-endpoint"},
        "sensitive_fields": {"client_secret": "Client-Secret-Of-The-Endpoint-0123456789"},
        "adopt_by": "name",
    }
    ctx = Ctx("servicenow_record")
    state = res.create(ctx.create(), planned_create(res, config))
    assert not ctx.diags.has_errors(), ctx.text
    written = emulator.get_record("oauth_entity", registry["sys_id"])
    assert written is not None and emulator.decrypt(written["client_secret"])
    # What terraform keeps: the write-only secret is null in state (RegistryClient sends it as `_wo`).
    state = dict(state, sensitive_fields=None)
    ctx = Ctx("servicenow_record")
    res.delete(ctx.delete(), state)
    assert not ctx.diags.has_errors(), ctx.text
    after = emulator.get_record("oauth_entity", registry["sys_id"])
    assert after is not None and after["client_id"] == ""
    assert after["client_secret"] == "", "the client secret the deploy wrote is still in the registry"


def test_a_secret_first_written_after_the_adoption_is_noted_and_given_back_blank(emulator: Emulator) -> None:
    from tf.types import Unknown

    from terraform_provider_servicenow.planning import planning

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
