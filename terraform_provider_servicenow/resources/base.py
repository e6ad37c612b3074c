"""The shared base of this provider's resources: the columns a write relies on, checked against the
instance's dictionary at plan time and at apply; lookups by one column; generated secrets."""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from tf.iface import Resource
from tf.utils import Diagnostics

from terraform_provider_servicenow import mapping
from terraform_provider_servicenow.bound import ProviderBound
from terraform_provider_servicenow.checks import QUERY_UNSAFE_HELP, known, query_unsafe
from terraform_provider_servicenow.dictionary import MissingColumns, dictionary_of
from terraform_provider_servicenow.redact import scrub

if TYPE_CHECKING:  # pragma: no cover
    from terraform_provider_servicenow.client import TableClient

GENERATED_SECRET_BYTES = 36  # token_urlsafe(36) is 48 characters


def generate_secret() -> str:
    return secrets.token_urlsafe(GENERATED_SECRET_BYTES)


def find_one(
    client: TableClient,
    diags: Diagnostics,
    table: str,
    column: str,
    value: str,
    *,
    extra_query: str,
    fix: str,
) -> dict | None:
    """The one record of `table` whose `column` is `value` (and that matches `extra_query`), or None
    when there is none; more than one is an error whose detail ends with `fix`."""
    if query_unsafe(value):  # validate reports it; never send a different query
        diags.add_error(f"Invalid {column} {value!r}", f"{column}: {QUERY_UNSAFE_HELP}.")
        return None
    query = f"{column}={value}" + (f"^{extra_query}" if extra_query else "")
    records, _ = client.query(table, query, limit=2)
    if len(records) > 1:
        ids = ", ".join(mapping.raw_value(r.get("sys_id")) or "?" for r in records)
        diags.add_error(f"More than one {table} record has {column}={value}", f"Records {ids} match. {fix}")
        return None
    return records[0] if records else None


class ResourceBase(ProviderBound, Resource):
    """A resource of this provider."""

    def columns_to_check(self, current: Mapping[str, Any] | None, planned: Mapping[str, Any]) -> list[str]:
        """The columns this write relies on that are not ServiceNow base columns for sure (dictionary.py)."""
        return []

    def table_of(self, planned: Mapping[str, Any]) -> str:
        raise NotImplementedError

    def check_columns(self, client: TableClient, current: Mapping[str, Any] | None, planned: Any) -> None:
        """Raise MissingColumns when the table lacks a column this write relies on."""
        if not isinstance(planned, Mapping):
            return
        names = self.columns_to_check(current, planned)
        table = planned.get("table") if "table" in planned else self.table_of(planned)
        if names and known(table):
            dictionary_of(client).require(table, names)

    def check_plan(self, diags: Diagnostics, current: dict | None, planned: dict) -> None:
        """Called on every plan that writes (provider.py): the columns it relies on exist."""
        from terraform_provider_servicenow.client import ApiError
        from terraform_provider_servicenow.errors import add_api_error, add_unexpected

        client = self.provider.client
        if client is None:
            return
        try:
            self.register_state_secrets(current, planned)
            self.check_columns(client, current, planned)
        except MissingColumns as err:
            diags.add_error(scrub(f"{self.subject(planned)}: {err.summary}"), scrub(err.detail))
        except ApiError as err:
            add_api_error(diags, err, "query", self.subject(planned))
        except Exception as exc:  # noqa: BLE001 - a diagnostic, never a traceback
            add_unexpected(diags, exc, "plan", self.subject(planned))
