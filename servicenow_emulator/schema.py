"""The emulated tables: columns, types, references, hierarchy and the roles of their ACLs.

The base schema every instance starts with; an instance's own dictionary records add to it
(``dictionary.Schema``).
"""

from __future__ import annotations

import hashlib

from servicenow_emulator import choices as C
from servicenow_emulator.columns import (
    ADMIN,
    CLASS_COLUMN,
    CONN,
    CRED,
    OAUTH,
    SYSTEM_COLUMNS,
    SYSTEM_NAMES,
    Acl,
    Column,
    Table,
    acl,
    col,
    flag,
    ref,
)
from servicenow_emulator.tables_cmdb import CMDB
from servicenow_emulator.tables_platform import PLATFORM

__all__ = ["CLASS_COLUMN", "SYSTEM_COLUMNS", "SYSTEM_NAMES", "TABLES", "Acl", "Column", "Table"]

GRANT_TYPES = (
    ("authorization_code", "Authorization Code"),
    ("password", "Resource Owner Password Credentials"),
    ("client_credentials", "Client Credentials"),
    ("urn:ietf:params:oauth:grant-type:jwt-bearer", "JWT Bearer"),
)

_SPOKE: list[Table] = [
    Table(
        "oauth_entity",
        "Application Registries",
        [
            col("name", max_length=100, mandatory=True),
            col(
                "type",
                "choice",
                max_length=40,
                default=C.OAUTH_CLIENT_TYPE,
                choices=(
                    (C.OAUTH_CLIENT_TYPE, "OAuth Client"),
                    (C.OAUTH_PROVIDER_TYPE, "OAuth Provider"),
                    ("oidc_provider", "External OIDC Provider"),
                ),
            ),
            col("client_id", label="Client ID", max_length=100),
            col("client_secret", "password2", label="Client Secret", max_length=255),
            col("redirect_url", "url", label="Redirect URL", max_length=1024),
            col("auth_url", "url", label="Authorization URL", max_length=1024),
            col("token_url", "url", label="Token URL", max_length=1024),
            col("revoke_token_url", "url", label="Token Revocation URL", max_length=1024),
            col("refresh_token_url", "url", label="Refresh Token URL", max_length=1024),
            col("default_grant_type", "choice", default="authorization_code", choices=GRANT_TYPES),
            col("refresh_token_lifespan", "integer", default=str(C.DEFAULT_REFRESH_TOKEN_LIFESPAN)),
            col("access_token_lifespan", "integer", default=str(C.DEFAULT_ACCESS_TOKEN_LIFESPAN)),
            flag("public_client", label="PKCE required"),
            col(
                "code_challenge_method",
                "choice",
                default="S256",
                choices=(("S256", "SHA256"), ("plain", "Plain"), ("none", "None")),
            ),
            col(
                "access",
                "choice",
                label="Accessible from",
                default="public",
                choices=(
                    ("public", "All application scopes"),
                    ("package_private", "This application scope only"),
                ),
            ),
            flag("active", "true"),
            ref("user", "sys_user", label="OAuth Application User"),
            col("comments", max_length=4000),
            col("logo_url", "url", max_length=1024),
        ],
        acl(OAUTH, OAUTH),
    ),
    Table(
        "oauth_entity_profile",
        "OAuth Entity Profile",
        [
            col("name", max_length=100, mandatory=True),
            ref("oauth_entity", "oauth_entity", mandatory=True),
            col("grant_type", "choice", default="authorization_code", choices=GRANT_TYPES),
            flag("default"),
        ],
        acl(OAUTH, OAUTH),
    ),
    Table(
        "discovery_credentials",
        "Credentials",
        [
            col("name", max_length=80, mandatory=True),
            flag("active", "true"),
            col("order", "integer", default="100"),
            col("tag", label="Credential alias", max_length=255),
        ],
        acl(CRED, CRED),
        extendable=True,
    ),
    Table(
        "oauth_2_0_credentials",
        "OAuth 2.0 Credentials",
        [ref("oauth_entity_profile", "oauth_entity_profile", label="OAuth Entity Profile")],
        acl(CRED, CRED),
        parent="discovery_credentials",
    ),
    Table(
        "basic_auth_credentials",
        "Basic Auth Credentials",
        [col("user_name", label="User name", max_length=80), col("password", "password2", max_length=255)],
        acl(CRED, CRED),
        parent="discovery_credentials",
    ),
    Table(
        "sys_connection",
        "Connection",
        [
            col("name", max_length=80, mandatory=True),
            ref("credential", "discovery_credentials"),
            ref("connection_alias", "sys_alias", label="Connection alias"),
            flag("active", "true"),
        ],
        acl(CONN, CONN),
        extendable=True,
    ),
    Table(
        "http_connection",
        "HTTP(s) Connection",
        [
            col("connection_url", "url", label="Connection URL", max_length=1024),
            flag("use_mid", label="Use MID server"),
            col(
                "mid_selection",
                "choice",
                default="auto_select",
                choices=(
                    ("auto_select", "Auto-Select MID server"),
                    ("specific_mid_server", "Specific MID Server"),
                ),
            ),
            ref("mid_server", "ecc_agent", label="MID Server"),
        ],
        acl(CONN, CONN),
        parent="sys_connection",
    ),
    Table(
        "sys_alias",
        "Connection & Credential Alias",
        [
            col("name", max_length=100, mandatory=True),
            col("id", label="ID", max_length=255),
            col(
                "type",
                "choice",
                default="connection",
                choices=(("connection", "Connection and Credential"), ("credential", "Credential")),
            ),
            col(
                "connection_type",
                "choice",
                default="http_connection",
                # ServiceNow SDK table definition sys_alias.now.ts (@servicenow/sdk-core 4.9).
                choices=(
                    ("http_connection", "HTTP"),
                    ("sys_connection", "Basic"),
                    ("jdbc_connection", "JDBC"),
                    ("orch_jms_ds", "JMS"),
                ),
            ),
            ref("parent", "sys_alias"),
            flag("multiple_connections", label="Support Multiple Active Connections"),
        ],
        Acl(read=("connection_admin", "credential_admin"), create=ADMIN, write=ADMIN, delete=ADMIN),
    ),
    Table(
        "oauth_credential",
        "OAuth Credential",
        [
            col("token", "password2", max_length=4000),
            col(
                "type",
                "choice",
                choices=((C.ACCESS_TOKEN_TYPE, "Access Token"), (C.REFRESH_TOKEN_TYPE, "Refresh Token")),
            ),
            col("expires", "glide_date_time"),
            ref("peer", "oauth_entity", label="Application"),
            ref("user", "sys_user"),
            ref("oauth_requestor_profile", "oauth_requestor_profile", label="OAuth Requestor Profile"),
            col("scopes", max_length=4000),
        ],
        Acl(read=OAUTH, create=ADMIN, write=ADMIN, delete=OAUTH),
        display="sys_id",
    ),
    Table(
        # "Get OAuth Token"'s requestor parameters are saved here (c_OAuthProviderAndScope.md); the
        # column names follow those parameters (choices.py: unconfirmed).
        "oauth_requestor_profile",
        "OAuth Requestor Profile",
        [
            col("oauth_requestor_context", max_length=80, label="Requestor context"),
            col("oauth_requestor", max_length=32, label="Requestor"),
            ref("oauth_entity_profile", "oauth_entity_profile", label="OAuth Entity Profile"),
        ],
        Acl(read=OAUTH, create=ADMIN, write=ADMIN, delete=OAUTH),
        display="sys_id",
    ),
]

TABLES: dict[str, Table] = {}
for _t in PLATFORM + _SPOKE + CMDB:
    inherited = list(TABLES[_t.parent].columns) if _t.parent else list(SYSTEM_COLUMNS)
    if not _t.parent and _t.extendable:
        inherited.append(CLASS_COLUMN)
    _t.own = {c.name: c for c in _t.columns}
    _t.columns = inherited + list(_t.columns)
    TABLES[_t.name] = _t


def column_map(table: str) -> dict[str, Column]:
    return {c.name: c for c in TABLES[table].columns}


COLUMNS: dict[str, dict[str, Column]] = {name: column_map(name) for name in TABLES}


def children(table: str) -> list[str]:
    """The table and every table extending it, at any depth."""
    out = [table]
    for name, t in TABLES.items():
        if t.parent and t.parent in out and name not in out:
            out.append(name)
    return out


def ancestors(table: str) -> list[str]:
    out = [table]
    while TABLES[out[-1]].parent:
        out.append(TABLES[out[-1]].parent)  # type: ignore[arg-type]
    return out


def has_class_column(table: str) -> bool:
    return "sys_class_name" in COLUMNS[table]


def vid(*parts: str) -> str:
    """A stable sys_id for a generated record (md5 of its parts)."""
    return hashlib.md5("/".join(parts).encode()).hexdigest()


#: Field classes (``sys_glide_object``): type name -> (label, scalar type). ``sys_dictionary.internal_type``
#: references them by name, as ServiceNow's reference to ``sys_glide_object`` does; the emulator uses the
#: name as the record's sys_id too, so the reference's link resolves (README, "Choices").
GLIDE_TYPES: dict[str, tuple[str, str]] = {
    "GUID": ("Sys ID (GUID)", "GUID"),
    "boolean": ("True/False", "boolean"),
    "choice": ("Choice", "string"),
    "collection": ("Collection", "string"),
    "decimal": ("Decimal", "decimal"),
    "documentation_field": ("Documentation Field", "string"),
    "email": ("Email", "string"),
    "float": ("Floating Point Number", "float"),
    "glide_date": ("Date", "date"),
    "glide_date_time": ("Date/Time", "datetime"),
    "html": ("HTML", "string"),
    "integer": ("Integer", "integer"),
    "password2": ("Password (2 Way Encrypted)", "string"),
    "reference": ("Reference", "GUID"),
    "string": ("String", "string"),
    "sys_class_name": ("System Class Name", "string"),
    "table_name": ("Table Name", "string"),
    "url": ("URL", "string"),
}
