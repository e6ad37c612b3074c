"""What writing a dictionary record does: tables, columns, choices and labels made through the Table API.

As on ServiceNow, inserting a ``sys_db_object`` record creates a table (with its system columns, its
collection entry and its label), a ``sys_dictionary`` record a column (and its label), a ``sys_choice``
record a choice; deleting them drops what they made. The checks are ServiceNow's where documented and the
emulator's choices where not (``choices.py``: names, prefixes, the new table's ACLs and role).
Records that describe the base schema are generated, and cannot be changed or deleted here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from servicenow_emulator import choices as C
from servicenow_emulator.columns import SYSTEM_NAMES
from servicenow_emulator.dictionary import (
    DICTIONARY_TABLES,
    collection_values,
    default_column_label,
    default_max_length,
    dictionary_values,
    is_true,
    table_sys_id,
)
from servicenow_emulator.schema import CLASS_COLUMN, GLIDE_TYPES, SYSTEM_COLUMNS

if TYPE_CHECKING:
    from servicenow_emulator.instance import Instance, RecordError

#: The system columns ServiceNow gives a table that extends nothing.
NEW_TABLE_SYSTEM_COLUMNS = (
    "sys_id",
    "sys_created_by",
    "sys_created_on",
    "sys_mod_count",
    "sys_updated_by",
    "sys_updated_on",
)
_RULE = "Dictionary"


class Ddl:
    """The business rules of the dictionary tables, for one instance."""

    def __init__(self, instance: Instance) -> None:
        self.inst = instance

    # ------------------------------------------------------------------ helpers
    def _refuse(self, table: str, message: str) -> RecordError:
        return self.inst.abort(table, f"{_RULE} {table}", message)

    def _scan(self, table: str) -> list[dict[str, str]]:
        return [record for _cls, record in self.inst.store.scan([table])]

    def _insert(self, table: str, values: dict[str, str], user_name: str) -> dict[str, str]:
        record = self.inst.raw_insert(table, values, created_by=user_name)
        return record

    def _table_name(self, sys_id: str) -> str:
        """The name of the table a ``sys_db_object`` sys_id stands for ("" when none)."""
        for name in self.inst.schema.tables:
            if name in self.inst.schema.custom:
                if self.inst.schema.custom[name]["sys_id"] == sys_id:
                    return name
            elif table_sys_id(name) == sys_id:
                return name
        return ""

    def _check_name(self, table: str, kind: str, name: str) -> None:
        if not C.DDL_NAME.match(name) or len(name) > C.DDL_NAME_MAX_LENGTH:
            raise self._refuse(
                table,
                f"Invalid {kind} name {name!r}: use lowercase letters, digits and '_', a letter first,"
                f" at most {C.DDL_NAME_MAX_LENGTH} characters",
            )
        if not name.startswith(C.CUSTOM_PREFIXES):
            raise self._refuse(
                table,
                f"Invalid {kind} name {name!r}: a {kind} made on the instance must start with"
                f" {' or '.join(repr(p) for p in C.CUSTOM_PREFIXES)} (u_<name> in the global scope,"
                " x_<vendor>_<app>_<name> in a scoped application); rename it, e.g. 'u_" + name + "'",
            )

    # ------------------------------------------------------------------ entry points (Instance calls these)
    def before(self, cls: str, record: dict[str, str], old: dict[str, str] | None, user_name: str) -> None:
        """Check (and complete) a dictionary record about to be inserted (``old`` None) or updated."""
        if old is None:
            getattr(self, f"_before_insert_{cls}")(record, user_name)
        else:
            self._before_update(cls, record, old)

    def after_insert(self, cls: str, record: dict[str, str], user_name: str) -> None:
        if cls == "sys_db_object":
            self._after_insert_table(record, user_name)
        elif cls == "sys_dictionary":
            self._insert(
                "sys_documentation",
                {"name": record["name"], "element": record["element"], "label": record["column_label"]},
                user_name,
            )

    def after_update(self, cls: str, record: dict[str, str], old: dict[str, str]) -> None:
        if cls == "sys_documentation" and record["label"] != old["label"]:
            self._sync_label(record["name"], record["element"], record["label"])
        if cls == "sys_db_object" and record["label"] != old["label"]:
            self._sync_label(record["name"], "", record["label"])
        if cls == "sys_dictionary" and record["column_label"] != old["column_label"]:
            for doc in self._scan("sys_documentation"):
                if (doc["name"], doc["element"], doc["language"]) == (
                    record["name"],
                    record["element"],
                    "en",
                ):
                    self.inst.store.update(doc["sys_id"], {**doc, "label": record["column_label"]})

    def before_delete(self, cls: str, record: dict[str, str]) -> None:
        if cls == "sys_db_object":
            extending = [n for n in self.inst.schema.children(record["name"]) if n != record["name"]]
            if extending:
                raise self._refuse(
                    cls,
                    f"Table {record['name']} is extended by {', '.join(extending)}: delete those first",
                )
        elif cls == "sys_dictionary":
            if not record["element"]:
                raise self._refuse(
                    cls,
                    f"This entry is table {record['name']} itself: delete its sys_db_object record to drop"
                    " the table",
                )
            if record["element"] in SYSTEM_NAMES:
                raise self._refuse(cls, f"{record['element']} is a system column of {record['name']}")

    def after_delete(self, cls: str, record: dict[str, str]) -> None:
        store = self.inst.store
        if cls == "sys_db_object":
            name = record["name"]
            for _cls, row in store.scan([name]):
                store.delete(row["sys_id"])
            for table in ("sys_dictionary", "sys_documentation", "sys_choice"):
                for row in self._scan(table):
                    if row["name"] == name:
                        store.delete(row["sys_id"])
        elif cls == "sys_dictionary":
            name, element = record["name"], record["element"]
            # The column's data goes with it, in the table and every table extending it.
            for _cls, row in store.scan(self.inst.schema.children(name)):
                if element in row:
                    del row[element]
                    store.update(row["sys_id"], row)
            for table in ("sys_documentation", "sys_choice"):
                for row in self._scan(table):
                    if (row["name"], row["element"]) == (name, element):
                        store.delete(row["sys_id"])

    # ------------------------------------------------------------------ sys_db_object
    def _before_insert_sys_db_object(self, record: dict[str, str], user_name: str) -> None:
        schema = self.inst.schema
        name = record["name"]
        self._check_name("sys_db_object", "table", name)
        if name in schema:
            raise self._refuse("sys_db_object", f"Table {name} already exists")
        if record["super_class"]:
            parent = self._table_name(record["super_class"])
            if not parent:
                raise self._refuse(
                    "sys_db_object",
                    f"Extends table {record['super_class']!r} is no table of this instance: give the sys_id"
                    " (or the name) of an existing table",
                )
            if not self._extendable(parent):
                raise self._refuse(
                    "sys_db_object",
                    f"Table {parent} is not extensible (sys_db_object.is_extendable is false): only an"
                    " extensible table can be extended",
                )
            record["super_class"] = self._sys_id_of(parent)
        if is_true(record["create_access_controls"]) and not record["user_role"]:
            role = f"{name}{C.NEW_TABLE_ROLE_SUFFIX}"
            found = self.inst.find("sys_user_role", "name", role)
            record["user_role"] = (
                found["sys_id"]
                if found
                else self._insert("sys_user_role", {"name": role}, user_name)["sys_id"]
            )
            self.inst.auth_changed()

    def _extendable(self, table: str) -> bool:
        custom = self.inst.schema.custom.get(table)
        if custom is not None:
            return is_true(custom.get("is_extendable"))
        return self.inst.schema.tables[table].extendable

    def _sys_id_of(self, table: str) -> str:
        custom = self.inst.schema.custom.get(table)
        return custom["sys_id"] if custom else table_sys_id(table)

    def _after_insert_table(self, record: dict[str, str], user_name: str) -> None:
        name, label = record["name"], record["label"]
        self._insert("sys_dictionary", collection_values(name, label), user_name)
        self._insert(
            "sys_documentation",
            {"name": name, "element": "", "label": label, "plural": label + "s"},
            user_name,
        )
        if not record["super_class"]:
            by_name = {c.name: c for c in SYSTEM_COLUMNS}
            columns = [by_name[n] for n in NEW_TABLE_SYSTEM_COLUMNS]
            if is_true(record["is_extendable"]):
                columns.append(CLASS_COLUMN)
            for col in columns:
                self._insert("sys_dictionary", dictionary_values(name, col), user_name)
                self._insert(
                    "sys_documentation",
                    {"name": name, "element": col.name, "label": col.column_label},
                    user_name,
                )

    # ------------------------------------------------------------------ sys_dictionary
    def _before_insert_sys_dictionary(self, record: dict[str, str], _user_name: str) -> None:
        schema = self.inst.schema
        table, element = record["name"], record["element"]
        if table not in schema:
            raise self._refuse(
                "sys_dictionary", f"Table {table!r} does not exist: create it first (a sys_db_object record)"
            )
        if not element:
            raise self._refuse(
                "sys_dictionary",
                "Column name (element) is empty: a table's own entry is made with its sys_db_object record",
            )
        self._check_name("sys_dictionary", "column", element)
        clash = [t for t in schema.ancestors(table) + schema.children(table) if element in schema.own[t]]
        if clash:
            raise self._refuse("sys_dictionary", f"Column {element} already exists on table {clash[0]}")
        internal_type = record["internal_type"] or "string"
        known = set(GLIDE_TYPES) | {c.type for cols in schema.columns.values() for c in cols.values()}
        if internal_type not in known or internal_type in C.DDL_REFUSED_TYPES:
            raise self._refuse(
                "sys_dictionary",
                f"Unknown type {internal_type!r} for column {element}: give the name of a field class"
                f" (sys_glide_object), e.g. {', '.join(C.DDL_COMMON_TYPES)}",
            )
        record["internal_type"] = internal_type
        if internal_type == "reference":
            if record["reference"] not in schema:
                raise self._refuse(
                    "sys_dictionary",
                    f"Reference column {element} needs 'reference': the name of an existing table"
                    f" (got {record['reference']!r})",
                )
        else:
            record["reference"] = ""
        if not record["max_length"]:
            record["max_length"] = str(default_max_length(internal_type))
        if not record["column_label"]:
            record["column_label"] = default_column_label(element)

    # ------------------------------------------------------------------ sys_choice, sys_documentation
    def _before_insert_sys_choice(self, record: dict[str, str], _user_name: str) -> None:
        schema = self.inst.schema
        table, element = record["name"], record["element"]
        if table not in schema or element not in schema.columns[table]:
            raise self._refuse(
                "sys_choice",
                f"No column {table}.{element}: a choice belongs to an existing column (name = the table,"
                " element = the column)",
            )
        if not record["value"]:
            raise self._refuse("sys_choice", f"A choice of {table}.{element} needs a value")
        if not record["language"]:
            record["language"] = "en"

    def _before_insert_sys_documentation(self, record: dict[str, str], _user_name: str) -> None:
        schema = self.inst.schema
        table, element = record["name"], record["element"]
        if table not in schema or (element and element not in schema.columns[table]):
            raise self._refuse(
                "sys_documentation",
                f"No column {table}.{element}: a label belongs to a table (element blank) or a column",
            )
        if not record["language"]:
            record["language"] = "en"

    # ------------------------------------------------------------------ updates
    _FIXED = {
        "sys_db_object": ("name", "super_class"),
        "sys_dictionary": ("name", "element", "internal_type", "reference"),
        "sys_choice": ("name", "element"),
        "sys_documentation": ("name", "element", "language"),
    }

    def _before_update(self, cls: str, record: dict[str, str], old: dict[str, str]) -> None:
        changed = [f for f in self._FIXED[cls] if record.get(f) != old.get(f)]
        if changed:
            raise self._refuse(
                cls,
                f"{', '.join(changed)} of an existing {cls} record cannot change (choices.py:"
                " DDL_FIXED_FIELDS); delete the record and insert a new one",
            )
        if cls == "sys_dictionary" and is_true(record["unique"]) and not is_true(old["unique"]):
            self._check_no_duplicates(record["name"], record["element"])
        if cls == "sys_db_object" and not is_true(record["is_extendable"]) and is_true(old["is_extendable"]):
            extending = [n for n in self.inst.schema.children(record["name"]) if n != record["name"]]
            if extending:
                raise self._refuse(cls, f"Table {record['name']} is extended by {', '.join(extending)}")

    def _check_no_duplicates(self, table: str, element: str) -> None:
        seen: dict[str, str] = {}
        for _cls, row in self.inst.store.scan(self.inst.schema.children(table)):
            value = row.get(element, "").lower()
            if value and value in seen:
                raise self._refuse(
                    "sys_dictionary",
                    f"Column {table}.{element} cannot be unique: records {seen[value]} and {row['sys_id']}"
                    f" hold the same value ({C.UNIQUE_INDEX_VIOLATION}); change one of them first",
                )
            seen[value] = row["sys_id"]

    def _sync_label(self, table: str, element: str, label: str) -> None:
        for row in self._scan("sys_dictionary"):
            if (row["name"], row["element"]) == (table, element) and row["column_label"] != label:
                self.inst.store.update(row["sys_id"], {**row, "column_label": label})


def is_dictionary_table(table: str) -> bool:
    return table in DICTIONARY_TABLES
