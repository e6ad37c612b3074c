"""Every value the emulator had to choose where ServiceNow's behaviour is unconfirmed, in one place.

The README lists these with the reason for each. Other parts of the project (the provider, the constructs,
the tests) may import these names from here to stay in step with the emulator.
"""

import re
from typing import Final

# --- The Remote Instance spoke (seeded by ``--seed spoke``) -------------------------------------------
#: Scope (application namespace) of the Remote Instance spoke. ServiceNow's real prefix is unconfirmed;
#: clients should look records up by name, never by this value.
SPOKE_SCOPE: Final = "sn_remote_spoke"
SPOKE_SCOPE_NAME: Final = "ServiceNow Remote Instance Spoke"
#: The application registry (oauth_entity) the spoke ships.
SPOKE_ENTITY_NAME: Final = "RemoteSpoke"
#: ``oauth_entity.type`` value of an OAuth provider ("Connect to a third party OAuth provider").
#: ServiceNow's OauthTokenChecker queries ``type=client^ORtype=oauth_provider``; configuration templates
#: use ``consumer``. We use ``oauth_provider``.
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
#: "Get OAuth Token" saves its requestor parameters in ``oauth_requestor_profile`` and each token
#: (``oauth_credential``) refers to that record (c_OAuthProviderAndScope.md). The docs name the parameters,
#: not the columns: the emulator's columns (``oauth_requestor_context``, ``oauth_requestor``,
#: ``oauth_entity_profile``) are unconfirmed. ``oauth_credential.requestor_id`` [M] is not emulated.
REQUESTOR_PROFILE_TABLE: Final = "oauth_requestor_profile"
#: Token requests within an access token's lifetime return the current token ("always return the current
#: access token", r_OAuthAPIRequestParameters.md); the password grant returns the current refresh token
#: too. Whether the refresh grant also returns the current access token is unconfirmed: the emulator
#: issues a new one (that is what a refresh is for).
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
#: When "true", only admins may set system fields through the Table API (a non-admin's sys_id and
#: sys_created/updated fields on insert, and sys_domain / sys_scope, are ignored; a new sys_id is generated)
#: [ServiceNow hardening setting]. Ignored rather than refused is our choice (unconfirmed).
ADMIN_ONLY_SYS_FIELDS_PROPERTY: Final = "glide.rest.table_api.admin_only_sys_fields"
#: Body of every failed /oauth_token.do call (HTTP 401), as observed from ServiceNow.
OAUTH_FAILURE: Final = {"error_description": "access_denied", "error": "server_error"}
#: Name of the session cookie of the login page.
SESSION_COOKIE: Final = "JSESSIONID"

# --- Table API ----------------------------------------------------------------------------------------
#: Largest request body the instance accepts (bytes); larger ones get 413 in the error envelope without
#: being read. ServiceNow's limit (glide.rest.max_content_length, documented 10 MB default for scripted
#: REST) is unconfirmed for the Table API.
MAX_REQUEST_BYTES: Final = 10 * 1024 * 1024
#: Default and maximum page size of a list GET.
DEFAULT_LIMIT: Final = 10000
#: The 400 answer's message to a ``sysparm_limit`` of 0, a negative number or not a number (ServiceNow
#: since London: pysnow issue #100). Whether an empty value gets it too is unconfirmed: the emulator
#: refuses it.
INVALID_LIMIT_MESSAGE: Final = "Invalid value given for sysparm_limit"

# --- Business rules -----------------------------------------------------------------------------------
#: Name of the business rule that keeps one active connection per connection alias (unless the alias has
#: ``multiple_connections``). ServiceNow: "Only one connection is active per Connection alias at any one
#: time" and "There are business rules that enforce certain constraints on these aliases"
#: (credentials-conn-alias-orch.md). UNCONFIRMED whether the rule refuses the write or deactivates the older
#: connection: the emulator REFUSES the insert or update (403, business rule) and changes nothing, the
#: stricter of the two for a client (a deploy that relies on the older connection being deactivated fails
#: here). The rule name is the emulator's.
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
#: ``sys_dictionary.choice`` values: "0" none, "1" dropdown with -- None --, "2" suggestion, "3" dropdown
#: without -- None -- (ServiceNow SDK, db/types/Choice.ts). A base column with choices shows "1" unless its
#: definition says otherwise.
CHOICE_KINDS: Final = {
    "0": "None",
    "1": "Dropdown with -- None --",
    "2": "Suggestion",
    "3": "Dropdown without -- None --",
}
