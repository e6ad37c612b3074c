"""One instance's data dictionary: the tables it serves, built from the base schema and its own records.

ServiceNow keeps its tables as data: a ``sys_db_object`` record is a table, a ``sys_dictionary`` record a
column, a ``sys_choice`` record a choice, a ``sys_documentation`` record a label. The emulator's base
tables (``schema.TABLES``) show as generated records of those tables; records a client inserts are stored
like any other and define custom tables, columns and choices (``ddl.py`` checks and applies them).
:class:`Schema` is the result: what every Table API call of the instance reads its columns, types,
parents and ACLs from. The instance builds a new one after every write to a dictionary table.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from servicenow_emulator import choices as C
from servicenow_emulator.schema import GLIDE_TYPES, TABLES, Acl, Column, Table, vid

#: Tables whose records define the schema (a stored record of one of them changes the schema).
DICTIONARY_TABLES = ("sys_db_object", "sys_dictionary", "sys_choice", "sys_documentation")
_ADMIN = ("admin",)
ADMIN_ONLY = Acl(read=_ADMIN, create=_ADMIN, write=_ADMIN, delete=_ADMIN)


def is_true(value: str | None) -> bool:
    return (value or "").strip().lower() == "true"


def to_int(value: str | None, default: int) -> int:
    try:
        return int(value or "")
    except ValueError:
        return default


def default_max_length(internal_type: str) -> int:
    """``max_length`` of a new column that leaves it blank (choices.DEFAULT_MAX_LENGTHS)."""
    return C.DEFAULT_MAX_LENGTHS.get(internal_type, C.DEFAULT_MAX_LENGTH)


def default_column_label(element: str) -> str:
    """A new column's label when ``column_label`` is blank: ``u_serial_number`` -> "Serial number"."""
    words = element.removeprefix("u_").replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def table_sys_id(name: str) -> str:
    """The sys_id of a base table's generated ``sys_db_object`` record."""
    return vid("db", name)


def column_from_row(row: Mapping[str, str], label: str = "") -> Column:
    """A column as a stored ``sys_dictionary`` record describes it (``label`` from sys_documentation)."""
    internal_type = row.get("internal_type") or "string"
    return Column(
        row["element"],
        internal_type,
        label=label or row.get("column_label", ""),
        reference=row.get("reference") or None,
        default=row.get("default_value", ""),
        mandatory=is_true(row.get("mandatory")),
        max_length=to_int(row.get("max_length"), default_max_length(internal_type)),
        read_only=is_true(row.get("read_only")),
        unique=is_true(row.get("unique")),
    )


class Schema:
    """The tables one instance serves, with their columns, parents and ACLs.

    ``removed``: (table, column) pairs of base columns this instance lacks (``--without-column``).
    ``rows``: each dictionary table's stored records (those a client inserted), in insertion order.
    ``roles``: sys_id -> name of the instance's roles (a created table's user role).
    """

    def __init__(
        self,
        removed: frozenset[tuple[str, str]] = frozenset(),
        rows: Mapping[str, list[dict[str, str]]] | None = None,
        roles: Mapping[str, str] | None = None,
    ) -> None:
        rows = rows or {}
        self.removed = removed
        self.tables: dict[str, Table] = dict(TABLES)
        #: table -> the columns its own dictionary holds (a root table's include the system columns).
        self.own: dict[str, dict[str, Column]] = {}
        for name, base in TABLES.items():
            cols = base.columns if not base.parent else list(base.own.values())
            self.own[name] = {c.name: c for c in cols if (name, c.name) not in removed}
        #: Tables a client created: name -> its sys_db_object record.
        self.custom: dict[str, dict[str, str]] = {}
        names = {table_sys_id(n): n for n in TABLES}
        for record in rows.get("sys_db_object", []):
            names[record["sys_id"]] = record["name"]
            parent = names.get(record.get("super_class", "")) or None
            self.custom[record["name"]] = record
            self.tables[record["name"]] = Table(
                record["name"], record.get("label", ""), [], ADMIN_ONLY, parent=parent
            )
            self.own[record["name"]] = {}
        labels = {
            (r.get("name", ""), r.get("element", "")): r.get("label", "")
            for r in rows.get("sys_documentation", [])
            if (r.get("language") or "en") == "en"
        }
        displayed: dict[str, str] = {}
        for row in rows.get("sys_dictionary", []):
            table, element = row.get("name", ""), row.get("element", "")
            if table in self.own and element:
                self.own[table][element] = column_from_row(row, labels.get((table, element), ""))
                if is_true(row.get("display")):
                    displayed[table] = element
        self._add_choices(rows.get("sys_choice", []))
        self.columns: dict[str, dict[str, Column]] = {}
        for name in self.tables:
            merged: dict[str, Column] = {}
            for ancestor in reversed(self.ancestors(name)):
                merged.update(self.own[ancestor])
            self.columns[name] = merged
        for name, record in self.custom.items():
            table = self.tables[name]
            display = displayed.get(name) or next(
                (c for c in ("name", "number") if c in self.columns[name]), "sys_id"
            )
            self.tables[name] = dataclasses.replace(
                table,
                label=self.label_of(name, labels) or table.label or name,
                acl=self._custom_acl(record, table, roles or {}),
                display=display,
                own=self.own[name],
                columns=list(self.columns[name].values()),
            )

    def _add_choices(self, rows: list[dict[str, str]]) -> None:
        """Choices of stored ``sys_choice`` records (active, English) join their column's, by sequence."""
        extra: dict[tuple[str, str], list[tuple[int, str, str]]] = {}
        for row in rows:
            if is_true(row.get("inactive")) or (row.get("language") or "en") != "en":
                continue
            key = (row.get("name", ""), row.get("element", ""))
            extra.setdefault(key, []).append(
                (to_int(row.get("sequence"), 0), row["value"], row.get("label", ""))
            )
        for (table, element), items in extra.items():
            col = self.own.get(table, {}).get(element)
            if col is not None:
                added = [(value, label) for _seq, value, label in sorted(items, key=lambda i: i[0])]
                self.own[table][element] = dataclasses.replace(col, choices=col.choices + tuple(added))

    @staticmethod
    def label_of(table: str, labels: Mapping[tuple[str, str], str]) -> str:
        return labels.get((table, ""), "")

    def _custom_acl(self, record: Mapping[str, str], table: Table, roles: Mapping[str, str]) -> Acl:
        """A made table's ACLs (choices.NEW_TABLE_ROLE_SUFFIX): its role's, else its parent's, else admin."""
        if is_true(record.get("create_access_controls")):
            role = roles.get(record.get("user_role", ""), "")
            if role:
                allowed = (role,)
                return Acl(read=allowed, create=allowed, write=allowed, delete=allowed)
        if table.parent:
            return self.tables[table.parent].acl
        return ADMIN_ONLY

    def __contains__(self, table: object) -> bool:
        return table in self.tables

    def ancestors(self, table: str) -> list[str]:
        """The table, its parent, the parent's parent, ... up to the root."""
        out = [table]
        while self.tables[out[-1]].parent:
            out.append(self.tables[out[-1]].parent)  # type: ignore[arg-type]
        return out

    def children(self, table: str) -> list[str]:
        """The table and every table extending it, at any depth."""
        out = [table]
        for name, t in self.tables.items():
            if t.parent and t.parent in out and name not in out:
                out.append(name)
        return out

    def owner(self, table: str, column: str) -> str | None:
        """The table (``table`` or an ancestor) whose dictionary holds ``column``."""
        return next((t for t in self.ancestors(table) if column in self.own[t]), None)


_STAMP = {
    "sys_created_on": "2026-01-01 00:00:00",
    "sys_updated_on": "2026-01-01 00:00:00",
    "sys_created_by": "system",
    "sys_updated_by": "system",
    "sys_mod_count": "0",
    "sys_domain": C.GLOBAL_DOMAIN,
    "sys_scope": "global",
}


def _base_row(table: str, sys_id: str, values: Mapping[str, str]) -> dict[str, str]:
    row = {c.name: c.default for c in TABLES[table].columns}
    row.update(_STAMP)
    row["sys_id"] = sys_id
    row.update(values)
    return row


def dictionary_values(table: str, col: Column, *, display: bool = False) -> dict[str, str]:
    """A ``sys_dictionary`` record's own values for a column of ``table``."""
    return {
        "name": table,
        "element": col.name,
        "column_label": col.column_label,
        "internal_type": col.type,
        "reference": col.reference or "",
        "max_length": str(col.max_length),
        "mandatory": "true" if col.mandatory else "false",
        "read_only": "true" if col.read_only else "false",
        "active": "true",
        "default_value": col.default,
        "choice": col.choice_kind,
        "display": "true" if display else "false",
        "unique": "true" if col.unique else "false",
    }


def collection_values(table: str, label: str) -> dict[str, str]:
    """The ``sys_dictionary`` record ServiceNow keeps for a table itself (element blank, type collection)."""
    return {"name": table, "element": "", "column_label": label, "internal_type": "collection"}


def base_records(table: str, removed: frozenset[tuple[str, str]] = frozenset()) -> list[dict[str, str]]:
    """The generated records of a dictionary table (sys_db_object, sys_dictionary, sys_glide_object,
    sys_choice, sys_documentation) that describe the base schema; ``removed`` (table, column) pairs are
    columns this instance lacks."""
    rows: list[dict[str, str]] = []
    if table == "sys_db_object":
        for t in TABLES.values():
            values = {
                "name": t.name,
                "label": t.label,
                "super_class": table_sys_id(t.parent) if t.parent else "",
                "is_extendable": "true" if t.extendable else "false",
            }
            rows.append(_base_row(table, table_sys_id(t.name), values))
    elif table in ("sys_dictionary", "sys_documentation"):
        prefix = "dict" if table == "sys_dictionary" else "doc"
        for t in TABLES.values():
            rows.append(_base_row(table, vid(prefix, t.name, ""), _entry(table, t.name, "", t.label, "")))
            cols = t.columns if not t.parent else list(t.own.values())
            for c in cols:
                if (t.name, c.name) in removed:
                    continue
                if table == "sys_dictionary":
                    values = dictionary_values(t.name, c, display=c.name == t.display)
                else:
                    values = _entry(table, t.name, c.name, c.column_label, c.hint)
                rows.append(_base_row(table, vid(prefix, t.name, c.name), values))
    elif table == "sys_glide_object":
        used = {c.type for t in TABLES.values() for c in t.columns}
        known = dict(GLIDE_TYPES)
        known.update({u: (u.replace("_", " ").title(), "string") for u in sorted(used - known.keys())})
        for type_name, (label, scalar) in known.items():
            rows.append(
                _base_row(table, type_name, {"name": type_name, "label": label, "scalar_type": scalar})
            )
    elif table == "sys_choice":
        for t in TABLES.values():
            for c in t.own.values():
                if (t.name, c.name) in removed:
                    continue
                for seq, (value, label) in enumerate(c.choices):
                    values = {"name": t.name, "element": c.name, "value": value, "label": label}
                    values["sequence"] = str(seq)
                    rows.append(_base_row(table, vid("choice", t.name, c.name, value), values))
    return rows


def _entry(table: str, name: str, element: str, label: str, hint: str) -> dict[str, str]:
    if table == "sys_dictionary":
        return collection_values(name, label)
    return {
        "name": name,
        "element": element,
        "label": label,
        "plural": "" if element else label,
        "hint": hint,
    }
