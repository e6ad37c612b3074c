"""The mapping between Terraform values and Table API JSON, driven by the catalog.

The Table API returns every value as a string (references as a sys_id with
`sysparm_exclude_reference_link=true`, or as `{"link", "value"}` without it). Terraform holds numbers,
booleans and strings. An empty string from ServiceNow is a null in Terraform.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from tf.types import Unknown

from terraform_provider_servicenow.catalog import Column, Kind, RecordKind


class MappingError(ValueError):
    """A value from the instance that does not fit the column's type."""


def raw_value(raw: Any) -> str | None:
    """The plain string of a Table API value (a reference object gives its sys_id)."""
    if raw is None:
        return None
    if isinstance(raw, Mapping):
        inner = raw.get("value")
        return None if inner is None else str(inner)
    if isinstance(raw, bool):
        return "true" if raw else "false"
    return str(raw)


def from_api(kind: Kind, raw: Any) -> str | int | bool | None:
    """Table API value -> Terraform value."""
    text = raw_value(raw)
    if text is None or text == "":
        return None
    if kind == "boolean":
        low = text.strip().lower()
        if low in ("true", "1", "yes"):
            return True
        if low in ("false", "0", "no"):
            return False
        raise MappingError(f"expected a boolean, got {text!r}")
    if kind == "integer":
        cleaned = text.replace(",", "").strip()
        try:
            return int(cleaned)
        except ValueError:
            try:
                as_float = float(cleaned)
            except ValueError as exc:
                raise MappingError(f"expected an integer, got {text!r}") from exc
            return int(as_float) if as_float.is_integer() else as_float  # type: ignore[return-value]
    return text


def to_api(kind: Kind, value: Any) -> str:
    """Terraform value -> Table API string. A null clears the column (ServiceNow takes "")."""
    if value is None:
        return ""
    if kind == "boolean" or isinstance(value, bool):
        return "true" if value else "false"
    if kind == "integer" and isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def equivalent(kind: Kind, a: Any, b: Any) -> bool:
    """True when two values mean the same thing to ServiceNow (null and "" are the same)."""
    if a is Unknown or b is Unknown:
        return False
    return to_api(kind, a) == to_api(kind, b)


def record_to_state(
    kind: RecordKind, record: Mapping[str, Any], base: Mapping[str, Any] | None
) -> dict[str, Any]:
    """A Table API record -> the resource's column attributes (plus `sys_id` and `id`).

    `base` is the planned or prior state: write-only (password2) columns come from it, never from the
    record; any other column keeps the base's spelling when the instance's value is equivalent, so that
    `""` versus null or `"1800"` versus 1800 never shows as a change.
    """
    base = base or {}
    state: dict[str, Any] = {}
    for col in kind.columns:
        state[col.name] = column_state(col, record, base)
    sys_id = raw_value(record.get("sys_id")) or base.get("sys_id")
    state["sys_id"] = sys_id
    state["id"] = sys_id
    return state


def column_state(col: Column, record: Mapping[str, Any], base: Mapping[str, Any]) -> Any:
    prior = base.get(col.name)
    if col.write_only:
        return None if prior is Unknown else prior
    if col.name not in record:
        # Hidden by an ACL or not returned: keep what we knew rather than invent a change.
        return None if prior is Unknown else prior
    remote = from_api(col.kind, record.get(col.name))
    if prior is not Unknown and equivalent(col.kind, prior, remote):
        return prior
    return remote


def create_body(kind: RecordKind, planned: Mapping[str, Any]) -> tuple[dict[str, str], dict[str, str]]:
    """(plain columns, password2 columns) to send when creating a record from the planned state.

    Columns left null in the plan are not sent, so the instance applies its own defaults.
    """
    body: dict[str, str] = dict(kind.fixed_values)
    secrets: dict[str, str] = {}
    for col in kind.columns:
        if not col.writable:
            continue
        value = planned.get(col.name)
        if value is None or value is Unknown:
            continue
        (secrets if col.write_only else body)[col.name] = to_api(col.kind, value)
    return body, secrets


def changed_columns(
    kind: RecordKind, prior: Mapping[str, Any], planned: Mapping[str, Any]
) -> tuple[dict[str, str], dict[str, str]]:
    """(plain columns, password2 columns) that differ between prior and planned: the PATCH body.

    A column whose planned value is unknown at apply time is one the instance computes: not sent.
    """
    body: dict[str, str] = {}
    secrets: dict[str, str] = {}
    for col in kind.columns:
        if not col.writable:
            continue
        new = planned.get(col.name)
        if new is Unknown:
            continue
        old = prior.get(col.name)
        if equivalent(col.kind, old, new):
            continue
        if new is None and (col.mode == "optional_computed" or col.write_only):
            # Unset: the instance keeps its value. A password2 value cannot be read back, so terraform
            # cannot know what clearing it would clear: removing it from the configuration leaves it.
            continue
        (secrets if col.write_only else body)[col.name] = to_api(col.kind, new)
    return body, secrets


def snapshot(kind: RecordKind, record: Mapping[str, Any]) -> dict[str, str]:
    """The raw values of every writable, readable column: what an adopted record looked like."""
    return {
        col.name: raw_value(record.get(col.name)) or ""
        for col in kind.columns
        if col.writable and not col.write_only and col.name in record
    }


def flatten_record(record: Mapping[str, Any]) -> dict[str, str]:
    """A Table API record as a map of strings (references as sys_ids, nulls as "")."""
    return {str(k): raw_value(v) or "" for k, v in record.items()}


# password2 (two-way encrypted) columns the generic record never exposes: the Table API may return
# their ciphertext or even their clear text, and `fields`/`records`/`computed_fields` are not sensitive.
# A value cannot be recognised as ciphertext reliably, so this is a list of known columns per table.
PASSWORD2_COLUMNS: dict[str, frozenset[str]] = {
    "oauth_entity": frozenset({"client_secret"}),
    "sys_user": frozenset({"user_password"}),
    "oauth_credential": frozenset({"token", "refresh_token"}),
    "sys_auth_profile_basic": frozenset({"password"}),
}
# The credential tables (`discovery_credentials` and the tables extending it, all named `*_credentials`:
# basic_auth_credentials, oauth_2_0_credentials, ssh_credentials, ...) keep their secrets in these.
CREDENTIAL_PASSWORD2_COLUMNS = frozenset(
    {"password", "ssh_passphrase", "ssh_private_key", "private_key", "passphrase", "api_key", "secret_key"}
)
# sys_properties of these types keep their value encrypted.
PASSWORD_PROPERTY_TYPES = frozenset({"password", "password2"})


def password2_columns(table: str) -> frozenset[str]:
    """The known password2 columns of a table (see PASSWORD2_COLUMNS)."""
    known = PASSWORD2_COLUMNS.get(table, frozenset())
    if table.endswith("_credentials"):
        known = known | CREDENTIAL_PASSWORD2_COLUMNS
    return known


def without_password2(table: str, flat: Mapping[str, str]) -> dict[str, str]:
    """A flattened record without its known password2 columns (nor a password property's value)."""
    hidden = set(password2_columns(table))
    if table == "sys_properties" and flat.get("type", "").lower() in PASSWORD_PROPERTY_TYPES:
        hidden.add("value")
    return {k: v for k, v in flat.items() if k not in hidden}
