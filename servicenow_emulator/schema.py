"""The emulated tables: columns, types, references, hierarchy and the roles of their ACLs."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from servicenow_emulator import choices as C


@dataclass(frozen=True)
class Column:
    name: str
    type: str = "string"  # string, boolean, integer, reference, password2, choice, glide_date_time, GUID, ...
    label: str = ""
    reference: str | None = None
    choices: tuple[tuple[str, str], ...] = ()  # (value, label)
    default: str = ""
    mandatory: bool = False
    max_length: int = 255
    read_only: bool = False

    @property
    def column_label(self) -> str:
        return self.label or self.name.replace("_", " ").title()


@dataclass(frozen=True)
class Acl:
    """Roles allowed per operation; ``None`` means any authenticated user. Role ``admin`` passes all."""

    read: tuple[str, ...] | None
    create: tuple[str, ...] | None
    write: tuple[str, ...] | None
    delete: tuple[str, ...] | None


@dataclass
class Table:
    name: str
    label: str
    columns: list[Column]
    acl: Acl
    display: str = "name"
    parent: str | None = None
    virtual: bool = False  # generated from the schema, read-only
    own: dict[str, Column] = field(default_factory=dict)


def _c(name: str, type_: str = "string", **kw: object) -> Column:
    return Column(name, type_, **kw)  # type: ignore[arg-type]


def _bool(name: str, default: str = "false", **kw: object) -> Column:
    return Column(name, "boolean", default=default, **kw)  # type: ignore[arg-type]


def _ref(name: str, target: str, **kw: object) -> Column:
    return Column(name, "reference", reference=target, max_length=32, **kw)  # type: ignore[arg-type]


def _acl(
    read: tuple[str, ...] | None, write: tuple[str, ...] | None, create: tuple[str, ...] | None = ()
) -> Acl:
    return Acl(read=read, create=write if create == () else create, write=write, delete=write)


SYSTEM_COLUMNS: list[Column] = [
    _c("sys_id", "GUID", label="Sys ID", max_length=32, read_only=True),
    _c("sys_created_on", "glide_date_time", label="Created", read_only=True),
    _c("sys_created_by", label="Created by", max_length=40, read_only=True),
    _c("sys_updated_on", "glide_date_time", label="Updated", read_only=True),
    _c("sys_updated_by", label="Updated by", max_length=40, read_only=True),
    _c("sys_mod_count", "integer", label="Updates", default="0", read_only=True),
    _ref("sys_domain", "sys_user_group", label="Domain", default=C.GLOBAL_DOMAIN),
    _ref("sys_scope", "sys_scope", label="Application", default="global"),
]
CLASS_COLUMN = _c("sys_class_name", "sys_class_name", label="Class", max_length=80)
SYSTEM_NAMES = frozenset(c.name for c in SYSTEM_COLUMNS) | {"sys_class_name"}

_ANY = None
_ADMIN: tuple[str, ...] = ("admin",)
_OAUTH = ("oauth_admin",)
_CRED = ("credential_admin", "connection_admin")
_CONN = ("connection_admin",)

GRANT_TYPES = (
    ("authorization_code", "Authorization Code"),
    ("password", "Resource Owner Password Credentials"),
    ("client_credentials", "Client Credentials"),
    ("urn:ietf:params:oauth:grant-type:jwt-bearer", "JWT Bearer"),
)

_DEFS: list[Table] = [
    Table(
        "sys_scope",
        "Application",
        [_c("name"), _c("scope", max_length=18), _c("version", max_length=40), _bool("active", "true")],
        _acl(_ANY, _ADMIN),
    ),
    Table(
        "sys_user_role",
        "Role",
        [_c("name", max_length=100), _c("description", max_length=1000)],
        _acl(_ANY, _ADMIN),
    ),
    Table(
        "sys_user",
        "User",
        [
            _c("user_name", label="User ID", max_length=40, mandatory=True),
            _c("user_password", "password2", label="Password", max_length=255),
            _c("first_name", max_length=50),
            _c("last_name", max_length=50),
            _c("email", "email", max_length=100),
            _bool("active", "true"),
            _bool("locked_out"),
        ],
        _acl(_ANY, ("user_admin",)),
        display="user_name",
    ),
    Table(
        "sys_user_has_role",
        "User Role",
        [_ref("user", "sys_user", mandatory=True), _ref("role", "sys_user_role", mandatory=True)],
        _acl(_ANY, ("user_admin",)),
        display="sys_id",
    ),
    Table(
        "sys_properties",
        "System Property",
        [
            _c("name", max_length=100, mandatory=True),
            _c("value", max_length=4000),
            _c(
                "type",
                "choice",
                default="string",
                choices=(("string", "string"), ("boolean", "true | false")),
            ),
            _c("description", max_length=512),
        ],
        _acl(_ADMIN, _ADMIN),
    ),
    Table(
        "oauth_entity",
        "Application Registries",
        [
            _c("name", max_length=100, mandatory=True),
            _c(
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
            _c("client_id", label="Client ID", max_length=100),
            _c("client_secret", "password2", label="Client Secret", max_length=255),
            _c("redirect_url", "url", label="Redirect URL", max_length=1024),
            _c("auth_url", "url", label="Authorization URL", max_length=1024),
            _c("token_url", "url", label="Token URL", max_length=1024),
            _c("revoke_token_url", "url", label="Token Revocation URL", max_length=1024),
            _c("refresh_token_url", "url", label="Refresh Token URL", max_length=1024),
            _c("default_grant_type", "choice", default="authorization_code", choices=GRANT_TYPES),
            _c("refresh_token_lifespan", "integer", default=str(C.DEFAULT_REFRESH_TOKEN_LIFESPAN)),
            _c("access_token_lifespan", "integer", default=str(C.DEFAULT_ACCESS_TOKEN_LIFESPAN)),
            _bool("public_client", label="PKCE required"),
            _c(
                "code_challenge_method",
                "choice",
                default="S256",
                choices=(("S256", "SHA256"), ("plain", "Plain"), ("none", "None")),
            ),
            _c(
                "access",
                "choice",
                label="Accessible from",
                default="public",
                choices=(
                    ("public", "All application scopes"),
                    ("package_private", "This application scope only"),
                ),
            ),
            _bool("active", "true"),
            _ref("user", "sys_user", label="OAuth Application User"),
            _c("comments", max_length=4000),
            _c("logo_url", "url", max_length=1024),
        ],
        _acl(_OAUTH, _OAUTH),
    ),
    Table(
        "oauth_entity_profile",
        "OAuth Entity Profile",
        [
            _c("name", max_length=100, mandatory=True),
            _ref("oauth_entity", "oauth_entity", mandatory=True),
            _c("grant_type", "choice", default="authorization_code", choices=GRANT_TYPES),
            _bool("default"),
        ],
        _acl(_OAUTH, _OAUTH),
    ),
    Table(
        "discovery_credentials",
        "Credentials",
        [
            _c("name", max_length=80, mandatory=True),
            _bool("active", "true"),
            _c("order", "integer", default="100"),
            _c("tag", label="Credential alias", max_length=255),
        ],
        _acl(_CRED, _CRED),
    ),
    Table(
        "oauth_2_0_credentials",
        "OAuth 2.0 Credentials",
        [_ref("oauth_entity_profile", "oauth_entity_profile", label="OAuth Entity Profile")],
        _acl(_CRED, _CRED),
        parent="discovery_credentials",
    ),
    Table(
        "basic_auth_credentials",
        "Basic Auth Credentials",
        [_c("user_name", label="User name", max_length=80), _c("password", "password2", max_length=255)],
        _acl(_CRED, _CRED),
        parent="discovery_credentials",
    ),
    Table(
        "sys_connection",
        "Connection",
        [
            _c("name", max_length=80, mandatory=True),
            _ref("credential", "discovery_credentials"),
            _ref("connection_alias", "sys_alias", label="Connection alias"),
            _bool("active", "true"),
        ],
        _acl(_CONN, _CONN),
    ),
    Table(
        "http_connection",
        "HTTP(s) Connection",
        [
            _c("connection_url", "url", label="Connection URL", max_length=1024),
            _bool("use_mid", label="Use MID server"),
            _c(
                "mid_selection",
                "choice",
                default="auto_select",
                choices=(
                    ("auto_select", "Auto-Select MID server"),
                    ("specific_mid_server", "Specific MID Server"),
                ),
            ),
            _ref("mid_server", "ecc_agent", label="MID Server"),
        ],
        _acl(_CONN, _CONN),
        parent="sys_connection",
    ),
    Table(
        "sys_alias",
        "Connection & Credential Alias",
        [
            _c("name", max_length=100, mandatory=True),
            _c("id", label="ID", max_length=255),
            _c(
                "type",
                "choice",
                default="connection",
                choices=(("connection", "Connection and Credential"), ("credential", "Credential")),
            ),
            _c(
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
            _ref("parent", "sys_alias"),
            _bool("multiple_connections", label="Support Multiple Active Connections"),
        ],
        Acl(read=("connection_admin", "credential_admin"), create=_ADMIN, write=_ADMIN, delete=_ADMIN),
    ),
    Table(
        "oauth_credential",
        "OAuth Credential",
        [
            _c("token", "password2", max_length=4000),
            _c(
                "type",
                "choice",
                choices=((C.ACCESS_TOKEN_TYPE, "Access Token"), (C.REFRESH_TOKEN_TYPE, "Refresh Token")),
            ),
            _c("expires", "glide_date_time"),
            _ref("peer", "oauth_entity", label="Application"),
            _ref("user", "sys_user"),
            _ref("oauth_requestor_profile", "oauth_requestor_profile", label="OAuth Requestor Profile"),
            _c("scopes", max_length=4000),
        ],
        Acl(read=_OAUTH, create=_ADMIN, write=_ADMIN, delete=_OAUTH),
        display="sys_id",
    ),
    Table(
        # "Get OAuth Token"'s requestor parameters are saved here (c_OAuthProviderAndScope.md); the
        # column names follow those parameters (choices.py: unconfirmed).
        "oauth_requestor_profile",
        "OAuth Requestor Profile",
        [
            _c("oauth_requestor_context", max_length=80, label="Requestor context"),
            _c("oauth_requestor", max_length=32, label="Requestor"),
            _ref("oauth_entity_profile", "oauth_entity_profile", label="OAuth Entity Profile"),
        ],
        Acl(read=_OAUTH, create=_ADMIN, write=_ADMIN, delete=_OAUTH),
        display="sys_id",
    ),
    Table(
        "syslog",
        "System Log",
        [
            _c(
                "level",
                "choice",
                default="0",
                choices=(("0", "Information"), ("1", "Warning"), ("2", "Error")),
            ),
            _c("source", max_length=40),
            _c("message", max_length=4000),
        ],
        _acl(_ADMIN, _ADMIN),
        display="message",
    ),
    Table(
        "sys_db_object",
        "Table",
        [
            _c("name", "table_name", max_length=80),
            _c("label", max_length=80),
            _ref("super_class", "sys_db_object", label="Extends table"),
            _bool("is_extendable"),
        ],
        _acl(_ANY, ("__none__",)),
        virtual=True,
    ),
    Table(
        "sys_dictionary",
        "Dictionary Entry",
        [
            _c("name", "table_name", label="Table", max_length=80),
            _c("element", label="Column name", max_length=80),
            _c("column_label", max_length=80),
            # A reference to sys_glide_object by the type's name (see GLIDE_TYPES below).
            _ref("internal_type", "sys_glide_object", label="Type"),
            _c("reference", "table_name", max_length=80),
            _c("max_length", "integer"),
            _bool("mandatory"),
            _bool("read_only"),
            _bool("active", "true"),
            _c("default_value", max_length=512),
        ],
        _acl(_ANY, ("__none__",)),
        display="element",
        virtual=True,
    ),
    Table(
        "sys_glide_object",
        "Field class",
        [
            _c("name", max_length=40),
            _c("label", max_length=80),
            _c("scalar_type", max_length=40),
        ],
        _acl(_ANY, ("__none__",)),
        display="label",
        virtual=True,
    ),
    Table(
        "sys_choice",
        "Choices",
        [
            _c("name", "table_name", label="Table", max_length=80),
            _c("element", max_length=80),
            _c("value", max_length=100),
            _c("label", max_length=100),
            _c("sequence", "integer"),
            _bool("inactive"),
            _c("language", default="en", max_length=40),
        ],
        _acl(_ANY, ("__none__",)),
        display="label",
        virtual=True,
    ),
]

TABLES: dict[str, Table] = {}
for _t in _DEFS:
    inherited = list(TABLES[_t.parent].columns) if _t.parent else list(SYSTEM_COLUMNS)
    if not _t.parent and _t.name in ("discovery_credentials", "sys_connection"):
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


def _vid(*parts: str) -> str:
    return hashlib.md5("/".join(parts).encode()).hexdigest()


#: Field classes (``sys_glide_object``): type name -> (label, scalar type). ``sys_dictionary.internal_type``
#: references them by name, as ServiceNow's reference to ``sys_glide_object`` does; the emulator uses the
#: name as the record's sys_id too, so the reference's link resolves (README, "Choices").
GLIDE_TYPES: dict[str, tuple[str, str]] = {
    "GUID": ("Sys ID (GUID)", "GUID"),
    "boolean": ("True/False", "boolean"),
    "choice": ("Choice", "string"),
    "email": ("Email", "string"),
    "glide_date_time": ("Date/Time", "datetime"),
    "integer": ("Integer", "integer"),
    "password2": ("Password (2 Way Encrypted)", "string"),
    "reference": ("Reference", "GUID"),
    "string": ("String", "string"),
    "sys_class_name": ("System Class Name", "string"),
    "table_name": ("Table Name", "string"),
    "url": ("URL", "string"),
}


def virtual_records(table: str, removed: frozenset[tuple[str, str]] = frozenset()) -> list[dict[str, str]]:
    """Records of the generated tables (sys_db_object, sys_dictionary, sys_glide_object, sys_choice);
    ``removed`` (table, column) pairs are columns this instance lacks."""
    stamp = {
        "sys_created_on": "2026-01-01 00:00:00",
        "sys_updated_on": "2026-01-01 00:00:00",
        "sys_created_by": "system",
        "sys_updated_by": "system",
        "sys_mod_count": "0",
        "sys_domain": C.GLOBAL_DOMAIN,
        "sys_scope": "global",
    }
    rows: list[dict[str, str]] = []
    if table == "sys_db_object":
        for t in TABLES.values():
            rows.append(
                {
                    **stamp,
                    "sys_id": _vid("db", t.name),
                    "name": t.name,
                    "label": t.label,
                    "super_class": _vid("db", t.parent) if t.parent else "",
                    "is_extendable": "true" if has_class_column(t.name) else "false",
                }
            )
    elif table == "sys_dictionary":
        for t in TABLES.values():
            cols = t.columns if not t.parent else list(t.own.values())
            for c in cols:
                if (t.name, c.name) in removed:
                    continue
                rows.append(
                    {
                        **stamp,
                        "sys_id": _vid("dict", t.name, c.name),
                        "name": t.name,
                        "element": c.name,
                        "column_label": c.column_label,
                        "internal_type": c.type,
                        "reference": c.reference or "",
                        "max_length": str(c.max_length),
                        "mandatory": "true" if c.mandatory else "false",
                        "read_only": "true" if c.read_only else "false",
                        "active": "true",
                        "default_value": c.default,
                    }
                )
    elif table == "sys_glide_object":
        used = {c.type for t in TABLES.values() for c in t.columns}
        known = dict(GLIDE_TYPES)
        known.update({u: (u.replace("_", " ").title(), "string") for u in sorted(used - known.keys())})
        for type_name, (label, scalar) in known.items():
            rows.append(
                {**stamp, "sys_id": type_name, "name": type_name, "label": label, "scalar_type": scalar}
            )
    elif table == "sys_choice":
        for t in TABLES.values():
            for c in t.own.values():
                for seq, (value, label) in enumerate(c.choices):
                    rows.append(
                        {
                            **stamp,
                            "sys_id": _vid("choice", t.name, c.name, value),
                            "name": t.name,
                            "element": c.name,
                            "value": value,
                            "label": label,
                            "sequence": str(seq),
                            "inactive": "false",
                            "language": "en",
                        }
                    )
    return rows
