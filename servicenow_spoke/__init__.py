"""Typed CDKTF constructs for the ServiceNow Remote Instance spoke (see README.md in this folder)."""

from .instance import ServiceNowInstance
from .records import (
    ApplicationRegistry,
    BasicAuthCredential,
    ConnectionAlias,
    GenericRecord,
    HttpConnection,
    OAuth2Credential,
    OAuthApiEndpoint,
    OAuthEntityProfile,
    UserLookup,
)
from .secrets import GeneratedClientSecret, SecretValue
from .spoke import OUTPUT_NAMES, RemoteInstanceSpoke, get_oauth_token_url
from .validation import SpokeValidationError

__all__ = [
    "OUTPUT_NAMES",
    "ApplicationRegistry",
    "BasicAuthCredential",
    "ConnectionAlias",
    "GeneratedClientSecret",
    "GenericRecord",
    "HttpConnection",
    "OAuth2Credential",
    "OAuthApiEndpoint",
    "OAuthEntityProfile",
    "RemoteInstanceSpoke",
    "SecretValue",
    "ServiceNowInstance",
    "SpokeValidationError",
    "UserLookup",
    "get_oauth_token_url",
]
