"""Resources: one class per catalog entry (created or adopted records), plus the generic record.

Every CRUD method turns a failure into a Terraform diagnostic (errors.py); none lets an exception
reach the `tf` framework, which would print a traceback.
"""

from __future__ import annotations

import functools
import re
import secrets
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from tf.iface import (
    CreateContext,
    DeleteContext,
    ImportContext,
    PlanContext,
    ReadContext,
    Resource,
    UpdateContext,
)
from tf.schema import Schema
from tf.types import Unknown
from tf.utils import Diagnostics

from terraform_provider_servicenow import mapping
from terraform_provider_servicenow.catalog import RECORD_RESOURCE_TYPE, TYPE_PREFIX, RecordKind
from terraform_provider_servicenow.dictionary import MissingColumns, dictionary_of
from terraform_provider_servicenow.guard import checked
from terraform_provider_servicenow.journal import forget_adopted, journalled
from terraform_provider_servicenow.redact import register, scrub
from terraform_provider_servicenow.schema import ON_DESTROY_VALUES, record_resource_schema, resource_schema
from terraform_provider_servicenow.tokens import delete_tokens
from terraform_provider_servicenow.writes import create_record, update_record

if TYPE_CHECKING:  # pragma: no cover
    from terraform_provider_servicenow.client import TableClient
    from terraform_provider_servicenow.provider import ServiceNowProvider

SYS_ID_RE = re.compile(r"^[0-9a-f]{32}$")
TABLE_RE = re.compile(r"^[a-z0-9_]+$")
COLUMN_RE = re.compile(r"^[A-Za-z0-9_]+$")
GENERATED_SECRET_BYTES = 36  # token_urlsafe(36) is 48 characters
T = TypeVar("T")


def query_unsafe(value: str) -> bool:
    """A value that an encoded query cannot carry as it is: `^` starts a new condition (a different
    query), and a line break ends it."""
    return any(ch in value for ch in "^\r\n")


QUERY_UNSAFE_HELP = (
    "it must not contain `^` or a line break (an encoded query would read it as another query)"
)


#: The largest value of a ServiceNow integer column (32-bit signed).
MAX_INTEGER = 2**31 - 1
_HTTP_URL = re.compile(r"^https?://[^/\s,]+", re.IGNORECASE)


def whole_number_in_range(value: Any) -> bool:
    """0 <= value <= MAX_INTEGER and whole. Terraform sends a number no float64 holds exactly (2^63-1)
    as a string: it is read as one, never compared as a string."""
    if isinstance(value, bool):
        return False
    if isinstance(value, str):
        try:
            value = int(value)
        except ValueError:
            try:
                value = float(value)
            except ValueError:
                return False
    if not isinstance(value, int | float) or value != value or value in (float("inf"), float("-inf")):
        return False
    return float(value).is_integer() and 0 <= value <= MAX_INTEGER


def http_urls(value: str) -> bool:
    """An http(s) URL, or a comma-separated list of them (redirect URLs)."""
    return all(_HTTP_URL.match(part.strip()) for part in value.split(","))


def is_reference(value: str) -> bool:
    """A sys_id, or `global` (the global domain and scope)."""
    return bool(SYS_ID_RE.match(value)) or value == "global"


def generate_secret() -> str:
    return secrets.token_urlsafe(GENERATED_SECRET_BYTES)


def guarded(operation: str) -> Callable[[Callable[..., T]], Callable[..., T | None]]:
    """Turn ServiceNow errors and unexpected exceptions into diagnostics (None as the result)."""

    def wrap(method: Callable[..., T]) -> Callable[..., T | None]:
        @functools.wraps(method)
        def run(self: Any, ctx: Any, *args: Any) -> T | None:
            from terraform_provider_servicenow.client import ApiError
            from terraform_provider_servicenow.errors import add_api_error, add_unexpected

            try:
                # Prior, planned and configured secrets are all scrubbed from whatever this reports.
                self.register_state_secrets(*args)
                return method(self, ctx, *args)
            except MissingColumns as err:
                ctx.diagnostics.add_error(scrub(f"{self.subject(*args)}: {err.summary}"), scrub(err.detail))
            except ApiError as err:
                add_api_error(ctx.diagnostics, err, operation, self.subject(*args))
            except Exception as exc:  # noqa: BLE001 - a diagnostic, never a traceback
                add_unexpected(ctx.diagnostics, exc, operation, self.subject(*args))
            return None

        return run

    return wrap


def known(value: Any) -> bool:
    return value is not None and value is not Unknown


def planning_config() -> dict | None:
    from terraform_provider_servicenow.servicer import planning_config as current

    return current()


def apply_defaults(kind: RecordKind, planned: dict) -> dict:
    """An attribute with a default that the configuration leaves out plans to its default (not to the
    prior value), so that drift from a default shows in the plan and removing a setting restores it."""
    config = planning_config()
    if config is None:
        return planned
    for col in kind.columns:
        if col.mode == "optional_computed" and col.default is not None and config.get(col.name) is None:
            planned[col.name] = col.default
    return planned


def add_warnings(diags: Diagnostics, warnings: list[tuple[str, str]]) -> None:
    for summary, detail in warnings:
        diags.add_warning(scrub(summary), scrub(detail))


def register_secrets(state: Mapping[str, Any], names: tuple[str, ...]) -> None:
    for name in names:
        value = state.get(name)
        if isinstance(value, Mapping):
            register(*value.values())
        elif isinstance(value, str):
            register(value)


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


def check_create_sys_id(diags: Diagnostics, type_name: str, value: Any) -> None:
    if known(value) and isinstance(value, str) and not SYS_ID_RE.match(value):
        diags.add_error(
            f"Invalid create_sys_id for {type_name}",
            f"{value!r} is not a sys_id: give 32 lowercase hexadecimal characters, the same on every run "
            '(e.g. replace(uuidv5("url", "<stack>/<address>"), "-", "")), or leave it unset.',
            path=["create_sys_id"],
        )


# Adopting a record that exists before Terraform, and restoring it on destroy: shared by the adopted
# catalog resources (the application registry) and the generic record with `adopt_by`.


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


class ProviderBound:
    """What resources and data sources share: the provider they serve, their type name, the client, the
    subject of their diagnostics, and the secrets of the states they receive (see `guarded`)."""

    type_name: ClassVar[str]
    #: The sensitive attributes of this type's states.
    secret_attributes: ClassVar[tuple[str, ...]] = ()

    def __init__(self, provider: ServiceNowProvider):
        self.provider = provider

    @classmethod
    def get_name(cls) -> str:
        return cls.type_name

    def client(self) -> TableClient:
        client = self.provider.client
        if client is None:
            raise RuntimeError("the provider is not configured (see the provider's earlier errors)")
        return client

    def subject(self, *args: Any) -> str:
        return TYPE_PREFIX + self.type_name

    def register_state_secrets(self, *states: Any) -> None:
        """Register the sensitive values of every state an operation receives (prior, planned) with the
        scrubber, whatever the operation: read, plan, create, update, delete or import."""
        for state in states:
            if isinstance(state, Mapping):
                register_secrets(state, self.secret_attributes)


class _Base(ProviderBound, Resource):
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


# --------------------------------------------------------------------------------------------------
# Catalog resources
# --------------------------------------------------------------------------------------------------


class CatalogResource(_Base):
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
            if col.kind == "integer" and not whole_number_in_range(value):
                diags.add_error(
                    f"Invalid {col.name} for {type_name}",
                    f"{value!r} must be a whole number from 0 to {MAX_INTEGER} (the largest value a "
                    "ServiceNow integer column holds).",
                    path=[col.name],
                )
            if col.name.endswith("_url") and isinstance(value, str) and value and not http_urls(value):
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
        return apply_defaults(self.kind, planned)

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

    def _import_record(self, client: TableClient, diags: Diagnostics, id: str) -> dict | None:
        id = id.strip()
        if SYS_ID_RE.match(id):
            record = client.get(self.kind.table, id)
            if record is None:
                diags.add_error(
                    f"Cannot import {self.kind.full_type_name}: no {self.kind.table} record {id}",
                    "Give an existing record's sys_id, or its natural key as "
                    f"`{self.kind.natural_key}=<value>`.",
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
                f"Invalid import ID {id!r} for {self.kind.full_type_name}",
                f"Use the record's sys_id (32 hexadecimal characters) or `{self.kind.natural_key}=<value>`, "
                f"e.g. {self.kind.natural_key}=RemoteSpoke.",
            )
            return None
        record = self._find_one(client, diags, column, value)
        if record is None and not diags.has_errors():
            diags.add_error(
                f"Cannot import {self.kind.full_type_name}: "
                f"no {self.kind.table} record with {column}={value}",
                "Check the value (it is case sensitive) and the provider's instance_url.",
            )
        return record


class AdoptedResource(CatalogResource):
    """A record that exists before Terraform: adopted by natural key, restored (or kept) on destroy."""

    @property
    def restorable(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.kind.columns if c.writable and not c.write_only)

    @property
    def secret_columns(self) -> tuple[str, ...]:
        """password2 columns: never read back, so restored only when they were blank (to blank)."""
        return tuple(c.name for c in self.kind.columns if c.writable and c.write_only)

    @staticmethod
    def blank_secrets(record: Mapping[str, Any], names: Any) -> dict[str, str]:
        """The password2 columns among `names` that are blank on the record: destroy writes them blank
        again (a value that was set cannot be restored: it is never read back)."""
        return {name: "" for name in names if not mapping.raw_value(record.get(name))}

    @checked("validate the resource configuration")
    def validate(self, diags: Diagnostics, type_name: str, config: dict) -> None:
        super().validate(diags, type_name, config)
        key = self.kind.natural_key
        check_adoption(diags, type_name, key, config.get(key), config.get("on_destroy"), [key])

    def _keep_meta(self, state: dict, source: Mapping[str, Any]) -> None:
        state["on_destroy"] = source.get("on_destroy") if known(source.get("on_destroy")) else "restore"
        adopted = source.get("adopted_values")
        state["adopted_values"] = dict(adopted) if isinstance(adopted, Mapping) else {}

    def _import_meta(self, state: dict, record: Mapping[str, Any]) -> None:
        # Nothing tells what the record looked like before Terraform: its values at import are what
        # destroy restores (every restorable column; those Terraform never changes compare equal).
        state["on_destroy"] = "restore"
        snapshot = mapping.snapshot(self.kind, record)
        state["adopted_values"] = {name: snapshot[name] for name in self.restorable if name in snapshot}
        state["adopted_values"].update(self.blank_secrets(record, self.secret_columns))

    @guarded("plan")
    def plan(self, ctx: PlanContext, current: dict | None, planned: dict) -> dict:
        planned = apply_defaults(self.kind, planned)
        config = planning_config()
        if config is not None and config.get("on_destroy") is None:
            planned["on_destroy"] = "restore"
        # Writing a column for the first time records its original value: adopted_values grows.
        adopted = current.get("adopted_values") if current else None
        adopted = adopted if isinstance(adopted, Mapping) else {}
        for name in ctx.changed_fields:
            restorable = name in self.restorable or name in self.secret_columns
            if restorable and name not in adopted and planned.get(name) is not None:
                planned["adopted_values"] = Unknown
                break
        return planned

    @guarded("adopt")
    def create(self, ctx: CreateContext, planned: dict) -> dict | None:
        client = self.client()
        name = planned[self.kind.natural_key]
        register_secrets(planned, self.sensitive_columns)
        record = self._find_one(client, ctx.diagnostics, self.kind.natural_key, name)
        if record is None:
            if not ctx.diagnostics.has_errors():
                ctx.diagnostics.add_error(
                    f"Cannot adopt {self.subject(planned)}: no {self.kind.table} record named {name!r}",
                    f"{self.kind.full_type_name} adopts an existing record and never creates one. Activate "
                    "the Remote Instance spoke on this instance (it ships the RemoteSpoke registry), or "
                    "check the name and the provider's instance_url.",
                )
            return None
        before = self._state(record, {})
        body, secret = mapping.changed_columns(self.kind, before, planned)
        adopted = journalled(
            client,
            ctx.diagnostics,
            self.kind.table,
            record,
            originals(record, body) | self.blank_secrets(record, secret),
        )
        record = write_adopted(
            client, ctx.diagnostics, self.kind.table, record, self.subject(planned), body, secret
        )
        if record is None:
            return None
        state = self._state(record, planned)
        state["on_destroy"] = planned.get("on_destroy") if known(planned.get("on_destroy")) else "restore"
        state["adopted_values"] = adopted
        return state

    @guarded("update")
    def update(self, ctx: UpdateContext, current: dict, planned: dict) -> dict | None:
        adopted = dict(current.get("adopted_values") or {})
        body, secret = mapping.changed_columns(self.kind, current, planned)
        for name in body:
            if name not in adopted:
                col = self.kind.column(name)
                adopted[name] = mapping.to_api(col.kind, current.get(name))
        first_secrets = [name for name in secret if name not in adopted and not current.get(name)]
        if first_secrets:  # written for the first time: blank before? (one GET, that time only)
            record = self.client().get(self.kind.table, current["sys_id"])
            if record is not None:
                adopted |= self.blank_secrets(record, first_secrets)
        state = CatalogResource.update.__wrapped__(self, ctx, current, planned)  # type: ignore[attr-defined]
        if state is not None:
            state["adopted_values"] = adopted
        return state

    @guarded("restore")
    def delete(self, ctx: DeleteContext, current: dict) -> None:
        client = self.client()
        if current.get("on_destroy") == "keep":
            forget_adopted(client, self.kind.table, current["sys_id"])
            return None
        adopted = current.get("adopted_values") or {}
        body = {}
        for name, original in adopted.items():
            col = self.kind.column(name)
            if not mapping.equivalent(col.kind, current.get(name), mapping.from_api(col.kind, original)):
                body[name] = original
        restore_adopted(
            client,
            ctx.diagnostics,
            self.kind.table,
            current["sys_id"],
            self.subject(current),
            body,
            choice_columns=frozenset(c.name for c in self.kind.columns if c.kind == "choice"),
            secret_columns=frozenset(self.secret_columns),
            secrets_written=", ".join(
                name.replace("_", " ")
                for name in self.sensitive_columns
                if current.get(name) and name not in adopted
            ),
        )
        forget_adopted(client, self.kind.table, current["sys_id"])
        return None


# --------------------------------------------------------------------------------------------------
# The generic record
# --------------------------------------------------------------------------------------------------


def _string_map(value: Any) -> dict[str, str]:
    return dict(value) if isinstance(value, Mapping) else {}


class RecordResource(_Base):
    type_name = RECORD_RESOURCE_TYPE
    secret_attributes = ("sensitive_fields",)

    @classmethod
    @functools.cache
    def get_schema(cls) -> Schema:
        return record_resource_schema()

    def subject(self, *args: Any) -> str:
        for arg in args:
            if isinstance(arg, Mapping) and isinstance(arg.get("table"), str):
                sys_id = arg.get("sys_id")
                if isinstance(sys_id, str) and sys_id:
                    return f'servicenow_record "{arg["table"]}/{sys_id}"'
                fields = _string_map(arg.get("fields"))
                label = f" (name={fields['name']})" if "name" in fields else ""
                return f'servicenow_record "{arg["table"]}"{label}'
            if isinstance(arg, str):
                return f'servicenow_record "{arg}"'
        return "servicenow_record"

    @checked("validate the resource configuration")
    def validate(self, diags: Diagnostics, type_name: str, config: dict) -> None:
        super().validate(diags, type_name, config)
        check_create_sys_id(diags, type_name, config.get("create_sys_id"))
        table = config.get("table")
        if known(table) and not TABLE_RE.match(table):
            diags.add_error(
                "Invalid table for servicenow_record",
                f"{table!r} is not a table name (lowercase letters, digits and underscores).",
                path=["table"],
            )
        fields = config.get("fields")
        sensitive = config.get("sensitive_fields")
        for attr, value in (("fields", fields), ("sensitive_fields", sensitive)):
            if not isinstance(value, Mapping):
                continue
            for key in value:
                if not COLUMN_RE.match(key):
                    diags.add_error(
                        f"Invalid column name in {attr}",
                        f"{key!r} is not a column name (letters, digits and underscores).",
                        path=[attr],
                    )
                if key in ("sys_id", "sys_created_on", "sys_updated_on", "sys_mod_count"):
                    diags.add_error(
                        f"System column {key!r} in {attr}",
                        "The instance maintains it: remove it (read it from `computed_fields`).",
                        path=[attr],
                    )
        if known(table) and isinstance(fields, Mapping):
            secret_columns = sorted(set(fields) & mapping.password2_columns(table))
            if secret_columns:
                diags.add_error(
                    "password2 columns in fields",
                    f"{', '.join(secret_columns)} of {table} hold secrets: move them to `sensitive_fields` "
                    "(written as display values, never read back).",
                    path=["fields"],
                )
        if isinstance(fields, Mapping) and isinstance(sensitive, Mapping):
            both = sorted(set(fields) & set(sensitive))
            if both:
                diags.add_error(
                    "Columns in both fields and sensitive_fields",
                    "Each column belongs to one of them: " + ", ".join(both) + ".",
                    path=["sensitive_fields"],
                )
        self._validate_adoption(diags, type_name, config)

    def _validate_adoption(self, diags: Diagnostics, type_name: str, config: dict) -> None:
        adopt_by, fields = config.get("adopt_by"), config.get("fields")
        on_destroy = config.get("on_destroy")
        if adopt_by is None:
            if known(on_destroy):
                diags.add_error(
                    "on_destroy without adopt_by",
                    "on_destroy decides what destroy does to a record found by adopt_by; without adopt_by "
                    'destroy deletes the record. Set adopt_by (e.g. adopt_by = "name") or remove on_destroy.',
                    path=["on_destroy"],
                )
            return
        if not known(adopt_by):
            return
        if not COLUMN_RE.match(adopt_by):
            diags.add_error(
                f"Invalid adopt_by for {type_name}",
                f"{adopt_by!r} is not a column name (letters, digits and underscores).",
                path=["adopt_by"],
            )
            return
        value = fields.get(adopt_by) if isinstance(fields, Mapping) else Unknown
        if isinstance(fields, Mapping) and adopt_by not in fields:
            diags.add_error(
                f"adopt_by names a column that is not in fields: {adopt_by!r}",
                f"The record is looked up by {adopt_by}=<fields[{adopt_by!r}]>: add {adopt_by} to fields, or "
                "name one of its columns in adopt_by.",
                path=["adopt_by"],
            )
        elif value == "":
            diags.add_error(
                f"Empty fields[{adopt_by!r}] for {type_name}",
                f"adopt_by looks the record up by {adopt_by}: give the value that identifies it.",
                path=["fields"],
            )
        check_adoption(diags, type_name, f"fields[{adopt_by!r}]", value, on_destroy, ["fields"])

    def _state(self, record: Mapping[str, Any], base: Mapping[str, Any]) -> dict[str, Any]:
        flat = mapping.flatten_record(record)
        owned = _string_map(base.get("fields"))
        sensitive = base.get("sensitive_fields")
        sensitive_map = _string_map(sensitive)
        fields = {k: (flat[k] if k in flat else v) for k, v in owned.items()}
        readable = mapping.without_password2(base["table"], flat)
        computed = {k: v for k, v in readable.items() if k not in owned and k not in sensitive_map}
        sys_id = flat.get("sys_id") or base.get("sys_id")
        adopted_values = base.get("adopted_values")
        return {
            "table": base["table"],
            "fields": fields,
            "sensitive_fields": sensitive if isinstance(sensitive, Mapping) else None,
            "computed_fields": computed,
            "sys_id": sys_id,
            "id": sys_id,
            # Terraform-only attributes: carried over from the state or the plan.
            "create_sys_id": base.get("create_sys_id") if known(base.get("create_sys_id")) else None,
            "adopt_by": base.get("adopt_by") if known(base.get("adopt_by")) else None,
            "on_destroy": base.get("on_destroy") if known(base.get("on_destroy")) else None,
            "adopted": base.get("adopted") if isinstance(base.get("adopted"), bool) else None,
            "adopted_values": dict(adopted_values) if isinstance(adopted_values, Mapping) else None,
        }

    def columns_to_check(self, current: Mapping[str, Any] | None, planned: Mapping[str, Any]) -> list[str]:
        """Every column the user names (fields, sensitive_fields, adopt_by) that this write adds: ServiceNow
        would ignore an unknown one silently."""
        names: set[str] = set()
        for attr in ("fields", "sensitive_fields"):
            value = planned.get(attr)
            before = (current or {}).get(attr)
            if isinstance(value, Mapping):
                names |= set(value) - (set(before) if isinstance(before, Mapping) else set())
        adopt_by = planned.get("adopt_by")
        if isinstance(adopt_by, str) and adopt_by and (current or {}).get("adopt_by") != adopt_by:
            names.add(adopt_by)
        if current is not None and current.get("table") != planned.get("table"):
            names |= set(_string_map(planned.get("fields"))) | set(
                _string_map(planned.get("sensitive_fields"))
            )
        return sorted(names)

    @staticmethod
    def _current_values(state: Mapping[str, Any]) -> dict[str, str]:
        """The record's readable values as the state knows them (owned fields and computed ones)."""
        return {**_string_map(state.get("computed_fields")), **_string_map(state.get("fields"))}

    def _warn_unknown_columns(
        self, diags: Diagnostics, record: Mapping[str, Any], planned: Mapping[str, Any]
    ):
        missing = sorted(k for k in _string_map(planned.get("fields")) if k not in record)
        if missing:
            diags.add_warning(
                f"Columns not returned by the instance for table {planned['table']}",
                "ServiceNow ignores unknown columns and hides columns an ACL denies: "
                + ", ".join(missing)
                + ". Check their names.",
            )

    @guarded("create")
    def create(self, ctx: CreateContext, planned: dict) -> dict | None:
        client = self.client()
        register_secrets(planned, ("sensitive_fields",))
        self.check_columns(client, None, planned)
        table = planned["table"]
        body = _string_map(planned.get("fields"))
        secret = _string_map(planned.get("sensitive_fields"))
        existing = self._adoptable(client, ctx.diagnostics, planned, body)
        if ctx.diagnostics.has_errors():
            return None
        adopted_values: dict[str, str] = {}
        key = planned.get("create_sys_id")
        if existing is not None and key and mapping.raw_value(existing.get("sys_id")) == key:
            # Found by adopt_by, but created with this resource's key: an earlier run of this very
            # resource created it (and was interrupted). It is this resource's record, not an adopted one.
            record = client.update(table, key, {**body, **secret}, display_value=bool(secret))
            if record is None:
                ctx.diagnostics.add_error(
                    f"{self.subject(planned)} disappeared while being taken over", "Try again."
                )
                return None
            self._warn_unknown_columns(ctx.diagnostics, record, planned)
            state = self._state(record, planned)
            state["adopted"] = False
            state["adopted_values"] = {}
            return state
        if existing is not None:
            flat = mapping.flatten_record(existing)
            changes = {k: v for k, v in body.items() if flat.get(k) != v}
            adopted_values = journalled(
                client, ctx.diagnostics, table, existing, originals(existing, changes)
            )
            record = write_adopted(
                client, ctx.diagnostics, table, existing, self.subject(planned), changes, secret
            )
            if record is None:
                return None
        else:
            from terraform_provider_servicenow.client import NaturalKey

            adopt_by = planned.get("adopt_by")
            natural = NaturalKey(adopt_by, body[adopt_by]) if adopt_by and body.get(adopt_by) else None
            key = planned.get("create_sys_id")
            warnings: list[tuple[str, str]] = []
            record = create_record(
                client,
                table,
                body,
                secret,
                key=key if isinstance(key, str) and key else None,
                natural=natural,
                warnings=warnings,
            )
            add_warnings(ctx.diagnostics, warnings)
        self._warn_unknown_columns(ctx.diagnostics, record, planned)
        state = self._state(record, planned)
        state["adopted"] = existing is not None
        state["adopted_values"] = adopted_values
        return state

    def _adoptable(
        self, client: TableClient, diags: Diagnostics, planned: Mapping[str, Any], body: Mapping[str, str]
    ) -> dict | None:
        """With adopt_by: the existing record to adopt (None when there is none to adopt)."""
        adopt_by = planned.get("adopt_by")
        if not adopt_by:
            return None
        value = body.get(adopt_by)
        if not value:
            diags.add_error(
                f"Cannot adopt {self.subject(planned)}: fields has no {adopt_by}",
                f"adopt_by = {adopt_by!r} looks the record up by fields[{adopt_by!r}]: give it a value.",
            )
            return None
        return find_one(
            client,
            diags,
            planned["table"],
            adopt_by,
            value,
            extra_query="",
            fix=f"adopt_by needs a column whose value is unique, or import one: terraform import <address> "
            f"{planned['table']}/<sys_id>.",
        )

    @guarded("read")
    def read(self, ctx: ReadContext, current: dict) -> dict | None:
        client = self.client()
        record = client.get(current["table"], current["sys_id"])
        if record is None:
            return None
        return self._state(record, current)

    @guarded("plan")
    def plan(self, ctx: PlanContext, current: dict | None, planned: dict) -> dict:
        # A write (sensitive_fields_wo goes with a new version) changes sys_updated_on and sys_mod_count.
        if ctx.changed_fields & {"fields", "sensitive_fields", "sensitive_fields_wo_version"}:
            planned["computed_fields"] = Unknown
        if current is None or current.get("adopted") is not True or "fields" not in ctx.changed_fields:
            return planned
        old = self._current_values(current)
        wanted = planned.get("fields")
        adopt_by = planned.get("adopt_by")
        if isinstance(adopt_by, str) and isinstance(wanted, Mapping):
            new = wanted.get(adopt_by)
            if known(new) and old.get(adopt_by) is not None and new != old.get(adopt_by):
                ctx.diagnostics.add_error(
                    f"{self.subject(current)} is adopted: fields[{adopt_by!r}] cannot change",
                    f"Changing {adopt_by} from {old.get(adopt_by)!r} to {new!r} would rename a record that "
                    "existed before Terraform. To adopt the other record instead, replace this resource: "
                    "terraform apply -replace=<address> (destroy restores this one first).",
                    path=["fields"],
                )
                return planned
        # Writing a field for the first time records its original value: adopted_values grows.
        recorded = _string_map(current.get("adopted_values"))
        if not isinstance(wanted, Mapping) or any(
            k not in recorded and (not known(v) or old.get(k) != v) for k, v in wanted.items()
        ):
            planned["adopted_values"] = Unknown
        return planned

    @guarded("update")
    def update(self, ctx: UpdateContext, current: dict, planned: dict) -> dict | None:
        client = self.client()
        register_secrets(planned, ("sensitive_fields",))
        self.check_columns(client, current, planned)
        old = self._current_values(current)
        body = {k: v for k, v in _string_map(planned.get("fields")).items() if old.get(k) != v}
        adopted_values = current.get("adopted_values")
        if current.get("adopted") is True:
            adopted_values = {k: old.get(k, "") for k in body} | _string_map(adopted_values)
        old_secret = _string_map(current.get("sensitive_fields"))
        secret = {
            k: v for k, v in _string_map(planned.get("sensitive_fields")).items() if old_secret.get(k) != v
        }
        if body or secret:
            record = update_record(client, current["table"], current["sys_id"], body, secret)
        else:
            record = client.get(current["table"], current["sys_id"])
        if record is None:
            ctx.diagnostics.add_error(
                f"{self.subject(current)} was deleted outside Terraform",
                "Run terraform plan again: it will create it.",
            )
            return None
        state = self._state(record, planned)
        state["adopted"] = current.get("adopted")
        state["adopted_values"] = adopted_values
        return state

    @guarded("delete")
    def delete(self, ctx: DeleteContext, current: dict) -> None:
        client = self.client()
        if current.get("adopt_by"):
            if current.get("on_destroy") == "keep":
                forget_adopted(client, current["table"], current["sys_id"])
                return None
            if current.get("adopted") is True:
                old = self._current_values(current)
                body = {
                    k: original
                    for k, original in _string_map(current.get("adopted_values")).items()
                    if old.get(k, "") != original
                }
                restore_adopted(
                    client,
                    ctx.diagnostics,
                    current["table"],
                    current["sys_id"],
                    self.subject(current),
                    body,
                    secrets_written=", ".join(sorted(_string_map(current.get("sensitive_fields")))),
                )
                forget_adopted(client, current["table"], current["sys_id"])
                return None
        client.delete(current["table"], current["sys_id"])
        return None

    @guarded("import")
    def import_(self, ctx: ImportContext, id: str) -> dict | None:
        client = self.client()
        table, sep, rest = id.strip().partition("/")
        if not sep or not TABLE_RE.match(table) or not rest:
            ctx.diagnostics.add_error(
                f"Invalid import ID {id!r} for servicenow_record",
                "Use `<table>/<sys_id>` or `<table>/<column>=<value>`, e.g. sys_properties/name=my.property.",
            )
            return None
        if SYS_ID_RE.match(rest):
            record = client.get(table, rest)
        else:
            column, eq, value = rest.partition("=")
            if not eq or not COLUMN_RE.match(column) or not value or query_unsafe(value):
                ctx.diagnostics.add_error(
                    f"Invalid import ID {id!r} for servicenow_record",
                    "Use `<table>/<sys_id>` or `<table>/<column>=<value>`.",
                )
                return None
            dictionary_of(client).require(table, [column])
            record = find_one(
                client,
                ctx.diagnostics,
                table,
                column,
                value,
                extra_query="",
                fix="Import it by sys_id instead.",
            )
            if ctx.diagnostics.has_errors():
                return None
        if record is None:
            ctx.diagnostics.add_error(f"Cannot import servicenow_record: no record {rest} in {table}", "")
            return None
        # It existed before Terraform: with adopt_by, destroy restores it rather than deleting it.
        base = {"table": table, "fields": {}, "sensitive_fields": None, "adopted": True, "adopted_values": {}}
        return self._state(record, base)


def _catalog_class(kind: RecordKind) -> type[CatalogResource]:
    base = AdoptedResource if kind.lifecycle == "adopt" else CatalogResource
    name = "".join(part.title() for part in kind.type_name.split("_")) + "Resource"
    return type(name, (base,), {"kind": kind, "type_name": kind.type_name})


def resource_classes() -> list[type[Resource]]:
    from terraform_provider_servicenow.catalog import RESOURCE_KINDS

    classes: list[type[Resource]] = [_catalog_class(kind) for kind in RESOURCE_KINDS]
    classes.append(RecordResource)
    return classes
