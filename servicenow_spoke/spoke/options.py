"""Which option of the spoke feeds which argument of each child construct, so that a child's validation
error is reported under the option the caller gave."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from ..validation import SpokeValidationError

#: For each child construct, its arguments that come from an option of the spoke (argument -> option):
#: a child's validation error is reported under the option the caller actually gave.
CHILD_ARGUMENTS: dict[str, dict[str, str]] = {
    "OAuthApplicationUser": {"user_name": "oauth_application_user"},
    "RemoteEndpoint": {
        "name": "endpoint_name",
        "access_token_lifespan": "access_token_lifespan",
        "refresh_token_lifespan": "refresh_token_lifespan",
        "pkce_required": "pkce_required",
        "code_challenge_method": "code_challenge_method",
        "client_secret": "client_secret",
    },
    "RegistryClient": {},
    "Registry": {
        "name": "registry_name",
        "default_grant_type": "default_grant_type",
        "refresh_token_lifespan": "refresh_token_lifespan",
        "pkce_required": "pkce_required",
        "code_challenge_method": "code_challenge_method",
        "application": "application",
        "accessible_from": "accessible_from",
        "active": "registry_active",
        "on_destroy": "registry_on_destroy",
    },
    "Profile": {"name": "profile_name"},
    "OAuthCredential": {
        "name": "oauth_credential_name",
        "active": "oauth_credential_active",
        "order": "oauth_credential_order",
    },
    "LocalCredential": {
        "name": "local_credential_name",
        "user_name": "local_user_name",
        "password": "local_password",
        "active": "local_credential_active",
    },
    "RemoteAlias": {"name": "remote_alias_name"},
    "LocalAlias": {"name": "local_alias_name"},
    "RemoteConnection": {
        "name": "remote_connection_name",
        "connection_url": "remote_connection_url",
        "active": "connections_active",
        "use_mid": "use_mid",
        "domain": "domain",
        "adopt": "adopt_remote_connection",
    },
    "LocalConnection": {
        "name": "local_connection_name",
        "connection_url": "local_connection_url",
        "active": "connections_active",
        "use_mid": "use_mid",
        "domain": "domain",
        "adopt": "adopt_local_connection",
    },
}


@contextmanager
def options_of(place: str, child: str) -> Iterator[None]:
    """Re-raise a child's validation error under the spoke's option that fed the argument."""
    arguments: Mapping[str, str] = CHILD_ARGUMENTS[child]
    try:
        yield
    except SpokeValidationError as error:
        option = arguments.get(error.argument)
        if option is None:
            raise
        raise SpokeValidationError(place, option, f"{error.problem} (in {error.where})", error.fix) from None
