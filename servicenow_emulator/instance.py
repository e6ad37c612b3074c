"""One ServiceNow instance's data logic: its schema, users and roles, ACLs, reads and writes.

The rest of an instance is in its parts: ``seed.py`` (the records it starts with), ``rules.py`` (business
rules, the log, tokens), ``views.py`` (field and display values, queries), ``ddl.py`` (dictionary writes).
"""

from __future__ import annotations

import hashlib
import re
import secrets
import threading
from collections.abc import Callable, Mapping
from typing import Any

from servicenow_emulator import choices as C
from servicenow_emulator.crypto import Cipher
from servicenow_emulator.ddl import Ddl
from servicenow_emulator.dictionary import DICTIONARY_TABLES, Schema, base_records
from servicenow_emulator.records import (
    RecordError,
    User,
    fmt_time,
    new_sys_id,
    not_found,
    now,
    parse_time,
)
from servicenow_emulator.rules import BusinessRules
from servicenow_emulator.schema import COLUMNS, SYSTEM_NAMES, TABLES, Column, ancestors
from servicenow_emulator.seed import Seeding
from servicenow_emulator.store import Store
from servicenow_emulator.views import RecordViews

__all__ = ["Instance", "RecordError", "User", "fmt_time", "new_sys_id", "not_found", "now", "parse_time"]

_SYS_ID = re.compile(r"^[0-9a-f]{32}$")
#: System fields a client may write (the rest are maintained by the instance).
_WRITABLE_SYSTEM = {"sys_id", "sys_domain", "sys_scope"}
# System fields a client may set on insert only, when it may write system fields (the hardening doc:
# "sys_id and sys_created/updated fields"); the instance fills what the client leaves blank.
_WRITABLE_ON_INSERT = {"sys_created_by", "sys_created_on", "sys_updated_by", "sys_updated_on"}
_AUTH_TABLES = {"sys_user", "sys_user_has_role", "sys_user_role"}
#: Tables whose records are all generated: nobody may write them.
_GENERATED_ONLY = {"sys_glide_object"}


def removed_columns(names: tuple[str, ...]) -> frozenset[tuple[str, str]]:
    """``("oauth_entity.user", ...)`` as (table, column) pairs; a name that is no such column: ValueError."""
    pairs = set()
    for name in names:
        table, dot, column = name.partition(".")
        if not dot or table not in COLUMNS or column not in COLUMNS[table] or column in SYSTEM_NAMES:
            raise ValueError(
                f"--without-column {name!r}: give TABLE.COLUMN of an emulated, non-system column"
            )
        owner = next(t for t in reversed(ancestors(table)) if column in TABLES[t].own)
        pairs.add((owner, column))
    return frozenset(pairs)


_OPERATION_WORD = {"create": "Insert", "write": "Update", "delete": "Delete"}


class Instance(Seeding, BusinessRules, RecordViews):
    def __init__(
        self,
        name: str,
        store: Store,
        *,
        admin_password: str,
        seed: str | None,
        without_columns: tuple[str, ...] = (),
    ) -> None:
        if seed not in (None, "", "none", "spoke"):
            raise ValueError(f"unknown seed {seed!r}: use 'spoke' or leave it out")
        self.name = name
        #: Columns this instance lacks ("table.column": an older release, a field no Form Design added);
        #: its dictionary does not list them and the Table API ignores them like any unknown column.
        self.removed = removed_columns(without_columns)
        self.store = store
        self.ddl = Ddl(self)
        self.schema = Schema(self.removed)
        self.reload_schema()
        self.base_url = ""
        self.cipher = Cipher(store.key())
        self._auth_cache: dict[str, tuple[int, User | None]] = {}
        self._auth_generation = 0
        self._write_lock = threading.RLock()
        with self._write_lock:
            if store.meta("seeded_base") is None:
                self._seed_base(admin_password)
                store.set_meta("seeded_base", fmt_time(now()))
            else:
                self._reset_admin_password(admin_password)
            if seed == "spoke" and store.meta("seeded_spoke") is None:
                self._seed_spoke()
                store.set_meta("seeded_spoke", fmt_time(now()))

    @property
    def columns(self) -> dict[str, dict[str, Column]]:
        """table -> its columns (inherited ones first), per this instance's dictionary."""
        return self.schema.columns

    def reload_schema(self) -> None:
        """Build the schema again from the dictionary records (after a write to a dictionary table)."""
        rows = {table: [r for _c, r in self.store.scan([table])] for table in DICTIONARY_TABLES}
        roles = {r["sys_id"]: r["name"] for _c, r in self.store.scan(["sys_user_role"])}
        self.schema = Schema(self.removed, rows, roles)

    # ------------------------------------------------------------------ seeding
    def raw_insert(
        self, table: str, values: dict[str, str], *, sys_id: str | None = None, created_by: str = "system"
    ) -> dict[str, str]:
        """Insert a record as the instance itself does (no ACL, no business rule)."""
        record = self._defaults(table)
        record.update(values)
        stamp = fmt_time(now())
        record.update(
            sys_id=sys_id or new_sys_id(),
            sys_created_on=stamp,
            sys_updated_on=stamp,
            sys_created_by=created_by,
            sys_updated_by=created_by,
        )
        self.store.insert(table, record)
        return record

    # ------------------------------------------------------------------ users and auth
    def _defaults(self, table: str) -> dict[str, str]:
        record = {name: col.default for name, col in self.columns[table].items()}
        if "sys_class_name" in record:
            record["sys_class_name"] = table
        return record

    def find(self, table: str, field: str, value: str) -> dict[str, str] | None:
        for _cls, record in self.store.scan(self.schema.children(table)):
            if record.get(field) == value:
                return record
        return None

    def user_by_name(self, user_name: str) -> User | None:
        record = self.find("sys_user", "user_name", user_name)
        return self.user_from_record(record) if record else None

    def user_by_id(self, sys_id: str) -> User | None:
        found = self.store.get(sys_id)
        if not found or found[0] != "sys_user":
            return None
        return self.user_from_record(found[1])

    def user_from_record(self, record: Mapping[str, str]) -> User | None:
        if record.get("active") != "true" or record.get("locked_out") == "true":
            return None
        role_names = {r["sys_id"]: r["name"] for _c, r in self.store.scan(["sys_user_role"])}
        roles = frozenset(
            role_names[link["role"]]
            for _c, link in self.store.scan(["sys_user_has_role"])
            if link["user"] == record["sys_id"] and link["role"] in role_names
        )
        return User(record["sys_id"], record["user_name"], roles)

    def check_password(self, user_name: str, password: str) -> User | None:
        key = hashlib.sha256(f"{user_name}\0{password}".encode()).hexdigest()
        cached = self._auth_cache.get(key)
        if cached and cached[0] == self._auth_generation:
            return cached[1]
        generation = self._auth_generation
        record = self.find("sys_user", "user_name", user_name)
        user = None
        if record and record["user_password"]:
            stored = self.cipher.decrypt(record["user_password"])
            if stored is not None and secrets.compare_digest(stored.encode(), password.encode()):
                user = self.user_from_record(record)
        if len(self._auth_cache) > 1000:
            self._auth_cache.clear()
        self._auth_cache[key] = (generation, user)
        return user

    def auth_changed(self) -> None:
        self._auth_generation += 1

    # ------------------------------------------------------------------ properties
    def property(self, name: str) -> str | None:
        record = self.find("sys_properties", "name", name)
        return record["value"] if record else None

    # ------------------------------------------------------------------ ACLs
    def can(self, user: User, table: str, operation: str) -> bool:
        return user.has_any(getattr(self.schema.tables[table].acl, operation))

    def require(self, user: User, table: str, operation: str) -> None:
        if table in _GENERATED_ONLY and operation != "read":
            raise RecordError(
                403,
                "Operation Failed",
                f"Table '{table}' is read-only: the instance generates it from its schema",
            )
        if not self.can(user, table, operation):
            raise RecordError(
                403,
                "Operation Failed",
                f"ACL Exception {_OPERATION_WORD[operation]} Failed due to security constraints",
            )

    # ------------------------------------------------------------------ reading
    def records(self, table: str) -> list[tuple[str, dict[str, str]]]:
        if self.schema.tables[table].virtual:
            generated = [(table, r) for r in base_records(table, self.removed)]
            return generated + self.store.scan([table])
        return self.store.scan(self.schema.children(table))

    def base_record(self, table: str, sys_id: str) -> dict[str, str] | None:
        """A generated record of a dictionary table (one describing the base schema), if ``sys_id`` is one."""
        if not self.schema.tables[table].virtual:
            return None
        return next((r for r in base_records(table, self.removed) if r["sys_id"] == sys_id), None)

    def get(self, table: str, sys_id: str) -> tuple[str, dict[str, str]] | None:
        """The record with this sys_id if it is of ``table`` or a table extending it."""
        generated = self.base_record(table, sys_id)
        if generated is not None:
            return table, generated
        found = self.store.get(sys_id)
        if found is None or found[0] not in self.schema or table not in self.schema.ancestors(found[0]):
            return None
        return found

    def resolver(
        self, user: User | None = None
    ) -> Callable[[str, str | None], tuple[str, dict[str, str]] | None]:
        """A per-request cached lookup of referenced records by (target table, sys_id).

        With a ``user``, a target table that user may not read resolves to nothing: dot-walked fields
        and reference display values then read as blank, and queries cannot filter on them.
        """
        cache: dict[str, tuple[str, dict[str, str]] | None] = {}

        def lookup(target: str, sys_id: str | None) -> tuple[str, dict[str, str]] | None:
            if not sys_id or target not in self.schema:
                return None
            if user is not None and not self.can(user, target, "read"):
                return None
            key = f"{target}/{sys_id}"
            if key not in cache:
                cache[key] = self.get(target, sys_id)
            return cache[key]

        return lookup

    # ------------------------------------------------------------------ writing
    def _coerce(self, col: Column, value: Any, display: bool, lookup: Callable) -> str:
        if isinstance(value, dict):
            value = value.get("value", value.get("display_value", ""))
        if value is None:
            text = ""
        elif isinstance(value, bool):
            text = "true" if value else "false"
        elif isinstance(value, list):
            text = ",".join(str(v) for v in value)
        else:
            text = str(value)
        if col.type == "boolean":
            return "true" if text.strip().lower() in ("true", "1", "yes") else "false"
        if col.type == "integer":
            if text == "":
                return ""
            try:
                return str(int(float(text)))
            except ValueError:
                raise RecordError(
                    400, "Invalid value for field", f"'{col.name}' is an integer field; got {text!r}"
                ) from None
        if col.type == "password2":
            return self.cipher.encrypt(text) if display and text else text
        if col.type == "reference" and text:
            target = col.reference or ""
            if target not in self.schema:
                return text
            if _SYS_ID.match(text) and lookup(target, text):
                return text
            if col.name == "sys_scope":
                for _c, scope in self.store.scan(["sys_scope"]):
                    if text in (scope["scope"], scope["name"]):
                        return scope["sys_id"]
            display_field = self.schema.tables[target].display
            for _cls, record in self.records(target):
                if record.get(display_field) == text:
                    return record["sys_id"]
            return text
        if col.choices and display:
            for choice_value, label in col.choices:
                if text == label:
                    return choice_value
        return text

    def _system_fields_writable(self, user: User) -> bool:
        """Whether ``user`` may set system fields (sys_id on insert, sys_domain, sys_scope).

        Everyone with create/write access may, unless the property
        ``glide.rest.table_api.admin_only_sys_fields`` is "true": then only admins; other users' values are
        ignored (a new sys_id is generated), as ServiceNow does.
        """
        if "admin" in user.roles:
            return True
        return (self.property(C.ADMIN_ONLY_SYS_FIELDS_PROPERTY) or "").strip().lower() != "true"

    def _apply(
        self,
        table: str,
        record: dict[str, str],
        values: Mapping[str, Any],
        display: bool,
        insert: bool,
        system: bool = True,
    ) -> set[str]:
        lookup = self.resolver()
        cols = self.columns[table]
        changed: set[str] = set()
        for name, value in values.items():
            col = cols.get(name)
            if col is None:
                continue  # unknown fields are ignored, as ServiceNow does
            if name in SYSTEM_NAMES and not (
                system
                and (
                    (name in _WRITABLE_SYSTEM and (insert or name != "sys_id"))
                    or (insert and name in _WRITABLE_ON_INSERT)
                )
            ):
                continue
            text = self._coerce(col, value, display, lookup)
            if record.get(name) != text:
                record[name] = text
                changed.add(name)
        return changed

    def insert(self, table: str, values: Mapping[str, Any], user: User, *, display: bool) -> dict[str, str]:
        self.require(user, table, "create")
        with self._write_lock:
            record = self._defaults(table)
            self._apply(
                table, record, values, display, insert=True, system=self._system_fields_writable(user)
            )
            sys_id = record.get("sys_id") or new_sys_id()
            if not _SYS_ID.match(sys_id):
                raise RecordError(
                    400,
                    "Invalid sys_id",
                    f"sys_id must be 32 lowercase hexadecimal characters; got {sys_id!r}",
                )
            if self.store.exists(sys_id):
                raise RecordError(
                    403,
                    "Operation Failed",
                    f"Error during insert of {table}: a record with sys_id {sys_id} already exists"
                    " (Unique Key violation detected by database)",
                )
            stamp = fmt_time(now())
            record.update(
                sys_id=sys_id,
                sys_created_on=record.get("sys_created_on") or stamp,
                sys_updated_on=record.get("sys_updated_on") or stamp,
                sys_created_by=record.get("sys_created_by") or user.user_name,
                sys_updated_by=record.get("sys_updated_by") or user.user_name,
                sys_mod_count="0",
            )
            self._before(table, record, None)
            if table in DICTIONARY_TABLES:
                self.ddl.before(table, record, None, user.user_name)
            self.store.insert(table, record)
            self._after_insert(table, record)
            if table in DICTIONARY_TABLES:
                self.ddl.after_insert(table, record, user.user_name)
                self.reload_schema()
            if table in _AUTH_TABLES:
                self.auth_changed()
        return record

    def update(
        self, table: str, sys_id: str, values: Mapping[str, Any], user: User, *, display: bool
    ) -> tuple[str, dict[str, str]]:
        with self._write_lock:
            found = self.get(table, sys_id)
            if found is None or not self.can(user, table, "read"):
                raise not_found()
            self.require(user, table, "write")
            self._refuse_generated(table, sys_id, "changed")
            cls, old = found
            record = dict(old)
            # Writes through a parent table only reach the parent's columns.
            changed = self._apply(
                table, record, values, display, insert=False, system=self._system_fields_writable(user)
            )
            if changed:
                record["sys_updated_on"] = fmt_time(now())
                record["sys_updated_by"] = user.user_name
                record["sys_mod_count"] = str(int(record.get("sys_mod_count") or "0") + 1)
                self._before(cls, record, old)
                if cls in DICTIONARY_TABLES:
                    self.ddl.before(cls, record, old, user.user_name)
                self.store.update(sys_id, record)
                if cls in DICTIONARY_TABLES:
                    self.ddl.after_update(cls, record, old)
                    self.reload_schema()
                if cls in _AUTH_TABLES:
                    self.auth_changed()
        return cls, record

    def delete(self, table: str, sys_id: str, user: User) -> None:
        with self._write_lock:
            found = self.get(table, sys_id)
            if found is None or not self.can(user, table, "read"):
                raise not_found()
            self.require(user, table, "delete")
            self._refuse_generated(table, sys_id, "deleted")
            if found[0] in DICTIONARY_TABLES:
                self.ddl.before_delete(found[0], found[1])
            self.store.delete(sys_id)
            if found[0] in DICTIONARY_TABLES:
                self.ddl.after_delete(found[0], found[1])
                self.reload_schema()
            if found[0] in _AUTH_TABLES:
                self.auth_changed()

    def _refuse_generated(self, table: str, sys_id: str, verb: str) -> None:
        if self.base_record(table, sys_id) is not None:
            raise self.abort(
                table,
                f"Dictionary {table}",
                f"This {table} record describes a table the instance ships with; it cannot be {verb}"
                " (choices.py: BASE_DICTIONARY_READ_ONLY). Tables, columns and choices you made can.",
            )
