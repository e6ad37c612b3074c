"""The platform's own tables the emulator serves: users, roles, properties, the log, and the dictionary."""

from __future__ import annotations

from servicenow_emulator.columns import ADMIN, ANY, Table, acl, col, flag, ref

PLATFORM: list[Table] = [
    Table(
        "sys_scope",
        "Application",
        [col("name"), col("scope", max_length=18), col("version", max_length=40), flag("active", "true")],
        acl(ANY, ADMIN),
    ),
    Table(
        "sys_user_role",
        "Role",
        [col("name", max_length=100), col("description", max_length=1000)],
        acl(ANY, ADMIN),
    ),
    Table(
        "sys_user",
        "User",
        [
            col("user_name", label="User ID", max_length=40, mandatory=True),
            col("user_password", "password2", label="Password", max_length=255),
            col("first_name", max_length=50),
            col("last_name", max_length=50),
            col("email", "email", max_length=100),
            flag("active", "true"),
            flag("locked_out"),
        ],
        acl(ANY, ("user_admin",)),
        display="user_name",
    ),
    Table(
        "sys_user_has_role",
        "User Role",
        [ref("user", "sys_user", mandatory=True), ref("role", "sys_user_role", mandatory=True)],
        acl(ANY, ("user_admin",)),
        display="sys_id",
    ),
    Table(
        "sys_properties",
        "System Property",
        [
            col("name", max_length=100, mandatory=True),
            col("value", max_length=4000),
            col(
                "type",
                "choice",
                default="string",
                choices=(("string", "string"), ("boolean", "true | false")),
            ),
            col("description", max_length=512),
        ],
        acl(ADMIN, ADMIN),
    ),
    Table(
        "syslog",
        "System Log",
        [
            col(
                "level",
                "choice",
                default="0",
                choices=(("0", "Information"), ("1", "Warning"), ("2", "Error")),
            ),
            col("source", max_length=40),
            col("message", max_length=4000),
        ],
        acl(ADMIN, ADMIN),
        display="message",
    ),
    Table(
        # ServiceNow SDK table definition sys_db_object.now.ts (@servicenow/sdk-core 4.9).
        "sys_db_object",
        "Table",
        [
            col("name", "table_name", max_length=80, mandatory=True),
            col("label", "documentation_field", max_length=80, mandatory=True),
            ref("super_class", "sys_db_object", label="Extends table"),
            flag("is_extendable", label="Extensible"),
            flag("create_access_controls", label="Create access controls"),
            ref("user_role", "sys_user_role", label="User role"),
            col(
                "access",
                label="Accessible from",
                default="public",
                max_length=40,
                choice="3",
                choices=(
                    ("public", "All application scopes"),
                    ("package_private", "This application scope only"),
                ),
            ),
            flag("read_access", "true", label="Can read"),
            flag("create_access", label="Can create"),
            flag("update_access", label="Can update"),
            flag("delete_access", label="Can delete"),
            flag("ws_access", "true", label="Allow access to this table via web services"),
        ],
        acl(ANY, ADMIN),
        virtual=True,
    ),
    Table(
        # ServiceNow SDK table definition sys_dictionary.now.ts (@servicenow/sdk-core 4.9): the columns a
        # client reads to know a table's columns.
        "sys_dictionary",
        "Dictionary Entry",
        [
            col("name", "table_name", label="Table", max_length=80, mandatory=True),
            col("element", label="Column name", max_length=80),
            col("column_label", "documentation_field", max_length=80),
            # A reference to sys_glide_object by the type's name (see GLIDE_TYPES below).
            ref("internal_type", "sys_glide_object", label="Type"),
            col("reference", "table_name", max_length=80),
            col("max_length", "integer", label="Max length"),
            flag("mandatory"),
            flag("read_only", label="Read only"),
            flag("active", "true"),
            col("default_value", max_length=512, label="Default value"),
            col("choice", "integer"),
            flag("display"),
            flag("unique"),
            col("comments", max_length=4000),
        ],
        acl(ANY, ADMIN),
        display="element",
        virtual=True,
    ),
    Table(
        "sys_glide_object",
        "Field class",
        [
            col("name", max_length=40),
            col("label", max_length=80),
            col("scalar_type", max_length=40),
        ],
        acl(ANY, ("__none__",)),
        display="label",
        virtual=True,
    ),
    Table(
        "sys_choice",
        "Choices",
        [
            col("name", "table_name", label="Table", max_length=80, mandatory=True),
            col("element", max_length=80),
            col("value", max_length=100),
            col("label", max_length=100),
            col("sequence", "integer"),
            flag("inactive"),
            col("language", default="en", max_length=40),
            col("hint", max_length=255),
            col("dependent_value", max_length=100),
        ],
        acl(ANY, ADMIN),
        display="label",
        virtual=True,
    ),
    Table(
        # Labels and hints of tables (element blank) and columns, per language, as ServiceNow keeps them.
        "sys_documentation",
        "Field Label",
        [
            col("name", "table_name", label="Table", max_length=80, mandatory=True),
            col("element", max_length=80),
            col("label", max_length=80),
            col("plural", max_length=80),
            col("hint", max_length=255),
            col("help", max_length=4000),
            col("url", "url", max_length=1024),
            col("language", default="en", max_length=40),
        ],
        acl(ANY, ADMIN),
        display="label",
        virtual=True,
    ),
]
