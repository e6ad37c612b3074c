"""The generic record, `servicenow_record`: any table, its columns as maps (`fields`, the password2
ones in `sensitive_fields`), optionally adopted by one column (`adopt_by`) and restored on destroy."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from tf.iface import CreateContext, DeleteContext, ImportContext, PlanContext, ReadContext, UpdateContext
from tf.schema import Schema
from tf.types import Unknown
from tf.utils import Diagnostics

from terraform_provider_servicenow import mapping
from terraform_provider_servicenow.bound import add_warnings, guarded, register_secrets
from terraform_provider_servicenow.catalog_record import RECORD_RESOURCE_TYPE
from terraform_provider_servicenow.checks import (
    COLUMN_RE,
    SYS_ID_RE,
    TABLE_RE,
    check_create_sys_id,
    known,
    query_unsafe,
)
from terraform_provider_servicenow.dictionary import dictionary_of
from terraform_provider_servicenow.guard import checked
from terraform_provider_servicenow.journal import forget_adopted, journalled
from terraform_provider_servicenow.planning import planning_config
from terraform_provider_servicenow.resources.adoption import (
    blank_secrets,
    check_adoption,
    originals,
    restore_adopted,
    warn_overwritten_secrets,
    write_adopted,
)
from terraform_provider_servicenow.resources.base import ResourceBase, find_one
from terraform_provider_servicenow.schema import record_resource_schema
from terraform_provider_servicenow.writes import create_record, update_record

if TYPE_CHECKING:  # pragma: no cover
    from terraform_provider_servicenow.client import TableClient


#: adopted_values' note of a password2 column that was blank before Terraform wrote it: destroy writes
#: it blank again (a value that was set cannot be restored: it is never read back).
SECRET_MARK = "sensitive_fields."


def _owned(fields: Mapping[str, Any], secrets: Mapping[str, Any]) -> set[str]:
    """The journal keys of a record's own columns: its fields, and its sensitive fields' marks."""
    return {*fields, *(SECRET_MARK + name for name in secrets)}


def blank_secret_marks(record: Mapping[str, Any], names: Any) -> dict[str, str]:
    """adopted_values' notes of the password2 columns among `names` that are blank on `record`."""
    return {SECRET_MARK + name: blank for name, blank in blank_secrets(record, names).items()}


def _string_map(value: Any) -> dict[str, str]:
    return dict(value) if isinstance(value, Mapping) else {}


class RecordResource(ResourceBase):
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
                client,
                ctx.diagnostics,
                table,
                existing,
                originals(existing, changes) | blank_secret_marks(existing, secret),
                owned=_owned(body, secret),
            )
            overwritten = sorted(k for k in secret if SECRET_MARK + k not in adopted_values)
            warn_overwritten_secrets(ctx.diagnostics, self.subject(planned), overwritten)
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
        if (
            current is not None
            and current.get("adopted") is True
            and self._secrets_unmarked(ctx, current, planned)
        ):
            planned["adopted_values"] = Unknown  # the update notes which of them were blank before
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

    @staticmethod
    def _secrets_unmarked(ctx: PlanContext, current: Mapping[str, Any], planned: Mapping[str, Any]) -> bool:
        """Whether this plan writes a secret of an adopted record that adopted_values has no note of (the
        update then looks whether it was blank before)."""
        if not ctx.changed_fields & {"sensitive_fields", "sensitive_fields_wo_version"}:
            return False
        keys: set[str] = set()
        for value in (planned.get("sensitive_fields"), (planning_config() or {}).get("sensitive_fields_wo")):
            if value is Unknown:
                return True
            keys |= set(_string_map(value))
        recorded = _string_map(current.get("adopted_values"))
        return any(SECRET_MARK + key not in recorded for key in keys)

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
        if current.get("adopted") is True and any(SECRET_MARK + k not in adopted_values for k in secret):
            # Written for the first time since the adoption: was it blank before? (one GET, that time only)
            before = client.get(current["table"], current["sys_id"])
            if before is not None:
                marks = blank_secret_marks(before, [k for k in secret if k not in old_secret])
                planned_secrets = _string_map(planned.get("sensitive_fields"))
                owned = _owned(_string_map(planned.get("fields")), planned_secrets)
                adopted_values = journalled(
                    client, ctx.diagnostics, current["table"], before, marks, owned=owned
                ) | dict(adopted_values)
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
                recorded = _string_map(current.get("adopted_values"))
                blank = {k.removeprefix(SECRET_MARK): "" for k in recorded if k.startswith(SECRET_MARK)}
                body = {
                    k: original
                    for k, original in recorded.items()
                    if not k.startswith(SECRET_MARK) and old.get(k, "") != original
                }
                restore_adopted(
                    client,
                    ctx.diagnostics,
                    current["table"],
                    current["sys_id"],
                    self.subject(current),
                    body | blank,
                    secret_columns=frozenset(blank),
                    secrets_written=", ".join(
                        sorted(set(_string_map(current.get("sensitive_fields"))) - set(blank))
                    ),
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
