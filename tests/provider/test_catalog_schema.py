"""The catalog is the one source of truth: schemas, names and docs come from it."""

from __future__ import annotations

import json

import pytest

from terraform_provider_servicenow import catalog
from terraform_provider_servicenow.catalog import LOOKUP_KINDS, RESOURCE_KINDS
from terraform_provider_servicenow.datasources import data_source_classes
from terraform_provider_servicenow.docs import README_PATH, render_readme
from terraform_provider_servicenow.provider import ServiceNowProvider
from terraform_provider_servicenow.resources import resource_classes
from terraform_provider_servicenow.schema import (
    provider_schema,
    required_secrets,
    resource_schema,
    write_only_attributes,
)
from terraform_provider_servicenow.schema_json import provider_schema_json

EXPECTED_RESOURCES = {
    "servicenow_oauth_api_endpoint",
    "servicenow_application_registry",
    "servicenow_oauth2_credential",
    "servicenow_basic_auth_credential",
    "servicenow_http_connection",
    "servicenow_record",
}
EXPECTED_DATA_SOURCES = {
    "servicenow_connection_alias",
    "servicenow_oauth_entity_profile",
    "servicenow_application_registry",
    "servicenow_record",
}


def _attrs(schema):
    return {a.name: a for a in schema.attributes}


def test_provider_serves_every_resource_and_data_source_of_the_contract():
    provider = ServiceNowProvider()
    assert {"servicenow_" + r.get_name() for r in provider.get_resources()} == EXPECTED_RESOURCES
    assert {"servicenow_" + d.get_name() for d in provider.get_data_sources()} == EXPECTED_DATA_SOURCES
    assert provider.full_name() == "registry.terraform.io/servicenow-spoke/servicenow"


@pytest.mark.parametrize("kind", RESOURCE_KINDS, ids=lambda k: k.type_name)
def test_resource_attributes_are_the_catalog_columns_plus_sys_id_id_the_create_key_and_write_only_forms(kind):
    attrs = _attrs(resource_schema(kind))
    assert set(kind.column_names) <= set(attrs)
    assert attrs["sys_id"].computed and not attrs["sys_id"].optional
    assert attrs["id"].computed
    extra = set(attrs) - set(kind.column_names) - {"sys_id", "id"}
    secrets = [c.name for c in kind.columns if c.kind == "password2"]
    write_only = {f"{s}_wo" for s in secrets} | {f"{s}_wo_version" for s in secrets}
    assert write_only == set(write_only_attributes(kind.full_type_name)) | {
        v for _, v in write_only_attributes(kind.full_type_name).values()
    }
    own = {"on_destroy", "adopted_values"} if kind.lifecycle == "adopt" else {"create_sys_id"}
    assert extra == own | write_only
    if kind.lifecycle == "create":
        key = attrs["create_sys_id"]
        assert key.optional and not key.computed and not key.requires_replace


@pytest.mark.parametrize("kind", RESOURCE_KINDS, ids=lambda k: k.type_name)
def test_password2_columns_are_sensitive_and_nothing_else_is(kind):
    attrs = _attrs(resource_schema(kind))
    for col in kind.columns:
        assert bool(attrs[col.name].sensitive) == (col.kind == "password2"), col.name
    for name in write_only_attributes(kind.full_type_name):
        assert attrs[name].sensitive and attrs[name].optional and not attrs[name].computed


@pytest.mark.parametrize("kind", RESOURCE_KINDS, ids=lambda k: k.type_name)
def test_every_schema_version_is_explicit_so_tf_does_not_warn_about_upgrades(kind):
    assert resource_schema(kind).version == 0
    assert provider_schema().version == 0


def test_every_attribute_of_every_schema_has_a_description():
    for cls in [*resource_classes(), *data_source_classes()]:
        schema = cls.get_schema()
        assert schema.description, cls.get_name()
        for attr in schema.attributes:
            assert attr.description and len(attr.description) > 10, (cls.get_name(), attr.name)
    for attr in provider_schema().attributes:
        assert "Environment variable: `SERVICENOW_" in attr.description, attr.name


def test_endpoint_defaults_follow_servicenow_documentation():
    attrs = _attrs(resource_schema(catalog.OAUTH_API_ENDPOINT))
    assert attrs["access_token_lifespan"].default == 1800
    assert attrs["refresh_token_lifespan"].default == 8640000
    assert attrs["public_client"].default is False
    assert attrs["active"].default is True
    assert (
        attrs["client_secret"].optional
        and attrs["client_secret"].computed
        and attrs["client_secret"].sensitive
    )
    assert attrs["client_id"].computed and not attrs["client_id"].optional
    # The dictionary's default (generated catalog data); ServiceNow documents S256 as the default.
    assert attrs["code_challenge_method"].default == "S256"
    assert attrs["access"].default == "public"
    assert dict(catalog.OAUTH_API_ENDPOINT.fixed_values) == {"type": "client"}


def test_endpoint_oauth_application_user_is_an_optional_sys_user_reference_that_clears_when_unset():
    col = catalog.OAUTH_API_ENDPOINT.column("user")
    assert (col.kind, col.reference, col.mode) == ("reference", "sys_user", "optional")
    attr = _attrs(resource_schema(catalog.OAUTH_API_ENDPOINT))["user"]
    assert attr.optional and not attr.computed and not attr.required and not attr.sensitive
    assert "OAuth Application User" in attr.description and "client-credentials" in attr.description


def test_application_registry_is_adopted_and_its_name_forces_replacement():
    kind = catalog.APPLICATION_REGISTRY
    attrs = _attrs(resource_schema(kind))
    assert kind.lifecycle == "adopt"
    assert attrs["name"].required and attrs["name"].requires_replace
    assert attrs["on_destroy"].default == "restore"
    assert attrs["adopted_values"].computed and not attrs["adopted_values"].optional
    # Attributes not set in the configuration keep the adopted record's values.
    for name in ("client_id", "auth_url", "token_url", "redirect_url", "default_grant_type", "active"):
        assert attrs[name].optional and attrs[name].computed, name
    assert attrs["client_secret"].sensitive and not attrs["client_secret"].computed


def test_credentials_and_connection_defaults():
    for kind in (catalog.OAUTH2_CREDENTIAL, catalog.BASIC_AUTH_CREDENTIAL):
        attrs = _attrs(resource_schema(kind))
        assert attrs["active"].default is True and attrs["order"].default == 100
    conn = _attrs(resource_schema(catalog.HTTP_CONNECTION))
    assert conn["active"].default is True and conn["use_mid"].default is False
    assert conn["connection_alias"].required and conn["credential"].optional
    basic = _attrs(resource_schema(catalog.BASIC_AUTH_CREDENTIAL))
    assert basic["password"].optional and basic["password"].sensitive  # or password_wo (validate time)
    assert "password" in required_secrets("servicenow_basic_auth_credential")


def test_generic_record_schema_has_owned_sensitive_and_computed_maps():
    from terraform_provider_servicenow.schema import record_resource_schema

    attrs = _attrs(record_resource_schema())
    assert attrs["table"].required and attrs["table"].requires_replace
    assert attrs["fields"].type.tf_type() == b'["map","string"]'
    assert attrs["sensitive_fields"].sensitive and attrs["sensitive_fields"].optional
    assert attrs["computed_fields"].computed and not attrs["computed_fields"].optional


def test_lookup_data_sources_take_the_natural_key_and_return_the_contract_outputs():
    outputs = {k.type_name: {c.name for c in k.outputs} for k in LOOKUP_KINDS}
    assert outputs["connection_alias"] == {"sys_id", "id", "type", "connection_type", "sys_scope"}
    assert outputs["oauth_entity_profile"] == {"sys_id", "oauth_entity", "grant_type", "default"}
    assert {
        "sys_id",
        "client_id",
        "type",
        "auth_url",
        "token_url",
        "redirect_url",
        "default_grant_type",
        "active",
    } <= (outputs["application_registry"])
    assert "client_secret" not in outputs["application_registry"]


def test_schema_command_json_has_the_terraform_shape():
    doc = provider_schema_json()
    assert doc["format_version"] == "1.0"
    prov = doc["provider_schemas"]["registry.terraform.io/servicenow-spoke/servicenow"]
    assert set(prov["resource_schemas"]) == EXPECTED_RESOURCES
    assert set(prov["data_source_schemas"]) == EXPECTED_DATA_SOURCES
    endpoint = prov["resource_schemas"]["servicenow_oauth_api_endpoint"]["block"]["attributes"]
    assert endpoint["client_secret"] == {
        **endpoint["client_secret"],
        "type": "string",
        "optional": True,
        "computed": True,
        "sensitive": True,
    }
    assert prov["data_source_schemas"]["servicenow_record"]["block"]["attributes"]["records"]["type"] == [
        "list",
        ["map", "string"],
    ]
    json.dumps(doc)  # serialisable


def test_readme_is_generated_from_the_catalog_and_up_to_date():
    text = render_readme()
    for name in EXPECTED_RESOURCES | EXPECTED_DATA_SOURCES:
        assert f"`{name}`" in text
    for kind in RESOURCE_KINDS:
        for col in kind.columns:
            assert f"| `{col.name}` |" in text
    assert README_PATH.read_text() == text, "run: python -m terraform_provider_servicenow docs --write"
