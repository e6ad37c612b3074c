"""Resources and data sources, called as tf calls them, against the emulator (no terraform)."""

from __future__ import annotations

import pytest
from tf.types import Unknown

from servicenow_emulator.testing import Emulator
from tests.provider.helpers import (
    Ctx,
    Recorder,
    configured_provider,
    create_user,
    data_source,
    delete_record,
    patch_record,
    planned_create,
    resource,
)


@pytest.fixture
def provider(emulator: Emulator):
    return configured_provider(emulator.url)


def _create(provider, type_name, config):
    res = resource(provider, type_name)
    ctx = Ctx(type_name)
    state = res.create(ctx.create(), planned_create(res, config))
    assert not ctx.diags.has_errors(), ctx.text
    return res, state


# ------------------------------------------------------------------------------------ OAuth API endpoint


def test_endpoint_create_generates_a_long_random_secret_and_sends_it_once(provider, emulator: Emulator):
    rec = Recorder(provider)
    res, state = _create(provider, "servicenow_oauth_api_endpoint", {"name": "Local client"})
    secret = state["client_secret"]
    assert isinstance(secret, str) and len(secret) >= 32
    # The plain columns in a plain POST, the secret alone in a PATCH with display values (E.5).
    [(post, path, params, body), (patch, patch_path, patch_params, patch_body)] = rec.calls
    assert (post, path) == ("POST", "/api/now/table/oauth_entity")
    assert "sysparm_input_display_value" not in params and "client_secret" not in body
    assert body["type"] == "client" and body["name"] == "Local client"
    assert (patch, patch_path) == ("PATCH", f"/api/now/table/oauth_entity/{state['sys_id']}")
    assert patch_params["sysparm_input_display_value"] == "true" and patch_body == {"client_secret": secret}
    stored = emulator.get_record("oauth_entity", state["sys_id"])
    assert stored["type"] == "client" and emulator.decrypt(stored["client_secret"]) == secret
    assert state["client_id"] == stored["client_id"] and state["client_id"]
    assert (state["access_token_lifespan"], state["refresh_token_lifespan"]) == (1800, 8640000)
    assert state["id"] == state["sys_id"]
    _, other = _create(provider, "servicenow_oauth_api_endpoint", {"name": "Another client"})
    assert other["client_secret"] != secret


def test_endpoint_keeps_a_given_secret(provider, emulator: Emulator):
    _, state = _create(
        provider, "servicenow_oauth_api_endpoint", {"name": "c", "client_secret": "given-secret-1234"}
    )
    assert (
        emulator.decrypt(emulator.get_record("oauth_entity", state["sys_id"])["client_secret"])
        == "given-secret-1234"
    )
    assert state["client_secret"] == "given-secret-1234"


def test_read_reflects_drift_and_never_reads_the_secret_back(provider, emulator: Emulator):
    res, state = _create(
        provider, "servicenow_oauth_api_endpoint", {"name": "c", "redirect_url": "https://a/x"}
    )
    patch_record(emulator.url, "oauth_entity", state["sys_id"], {"redirect_url": "https://evil/x"})
    ctx = Ctx()
    new = res.read(ctx.read(), dict(state))
    assert new["redirect_url"] == "https://evil/x"
    assert new["client_secret"] == state["client_secret"]


def test_endpoint_oauth_application_user_is_sent_read_back_changed_and_cleared(provider, emulator: Emulator):
    ci = create_user(emulator.url, "spoke.ci", "Ci-User-Pass-31")
    other = create_user(emulator.url, "spoke.ci2", "Ci-User-Pass-32")
    rec = Recorder(provider)
    res, state = _create(provider, "servicenow_oauth_api_endpoint", {"name": "cc client", "user": ci})
    # The `user` column is checked in sys_dictionary first (its name is unconfirmed), then written.
    [dictionary, (_m, _p, _params, body), secret] = rec.calls
    assert dictionary[:2] == ("GET", "/api/now/table/sys_dictionary") and secret[3].keys() == {
        "client_secret"
    }
    assert body["user"] == ci and state["user"] == ci
    assert emulator.get_record("oauth_entity", state["sys_id"])["user"] == ci

    # Drift: another user set behind terraform's back is read into state.
    patch_record(emulator.url, "oauth_entity", state["sys_id"], {"user": other})
    assert res.read(Ctx().read(), dict(state))["user"] == other

    # A change patches only `user`; unsetting it clears the column (it is optional, not computed).
    rec.calls.clear()
    changed = res.update(Ctx().update(), dict(state), dict(state, user=other))
    assert [c[3] for c in rec.calls] == [{"user": other}] and changed["user"] == other
    rec.calls.clear()
    cleared = res.update(Ctx().update(), dict(changed), dict(changed, user=None))
    assert [c[3] for c in rec.calls] == [{"user": ""}] and cleared["user"] is None
    assert emulator.get_record("oauth_entity", state["sys_id"])["user"] == ""


def test_read_of_a_deleted_record_removes_it_from_state(provider, emulator: Emulator):
    res, state = _create(
        provider, "servicenow_oauth2_credential", {"name": "x", "oauth_entity_profile": "f" * 32}
    )
    delete_record(emulator.url, "oauth_2_0_credentials", state["sys_id"])
    ctx = Ctx()
    assert res.read(ctx.read(), dict(state)) is None
    assert not ctx.diags.diagnostics


def test_update_patches_only_the_changed_columns(provider):
    res, state = _create(
        provider,
        "servicenow_http_connection",
        {"name": "conn", "connection_alias": "e" * 32, "connection_url": "https://a.example"},
    )
    rec = Recorder(provider)
    planned = dict(state, connection_url="https://b.example")
    ctx = Ctx()
    new = res.update(ctx.update(), dict(state), planned)
    assert not ctx.diags.has_errors(), ctx.text
    [(method, _path, params, body)] = rec.calls
    assert method == "PATCH" and body == {"connection_url": "https://b.example"}
    assert "sysparm_input_display_value" not in params
    assert new["connection_url"] == "https://b.example" and new["name"] == "conn"


def test_update_without_column_changes_sends_nothing(provider):
    res, state = _create(
        provider, "servicenow_basic_auth_credential", {"name": "b", "user_name": "u", "password": "pw-1"}
    )
    rec = Recorder(provider)
    new = res.update(Ctx().update(), dict(state), dict(state))
    assert rec.calls == [] and new == state


def test_a_new_password_is_patched_as_a_display_value(provider, emulator: Emulator):
    res, state = _create(
        provider, "servicenow_basic_auth_credential", {"name": "b", "user_name": "u", "password": "pw-1"}
    )
    rec = Recorder(provider)
    res.update(Ctx().update(), dict(state), dict(state, password="pw-2-longer"))
    [(_m, _p, params, body)] = rec.calls
    assert body == {"password": "pw-2-longer"} and params["sysparm_input_display_value"] == "true"
    stored = emulator.get_record("basic_auth_credentials", state["sys_id"])
    assert emulator.decrypt(stored["password"]) == "pw-2-longer"


def test_import_by_sys_id_and_by_name(provider):
    res, state = _create(provider, "servicenow_oauth_api_endpoint", {"name": "Importable"})
    for import_id in (state["sys_id"], "name=Importable"):
        ctx = Ctx()
        imported = res.import_(ctx.import_(), import_id)
        assert not ctx.diags.has_errors(), ctx.text
        assert imported["sys_id"] == state["sys_id"] and imported["client_id"] == state["client_id"]
        assert imported["client_secret"] is None  # never read back


def test_import_errors_say_what_to_give(provider):
    res = resource(provider, "servicenow_oauth_api_endpoint")
    for bad, words in (
        ("nonsense", "Invalid import ID"),
        ("name=Nope", "no oauth_entity record"),
        ("a" * 32, "no oauth_entity"),
    ):
        ctx = Ctx()
        assert res.import_(ctx.import_(), bad) is None
        assert words in ctx.text


def test_endpoint_import_refuses_a_record_of_another_type(provider):
    registry = resource(provider, "servicenow_application_registry")
    rs = registry.import_(Ctx().import_(), "name=RemoteSpoke")
    ctx = Ctx()
    assert resource(provider, "servicenow_oauth_api_endpoint").import_(ctx.import_(), rs["sys_id"]) is None
    assert "type=" in ctx.text


# ------------------------------------------------------------------------------------ adopted registry


def test_registry_adopts_restores_and_never_deletes(provider, emulator: Emulator):
    [original] = emulator.query("oauth_entity", "name=RemoteSpoke")
    res = resource(provider, "servicenow_application_registry")
    rec = Recorder(provider)
    config = {
        "name": "RemoteSpoke",
        "client_id": "cid-1",
        "client_secret": "sec-ret-1",
        "auth_url": "https://r/oauth_auth.do",
    }
    ctx = Ctx()
    state = res.create(ctx.create(), planned_create(res, config))
    assert not ctx.diags.has_errors(), ctx.text
    assert rec.methods() == ["GET", "PATCH", "PATCH"]  # the lookup, the plain columns, the secret alone
    assert (
        state["sys_id"] == original["sys_id"] and len(emulator.query("oauth_entity", "name=RemoteSpoke")) == 1
    )
    assert state["adopted_values"] == {
        "client_id": original["client_id"],
        "auth_url": original["auth_url"],
        "client_secret": "",  # blank before adoption: destroy writes it blank again
    }
    assert state["token_url"] == (original["token_url"] or None)  # not set: follows the record
    # First write of another column records its original value too.
    planned = dict(state, token_url="https://r/oauth_token.do")
    plan_ctx = Ctx()
    assert res.plan(plan_ctx.plan({"token_url"}), dict(state), dict(planned))["adopted_values"] is Unknown
    state = res.update(Ctx().update(), dict(state), planned)
    assert state["adopted_values"]["token_url"] == original["token_url"]
    ctx = Ctx()
    res.delete(ctx.delete(), dict(state))
    after = emulator.get_record("oauth_entity", original["sys_id"])
    assert after is not None
    for name in ("client_id", "auth_url", "token_url", "client_secret"):
        assert after[name] == original[name], name
    assert ctx.diags.diagnostics == [] and "sec-ret-1" not in ctx.text


def test_registry_on_destroy_keep_leaves_the_values(provider, emulator: Emulator):
    res = resource(provider, "servicenow_application_registry")
    state = res.create(
        Ctx().create(),
        planned_create(res, {"name": "RemoteSpoke", "client_id": "kept", "on_destroy": "keep"}),
    )
    rec = Recorder(provider)
    res.delete(Ctx().delete(), dict(state))
    assert rec.calls == []
    assert emulator.query("oauth_entity", "name=RemoteSpoke")[0]["client_id"] == "kept"


def test_registry_that_does_not_exist_is_an_error_naming_it(provider):
    res = resource(provider, "servicenow_application_registry")
    ctx = Ctx()
    assert res.create(ctx.create(), planned_create(res, {"name": "NoSuchRegistry"})) is None
    assert "NoSuchRegistry" in ctx.text and "never creates" in ctx.text


def test_validation_names_the_bad_attribute(provider):
    ctx = Ctx()
    resource(provider, "servicenow_application_registry").validate(
        ctx.diags,
        "servicenow_application_registry",
        {"name": "RemoteSpoke", "on_destroy": "delete", "sys_scope": "x"},
    )
    resource(provider, "servicenow_oauth_api_endpoint").validate(
        ctx.diags,
        "servicenow_oauth_api_endpoint",
        {"name": "n", "code_challenge_method": "md5", "access_token_lifespan": -5},
    )
    paths = sorted(tuple(d.path) for d in ctx.diags.diagnostics)
    assert paths == [("access_token_lifespan",), ("code_challenge_method",), ("on_destroy",), ("sys_scope",)]


# ------------------------------------------------------------------------------------ generic record


def test_record_owns_its_fields_and_computes_the_rest(provider, emulator: Emulator):
    res, state = _create(
        provider, "servicenow_record", {"table": "sys_properties", "fields": {"name": "x.y", "value": "1"}}
    )
    assert state["fields"] == {"name": "x.y", "value": "1"}
    assert "sys_created_on" in state["computed_fields"] and "name" not in state["computed_fields"]
    planned = dict(state, fields={"name": "x.y", "value": "2"})
    assert res.plan(Ctx().plan({"fields"}), dict(state), dict(planned))["computed_fields"] is Unknown
    rec = Recorder(provider)
    new = res.update(Ctx().update(), dict(state), planned)
    assert rec.calls[0][3] == {"value": "2"}
    assert (
        new["fields"]["value"] == "2"
        and emulator.get_record("sys_properties", state["sys_id"])["value"] == "2"
    )


def test_record_sensitive_fields_are_written_as_display_values_and_kept_out_of_computed(
    provider, emulator: Emulator
):
    _, state = _create(
        provider,
        "servicenow_record",
        {
            "table": "basic_auth_credentials",
            "fields": {"name": "r", "user_name": "u"},
            "sensitive_fields": {"password": "pw-xyz"},
        },
    )
    assert "password" not in state["computed_fields"]
    assert (
        emulator.decrypt(emulator.get_record("basic_auth_credentials", state["sys_id"])["password"])
        == "pw-xyz"
    )


def test_record_import_by_table_and_key(provider):
    res, state = _create(
        provider, "servicenow_record", {"table": "sys_properties", "fields": {"name": "imp.me", "value": "v"}}
    )
    for import_id in (f"sys_properties/{state['sys_id']}", "sys_properties/name=imp.me"):
        imported = res.import_(Ctx().import_(), import_id)
        assert imported["sys_id"] == state["sys_id"] and imported["computed_fields"]["value"] == "v"


# ------------------------------------------------------------------------------------ data sources


def test_lookups_find_the_spoke_records_by_name(provider):
    alias = data_source(provider, "servicenow_connection_alias").read(
        Ctx().data(), {"name": "ServiceNowRemoteInstance"}
    )
    assert len(alias["sys_id"]) == 32 and alias["id"].endswith("ServiceNowRemoteInstance")
    assert alias["connection_type"] == "http_connection"
    profile = data_source(provider, "servicenow_oauth_entity_profile").read(
        Ctx().data(), {"name": "RemoteSpoke default_profile"}
    )
    registry = data_source(provider, "servicenow_application_registry").read(
        Ctx().data(), {"name": "RemoteSpoke"}
    )
    assert profile["oauth_entity"] == registry["sys_id"] and profile["default"] is True
    assert "client_secret" not in registry


def test_lookup_of_a_missing_name_is_an_error_on_the_name(provider):
    ctx = Ctx()
    assert data_source(provider, "servicenow_connection_alias").read(ctx.data(), {"name": "Nope"}) is None
    assert ctx.diags.diagnostics[0].path == ["name"] and "Nope" in ctx.text


def test_record_data_source_pages_through_a_query(provider, emulator: Emulator):
    res = resource(provider, "servicenow_record")
    for i in range(7):
        res.create(
            Ctx().create(), planned_create(res, {"table": "sys_properties", "fields": {"name": f"page.{i}"}})
        )
    rec = Recorder(provider)
    config = {
        "table": "sys_properties",
        "query": "nameSTARTSWITHpage.^ORDERBYname",
        "sys_id": None,
        "limit": None,
        "page_size": 3,
    }
    out = data_source(provider, "servicenow_record").read(Ctx().data(), config)
    assert out["record_count"] == 7 and [r["name"] for r in out["records"]] == [f"page.{i}" for i in range(7)]
    assert out["fields"]["name"] == "page.0" and len(rec.calls) == 3


def test_record_data_source_validation_needs_sys_id_or_query(provider):
    ds = data_source(provider, "servicenow_record")
    ctx = Ctx()
    ds.validate(
        ctx.diags,
        "servicenow_record",
        {"table": "t", "sys_id": None, "query": None, "limit": None, "page_size": None},
    )
    assert "needs `sys_id` or `query`" in ctx.text


# ------------------------------------------------------------------------------------ failures


def test_a_missing_role_is_a_diagnostic_naming_table_status_and_role(emulator: Emulator):
    create_user(emulator.url, "norole", "norole-pw")
    provider = configured_provider(emulator.url, "norole", "norole-pw")
    res = resource(provider, "servicenow_oauth_api_endpoint")
    ctx = Ctx()
    assert res.create(ctx.create(), planned_create(res, {"name": "x"})) is None
    [diag] = ctx.diags.diagnostics
    assert "HTTP 403" in diag.summary and 'servicenow_oauth_api_endpoint "x"' in diag.summary
    assert "Table: oauth_entity" in diag.detail and "oauth_admin" in diag.detail and "`norole`" in diag.detail
    assert "ServiceNow message:" in diag.detail


def test_a_wrong_password_is_a_diagnostic_naming_the_credential_never_its_value(emulator: Emulator):
    provider = configured_provider(emulator.url, "admin", "wrong-password-value")
    ctx = Ctx()
    assert (
        data_source(provider, "servicenow_connection_alias").read(
            ctx.data(), {"name": "ServiceNowRemoteInstance"}
        )
        is None
    )
    assert "HTTP 401" in ctx.text and "SERVICENOW_PASSWORD" in ctx.text and "`admin`" in ctx.text
    assert "wrong-password-value" not in ctx.text


def test_an_unexpected_failure_is_a_diagnostic_not_a_traceback(provider):
    provider.client.get = None  # type: ignore[assignment]  # any bug in the provider
    res = resource(provider, "servicenow_oauth2_credential")
    ctx = Ctx()
    assert res.read(ctx.read(), {"sys_id": "a" * 32, "name": "n"}) is None
    assert "Could not read" in ctx.text and "TypeError" in ctx.text


def test_a_lost_create_answer_does_not_make_a_duplicate(provider, emulator: Emulator):
    emulator.set_faults(drop_after_commit=1)
    _, state = _create(
        provider, "servicenow_basic_auth_credential", {"name": "once", "user_name": "u", "password": "pw-1"}
    )
    assert [r["sys_id"] for r in emulator.query("basic_auth_credentials", "name=once")] == [state["sys_id"]]


def test_validation_accepts_the_global_domain_and_rejects_an_empty_generated_secret(provider):
    ctx = Ctx()
    resource(provider, "servicenow_http_connection").validate(
        ctx.diags,
        "servicenow_http_connection",
        {"name": "c", "connection_alias": "e" * 32, "connection_url": "https://x", "sys_domain": "global"},
    )
    assert not ctx.diags.diagnostics
    resource(provider, "servicenow_oauth_api_endpoint").validate(
        ctx.diags, "servicenow_oauth_api_endpoint", {"name": "n", "client_secret": ""}
    )
    assert [tuple(d.path) for d in ctx.diags.diagnostics] == [("client_secret",)]


# ------------------------------------------------------------------------------------ defaults in plans


def _endpoint_state(**values):
    state = {
        "name": "n",
        "redirect_url": None,
        "client_secret": "s" * 48,
        "client_id": "cid",
        "access_token_lifespan": 1800,
        "refresh_token_lifespan": 8640000,
        "public_client": False,
        "code_challenge_method": "S256",
        "active": True,
        "access": "public",
        "comments": None,
        "logo_url": None,
        "sys_id": "a" * 32,
        "id": "a" * 32,
    }
    state.update(values)
    return state


def test_plan_restores_a_default_the_configuration_leaves_out(provider):
    from terraform_provider_servicenow.planning import planning

    res = resource(provider, "servicenow_oauth_api_endpoint")
    drifted = _endpoint_state(access_token_lifespan=60, active=False)
    config = {k: None for k in drifted} | {"name": "n"}
    with planning(config):
        planned = res.plan(Ctx().plan(set()), dict(drifted), dict(drifted))
        assert (planned["access_token_lifespan"], planned["active"]) == (1800, True)
        assert planned["access"] == "public"  # no default: follows the record
    with planning(dict(config, access_token_lifespan=60)):
        assert res.plan(Ctx().plan(set()), dict(drifted), dict(drifted))["access_token_lifespan"] == 60
    # Without a configuration (tf's own behaviour), the plan is left as proposed.
    assert res.plan(Ctx().plan(set()), dict(drifted), dict(drifted))["access_token_lifespan"] == 60


def test_the_grpc_servicer_hands_the_configuration_to_the_plan(provider):
    from tf.gen import tfplugin_pb2 as pb
    from tf.utils import read_dynamic_value, to_dynamic_value

    from terraform_provider_servicenow.servicer import Servicer

    servicer = Servicer(provider)
    drifted = _endpoint_state(active=False)
    config = {k: None for k in drifted} | {"name": "n"}
    response = servicer.PlanResourceChange(
        pb.PlanResourceChange.Request(
            type_name="servicenow_oauth_api_endpoint",
            prior_state=to_dynamic_value(drifted),
            proposed_new_state=to_dynamic_value(drifted),
            config=to_dynamic_value(config),
        ),
        None,
    )
    assert not response.diagnostics
    assert read_dynamic_value(response.planned_state)["active"] is True


def test_an_unexpected_failure_in_validation_is_a_diagnostic(provider):
    ctx = Ctx()
    resource(provider, "servicenow_record").validate(
        ctx.diags, "servicenow_record", {"table": 5, "fields": None, "sensitive_fields": None}
    )
    assert "Could not validate the resource configuration: TypeError" in ctx.text
