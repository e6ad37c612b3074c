"""Reading records as a client sees them: fields, dot-walks, display values, encoded queries."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from servicenow_emulator import choices as C
from servicenow_emulator import query as Q

if TYPE_CHECKING:
    from servicenow_emulator.columns import Column
    from servicenow_emulator.crypto import Cipher
    from servicenow_emulator.dictionary import Schema
    from servicenow_emulator.records import User


class RecordViews:
    """Field values, display values and queries (a part of ``Instance``)."""

    cipher: Cipher
    schema: Schema

    if TYPE_CHECKING:  # provided by Instance

        @property
        def columns(self) -> dict[str, dict[str, Column]]: ...

        def can(self, user: User, table: str, operation: str) -> bool: ...

        def property(self, name: str) -> str | None: ...

        def resolver(
            self, user: User | None = None
        ) -> Callable[[str, str | None], tuple[str, dict[str, str]] | None]: ...

        def records(self, table: str) -> list[tuple[str, dict[str, str]]]: ...

    def valid_field(self, table: str, name: str) -> bool:
        parts = name.split(".")
        cols = self.columns[table]
        if len(parts) == 1:
            return name in cols
        if len(parts) != 2 or parts[0] not in cols:
            return False
        target = cols[parts[0]].reference
        return bool(target and target in self.schema and parts[1] in self.columns[target])

    def field_value(self, table: str, record: Mapping[str, str], name: str, lookup: Callable) -> str:
        if "." not in name:
            return record.get(name, "")
        ref, sub = name.split(".", 1)
        target = self.columns[table][ref].reference or ""
        found = lookup(target, record.get(ref, ""))
        return found[1].get(sub, "") if found else ""

    def display_value(self, table: str, record: Mapping[str, str], name: str, lookup: Callable) -> str:
        value = self.field_value(table, record, name, lookup)
        col = self._column(table, name)
        if col is None or value == "":
            return value
        if col.type == "password2":
            return C.PASSWORD2_DISPLAY if self.is_ciphertext(value) else C.PASSWORD2_NOT_CIPHERTEXT
        if col.type == "reference":
            if col.reference == "sys_user_group" and value == C.GLOBAL_DOMAIN:
                return C.GLOBAL_DOMAIN
            found = lookup(col.reference or "", value)
            if found is None:
                return ""
            return found[1].get(self.schema.tables[found[0]].display, "")
        if col.choices:
            return dict(col.choices).get(value, value)
        return value

    def is_ciphertext(self, value: str) -> bool:
        """Whether a stored password2 value is this instance's ciphertext (not a clear text kept verbatim)."""
        return self.cipher.decrypt(value) is not None

    def _column(self, table: str, name: str) -> Column | None:
        if "." not in name:
            return self.columns[table].get(name)
        ref, sub = name.split(".", 1)
        target = self.columns[table][ref].reference or ""
        return self.columns[target].get(sub) if target in self.columns else None

    def query(self, table: str, encoded: str, user: User | None = None) -> list[tuple[str, dict[str, str]]]:
        """Records of ``table`` (and its children) matching an encoded query, ordered, ACL applied."""
        if user is not None and not self.can(user, table, "read"):
            return []
        parsed = Q.parse(encoded)
        bad = {f for f in parsed.fields() if not self.valid_field(table, f)}
        if bad or parsed.malformed:
            if self.property(C.INVALID_QUERY_PROPERTY) == "true":
                return []
            parsed.drop_fields(bad)
        lookup = self.resolver(user)
        rows = [
            (cls, rec)
            for cls, rec in self.records(table)
            if Q.matches(parsed, lambda f, rec=rec: self.field_value(table, rec, f, lookup))
        ]
        for name, descending in reversed(parsed.order):
            col = self._column(table, name)
            numeric = col is not None and col.type == "integer"

            def key(item: tuple[str, dict[str, str]], name: str = name, numeric: bool = numeric) -> Any:
                value = self.field_value(table, item[1], name, lookup)
                if numeric:
                    try:
                        return (0, float(value))
                    except ValueError:
                        return (1, 0.0)
                return (0, value.lower())

            rows.sort(key=key, reverse=descending)
        return rows
