"""Every value the emulator had to choose where ServiceNow's behaviour is unconfirmed, in one place.

Each topic has a module that declares its names and, next to them, its choices (`CHOICES`: what the
emulator does and which source leaves it open), the documented facts among its names (`FACTS`, each with
its source) and the emulator's own (`PLUMBING`): `choices_spoke.py` (the spoke's records),
`choices_oauth.py` (OAuth, "Get OAuth Token", the spoke's outbound call), `choices_table_api.py` (users,
the Table API, password2 values, business rules) and `choices_dictionary.py` (the data dictionary, the
CMDB). This module gathers them, in that order: the README's table of choices is rendered from
``CHOICES`` (``choices_readme.py``); a test fails when the two differ, when a Choice names no source, or
when a name of a topic module is neither a choice's, a documented fact's nor the emulator's own. Other
parts of the project (the provider, the constructs, the tests) may import every name from here to stay
in step with the emulator.
"""

from typing import Final

from servicenow_emulator import choices_dictionary, choices_oauth, choices_spoke, choices_table_api
from servicenow_emulator.choice import Choice
from servicenow_emulator.choices_dictionary import (
    BASE_DICTIONARY_READ_ONLY,
    CHOICE_KINDS,
    CUSTOM_PREFIXES,
    DDL_COMMON_TYPES,
    DDL_FIXED_FIELDS,
    DDL_NAME,
    DDL_NAME_MAX_LENGTH,
    DDL_REFUSED_TYPES,
    DEFAULT_MAX_LENGTH,
    DEFAULT_MAX_LENGTHS,
    NEW_COLUMN_EXISTING_RECORDS,
    NEW_TABLE_ROLE_SUFFIX,
    UNIQUE_INDEX_VIOLATION,
)
from servicenow_emulator.choices_oauth import (
    ACCESS_TOKEN_TYPE,
    AUTH_CODE_LIFESPAN,
    CLIENT_CREDENTIALS_PROPERTY,
    DEFAULT_ACCESS_TOKEN_LIFESPAN,
    DEFAULT_REFRESH_TOKEN_LIFESPAN,
    OAUTH_FAILURE,
    OAUTH_FAILURE_PREFIX,
    OAUTH_LOG_SOURCE,
    REFRESH_TOKEN_TYPE,
    REMOTE_CALL_PATH,
    REQUESTOR_PROFILE_TABLE,
    SESSION_COOKIE,
    STATE_REQUIRED_PROPERTY,
    TOKEN_REUSE,
    TOKEN_SCOPE,
)
from servicenow_emulator.choices_spoke import (
    DEFAULT_PROFILE_SUFFIX,
    OAUTH_CLIENT_TYPE,
    OAUTH_PROVIDER_TYPE,
    SPOKE_ALIASES,
    SPOKE_ENTITY_NAME,
    SPOKE_LOCAL_ALIAS,
    SPOKE_PROFILE_NAME,
    SPOKE_REMOTE_ALIAS,
    SPOKE_SCOPE,
    SPOKE_SCOPE_NAME,
)
from servicenow_emulator.choices_table_api import (
    ADMIN_ONLY_SYS_FIELDS_PROPERTY,
    ADMIN_PASSWORD_ENV,
    ADMIN_USER,
    DEFAULT_ADMIN_PASSWORD,
    DEFAULT_LIMIT,
    GLOBAL_DOMAIN,
    INVALID_LIMIT_MESSAGE,
    INVALID_QUERY_PROPERTY,
    MAX_REQUEST_BYTES,
    ONE_ACTIVE_CONNECTION_RULE,
    PASSWORD2_DISPLAY,
    PASSWORD2_NOT_CIPHERTEXT,
    ROLES,
    SECRET_PARAMETERS,
)

__all__ = [
    "ACCESS_TOKEN_TYPE",
    "ADMIN_ONLY_SYS_FIELDS_PROPERTY",
    "ADMIN_PASSWORD_ENV",
    "ADMIN_USER",
    "AUTH_CODE_LIFESPAN",
    "BASE_DICTIONARY_READ_ONLY",
    "CHOICES",
    "CHOICE_KINDS",
    "CLIENT_CREDENTIALS_PROPERTY",
    "CUSTOM_PREFIXES",
    "Choice",
    "DDL_COMMON_TYPES",
    "DDL_FIXED_FIELDS",
    "DDL_NAME",
    "DDL_NAME_MAX_LENGTH",
    "DDL_REFUSED_TYPES",
    "DEFAULT_ACCESS_TOKEN_LIFESPAN",
    "DEFAULT_ADMIN_PASSWORD",
    "DEFAULT_LIMIT",
    "DEFAULT_MAX_LENGTH",
    "DEFAULT_MAX_LENGTHS",
    "DEFAULT_PROFILE_SUFFIX",
    "DEFAULT_REFRESH_TOKEN_LIFESPAN",
    "FACTS",
    "GLOBAL_DOMAIN",
    "INVALID_LIMIT_MESSAGE",
    "INVALID_QUERY_PROPERTY",
    "MAX_REQUEST_BYTES",
    "MODULES",
    "NEW_COLUMN_EXISTING_RECORDS",
    "NEW_TABLE_ROLE_SUFFIX",
    "OAUTH_CLIENT_TYPE",
    "OAUTH_FAILURE",
    "OAUTH_FAILURE_PREFIX",
    "OAUTH_LOG_SOURCE",
    "OAUTH_PROVIDER_TYPE",
    "ONE_ACTIVE_CONNECTION_RULE",
    "PASSWORD2_DISPLAY",
    "PASSWORD2_NOT_CIPHERTEXT",
    "PLUMBING",
    "REFRESH_TOKEN_TYPE",
    "REMOTE_CALL_PATH",
    "REQUESTOR_PROFILE_TABLE",
    "ROLES",
    "SECRET_PARAMETERS",
    "SESSION_COOKIE",
    "SPOKE_ALIASES",
    "SPOKE_ENTITY_NAME",
    "SPOKE_LOCAL_ALIAS",
    "SPOKE_PROFILE_NAME",
    "SPOKE_REMOTE_ALIAS",
    "SPOKE_SCOPE",
    "SPOKE_SCOPE_NAME",
    "STATE_REQUIRED_PROPERTY",
    "TOKEN_REUSE",
    "TOKEN_SCOPE",
    "UNIQUE_INDEX_VIOLATION",
]

#: The topic modules, in the order of the README's table.
MODULES: Final = (choices_spoke, choices_oauth, choices_table_api, choices_dictionary)
#: Every choice, each with its source.
CHOICES: Final[tuple[Choice, ...]] = tuple(c for module in MODULES for c in module.CHOICES)
#: Names that hold documented values (name -> source), not choices.
FACTS: Final[dict[str, str]] = {name: source for module in MODULES for name, source in module.FACTS.items()}
#: The emulator's own names (users, environment, logging): nothing ServiceNow decides.
PLUMBING: Final[frozenset[str]] = frozenset(name for module in MODULES for name in module.PLUMBING)
