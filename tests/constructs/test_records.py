"""The L2 constructs used on their own (outside the spoke)."""

from __future__ import annotations

from typing import Any

import pytest

from servicenow_spoke import GenericRecord, OAuthApiEndpoint, SecretValue, SpokeValidationError, UserLookup
from servicenow_spoke.cdk import TerraformStack, binding

ServicenowProvider = binding("provider").ServicenowProvider

URL = "https://dev.service-now.com"


def _property(stack: TerraformStack, **options: Any) -> GenericRecord:
    provider = ServicenowProvider(stack, "p", instance_url=URL)
    return GenericRecord(stack, "Property", provider=provider, table="sys_properties", **options)


def test_generic_record_writes_sensitive_fields_write_only_from_ephemeral_variables(stack, synth) -> None:
    _property(
        stack,
        fields={"name": "glide.oauth.inbound.client.credential.grant_type.enabled", "value": "true"},
        sensitive_fields={"secret_value": SecretValue.from_env_variable(stack, "property_secret")},
    )
    doc = synth(stack)
    (block,) = doc["resource"]["servicenow_record"].values()
    assert block["table"] == "sys_properties"
    assert block["fields"]["value"] == "true"
    assert block["sensitive_fields_wo"] == {"secret_value": "${var.property_secret}"}
    assert block["sensitive_fields_wo_version"] == "1" and "sensitive_fields" not in block
    assert doc["variable"]["property_secret"]["ephemeral"] is True
    assert "adopt_by" not in block and "on_destroy" not in block


def test_the_stored_form_is_for_older_terraform_and_refuses_an_ephemeral_secret(stack, synth) -> None:
    stored = SecretValue.from_env_variable(stack, "stored_secret", ephemeral=False)
    _property(stack, fields={"name": "a"}, sensitive_fields={"v": stored}, write_only=False)
    (block,) = synth(stack)["resource"]["servicenow_record"].values()
    assert block["sensitive_fields"] == {"v": "${var.stored_secret}"} and "sensitive_fields_wo" not in block
    with pytest.raises(SpokeValidationError, match="ephemeral secret cannot go to the stored form"):
        GenericRecord(
            stack,
            "Other",
            provider=ServicenowProvider(stack, "p2", instance_url=URL, alias="p2"),
            table="sys_properties",
            fields={"name": "b"},
            sensitive_fields={"v": SecretValue.from_env_variable(stack, "eph")},
            write_only=False,
        )


@pytest.mark.parametrize(
    ("fields", "argument"),
    [({}, "fields"), ({"order": 100}, "fields['order']")],
)
def test_generic_record_rejects_fields_that_are_not_table_api_strings(stack, fields, argument) -> None:
    with pytest.raises(SpokeValidationError) as caught:
        _property(stack, fields=fields)
    assert caught.value.argument == argument


def test_generic_record_adopts_by_a_column_of_its_fields_with_a_choice_on_destroy(stack, synth) -> None:
    _property(stack, fields={"name": "x.y", "value": "true"}, adopt_by="name", on_destroy="keep")
    (block,) = synth(stack)["resource"]["servicenow_record"].values()
    assert (block["adopt_by"], block["on_destroy"]) == ("name", "keep")


@pytest.mark.parametrize(
    ("options", "argument", "words"),
    [
        ({"adopt_by": "sys_name"}, "adopt_by", "'sys_name' is not a column of fields"),
        ({"on_destroy": "keep"}, "on_destroy", "only a record found by adopt_by"),
        ({"adopt_by": "name", "on_destroy": "delete"}, "on_destroy", "restore"),
    ],
)
def test_generic_record_adoption_settings_are_checked_at_synth(stack, options, argument, words) -> None:
    with pytest.raises(SpokeValidationError, match=words) as caught:
        _property(stack, fields={"name": "x"}, **options)
    assert caught.value.argument == argument


def test_one_instance_wide_record_is_adopted_once_per_instance_in_a_stack(stack) -> None:
    one = ServicenowProvider(stack, "one", instance_url=URL, alias="one")
    other = ServicenowProvider(stack, "other", instance_url="https://other.service-now.com", alias="other")
    fields = {"name": "x.y", "value": "true"}
    GenericRecord(stack, "A", provider=one, table="sys_properties", fields=fields, adopt_by="name")
    GenericRecord(stack, "B", provider=other, table="sys_properties", fields=fields, adopt_by="name")
    GenericRecord(stack, "C", provider=one, table="sys_properties", fields=fields)  # not adopted: allowed
    with pytest.raises(SpokeValidationError, match="already adopted by test/A on the same instance"):
        GenericRecord(stack, "D", provider=one, table="sys_properties", fields=fields, adopt_by="name")


def test_endpoint_sends_a_given_client_secret_write_only_and_exposes_it_as_a_secret(stack, synth) -> None:
    provider = ServicenowProvider(stack, "p", instance_url=URL)
    endpoint = OAuthApiEndpoint(
        stack,
        "Endpoint",
        provider=provider,
        name="client",
        redirect_url=f"{URL}/oauth_redirect.do",
        client_secret=SecretValue.from_env_variable(stack, "client_secret"),
        client_secret_version="7",
    )
    assert isinstance(endpoint.client_secret, SecretValue) and endpoint.client_secret.ephemeral
    (block,) = synth(stack)["resource"]["servicenow_oauth_api_endpoint"].values()
    assert block["client_secret_wo"] == "${var.client_secret}" and block["client_secret_wo_version"] == "7"
    assert "client_secret" not in block
    assert "code_challenge_method" not in block  # only sent when PKCE is required


def test_endpoint_without_a_secret_generates_one_per_run_in_an_ephemeral_block(stack, synth) -> None:
    provider = ServicenowProvider(stack, "p", instance_url=URL, alias="remote")
    endpoint = OAuthApiEndpoint(stack, "Endpoint", provider=provider, name="c", redirect_url=f"{URL}/r")
    doc = synth(stack)
    assert doc["ephemeral"]["servicenow_client_secret"] == {
        "Endpoint_ClientSecret": {"provider": "servicenow.remote"}
    }
    (block,) = doc["resource"]["servicenow_oauth_api_endpoint"].values()
    expected = "${ephemeral.servicenow_client_secret.Endpoint_ClientSecret.value}"
    assert block["client_secret_wo"] == expected == endpoint.client_secret.token


def test_a_record_needs_a_servicenow_provider(stack) -> None:
    with pytest.raises(SpokeValidationError, match="argument 'provider'.*ServicenowProvider"):
        OAuthApiEndpoint(stack, "E", provider="dev", name="x", redirect_url="y")  # type: ignore[arg-type]


def test_endpoint_oauth_application_user_comes_from_a_user_lookup_that_fails_the_plan_when_missing(
    stack, synth
) -> None:
    provider = ServicenowProvider(stack, "p", instance_url=URL)
    user = UserLookup(stack, "CiUser", provider=provider, user_name="spoke.ci", fix="create spoke.ci first")
    OAuthApiEndpoint(
        stack, "Endpoint", provider=provider, name="client", redirect_url=f"{URL}/x", user=user.sys_id
    )
    doc = synth(stack)
    ((logical_id, lookup),) = doc["data"]["servicenow_record"].items()
    assert (lookup["table"], lookup["query"]) == ("sys_user", "user_name=spoke.ci")
    [condition] = lookup["lifecycle"]["postcondition"]
    assert condition["condition"] == "${self.record_count == 1}"
    assert (
        "'spoke.ci'" in condition["error_message"]
        and "Fix: create spoke.ci first." in (condition["error_message"])
    )
    (endpoint,) = doc["resource"]["servicenow_oauth_api_endpoint"].values()
    assert endpoint["user"] == f'${{data.servicenow_record.{logical_id}.fields["sys_id"]}}'


def test_endpoint_without_a_user_leaves_the_column_out(stack, synth) -> None:
    provider = ServicenowProvider(stack, "p", instance_url=URL)
    OAuthApiEndpoint(stack, "Endpoint", provider=provider, name="client", redirect_url=f"{URL}/x")
    (endpoint,) = synth(stack)["resource"]["servicenow_oauth_api_endpoint"].values()
    assert "user" not in endpoint


@pytest.mark.parametrize("user_name", ["", " spoke.ci", "a^ORuser_name=admin", "${var.x}"])
def test_user_lookup_rejects_names_that_are_not_a_plain_user_name(stack, user_name) -> None:
    provider = ServicenowProvider(stack, "p", instance_url=URL)
    with pytest.raises(SpokeValidationError) as caught:
        UserLookup(stack, "U", provider=provider, user_name=user_name)
    assert caught.value.argument == "user_name"
