"""Seeding an instance: the global scope, the roles, the admin user, the Remote Instance spoke's records."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from servicenow_emulator import choices as C

if TYPE_CHECKING:
    from servicenow_emulator.crypto import Cipher
    from servicenow_emulator.store import Store


class Seeding:
    """The records a new instance starts with (a part of :class:`~servicenow_emulator.instance.Instance`)."""

    store: Store
    cipher: Cipher
    _auth_generation: int

    if TYPE_CHECKING:  # provided by Instance

        def raw_insert(self, table: str, values: dict[str, str], **kw: Any) -> dict[str, str]: ...

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
