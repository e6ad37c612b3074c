"""The building blocks of the emulated tables: columns, ACLs, tables, and the system columns."""

from __future__ import annotations

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
    #: sys_dictionary.choice: "1" dropdown with -- None --, "2" suggestion, "3" dropdown without -- None --,
    #: "" none (choices.py: the values, from ServiceNow's SDK).
    choice: str = ""
    hint: str = ""
    #: sys_dictionary.unique: a unique index, so two records of the table cannot hold one non-blank value.
    unique: bool = False

    @property
    def column_label(self) -> str:
        return self.label or self.name.replace("_", " ").title()

    @property
    def choice_kind(self) -> str:
        """sys_dictionary.choice as ServiceNow shows it: "0" for a column without a choice list."""
        return self.choice or ("1" if self.choices else "0")


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
    #: Its records include generated ones (the base schema's dictionary); those are read-only.
    virtual: bool = False
    own: dict[str, Column] = field(default_factory=dict)
    #: Whether other tables may extend it (sys_db_object.is_extendable).
    extendable: bool = False


def col(name: str, type_: str = "string", **kw: object) -> Column:
    return Column(name, type_, **kw)  # type: ignore[arg-type]


def flag(name: str, default: str = "false", **kw: object) -> Column:
    return Column(name, "boolean", default=default, **kw)  # type: ignore[arg-type]


def ref(name: str, target: str, **kw: object) -> Column:
    return Column(name, "reference", reference=target, max_length=32, **kw)  # type: ignore[arg-type]


def acl(
    read: tuple[str, ...] | None, write: tuple[str, ...] | None, create: tuple[str, ...] | None = ()
) -> Acl:
    return Acl(read=read, create=write if create == () else create, write=write, delete=write)


SYSTEM_COLUMNS: list[Column] = [
    col("sys_id", "GUID", label="Sys ID", max_length=32, read_only=True),
    col("sys_created_on", "glide_date_time", label="Created", max_length=40, read_only=True),
    col("sys_created_by", label="Created by", max_length=40, read_only=True),
    col("sys_updated_on", "glide_date_time", label="Updated", max_length=40, read_only=True),
    col("sys_updated_by", label="Updated by", max_length=40, read_only=True),
    col("sys_mod_count", "integer", label="Updates", default="0", max_length=40, read_only=True),
    ref("sys_domain", "sys_user_group", label="Domain", default=C.GLOBAL_DOMAIN),
    ref("sys_scope", "sys_scope", label="Application", default="global"),
]
CLASS_COLUMN = col("sys_class_name", "sys_class_name", label="Class", max_length=80)
SYSTEM_NAMES = frozenset(c.name for c in SYSTEM_COLUMNS) | {"sys_class_name"}

ANY = None
ADMIN: tuple[str, ...] = ("admin",)
OAUTH = ("oauth_admin",)
CRED = ("credential_admin", "connection_admin")
CONN = ("connection_admin",)
