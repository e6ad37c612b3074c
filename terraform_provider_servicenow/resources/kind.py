"""A record kind of the catalog that Terraform creates and deletes (`servicenow_<kind>`): typed
attributes, validated from the catalog's columns, created without ever making a duplicate, imported by
sys_id or natural key."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from tf.iface import CreateContext, DeleteContext, ImportContext, PlanContext, ReadContext, UpdateContext
from tf.schema import Schema
from tf.types import Unknown
from tf.utils import Diagnostics

from terraform_provider_servicenow import mapping
from terraform_provider_servicenow.bound import add_warnings, guarded, register_secrets
from terraform_provider_servicenow.catalog import RecordKind
from terraform_provider_servicenow.checks import (
    COLUMN_RE,
    MAX_INTEGER,
    QUERY_UNSAFE_HELP,
    SYS_ID_RE,
    check_create_sys_id,
    http_urls,
    integer_bounds,
    is_date_time,
    is_reference,
    known,
    query_unsafe,
    url_column,
    whole_number_in_range,
)
from terraform_provider_servicenow.dictionary import MissingColumns, dictionary_of
from terraform_provider_servicenow.guard import checked
from terraform_provider_servicenow.planning import apply_defaults, stamp_unknown
from terraform_provider_servicenow.redact import scrub
from terraform_provider_servicenow.resources.base import ResourceBase, find_one, generate_secret
from terraform_provider_servicenow.schema import resource_schema
from terraform_provider_servicenow.tokens import delete_tokens
from terraform_provider_servicenow.writes import create_record, update_record

if TYPE_CHECKING:  # pragma: no cover
    from terraform_provider_servicenow.client import TableClient


class CatalogResource(ResourceBase):
    """A record kind of the catalog that Terraform creates and deletes."""

    kind: ClassVar[RecordKind]

    @classmethod
    @functools.cache
    def get_schema(cls) -> Schema:
        return resource_schema(cls.kind)

    def subject(self, *args: Any) -> str:
        key = self.kind.natural_key
        for arg in args:
            if isinstance(arg, Mapping) and isinstance(arg.get(key), str):
                return f'{self.kind.full_type_name} "{arg[key]}"'
            if isinstance(arg, str):  # import id
                return f'{self.kind.full_type_name} "{arg}"'
        return self.kind.full_type_name

    # ---------------------------------------------------------------- validation

    @checked("validate the resource configuration")
    def validate(self, diags: Diagnostics, type_name: str, config: dict) -> None:
        super().validate(diags, type_name, config)
        check_create_sys_id(diags, type_name, config.get("create_sys_id"))
        for col in self.kind.columns:
            value = config.get(col.name)
            if not known(value):
                continue
            if col.choices and col.kind == "choice" and value not in col.choices:
                diags.add_error(
                    f"Invalid {col.name} for {type_name}",
                    f"{value!r} is not one of: " + ", ".join(col.choices) + ".",
                    path=[col.name],
                )
            if col.kind == "integer" and not whole_number_in_range(value, *integer_bounds(col)):
                low, high = integer_bounds(col)
                why = (
                    "the largest value a ServiceNow integer column holds"
                    if high == MAX_INTEGER
                    else "its bounds"
                )
                diags.add_error(
                    f"Invalid {col.name} for {type_name}",
                    f"{value!r} must be a whole number from {low} to {high} ({why}).",
                    path=[col.name],
                )
            if isinstance(value, str) and col.max_length is not None and len(value) > col.max_length:
                diags.add_error(
                    f"{col.name} too long for {type_name}",
                    f"{len(value)} characters: the {self.kind.table} column {col.name} holds at most "
                    f"{col.max_length} (ServiceNow would cut the rest off). Shorten it.",
                    path=[col.name],
                )
            if col.kind == "date_time" and isinstance(value, str) and value and not is_date_time(value):
                diags.add_error(
                    f"Invalid {col.name} for {type_name}",
                    f"{value!r} is not a date-time: give `YYYY-MM-DD HH:MM:SS` in UTC, e.g. "
                    "2030-01-31 23:59:00.",
                    path=[col.name],
                )
            if url_column(col) and isinstance(value, str) and value and not http_urls(value):
                diags.add_error(
                    f"Invalid {col.name} for {type_name}",
                    f"{value!r} is not an http(s) URL (or a comma-separated list of them): give "
                    "https://<instance>.service-now.com/... (http:// only on loopback).",
                    path=[col.name],
                )
            if (
                self.kind.lifecycle == "create"  # adopted kinds check it with their adoption settings
                and col.name == self.kind.natural_key
                and isinstance(value, str)
                and query_unsafe(value)
            ):
                diags.add_error(
                    f"Invalid {col.name} for {type_name}",
                    f"{value!r}: the record is found by {col.name} with an encoded query, so "
                    f"{QUERY_UNSAFE_HELP}. Remove it from the {col.name}.",
                    path=[col.name],
                )
            if col.kind == "reference" and isinstance(value, str) and value and not is_reference(value):
                diags.add_error(
                    f"Invalid {col.name} for {type_name}",
                    f"{value!r} is not a sys_id (32 lowercase hexadecimal characters): reference the "
                    f"target record's `sys_id` attribute.",
                    path=[col.name],
                )
            if col.generated and value == "":
                diags.add_error(
                    f"Empty {col.name} for {type_name}",
                    f"Leave `{col.name}` unset to have the provider generate one, or give a value.",
                    path=[col.name],
                )
            if col.mode == "required" and col.kind != "integer" and value == "":
                diags.add_error(
                    f"Empty {col.name} for {type_name}", f"`{col.name}` must not be empty.", path=[col.name]
                )

    # ---------------------------------------------------------------- helpers

    @property
    def sensitive_columns(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.kind.columns if c.sensitive)

    def table_of(self, planned: Mapping[str, Any]) -> str:
        return self.kind.table

    def columns_to_check(self, current: Mapping[str, Any] | None, planned: Mapping[str, Any]) -> list[str]:
        """Catalog columns marked `check_exists` that this write sets (unknown counts as set)."""
        return [
            c.name
            for c in self.kind.columns
            if c.check_exists
            and planned.get(c.name) not in (None, "")
            and (current is None or current.get(c.name) != planned.get(c.name))
        ]

    @property
    def secret_attributes(self) -> tuple[str, ...]:  # type: ignore[override]
        return self.sensitive_columns

    def _write(self, client: TableClient, sys_id: str, body: dict[str, str], secret: dict[str, str]):
        """The plain columns in one PATCH, the password2 columns in another as display values (writes.py):
        one request when no secret is written."""
        return update_record(client, self.kind.table, sys_id, body, secret)

    def _create(
        self, client: TableClient, planned: Mapping[str, Any], body: dict[str, str], secret: dict[str, str]
    ) -> tuple[dict, list[tuple[str, str]]]:
        """Create the record idempotently (creates.py): with the planned `create_sys_id`, a record an
        earlier run created with it is taken over; found by name where the instance ignores sys_ids."""
        from terraform_provider_servicenow.client import NaturalKey

        name = planned.get(self.kind.natural_key)
        natural = (
            NaturalKey(self.kind.natural_key, name, self.kind.fixed_query())
            if isinstance(name, str) and name
            else None
        )
        key = planned.get("create_sys_id")
        warnings: list[tuple[str, str]] = []
        record = create_record(
            client,
            self.kind.table,
            body,
            secret,
            key=key if isinstance(key, str) and key else None,
            natural=natural,
            warnings=warnings,
        )
        return record, warnings

    def _state(self, record: Mapping[str, Any], base: Mapping[str, Any]) -> dict[str, Any]:
        return mapping.record_to_state(self.kind, record, base)

    def _find_one(self, client: TableClient, ctx_diags: Diagnostics, column: str, value: str) -> dict | None:
        return find_one(
            client,
            ctx_diags,
            self.kind.table,
            column,
            value,
            extra_query=self.kind.fixed_query(),
            fix="Import one by its sys_id instead: terraform import <address> <sys_id>.",
        )

    # ---------------------------------------------------------------- lifecycle

    @guarded("create")
    def create(self, ctx: CreateContext, planned: dict) -> dict | None:
        client = self.client()
        planned = dict(planned)
        for col in self.kind.columns:
            if col.generated and not known(planned.get(col.name)):
                planned[col.name] = generate_secret()
        register_secrets(planned, self.sensitive_columns)
        self.check_columns(client, None, planned)
        body, secret = mapping.create_body(self.kind, planned)
        record, warnings = self._create(client, planned, body, secret)
        add_warnings(ctx.diagnostics, warnings)
        state = self._state(record, planned)
        self._keep_meta(state, planned)
        return state

    @guarded("read")
    def read(self, ctx: ReadContext, current: dict) -> dict | None:
        client = self.client()
        sys_id = current.get("sys_id") or current.get("id")
        if not sys_id:
            return None
        record = client.get(self.kind.table, sys_id)
        if record is None:
            return None  # gone: removed from state, the next plan creates it again
        state = self._state(record, current)
        self._keep_meta(state, current)
        return state

    def _keep_meta(self, state: dict, source: Mapping[str, Any]) -> None:
        """Attributes that live only in Terraform (not in the record)."""
        if self.kind.lifecycle == "create":
            key = source.get("create_sys_id")
            state["create_sys_id"] = key if known(key) else None

    @guarded("plan")
    def plan(self, ctx: PlanContext, current: dict | None, planned: dict) -> dict:
        return stamp_unknown(self.kind, ctx, current, apply_defaults(self.kind, planned))

    @guarded("update")
    def update(self, ctx: UpdateContext, current: dict, planned: dict) -> dict | None:
        client = self.client()
        register_secrets(planned, self.sensitive_columns)
        self.check_columns(client, current, planned)
        body, secret = mapping.changed_columns(self.kind, current, planned)
        if not body and not secret:
            state = {k: (current.get(k) if v is Unknown else v) for k, v in planned.items()}
            return state
        record = self._write(client, current["sys_id"], body, secret)
        if record is None:
            ctx.diagnostics.add_error(
                f"{self.subject(current)} was deleted outside Terraform",
                f"The {self.kind.table} record {current['sys_id']} no longer exists. Run terraform plan "
                "again: it will create it.",
            )
            return None
        state = self._state(record, planned)
        self._keep_meta(state, planned)
        return state

    @guarded("delete")
    def delete(self, ctx: DeleteContext, current: dict) -> None:
        client = self.client()
        if self.kind.holds_tokens:
            try:
                delete_tokens(client, current["sys_id"])
            except MissingColumns as err:
                ctx.diagnostics.add_warning(
                    scrub(f"{self.subject(current)}: its tokens were not looked for"),
                    scrub(
                        f"{err.summary}. The provider finds a credential's tokens through "
                        "oauth_requestor_profile.oauth_requestor and "
                        "oauth_credential.oauth_requestor_profile; it does not query columns the instance "
                        "lacks. Look in oauth_credential for tokens "
                        "of this credential and delete them by hand."
                    ),
                )
        client.delete(self.kind.table, current["sys_id"])
        return None

    @guarded("import")
    def import_(self, ctx: ImportContext, id: str) -> dict | None:
        client = self.client()
        record = self._import_record(client, ctx.diagnostics, id)
        if record is None:
            return None
        state = self._state(record, {})
        self._import_meta(state, record)
        return state

    def _import_meta(self, state: dict, record: Mapping[str, Any]) -> None:
        self._keep_meta(state, {})

    def _import_forms(self) -> str:
        """The import IDs this kind takes, for error messages."""
        key = self.kind.natural_key
        if not key:
            return "the record's sys_id (32 hexadecimal characters; the table has no natural key)"
        return f"the record's sys_id (32 hexadecimal characters) or `{key}=<value>`"

    def _import_record(self, client: TableClient, diags: Diagnostics, id: str) -> dict | None:
        id = id.strip()
        if SYS_ID_RE.match(id):
            record = client.get(self.kind.table, id)
            if record is None:
                diags.add_error(
                    f"Cannot import {self.kind.full_type_name}: no {self.kind.table} record {id}",
                    f"Give {self._import_forms()} of an existing record.",
                )
                return None
            for col, value in self.kind.fixed_values:
                if mapping.raw_value(record.get(col)) not in (None, value):
                    diags.add_error(
                        f"Cannot import {self.kind.full_type_name}: record {id} has {col}="
                        f"{mapping.raw_value(record.get(col))}",
                        f"{self.kind.full_type_name} manages {self.kind.table} records with {col}={value}.",
                    )
                    return None
            return record
        column, sep, value = id.partition("=")
        if not sep or not COLUMN_RE.match(column) or not value or query_unsafe(value):
            diags.add_error(
                f"Invalid import ID {id!r} for {self.kind.full_type_name}", f"Use {self._import_forms()}."
            )
            return None
        if column not in self.kind.column_names:
            diags.add_error(
                f"Invalid import ID {id!r} for {self.kind.full_type_name}: no column {column}",
                f"{self.kind.full_type_name} has no attribute {column!r}: use {self._import_forms()}.",
            )
            return None
        if self.kind.column(column).check_exists:
            # A query term on a column the instance lacks would be dropped: the query would match all.
            dictionary_of(client).require(self.kind.table, [column])
        record = self._find_one(client, diags, column, value)
        if record is None and not diags.has_errors():
            diags.add_error(
                f"Cannot import {self.kind.full_type_name}: "
                f"no {self.kind.table} record with {column}={value}",
                "Check the value (it is case sensitive) and the provider's instance_url.",
            )
        return record
