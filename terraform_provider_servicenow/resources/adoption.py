"""Adopting a record that exists before Terraform, and restoring it on destroy: shared by the adopted
catalog resources (the application registry) and the generic record with `adopt_by`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from tf.utils import Diagnostics

from terraform_provider_servicenow import mapping
from terraform_provider_servicenow.checks import QUERY_UNSAFE_HELP, known, query_unsafe
from terraform_provider_servicenow.schema import ON_DESTROY_VALUES
from terraform_provider_servicenow.writes import update_record

if TYPE_CHECKING:  # pragma: no cover
    from terraform_provider_servicenow.client import TableClient


def check_adoption(
    diags: Diagnostics, type_name: str, key: str, value: Any, on_destroy: Any, path: list[str]
) -> None:
    """The adoption settings of a configuration: a lookup value an encoded query can carry as it is,
    and an on_destroy of ON_DESTROY_VALUES."""
    if known(value) and isinstance(value, str) and query_unsafe(value):
        diags.add_error(
            f"Invalid {key} for {type_name}",
            f"{value!r} cannot be looked up to adopt the record: {QUERY_UNSAFE_HELP}. Give the record's "
            f"exact {key}, or import the record by its sys_id.",
            path=path,
        )
    if known(on_destroy) and on_destroy not in ON_DESTROY_VALUES:
        diags.add_error(
            f"Invalid on_destroy for {type_name}",
            f"{on_destroy!r} is not one of: " + ", ".join(ON_DESTROY_VALUES) + ".",
            path=["on_destroy"],
        )


def originals(record: Mapping[str, Any], columns: Any) -> dict[str, str]:
    """The values `columns` have in `record` before Terraform writes them (what restore writes back)."""
    return {name: mapping.raw_value(record.get(name)) or "" for name in columns}


def blank_secrets(record: Mapping[str, Any], names: Any) -> dict[str, str]:
    """The password2 columns among `names` that are blank on `record`, each noted as "" (the only
    original of a secret a restore can know: a value that was set is never read back, and never kept).
    Destroy writes them blank again."""
    return {name: "" for name in names if not mapping.raw_value(record.get(name))}


def warn_overwritten_secrets(diags: Diagnostics, subject: str, names: list[str]) -> None:
    """Warn that adopting overwrites the password2 columns `names`, which were set: destroy cannot put
    them back (never read back, never kept)."""
    if names:
        diags.add_warning(
            f"{subject}: {', '.join(names)} already set before adoption",
            f"The adopted record's password2 column(s) {', '.join(names)} held a value, which Terraform "
            "overwrites. A password2 value is never read back (nor kept), so destroy cannot put the earlier "
            "value back: it leaves the one Terraform wrote. If something still needs the earlier value, set "
            "it again by hand after destroy.",
        )


def write_adopted(
    client: TableClient,
    diags: Diagnostics,
    table: str,
    record: Mapping[str, Any],
    subject: str,
    body: dict[str, str],
    secret: dict[str, str],
) -> dict | None:
    """PATCH what adopting `record` changes (nothing when nothing differs); the record as it is then,
    or None with an error when it disappeared meanwhile. password2 columns go in a request of their own
    as display values (writes.py)."""
    if not body and not secret:
        return dict(record)
    sys_id = mapping.raw_value(record.get("sys_id")) or ""
    updated = update_record(client, table, sys_id, body, secret)
    if updated is None:
        diags.add_error(f"{subject} disappeared while being adopted", "Try again.")
    return updated


def restore_adopted(
    client: TableClient,
    diags: Diagnostics,
    table: str,
    sys_id: str,
    subject: str,
    body: dict[str, str],
    *,
    choice_columns: frozenset[str] = frozenset(),
    secret_columns: frozenset[str] = frozenset(),
    secrets_written: str = "",
) -> None:
    """Write back the original values `body` of an adopted record (one PATCH, none when empty). Warns
    about what a restore cannot undo: an empty original of a choice column, and the password2 values
    Terraform wrote (`secrets_written` names them, e.g. "client secret")."""
    if body:
        plain = {k: v for k, v in body.items() if k not in secret_columns}
        secret = {k: v for k, v in body.items() if k in secret_columns}
        update_record(client, table, sys_id, plain, secret)
    uncleared = sorted(name for name, original in body.items() if original == "" and name in choice_columns)
    if uncleared:
        diags.add_warning(
            f"{subject}: choice column(s) {', '.join(uncleared)} may not be cleared",
            "These columns were empty before Terraform wrote them, so restoring sent an empty value; "
            "ServiceNow may keep a choice column's value when it is given an empty one. Check "
            f"{', '.join(uncleared)} on the {table} record {sys_id} and clear "
            "them by hand (or pick the original choice) if they still hold the value Terraform wrote.",
        )
    if secrets_written:
        diags.add_warning(
            f"{subject}: {secrets_written} not restored",
            "The record's other columns were restored, but a password2 value cannot be read back, so "
            "the secret written by Terraform stays until you change it.",
        )
