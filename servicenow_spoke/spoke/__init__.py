"""L3: the whole ServiceNow Remote Instance spoke between a local and a remote instance.

One module per seam: ``construct`` (:class:`RemoteInstanceSpoke`, which builds the records), ``checks``
(its own arguments, checked before anything is built), ``options`` (which option feeds which child
argument, for errors), ``outputs`` (the output names, a public contract, and the "Get OAuth Token" URL).
Every name stays importable from ``servicenow_spoke.spoke``.
"""

from __future__ import annotations

from .construct import CLIENT_CREDENTIALS_PROPERTY, RemoteInstanceSpoke
from .options import CHILD_ARGUMENTS
from .outputs import OUTPUT_NAMES, get_oauth_token_url

__all__ = [
    "CHILD_ARGUMENTS",
    "CLIENT_CREDENTIALS_PROPERTY",
    "OUTPUT_NAMES",
    "RemoteInstanceSpoke",
    "get_oauth_token_url",
]
