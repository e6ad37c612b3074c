"""The emulator's choices about the Table API: users and roles, requests and queries, password2 values,
business rules.

Each name with the comment that explains it, then the choices it holds (each with its source), the
documented facts among the names, and the emulator's own; `choices.py` gathers every topic.
"""

from typing import Final

from servicenow_emulator.choice import Choice

# --- Users and roles ----------------------------------------------------------------------------------
ADMIN_USER: Final = "admin"
DEFAULT_ADMIN_PASSWORD: Final = "admin"
#: Environment variable ``python -m servicenow_emulator`` reads the admin password from (``--admin-password``
#: also works but is visible to ``ps``); ``spawn_emulator`` passes the password this way.
ADMIN_PASSWORD_ENV: Final = "SERVICENOW_EMULATOR_ADMIN_PASSWORD"
#: Roles present on every emulated instance.
ROLES: Final = (
    "admin",
    "oauth_admin",
    "connection_admin",
    "credential_admin",
    "user_admin",
    "flow_operator",
)

# --- Table API ----------------------------------------------------------------------------------------
#: Largest request body the instance accepts (bytes); larger ones get 413 without being read (a choice).
MAX_REQUEST_BYTES: Final = 10 * 1024 * 1024
#: Default page size of a list GET (c_TableAPI.md); a larger ``sysparm_limit`` is served as given.
DEFAULT_LIMIT: Final = 10000
#: The 400 answer's message to a ``sysparm_limit`` of 0, a negative number or not a number (pysnow issue
#: #100); an empty value gets it too (a choice).
INVALID_LIMIT_MESSAGE: Final = "Invalid value given for sysparm_limit"
#: When "true", an encoded query with an invalid field returns no rows instead of ignoring the term.
INVALID_QUERY_PROPERTY: Final = "glide.invalid_query.returns_no_rows"
#: When "true", only admins may set system fields through the Table API: a non-admin's are ignored (a
#: choice: ignored rather than refused).
ADMIN_ONLY_SYS_FIELDS_PROPERTY: Final = "glide.rest.table_api.admin_only_sys_fields"

# --- Business rules -----------------------------------------------------------------------------------
#: Name of the business rule that keeps one active connection per connection alias (unless the alias has
#: ``multiple_connections``): it REFUSES a second one (a choice: refuse or deactivate the older one).
ONE_ACTIVE_CONNECTION_RULE: Final = "One active connection per alias"
#: What a display value of a password2 field reads as (the value itself is the ciphertext).
PASSWORD2_DISPLAY: Final = "********"
#: A password2 value written WITHOUT ``sysparm_input_display_value=true`` is stored verbatim (it is not
#: ciphertext, so the secret is unusable); the Table API never returns it: its value and display value
#: read as this (blank), so a clear text never leaves the instance.
PASSWORD2_NOT_CIPHERTEXT: Final = ""
#: The domain every record is in.
GLOBAL_DOMAIN: Final = "global"
#: Query parameters whose values never reach the request log.
SECRET_PARAMETERS: Final = frozenset(
    {
        "access_token",
        "refresh_token",
        "client_secret",
        "password",
        "code",
        "code_verifier",
        "user_password",
        "token",
        "secret",
        "assertion",
    }
)

# --- The choices above, each with its source; the documented facts; the emulator's own names --------
CHOICES: Final[tuple[Choice, ...]] = (
    Choice(
        "GET of a password2 field",
        "the stored ciphertext (display value `********`); never the clear text",
        "`c_TableAPI.md` does not say; `credentials-getting-started.md` says credentials cannot be viewed "
        "once entered. Open: masked, ciphertext or omitted",
        ("PASSWORD2_DISPLAY",),
    ),
    Choice(
        "password2 written **without** `sysparm_input_display_value=true`",
        "stored verbatim; it decrypts to nothing, so the secret is unusable (login/token fails); the Table "
        "API never returns it: value and display value read **blank**, in the write's answer and every GET "
        "(`Emulator.get_record` still shows the raw stored value)",
        '`c_TableAPI.md`: values submitted to encrypted fields without the parameter "are not saved" '
        "(written for field encryption); ansible-collections/servicenow.itsm issue #221: a user password "
        "written so leaves the user unable to log in; `password-2way-encrypted-fields.md`: \"you can't use "
        'setValue() for Password2". The emulator follows #221. Open for password2 columns',
        ("PASSWORD2_NOT_CIPHERTEXT",),
    ),
    Choice(
        "Query term on a password2 column",
        "matches nothing (any operator); `ORDERBY` on it ignored",
        "none found (`c_TableAPI.md` is silent); matching the stored value would let `STARTSWITH` recover a "
        "secret stored verbatim",
    ),
    Choice(
        "Dot-walk / reference display value without read on the target table",
        "the key is kept, blank",
        '`c_TableAPI.md`: fields the user lacks ACL rights to are "silently omitted"; whether that holds for '
        "dot-walked fields is not said. Open",
    ),
    Choice(
        "`glide.rest.table_api.admin_only_sys_fields=true`",
        "a non-admin's `sys_id`, `sys_created_*`, `sys_updated_*` (insert), `sys_domain`, `sys_scope` are "
        "**ignored** (silently, answer 201/200), not refused",
        "`sc-restrict-write-access-on-system-fields-to-admin-users.md` names sys_id and the sys_created/"
        "updated fields but not whether a non-admin's value is ignored or refused. Open; ignored is what "
        "ServiceNow does with other fields a user may not write",
        ("ADMIN_ONLY_SYS_FIELDS_PROPERTY",),
    ),
    Choice(
        "`sys_user.user_password`",
        "treated as password2 (reversible); the observable behaviour (display-value write, no clear read) "
        "is the same",
        "ServiceNow keeps a one-way hash (`password-2way-encrypted-fields.md` contrasts the two). A known "
        "difference, invisible through the Table API",
    ),
    Choice(
        "Largest request body",
        "10 MB: 413 `Request body too large`, body not read",
        "ServiceNow's docs give `glide.rest.max_content_length`, 10 MB by default, for scripted REST APIs; "
        "the Table API's limit is not documented. Open",
        ("MAX_REQUEST_BYTES",),
    ),
    Choice(
        "Duplicate client `sys_id` on insert",
        '403 `Operation Failed`, detail "... already exists (Unique Key violation detected by database)"',
        "the wording is seen in client code (public code); the status is not documented. Open",
    ),
    Choice(
        "Wrong/missing Content-Type on a write",
        "400",
        "`r_RESTAPIHTTPResponseCodes.md` lists both 400 (invalid headers) and 415 (unsupported media type); "
        "which one the Table API answers is not said. Open",
    ),
    Choice(
        "Second active connection under an alias without `multiple_connections`",
        "the insert or update is **refused** (403, business rule `One active connection per alias`); the "
        "older connection is left as it was",
        '`credentials-conn-alias-orch.md`: "Only one connection is active per Connection alias at any one '
        'time", enforced by business rules. Open: refuse or deactivate the older one; refusing is the '
        "stricter for a client",
        ("ONE_ACTIVE_CONNECTION_RULE",),
    ),
    Choice(
        "Empty `sysparm_limit`",
        "400 `Invalid value given for sysparm_limit`, like 0",
        "pysnow issue #100 (ServiceNow since London) covers 0, negative and non-numbers; an empty value is "
        "not covered. Open",
        ("INVALID_LIMIT_MESSAGE",),
    ),
    Choice(
        "Display column of sys_user",
        "`user_name`",
        "emulator-only difference: ServiceNow's display column of sys_user is `name` (the project never "
        "reads sys_user display values)",
    ),
    Choice(
        "Records inserted by a client",
        "`sys_scope=global`, `sys_domain=global` unless given",
        "`c_TableAPI.md` does not say which scope a REST insert gets (global or the user's current "
        "application). Open",
        ("GLOBAL_DOMAIN",),
    ),
)

#: Names that hold documented values (name -> source), not choices.
FACTS: Final[dict[str, str]] = {
    "ROLES": "`granular-admin-roles.md`, `connection-alias.md` (admin, oauth_admin, connection_admin, "
    "credential_admin); `setup-rem-instance.md` (flow_operator); user_admin is ServiceNow's base role",
    "INVALID_QUERY_PROPERTY": "`c_TableAPI.md`",
    "DEFAULT_LIMIT": "`c_TableAPI.md`: sysparm_limit defaults to 10000",
}

#: The emulator's own names (users, environment, logging): nothing ServiceNow decides.
PLUMBING: Final[frozenset[str]] = frozenset(
    {"ADMIN_USER", "DEFAULT_ADMIN_PASSWORD", "ADMIN_PASSWORD_ENV", "SECRET_PARAMETERS"}
)
