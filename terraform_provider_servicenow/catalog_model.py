"""The catalog's types: a record kind (`RecordKind`), its columns (`Column`), a lookup (`LookupKind`).

`catalog.py` declares the spoke's kinds with them (and re-exports them), `catalog_file.py` reads and
writes them. Standard library only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

# date_time: a ServiceNow date-time (`glide_date_time`), a string `YYYY-MM-DD HH:MM:SS` in UTC.
Kind = Literal["string", "integer", "boolean", "reference", "choice", "password2", "date_time"]
Mode = Literal["required", "optional", "optional_computed", "computed"]
Lifecycle = Literal["create", "adopt"]
KINDS: tuple[Kind, ...] = ("string", "integer", "boolean", "reference", "choice", "password2", "date_time")
MODES: tuple[Mode, ...] = ("required", "optional", "optional_computed", "computed")
LIFECYCLES: tuple[Lifecycle, ...] = ("create", "adopt")

TYPE_PREFIX = "servicenow_"


@dataclass(frozen=True)
class Column:
    """One ServiceNow column exposed as a Terraform attribute of the same name."""

    name: str
    kind: Kind
    description: str
    mode: Mode = "optional"
    force_new: bool = False
    default: str | int | bool | None = None
    choices: tuple[str, ...] = ()
    reference: str | None = None
    # The provider generates a value with `secrets` when none is configured (sent once, kept sensitive).
    generated: bool = False
    # Not one of ServiceNow's base columns for sure (added by Form Design, newer releases): before it is
    # written the provider checks sys_dictionary that the table has it (dictionary.py).
    check_exists: bool = False
    # From the instance's dictionary (generated catalogs; the hand-written kinds may leave them unset):
    # the column's label, its ServiceNow type (`sys_dictionary.internal_type`, e.g. `url`,
    # `glide_date_time`), the longest value a string column holds, and the bounds of an integer.
    label: str = ""
    internal_type: str = ""
    max_length: int | None = None
    minimum: int | None = None
    maximum: int | None = None

    @property
    def sensitive(self) -> bool:
        return self.kind == "password2"

    @property
    def write_only(self) -> bool:
        """password2 columns are written as display values and never read back into state."""
        return self.kind == "password2"

    @property
    def writable(self) -> bool:
        return self.mode != "computed"


@dataclass(frozen=True)
class RecordKind:
    """A Terraform resource backed by one ServiceNow table."""

    type_name: str  # without the `servicenow_` prefix
    table: str
    description: str
    columns: tuple[Column, ...]
    lifecycle: Lifecycle = "create"
    # The column that names a record on the instance (adopt, import by key, create safety); "" when the
    # table has none (a generated table without a unique name: import by sys_id only).
    natural_key: str = "name"
    # Column values every record of this kind has: sent on create, added to every lookup query.
    fixed_values: tuple[tuple[str, str], ...] = ()
    example: str = ""
    # "Get OAuth Token" keeps tokens for records of this kind (oauth_credential, through
    # oauth_requestor_profile): deleting one deletes its tokens first (tokens.py).
    holds_tokens: bool = False
    # From the instance's dictionary (generated catalogs): the table's label and the tables it extends,
    # nearest first (`sys_db_object.super_class`).
    label: str = ""
    parents: tuple[str, ...] = ()

    @property
    def full_type_name(self) -> str:
        return TYPE_PREFIX + self.type_name

    def column(self, name: str) -> Column:
        for col in self.columns:
            if col.name == name:
                return col
        raise KeyError(f"{self.full_type_name} has no column {name!r}")

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    def fixed_query(self) -> str:
        return "^".join(f"{k}={v}" for k, v in self.fixed_values)


@dataclass(frozen=True)
class LookupKind:
    """A Terraform data source that finds one record of a table by its natural key."""

    type_name: str
    table: str
    description: str
    key: str
    key_description: str
    outputs: tuple[Column, ...]
    fixed_values: tuple[tuple[str, str], ...] = field(default=())
    example: str = ""

    @property
    def full_type_name(self) -> str:
        return TYPE_PREFIX + self.type_name
