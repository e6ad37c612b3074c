"""Terraform schemas generated from the catalog (resources, data sources, the provider itself)."""

from __future__ import annotations

from tf import types
from tf.schema import Attribute, Schema
from tf.types import Unknown

from terraform_provider_servicenow.catalog import Column, Kind, LookupKind, RecordKind
from terraform_provider_servicenow.catalog_record import (
    CREATE_SYS_ID_DESCRIPTION,
    RECORD_DATA_SOURCE_ATTRIBUTES,
    RECORD_DATA_SOURCE_DESCRIPTION,
    RECORD_RESOURCE_ATTRIBUTES,
    RECORD_RESOURCE_DESCRIPTION,
)

# Resource schema version: an explicit version stops `tf` from warning "Using default upgrade".
SCHEMA_VERSION = 0

ON_DESTROY_VALUES = ("restore", "keep")

SYS_ID_DESCRIPTION = "sys_id of the record (32 hex characters). Also the Terraform ID."
ID_DESCRIPTION = "Terraform ID: the record's sys_id."


#: Suffixes of a secret's write-only form and of its version companion (Terraform's convention).
WO_SUFFIX = "_wo"
WO_VERSION_SUFFIX = "_wo_version"


def tf_type(kind: Kind) -> types.TfType:
    if kind == "integer":
        return types.Number()
    if kind == "boolean":
        return types.Bool()
    return types.String()


def _describe(col: Column) -> str:
    text = col.description
    if col.kind == "reference" and col.internal_type and col.reference and f"`{col.reference}`" not in text:
        text += f" The sys_id of a `{col.reference}` record."
    if col.choices and "`" not in text:
        text += " One of: " + ", ".join(f"`{c}`" for c in col.choices) + "."
    if col.default is not None:
        shown = str(col.default).lower() if isinstance(col.default, bool) else str(col.default)
        text += f" Default: `{shown}`."
    if col.force_new:
        text += " Changing it replaces the resource."
    return text


def column_attribute(col: Column) -> Attribute:
    # A required secret is given in either of its two forms (checked at validate time).
    either = col.sensitive and col.mode == "required"
    return Attribute(
        col.name,
        tf_type(col.kind),
        description=_describe(col) + (f" Required unless `{col.name}{WO_SUFFIX}` is set." if either else ""),
        required=col.mode == "required" and not either,
        optional=col.mode in ("optional", "optional_computed") or either,
        computed=col.mode in ("optional_computed", "computed"),
        sensitive=col.sensitive,
        requires_replace=col.force_new or None,
        default=col.default if col.default is not None else Unknown,
    )


def write_only_forms(target: str, kind: str, attr_type: types.TfType) -> list[Attribute]:
    """``<target>_wo`` (write-only, sensitive) and ``<target>_wo_version`` for one secret attribute."""
    return [
        Attribute(
            target + WO_SUFFIX,
            attr_type,
            description=(
                f"Write-only form of `{target}` (Terraform >= 1.11): sent to the instance on create and "
                f"whenever `{target}{WO_VERSION_SUFFIX}` changes, never stored in plan or state; accepts "
                f"ephemeral values. Conflicts with `{target}`."
            ),
            optional=True,
            sensitive=True,
        ),
        Attribute(
            target + WO_VERSION_SUFFIX,
            types.String(),
            description=(
                f"Any string; changing it sends `{target}{WO_SUFFIX}` to the instance again (e.g. a counter "
                f"you bump to rotate the {kind})."
            ),
            optional=True,
        ),
    ]


def create_sys_id_attribute() -> Attribute:
    return Attribute("create_sys_id", types.String(), description=CREATE_SYS_ID_DESCRIPTION, optional=True)


def resource_schema(kind: RecordKind) -> Schema:
    attrs = [column_attribute(c) for c in kind.columns]
    for col in kind.columns:
        if col.sensitive and col.writable:
            what = col.label.lower() if col.label else col.name.replace("_", " ")
            attrs.extend(write_only_forms(col.name, what, tf_type(col.kind)))
    attrs.append(Attribute("sys_id", types.String(), description=SYS_ID_DESCRIPTION, computed=True))
    attrs.append(Attribute("id", types.String(), description=ID_DESCRIPTION, computed=True))
    if kind.lifecycle == "create":
        attrs.append(create_sys_id_attribute())
    if kind.lifecycle == "adopt":
        attrs.append(
            Attribute(
                "on_destroy",
                types.String(),
                description=(
                    "What destroy does to the adopted record: `restore` (default) writes back the values "
                    "this resource overwrote; `keep` leaves the record as it is. The record is never deleted."
                ),
                optional=True,
                computed=True,
                default="restore",
            )
        )
        attrs.append(
            Attribute(
                "adopted_values",
                types.Map(types.String()),
                description=(
                    'The record\'s column values when it was adopted: what `on_destroy = "restore"` writes '
                    'back. A password2 column appears only as `""` when it was blank (written blank again); '
                    "a secret that was set is never read back nor kept."
                ),
                computed=True,
            )
        )
    return Schema(version=SCHEMA_VERSION, attributes=attrs, description=kind.description)


def record_resource_schema() -> Schema:
    desc = {name: text for name, _mode, text in RECORD_RESOURCE_ATTRIBUTES}
    return Schema(
        version=SCHEMA_VERSION,
        description=RECORD_RESOURCE_DESCRIPTION,
        attributes=[
            Attribute(
                "table", types.String(), description=desc["table"], required=True, requires_replace=True
            ),
            Attribute("fields", types.Map(types.String()), description=desc["fields"], required=True),
            Attribute(
                "sensitive_fields",
                types.Map(types.String()),
                description=desc["sensitive_fields"],
                optional=True,
                sensitive=True,
            ),
            *write_only_forms("sensitive_fields", "secrets", types.Map(types.String())),
            Attribute(
                "computed_fields",
                types.Map(types.String()),
                description=desc["computed_fields"],
                computed=True,
            ),
            Attribute("sys_id", types.String(), description=SYS_ID_DESCRIPTION, computed=True),
            Attribute("id", types.String(), description=ID_DESCRIPTION, computed=True),
            create_sys_id_attribute(),
            Attribute("adopt_by", types.String(), description=desc["adopt_by"], optional=True),
            Attribute("on_destroy", types.String(), description=desc["on_destroy"], optional=True),
            Attribute("adopted", types.Bool(), description=desc["adopted"], computed=True),
            Attribute(
                "adopted_values",
                types.Map(types.String()),
                description=desc["adopted_values"],
                computed=True,
            ),
        ],
    )


def required_secrets(type_name: str) -> frozenset[str]:
    """The secrets of a resource type that must be given, in their plain or their write-only form."""
    from terraform_provider_servicenow.served import resource_kind

    kind = resource_kind(type_name)
    if kind is None:
        return frozenset()
    return frozenset(c.name for c in kind.columns if c.sensitive and c.mode == "required")


def write_only_attributes(type_name: str) -> dict[str, tuple[str, str]]:
    """The write-only attributes of a resource type: ``{<target>_wo: (<target>, <target>_wo_version)}``."""
    from terraform_provider_servicenow.catalog import RECORD_RESOURCE_TYPE, TYPE_PREFIX
    from terraform_provider_servicenow.served import resource_kind

    targets: list[str] = []
    if type_name == TYPE_PREFIX + RECORD_RESOURCE_TYPE:
        targets = ["sensitive_fields"]
    kind = resource_kind(type_name)
    if kind is not None:
        targets = [c.name for c in kind.columns if c.sensitive and c.writable]
    return {t + WO_SUFFIX: (t, t + WO_VERSION_SUFFIX) for t in targets}


def lookup_schema(kind: LookupKind) -> Schema:
    attrs = [Attribute(kind.key, types.String(), description=kind.key_description, required=True)]
    attrs.extend(
        Attribute(c.name, tf_type(c.kind), description=c.description, computed=True) for c in kind.outputs
    )
    return Schema(version=SCHEMA_VERSION, attributes=attrs, description=kind.description)


def generated_data_source_schema(kind: RecordKind) -> Schema:
    """`data.servicenow_<table>` of a generated table: one record, by sys_id or by its natural key, with
    every readable column (password2 columns are never read back)."""
    key = kind.natural_key
    by_key = f" or give `{key}`" if key else ""
    attrs = [
        Attribute(
            "sys_id",
            types.String(),
            description=f"sys_id of the record to read{by_key}.",
            optional=bool(key),
            required=not key,
            computed=bool(key),
        )
    ]
    for col in kind.columns:
        if col.write_only:
            continue
        if col.name == key:
            attrs.append(
                Attribute(
                    col.name,
                    tf_type(col.kind),
                    description=f"{col.description} The record is looked up by it (or give `sys_id`).",
                    optional=True,
                    computed=True,
                )
            )
        else:
            attrs.append(Attribute(col.name, tf_type(col.kind), description=_describe(col), computed=True))
    return Schema(version=SCHEMA_VERSION, attributes=attrs, description=kind.description)


def record_data_source_schema() -> Schema:
    desc = {name: text for name, _mode, text in RECORD_DATA_SOURCE_ATTRIBUTES}
    string_map = types.Map(types.String())
    return Schema(
        version=SCHEMA_VERSION,
        description=RECORD_DATA_SOURCE_DESCRIPTION,
        attributes=[
            Attribute("table", types.String(), description=desc["table"], required=True),
            Attribute("sys_id", types.String(), description=desc["sys_id"], optional=True),
            Attribute("query", types.String(), description=desc["query"], optional=True),
            Attribute("limit", types.Number(), description=desc["limit"], optional=True),
            Attribute("page_size", types.Number(), description=desc["page_size"], optional=True),
            Attribute("fields", string_map, description=desc["fields"], computed=True),
            Attribute("records", types.List(string_map), description=desc["records"], computed=True),
            Attribute("record_count", types.Number(), description=desc["record_count"], computed=True),
        ],
    )


# (name, type, sensitive, environment variable, description)
PROVIDER_SETTINGS: tuple[tuple[str, str, bool, str, str], ...] = (
    (
        "instance_url",
        "string",
        False,
        "SERVICENOW_INSTANCE_URL",
        "Base URL of the instance, e.g. `https://example.service-now.com`. https is required, except "
        "http on loopback (127.0.0.1, localhost, ::1).",
    ),
    (
        "username",
        "string",
        False,
        "SERVICENOW_USERNAME",
        "User name for basic auth or the OAuth password grant.",
    ),
    (
        "password",
        "string",
        True,
        "SERVICENOW_PASSWORD",
        "Password for basic auth or the OAuth password grant.",
    ),
    (
        "client_id",
        "string",
        False,
        "SERVICENOW_CLIENT_ID",
        "OAuth client ID (an OAuth API endpoint on the instance).",
    ),
    ("client_secret", "string", True, "SERVICENOW_CLIENT_SECRET", "OAuth client secret."),
    (
        "auth_method",
        "string",
        False,
        "SERVICENOW_AUTH_METHOD",
        "`basic`, `oauth_password` or `oauth_client_credentials`. Inferred when not set: OAuth password "
        "grant with client_id + username, client credentials with client_id alone, basic otherwise.",
    ),
    (
        "request_timeout",
        "integer",
        False,
        "SERVICENOW_REQUEST_TIMEOUT",
        "Timeout of one HTTP request, in seconds. Default: `60`.",
    ),
    (
        "max_retries",
        "integer",
        False,
        "SERVICENOW_MAX_RETRIES",
        "Retries of a request answered 429, 500, 502, 503, 504 or lost to a connection error, with "
        "exponential backoff and `Retry-After`. Default: `4`.",
    ),
    (
        "ca_bundle",
        "string",
        False,
        "SERVICENOW_CA_BUNDLE",
        "Path of a PEM file of CA certificates to trust instead of the system's.",
    ),
)


def provider_schema() -> Schema:
    attrs = []
    for name, kind, sensitive, env, description in PROVIDER_SETTINGS:
        attrs.append(
            Attribute(
                name,
                tf_type(kind),  # type: ignore[arg-type]
                description=f"{description} Environment variable: `{env}`.",
                optional=True,
                sensitive=sensitive,
            )
        )
    return Schema(
        version=SCHEMA_VERSION,
        attributes=attrs,
        description="ServiceNow instance, reached through the REST Table API.",
    )
