"""The roles an instance most likely wants for each table, named in the errors of a refused request
(`errors.py`) and of a refused read (`datasources.py`). Standard library only.
"""

from __future__ import annotations

# Roles the instance most likely wants for each table (reference/servicenow.md, section B, Roles).
TABLE_ROLES: dict[str, str] = {
    "oauth_entity": "oauth_admin",
    "oauth_entity_profile": "oauth_admin",
    "oauth_entity_scope": "oauth_admin",
    "oauth_credential": "oauth_admin",
    "oauth_requestor_profile": "oauth_admin",
    "sys_dictionary": "admin, or read access to sys_dictionary and sys_db_object",
    "sys_db_object": "admin, or read access to sys_dictionary and sys_db_object",
    "oauth_2_0_credentials": "credential_admin (or connection_admin)",
    "basic_auth_credentials": "credential_admin (or connection_admin)",
    "discovery_credentials": "credential_admin (or connection_admin)",
    "http_connection": "connection_admin",
    "sys_connection": "connection_admin",
    "sys_alias": "admin",
    "sys_properties": "admin",
    "sys_user": "user_admin (or admin)",
}


#: Where reading a table needs another role than writing it (the emulator's ACLs, ServiceNow's docs:
#: "The credential_admin and connection_admin roles have read access" to aliases, connection-alias.md).
READ_ROLES: dict[str, str] = {
    "sys_alias": "connection_admin (or credential_admin)",
}
