"""The data sources that look a record up by name: one `LookupKind` each, with the columns they return.
Standard library only (and the catalog's types).
"""

from __future__ import annotations

from terraform_provider_servicenow.catalog_model import Column, Kind, LookupKind


def _col(name: str, kind: Kind, description: str, **kw: object) -> Column:
    return Column(name, kind, description, **kw)  # type: ignore[arg-type]


CONNECTION_ALIAS = LookupKind(
    type_name="connection_alias",
    table="sys_alias",
    description="Looks up a connection & credential alias (`sys_alias`) by name.",
    key="name",
    key_description="Name of the alias, e.g. `ServiceNowRemoteInstance`.",
    outputs=(
        _col("sys_id", "string", "sys_id of the alias record.", mode="computed"),
        _col(
            "id",
            "string",
            "The alias ID (`<scope>.<name>`, or the name in the global scope).",
            mode="computed",
        ),
        _col("type", "choice", "`connection` or `credential`.", mode="computed"),
        _col("connection_type", "choice", "Connection type, e.g. `http_connection`.", mode="computed"),
        _col("sys_scope", "reference", "sys_id of the alias' application.", mode="computed"),
    ),
    example="""data "servicenow_connection_alias" "remote" {
  provider = servicenow.local
  name     = "ServiceNowRemoteInstance"
}""",
)

OAUTH_ENTITY_PROFILE = LookupKind(
    type_name="oauth_entity_profile",
    table="oauth_entity_profile",
    description="Looks up an OAuth entity profile (`oauth_entity_profile`) by name.",
    key="name",
    key_description="Name of the profile, e.g. `RemoteSpoke default_profile`.",
    outputs=(
        _col("sys_id", "string", "sys_id of the profile.", mode="computed"),
        _col("oauth_entity", "reference", "sys_id of the profile's OAuth entity.", mode="computed"),
        _col("grant_type", "choice", "Grant type of the profile.", mode="computed"),
        _col("default", "boolean", "Whether this is the entity's default profile.", mode="computed"),
    ),
    example="""data "servicenow_oauth_entity_profile" "spoke" {
  provider = servicenow.local
  name     = "RemoteSpoke default_profile"
}""",
)

APPLICATION_REGISTRY_LOOKUP = LookupKind(
    type_name="application_registry",
    table="oauth_entity",
    description=(
        "Looks up an application registry (`oauth_entity`) by name. The client secret is never returned."
    ),
    key="name",
    key_description="Name of the registry, e.g. `RemoteSpoke`.",
    outputs=(
        _col("sys_id", "string", "sys_id of the registry.", mode="computed"),
        _col("client_id", "string", "Client ID of the registry.", mode="computed"),
        _col("type", "choice", "Type, e.g. `client` or `oauth_provider`.", mode="computed"),
        _col("auth_url", "string", "Authorization URL of the OAuth provider.", mode="computed"),
        _col("token_url", "string", "Token URL of the OAuth provider.", mode="computed"),
        _col("redirect_url", "string", "Redirect URL registered for this client.", mode="computed"),
        _col("default_grant_type", "choice", "Default grant type of the registry.", mode="computed"),
        _col("refresh_token_lifespan", "integer", "Refresh token lifespan in seconds.", mode="computed"),
        _col("access_token_lifespan", "integer", "Access token lifespan in seconds.", mode="computed"),
        _col("public_client", "boolean", "PKCE required (public client).", mode="computed"),
        _col("code_challenge_method", "choice", "PKCE code challenge method.", mode="computed"),
        _col("access", "choice", "Accessible from: `public` or `package_private`.", mode="computed"),
        _col("sys_scope", "reference", "sys_id of the application.", mode="computed"),
        _col("active", "boolean", "Whether the registry is active.", mode="computed"),
    ),
    example="""data "servicenow_application_registry" "spoke" {
  provider = servicenow.local
  name     = "RemoteSpoke"
}""",
)

LOOKUP_KINDS: tuple[LookupKind, ...] = (CONNECTION_ALIAS, OAUTH_ENTITY_PROFILE, APPLICATION_REGISTRY_LOOKUP)
