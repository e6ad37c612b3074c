"""How a record is written: password2 columns in a request of their own, everything else in a plain one.

ServiceNow saves an encrypted (password2) value only when the request has
``sysparm_input_display_value=true`` ("If this parameter is not set to true, values submitted to encrypted
fields are not saved", c_TableAPI.md). In that mode the other columns are read as display values too, and
nothing documents that sys_ids and choice values are then taken as given (references are documented by
display name). So the provider never mixes them: the plain columns go in a plain request, the password2
columns in a second request with the parameter. A write that changes no secret stays one request.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the client imports `requests`, which the provider loads after its handshake
    from terraform_provider_servicenow.client import ApiError, TableClient


def create_record(
    client: TableClient,
    table: str,
    body: Mapping[str, str],
    secret: Mapping[str, str],
    *,
    warnings: list[tuple[str, str]] | None = None,
    **create_options: Any,
) -> dict[str, Any]:
    """POST the plain columns, then PATCH the password2 ones as display values (only when there are);
    ``create_options`` go to ``creates.create`` (the stable key, the natural key).

    When the second request fails the new record is deleted, so that nothing is left half-written (a record
    without its secret); the error says so, or names the record when even the delete failed."""
    from terraform_provider_servicenow.client import ApiError, record_sys_id
    from terraform_provider_servicenow.creates import create

    record = create(client, table, dict(body), warnings=warnings, **create_options)
    if not secret:
        return record
    sys_id = record_sys_id(record) or ""
    try:
        updated = client.update(table, sys_id, dict(secret), display_value=True)
    except ApiError as err:
        raise _undo_create(client, table, sys_id, err) from None
    if updated is None:
        raise ApiError(
            "create",
            table,
            404,
            f"the new {table} record {sys_id} disappeared before its secret could be written",
            "Run apply again.",
        )
    return updated


def _undo_create(client: TableClient, table: str, sys_id: str, err: ApiError) -> ApiError:
    from terraform_provider_servicenow.client import ApiError, log

    try:
        client.delete(table, sys_id)
        note = f" The new {table} record {sys_id} was deleted again: nothing was left half-written."
    except ApiError:
        note = (
            f" The new {table} record {sys_id} exists without its secret and could not be deleted: "
            "delete it, then run apply again."
        )
    log("WARN", f"{table} {sys_id}: the secret could not be written.{note}")
    return dataclasses.replace(err, detail=(err.detail or "") + note)


def update_record(
    client: TableClient, table: str, sys_id: str, body: Mapping[str, str], secret: Mapping[str, str]
) -> dict[str, Any] | None:
    """PATCH the plain columns, then the password2 ones as display values; None when the record is gone."""
    record: dict[str, Any] | None = None
    if body or not secret:
        record = client.update(table, sys_id, dict(body))
        if record is None:
            return None
    if secret:
        record = client.update(table, sys_id, dict(secret), display_value=True)
    return record
