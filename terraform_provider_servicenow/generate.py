"""`generate`: catalog data for any table, read from the instance's own dictionary.

Reads, through the Table API (paginated, ordered by sys_id, every term on a column the table has):
`sys_db_object` (the tables, their labels, `super_class` for the parents and, with `--with-children`,
the tables extending them), `sys_dictionary` (the columns of every table of each chain), `sys_choice`
(allowed values, language `en`, active ones) and `sys_documentation` (labels and hints, language `en`;
when the user cannot read it or the instance has none, the dictionary's `column_label` is used). The
tables are read in batches (`nameIN...`), so the number of requests grows with the depth of the
hierarchy, not with the number of tables.

Each table asked for (and each child with `--with-children`) becomes one `RecordKind`, with its own
columns and those it inherits; the mapping of types and flags is `column_from_dictionary` (README:
"Generated tables").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from terraform_provider_servicenow.catalog_file import RESERVED_NAMES
from terraform_provider_servicenow.catalog_model import Column, Kind, Mode, RecordKind
from terraform_provider_servicenow.mapping import raw_value

if TYPE_CHECKING:
    from terraform_provider_servicenow.client import TableClient

#: Values per `IN` term (keeps every URL short) and records per page.
BATCH = 100
PAGE_SIZE = 1000
#: Sanity bound of one read (a dictionary of every column of 50 CMDB classes is a few thousand rows).
MAX_ROWS = 1_000_000

INTEGER_MIN = -(2**31)
INTEGER_MAX = 2**31 - 1

#: sys_dictionary.internal_type -> catalog kind. Every other type is a string (its ServiceNow type is
#: kept in `internal_type` for the reader).
TYPE_KINDS: dict[str, Kind] = {
    "integer": "integer",
    "boolean": "boolean",
    "glide_date_time": "date_time",
    "due_date": "date_time",
    "reference": "reference",
    "choice": "choice",
    "password2": "password2",
    "password": "password2",
}
#: Types whose value is a 32-bit integer.
INTEGER_TYPES = frozenset({"integer"})
#: Types whose max_length means the longest value (not the storage of a number, a date or a sys_id).
LENGTH_KINDS = frozenset({"string", "choice"})

_NAME = re.compile(r"^[a-z0-9][a-z0-9_]*$")


class GenerateError(Exception):
    """The dictionary cannot give what was asked (a table that does not exist, or cannot be read)."""


@dataclass(frozen=True)
class TableRow:
    sys_id: str
    name: str
    label: str
    super_id: str


@dataclass
class Dictionary:
    """What the instance said, per table."""

    tables: dict[str, TableRow] = field(default_factory=dict)  # by name
    columns: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)  # table -> element -> row
    choices: dict[tuple[str, str], list[tuple[int, str]]] = field(default_factory=dict)
    docs: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def parents(self, table: str) -> tuple[str, ...]:
        by_id = {t.sys_id: t for t in self.tables.values()}
        chain: list[str] = []
        current = self.tables[table]
        while current.super_id and current.super_id in by_id:
            current = by_id[current.super_id]
            if current.name in chain or current.name == table:
                break
            chain.append(current.name)
        return tuple(chain)


def _text(row: Mapping[str, Any], column: str) -> str:
    return str(raw_value(row.get(column)) or "").strip()


def _true(row: Mapping[str, Any], column: str) -> bool:
    return _text(row, column).lower() in ("true", "1")


def _batches(values: Iterable[str]) -> Iterator[list[str]]:
    items = sorted(set(values))
    for start in range(0, len(items), BATCH):
        yield items[start : start + BATCH]


class Reader:
    """Reads the dictionary of some tables through one client; counts its requests in the client."""

    def __init__(self, client: TableClient, warn: Callable[[str], None] | None = None) -> None:
        self.client = client
        self.warn = warn or (lambda message: None)

    def _rows(self, table: str, query: str, fields: str) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = []
        offset = 0
        while True:
            page, total = self.client.query(
                table, f"{query}^ORDERBYsys_id", limit=PAGE_SIZE, offset=offset, fields=fields
            )
            rows.extend(page)
            offset += len(page)
            if len(page) < PAGE_SIZE or (total is not None and offset >= total) or offset >= MAX_ROWS:
                return rows

    def _tables(self, column: str, values: Iterable[str]) -> list[TableRow]:
        found: list[TableRow] = []
        for batch in _batches(values):
            for row in self._rows(
                "sys_db_object", f"{column}IN{','.join(batch)}", "sys_id,name,label,super_class"
            ):
                # A term the instance ignored would answer every table: keep only what was asked for.
                if _text(row, column) in batch:
                    found.append(
                        TableRow(
                            _text(row, "sys_id"),
                            _text(row, "name"),
                            _text(row, "label"),
                            _text(row, "super_class"),
                        )
                    )
        return found

    def read(self, tables: Iterable[str], with_children: bool = False) -> tuple[Dictionary, list[str]]:
        """The dictionary of ``tables``, their parents (and children); and the tables to generate."""
        wanted = sorted(set(tables))
        bad = [t for t in wanted if not _NAME.match(t)]
        if bad:
            raise GenerateError(
                f"{', '.join(repr(t) for t in bad)} is not a table name: give ServiceNow table names "
                "(lowercase letters, digits and _), e.g. --table u_widget"
            )
        found = Dictionary()
        for row in self._tables("name", wanted):
            found.tables[row.name] = row
        missing = [t for t in wanted if t not in found.tables]
        if missing:
            raise GenerateError(
                f"sys_db_object has no table {', '.join(missing)}: check the name (the table's name, not its "
                "label), or the user lacks read access to sys_db_object (ServiceNow's spoke procedure grants "
                "it to the integration user; admin has it)"
            )
        known_ids = {t.sys_id for t in found.tables.values()}
        pending = {t.super_id for t in found.tables.values() if t.super_id} - known_ids
        while pending:
            rows = self._tables("sys_id", pending)
            for row in rows:
                found.tables.setdefault(row.name, row)
            known_ids |= {r.sys_id for r in rows}
            unreadable = pending - known_ids
            if unreadable:
                raise GenerateError(
                    f"sys_db_object has no table with sys_id {', '.join(sorted(unreadable))}, the parent "
                    "(super_class) of a table asked for: the user may lack read access to it"
                )
            pending = {r.super_id for r in rows if r.super_id} - known_ids
        generated = list(wanted)
        if with_children:
            frontier = {found.tables[t].sys_id for t in wanted}
            while frontier:
                rows = [r for r in self._tables("super_class", frontier) if r.sys_id not in known_ids]
                for row in rows:
                    found.tables[row.name] = row
                    generated.append(row.name)
                known_ids |= {r.sys_id for r in rows}
                frontier = {r.sys_id for r in rows}
        chains = {t for g in generated for t in (g, *found.parents(g))}
        self._columns(found, chains)
        self._choices(found, chains)
        self._documentation(found, chains)
        return found, sorted(generated)

    def _columns(self, found: Dictionary, tables: set[str]) -> None:
        fields = (
            "name,element,column_label,internal_type,reference,max_length,mandatory,read_only,active,"
            "default_value,display,choice"
        )
        for batch in _batches(tables):
            for row in self._rows("sys_dictionary", f"nameIN{','.join(batch)}", fields):
                table, element = _text(row, "name"), _text(row, "element")
                # The collection row (no element) describes the table itself; inactive columns are gone.
                if table not in batch or not element or _text(row, "active").lower() == "false":
                    continue
                found.columns.setdefault(table, {})[element] = {k: _text(row, k) for k in fields.split(",")}

    def _choices(self, found: Dictionary, tables: set[str]) -> None:
        fields = "name,element,value,label,sequence,inactive,language"
        for batch in _batches(tables):
            for row in self._rows("sys_choice", f"nameIN{','.join(batch)}^inactive!=true", fields):
                table, element, value = _text(row, "name"), _text(row, "element"), _text(row, "value")
                if table not in batch or not element or _true(row, "inactive"):
                    continue
                if _text(row, "language") not in ("", "en"):
                    continue
                try:
                    sequence = int(float(_text(row, "sequence") or 0))
                except ValueError:
                    sequence = 0
                entries = found.choices.setdefault((table, element), [])
                if value not in (v for _s, v in entries):
                    entries.append((sequence, value))

    def _documentation(self, found: Dictionary, tables: set[str]) -> None:
        from terraform_provider_servicenow.client import ApiError

        fields = "name,element,label,hint,help,language"
        try:
            for batch in _batches(tables):
                for row in self._rows("sys_documentation", f"nameIN{','.join(batch)}^language=en", fields):
                    table, element = _text(row, "name"), _text(row, "element")
                    if table in batch and element and _text(row, "language") in ("", "en"):
                        found.docs[(table, element)] = {k: _text(row, k) for k in ("label", "hint", "help")}
        except ApiError as exc:
            if exc.status not in (400, 403, 404):
                raise
            found.docs.clear()
            message = (
                f"sys_documentation could not be read (HTTP {exc.status}: {exc.message}); labels come from "
                "sys_dictionary.column_label and the columns have no hints"
            )
            found.warnings.append(message)
            self.warn(message)


# --------------------------------------------------------------------------------------------------
# Dictionary -> record kinds
# --------------------------------------------------------------------------------------------------


def _lookup(
    found: Dictionary, chain: tuple[str, ...], element: str, store: Mapping[tuple[str, str], Any]
) -> Any:
    """The first entry for ``element`` along the chain (the table first, then its parents)."""
    for table in chain:
        if (table, element) in store:
            return store[(table, element)]
    return None


def _default(kind: Kind, raw: str) -> str | int | bool | None:
    """A static default as the column's Terraform value; None for none, a script, or a bad value."""
    if raw == "" or raw.lower().startswith("javascript:"):
        return None
    if kind == "boolean":
        low = raw.lower()
        return True if low in ("true", "1") else False if low in ("false", "0") else None
    if kind == "integer":
        try:
            return int(raw)
        except ValueError:
            return None
    if kind in ("password2", "reference", "date_time"):
        return None
    return raw


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if not text or text.endswith((".", "!", "?")) else text + "."


def column_from_dictionary(
    element: str, row: Mapping[str, str], choices: list[str], doc: Mapping[str, str] | None
) -> Column:
    """One sys_dictionary row (with its choices and documentation) -> a catalog column.

    string + max_length, integer (32-bit bounds), boolean, date-time, reference -> sys_id (target in the
    description), choice -> allowed values, password2/password -> sensitive and write-only; read-only and
    system (`sys_*`) columns -> computed; mandatory -> required (optional with the instance's default
    when it has one); a static default -> the attribute's default; a boolean without one -> false."""
    internal = row.get("internal_type", "") or "string"
    kind: Kind = TYPE_KINDS.get(internal, "string")
    # sys_dictionary.choice: 0 no choice list, 1 and 3 a drop-down (without or with --None--), 2 suggestions
    # only (any value goes): only a drop-down constrains a column that is not of the choice type.
    if internal != "choice" and row.get("choice", "") in ("0", "2"):
        choices = []
    target = row.get("reference", "")
    if kind == "reference" and not _NAME.match(target or ""):
        kind = "string"  # a reference with no target table: its value is still a sys_id string
    if kind == "string" and choices:
        kind = "choice"
    if kind == "integer" and any(not re.fullmatch(r"-?\d+", c) for c in choices):
        choices = []  # an integer's choice list whose values are not numbers cannot constrain it
    if kind not in ("choice", "string", "integer"):
        choices = []
    doc = doc or {}
    label = doc.get("label") or row.get("column_label") or element
    computed = element.startswith("sys_") or row.get("read_only", "").lower() == "true"
    default = None if computed else _default(kind, row.get("default_value", ""))
    if default is None and kind == "boolean" and not computed and not row.get("default_value"):
        default = False  # ServiceNow stores false in a boolean nobody set
    if default is not None and choices and str(default) not in choices:
        default = None
    mandatory = row.get("mandatory", "").lower() == "true"
    scripted = row.get("default_value", "").lower().startswith("javascript:")
    mode: Mode
    if computed:
        mode = "computed"
    elif default is not None or scripted:
        mode = "optional_computed"
    elif mandatory:
        mode = "required"
    else:
        mode = "optional"
    words = [_sentence(doc.get("hint") or label)]
    if kind == "reference":
        words.append(f"The sys_id of a `{target}` record.")
    elif kind == "date_time":
        words.append("A date-time `YYYY-MM-DD HH:MM:SS` (UTC).")
    elif kind == "password2":
        words.append("A secret (password2): written as a display value, never read back.")
    if computed:
        words.append("Set by the instance.")
    elif scripted:
        words.append("Computed by the instance when not set.")
    max_length = None
    if kind in LENGTH_KINDS:
        try:
            max_length = int(row.get("max_length") or 0) or None
        except ValueError:
            max_length = None
    integer = internal in INTEGER_TYPES
    return Column(
        element,
        kind,
        " ".join(w for w in words if w),
        mode=mode,
        default=default,
        choices=tuple(choices),
        reference=target if kind == "reference" else None,
        label=label,
        internal_type=internal,
        max_length=max_length,
        minimum=INTEGER_MIN if integer else None,
        maximum=INTEGER_MAX if integer else None,
    )


def natural_key_of(columns: Mapping[str, Mapping[str, str]]) -> str:
    """The display column when the dictionary marks one, else `name` or `u_name`, else none."""
    for element, row in sorted(columns.items()):
        if row.get("display", "").lower() == "true" and not element.startswith("sys_"):
            return element
    for candidate in ("name", "u_name"):
        if candidate in columns:
            return candidate
    return ""


def kinds_from_dictionary(
    found: Dictionary, tables: Iterable[str], warn: Callable[[str], None]
) -> tuple[RecordKind, ...]:
    kinds: list[RecordKind] = []
    for table in sorted(set(tables)):
        parents = found.parents(table)
        chain = (table, *parents)
        rows: dict[str, dict[str, str]] = {}
        for owner in reversed(chain):  # the root first: a table's own entry wins
            rows.update(found.columns.get(owner, {}))
        columns: list[Column] = []
        skipped: list[str] = []
        for element in sorted(rows, key=lambda e: (e.startswith("sys_"), e)):
            if element == "sys_id":
                continue  # every resource has it (schema.py)
            if (
                element in RESERVED_NAMES
                or not _NAME.match(element)
                or element.endswith(("_wo", "_wo_version"))
            ):
                skipped.append(element)
                continue
            entries = _lookup(found, chain, element, found.choices) or []
            choices = [v for _s, v in sorted(entries, key=lambda e: (e[0], e[1]))]
            doc = _lookup(found, chain, element, found.docs)
            columns.append(column_from_dictionary(element, rows[element], choices, doc))
        if skipped:
            warn(
                f"{table}: column(s) {', '.join(skipped)} left out: the name is an attribute every resource "
                "has (id, sys_id, ...) or not a Terraform attribute name; use servicenow_record for them"
            )
        if not columns:
            raise GenerateError(
                f"sys_dictionary lists no column for {table}: the user may lack read access to sys_dictionary"
            )
        info = found.tables[table]
        label = info.label or table
        description = f"{_sentence(label)} Records of the table `{table}`"
        description += f", which extends {' -> '.join(f'`{p}`' for p in parents)}." if parents else "."
        description += " Generated from the instance's dictionary."
        kinds.append(
            RecordKind(
                type_name=table,
                table=table,
                description=description,
                columns=tuple(columns),
                natural_key=natural_key_of({c.name: rows[c.name] for c in columns}),
                label=label,
                parents=parents,
            )
        )
    return tuple(kinds)


def generate(
    client: TableClient,
    tables: Iterable[str],
    *,
    with_children: bool = False,
    warn: Callable[[str], None] | None = None,
) -> tuple[RecordKind, ...]:
    """The record kinds of ``tables`` (and their children) as the instance's dictionary describes them."""
    warn = warn or (lambda message: None)
    found, generated = Reader(client, warn).read(tables, with_children)
    return kinds_from_dictionary(found, generated, warn)


def header(tables: Iterable[str], with_children: bool) -> str:
    flags = " ".join(f"--table {t}" for t in sorted(set(tables)))
    flags += " --with-children" if with_children else ""
    return (
        "Catalog data generated from an instance's dictionary (sys_db_object, sys_dictionary, sys_choice,\n"
        "sys_documentation) by:\n"
        f"  python -m terraform_provider_servicenow generate {flags}\n"
        "Review it like code; regenerate it rather than edit it."
    )
