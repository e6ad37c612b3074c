"""The spoke's resources as overlays on generated tables: what the spoke adds to its tables' dictionary.

The spoke's tables (SPOKE_TABLES) are catalog data generated from a dictionary (SPOKE_TABLES_FILE);
`spoke_kind` makes one of the spoke's resources from a generated table and a `ColumnOverlay` per column
it manages: the docs of how the provider treats the column, and what a dictionary cannot say. `catalog.py`
declares the spoke's resources with it. Standard library only (and the other catalog modules).
"""

from __future__ import annotations

import dataclasses
import functools
import os
from dataclasses import dataclass

from terraform_provider_servicenow.catalog_model import Column, Lifecycle, Mode, RecordKind

#: The spoke's tables. Their columns (types, choices, defaults, references, lengths, bounds, labels) are
#: catalog data generated from the emulator's dictionary: `make catalog` rewrites SPOKE_TABLES_FILE
#: (`python -m terraform_provider_servicenow generate --table ...`), and a test fails when it is stale.
SPOKE_TABLES = ("basic_auth_credentials", "http_connection", "oauth_2_0_credentials", "oauth_entity")
SPOKE_TABLES_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "spoke_tables.toml")


@dataclass(frozen=True)
class ColumnOverlay:
    """What the spoke adds to a generated column: the docs of how the provider treats it, and the facts
    the dictionary cannot say (a column the instance fills on insert, one the spoke needs, one the
    provider generates, bounds the spoke keeps)."""

    name: str
    description: str
    mode: Mode | None = None  # None: the dictionary's (see spoke_column)
    force_new: bool = False
    generated: bool = False
    check_exists: bool = False
    minimum: int | None = None


def over(name: str, description: str, **kw: object) -> ColumnOverlay:
    return ColumnOverlay(name, description, **kw)  # type: ignore[arg-type]


@functools.cache
def spoke_tables() -> dict[str, RecordKind]:
    from terraform_provider_servicenow.catalog_file import load

    return {kind.table: kind for kind in load(SPOKE_TABLES_FILE)}


def spoke_column(kind: RecordKind, lifecycle: Lifecycle, natural_key: str, overlay: ColumnOverlay) -> Column:
    """A generated column with the spoke's overlay.

    The mode is the dictionary's (read-only and system columns computed, mandatory ones required, one
    with a default optional and computed) unless the overlay says otherwise; an adopted record's columns
    are optional and computed (unset keeps the record's value) and its natural key is required and
    replaces the resource when it changes; a generated secret is optional and computed. Defaults apply
    only to columns Terraform may leave unset on a record it creates."""
    try:
        col = kind.column(overlay.name)
    except KeyError:
        raise KeyError(
            f"spoke_tables.toml has no column {overlay.name} of {kind.table}: run `make catalog`, or "
            "remove the column from the catalog if the dictionary no longer has it"
        ) from None
    mode: Mode = col.mode
    force_new = overlay.force_new
    if lifecycle == "adopt" and mode != "computed" and col.kind != "password2":
        mode = "optional_computed"
    if lifecycle == "adopt" and col.name == natural_key:
        mode, force_new = "required", True
    if overlay.generated:
        mode = "optional_computed"
    mode = overlay.mode or mode
    keeps_default = lifecycle == "create" and mode in ("optional", "optional_computed")
    return dataclasses.replace(
        col,
        description=overlay.description,
        mode=mode,
        force_new=force_new,
        default=col.default if keeps_default else None,
        generated=overlay.generated,
        check_exists=overlay.check_exists,
        minimum=col.minimum if overlay.minimum is None else overlay.minimum,
    )


def spoke_kind(
    *,
    type_name: str,
    table: str,
    description: str,
    columns: tuple[ColumnOverlay, ...],
    lifecycle: Lifecycle = "create",
    natural_key: str = "name",
    fixed_values: tuple[tuple[str, str], ...] = (),
    example: str = "",
    holds_tokens: bool = False,
) -> RecordKind:
    """A resource of the spoke: the generated table, the columns it manages, and the overlay."""
    generated = spoke_tables()[table]
    return RecordKind(
        type_name=type_name,
        table=table,
        description=description,
        columns=tuple(spoke_column(generated, lifecycle, natural_key, c) for c in columns),
        lifecycle=lifecycle,
        natural_key=natural_key,
        fixed_values=fixed_values,
        example=example,
        holds_tokens=holds_tokens,
        label=generated.label,
        parents=generated.parents,
    )
