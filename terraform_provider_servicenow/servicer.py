"""The provider's gRPC servicer: `tf`'s, plus write-only arguments and ephemeral resources.

- Write-only arguments (`<secret>_wo`, Terraform >= 1.11): flagged `write_only` in the schema; a plan
  and a new state always hold null for them (Terraform requires it, and never stores them); at apply
  the value is taken from the configuration and handed to the resource as `<secret>` on create, or
  on update when `<secret>_wo_version` changed; the state then holds null for `<secret>` too. A
  Terraform that does not announce write-only support (< 1.11, which would store the value) gets an
  error at validate time.
- Ephemeral resources (`ephemeral.py`): listed in the metadata and schema, opened on request.
- Each plan's configuration is recorded for `planning.planning_config()` (`tf` hands a resource's
  `plan` only the prior and proposed states), and every plan runs `planning.check_plan`.
"""

from __future__ import annotations

from typing import Any

import tf.provider
from tf.gen import tfplugin_pb2 as pb
from tf.types import Unknown
from tf.utils import Diagnostics, read_dynamic_value, to_dynamic_value

from terraform_provider_servicenow.ephemeral import EPHEMERAL_RESOURCES
from terraform_provider_servicenow.planning import check_plan, planning
from terraform_provider_servicenow.protocol import messages
from terraform_provider_servicenow.redact import register
from terraform_provider_servicenow.schema import required_secrets, write_only_attributes


def _given(value: Any) -> bool:
    return value is not None and value is not Unknown


def _register(value: Any) -> None:
    if isinstance(value, dict):
        register(*value.values())
    else:
        register(value)


def _set(dynamic: Any, value: Any) -> None:
    encoded = to_dynamic_value(value)
    dynamic.Clear()
    dynamic.msgpack = encoded.msgpack


def _nulled(state: Any, names: set[str]) -> Any:
    if not isinstance(state, dict):
        return state
    return {**state, **dict.fromkeys(names)}


def _completed(state: Any, write_only: dict[str, tuple[str, str]], source: Any, names: set[str]) -> Any:
    """A state a resource returned, with its write-only arguments (and ``names``) null and each version
    companion carried over from ``source`` (the resources know nothing of either)."""
    if not isinstance(state, dict):
        return state
    state = _nulled(state, set(write_only) | names)
    for _target, version in write_only.values():
        if version not in state:
            state[version] = source.get(version) if isinstance(source, dict) else None
    return state


def _complete_response(dynamic: Any, type_name: str, source: Any, names: set[str] = frozenset()) -> None:  # type: ignore[assignment]
    write_only = write_only_attributes(type_name)
    if write_only and dynamic.msgpack:
        _set(dynamic, _completed(read_dynamic_value(dynamic), write_only, source, set(names)))


def check_write_only(config: Any, type_name: str, allowed: bool) -> Diagnostics:
    """Errors for a write-only argument this Terraform would store, or given with its plain form."""
    diags = Diagnostics()
    if not isinstance(config, dict):
        return diags
    for name, (target, _version) in write_only_attributes(type_name).items():
        if config.get(name) is None:
            if target in required_secrets(type_name) and config.get(target) is None:
                diags.add_error(
                    f"Missing `{name}` (or `{target}`)",
                    f"Set `{name}` (write-only, never stored; Terraform >= 1.11) or `{target}` (stored in "
                    "state).",
                    path=[name],
                )
            continue
        if not allowed:
            diags.add_error(
                f"`{name}` needs Terraform 1.11 or later",
                f"`{name}` is a write-only argument: Terraform 1.11 and later send it without storing it. "
                f"This Terraform does not support write-only arguments and would keep it in plan and state. "
                f"Fix: upgrade Terraform to 1.11 or later, or use `{target}` instead (sensitive, but stored "
                "in state: keep the state private).",
                path=[name],
            )
        if config.get(target) is not None:
            diags.add_error(
                f"`{name}` and `{target}` are both set",
                f"They are two forms of the same secret. Fix: keep `{name}` (never stored) and remove "
                f"`{target}`.",
                path=[target],
            )
    return diags


class Servicer(tf.provider.ProviderServicer):  # type: ignore[misc]
    records_planning_config = True

    # ------------------------------------------------------------------ metadata and schema

    def GetMetadata(self, request: Any, context: Any) -> Any:  # noqa: N802 - gRPC names
        response = messages().convert(super().GetMetadata(request, context), "GetMetadata.Response")
        for name in EPHEMERAL_RESOURCES:
            response.ephemeral_resources.add(type_name=name)
        return response

    def GetProviderSchema(self, request: Any, context: Any) -> Any:  # noqa: N802
        ext = messages()
        response = ext.convert(super().GetProviderSchema(request, context), "GetProviderSchema.Response")
        for type_name, schema in response.resource_schemas.items():
            names = write_only_attributes(type_name)
            for attribute in schema.block.attributes:
                if attribute.name in names:
                    attribute.write_only = True
        for type_name, klass in EPHEMERAL_RESOURCES.items():
            response.ephemeral_resource_schemas[type_name].CopyFrom(
                ext.convert(klass.get_schema().to_pb(), "Schema")
            )
        return response

    # ------------------------------------------------------------------ write-only arguments

    def ValidateResourceConfig(self, request: Any, context: Any) -> Any:  # noqa: N802
        plain = pb.ValidateResourceConfig.Request(
            type_name=request.type_name,
            config=pb.DynamicValue(msgpack=request.config.msgpack, json=request.config.json),
        )
        response = super().ValidateResourceConfig(plain, context)
        config = read_dynamic_value(request.config)
        allowed = request.client_capabilities.write_only_attributes_allowed
        response.diagnostics.extend(check_write_only(config, request.type_name, allowed).to_pb())
        return response

    def PlanResourceChange(self, request: Any, context: Any) -> Any:  # noqa: N802
        try:
            config = read_dynamic_value(request.config)
        except Exception:  # noqa: BLE001 - without it, plans fall back to tf's behaviour
            config = None
        write_only = write_only_attributes(request.type_name)
        if write_only and isinstance(config, dict):
            for name in write_only:
                _register(config.get(name))
            proposed = read_dynamic_value(request.proposed_new_state)
            if isinstance(proposed, dict):
                _set(request.proposed_new_state, _nulled(proposed, set(write_only)))
        with planning(config):
            response = super().PlanResourceChange(request, context)
            # Checks against the instance (columns in sys_dictionary) on every plan that writes.
            check_plan(self, request, response)
        if write_only and response.planned_state.msgpack:
            # The secret's plain form plans to null when its write-only form is configured.
            given = {
                t for n, (t, _) in write_only.items() if isinstance(config, dict) and _given(config.get(n))
            }
            _set(
                response.planned_state,
                _nulled(read_dynamic_value(response.planned_state), set(write_only) | given),
            )
        return response

    def ApplyResourceChange(self, request: Any, context: Any) -> Any:  # noqa: N802
        write_only = write_only_attributes(request.type_name)
        sent: set[str] = set()
        planned: Any = None
        if write_only:
            config = read_dynamic_value(request.config)
            prior = read_dynamic_value(request.prior_state)
            planned = read_dynamic_value(request.planned_state)
            if isinstance(config, dict) and isinstance(planned, dict):
                planned = _nulled(planned, set(write_only))
                for name, (target, version) in write_only.items():
                    value = config.get(name)
                    if not _given(value):
                        continue
                    _register(value)
                    sent.add(target)
                    if prior is None or prior.get(version) != planned.get(version):
                        planned[target] = value
                _set(request.planned_state, planned)
        response = super().ApplyResourceChange(request, context)
        _complete_response(response.new_state, request.type_name, planned if write_only else None, sent)
        return response

    def UpgradeResourceState(self, request: Any, context: Any) -> Any:  # noqa: N802
        """A state written before an attribute existed (the write-only forms, any later addition) lacks
        it, and Terraform refuses an object with missing attributes: they are added as null."""
        response = super().UpgradeResourceState(request, context)
        if response.upgraded_state.msgpack:
            state = read_dynamic_value(response.upgraded_state)
            if isinstance(state, dict):
                missing = set(self._get_res_attrs(request.type_name)) - set(state)
                if missing:
                    _set(response.upgraded_state, {**state, **dict.fromkeys(missing)})
        return response

    def ReadResource(self, request: Any, context: Any) -> Any:  # noqa: N802
        response = super().ReadResource(request, context)
        if write_only_attributes(request.type_name):
            _complete_response(
                response.new_state, request.type_name, read_dynamic_value(request.current_state)
            )
        return response

    def ImportResourceState(self, request: Any, context: Any) -> Any:  # noqa: N802
        response = super().ImportResourceState(request, context)
        for imported in response.imported_resources:
            _complete_response(imported.state, imported.type_name, None)
        return response

    # ------------------------------------------------------------------ ephemeral resources

    def _ephemeral(self, type_name: str, diags: Diagnostics) -> Any:
        klass = EPHEMERAL_RESOURCES.get(type_name)
        if klass is None:
            diags.add_error(
                f"Unknown ephemeral resource type {type_name!r}", "This provider does not have it."
            )
        return klass

    @staticmethod
    def _diagnostics(response: Any, diags: Diagnostics) -> Any:
        ext = messages()
        response.diagnostics.extend(ext.convert(d, "Diagnostic") for d in diags.to_pb())
        return response

    def ValidateEphemeralResourceConfig(self, request: Any, context: Any) -> Any:  # noqa: N802
        diags = Diagnostics()
        klass = self._ephemeral(request.type_name, diags)
        if klass is not None:
            config = read_dynamic_value(request.config)
            klass.validate(diags, config if isinstance(config, dict) else {})
        return self._diagnostics(messages()["ValidateEphemeralResourceConfig.Response"](), diags)

    def OpenEphemeralResource(self, request: Any, context: Any) -> Any:  # noqa: N802
        diags = Diagnostics()
        response = messages()["OpenEphemeralResource.Response"]()
        klass = self._ephemeral(request.type_name, diags)
        if klass is not None:
            config = read_dynamic_value(request.config)
            result = klass.open(diags, config if isinstance(config, dict) else {})
            if result is not None:
                response.result.msgpack = to_dynamic_value(result).msgpack
        return self._diagnostics(response, diags)

    def RenewEphemeralResource(self, request: Any, context: Any) -> Any:  # noqa: N802
        return messages()["RenewEphemeralResource.Response"]()

    def CloseEphemeralResource(self, request: Any, context: Any) -> Any:  # noqa: N802
        return messages()["CloseEphemeralResource.Response"]()


def install() -> None:
    """Make `tf`'s runner serve :class:`Servicer` over the extended protocol (tf 1.2.0 builds its
    servicer from `tf.provider.ProviderServicer` and registers it with
    `tf.gen.tfplugin_pb2_grpc.add_ProviderServicer_to_server` when `run_provider` starts)."""
    import tf.gen.tfplugin_pb2_grpc as rpc

    from terraform_provider_servicenow.protocol import add_servicer

    tf.provider.ProviderServicer = Servicer  # type: ignore[misc]
    rpc.add_ProviderServicer_to_server = add_servicer  # type: ignore[assignment]
