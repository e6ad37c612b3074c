"""A catalog record kind that exists before Terraform (the application registry): adopted by natural
key, its original values journalled before they are overwritten, restored (or kept) on destroy."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from tf.iface import CreateContext, DeleteContext, PlanContext, UpdateContext
from tf.types import Unknown
from tf.utils import Diagnostics

from terraform_provider_servicenow import mapping
from terraform_provider_servicenow.bound import guarded, register_secrets
from terraform_provider_servicenow.checks import known
from terraform_provider_servicenow.guard import checked
from terraform_provider_servicenow.journal import forget_adopted, journalled
from terraform_provider_servicenow.planning import apply_defaults, planning_config, stamp_unknown
from terraform_provider_servicenow.resources.adoption import (
    blank_secrets,
    check_adoption,
    originals,
    restore_adopted,
    warn_overwritten_secrets,
    write_adopted,
)
from terraform_provider_servicenow.resources.kind import CatalogResource


class AdoptedResource(CatalogResource):
    """A record that exists before Terraform: adopted by natural key, restored (or kept) on destroy."""

    @property
    def restorable(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.kind.columns if c.writable and not c.write_only)

    @property
    def secret_columns(self) -> tuple[str, ...]:
        """password2 columns: never read back, so restored only when they were blank (to blank)."""
        return tuple(c.name for c in self.kind.columns if c.writable and c.write_only)

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
        state["adopted_values"].update(blank_secrets(record, self.secret_columns))

    @guarded("plan")
    def plan(self, ctx: PlanContext, current: dict | None, planned: dict) -> dict:
        planned = stamp_unknown(self.kind, ctx, current, apply_defaults(self.kind, planned))
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
            originals(record, body) | blank_secrets(record, secret),
            owned=(*self.restorable, *self.secret_columns),
        )
        warn_overwritten_secrets(ctx.diagnostics, self.subject(planned), sorted(set(secret) - set(adopted)))
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
                adopted |= blank_secrets(record, first_secrets)
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
        owned = {*self.restorable, *self.secret_columns}
        for name, original in adopted.items():
            if name not in owned:  # another resource's original, journalled by an earlier version
                continue
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
