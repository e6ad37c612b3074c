"""Every value the emulator had to choose where ServiceNow's behaviour is unconfirmed, in one place.

``CHOICES`` (at the end) says for each what the emulator does and which source leaves it open; the README's
table of choices is rendered from it. Other parts of the project (the provider, the constructs, the tests)
may import these names from here to stay in step with the emulator.
"""

import re
from dataclasses import dataclass
from typing import Final

# --- The Remote Instance spoke (seeded by ``--seed spoke``) -------------------------------------------
#: Scope (application namespace) of the Remote Instance spoke. ServiceNow's real prefix is unconfirmed;
#: clients should look records up by name, never by this value.
SPOKE_SCOPE: Final = "sn_remote_spoke"
SPOKE_SCOPE_NAME: Final = "ServiceNow Remote Instance Spoke"
#: The application registry (oauth_entity) the spoke ships.
SPOKE_ENTITY_NAME: Final = "RemoteSpoke"
#: ``oauth_entity.type`` value of an OAuth provider ("Connect to a third party OAuth provider"): a choice.
OAUTH_PROVIDER_TYPE: Final = "oauth_provider"
#: ``oauth_entity.type`` value of an OAuth API endpoint for external clients.
OAUTH_CLIENT_TYPE: Final = "client"
#: Suffix of the default profile created for an OAuth provider entity.
DEFAULT_PROFILE_SUFFIX: Final = " default_profile"
SPOKE_PROFILE_NAME: Final = SPOKE_ENTITY_NAME + DEFAULT_PROFILE_SUFFIX
#: The two connection & credential aliases the spoke ships (type connection, connection_type
#: http_connection); their ``id`` is ``<SPOKE_SCOPE>.<name>``.
SPOKE_REMOTE_ALIAS: Final = "ServiceNowRemoteInstance"
SPOKE_LOCAL_ALIAS: Final = "ServiceNowRemoteInstanceLocalAlias"
SPOKE_ALIASES: Final = (SPOKE_REMOTE_ALIAS, SPOKE_LOCAL_ALIAS)

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

# --- OAuth --------------------------------------------------------------------------------------------
#: Default lifespans (seconds) when an oauth_entity leaves them blank [ServiceNow docs].
DEFAULT_ACCESS_TOKEN_LIFESPAN: Final = 1800
DEFAULT_REFRESH_TOKEN_LIFESPAN: Final = 8_640_000
#: Lifetime of an authorization code (seconds); ServiceNow's auth_code_lifespan default is unconfirmed.
AUTH_CODE_LIFESPAN: Final = 60
#: ``scope`` value of issued tokens [ServiceNow docs: "useraccount"].
TOKEN_SCOPE: Final = "useraccount"
#: "Get OAuth Token" saves its requestor parameters in this table and each token (``oauth_credential``)
#: refers to that record (c_OAuthProviderAndScope.md); its columns are a choice.
REQUESTOR_PROFILE_TABLE: Final = "oauth_requestor_profile"
#: Token requests within an access token's lifetime return the current token (r_OAuthAPIRequestParameters.md);
#: the refresh grant issues a new one (a choice).
TOKEN_REUSE: Final = True
#: ``oauth_credential.type`` values for the two kinds of token (column values unconfirmed).
ACCESS_TOKEN_TYPE: Final = "access_token"
REFRESH_TOKEN_TYPE: Final = "refresh_token"
#: The property that enables the inbound client_credentials grant (off unless set to "true").
CLIENT_CREDENTIALS_PROPERTY: Final = "glide.oauth.inbound.client.credential.grant_type.enabled"
#: The property that requires ``state`` on /oauth_auth.do (true unless set to "false").
STATE_REQUIRED_PROPERTY: Final = "glide.oauth.state.parameter.required"
#: When "true", an encoded query with an invalid field returns no rows instead of ignoring the term.
INVALID_QUERY_PROPERTY: Final = "glide.invalid_query.returns_no_rows"
#: When "true", only admins may set system fields through the Table API: a non-admin's are ignored (a
#: choice: ignored rather than refused).
ADMIN_ONLY_SYS_FIELDS_PROPERTY: Final = "glide.rest.table_api.admin_only_sys_fields"
#: Body of every failed /oauth_token.do call (HTTP 401), as observed from ServiceNow.
OAUTH_FAILURE: Final = {"error_description": "access_denied", "error": "server_error"}
#: Name of the session cookie of the login page.
SESSION_COOKIE: Final = "JSESSIONID"

# --- Table API ----------------------------------------------------------------------------------------
#: Largest request body the instance accepts (bytes); larger ones get 413 without being read (a choice).
MAX_REQUEST_BYTES: Final = 10 * 1024 * 1024
#: Default page size of a list GET (c_TableAPI.md); a larger ``sysparm_limit`` is served as given.
DEFAULT_LIMIT: Final = 10000
#: The 400 answer's message to a ``sysparm_limit`` of 0, a negative number or not a number (pysnow issue
#: #100); an empty value gets it too (a choice).
INVALID_LIMIT_MESSAGE: Final = "Invalid value given for sysparm_limit"

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

# --- "Get OAuth Token" outcomes and the spoke's outbound call (read by `spoke_cli`) --------------------
#: ``syslog.source`` of the records the local instance writes when "Get OAuth Token" fails. ServiceNow
#: logs OAuth failures to the system log; the exact source and wording are unconfirmed.
OAUTH_LOG_SOURCE: Final = "OAuth"
#: Every such message starts with this, followed by ``oauth_requestor=<credential sys_id>: <stage>: ...``
#: (stage ``authorization`` for an ``error=`` on the redirect back, ``token`` for the token request).
OAUTH_FAILURE_PREFIX: Final = "Get OAuth Token failed for "
#: A scripted REST resource on the local instance that makes one Table API call to the remote the way
#: the spoke does (the connection's URL, the credential's stored token, refreshed when expired). Real
#: instances need it installed (spoke_cli/README.md has its script); the emulator serves it.
REMOTE_CALL_PATH: Final = "/api/x_spoke_verify/v1/remote_call"

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


# --- The index: every choice above with its source, and what the other names are ---------------------
# The README's table "Choices where ServiceNow's behaviour is unconfirmed" is rendered from CHOICES
# (`python -m servicenow_emulator.choices_readme --write`); a test fails when the two differ, when a Choice
# names no source, or when a name of this module is neither a choice's, a documented fact's (FACTS, with
# its source) nor the emulator's own plumbing (PLUMBING). Sources are ServiceNow documentation pages (the
# ServiceNowDocs repository's file names), the ServiceNow SDK's table definitions, KB articles and public
# issues; "none found" says that no source read for this project settles the question.


@dataclass(frozen=True)
class Choice:
    """One place where ServiceNow's documented behaviour leaves a question open and the emulator chose."""

    topic: str  #: what had to be chosen (the README's first column)
    emulator: str  #: what the emulator does
    source: str  #: what the sources say, and which of them leaves the question open
    names: tuple[str, ...] = ()  #: the names of this module that hold the choice, when code reads one


CHOICES: Final[tuple[Choice, ...]] = (
    Choice(
        "Spoke scope",
        '`sn_remote_spoke` (name "ServiceNow Remote Instance Spoke"); clients look records up by name',
        "`setup-rem-instance.md` (the spoke's setup) names no scope; a customer copy seen in public code "
        "uses `x_1664823_remote_0`. Open",
        ("SPOKE_SCOPE", "SPOKE_SCOPE_NAME"),
    ),
    Choice(
        "Alias ids",
        "`sn_remote_spoke.ServiceNowRemoteInstance`, `sn_remote_spoke.ServiceNowRemoteInstanceLocalAlias`",
        "`connection-alias.md`: the ID is `<scope_name>.<alias_name>`; the scope is open (above)",
        ("SPOKE_ALIASES", "SPOKE_REMOTE_ALIAS", "SPOKE_LOCAL_ALIAS"),
    ),
    Choice(
        "`oauth_entity.type` of RemoteSpoke",
        "`oauth_provider`",
        "ServiceNow's script include OauthTokenChecker queries `type=client^ORtype=oauth_provider` (public "
        "code); the configuration-template examples (`create-template.md`, `docusign-example.md`) use "
        "`consumer`. Open: the docs give the label (OAuth Provider), not the value",
        ("OAUTH_PROVIDER_TYPE",),
    ),
    Choice(
        "RemoteSpoke seed",
        "`default_grant_type=authorization_code`, `access=public`, `public_client=false`, client id/secret "
        "and URLs blank",
        "`setup-rem-instance.md` has the admin fill the client id, secret and URLs (so they ship blank) and "
        "use the authorization-code grant; the other shipped values are not documented. Open",
    ),
    Choice(
        "Default profile",
        "`RemoteSpoke default_profile`, `default=true`, `grant_type=authorization_code`, created with the "
        "registry",
        "`t_UseAThirdPartyOAuthProvider.md`: a default profile is created with an OAuth provider entity; "
        "`setup-rem-instance.md` names it. Its column values are not documented",
        ("DEFAULT_PROFILE_SUFFIX", "SPOKE_PROFILE_NAME"),
    ),
    Choice(
        "The spoke's `sys_alias` records",
        "`type=connection`, `connection_type=http_connection`, `multiple_connections` not set (false)",
        "The columns and choices are in the ServiceNow SDK's `sys_alias.now.ts` (`@servicenow/sdk-core` "
        "4.9); `connection-alias.md` gives the form defaults (Connection and Credential, HTTP, multiple "
        "connections unchecked). The values the spoke ships are not documented. Open",
    ),
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
        "`sys_dictionary.internal_type`",
        "reference to `sys_glide_object`, value = the type name, which is also the emulated "
        "`sys_glide_object` record's sys_id (so the link resolves)",
        "ServiceNow references field classes by name (ServiceNow SDK table definitions); real "
        "`sys_glide_object` sys_ids are not documented",
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
        "`/oauth_token.do` failures, JSON bodies",
        '401 `{"error_description":"access_denied","error":"server_error"}` for every failure',
        "observed answers in public issues (demisto/content-docs #1301) and clients (stojdev/oauth-client); "
        '`r_OAuthAPIRequestParameters.md`: a JSON body gives "an unspecified error". Not in the docs',
        ("OAUTH_FAILURE",),
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
        "`oauth_requestor_profile` columns",
        "`oauth_requestor_context`, `oauth_requestor` (the credential's sys_id), `oauth_entity_profile` "
        "(reference)",
        "`c_OAuthProviderAndScope.md` names the table and the parameters it saves (`oauth_requestor`, "
        "`oauth_requestor_context`, `oauth_provider_profile`), not its columns. Open",
        ("REQUESTOR_PROFILE_TABLE",),
    ),
    Choice(
        "`oauth_credential.requestor_id`",
        "not emulated",
        "listed in a third-party schema of the table (Netskope's SSPM) without what it holds. Open",
    ),
    Choice(
        "Empty `sysparm_limit`",
        "400 `Invalid value given for sysparm_limit`, like 0",
        "pysnow issue #100 (ServiceNow since London) covers 0, negative and non-numbers; an empty value is "
        "not covered. Open",
        ("INVALID_LIMIT_MESSAGE",),
    ),
    Choice(
        "Token requests within the access token's lifetime",
        "the current access token (and, password grant, the current refresh token); the refresh grant issues "
        "a new access token",
        '`r_OAuthAPIRequestParameters.md`: requests within the expiration time "always return the current '
        'access token"; whether that holds for the refresh grant is not said. Open',
        ("TOKEN_REUSE",),
    ),
    Choice(
        "`oauth_credential.type` values",
        "`access_token`, `refresh_token`",
        "`t_ManageTokens.md` names the column's label (Type: access or refresh), not its values. Open",
        ("ACCESS_TOKEN_TYPE", "REFRESH_TOKEN_TYPE"),
    ),
    Choice(
        "Authorization code life",
        "60 s, single use",
        "`oauth_entity.auth_code_lifespan` exists (third-party schemas); its default is not documented. Open",
        ("AUTH_CODE_LIFESPAN",),
    ),
    Choice(
        "Session cookie",
        "`JSESSIONID_<port>`",
        "emulator-only: ServiceNow's is `JSESSIONID` on a host of its own; cookies ignore ports, and two "
        "emulators on 127.0.0.1 must not share one",
        ("SESSION_COOKIE",),
    ),
    Choice(
        "Local side PKCE",
        "only with the registry's PKCE required (`public_client`), its `code_challenge_method`",
        "`setup-rem-instance.md` (the registry's PKCE required option); how the local instance sends the "
        "challenge is not documented. Open",
    ),
    Choice(
        "PKCE errors on `/oauth_auth.do`",
        "302 to the redirect URI with `error=invalid_request`",
        "RFC 6749 4.1.2.1 and RFC 7636 4.4.1; ServiceNow's own answer is not documented. Open",
    ),
    Choice(
        '"Get OAuth Token" with a client-credentials profile',
        "token fetched server-side, no browser",
        "`client-credentials.md` documents the inbound grant; whether the spoke's Get OAuth Token works "
        "with a client-credentials profile is not documented. Open",
    ),
    Choice(
        "Default profile's grant type",
        "the entity's `default_grant_type` when the entity is created; never changed by later updates of the "
        "entity (clients set the profile's `grant_type` themselves, as the spoke's constructs do)",
        "`t_UseAThirdPartyOAuthProvider.md` (the default profile is created); whether it follows later "
        "changes of the entity is not said, and the forms let an admin edit both. Open",
    ),
    Choice(
        'Failures of "Get OAuth Token"',
        "a `syslog` record (`source=OAuth`, level 2, a fixed message prefix)",
        "none found: ServiceNow's OAuth pages do not say where the failure of a Get OAuth Token goes",
        ("OAUTH_LOG_SOURCE", "OAUTH_FAILURE_PREFIX"),
    ),
    Choice(
        "Outbound test call",
        "`POST /api/x_spoke_verify/v1/remote_call`, served by the emulator",
        "emulator-only: no ServiceNow API makes the spoke's call on demand; a real instance needs the "
        "scripted REST resource of spoke_cli/README.md",
        ("REMOTE_CALL_PATH",),
    ),
    Choice(
        "ACL on schema tables",
        "any authenticated user may read `sys_db_object`, `sys_dictionary`, `sys_choice`, "
        "`sys_documentation`",
        "`setup-rem-instance.md` says the integration user needs read on `sys_db_object` and "
        "`sys_dictionary`; the ACLs themselves are not documented. Open",
    ),
    Choice(
        "`client_id` on a `client` entity",
        "generated only when blank; a given value is kept",
        "`t_CreateEndpointforExternalClients.md`: generated on insert, read-only on the form; whether the "
        "Table API keeps a given value is not said. Open",
    ),
    Choice(
        "Display column of sys_user",
        "`user_name`",
        "emulator-only difference: ServiceNow's display column of sys_user is `name` (the project never "
        "reads sys_user display values)",
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
        "Records inserted by a client",
        "`sys_scope=global`, `sys_domain=global` unless given",
        "`c_TableAPI.md` does not say which scope a REST insert gets (global or the user's current "
        "application). Open",
        ("GLOBAL_DOMAIN",),
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
FACTS: Final[dict[str, str]] = {
    "SPOKE_ENTITY_NAME": "`setup-rem-instance.md`: the RemoteSpoke application registry",
    "OAUTH_CLIENT_TYPE": "OauthTokenChecker's query and provisioning scripts (public code); the docs' label "
    "is OAuth Client (`t_CreateEndpointforExternalClients.md`)",
    "ROLES": "`granular-admin-roles.md`, `connection-alias.md` (admin, oauth_admin, connection_admin, "
    "credential_admin); `setup-rem-instance.md` (flow_operator); user_admin is ServiceNow's base role",
    "DEFAULT_ACCESS_TOKEN_LIFESPAN": "`c_OAuthApplications.md`: 1800 s",
    "DEFAULT_REFRESH_TOKEN_LIFESPAN": "`c_OAuthApplications.md`: 8,640,000 s (100 days)",
    "TOKEN_SCOPE": "`r_OAuthAPIResponseParameters.md`: scope useraccount",
    "CLIENT_CREDENTIALS_PROPERTY": "`create-cc-sys-prop.md`, `client-credentials.md`",
    "STATE_REQUIRED_PROPERTY": "`oauth-auth-code-flow-state-parm.md`",
    "INVALID_QUERY_PROPERTY": "`c_TableAPI.md`",
    "DEFAULT_LIMIT": "`c_TableAPI.md`: sysparm_limit defaults to 10000",
}

#: The emulator's own names (users, environment, logging): nothing ServiceNow decides.
PLUMBING: Final[frozenset[str]] = frozenset(
    {"ADMIN_USER", "DEFAULT_ADMIN_PASSWORD", "ADMIN_PASSWORD_ENV", "SECRET_PARAMETERS"}
)
