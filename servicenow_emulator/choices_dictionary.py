"""The emulator's choices about the data dictionary: tables, columns and choices made through the Table
API, the shipped schema, the CMDB classes.

Each name with the comment that explains it, then the choices it holds (each with its source), the
documented facts among the names, and the emulator's own; `choices.py` gathers every topic.
"""

import re
from typing import Final

from servicenow_emulator.choice import Choice

# --- The data dictionary: tables, columns and choices made through the Table API ----------------------
#: A table or column name a client may create: lowercase letters, digits and ``_``, a letter first, at most
#: 80 characters (sys_db_object.name and sys_dictionary.element are 80 long: ServiceNow SDK table
#: definitions). ServiceNow's exact rule for names given through the Table API is unconfirmed.
DDL_NAME: Final = re.compile(r"^[a-z][a-z0-9_]*$")
DDL_NAME_MAX_LENGTH: Final = 80
#: Tables and columns made on an instance start with ``u_`` (global scope) or ``x_`` (a scoped application):
#: ServiceNow's form adds the ``u_`` itself; whether a Table API insert without it is refused, prefixed or
#: kept is UNCONFIRMED. The emulator REFUSES it (403, business rule), the stricter of the three: a client
#: that passes here names its tables as ServiceNow would.
CUSTOM_PREFIXES: Final = ("u_", "x_")
#: A new table with ``create_access_controls=true`` and no ``user_role`` gets the role ``<table>_user``
#: (created when missing) and read/create/write/delete ACLs that require it ("When you create a custom table
#: it will create four ACLs for you ... the same role name": community notes, [L]; role names such as
#: ``u_project_table_user`` in public walkthroughs). Whether a Table API insert (not the form) does this is
#: UNCONFIRMED. Without access controls a new table has no ACL of its own: it inherits its parent's, and a
#: table extending nothing is admin-only (ServiceNow's default deny for a table without ACLs under high
#: security, [M]). sys_security_acl records are not emulated.
NEW_TABLE_ROLE_SUFFIX: Final = "_user"
#: Who may write the dictionary tables (sys_db_object, sys_dictionary, sys_choice, sys_documentation):
#: admin (ServiceNow also lets personalize_dictionary / personalize_choices add to them: not emulated).
#: Anyone authenticated may read them (see "ACL on schema tables").
#: The records that describe the tables the emulator ships are generated: updating or deleting one is
#: refused (403, business rule). ServiceNow lets an admin change base dictionary entries (with warnings);
#: the emulator's base schema is fixed (BASE_DICTIONARY_READ_ONLY).
BASE_DICTIONARY_READ_ONLY: Final = True
#: Fields of a dictionary record that cannot change once inserted (a table's name and parent, a column's
#: table, name, type and reference target): refused (403). ServiceNow can change a column's type with data
#: conversion; the emulator cannot (DDL_FIXED_FIELDS).
DDL_FIXED_FIELDS: Final = True
#: Field classes a column cannot be created with through the Table API here (a table's own entry).
DDL_REFUSED_TYPES: Final = frozenset({"collection", "sys_class_name", "GUID"})
#: Named in the error for an unknown type.
DDL_COMMON_TYPES: Final = (
    "string",
    "integer",
    "boolean",
    "glide_date_time",
    "reference",
    "choice",
    "password2",
)
#: ``max_length`` of a new column that leaves it blank: 32 for references (a sys_id), else 40 (the form's
#: default for a String column; other types' defaults are unconfirmed).
DEFAULT_MAX_LENGTHS: Final = {"reference": 32}
DEFAULT_MAX_LENGTH: Final = 40
#: Existing records of a table read a new column as blank, not as its default value (unconfirmed); the
#: default applies to records inserted afterwards. Deleting a column drops its values.
NEW_COLUMN_EXISTING_RECORDS: Final = "blank"
#: A column whose dictionary entry says ``unique=true`` has a unique index ("Unique: ... creates a unique
#: index", [M]): a second record with the same non-blank value is refused, 403 with this text in the detail
#: (as for a duplicate sys_id); values compare case-insensitively (the database's usual collation,
#: unconfirmed). Marking a column unique while two records share a value is refused too.
UNIQUE_INDEX_VIOLATION: Final = "Unique Key violation detected by database"
#: ``sys_dictionary.choice`` values: "0" none, "1" dropdown with -- None --, "2" suggestion, "3" dropdown
#: without -- None -- (ServiceNow SDK, db/types/Choice.ts). A base column with choices shows "1" unless its
#: definition says otherwise.
CHOICE_KINDS: Final = {
    "0": "None",
    "1": "Dropdown with -- None --",
    "2": "Suggestion",
    "3": "Dropdown without -- None --",
}

# --- The choices above, each with its source; the documented facts; the emulator's own names --------
CHOICES: Final[tuple[Choice, ...]] = (
    Choice(
        "`sys_dictionary.internal_type`",
        "reference to `sys_glide_object`, value = the type name, which is also the emulated "
        "`sys_glide_object` record's sys_id (so the link resolves)",
        "ServiceNow references field classes by name (ServiceNow SDK table definitions); real "
        "`sys_glide_object` sys_ids are not documented",
    ),
    Choice(
        "ACL on schema tables",
        "any authenticated user may read `sys_db_object`, `sys_dictionary`, `sys_choice`, "
        "`sys_documentation`",
        "`setup-rem-instance.md` says the integration user needs read on `sys_db_object` and "
        "`sys_dictionary`; the ACLs themselves are not documented. Open",
    ),
    Choice(
        "CMDB classes below `cmdb_ci`",
        "column names from a real instance's dictionary as read by philw764's servicenowcmdb generator [M]; "
        "types, labels, max lengths and choice kinds the emulator's; no choice lists; "
        "`cmdb_ci_linux_server` has no own columns",
        "ServiceNow's SDK has no definitions for these classes",
    ),
    Choice(
        "`cmdb_ci.install_status` / `operational_status` choices",
        "1 Installed ... 100 Absent / 1 Operational ... 6 Retired",
        "ServiceNow's base values [M]; the SDK's definition has the columns without the lists",
    ),
    Choice(
        "CMDB ACLs",
        "read: any; write: `itil` or `asset` (roles not seeded: admin only until a client makes them)",
        "ServiceNow's CMDB roles [M]; exact ACLs unconfirmed",
    ),
    Choice(
        "Script defaults (`javascript:...`) and calculated columns",
        "not applied: the column has no default (e.g. `sys_user.name` is not computed from first and last "
        "name)",
        "emulator-only: no script engine; the SDK's definitions carry the scripts",
    ),
    Choice(
        "Column lengths the SDK leaves out",
        "40",
        "ServiceNow's default for a String column (the form's default); not in the SDK's definitions",
    ),
    Choice(
        "Table/column names through the Table API",
        "must start `u_` or `x_` (lowercase, digits, `_`, <= 80): refused otherwise",
        "ServiceNow's form adds `u_`; whether the API refuses, prefixes or keeps a bare name is unconfirmed; "
        "refusing is the stricter; the 80-character length is `sys_db_object.name` and "
        "`sys_dictionary.element` in the ServiceNow SDK's table definitions",
        ("CUSTOM_PREFIXES", "DDL_NAME", "DDL_NAME_MAX_LENGTH"),
    ),
    Choice(
        "A new table's ACLs",
        "`create_access_controls=true`: role `<table>_user` (or the given `user_role`) created and required "
        "for read/create/write/delete; otherwise the parent's ACLs, or admin only for a table extending "
        "nothing",
        'community notes on custom tables ("four ACLs ... the same role name", [L]); default deny without '
        "ACLs under high security [M]; the API path unconfirmed",
        ("NEW_TABLE_ROLE_SUFFIX",),
    ),
    Choice(
        "Extending a table",
        "only an extensible one (`is_extendable`)",
        "the form offers only extensible tables; server-side enforcement unconfirmed",
    ),
    Choice(
        "Shipped dictionary records",
        "read-only (403 on update/delete)",
        "emulator-only limitation: ServiceNow lets an admin change base dictionary entries; the emulator's "
        "base schema is fixed",
        ("BASE_DICTIONARY_READ_ONLY",),
    ),
    Choice(
        "Identity fields of a made table/column",
        "cannot change (403)",
        "emulator-only limitation: ServiceNow can change a column's type with data conversion",
        ("DDL_FIXED_FIELDS",),
    ),
    Choice(
        "Column types through the Table API",
        "any field class but `collection`, `sys_class_name` and `GUID` (a table's own entries)",
        "none found: which field classes the API refuses is not documented",
        ("DDL_REFUSED_TYPES", "DDL_COMMON_TYPES"),
    ),
    Choice(
        "A new column's `max_length` when blank",
        "40 (32 for a reference)",
        "the form's String default; other types unconfirmed",
        ("DEFAULT_MAX_LENGTHS", "DEFAULT_MAX_LENGTH"),
    ),
    Choice(
        "Existing records when a column is added",
        "read it blank; the default applies to later inserts",
        "none found: ServiceNow's dictionary pages do not say whether existing records read a new "
        "column's default. Open",
        ("NEW_COLUMN_EXISTING_RECORDS",),
    ),
    Choice(
        "A column marked `unique` in its dictionary entry",
        "a second record with the same non-blank value (case-insensitive) is refused: 403, detail"
        ' "... Unique Key violation detected by database ..."; so is marking a column unique over duplicates',
        "the dictionary's Unique flag makes a unique index [M]; the status, the wording and the collation are"
        " not documented. Open",
        ("UNIQUE_INDEX_VIOLATION",),
    ),
    Choice(
        "`sys_dictionary.choice`",
        '"0" none, "1" with -- None --, "2" suggestion, "3" without -- None --; shipped columns with choices '
        '"1"; blank when a client leaves it',
        "ServiceNow SDK `db/types/Choice.ts`; the value of a shipped column is open",
        ("CHOICE_KINDS",),
    ),
)

#: Names that hold documented values (name -> source), not choices.
FACTS: Final[dict[str, str]] = {}

#: The emulator's own names (users, environment, logging): nothing ServiceNow decides.
PLUMBING: Final[frozenset[str]] = frozenset()
