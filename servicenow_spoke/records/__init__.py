"""L2 constructs: one per record kind of the spoke, typed, with defaults and synth-time validation.

Each construct wraps one generated L1 binding (``providers/servicenow``) as its child ``Resource`` (or
``Lookup`` for a data source), so the Terraform address of the record is derived from the construct's
path: construct ids are a public contract (changing one replaces the record).

One module per seam: ``base`` (what every record shares: provider check, stable create key, literal
check, references, stack-wide uniqueness), ``oauth`` (the remote endpoint, the local registry),
``lookups`` (profile, alias, user), ``credentials``, ``connection``, ``generic`` (any table). Every
name stays importable from ``servicenow_spoke.records``.
"""

from __future__ import annotations

from ..secrets import GeneratedClientSecret as GeneratedClientSecret
from .base import CREATE_KEY_NAMESPACE as CREATE_KEY_NAMESPACE
from .base import DataServicenowRecord as DataServicenowRecord
from .base import ServicenowProvider as ServicenowProvider
from .base import stable_sys_id as stable_sys_id
from .connection import HttpConnection
from .credentials import BasicAuthCredential, OAuth2Credential
from .generic import GenericRecord
from .lookups import ConnectionAlias, OAuthEntityProfile, UserLookup
from .lookups import DataServicenowConnectionAlias as DataServicenowConnectionAlias
from .lookups import DataServicenowOauthEntityProfile as DataServicenowOauthEntityProfile
from .oauth import ApplicationRegistry, OAuthApiEndpoint

__all__ = [
    "ApplicationRegistry",
    "BasicAuthCredential",
    "ConnectionAlias",
    "GenericRecord",
    "HttpConnection",
    "OAuth2Credential",
    "OAuthApiEndpoint",
    "OAuthEntityProfile",
    "UserLookup",
]
