"""The L3 construct: the whole spoke between a local and a remote instance, built from the records."""

from __future__ import annotations

import re

from constructs import Construct

from ..cdk import Op, Precondition, TerraformOutput, TerraformResourceLifecycle
from ..instance import ServiceNowInstance
from ..records import (
    ApplicationRegistry,
    BasicAuthCredential,
    ConnectionAlias,
    GenericRecord,
    HttpConnection,
    OAuth2Credential,
    OAuthApiEndpoint,
    OAuthEntityProfile,
    UserLookup,
)
from ..secrets import GeneratedClientSecret, SecretValue
from ..tree import created
from ..validation import (
    DEFAULT_ACCESS_TOKEN_LIFESPAN,
    DEFAULT_ACCESSIBLE_FROM,
    DEFAULT_CODE_CHALLENGE_METHOD,
    DEFAULT_ORDER,
    DEFAULT_REFRESH_TOKEN_LIFESPAN,
    SpokeValidationError,
    is_token,
    where,
)
from .checks import check_arguments
from .options import options_of
from .outputs import add_outputs, get_oauth_token_url

#: The remote property that enables the inbound client-credentials grant (off by default).
CLIENT_CREDENTIALS_PROPERTY = "glide.oauth.inbound.client.credential.grant_type.enabled"

_HOST = re.compile(r"^https?://([^/]+)")


def _shown(value: str) -> str:
    return "(from a variable)" if is_token(value) else repr(value)


class RemoteInstanceSpoke(Construct):
    """The ServiceNow Remote Instance spoke, as ServiceNow's procedure sets it up.

    On the remote instance: an OAuth API endpoint for external clients whose redirect URL is the local
    instance's ``/oauth_redirect.do``. On the local instance: the ``RemoteSpoke`` application registry
    adopted and filled (client id and secret from the remote endpoint, the remote's ``/oauth_auth.do``
    and ``/oauth_token.do``), the ``RemoteSpoke default_profile`` looked up, an OAuth 2.0 credential, a
    basic-auth credential, and two HTTP(s) connections under the spoke's two aliases.

    Construct ids (stable, a public contract): ``RemoteProvider``, ``LocalProvider`` (only when created
    here), ``ClientSecret`` (only when ``client_secret`` is not given), ``RemoteEndpoint``, ``Registry``,
    ``RegistryClient`` (the registry's client id and secret), ``Profile``, ``OAuthCredential``,
    ``LocalCredential``, ``RemoteAlias``, ``LocalAlias``, ``RemoteConnection``, ``LocalConnection``,
    ``ClientCredentialsProperty`` and ``ProfileGrantType`` (only with the client-credentials grant),
    ``OAuthApplicationUser`` (only with ``oauth_application_user``), and one ``TerraformOutput`` per name
    of :data:`OUTPUT_NAMES`.

    Attributes, for records of your own on the same instances (typed; ``None`` when not built):
    ``remote_provider``, ``local_provider`` (``ServicenowProvider``), ``remote_url``, ``local_url``,
    ``endpoint`` (:class:`OAuthApiEndpoint`), ``application_user`` (:class:`UserLookup` | None),
    ``client_credentials_property`` and ``profile_grant_type`` (:class:`GenericRecord` | None),
    ``registry`` (:class:`ApplicationRegistry`), ``profile`` (:class:`OAuthEntityProfile`),
    ``oauth_credential`` (:class:`OAuth2Credential`), ``local_credential`` (:class:`BasicAuthCredential`),
    ``remote_alias``, ``local_alias`` (:class:`ConnectionAlias`), ``remote_connection``,
    ``local_connection`` (:class:`HttpConnection`), ``get_oauth_token_url`` and ``outputs``. The L2
    constructs take these objects wherever they take a sys_id (a profile, a credential, an alias, a user).

    :param remote: the remote instance (the OAuth provider). No default.
    :param local: the local instance (where the spoke runs). No default.
    :param local_user_name: user of the local basic-auth credential ("Local Credentials"). No default.
    :param local_password: its password, a :class:`SecretValue`. No default.
    :param local_password_version: the version of that write-only password: change it and deploy to send
        a changed password (Terraform never sees a write-only value, so a new value alone changes
        nothing). Default: ``"1"``.
    :param endpoint_name: name of the remote OAuth API endpoint. Default: ``RemoteSpoke <local host[:port]>``.
    :param access_token_lifespan: remote endpoint, seconds. Default: 1800.
    :param refresh_token_lifespan: remote endpoint and local registry, seconds. Default: 8,640,000.
    :param client_secret: the client secret of both ends, a :class:`SecretValue`. Default: None: a new one
        is generated in the run that writes the ends (ephemeral resource ``ClientSecret``), never stored.
    :param client_secret_rotation: a number in the version of the secret's write-only arguments; bump it
        and deploy to send a new secret to both ends in one run (rotation, also after changing the
        ``client_secret`` variable's value). Default: 1.
    :param registry_name: the registry to adopt. Default: ``RemoteSpoke``.
    :param default_grant_type: Default: ``authorization_code``.
    :param pkce_required: "PKCE required" on the registry (and public client on the endpoint).
        Default: False.
    :param code_challenge_method: used when PKCE is required. Default: ``S256``.
    :param application: sys_id of the registry's application scope. Default: None (left as is).
    :param accessible_from: ``public`` or ``package_private``. Default: ``public``.
    :param registry_active: Default: True.
    :param registry_on_destroy: ``restore`` or ``keep``. Default: ``restore``.
    :param profile_name: the OAuth entity profile the OAuth 2.0 credential uses; it must belong to the
        registry ``registry_name`` (checked at plan time, or at apply time on the first deploy).
        Default: ``<registry_name> default_profile``, the default profile ServiceNow creates with the
        registry.
    :param oauth_credential_name: Default: ``Remote Credentials``.
    :param oauth_credential_active: Default: True.
    :param oauth_credential_order: Default: 100.
    :param local_credential_name: Default: ``Local Credentials``.
    :param local_credential_active: Default: True.
    :param remote_alias_name: Default: ``ServiceNowRemoteInstance``.
    :param local_alias_name: Default: ``ServiceNowRemoteInstanceLocalAlias``.
    :param remote_connection_name: Default: ``Remote Connection``.
    :param local_connection_name: Default: ``Local Connection``.
    :param remote_connection_url: Default: the remote instance URL with a trailing ``/``.
    :param local_connection_url: Default: the local instance URL with a trailing ``/``.
    :param adopt_remote_connection: sys_id of an active connection already under the remote alias (an
        earlier manual setup) to take over instead of creating one: the plan imports it and sets it to this
        stack's values; destroy deletes it. Default: None (a plan that finds one stops, naming it).
    :param adopt_local_connection: the same for the local alias. Default: None.
    :param connections_active: Default: True.
    :param use_mid: connect through a MID server. Default: False.
    :param domain: sys_id of the connections' domain. Default: None (``global``).
    :param client_credentials_property: set the remote system property
        ``glide.oauth.inbound.client.credential.grant_type.enabled = true`` (construct id
        ``ClientCredentialsProperty``), which the client-credentials grant (the CI path, Washington DC and
        later) needs. The property exists once per instance and every pair on that remote relies on it:
        it is adopted by name when it exists (only what differs is written) and created when it does not.
        Destroy leaves it (see ``client_credentials_property_on_destroy``). Default: None, which sets it
        when ``default_grant_type`` is ``client_credentials``; pass False to leave the remote's properties
        alone (an admin sets it). With the client-credentials grant the profile ``profile_name`` is adopted
        too (construct id ``ProfileGrantType``) with ``grant_type = client_credentials``, restored on
        destroy: "Get OAuth Token" takes the grant from the profile, not from the registry.
    :param client_credentials_on_destroy: what destroy does to the local profile's grant type
        (client-credentials grant only): ``restore`` puts back what it was; ``keep`` leaves it.
        Default: None (``restore``).
    :param client_credentials_property_on_destroy: what destroy does to the remote's instance-wide
        client-credentials property: ``keep`` (the default) leaves it as it is, whoever created it, because
        other pairs (other stacks, other teams' configs) may share the remote and need the grant;
        ``restore`` puts back what it was before this stack (and deletes it when this stack created it):
        only when this stack is the last user of the remote's grant. Default: ``keep``.
    :param oauth_application_user: the ``user_name`` of a user that exists on the *remote* instance, set
        as the remote endpoint's OAuth Application User (``oauth_entity.user``): client-credentials tokens
        act as that user. Looked up at plan time (construct id ``OAuthApplicationUser``); the plan fails
        with an error naming it when the user does not exist. Required when ``default_grant_type`` is
        ``client_credentials``; optional otherwise. Default: None (no user on the endpoint).
    :param output_prefix: prefix of the output names (needed when two spokes share a stack). Default: "".
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        remote: ServiceNowInstance,
        local: ServiceNowInstance,
        local_user_name: str,
        local_password: SecretValue,
        local_password_version: str = "1",
        endpoint_name: str | None = None,
        access_token_lifespan: int = DEFAULT_ACCESS_TOKEN_LIFESPAN,
        refresh_token_lifespan: int = DEFAULT_REFRESH_TOKEN_LIFESPAN,
        client_secret: SecretValue | None = None,
        client_secret_rotation: int = 1,
        registry_name: str = "RemoteSpoke",
        default_grant_type: str = "authorization_code",
        pkce_required: bool = False,
        code_challenge_method: str = DEFAULT_CODE_CHALLENGE_METHOD,
        application: str | None = None,
        accessible_from: str = DEFAULT_ACCESSIBLE_FROM,
        registry_active: bool = True,
        registry_on_destroy: str = "restore",
        profile_name: str | None = None,
        oauth_credential_name: str = "Remote Credentials",
        oauth_credential_active: bool = True,
        oauth_credential_order: int = DEFAULT_ORDER,
        local_credential_name: str = "Local Credentials",
        local_credential_active: bool = True,
        remote_alias_name: str = "ServiceNowRemoteInstance",
        local_alias_name: str = "ServiceNowRemoteInstanceLocalAlias",
        remote_connection_name: str = "Remote Connection",
        local_connection_name: str = "Local Connection",
        remote_connection_url: str | None = None,
        local_connection_url: str | None = None,
        adopt_remote_connection: str | None = None,
        adopt_local_connection: str | None = None,
        connections_active: bool = True,
        use_mid: bool = False,
        domain: str | None = None,
        client_credentials_property: bool | None = None,
        client_credentials_on_destroy: str | None = None,
        client_credentials_property_on_destroy: str = "keep",
        oauth_application_user: str | None = None,
        output_prefix: str = "",
    ) -> None:
        place = where(scope, id)
        client_credentials = check_arguments(
            place,
            remote=remote,
            local=local,
            pkce_required=pkce_required,
            default_grant_type=default_grant_type,
            client_secret_rotation=client_secret_rotation,
            client_credentials_property=client_credentials_property,
            client_credentials_on_destroy=client_credentials_on_destroy,
            client_credentials_property_on_destroy=client_credentials_property_on_destroy,
            oauth_application_user=oauth_application_user,
            output_prefix=output_prefix,
        )
        super().__init__(scope, id)
        created(self, scope, id)
        remote_provider, remote_url = remote.resolve(self, "remote", place)
        local_provider, local_url = local.resolve(self, "local", place)
        if not is_token(remote_url) and remote_url.lower() == local_url.lower():
            raise SpokeValidationError(
                place,
                "local.url",
                f"the local and the remote instance are the same ({local_url})",
                "the spoke joins two different instances: give each its own URL",
            )
        if endpoint_name is None:
            match = _HOST.match(local_url) if not is_token(local_url) else None
            endpoint_name = f"RemoteSpoke {match.group(1) if match else 'local instance'}"

        self.remote_url = remote_url
        self.local_url = local_url
        self.remote_provider = remote_provider
        self.local_provider = local_provider
        redirect_url = f"{local_url}/oauth_redirect.do"

        self.application_user: UserLookup | None = None
        if oauth_application_user is not None:
            with options_of(place, "OAuthApplicationUser"):
                self.application_user = UserLookup(
                    self,
                    "OAuthApplicationUser",
                    provider=remote_provider,
                    user_name=oauth_application_user,
                    fix=(
                        "create the user on the remote instance"
                        + ("" if is_token(remote_url) else f" ({remote_url})")
                        + " first, or change the spoke's oauth_application_user"
                    ),
                )
        # The client secret: one value per run, never stored. The endpoint sends it when it is created or
        # its version changes (rotation, or another registry record); RegistryClient writes it (and the
        # client id) into the registry when its version changes (rotation, a new endpoint record, which
        # always has a new client_id, or another registry record). So whenever one end gets a new
        # secret, the other gets the same one in the same run, and re-adopting the registry record (same
        # sys_id) writes no secret at all.
        secret = client_secret or GeneratedClientSecret(self, "ClientSecret", provider=remote_provider).value
        with options_of(place, "Registry"):
            self.registry = ApplicationRegistry(
                self,
                "Registry",
                provider=local_provider,
                name=registry_name,
                auth_url=f"{remote_url}/oauth_auth.do",
                token_url=f"{remote_url}/oauth_token.do",
                redirect_url=redirect_url,
                default_grant_type=default_grant_type,
                refresh_token_lifespan=refresh_token_lifespan,
                pkce_required=pkce_required,
                code_challenge_method=code_challenge_method,
                application=application,
                accessible_from=accessible_from,
                active=registry_active,
                on_destroy=registry_on_destroy,
            )
        with options_of(place, "RemoteEndpoint"):
            self.endpoint = OAuthApiEndpoint(
                self,
                "RemoteEndpoint",
                provider=remote_provider,
                name=endpoint_name,
                redirect_url=redirect_url,
                access_token_lifespan=access_token_lifespan,
                refresh_token_lifespan=refresh_token_lifespan,
                pkce_required=pkce_required,
                code_challenge_method=code_challenge_method,
                client_secret=secret,
                client_secret_version=f"{client_secret_rotation}/{self.registry.sys_id}",
                user=self.application_user,
            )
        self.registry_client = GenericRecord(
            self,
            "RegistryClient",
            provider=local_provider,
            table="oauth_entity",
            fields={"name": registry_name, "client_id": self.endpoint.client_id},
            sensitive_fields={"client_secret": secret},
            # The endpoint's client_id is new on every insert (its sys_id is not: the stable create key).
            sensitive_fields_version=(
                f"{client_secret_rotation}/{self.endpoint.client_id}/{self.registry.sys_id}"
            ),
            adopt_by="name",
            on_destroy=registry_on_destroy,
        )
        self.client_credentials_property: GenericRecord | None = None
        if client_credentials_property is None:
            client_credentials_property = client_credentials
        if client_credentials_property:
            self.client_credentials_property = GenericRecord(
                self,
                "ClientCredentialsProperty",
                provider=remote_provider,
                table="sys_properties",
                fields={"name": CLIENT_CREDENTIALS_PROPERTY, "value": "true", "type": "boolean"},
                adopt_by="name",
                # Instance-wide and shared by every pair on this remote: never deleted or reset by one
                # stack's destroy unless the caller says this stack is the last user.
                on_destroy=client_credentials_property_on_destroy,
            )
        if profile_name is None:
            profile_name = f"{registry_name} default_profile"
        with options_of(place, "Profile"):
            self.profile = OAuthEntityProfile(self, "Profile", provider=local_provider, name=profile_name)
        # No depends_on on the registry: the profile exists once the spoke is activated, and a deferred
        # read would make every registry change show the credential as changed too.
        with options_of(place, "OAuthCredential"):
            self.oauth_credential = OAuth2Credential(
                self,
                "OAuthCredential",
                provider=local_provider,
                name=oauth_credential_name,
                oauth_entity_profile=self.profile,
                active=oauth_credential_active,
                order=oauth_credential_order,
            )
        # The credential gets its tokens through the profile's registry: it must be the adopted one.
        # Checked at plan time when the registry's sys_id is known (in state), else at apply time.
        profile_of_registry = Precondition(
            condition=Op.eq(self.profile.lookup.oauth_entity, self.registry.sys_id),
            error_message=(
                f"{place}: the OAuth entity profile {_shown(profile_name)} belongs to another "
                f"application registry than {_shown(registry_name)}, the one this spoke fills. Fix: "
                "set profile_name to a profile of that registry (default: '<registry_name> "
                "default_profile'), or leave profile_name unset."
            ),
        )
        self.oauth_credential.resource.lifecycle = TerraformResourceLifecycle(
            precondition=[profile_of_registry]
        )
        # "Get OAuth Token" takes the grant type from the profile: with client credentials, the profile
        # (it exists once the registry does) is adopted with that grant, after the registry is written.
        self.profile_grant_type: GenericRecord | None = None
        if client_credentials:
            self.profile_grant_type = GenericRecord(
                self,
                "ProfileGrantType",
                provider=local_provider,
                table="oauth_entity_profile",
                fields={"name": profile_name, "grant_type": "client_credentials"},
                adopt_by="name",
                on_destroy=client_credentials_on_destroy,
            )
            self.profile_grant_type.resource.lifecycle = TerraformResourceLifecycle(
                precondition=[profile_of_registry]
            )
            registry = self.registry.resource
            self.profile_grant_type.resource.depends_on = [
                f"{registry.terraform_resource_type}.{registry.friendly_unique_id}"
            ]
        with options_of(place, "LocalCredential"):
            self.local_credential = BasicAuthCredential(
                self,
                "LocalCredential",
                provider=local_provider,
                name=local_credential_name,
                user_name=local_user_name,
                password=local_password,
                password_version=local_password_version,
                active=local_credential_active,
            )
        with options_of(place, "RemoteAlias"):
            self.remote_alias = ConnectionAlias(
                self, "RemoteAlias", provider=local_provider, name=remote_alias_name
            )
        with options_of(place, "LocalAlias"):
            self.local_alias = ConnectionAlias(
                self, "LocalAlias", provider=local_provider, name=local_alias_name
            )
        with options_of(place, "RemoteConnection"):
            self.remote_connection = HttpConnection(
                self,
                "RemoteConnection",
                provider=local_provider,
                name=remote_connection_name,
                credential=self.oauth_credential,
                connection_alias=self.remote_alias,
                connection_url=remote_connection_url or f"{remote_url}/",
                active=connections_active,
                use_mid=use_mid,
                domain=domain,
                adopt=adopt_remote_connection,
                adopt_option="adopt_remote_connection",
            )
        with options_of(place, "LocalConnection"):
            self.local_connection = HttpConnection(
                self,
                "LocalConnection",
                provider=local_provider,
                name=local_connection_name,
                credential=self.local_credential,
                connection_alias=self.local_alias,
                connection_url=local_connection_url or f"{local_url}/",
                active=connections_active,
                use_mid=use_mid,
                domain=domain,
                adopt=adopt_local_connection,
                adopt_option="adopt_local_connection",
            )
        self.get_oauth_token_url = get_oauth_token_url(
            local_url, self.oauth_credential.sys_id, self.profile.sys_id
        )

        self.outputs: dict[str, TerraformOutput] = add_outputs(self, output_prefix)
