"""One ServiceNow instance's data logic: seeding, users and roles, ACLs, business rules, record views."""

from __future__ import annotations

import hashlib
import re
import secrets
import threading
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from servicenow_emulator import choices as C
from servicenow_emulator import query as Q
from servicenow_emulator.crypto import Cipher
from servicenow_emulator.ddl import Ddl
from servicenow_emulator.dictionary import DICTIONARY_TABLES, Schema, base_records
from servicenow_emulator.schema import COLUMNS, SYSTEM_NAMES, TABLES, Column, ancestors
from servicenow_emulator.store import Store

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


def now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def fmt_time(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def parse_time(value: str) -> datetime | None:
    try:
        return datetime.strptime(value, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
    except ValueError:
        return None


def new_sys_id() -> str:
    return uuid.uuid4().hex


class RecordError(Exception):
    """A failure answered in ServiceNow's error envelope."""

    def __init__(self, status: int, message: str, detail: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.detail = detail


def not_found() -> RecordError:
    return RecordError(404, "No Record found", "Record doesn't exist or ACL restricts the record retrieval")


@dataclass(frozen=True)
class User:
    sys_id: str
    user_name: str
    roles: frozenset[str]

    def has_any(self, roles: tuple[str, ...] | None) -> bool:
        if "admin" in self.roles:
            return True
        if roles is None:
            return True
        return bool(self.roles.intersection(roles))


_OPERATION_WORD = {"create": "Insert", "write": "Update", "delete": "Delete"}


class Instance:
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

    def _seed_base(self, admin_password: str) -> None:
        self.raw_insert("sys_scope", {"name": "Global", "scope": "global", "version": ""}, sys_id="global")
        role_ids = {role: self.raw_insert("sys_user_role", {"name": role})["sys_id"] for role in C.ROLES}
        admin = self.raw_insert(
            "sys_user",
            {
                "user_name": C.ADMIN_USER,
                "user_password": self.cipher.encrypt(admin_password),
                "first_name": "System",
                "last_name": "Administrator",
                "email": "admin@example.com",
            },
        )
        self.raw_insert("sys_user_has_role", {"user": admin["sys_id"], "role": role_ids["admin"]})

    def _reset_admin_password(self, admin_password: str) -> None:
        for _cls, record in self.store.scan(["sys_user"]):
            if record["user_name"] == C.ADMIN_USER:
                record["user_password"] = self.cipher.encrypt(admin_password)
                self.store.update(record["sys_id"], record)
        self._auth_generation += 1

    def _seed_spoke(self) -> None:
        scope = self.raw_insert(
            "sys_scope", {"name": C.SPOKE_SCOPE_NAME, "scope": C.SPOKE_SCOPE, "version": "1.0.0"}
        )["sys_id"]
        entity = self.raw_insert(
            "oauth_entity",
            {
                "name": C.SPOKE_ENTITY_NAME,
                "type": C.OAUTH_PROVIDER_TYPE,
                "default_grant_type": "authorization_code",
                "access": "public",
                "sys_scope": scope,
            },
        )
        self.raw_insert(
            "oauth_entity_profile",
            {
                "name": C.SPOKE_PROFILE_NAME,
                "oauth_entity": entity["sys_id"],
                "grant_type": "authorization_code",
                "default": "true",
                "sys_scope": scope,
            },
        )
        for alias in C.SPOKE_ALIASES:
            self.raw_insert(
                "sys_alias",
                {
                    "name": alias,
                    "id": f"{C.SPOKE_SCOPE}.{alias}",
                    "type": "connection",
                    "connection_type": "http_connection",
                    "sys_scope": scope,
                },
            )

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

    # ------------------------------------------------------------------ business rules
    def abort(self, table: str, rule: str, message: str) -> RecordError:
        return RecordError(
            403,
            message,
            f"Operation against file '{table}' was aborted by Business Rule '{rule}'."
            f" Business Rule Stack:{rule}",
        )

    def _before(self, cls: str, record: dict[str, str], old: dict[str, str] | None) -> None:
        for name, col in self.columns[cls].items():
            if col.mandatory and not record.get(name):
                raise RecordError(
                    403,
                    "Operation Failed",
                    f"Data Policy Exception: the following fields are mandatory: {name}",
                )
        if cls == "oauth_entity" and record["type"] == C.OAUTH_CLIENT_TYPE:
            if not record["client_id"]:
                record["client_id"] = new_sys_id()
            if not record["client_secret"]:
                record["client_secret"] = self.cipher.encrypt(secrets.token_urlsafe(24)[:32])
        if cls == "sys_alias" and not record["id"]:
            scope = self.store.get(record["sys_scope"]) if record["sys_scope"] != "global" else None
            prefix = scope[1]["scope"] + "." if scope and scope[0] == "sys_scope" else ""
            record["id"] = prefix + record["name"]
        unique = {"sys_user": "user_name", "sys_properties": "name", "http_connection": "name"}
        if cls in unique:
            self._unique(cls, record, unique[cls])
        lineage = self.schema.ancestors(cls)
        if "sys_connection" in lineage and record["active"] == "true":
            self._one_active_per_alias(cls, record)
        if "sys_connection" in lineage and record["credential"] and record["active"] == "true":
            for other_cls, other in self.store.scan(self.schema.children("sys_connection")):
                if (
                    other["sys_id"] != record["sys_id"]
                    and other["active"] == "true"
                    and other["credential"] == record["credential"]
                ):
                    raise self.abort(
                        cls,
                        "Unique credential across active connections",
                        f"Credential {record['credential']} is already used by the active connection"
                        f" '{other['name']}' ({other_cls}); a credential is unique across active connections",
                    )

    def _one_active_per_alias(self, cls: str, record: dict[str, str]) -> None:
        """Only one active connection per connection alias, unless the alias has ``multiple_connections``.

        ServiceNow: "Only one connection is active per Connection alias at any one time", enforced by
        business rules (credentials-conn-alias-orch.md). Whether the rule refuses the write or deactivates
        the older connection is unconfirmed: the emulator refuses it (choices.ONE_ACTIVE_CONNECTION_RULE).
        """
        alias_id = record.get("connection_alias", "")
        if not alias_id:
            return
        found = self.store.get(alias_id)
        if found is None or found[0] != "sys_alias" or found[1].get("multiple_connections") == "true":
            return
        for other_cls, other in self.store.scan(self.schema.children("sys_connection")):
            if (
                other["sys_id"] != record["sys_id"]
                and other["active"] == "true"
                and other["connection_alias"] == alias_id
            ):
                raise self.abort(
                    cls,
                    C.ONE_ACTIVE_CONNECTION_RULE,
                    f"The connection alias '{found[1]['name']}' already has the active connection"
                    f" '{other['name']}' ({other_cls} {other['sys_id']}); only one connection per alias may"
                    " be active unless the alias supports multiple active connections"
                    " (multiple_connections)",
                )

    def _unique(self, cls: str, record: dict[str, str], field: str) -> None:
        value = record[field].lower()
        if not value:
            return  # a blank value is not a duplicate (the column is not mandatory)
        for _c, other in self.store.scan([cls]):
            if other["sys_id"] != record["sys_id"] and other[field].lower() == value:
                raise self.abort(
                    cls,
                    f"Unique {field} on {cls}",
                    f"A {cls} record with {field} '{record[field]}' already exists; {field} must be unique",
                )

    def _after_insert(self, cls: str, record: dict[str, str]) -> None:
        if cls == "oauth_entity" and record["type"] == C.OAUTH_PROVIDER_TYPE:
            profile = self._defaults("oauth_entity_profile")
            stamp = fmt_time(now())
            profile.update(
                sys_id=new_sys_id(),
                name=record["name"] + C.DEFAULT_PROFILE_SUFFIX,
                oauth_entity=record["sys_id"],
                grant_type=record["default_grant_type"] or "authorization_code",
                default="true",
                sys_scope=record["sys_scope"],
                sys_created_on=stamp,
                sys_updated_on=stamp,
                sys_created_by=record["sys_created_by"],
                sys_updated_by=record["sys_created_by"],
            )
            self.store.insert("oauth_entity_profile", profile)

    def log(self, message: str, *, source: str = C.OAUTH_LOG_SOURCE, level: str = "2") -> dict[str, str]:
        """Write a ``syslog`` record (level 0 information, 1 warning, 2 error)."""
        with self._write_lock:
            return self.raw_insert("syslog", {"level": level, "source": source, "message": message})

    # ------------------------------------------------------------------ tokens
    def store_token(
        self,
        kind: str,
        token: str,
        lifespan: int,
        *,
        peer: str,
        user: str,
        requestor_profile: str = "",
        scopes: str = C.TOKEN_SCOPE,
    ) -> dict[str, str]:
        with self._write_lock:
            return self.raw_insert(
                "oauth_credential",
                {
                    "token": self.cipher.encrypt(token),
                    "type": kind,
                    "expires": fmt_time(now() + timedelta(seconds=lifespan)),
                    "peer": peer,
                    "user": user,
                    "oauth_requestor_profile": requestor_profile,
                    "scopes": scopes,
                },
            )

    def requestor_profile(self, credential: str, profile: str) -> str:
        """The ``oauth_requestor_profile`` record of "Get OAuth Token"'s requestor (created once)."""
        with self._write_lock:
            for _cls, record in self.store.scan([C.REQUESTOR_PROFILE_TABLE]):
                if record["oauth_requestor"] == credential and record["oauth_entity_profile"] == profile:
                    return record["sys_id"]
            return self.raw_insert(
                C.REQUESTOR_PROFILE_TABLE,
                {
                    "oauth_requestor_context": "oauth_2_0_credentials",
                    "oauth_requestor": credential,
                    "oauth_entity_profile": profile,
                },
            )["sys_id"]

    def requestor_profiles_of(self, credential: str) -> set[str]:
        """The sys_ids of the ``oauth_requestor_profile`` records of a credential."""
        return {
            record["sys_id"]
            for _cls, record in self.store.scan([C.REQUESTOR_PROFILE_TABLE])
            if record["oauth_requestor"] == credential
        }
