"""The L2 constructs used on their own (outside the spoke)."""

from __future__ import annotations

import pytest

from providers.servicenow.provider import ServicenowProvider
from servicenow_spoke import GenericRecord, OAuthApiEndpoint, SecretValue, SpokeValidationError

URL = "https://dev.service-now.com"


def test_generic_record_writes_fields_and_sensitive_fields_through_variables(stack, synth) -> None:
    provider = ServicenowProvider(stack, "p", instance_url=URL)
    GenericRecord(
        stack,
        "Property",
        provider=provider,
        table="sys_properties",
        fields={"name": "glide.oauth.inbound.client.credential.grant_type.enabled", "value": "true"},
        sensitive_fields={"secret_value": SecretValue.from_env_variable(stack, "property_secret")},
    )
    (block,) = synth(stack)["resource"]["servicenow_record"].values()
    assert block["table"] == "sys_properties"
    assert block["fields"]["value"] == "true"
    assert block["sensitive_fields"] == {"secret_value": "${var.property_secret}"}


@pytest.mark.parametrize(
    ("fields", "argument"),
    [({}, "fields"), ({"order": 100}, "fields['order']")],
)
def test_generic_record_rejects_fields_that_are_not_table_api_strings(stack, fields, argument) -> None:
    provider = ServicenowProvider(stack, "p", instance_url=URL)
    with pytest.raises(SpokeValidationError) as caught:
        GenericRecord(stack, "R", provider=provider, table="sys_properties", fields=fields)
    assert caught.value.argument == argument


def test_endpoint_takes_a_given_client_secret_and_exposes_it_as_a_secret(stack, synth) -> None:
    provider = ServicenowProvider(stack, "p", instance_url=URL)
    endpoint = OAuthApiEndpoint(
        stack,
        "Endpoint",
        provider=provider,
        name="client",
        redirect_url=f"{URL}/oauth_redirect.do",
        client_secret=SecretValue.from_env_variable(stack, "client_secret"),
    )
    assert isinstance(endpoint.client_secret, SecretValue)
    (block,) = synth(stack)["resource"]["servicenow_oauth_api_endpoint"].values()
    assert block["client_secret"] == "${var.client_secret}"
    assert "code_challenge_method" not in block  # only sent when PKCE is required


def test_a_record_needs_a_servicenow_provider(stack) -> None:
    with pytest.raises(SpokeValidationError, match="argument 'provider'.*ServicenowProvider"):
        OAuthApiEndpoint(stack, "E", provider="dev", name="x", redirect_url="y")  # type: ignore[arg-type]
