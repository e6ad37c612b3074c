"""The state backend of a stack's folder (``cdktf.out/stacks/<stack>``): as synthesized (``cdk.tf.json``),
as ``terraform init`` recorded it (``.terraform/terraform.tfstate``), and against the config's."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .config import SpokeConfig


def synthesized_backend(folder: Path) -> tuple[str, dict[str, Any]] | None:
    """(kind, settings) of the one backend ``cdk.tf.json`` declares; None when it cannot be read."""
    try:
        backend = json.loads((folder / "cdk.tf.json").read_text())["terraform"]["backend"]
        ((kind, settings),) = backend.items()
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    return kind, settings if isinstance(settings, dict) else {}


def needs_init(folder: Path) -> bool:
    """Whether the folder needs ``terraform init``: never run, or run for another backend than the one
    synthesized now."""
    recorded = folder / ".terraform" / "terraform.tfstate"
    if not recorded.exists() or not (folder / ".terraform.lock.hcl").exists():
        return True
    wanted = synthesized_backend(folder)
    try:
        backend = json.loads(recorded.read_text()).get("backend") or {}
    except (OSError, ValueError):
        return True
    if wanted is None:
        return True
    kind, settings = wanted
    current = backend.get("config") or {}
    return backend.get("type") != kind or any(current.get(k) != v for k, v in settings.items())


def stale_backend(config: SpokeConfig, folder: Path, stack: str) -> str:
    """What differs between the config's state backend and the one synthesized for ``stack`` ('' when
    they agree). Only the two backends the config chooses between are compared: a stack of your own
    may keep another."""
    synthesized = synthesized_backend(folder)
    if synthesized is None:
        return ""
    kind, settings = synthesized
    pg = config.pg
    wanted = "pg" if pg is not None else "local"
    if kind not in ("local", "pg"):
        return ""
    if kind != wanted:
        return f"stack {stack!r} has the {kind!r} backend in cdktf.out and {wanted!r} in {config.path}"
    schema = settings.get("schema_name")
    if pg is not None and schema != pg.schema(stack):
        return (
            f"stack {stack!r} has the pg schema {schema!r} in cdktf.out and {pg.schema(stack)!r} in "
            f"{config.path}"
        )
    return ""
