"""The local instance's credentials: an OAuth 2.0 credential (through a profile) and a basic-auth
credential."""

from __future__ import annotations

from constructs import Construct

from terraform_provider_servicenow import catalog

from ..cdk import binding
from ..secrets import SecretValue, secret_arguments
from ..validation import (
    DEFAULT_ORDER,
    check_bool,
    check_column,
    check_name,
    where,
)
from .base import (
    Record,
    ServicenowProvider,
    check_provider,
    check_secret,
    l1_resource,
    reference,
    stable_sys_id,
    unique_name,
)
from .lookups import OAuthEntityProfile

_OAUTH2_CREDENTIAL = catalog.OAUTH2_CREDENTIAL.column
_BASIC_CREDENTIAL = catalog.BASIC_AUTH_CREDENTIAL.column
_Oauth2CredentialL1 = binding("oauth2_credential").Oauth2Credential
_BasicAuthCredentialL1 = binding("basic_auth_credential").BasicAuthCredential


class OAuth2Credential(Record):
    """An OAuth 2.0 credential (``oauth_2_0_credentials``) that uses an OAuth entity profile.

    :param provider: provider of the instance holding the credential (the spoke's local instance).
    :param name: Default: ``Remote Credentials``.
    :param oauth_entity_profile: the profile: an :class:`OAuthEntityProfile` on the same instance, or a
        sys_id. No default.
    :param active: Default: True.
    :param order: Default: 100.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        provider: ServicenowProvider,
        oauth_entity_profile: str | OAuthEntityProfile,
        name: str = "Remote Credentials",
        active: bool = True,
        order: int = DEFAULT_ORDER,
    ) -> None:
        place = where(scope, id)
        check_provider(place, provider)
        oauth_entity_profile = reference(
            place, "oauth_entity_profile", oauth_entity_profile, (OAuthEntityProfile,), provider
        )
        check_name(place, "name", name)
        check_column(place, "name", name, _OAUTH2_CREDENTIAL("name"))
        check_name(place, "oauth_entity_profile", oauth_entity_profile)
        check_bool(place, "active", active)
        check_column(place, "order", order, _OAUTH2_CREDENTIAL("order"))
        unique_name(place, scope, (OAuth2Credential, BasicAuthCredential), provider, name)
        super().__init__(scope, id, provider=provider)
        self.name = name
        self.resource = l1_resource(
            _Oauth2CredentialL1,
            self,
            place,
            provider=provider,
            create_sys_id=stable_sys_id(self),
            name=name,
            oauth_entity_profile=oauth_entity_profile,
            active=active,
            order=order,
        )


class BasicAuthCredential(Record):
    """A basic-auth credential (``basic_auth_credentials``).

    :param provider: provider of the instance holding the credential (the spoke's local instance).
    :param name: Default: ``Local Credentials``.
    :param user_name: user to log in to the local instance with. No default.
    :param password: a :class:`SecretValue`. No default.
    :param password_version: changing it sends the password again (e.g. after changing the
        variable's value). Default: ``"1"``.
    :param write_only: the password goes to the write-only argument ``password_wo`` (Terraform >= 1.11,
        never stored); ``False`` stores it in state (older Terraform). Default: True.
    :param active: Default: True.
    :param order: Default: None (the instance's default, 100).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        provider: ServicenowProvider,
        user_name: str,
        password: SecretValue,
        password_version: str = "1",
        write_only: bool = True,
        name: str = "Local Credentials",
        active: bool = True,
        order: int | None = None,
    ) -> None:
        place = where(scope, id)
        check_provider(place, provider)
        check_name(place, "name", name)
        check_column(place, "name", name, _BASIC_CREDENTIAL("name"))
        check_name(place, "user_name", user_name)
        check_column(place, "user_name", user_name, _BASIC_CREDENTIAL("user_name"))
        check_secret(place, "password", password, required=True)
        check_bool(place, "write_only", write_only)
        check_bool(place, "active", active)
        check_column(place, "order", order, _BASIC_CREDENTIAL("order"))
        unique_name(place, scope, (OAuth2Credential, BasicAuthCredential), provider, name)
        super().__init__(scope, id, provider=provider)
        self.name = name
        self.resource = l1_resource(
            _BasicAuthCredentialL1,
            self,
            place,
            provider=provider,
            create_sys_id=stable_sys_id(self),
            name=name,
            user_name=user_name,
            active=active,
            order=order,
            **secret_arguments(place, "password", password, password_version, write_only),
        )
