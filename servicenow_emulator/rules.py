"""An instance's business rules (what ServiceNow checks and fills in on a write), its log and its tokens."""

from __future__ import annotations

import secrets
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from servicenow_emulator import choices as C
from servicenow_emulator.records import RecordError, fmt_time, new_sys_id, now

if TYPE_CHECKING:
    from servicenow_emulator.columns import Column
    from servicenow_emulator.crypto import Cipher
    from servicenow_emulator.dictionary import Schema
    from servicenow_emulator.store import Store


class BusinessRules:
    """Business rules, the system log and the token store (a part of ``Instance``)."""

    store: Store
    cipher: Cipher
    schema: Schema
    _write_lock: Any

    if TYPE_CHECKING:  # provided by Instance

        @property
        def columns(self) -> dict[str, dict[str, Column]]: ...

        def _defaults(self, table: str) -> dict[str, str]: ...

        def raw_insert(self, table: str, values: dict[str, str], **kw: Any) -> dict[str, str]: ...

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
            if col.unique and record.get(name):
                self._unique_index(cls, record, name)
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

    def _unique_index(self, cls: str, record: dict[str, str], name: str) -> None:
        """A column the dictionary marks ``unique`` has a unique index over the table that holds it (its whole
        hierarchy): a second record with the same value is refused (choices.UNIQUE_INDEX_VIOLATION)."""
        owner = self.schema.owner(cls, name) or cls
        for _c, other in self.store.scan(self.schema.children(owner)):
            if other["sys_id"] != record["sys_id"] and other.get(name, "").lower() == record[name].lower():
                raise RecordError(
                    403,
                    "Operation Failed",
                    f"Error during {'update' if self.store.exists(record['sys_id']) else 'insert'} of {cls}"
                    f" ({record[name]}): {C.UNIQUE_INDEX_VIOLATION} (Duplicate entry for the unique column"
                    f" {owner}.{name})",
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
