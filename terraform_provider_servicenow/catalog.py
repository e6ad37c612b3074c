"""The table catalog: one declaration per record kind.

Schemas (`schema.py`), the mapping to and from Table API JSON (`mapping.py`) and the README's
per-resource docs (`docs.py`) are all generated from these declarations. Adding a table is adding an
entry here (and its tests), nothing else. Attribute names are ServiceNow column names.

This module imports nothing but the standard library (and `catalog_model`) so that building it costs
nothing at start-up.
"""

from __future__ import annotations

import dataclasses
import functools
import os
from dataclasses import dataclass

# The catalog's types live in catalog_model (shared with catalog_file) and are imported from here as
# before; `__all__` names only these re-exports (every other name of this module is public too).
from terraform_provider_servicenow.catalog_model import (
    KINDS,
    LIFECYCLES,
    MODES,
    TYPE_PREFIX,
    Column,
    Kind,
    Lifecycle,
    LookupKind,
    Mode,
    RecordKind,
)

__all__ = [
    "KINDS",
    "LIFECYCLES",
    "MODES",
    "TYPE_PREFIX",
    "Column",
    "Kind",
    "Lifecycle",
    "LookupKind",
    "Mode",
    "RecordKind",
]


def _col(name: str, kind: Kind, description: str, **kw: object) -> Column:
    return Column(name, kind, description, **kw)  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------------------
# Resources: the spoke's tables as the dictionary describes them, plus what only the spoke knows
# --------------------------------------------------------------------------------------------------

#: The spoke's tables. Their columns (types, choices, defaults, references, lengths, bounds, labels) are
#: catalog data generated from the emulator's dictionary: `make catalog` rewrites SPOKE_TABLES_FILE
#: (`python -m terraform_provider_servicenow generate --table ...`), and a test fails when it is stale.
SPOKE_TABLES = ("basic_auth_credentials", "http_connection", "oauth_2_0_credentials", "oauth_entity")
SPOKE_TABLES_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "spoke_tables.toml")


@dataclass(frozen=True)
class ColumnOverlay:
    """What the spoke adds to a generated column: the docs of how the provider treats it, and the facts
    the dictionary cannot say (a column the instance fills on insert, one the spoke needs, one the
    provider generates, bounds the spoke keeps)."""

    name: str
    description: str
    mode: Mode | None = None  # None: the dictionary's (see _spoke_column)
    force_new: bool = False
    generated: bool = False
    check_exists: bool = False
    minimum: int | None = None


def _over(name: str, description: str, **kw: object) -> ColumnOverlay:
    return ColumnOverlay(name, description, **kw)  # type: ignore[arg-type]


@functools.cache
def _spoke_tables() -> dict[str, RecordKind]:
    from terraform_provider_servicenow.catalog_file import load

    return {kind.table: kind for kind in load(SPOKE_TABLES_FILE)}


def _spoke_column(kind: RecordKind, lifecycle: Lifecycle, natural_key: str, over: ColumnOverlay) -> Column:
    """A generated column with the spoke's overlay.

    The mode is the dictionary's (read-only and system columns computed, mandatory ones required, one
    with a default optional and computed) unless the overlay says otherwise; an adopted record's columns
    are optional and computed (unset keeps the record's value) and its natural key is required and
    replaces the resource when it changes; a generated secret is optional and computed. Defaults apply
    only to columns Terraform may leave unset on a record it creates."""
    try:
        col = kind.column(over.name)
    except KeyError:
        raise KeyError(
            f"spoke_tables.toml has no column {over.name} of {kind.table}: run `make catalog`, or "
            "remove the column from the catalog if the dictionary no longer has it"
        ) from None
    mode: Mode = col.mode
    force_new = over.force_new
    if lifecycle == "adopt" and mode != "computed" and col.kind != "password2":
        mode = "optional_computed"
    if lifecycle == "adopt" and col.name == natural_key:
        mode, force_new = "required", True
    if over.generated:
        mode = "optional_computed"
    mode = over.mode or mode
    keeps_default = lifecycle == "create" and mode in ("optional", "optional_computed")
    return dataclasses.replace(
        col,
        description=over.description,
        mode=mode,
        force_new=force_new,
        default=col.default if keeps_default else None,
        generated=over.generated,
        check_exists=over.check_exists,
        minimum=col.minimum if over.minimum is None else over.minimum,
    )


def _spoke_kind(
    *,
    type_name: str,
    table: str,
    description: str,
    columns: tuple[ColumnOverlay, ...],
    lifecycle: Lifecycle = "create",
    natural_key: str = "name",
    fixed_values: tuple[tuple[str, str], ...] = (),
    example: str = "",
    holds_tokens: bool = False,
) -> RecordKind:
    """A resource of the spoke: the generated table, the columns it manages, and the overlay."""
    generated = _spoke_tables()[table]
    return RecordKind(
        type_name=type_name,
        table=table,
        description=description,
        columns=tuple(_spoke_column(generated, lifecycle, natural_key, c) for c in columns),
        lifecycle=lifecycle,
        natural_key=natural_key,
        fixed_values=fixed_values,
        example=example,
        holds_tokens=holds_tokens,
        label=generated.label,
        parents=generated.parents,
    )


OAUTH_API_ENDPOINT = _spoke_kind(
    type_name="oauth_api_endpoint",
    table="oauth_entity",
    description=(
        "An OAuth API endpoint for external clients (an `oauth_entity` record of type `client`), created on "
        "the instance that external clients call (the spoke's *remote* instance). The instance generates "
        "`client_id`; the provider generates `client_secret` with cryptographic randomness when none is "
        "given, sends it once, and keeps it only as a sensitive attribute."
    ),
    fixed_values=(("type", "client"),),
    columns=(
        _over("name", "Name of the application registry, unique on the instance."),
        _over(
            "redirect_url",
            (
                "Redirect URL(s), comma separated. For the spoke: `https://<local "
                "instance>/oauth_redirect.do`."
            ),
        ),
        _over(
            "client_secret",
            (
                "Client secret (password2). Generated by the provider (48 URL-safe characters from "
                "`secrets`) when not set; written as a display value, never read back from the instance."
            ),
            generated=True,
        ),
        _over("client_id", "Client ID, generated by the instance on insert.", mode="computed"),
        _over("access_token_lifespan", "Access token lifespan in seconds.", minimum=1),
        _over(
            "refresh_token_lifespan",
            "Refresh token lifespan in seconds (8,640,000 = 100 days).",
            minimum=1,
        ),
        _over(
            "public_client",
            "Public client: PKCE required (only the authorization-code grant is then allowed).",
        ),
        _over("code_challenge_method", "PKCE code challenge method: `S256`, `plain` or `none`."),
        _over("active", "Whether the endpoint is active."),
        _over(
            "access",
            "Accessible from: `public` (all application scopes) or `package_private` (this scope only).",
        ),
        _over(
            "user",
            (
                "sys_id of the OAuth Application User (`sys_user`): the user that client-credentials tokens "
                "act as. Needed for the inbound client-credentials grant (Washington DC and later); unset, "
                "the column is cleared. The column's name is unconfirmed (ServiceNow adds the field through "
                "Form Design): before setting it the provider checks that `oauth_entity` has a `user` "
                "column in sys_dictionary, and stops with an error when it does not."
            ),
            check_exists=True,
        ),
        _over("comments", "Free-text comments about the endpoint."),
        _over("logo_url", "URL of a logo shown on the consent page."),
    ),
    example="""data "servicenow_record" "ci_user" {
  provider = servicenow.remote
  table    = "sys_user"
  query    = "user_name=spoke.ci"
}

resource "servicenow_oauth_api_endpoint" "remote" {
  provider     = servicenow.remote
  name         = "Local instance client"
  redirect_url = "https://local.service-now.com/oauth_redirect.do"
  user         = data.servicenow_record.ci_user.fields["sys_id"] # OAuth Application User (optional)
}""",
)

APPLICATION_REGISTRY = _spoke_kind(
    type_name="application_registry",
    table="oauth_entity",
    lifecycle="adopt",
    description=(
        "An OAuth provider application registry (`oauth_entity`) that already exists on the instance, such "
        "as the `RemoteSpoke` record the Remote Instance spoke ships. The resource adopts the record of the "
        "same name instead of creating a second one, and writes only the attributes you set; attributes you "
        "leave out keep the record's values. It is never deleted: on destroy the values it overwrote are "
        'restored (`on_destroy = "restore"`, the default) or left (`"keep"`). A client secret is '
        "restored only when it was blank before adoption (written blank again): a secret that was set "
        "cannot be restored, password2 values are never read back (the adopt warns that it overwrites it, "
        "and destroy leaves the value Terraform wrote)."
    ),
    columns=(
        _over(
            "name",
            (
                "Name of the existing record to adopt (for the spoke: `RemoteSpoke`). Changing it adopts "
                "another."
            ),
        ),
        _over("client_id", "Client ID issued by the OAuth provider."),
        _over(
            "client_secret",
            (
                "Client secret issued by the OAuth provider (password2): written as a display value, never "
                "read back."
            ),
        ),
        _over("auth_url", "Authorization URL (`https://<remote>/oauth_auth.do`)."),
        _over("token_url", "Token URL (`https://<remote>/oauth_token.do`)."),
        _over("redirect_url", "Redirect URL (`https://<this instance>/oauth_redirect.do`)."),
        _over(
            "default_grant_type",
            "Default grant type, for example `authorization_code`, `password` or `client_credentials`.",
        ),
        _over("refresh_token_lifespan", "Refresh token lifespan in seconds.", minimum=1),
        _over("public_client", "PKCE required (public client)."),
        _over("code_challenge_method", "PKCE code challenge method: `S256`, `plain` or `none`."),
        _over(
            "sys_scope",
            "sys_id of the application (`sys_scope`) the record belongs to.",
            mode="optional_computed",
        ),
        _over(
            "access",
            "Accessible from: `public` (all application scopes) or `package_private` (this scope only).",
        ),
        _over("active", "Whether the registry is active."),
    ),
    example="""resource "servicenow_application_registry" "remote_spoke" {
  provider      = servicenow.local
  name          = "RemoteSpoke"
  client_id     = servicenow_oauth_api_endpoint.remote.client_id
  client_secret = servicenow_oauth_api_endpoint.remote.client_secret
  auth_url      = "https://remote.service-now.com/oauth_auth.do"
  token_url     = "https://remote.service-now.com/oauth_token.do"
}""",
)

OAUTH2_CREDENTIAL = _spoke_kind(
    type_name="oauth2_credential",
    table="oauth_2_0_credentials",
    description=(
        "An OAuth 2.0 credential (`oauth_2_0_credentials`) that uses an OAuth entity profile. Destroying it "
        'first deletes the tokens "Get OAuth Token" stored for it (`oauth_credential` records found '
        "through `oauth_requestor_profile`, and those requestor profiles): no token of a deleted credential "
        "is left behind. That needs oauth_admin."
    ),
    holds_tokens=True,
    columns=(
        _over("name", "Name of the credential."),
        _over(
            "oauth_entity_profile",
            (
                "sys_id of the OAuth entity profile (`oauth_entity_profile`), e.g. `RemoteSpoke "
                "default_profile`."
            ),
            mode="required",
        ),
        _over("active", "Whether the credential is active."),
        _over("order", "Order in which credentials are tried.", minimum=0),
    ),
    example="""resource "servicenow_oauth2_credential" "remote" {
  provider             = servicenow.local
  name                 = "Remote instance OAuth"
  oauth_entity_profile = data.servicenow_oauth_entity_profile.spoke.sys_id
}""",
)

BASIC_AUTH_CREDENTIAL = _spoke_kind(
    type_name="basic_auth_credential",
    table="basic_auth_credentials",
    description="A basic-auth credential (`basic_auth_credentials`): a user name and a password2 password.",
    columns=(
        _over("name", "Name of the credential."),
        _over("user_name", "User name the credential logs in with.", mode="required"),
        _over(
            "password",
            "Password (password2): written as a display value, never read back from the instance.",
            mode="required",
        ),
        _over("active", "Whether the credential is active."),
        _over("order", "Order in which credentials are tried.", minimum=0),
    ),
    example="""resource "servicenow_basic_auth_credential" "local" {
  provider  = servicenow.local
  name      = "Local instance basic auth"
  user_name = "integration.user"
  password  = var.integration_password
}""",
)

HTTP_CONNECTION = _spoke_kind(
    type_name="http_connection",
    table="http_connection",
    description=(
        "An HTTP(s) connection (`http_connection`) under a connection & credential alias. A credential can "
        "be used by only one active connection."
    ),
    columns=(
        _over("name", "Name of the connection, unique on the table."),
        _over("credential", "sys_id of the credential (`discovery_credentials`: OAuth 2.0 or basic auth)."),
        _over(
            "connection_alias",
            "sys_id of the connection & credential alias (`sys_alias`).",
            mode="required",
        ),
        _over("connection_url", "Connection URL (`https://<instance>`).", mode="required"),
        _over("active", "Whether the connection is active."),
        _over("use_mid", "Connect through a MID server."),
        _over("sys_domain", "Domain (`sys_domain`); `global` when not set.", mode="optional_computed"),
    ),
    example="""resource "servicenow_http_connection" "remote" {
  provider         = servicenow.local
  name             = "Remote instance"
  credential       = servicenow_oauth2_credential.remote.sys_id
  connection_alias = data.servicenow_connection_alias.remote.sys_id
  connection_url   = "https://remote.service-now.com"
}""",
)


RESOURCE_KINDS: tuple[RecordKind, ...] = (
    OAUTH_API_ENDPOINT,
    APPLICATION_REGISTRY,
    OAUTH2_CREDENTIAL,
    BASIC_AUTH_CREDENTIAL,
    HTTP_CONNECTION,
)

# The generic record resource is not catalog-driven column by column (it takes any table); its
# attributes are declared here so that the docs and the schema share one description.
RECORD_RESOURCE_TYPE = "record"
RECORD_RESOURCE_DESCRIPTION = (
    "Any record of any table: the escape hatch for larger stacks. `fields` holds the columns it owns "
    "(Table API string values; references as sys_ids), `sensitive_fields` the password2 columns (written "
    "as display values, never read back), and `computed_fields` every other column the instance returns. "
    "With `adopt_by`, a record that exists instance-wide (a system property, a shipped profile) is adopted "
    "instead of created twice: create looks it up by that column and, when it exists, writes only the "
    "owned fields that differ, remembering their values in `adopted_values`; destroy writes them back "
    '(`on_destroy = "restore"`, the default) or leaves the record (`"keep"`) and never deletes an adopted '
    "record. When no record matches, it is created (`adopted = false`) and destroy deletes it (unless "
    '`on_destroy = "keep"`). Import with `<table>/<sys_id>` or `<table>/<column>=<value>`; an imported '
    "record counts as adopted."
)
#: The stable key of a created record (catalog resources that create, and `servicenow_record`).
CREATE_SYS_ID_DESCRIPTION = (
    "The sys_id to create the record with (32 lowercase hexadecimal characters), the same on every run: "
    "it makes the create idempotent across runs. A record that an interrupted or failed run created with "
    "it, and never recorded in state, is taken over by the next apply (PATCHed to the configured values) "
    "instead of being created twice. The constructs derive it from the stack and the construct path "
    '(uuid5); from HCL, give any fixed value unique per record, e.g. `replace(uuidv5("url", '
    '"<stack>/<address>"), "-", "")`. Used only by create: changing it later changes nothing on the '
    "instance. Unset: a random sys_id per create (safe within one apply only)."
)

RECORD_RESOURCE_ATTRIBUTES: tuple[tuple[str, str, str], ...] = (
    # (name, mode, description)
    ("table", "required", "Table name, e.g. `sys_properties`. Changing it replaces the record."),
    ("fields", "required", "The columns this resource owns, as Table API string values."),
    (
        "sensitive_fields",
        "optional",
        "password2 columns (sensitive): written as display values, never read back.",
    ),
    (
        "computed_fields",
        "computed",
        "Every other column of the record, as the instance returns it, less the known password2 columns.",
    ),
    (
        "adopt_by",
        "optional",
        "A column of `fields` (e.g. `name`) that identifies the record instance-wide: create adopts the "
        "record whose column has that value (`<adopt_by>=<fields[adopt_by]>`, which must not contain `^` or "
        "a line break) and creates one only when none exists. Without it, create always inserts and "
        "destroy always deletes. Once the record is in state, changing `adopt_by` changes only what destroy "
        "does; changing `fields[adopt_by]` of an adopted record is an error (it would rename an "
        "instance-wide record): replace the resource to adopt another.",
    ),
    (
        "on_destroy",
        "optional",
        "With `adopt_by`: `restore` (default) writes back the values this resource overwrote on an adopted "
        "record and deletes a record it created; `keep` leaves the record as it is. An adopted record is "
        "never deleted.",
    ),
    (
        "adopted",
        "computed",
        "Whether the record existed before this resource (adopted or imported) rather than being created by "
        "it.",
    ),
    (
        "adopted_values",
        "computed",
        "The values the owned fields of an adopted record had before this resource first wrote them (the "
        'fields it found equal are left out): what `on_destroy = "restore"` writes back. Of a password2 '
        "column in `sensitive_fields` only the fact that it was blank is kept, as "
        '`sensitive_fields.<column>` = `""` (destroy writes it blank again): a secret that was set before '
        "is never read back nor kept, so the adopt warns that it overwrites it and destroy leaves the value "
        "Terraform wrote.",
    ),
)
RECORD_RESOURCE_EXAMPLE = """resource "servicenow_record" "property" {
  provider = servicenow.remote
  table    = "sys_properties"
  adopt_by = "name" # an instance-wide property: adopted when it exists, restored on destroy
  fields = {
    name  = "glide.oauth.inbound.client.credential.grant_type.enabled"
    value = "true"
    type  = "boolean"
  }
}"""


# --------------------------------------------------------------------------------------------------
# Data sources
# --------------------------------------------------------------------------------------------------

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

RECORD_DATA_SOURCE_DESCRIPTION = (
    "Reads records of any table: one by `sys_id`, or every record matching an encoded `query` "
    "(paginated with `sysparm_limit`/`sysparm_offset`, up to `limit`). Values are Table API strings; "
    "the known password2 columns (client secrets, passwords, tokens) are left out."
)
RECORD_DATA_SOURCE_ATTRIBUTES: tuple[tuple[str, str, str], ...] = (
    ("table", "required", "Table name, e.g. `oauth_entity`."),
    ("sys_id", "optional", "sys_id of the one record to read (or use `query`)."),
    ("query", "optional", "Encoded query (`sysparm_query`), e.g. `name=RemoteSpoke^active=true`."),
    ("limit", "optional", "Maximum number of records to read with `query` (default 1000)."),
    ("page_size", "optional", "Records per request (`sysparm_limit`, default 100)."),
    ("fields", "computed", "Columns of the record read by `sys_id`, or of the first record matched."),
    ("records", "computed", "Every record matched, in the instance's order."),
    ("record_count", "computed", "Number of records in `records`."),
)
RECORD_DATA_SOURCE_EXAMPLE = """data "servicenow_record" "clients" {
  provider = servicenow.remote
  table    = "oauth_entity"
  query    = "type=client^ORDERBYname"
}"""

# Roles the instance most likely wants for each table (reference/servicenow.md, section B, Roles).
TABLE_ROLES: dict[str, str] = {
    "oauth_entity": "oauth_admin",
    "oauth_entity_profile": "oauth_admin",
    "oauth_entity_scope": "oauth_admin",
    "oauth_credential": "oauth_admin",
    "oauth_requestor_profile": "oauth_admin",
    "sys_dictionary": "admin, or read access to sys_dictionary and sys_db_object",
    "sys_db_object": "admin, or read access to sys_dictionary and sys_db_object",
    "oauth_2_0_credentials": "credential_admin (or connection_admin)",
    "basic_auth_credentials": "credential_admin (or connection_admin)",
    "discovery_credentials": "credential_admin (or connection_admin)",
    "http_connection": "connection_admin",
    "sys_connection": "connection_admin",
    "sys_alias": "admin",
    "sys_properties": "admin",
    "sys_user": "user_admin (or admin)",
}


#: Where reading a table needs another role than writing it (the emulator's ACLs, ServiceNow's docs:
#: "The credential_admin and connection_admin roles have read access" to aliases, connection-alias.md).
READ_ROLES: dict[str, str] = {
    "sys_alias": "connection_admin (or credential_admin)",
}


def resource_kind(full_type_name: str) -> RecordKind:
    for kind in RESOURCE_KINDS:
        if kind.full_type_name == full_type_name:
            return kind
    raise KeyError(full_type_name)
