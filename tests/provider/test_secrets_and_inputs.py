"""Secrets stay out of output, and inputs that would change a request's meaning are refused early:
user info in instance_url, password2 columns of the generic record, `^` or line breaks in natural keys,
secrets known only from prior or planned state."""

from __future__ import annotations

from typing import Any

import pytest
from tf.utils import Diagnostics

from servicenow_emulator.testing import Emulator
from terraform_provider_servicenow import redact
from terraform_provider_servicenow.provider import ServiceNowProvider
from terraform_provider_servicenow.resources import kind
from terraform_provider_servicenow.settings import SettingsError, resolve
from tests.provider.helpers import (
    Ctx,
    admin_session,
    configured_provider,
    data_source,
    planned_create,
    resource,
)

URL_SECRET = "pw-in-the-url-7431"
STATE_SECRET = "secret-from-state-9126"


@pytest.fixture
def provider(emulator: Emulator):
    return configured_provider(emulator.url)


# ------------------------------------------------------------------------------------ instance_url


@pytest.mark.parametrize(
    "url",
    [
        f"http://admin:{URL_SECRET}@127.0.0.1:8080",
        f"https://admin:{URL_SECRET}@acme.service-now.com",
        f"ftp://admin:{URL_SECRET}@acme.service-now.com",
        "https://admin@acme.service-now.com",
    ],
)
def test_user_info_in_instance_url_is_an_error_that_never_shows_the_password(url: str):
    with pytest.raises(SettingsError) as info:
        resolve({"instance_url": url, "username": "u", "password": "p"}, {})
    [problem] = [p for p in info.value.problems if p.setting == "instance_url"]
    assert "`username` and `password`" in problem.detail
    assert URL_SECRET not in problem.detail and URL_SECRET not in problem.summary


def test_user_info_in_instance_url_is_reported_by_validate_and_configure(monkeypatch):
    monkeypatch.setenv("SERVICENOW_INSTANCE_URL", f"https://admin:{URL_SECRET}@acme.service-now.com")
    diags = Diagnostics()
    ServiceNowProvider().validate_config(diags, {"instance_url": f"http://u:{URL_SECRET}@127.0.0.1:1"})
    provider = ServiceNowProvider()
    provider.configure_provider(diags, {"username": "u", "password": "p"})  # the URL from the environment
    assert [tuple(d.path) for d in diags.diagnostics] == [("instance_url",), ("instance_url",)]
    assert "SERVICENOW_INSTANCE_URL" in str(diags) and URL_SECRET not in str(diags)
    assert provider.client is None


# ------------------------------------------------------------------------------------ password2 columns


def test_record_data_source_leaves_out_password2_columns(provider, emulator: Emulator):
    res = resource(provider, "servicenow_basic_auth_credential")
    res.create(
        Ctx().create(),
        planned_create(res, {"name": "p2", "user_name": "u", "password": "clear-pw-5150"}),
    )
    stored = emulator.query("basic_auth_credentials", "name=p2")[0]
    assert stored["password"]  # the instance has it (encrypted)
    ds = data_source(provider, "servicenow_record")
    base = {"sys_id": None, "limit": None, "page_size": None}
    for table, query, secret_columns in (
        ("basic_auth_credentials", "name=p2", {"password"}),
        ("oauth_entity", "name=RemoteSpoke", {"client_secret"}),
        ("sys_user", "user_name=admin", {"user_password"}),
    ):
        ctx = Ctx()
        out = ds.read(ctx.data(), {**base, "table": table, "query": query})
        assert not ctx.diags.has_errors(), ctx.text
        assert out["record_count"] == 1 and out["fields"]["sys_id"]
        for record in [out["fields"], *out["records"]]:
            assert not secret_columns & set(record), (table, sorted(record))


def test_record_resource_keeps_password2_columns_out_of_computed_fields(provider, emulator: Emulator):
    [registry] = emulator.query("oauth_entity", "name=RemoteSpoke")
    res = resource(provider, "servicenow_record")
    imported = res.import_(Ctx().import_(), f"oauth_entity/{registry['sys_id']}")
    assert imported["computed_fields"]["name"] == "RemoteSpoke"
    assert "client_secret" not in imported["computed_fields"]
    ctx = Ctx()
    state = res.create(
        ctx.create(),
        planned_create(res, {"table": "sys_user", "fields": {"user_name": "p2.user"}}),
    )
    assert not ctx.diags.has_errors(), ctx.text
    assert "user_password" not in state["computed_fields"] and "user_name" in state["fields"]
    read = res.read(Ctx().read(), dict(state))
    assert "user_password" not in read["computed_fields"]


def test_a_password_property_value_is_left_out_of_computed_fields(provider, emulator: Emulator):
    session = admin_session(emulator.url)
    created = session.post(
        f"{emulator.url}/api/now/table/sys_properties",
        params={"sysparm_input_display_value": "true"},
        json={"name": "x.secret", "type": "password2", "value": "prop-secret-42"},
    )
    created.raise_for_status()
    imported = resource(provider, "servicenow_record").import_(
        Ctx().import_(), "sys_properties/name=x.secret"
    )
    assert imported["computed_fields"]["type"] == "password2" and "value" not in imported["computed_fields"]
    out = data_source(provider, "servicenow_record").read(
        Ctx().data(),
        {
            "table": "sys_properties",
            "query": "name=x.secret",
            "sys_id": None,
            "limit": None,
            "page_size": None,
        },
    )
    assert out["fields"]["name"] == "x.secret" and "value" not in out["fields"]


def test_a_known_password2_column_in_fields_is_an_error_pointing_to_sensitive_fields(provider):
    ctx = Ctx()
    resource(provider, "servicenow_record").validate(
        ctx.diags,
        "servicenow_record",
        {
            "table": "basic_auth_credentials",
            "fields": {"name": "n", "password": "x"},
            "sensitive_fields": None,
        },
    )
    assert ctx.diags.diagnostics[0].path == ["fields"] and "sensitive_fields" in ctx.text


# ------------------------------------------------------------------------------------ natural keys


@pytest.mark.parametrize("name", ["RemoteSpoke^active=true", "RemoteSpoke\nx", "a\rb"])
def test_a_natural_key_that_would_change_the_encoded_query_is_refused_at_validate(provider, name: str):
    ctx = Ctx()
    resource(provider, "servicenow_application_registry").validate(
        ctx.diags, "servicenow_application_registry", {"name": name}
    )
    for type_name in ("servicenow_connection_alias", "servicenow_application_registry"):
        data_source(provider, type_name).validate(ctx.diags, type_name, {"name": name})
    assert [d.path for d in ctx.diags.diagnostics] == [["name"]] * 3
    assert "line break" in ctx.text


def test_adopt_and_import_never_send_a_query_built_from_an_unsafe_key(provider, emulator: Emulator):
    res = resource(provider, "servicenow_application_registry")
    emulator.clear_requests()
    ctx = Ctx()
    assert res.create(ctx.create(), planned_create(res, {"name": "RemoteSpoke^ORname=Other"})) is None
    assert ctx.diags.has_errors()
    ctx = Ctx()
    assert res.import_(ctx.import_(), "name=RemoteSpoke\nactive=true") is None
    assert "Invalid import ID" in ctx.text
    ctx = Ctx()
    assert resource(provider, "servicenow_record").import_(ctx.import_(), "oauth_entity/name=a^b") is None
    assert ctx.diags.has_errors()
    assert emulator.requests() == []


# ------------------------------------------------------------------------------------ scrubbing


def _raise_with(secret: str):
    def fail(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError(f"something formatted {secret} by mistake")

    return fail


def test_secrets_of_a_prior_state_are_scrubbed_from_read_and_delete_diagnostics(provider):
    res = resource(provider, "servicenow_basic_auth_credential")
    current = {"sys_id": "a" * 32, "id": "a" * 32, "name": "n", "user_name": "u", "password": STATE_SECRET}
    provider.client.get = _raise_with(STATE_SECRET)
    ctx = Ctx()
    assert res.read(ctx.read(), dict(current)) is None
    provider.client.delete = _raise_with(STATE_SECRET)
    res.delete(ctx.delete(), dict(current))
    assert len(ctx.diags.diagnostics) == 2 and "by mistake" in ctx.text
    assert STATE_SECRET not in ctx.text and redact.MASK in ctx.text


def test_secrets_of_a_planned_state_are_scrubbed_from_plan_diagnostics(provider, monkeypatch):
    res = resource(provider, "servicenow_oauth_api_endpoint")
    monkeypatch.setattr(kind, "apply_defaults", _raise_with(STATE_SECRET))
    ctx = Ctx()
    res.plan(ctx.plan({"client_secret"}), None, {"name": "n", "client_secret": STATE_SECRET})
    assert ctx.diags.has_errors() and STATE_SECRET not in ctx.text


def test_generic_record_sensitive_fields_of_a_prior_state_are_scrubbed(provider):
    res = resource(provider, "servicenow_record")
    current = {
        "table": "basic_auth_credentials",
        "sys_id": "b" * 32,
        "fields": {"name": "n"},
        "sensitive_fields": {"password": STATE_SECRET},
    }
    provider.client.get = _raise_with(STATE_SECRET)
    ctx = Ctx()
    assert res.read(ctx.read(), current) is None
    assert "by mistake" in ctx.text and STATE_SECRET not in ctx.text
    assert redact.scrub(f"log line {STATE_SECRET}") == f"log line {redact.MASK}"
