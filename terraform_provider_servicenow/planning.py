"""Planning hooks: what a resource's plan knows beyond the prior and proposed states `tf` hands it.

- The configuration of the plan being served on this thread (`planning_config`): the servicer records
  it around every PlanResourceChange, because `tf` gives a resource's `plan` only the states, and a
  default must be planned only when the configuration leaves the attribute out (`apply_defaults`).
- `check_plan`: the checks against the instance (columns in sys_dictionary) that every plan that
  writes runs, creates included (`tf` answers a create plan without calling the resource's `plan`).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from tf.types import Unknown

if TYPE_CHECKING:  # pragma: no cover
    from terraform_provider_servicenow.catalog import RecordKind

_planning = threading.local()


@contextmanager
def planning(config: dict | None) -> Iterator[None]:
    """Record `config` as the configuration of the plan served on this thread while the block runs."""
    _planning.config = config
    try:
        yield
    finally:
        _planning.config = None


def planning_config() -> dict | None:
    """The resource configuration of the PlanResourceChange being served on this thread, if any."""
    return getattr(_planning, "config", None)


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


#: The system columns every write changes (ServiceNow stamps each update of a record).
STAMPED_ON_WRITE = frozenset({"sys_updated_on", "sys_updated_by", "sys_mod_count"})


def stamp_unknown(kind: RecordKind, ctx: Any, current: dict | None, planned: dict) -> dict:
    """An update plans the columns ServiceNow stamps on every write (a generated table's computed
    `sys_updated_on`, `sys_updated_by`, `sys_mod_count`) as unknown: their new values are known only after
    apply, and planning their old ones would make terraform reject the applied state as inconsistent."""
    if current is None:
        return planned
    stamped = [c.name for c in kind.columns if c.name in STAMPED_ON_WRITE and c.mode == "computed"]
    if stamped and set(ctx.changed_fields) - set(stamped):
        for name in stamped:
            planned[name] = Unknown
    return planned


def check_plan(servicer: Any, request: Any, response: Any) -> None:
    """Run a resource's `check_plan` (checks against the instance: columns in sys_dictionary) on every
    plan that writes, creates included: `tf` answers a create plan without calling the resource's `plan`,
    so without this hook a create would only be checked when it is applied, after other writes."""
    from tf.provider import _decode_state
    from tf.utils import Diagnostic, Diagnostics

    error = Diagnostic._map[Diagnostic.ERROR]
    if any(d.severity == error for d in response.diagnostics):
        return
    diags = Diagnostics()
    try:
        attrs = servicer._get_res_attrs(request.type_name)
        blocks = servicer._get_res_blocks(request.type_name)
        _, prior = _decode_state(diags, attrs, blocks, request.prior_state)
        _, proposed = _decode_state(diags, attrs, blocks, request.proposed_new_state)
        if diags.has_errors() or proposed is None:
            return
        resource = servicer.app.new_resource(servicer._get_res_cls(request.type_name))
        check = getattr(resource, "check_plan", None)
        if check is not None:
            check(diags, prior, proposed)
    except Exception as exc:  # noqa: BLE001 - a diagnostic, never a traceback
        diags.add_error(f"Could not check the plan: {type(exc).__name__}", "This is probably a bug.")
    response.diagnostics.extend(diags.to_pb())
