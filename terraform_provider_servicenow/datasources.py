"""Data sources: lookups by natural key (from the catalog), one per generated table, and the generic
record reader."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from tf.iface import DataSource, ReadDataContext
from tf.schema import Schema
from tf.utils import Diagnostics

from terraform_provider_servicenow import mapping
from terraform_provider_servicenow.bound import ProviderBound, guarded
from terraform_provider_servicenow.catalog import LOOKUP_KINDS, LookupKind, RecordKind
from terraform_provider_servicenow.checks import QUERY_UNSAFE_HELP, SYS_ID_RE, TABLE_RE, known, query_unsafe
from terraform_provider_servicenow.dictionary import dictionary_of, query_columns
from terraform_provider_servicenow.guard import checked
from terraform_provider_servicenow.schema import (
    generated_data_source_schema,
    lookup_schema,
    record_data_source_schema,
)

if TYPE_CHECKING:  # pragma: no cover
    from terraform_provider_servicenow.client import TableClient

DEFAULT_LIMIT = 1000
DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 10000


def find_by_key(
    client: TableClient,
    diags: Diagnostics,
    subject: str,
    table: str,
    key: str,
    value: str,
    fixed_values: tuple[tuple[str, str], ...] = (),
) -> dict | None:
    """The one record of `table` whose `key` is `value`, or None with an error saying why there is not
    exactly one (no record at all in a table is most likely a missing role: ACLs hide records)."""
    if query_unsafe(value):  # validate reports it; never send a different query
        diags.add_error(f"Invalid {key} {value!r}", QUERY_UNSAFE_HELP, path=[key])
        return None
    query = f"{key}={value}"
    for col, fixed in fixed_values:
        query += f"^{col}={fixed}"
    records, _ = client.query(table, query, limit=2)
    if not records and not client.query(table, "", limit=1, fields="sys_id")[0]:
        # Not one record of the table is visible: ServiceNow hides what an ACL denies, so this is most
        # likely a missing role, not a missing record.
        from terraform_provider_servicenow.catalog_roles import READ_ROLES
        from terraform_provider_servicenow.errors import role_for

        role = READ_ROLES.get(table) or role_for(table)
        diags.add_error(
            f"Cannot read {table}: the provider's user probably lacks the role {role}",
            f"{subject} found no {table} record at all, not even one without the {key} filter: the "
            f"instance hides the records of a table its ACLs deny. Give the provider's user the role {role} "
            f"(or use a user that has it), then plan again. Looked for {key} {value!r}.",
            path=[key],
        )
        return None
    if not records:
        diags.add_error(
            f"No {table} record with {key} {value!r}",
            f"{subject} found nothing on the instance. Check the {key} (case sensitive), the provider's "
            f"instance_url, and that its user may read `{table}`.",
            path=[key],
        )
        return None
    if len(records) > 1:
        ids = ", ".join(mapping.raw_value(r.get("sys_id")) or "?" for r in records)
        diags.add_error(
            f"More than one {table} record has {key} {value!r}",
            f"Records {ids} match; a lookup needs exactly one. Use data.servicenow_record with a query.",
            path=[key],
        )
        return None
    return records[0]


class _BaseDataSource(ProviderBound, DataSource):
    type_name: ClassVar[str]

    def subject(self, config: Mapping[str, Any]) -> str:
        return "data.servicenow_" + self.type_name


class LookupDataSource(_BaseDataSource):
    kind: ClassVar[LookupKind]

    @classmethod
    @functools.cache
    def get_schema(cls) -> Schema:
        return lookup_schema(cls.kind)

    def subject(self, config: Mapping[str, Any]) -> str:
        value = config.get(self.kind.key)
        return (
            f'data.{self.kind.full_type_name} "{value}"'
            if isinstance(value, str)
            else self.kind.full_type_name
        )

    @checked("validate the data source configuration")
    def validate(self, diags: Diagnostics, type_name: str, config: dict) -> None:
        super().validate(diags, type_name, config)
        value = config.get(self.kind.key)
        if known(value) and (not value or query_unsafe(value)):
            diags.add_error(
                f"Invalid {self.kind.key} for data.{type_name}",
                f"{value!r}: give the record's exact {self.kind.key} (not empty; {QUERY_UNSAFE_HELP}).",
                path=[self.kind.key],
            )

    @guarded("query")
    def read(self, ctx: ReadDataContext, config: dict) -> dict | None:
        value = config[self.kind.key]
        record = find_by_key(
            self.client(),
            ctx.diagnostics,
            f"data.{self.kind.full_type_name}",
            self.kind.table,
            self.kind.key,
            value,
            self.kind.fixed_values,
        )
        if record is None:
            return None
        state: dict[str, Any] = {self.kind.key: value}
        for col in self.kind.outputs:
            state[col.name] = mapping.from_api(col.kind, record.get(col.name))
        return state


class GeneratedDataSource(_BaseDataSource):
    """`data.servicenow_<table>` of a generated table (served.py): one record, by sys_id or natural key."""

    kind: ClassVar[RecordKind]

    @classmethod
    @functools.cache
    def get_schema(cls) -> Schema:
        return generated_data_source_schema(cls.kind)

    def subject(self, config: Mapping[str, Any]) -> str:
        for name in (self.kind.natural_key, "sys_id"):
            value = config.get(name) if name else None
            if isinstance(value, str):
                return f'data.{self.kind.full_type_name} "{value}"'
        return f"data.{self.kind.full_type_name}"

    @checked("validate the data source configuration")
    def validate(self, diags: Diagnostics, type_name: str, config: dict) -> None:
        super().validate(diags, type_name, config)
        key = self.kind.natural_key
        sys_id, value = config.get("sys_id"), config.get(key) if key else None
        if key and sys_id is None and value is None:
            diags.add_error(
                f"data.{type_name} needs `sys_id` or `{key}`",
                f"Set `{key}` to find the record by it, or `sys_id` to read that record.",
            )
        if known(sys_id) and known(value):
            diags.add_error(
                f"data.{type_name} takes `sys_id` or `{key}`, not both", "Remove one of them.", path=[key]
            )
        if known(sys_id) and not SYS_ID_RE.match(sys_id):
            diags.add_error(
                f"Invalid sys_id for data.{type_name}",
                f"{sys_id!r} is not 32 lowercase hexadecimal characters.",
                path=["sys_id"],
            )
        if known(value) and isinstance(value, str) and (not value or query_unsafe(value)):
            diags.add_error(
                f"Invalid {key} for data.{type_name}",
                f"{value!r}: give the record's exact {key} (not empty; {QUERY_UNSAFE_HELP}).",
                path=[key],
            )

    @guarded("query")
    def read(self, ctx: ReadDataContext, config: dict) -> dict | None:
        client = self.client()
        key, sys_id = self.kind.natural_key, config.get("sys_id")
        if known(sys_id):
            record = client.get(self.kind.table, sys_id)
            if record is None:
                ctx.diagnostics.add_error(
                    f"No {self.kind.table} record {sys_id}",
                    "It does not exist, or an ACL hides it from the provider's user.",
                    path=["sys_id"],
                )
                return None
        else:
            column = self.kind.column(key)
            if column.check_exists:  # a term on a column the table lacks would be dropped: all would match
                dictionary_of(client).require(self.kind.table, [key])
            value = mapping.to_api(column.kind, config[key])
            record = find_by_key(
                client,
                ctx.diagnostics,
                f"data.{self.kind.full_type_name}",
                self.kind.table,
                key,
                value,
                self.kind.fixed_values,
            )
            if record is None:
                return None
        state: dict[str, Any] = {"sys_id": mapping.raw_value(record.get("sys_id"))}
        for col in self.kind.columns:
            if not col.write_only:
                state[col.name] = mapping.from_api(col.kind, record.get(col.name))
        return state


class RecordDataSource(_BaseDataSource):
    type_name = "record"

    @classmethod
    @functools.cache
    def get_schema(cls) -> Schema:
        return record_data_source_schema()

    def subject(self, config: Mapping[str, Any]) -> str:
        table = config.get("table")
        return f'data.servicenow_record "{table}"' if isinstance(table, str) else "data.servicenow_record"

    @checked("validate the data source configuration")
    def validate(self, diags: Diagnostics, type_name: str, config: dict) -> None:
        super().validate(diags, type_name, config)
        table, sys_id, query = config.get("table"), config.get("sys_id"), config.get("query")
        if known(table) and not TABLE_RE.match(table):
            diags.add_error(
                "Invalid table for data.servicenow_record",
                f"{table!r} is not a table name (lowercase letters, digits and underscores).",
                path=["table"],
            )
        if sys_id is None and query is None:
            diags.add_error(
                "data.servicenow_record needs `sys_id` or `query`",
                "Set `sys_id` to read one record, or `query` (an encoded query) to read every match.",
            )
        if known(sys_id) and known(query):
            diags.add_error(
                "data.servicenow_record takes `sys_id` or `query`, not both",
                "Remove one of them.",
                path=["query"],
            )
        if known(sys_id) and not SYS_ID_RE.match(sys_id):
            diags.add_error(
                "Invalid sys_id for data.servicenow_record",
                f"{sys_id!r} is not 32 lowercase hexadecimal characters.",
                path=["sys_id"],
            )
        for name, upper in (("limit", None), ("page_size", MAX_PAGE_SIZE)):
            value = config.get(name)
            if known(value) and (value < 1 or not float(value).is_integer() or (upper and value > upper)):
                bound = f" and at most {upper}" if upper else ""
                diags.add_error(
                    f"Invalid {name} for data.servicenow_record",
                    f"{value!r} must be a whole number, at least 1{bound}.",
                    path=[name],
                )

    @guarded("query")
    def read(self, ctx: ReadDataContext, config: dict) -> dict | None:
        client = self.client()
        table = config["table"]
        state = dict(config)
        if known(config.get("sys_id")):
            record = client.get(table, config["sys_id"])
            if record is None:
                ctx.diagnostics.add_error(
                    f"No {table} record {config['sys_id']}",
                    "It does not exist, or an ACL hides it from the provider's user.",
                    path=["sys_id"],
                )
                return None
            records = [record]
        else:
            limit = int(config.get("limit") or DEFAULT_LIMIT)
            page = int(config.get("page_size") or DEFAULT_PAGE_SIZE)
            query = config.get("query") or ""
            # A term on a column the table lacks would be dropped and the query answer every row.
            dictionary_of(client).require(table, query_columns(query))
            records = client.query_all(table, query, limit=limit, page_size=page)
        flat = [mapping.without_password2(table, mapping.flatten_record(r)) for r in records]
        state["records"] = flat
        state["fields"] = flat[0] if flat else {}
        state["record_count"] = len(flat)
        return state


def _kind_class(base: type[_BaseDataSource], kind: LookupKind | RecordKind) -> type[_BaseDataSource]:
    name = "".join(part.title() for part in kind.type_name.split("_")) + "DataSource"
    return type(name, (base,), {"kind": kind, "type_name": kind.type_name})


def data_source_classes() -> list[type[DataSource]]:
    """The hand-written lookups, one per generated table (served.py), the generic record."""
    from terraform_provider_servicenow.served import generated_kinds

    classes: list[type[DataSource]] = [_kind_class(LookupDataSource, kind) for kind in LOOKUP_KINDS]
    classes.extend(_kind_class(GeneratedDataSource, kind) for kind in generated_kinds())
    classes.append(RecordDataSource)
    return classes
