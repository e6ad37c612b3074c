"""L2 constructs: one per record kind of the spoke, typed, with defaults and synth-time validation.

Each construct wraps one generated L1 binding (``providers/servicenow``) as its child ``Resource`` (or
``Lookup`` for a data source), so the Terraform address of the record is derived from the construct's
path: construct ids are a public contract (changing one replaces the record).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Mapping
from typing import Any

from constructs import Construct

from terraform_provider_servicenow import catalog

from .cdk import (
    DefaultTokenResolver,
    Postcondition,
    StringConcat,
    Tokenization,
    binding,
)
from .secrets import GeneratedClientSecret, SecretValue, secret_arguments
from .tree import created, first_in_stack, path_of, stack_of
from .validation import (
    DEFAULT_ACCESS_TOKEN_LIFESPAN,
    DEFAULT_ACCESSIBLE_FROM,
    DEFAULT_CODE_CHALLENGE_METHOD,
    DEFAULT_ORDER,
    DEFAULT_REFRESH_TOKEN_LIFESPAN,
    ON_DESTROY,
    SpokeValidationError,
    check_bool,
    check_choice,
    check_column,
    check_http_url,
    check_literals,
    check_name,
    check_pkce,
    check_user_name,
    is_token,
    where,
)

# What each column allows (choices, bounds, lengths) is the catalog's, from the instance's dictionary.
_ENDPOINT = catalog.OAUTH_API_ENDPOINT.column
_REGISTRY = catalog.APPLICATION_REGISTRY.column
_OAUTH2_CREDENTIAL = catalog.OAUTH2_CREDENTIAL.column
_BASIC_CREDENTIAL = catalog.BASIC_AUTH_CREDENTIAL.column
_CONNECTION = catalog.HTTP_CONNECTION.column

# The provider's generated L1 classes, from the chosen toolchain's bindings.
_ApplicationRegistryL1 = binding("application_registry").ApplicationRegistry
_BasicAuthCredentialL1 = binding("basic_auth_credential").BasicAuthCredential
DataServicenowConnectionAlias = binding("data_servicenow_connection_alias").DataServicenowConnectionAlias
DataServicenowOauthEntityProfile = binding(
    "data_servicenow_oauth_entity_profile"
).DataServicenowOauthEntityProfile
DataServicenowRecord = binding("data_servicenow_record").DataServicenowRecord
_HttpConnectionL1 = binding("http_connection").HttpConnection
_Oauth2CredentialL1 = binding("oauth2_credential").Oauth2Credential
_OauthApiEndpointL1 = binding("oauth_api_endpoint").OauthApiEndpoint
ServicenowProvider = binding("provider").ServicenowProvider
_RecordL1 = binding("record").Record

__all__ = [
    "ApplicationRegistry",
    "BasicAuthCredential",
    "ConnectionAlias",
    "GenericRecord",
    "HttpConnection",
    "OAuth2Credential",
    "OAuthApiEndpoint",
    "OAuthEntityProfile",
    "UserLookup",
]


_SYS_ID = re.compile(r"^[0-9a-f]{32}$")

#: Namespace of the stable sys_ids of created records (uuid5 of the construct path). Changing it changes
#: every key: only creates use the key, so that would cost nothing but the take-over of orphans.
CREATE_KEY_NAMESPACE = uuid.UUID("6f1c6b2e-3d0a-5b8e-9c47-2a5e8d1f0b63")


def stable_sys_id(construct: Construct) -> str:
    """The sys_id a created record is created with, the same on every run: uuid5 of the project's
    namespace and the construct's path (which starts with the stack's id), as 32 hex characters.

    The provider sends it on create; a record an interrupted or failed run created with it is found and
    taken over by the next deploy instead of being created twice (``create_sys_id``)."""
    return uuid.uuid5(CREATE_KEY_NAMESPACE, path_of(construct)).hex


def _check_provider(place: str, provider: object) -> None:
    if not isinstance(provider, ServicenowProvider):
        raise SpokeValidationError(
            place,
            "provider",
            f"expected a ServicenowProvider, got {type(provider).__name__}",
            "pass the provider configuration of the instance the record lives on",
        )


def _check_secret(place: str, argument: str, value: object, required: bool) -> None:
    if value is None and not required:
        return
    if not isinstance(value, SecretValue):
        raise SpokeValidationError(
            place,
            argument,
            "must be a SecretValue (a sensitive Terraform variable or a sensitive attribute), "
            "never a plain string",
            "use SecretValue.from_env_variable(stack, 'name') and set TF_VAR_name",
        )


def _resource(binding: Any, scope: Construct, place: str, **arguments: Any) -> Any:
    """The construct's L1 resource ``Resource``, after checking that every plain string argument is a
    literal (:func:`check_literals`); secrets are references, never literals."""
    check_literals(
        place,
        {
            k: v
            for k, v in arguments.items()
            if k != "provider" and not k.endswith("_wo") and not k.startswith("sensitive_fields")
        },
    )
    return binding(scope, "Resource", **arguments)


_RESOLVER: list[Any] = []  # one DefaultTokenResolver, made on first use (it keeps no state of a resolve)


def _resolved(scope: Construct, value: str) -> str:
    """What a (token) string resolves to in the synthesized JSON, e.g. ``${type.name.sys_id}``."""
    if not is_token(value):
        return value
    if not _RESOLVER:
        _RESOLVER.append(DefaultTokenResolver(StringConcat()))
    return str(Tokenization.resolve(value, scope=scope, resolver=_RESOLVER[0], preparing=False))


def _same_provider(a: ServicenowProvider, b: ServicenowProvider) -> bool:
    return path_of(a) == path_of(b)


def _reference(
    place: str, argument: str, value: object, kinds: tuple[type, ...], provider: ServicenowProvider
) -> str:
    """The sys_id a reference argument stands for: a sys_id string as is, or the ``sys_id`` of one of
    ``kinds`` (a construct of this library), which must live on the same instance as the referrer."""
    if isinstance(value, str):
        return value
    names = " or ".join(kind.__name__ for kind in kinds)
    if not isinstance(value, kinds):
        raise SpokeValidationError(
            place,
            argument,
            f"expected a sys_id string or a {names}, got {type(value).__name__}",
            f"pass the {names} construct itself, or a sys_id",
        )
    if not _same_provider(value.provider, provider):  # type: ignore[attr-defined]
        raise SpokeValidationError(
            place,
            argument,
            f"{path_of(value)} is on another instance (provider {path_of(value.provider)}) than this "  # type: ignore[attr-defined]
            f"record (provider {path_of(provider)}); a reference points at a record of the same instance",
            f"pass a {names} created with provider={path_of(provider).rsplit('/', 1)[-1]}",
        )
    return value.sys_id  # type: ignore[attr-defined]


def _on_same_instance(
    scope: Construct,
    kind: type | tuple[type, ...],
    provider: ServicenowProvider,
    matches: Callable[[Any], bool],
) -> Any:
    """The first construct of `kind` in the stack, on the same instance, for which `matches` holds."""
    return first_in_stack(
        scope,
        lambda other: isinstance(other, kind) and _same_provider(other.provider, provider) and matches(other),
    )


def _unique_name(
    place: str, scope: Construct, kinds: tuple[type, ...], provider: ServicenowProvider, name: str
) -> None:
    """Reject a second record of the same kind and name on the same instance in one stack."""
    if is_token(name):
        return
    other = _on_same_instance(scope, kinds, provider, lambda other: other.name == name)
    if other is not None:
        raise SpokeValidationError(
            place,
            "name",
            f"{name!r} is already used by {path_of(other)} on the same instance",
            "give each record a unique name",
        )


class OAuthApiEndpoint(Construct):
    """An OAuth API endpoint for external clients (``oauth_entity``, type ``client``) on the remote instance.

    The instance generates ``client_id``. The client secret goes to the write-only argument
    ``client_secret_wo`` (never stored; sent on create and when ``client_secret_version`` changes); when
    none is given, a :class:`GeneratedClientSecret` child (``ClientSecret``) generates one per run:
    :attr:`client_secret` is what to give to the other end, with a version that changes with this one.

    :param provider: provider of the instance the endpoint lives on (the spoke's remote instance).
    :param name: name of the registry record. No default.
    :param redirect_url: redirect URL(s); for the spoke ``<local>/oauth_redirect.do``. No default.
    :param access_token_lifespan: seconds. Default: 1800.
    :param refresh_token_lifespan: seconds. Default: 8,640,000 (100 days).
    :param pkce_required: public client, PKCE required. Default: False.
    :param code_challenge_method: ``S256``, ``plain`` or ``none``; sent only when PKCE is required.
        Default: ``S256``.
    :param active: Default: True.
    :param client_secret: a :class:`SecretValue`; Default: None (generated: see above).
    :param client_secret_version: changing it sends the client secret again (rotation). Default: ``"1"``.
    :param write_only: the secret goes to the write-only argument (Terraform >= 1.11). ``False`` (for an
        older Terraform) uses the stored sensitive form: the secret is then in state, and an absent one
        is generated by the provider and kept in state. Default: True.
    :param comments: Default: None.
    :param logo_url: Default: None.
    :param user: the OAuth Application User (``sys_user``), the user that client-credentials tokens act
        as: a :class:`UserLookup` (or a :class:`GenericRecord` of ``sys_user``) on the same instance, or a
        sys_id. Default: None (no user; the column is cleared).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        provider: ServicenowProvider,
        name: str,
        redirect_url: str,
        access_token_lifespan: int = DEFAULT_ACCESS_TOKEN_LIFESPAN,
        refresh_token_lifespan: int = DEFAULT_REFRESH_TOKEN_LIFESPAN,
        pkce_required: bool = False,
        code_challenge_method: str = DEFAULT_CODE_CHALLENGE_METHOD,
        active: bool = True,
        client_secret: SecretValue | None = None,
        client_secret_version: str = "1",
        write_only: bool = True,
        comments: str | None = None,
        logo_url: str | None = None,
        user: str | UserLookup | GenericRecord | None = None,
    ) -> None:
        place = where(scope, id)
        _check_provider(place, provider)
        if user is not None:
            user = _reference(place, "user", user, (UserLookup, GenericRecord), provider)
        check_name(place, "name", name)
        check_column(place, "name", name, _ENDPOINT("name"))
        check_http_url(place, "redirect_url", redirect_url)
        check_column(place, "redirect_url", redirect_url, _ENDPOINT("redirect_url"))
        if user is not None:
            check_name(place, "user", user)
        for argument, lifespan in (
            ("access_token_lifespan", access_token_lifespan),
            ("refresh_token_lifespan", refresh_token_lifespan),
        ):
            check_column(place, argument, lifespan, _ENDPOINT(argument), " of seconds")
        check_bool(place, "pkce_required", pkce_required)
        check_column(
            place, "code_challenge_method", code_challenge_method, _ENDPOINT("code_challenge_method")
        )
        check_bool(place, "active", active)
        _check_secret(place, "client_secret", client_secret, required=False)
        check_bool(place, "write_only", write_only)
        _unique_name(place, scope, (OAuthApiEndpoint,), provider, name)
        super().__init__(scope, id)
        created(self, scope, id)
        self.provider = provider
        self.name = name
        if client_secret is None and write_only:
            client_secret = GeneratedClientSecret(self, "ClientSecret", provider=provider).value
        secret = secret_arguments(place, "client_secret", client_secret, client_secret_version, write_only)
        self.resource = _resource(
            _OauthApiEndpointL1,
            self,
            place,
            provider=provider,
            create_sys_id=stable_sys_id(self),
            name=name,
            redirect_url=redirect_url,
            access_token_lifespan=access_token_lifespan,
            refresh_token_lifespan=refresh_token_lifespan,
            public_client=pkce_required,
            code_challenge_method=code_challenge_method if pkce_required else None,
            active=active,
            comments=comments,
            logo_url=logo_url,
            user=user,
            **secret,
        )
        #: The client secret to give the other end: the given or generated (ephemeral) one, or with
        #: ``write_only=False`` the sensitive attribute (stored in state).
        self.client_secret: SecretValue = client_secret or SecretValue.from_token(
            self.resource.client_secret, f"{path_of(self)}.client_secret"
        )

    @property
    def sys_id(self) -> str:
        return self.resource.sys_id

    @property
    def client_id(self) -> str:
        return self.resource.client_id


class ApplicationRegistry(Construct):
    """An existing OAuth provider application registry (``oauth_entity``), adopted by name and filled.

    The record (for the spoke, ``RemoteSpoke``) is never created and never deleted: on destroy, the
    values it overwrote are restored (``on_destroy='restore'``) or kept (``'keep'``).

    :param provider: provider of the instance holding the registry (the spoke's local instance).
    :param name: name of the record to adopt. Default: ``RemoteSpoke``.
    :param client_id: client ID from the OAuth provider. Default: None (left as is).
    :param client_secret: the client secret, a :class:`SecretValue`. Default: None (left as is).
    :param client_secret_version: changing it sends the client secret again. Default: ``"1"``.
    :param write_only: the secret goes to the write-only argument (Terraform >= 1.11); ``False`` stores
        it in state (older Terraform). Default: True.
    :param auth_url: ``<remote>/oauth_auth.do``. No default.
    :param token_url: ``<remote>/oauth_token.do``. No default.
    :param redirect_url: ``<local>/oauth_redirect.do``. No default.
    :param default_grant_type: Default: ``authorization_code``.
    :param refresh_token_lifespan: seconds. Default: 8,640,000.
    :param pkce_required: "PKCE required" (``public_client``). Default: False.
    :param code_challenge_method: sent only when PKCE is required. Default: ``S256``.
    :param application: sys_id of the application scope (``sys_scope``). Default: None (left as is).
    :param accessible_from: ``public`` (all application scopes) or ``package_private``. Default: ``public``.
    :param active: Default: True.
    :param on_destroy: ``restore`` or ``keep``. Default: ``restore``.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        provider: ServicenowProvider,
        auth_url: str,
        token_url: str,
        redirect_url: str,
        name: str = "RemoteSpoke",
        client_id: str | None = None,
        client_secret: SecretValue | None = None,
        client_secret_version: str = "1",
        write_only: bool = True,
        default_grant_type: str = "authorization_code",
        refresh_token_lifespan: int = DEFAULT_REFRESH_TOKEN_LIFESPAN,
        pkce_required: bool = False,
        code_challenge_method: str = DEFAULT_CODE_CHALLENGE_METHOD,
        application: str | None = None,
        accessible_from: str = DEFAULT_ACCESSIBLE_FROM,
        active: bool = True,
        on_destroy: str = "restore",
    ) -> None:
        place = where(scope, id)
        _check_provider(place, provider)
        check_name(place, "name", name)
        check_column(place, "name", name, _REGISTRY("name"))
        if client_id is not None:
            check_name(place, "client_id", client_id)
            check_column(place, "client_id", client_id, _REGISTRY("client_id"))
        _check_secret(place, "client_secret", client_secret, required=False)
        check_bool(place, "write_only", write_only)
        for argument, value in (
            ("auth_url", auth_url),
            ("token_url", token_url),
            ("redirect_url", redirect_url),
        ):
            check_name(place, argument, value)
        check_column(place, "default_grant_type", default_grant_type, _REGISTRY("default_grant_type"))
        check_column(
            place,
            "refresh_token_lifespan",
            refresh_token_lifespan,
            _REGISTRY("refresh_token_lifespan"),
            " of seconds",
        )
        check_bool(place, "pkce_required", pkce_required)
        check_column(
            place, "code_challenge_method", code_challenge_method, _REGISTRY("code_challenge_method")
        )
        check_pkce(place, pkce_required, default_grant_type)
        check_column(place, "accessible_from", accessible_from, _REGISTRY("access"))
        check_bool(place, "active", active)
        check_choice(place, "on_destroy", on_destroy, ON_DESTROY)
        _unique_name(place, scope, (ApplicationRegistry,), provider, name)
        super().__init__(scope, id)
        created(self, scope, id)
        self.provider = provider
        self.name = name
        self.resource = _resource(
            _ApplicationRegistryL1,
            self,
            place,
            provider=provider,
            name=name,
            client_id=client_id,
            auth_url=auth_url,
            token_url=token_url,
            redirect_url=redirect_url,
            default_grant_type=default_grant_type,
            refresh_token_lifespan=refresh_token_lifespan,
            public_client=pkce_required,
            code_challenge_method=code_challenge_method if pkce_required else None,
            sys_scope=application,
            access=accessible_from,
            active=active,
            on_destroy=on_destroy,
            **secret_arguments(place, "client_secret", client_secret, client_secret_version, write_only),
        )

    @property
    def sys_id(self) -> str:
        return self.resource.sys_id


class _NamedLookup(Construct):
    """A record looked up by name through one generated data source, the child ``Lookup``."""

    def __init__(
        self, scope: Construct, id: str, *, provider: ServicenowProvider, name: str, binding: Any
    ) -> None:
        place = where(scope, id)
        _check_provider(place, provider)
        check_name(place, "name", name)
        super().__init__(scope, id)
        created(self, scope, id)
        self.provider = provider
        self.name = name
        self.lookup = binding(self, "Lookup", provider=provider, name=name)

    @property
    def sys_id(self) -> str:
        return self.lookup.sys_id


class OAuthEntityProfile(_NamedLookup):
    """Looks up an OAuth entity profile (``oauth_entity_profile``) by name.

    :param provider: provider of the instance holding the profile.
    :param name: Default: ``RemoteSpoke default_profile``.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        provider: ServicenowProvider,
        name: str = "RemoteSpoke default_profile",
    ) -> None:
        super().__init__(scope, id, provider=provider, name=name, binding=DataServicenowOauthEntityProfile)


class ConnectionAlias(_NamedLookup):
    """Looks up a connection & credential alias (``sys_alias``) by name.

    :param provider: provider of the instance holding the alias.
    :param name: e.g. ``ServiceNowRemoteInstance``. No default.
    """

    def __init__(self, scope: Construct, id: str, *, provider: ServicenowProvider, name: str) -> None:
        super().__init__(scope, id, provider=provider, name=name, binding=DataServicenowConnectionAlias)


class UserLookup(Construct):
    """Looks up a user (``sys_user``) by user name, at plan time; the plan fails when it does not exist.

    Built on the generic ``servicenow_record`` data source (query ``user_name=<user_name>``) with a
    postcondition: when no user (or more than one) matches, ``cdktf diff``/``deploy`` stop with an error
    naming the user, the instance and ``fix``.

    :param provider: provider of the instance holding the user.
    :param user_name: the user's ``user_name`` (e.g. ``spoke.ci``). No default.
    :param fix: the end of the plan-time error when the user is missing. Default: create the user first.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        provider: ServicenowProvider,
        user_name: str,
        fix: str = "create the user on that instance first, or correct the user name",
    ) -> None:
        place = where(scope, id)
        _check_provider(place, provider)
        check_user_name(place, "user_name", user_name)
        super().__init__(scope, id)
        created(self, scope, id)
        self.provider = provider
        self.user_name = user_name
        shown = user_name if not is_token(user_name) else "(from a variable)"
        self.lookup = DataServicenowRecord(
            self,
            "Lookup",
            provider=provider,
            table="sys_user",
            query=f"user_name={user_name}",
            limit=2,
            lifecycle={
                "postcondition": [
                    Postcondition(
                        condition="${self.record_count == 1}",
                        error_message=(
                            f"{path_of(self)}: no user (sys_user) with user_name {shown!r} was found: it "
                            f"does not exist, or an ACL hides it from the provider's user. Fix: {fix}."
                        ),
                    )
                ]
            },
        )

    @property
    def sys_id(self) -> str:
        return self.lookup.fields.lookup("sys_id")


class OAuth2Credential(Construct):
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
        _check_provider(place, provider)
        oauth_entity_profile = _reference(
            place, "oauth_entity_profile", oauth_entity_profile, (OAuthEntityProfile,), provider
        )
        check_name(place, "name", name)
        check_column(place, "name", name, _OAUTH2_CREDENTIAL("name"))
        check_name(place, "oauth_entity_profile", oauth_entity_profile)
        check_bool(place, "active", active)
        check_column(place, "order", order, _OAUTH2_CREDENTIAL("order"))
        _unique_name(place, scope, (OAuth2Credential, BasicAuthCredential), provider, name)
        super().__init__(scope, id)
        created(self, scope, id)
        self.provider = provider
        self.name = name
        self.resource = _resource(
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

    @property
    def sys_id(self) -> str:
        return self.resource.sys_id


class BasicAuthCredential(Construct):
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
        _check_provider(place, provider)
        check_name(place, "name", name)
        check_column(place, "name", name, _BASIC_CREDENTIAL("name"))
        check_name(place, "user_name", user_name)
        check_column(place, "user_name", user_name, _BASIC_CREDENTIAL("user_name"))
        _check_secret(place, "password", password, required=True)
        check_bool(place, "write_only", write_only)
        check_bool(place, "active", active)
        check_column(place, "order", order, _BASIC_CREDENTIAL("order"))
        _unique_name(place, scope, (OAuth2Credential, BasicAuthCredential), provider, name)
        super().__init__(scope, id)
        created(self, scope, id)
        self.provider = provider
        self.name = name
        self.resource = _resource(
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

    @property
    def sys_id(self) -> str:
        return self.resource.sys_id


class HttpConnection(Construct):
    """An HTTP(s) connection (``http_connection``) under a connection & credential alias.

    Names are unique per instance, and one credential serves at most one active connection (both
    checked at synth time across the stack). The "URL builder" option stays unchecked, as the procedure
    says: the connection URL is given whole.

    :param provider: provider of the instance holding the connection (the spoke's local instance).
    :param name: No default.
    :param credential: the credential: an :class:`OAuth2Credential` or :class:`BasicAuthCredential` on
        the same instance, or a sys_id. No default.
    :param connection_alias: the alias: a :class:`ConnectionAlias` on the same instance, or a sys_id.
        No default.
    :param connection_url: the instance the connection calls, e.g. ``https://remote.service-now.com/``.
    :param active: Default: True.
    :param use_mid: connect through a MID server. Default: False.
    :param domain: sys_id of the domain (``sys_domain``). Default: None (``global``).
    :param adopt: sys_id of an existing connection to take over (a Terraform import block: the plan
        imports it, then updates it to these values; destroy deletes it). Default: None.

    ServiceNow keeps one active connection per alias (unless the alias supports multiple active
    connections). An active connection is checked at plan time, before anything is written: when the
    alias already has another active connection (an earlier manual setup), the plan stops naming it and the
    two ways forward: adopt it (``adopt``), or import it with ``terraform import``.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        provider: ServicenowProvider,
        name: str,
        credential: str | OAuth2Credential | BasicAuthCredential,
        connection_alias: str | ConnectionAlias,
        connection_url: str,
        active: bool = True,
        use_mid: bool = False,
        domain: str | None = None,
        adopt: str | None = None,
        adopt_option: str = "adopt",
    ) -> None:
        place = where(scope, id)
        _check_provider(place, provider)
        credential = _reference(
            place, "credential", credential, (OAuth2Credential, BasicAuthCredential), provider
        )
        connection_alias = _reference(
            place, "connection_alias", connection_alias, (ConnectionAlias,), provider
        )
        check_name(place, "name", name)
        check_column(place, "name", name, _CONNECTION("name"))
        check_name(place, "credential", credential)
        check_name(place, "connection_alias", connection_alias)
        check_http_url(place, "connection_url", connection_url)
        check_column(place, "connection_url", connection_url, _CONNECTION("connection_url"))
        check_bool(place, "active", active)
        check_bool(place, "use_mid", use_mid)
        if domain is not None:
            check_name(place, "domain", domain)
        if adopt is not None and not is_token(adopt) and not _SYS_ID.match(str(adopt)):
            raise SpokeValidationError(
                place,
                adopt_option,
                f"{adopt!r} is not a sys_id (32 lowercase hexadecimal characters)",
                "give the sys_id of the connection to adopt (the plan's error names it)",
            )
        _unique_name(place, scope, (HttpConnection,), provider, name)
        stack = stack_of(scope)
        # Tokens of the same attribute differ from one read to the next: compare what they resolve to.
        credential_key = _resolved(stack, credential)
        other = _on_same_instance(
            scope,
            HttpConnection,
            provider,
            lambda other: active is True and other.active is True and other.credential_key == credential_key,
        )
        if other is not None:
            raise SpokeValidationError(
                place,
                "credential",
                f"the credential is already used by the active connection {path_of(other)}; "
                "ServiceNow allows a credential in only one active connection",
                "give this connection its own credential",
            )
        super().__init__(scope, id)
        created(self, scope, id)
        self.provider = provider
        self.name = name
        self.credential = credential
        self.credential_key = credential_key
        self.active = active
        self.resource = _resource(
            _HttpConnectionL1,
            self,
            place,
            provider=provider,
            create_sys_id=stable_sys_id(self),
            name=name,
            credential=credential,
            connection_alias=connection_alias,
            connection_url=connection_url,
            active=active,
            use_mid=use_mid,
            sys_domain=domain,
        )
        if adopt is not None:
            self.resource.import_from(adopt)
        self.alias_check: DataServicenowRecord | None = None
        if active is True:
            self.alias_check = self._alias_check(provider, connection_alias, name, adopt, adopt_option)

    def _alias_check(
        self, provider: ServicenowProvider, alias: str, name: str, adopt: str | None, adopt_option: str
    ) -> DataServicenowRecord:
        """A plan-time lookup of another active connection under the alias, failing the plan with the
        record's name and sys_id and the two ways forward (E.1: one active connection per alias)."""
        query = f"connection_alias={alias}^active=true^name!={name}"
        if adopt:
            query += f"^sys_id!={adopt}"
        address = f"{self.resource.terraform_resource_type}.{self.resource.friendly_unique_id}"
        # Terraform evaluates the message even when the condition holds: `try` for an empty result.
        found_name = '${try(self.records[0].name, "")}'
        found_id = '${try(self.records[0].sys_id, "")}'
        return DataServicenowRecord(
            self,
            "AliasCheck",
            provider=provider,
            table="http_connection",
            query=query,
            limit=1,
            lifecycle={
                "postcondition": [
                    Postcondition(
                        condition="${self.record_count == 0}",
                        error_message=(
                            f"{path_of(self)}: the connection alias already has the active connection "
                            f"'{found_name}' (http_connection {found_id}), and ServiceNow keeps one active "
                            "connection per alias: this deploy would need two. Nothing was written. Fix: "
                            f'adopt it (the spoke\'s option {adopt_option} = "{found_id}": the deploy '
                            "takes it over and sets it to this stack's values; destroy then deletes it), or "
                            f"import it into this stack (terraform import {address} {found_id}), or "
                            "deactivate or delete it on the instance."
                        ),
                    )
                ]
            },
        )

    @property
    def sys_id(self) -> str:
        return self.resource.sys_id


class GenericRecord(Construct):
    """Any record of any table: the escape hatch for larger stacks (``servicenow_record``).

    With ``adopt_by``, a record that exists once per instance (a system property, a profile a plugin
    ships) is adopted instead of created twice: deploy looks it up by that column of ``fields`` and, when
    it exists, writes only the owned fields that differ; destroy writes their earlier values back and
    never deletes it. When none exists it is created, and destroy deletes it. ``on_destroy='keep'``
    leaves the record as it is in both cases.

    :param provider: provider of the instance holding the record.
    :param table: table name, e.g. ``sys_properties``. No default.
    :param fields: the columns this record owns, as Table API strings. No default.
    :param sensitive_fields: password2 columns as :class:`SecretValue`. Default: None.
    :param sensitive_fields_version: changing it sends ``sensitive_fields`` again. Default: ``"1"``.
    :param write_only: the secrets go to the write-only ``sensitive_fields_wo`` (Terraform >= 1.11, never
        stored); ``False`` stores them in state (older Terraform). Default: True.
    :param adopt_by: a column of ``fields`` that identifies the record instance-wide (e.g. ``name``).
        Default: None (always created, deleted on destroy).
    :param on_destroy: with ``adopt_by``: ``restore`` or ``keep``. Default: None (``restore``).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        provider: ServicenowProvider,
        table: str,
        fields: Mapping[str, str],
        sensitive_fields: Mapping[str, SecretValue] | None = None,
        sensitive_fields_version: str = "1",
        write_only: bool = True,
        adopt_by: str | None = None,
        on_destroy: str | None = None,
    ) -> None:
        place = where(scope, id)
        _check_provider(place, provider)
        check_name(place, "table", table)
        if not isinstance(fields, Mapping) or not fields:
            raise SpokeValidationError(
                place, "fields", "must be a non-empty mapping of column to value", "give e.g. {'name': 'x'}"
            )
        for column, value in fields.items():
            if not isinstance(value, str):
                raise SpokeValidationError(
                    place,
                    f"fields[{column!r}]",
                    f"Table API values are strings, got {type(value).__name__}",
                    f"give str({value!r})",
                )
        for column, secret in (sensitive_fields or {}).items():
            _check_secret(place, f"sensitive_fields[{column!r}]", secret, required=True)
            if secret.ephemeral and not write_only:
                secret_arguments(place, f"sensitive_fields[{column!r}]", secret, "", write_only)
        check_bool(place, "write_only", write_only)
        if adopt_by is not None and adopt_by not in fields:
            raise SpokeValidationError(
                place,
                "adopt_by",
                f"{adopt_by!r} is not a column of fields: the record is looked up by fields[adopt_by]",
                f"add {adopt_by!r} to fields, or name one of its columns (e.g. adopt_by='name')",
            )
        if adopt_by is None and on_destroy is not None:
            raise SpokeValidationError(
                place,
                "on_destroy",
                "only a record found by adopt_by has a choice on destroy; without it destroy deletes it",
                "set adopt_by (e.g. adopt_by='name'), or leave on_destroy unset",
            )
        check_choice(place, "on_destroy", on_destroy, ON_DESTROY)
        # One resource per instance-wide record in a stack: two would both create it, or both restore it.
        adopt_key = (table, adopt_by, _resolved(scope, fields[adopt_by])) if adopt_by else None
        other = _on_same_instance(
            scope,
            GenericRecord,
            provider,
            lambda other: adopt_key is not None and other.adopt_key == adopt_key,
        )
        if other is not None:
            raise SpokeValidationError(
                place,
                "fields",
                f"the {table} record {adopt_by}={fields[adopt_by]!r} is already adopted by "
                f"{path_of(other)} on the same instance",
                "adopt an instance-wide record once per stack and share that construct",
            )
        super().__init__(scope, id)
        created(self, scope, id)
        self.provider = provider
        self.adopt_key = adopt_key
        self.resource = _resource(
            _RecordL1,
            self,
            place,
            provider=provider,
            create_sys_id=stable_sys_id(self),
            table=table,
            fields=dict(fields),
            adopt_by=adopt_by,
            on_destroy=on_destroy,
            **self._secrets(place, sensitive_fields, sensitive_fields_version, write_only),
        )

    @staticmethod
    def _secrets(
        place: str, secrets: Mapping[str, SecretValue] | None, version: str, write_only: bool
    ) -> dict[str, Any]:
        if not secrets:
            return {}
        if not write_only:
            return {"sensitive_fields": {k: v.token for k, v in secrets.items()}}
        check_name(place, "sensitive_fields_version", version)
        return {
            "sensitive_fields_wo": {k: v.token for k, v in secrets.items()},
            "sensitive_fields_wo_version": version,
        }

    @property
    def sys_id(self) -> str:
        return self.resource.sys_id
