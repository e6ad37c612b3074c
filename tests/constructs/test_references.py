"""The L2 constructs take the records they point at as objects, and the L3 exposes its own for reuse."""

from __future__ import annotations

from typing import Any

import pytest

from servicenow_spoke import (
    BasicAuthCredential,
    ConnectionAlias,
    HttpConnection,
    OAuth2Credential,
    OAuthApiEndpoint,
    OAuthEntityProfile,
    RemoteInstanceSpoke,
    SecretValue,
    SpokeValidationError,
    UserLookup,
)
from servicenow_spoke.cdk import TerraformStack, Testing, binding

ServicenowProvider = binding("provider").ServicenowProvider

URL = "https://dev.service-now.com"


def _records(stack: TerraformStack) -> tuple[ServicenowProvider, BasicAuthCredential, ConnectionAlias]:
    provider = ServicenowProvider(stack, "p", instance_url=URL)
    credential = BasicAuthCredential(
        stack,
        "Credential",
        provider=provider,
        name="Mine",
        user_name="me",
        password=SecretValue.from_env_variable(stack, "pw"),
    )
    alias = ConnectionAlias(stack, "Alias", provider=provider, name="x_team.alias")
    return provider, credential, alias


def _connection(stack: TerraformStack, synth: Any, by_object: bool) -> dict[str, Any]:
    provider, credential, alias = _records(stack)
    HttpConnection(
        stack,
        "Connection",
        provider=provider,
        name="Mine",
        credential=credential if by_object else credential.sys_id,
        connection_alias=alias if by_object else alias.sys_id,
        connection_url="https://other.service-now.com/",
    )
    (block,) = synth(stack)["resource"]["servicenow_http_connection"].values()
    return block


def test_a_connection_given_credential_and_alias_objects_is_the_same_as_given_their_sys_ids(
    synth: Any,
) -> None:
    by_object = _connection(TerraformStack(Testing.app(), "s"), synth, by_object=True)
    by_sys_id = _connection(TerraformStack(Testing.app(), "s"), synth, by_object=False)
    assert by_object == by_sys_id
    assert by_object["credential"].startswith("${servicenow_basic_auth_credential.Credential_")
    assert by_object["connection_alias"].startswith("${data.servicenow_connection_alias.Alias_")


def test_a_reference_to_a_record_on_another_instance_is_refused_naming_both_providers(stack) -> None:
    _, credential, alias = _records(stack)
    other = ServicenowProvider(stack, "other", instance_url="https://other.service-now.com", alias="other")
    with pytest.raises(SpokeValidationError) as caught:
        HttpConnection(
            stack,
            "Connection",
            provider=other,
            name="Mine",
            credential=credential,
            connection_alias=alias.sys_id,
            connection_url="https://x.service-now.com/",
        )
    assert caught.value.argument == "credential"
    assert "another instance" in caught.value.problem and "test/p" in caught.value.problem


@pytest.mark.parametrize(
    ("build", "argument"),
    [
        (lambda s, p: OAuth2Credential(s, "C", provider=p, oauth_entity_profile=42), "oauth_entity_profile"),
        (
            lambda s, p: OAuth2Credential(
                s, "C", provider=p, oauth_entity_profile=ConnectionAlias(s, "A", provider=p, name="a")
            ),
            "oauth_entity_profile",
        ),
        (
            lambda s, p: OAuthApiEndpoint(
                s, "E", provider=p, name="e", redirect_url="https://x/oauth_redirect.do", user=3.5
            ),
            "user",
        ),
    ],
)
def test_a_reference_of_the_wrong_kind_is_refused_with_the_kinds_it_takes(stack, build, argument) -> None:
    provider = ServicenowProvider(stack, "p", instance_url=URL)
    with pytest.raises(SpokeValidationError) as caught:
        build(stack, provider)
    assert caught.value.argument == argument
    assert "sys_id" in caught.value.problem and "construct itself" in caught.value.fix


def test_records_of_your_own_reuse_the_spokes_providers_and_records(stack, synth, instances) -> None:
    spoke = RemoteInstanceSpoke(stack, "Spoke", **instances, oauth_application_user="spoke.ci")
    assert isinstance(spoke.remote_provider, ServicenowProvider)
    assert isinstance(spoke.local_provider, ServicenowProvider)
    assert isinstance(spoke.profile, OAuthEntityProfile) and isinstance(spoke.application_user, UserLookup)
    # A second OAuth 2.0 credential on the spoke's profile, on the spoke's local instance.
    OAuth2Credential(
        stack,
        "Mine",
        provider=spoke.local_provider,
        name="Team Credentials",
        oauth_entity_profile=spoke.profile,
    )
    credentials = synth(stack)["resource"]["servicenow_oauth2_credential"]
    mine = next(block for block in credentials.values() if block["name"] == "Team Credentials")
    spokes = next(block for block in credentials.values() if block["name"] == "Remote Credentials")
    assert mine["oauth_entity_profile"] == spokes["oauth_entity_profile"]
    assert mine["provider"] == spokes["provider"]
