"""Which columns a table has, according to the instance's own dictionary.

ServiceNow ignores a column it does not have: in a write the value is dropped without an error, and in
a query the term is dropped, so the query answers every row (``glide.invalid_query.returns_no_rows`` is
false by default). Before the provider writes or queries a column that is not one of ServiceNow's base
columns for sure (the OAuth Application User ``user`` of an endpoint, every column a user names in
``servicenow_record``, the token tables' requestor columns), it asks ``sys_dictionary`` whether the
table, or one of its parents through ``sys_db_object.super_class``, has the column, and stops with an
error naming the table and the column when it does not.

Cost: one ``sys_dictionary`` read per table (and one ``sys_db_object`` read to find a parent, only when a
column is not among the table's own), cached for the provider process: one terraform run.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING

from terraform_provider_servicenow.mapping import raw_value

if TYPE_CHECKING:
    from terraform_provider_servicenow.client import TableClient

#: The most rows a table's dictionary read asks for (a table has tens to a few hundred columns).
DICTIONARY_LIMIT = 10000


class MissingColumns(Exception):
    """Columns that neither the table nor its parents have (or a dictionary the user cannot read)."""

    def __init__(self, table: str, columns: list[str], tables: list[str], *, unreadable: str = "") -> None:
        self.table = table
        self.columns = columns
        self.tables = tables
        self.unreadable = unreadable
        super().__init__(self.summary)

    @property
    def summary(self) -> str:
        if self.unreadable:
            return f"Cannot check the columns of table {self.table}: {self.unreadable}"
        return f"Table {self.table} has no column {', '.join(self.columns)}"

    @property
    def detail(self) -> str:
        if self.unreadable:
            return (
                "The provider checks in sys_dictionary that a column exists before it writes or queries it, "
                "because ServiceNow ignores unknown columns (a write does nothing, a query answers every "
                f"row). Columns to check: {', '.join(self.columns)}. Give the provider's user read access to "
                "sys_db_object and sys_dictionary (ServiceNow's spoke procedure asks for it), and check the "
                "table name."
            )
        searched = " -> ".join(self.tables)
        return (
            f"sys_dictionary lists no column {', '.join(self.columns)} on {searched}. ServiceNow would "
            "ignore it without an error (a write does nothing, a query answers every row), so nothing is "
            "written. Check the column's name; a column added to a form (Form Design) may have another "
            "name on your instance, and columns of newer releases do not exist on older ones."
        )


class Dictionary:
    """The columns of tables per ``sys_dictionary``, cached for one provider process."""

    def __init__(self, client: TableClient) -> None:
        self.client = client
        self._lock = threading.Lock()
        self._own: dict[str, frozenset[str]] = {}
        self._parent: dict[str, str | None] = {}
        self.reads = 0

    def _own_columns(self, table: str) -> frozenset[str]:
        if table not in self._own:
            rows, _total = self.client.query(
                "sys_dictionary", f"name={table}", limit=DICTIONARY_LIMIT, fields="name,element"
            )
            self.reads += 1
            # A dropped query term would answer every table's columns: keep this table's only.
            self._own[table] = frozenset(
                str(raw_value(r.get("element")) or "")
                for r in rows
                if raw_value(r.get("name")) == table and raw_value(r.get("element"))
            )
        return self._own[table]

    def _table_record(self, table: str) -> dict | None:
        rows, _total = self.client.query("sys_db_object", f"name={table}", limit=2, fields="name,super_class")
        self.reads += 1
        return next((r for r in rows if raw_value(r.get("name")) == table), None)

    def _parent_of(self, table: str) -> str | None:
        if table not in self._parent:
            record = self._table_record(table)
            parent = None
            super_id = str(raw_value((record or {}).get("super_class")) or "")
            if super_id:
                found = self.client.get("sys_db_object", super_id)
                self.reads += 1
                parent = str(raw_value((found or {}).get("name")) or "") or None
            self._parent[table] = parent
        return self._parent[table]

    def missing(self, table: str, columns: Iterable[str]) -> list[str]:
        """The columns (first dot-walk segment) that neither ``table`` nor its parents have."""
        wanted = sorted({c.split(".", 1)[0] for c in columns if c})
        if not wanted:
            return []
        with self._lock:
            remaining = set(wanted)
            searched: list[str] = []
            current: str | None = table
            while remaining and current and current not in searched:
                own = self._own_columns(current)
                if not own and current == table:
                    exists = self._table_record(table) is not None
                    raise MissingColumns(
                        table,
                        wanted,
                        [table],
                        unreadable=(
                            "sys_dictionary lists no column at all for it"
                            + ("" if exists else ", and sys_db_object has no such table")
                            + ": the table does not exist, or the provider's user may not read sys_dictionary"
                        ),
                    )
                searched.append(current)
                remaining -= own
                if remaining:
                    current = self._parent_of(current)
            if remaining:
                raise MissingColumns(table, sorted(remaining), searched)
        return []

    def require(self, table: str, columns: Iterable[str]) -> None:
        """Raise MissingColumns unless ``table`` (or a parent) has every column."""
        self.missing(table, columns)


def dictionary_of(client: TableClient) -> Dictionary:
    """The client's dictionary cache (one per provider process and instance)."""
    found = getattr(client, "_dictionary", None)
    if found is None:
        found = Dictionary(client)
        client._dictionary = found  # type: ignore[attr-defined]
    return found


def query_columns(query: str) -> list[str]:
    """The column names an encoded query's terms start with (``ORDERBY`` terms included).

    Column names are lowercase and operators are not (``IN``, ``STARTSWITH``, ``ISEMPTY``, ``=``, ``!=``,
    ...), so a term's column is its leading run of lowercase letters, digits, ``_`` and ``.``."""
    names: list[str] = []
    for term in _TERM_SPLIT.split(query):
        term = term.strip()
        for prefix in ("ORDERBYDESC", "ORDERBY"):
            if term.startswith(prefix):
                term = term[len(prefix) :]
                break
        match = _COLUMN_START.match(term)
        if match:
            names.append(match.group(0))
    return names


_TERM_SPLIT = re.compile(r"\^NQ|\^OR(?!DERBY)|\^")
_COLUMN_START = re.compile(r"[a-z0-9_]+(?:\.[a-z0-9_]+)*")
