"""Typed CDKTF constructs for the ServiceNow Remote Instance spoke (see README.md in this folder).

They run on CDK for Terraform or CDK Terrain (``SPOKE_TOOLCHAIN``, see :mod:`servicenow_spoke.toolchain`).
The names below are imported on first use, so that reading the toolchain choice starts no CDK runtime.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "OUTPUT_NAMES": "spoke",
    "ApplicationRegistry": "records",
    "BasicAuthCredential": "records",
    "ConnectionAlias": "records",
    "GeneratedClientSecret": "secrets",
    "GenericRecord": "records",
    "HttpConnection": "records",
    "OAuth2Credential": "records",
    "OAuthApiEndpoint": "records",
    "OAuthEntityProfile": "records",
    "RemoteInstanceSpoke": "spoke",
    "SecretValue": "secrets",
    "ServiceNowInstance": "instance",
    "SpokeValidationError": "validation",
    "UserLookup": "records",
    "get_oauth_token_url": "spoke",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'servicenow_spoke' has no attribute {name!r}")
    return getattr(importlib.import_module(f"servicenow_spoke.{_EXPORTS[name]}"), name)
