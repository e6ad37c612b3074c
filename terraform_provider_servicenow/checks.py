"""Checks of configured values that need no instance: sys_ids, table and column names, values an
encoded query can carry, ServiceNow integers, URLs. Shared by resources, data sources and creates."""

from __future__ import annotations

import re
from typing import Any

from tf.types import Unknown
from tf.utils import Diagnostics

SYS_ID_RE = re.compile(r"^[0-9a-f]{32}$")
TABLE_RE = re.compile(r"^[a-z0-9_]+$")
COLUMN_RE = re.compile(r"^[A-Za-z0-9_]+$")

#: The largest value of a ServiceNow integer column (32-bit signed).
MAX_INTEGER = 2**31 - 1
_HTTP_URL = re.compile(r"^https?://[^/\s,]+", re.IGNORECASE)

QUERY_UNSAFE_HELP = (
    "it must not contain `^` or a line break (an encoded query would read it as another query)"
)


def known(value: Any) -> bool:
    return value is not None and value is not Unknown


def query_unsafe(value: str) -> bool:
    """A value that an encoded query cannot carry as it is: `^` starts a new condition (a different
    query), and a line break ends it."""
    return any(ch in value for ch in "^\r\n")


def whole_number_in_range(value: Any) -> bool:
    """0 <= value <= MAX_INTEGER and whole. Terraform sends a number no float64 holds exactly (2^63-1)
    as a string: it is read as one, never compared as a string."""
    if isinstance(value, bool):
        return False
    if isinstance(value, str):
        try:
            value = int(value)
        except ValueError:
            try:
                value = float(value)
            except ValueError:
                return False
    if not isinstance(value, int | float) or value != value or value in (float("inf"), float("-inf")):
        return False
    return float(value).is_integer() and 0 <= value <= MAX_INTEGER


def http_urls(value: str) -> bool:
    """An http(s) URL, or a comma-separated list of them (redirect URLs)."""
    return all(_HTTP_URL.match(part.strip()) for part in value.split(","))


def is_reference(value: str) -> bool:
    """A sys_id, or `global` (the global domain and scope)."""
    return bool(SYS_ID_RE.match(value)) or value == "global"


def check_create_sys_id(diags: Diagnostics, type_name: str, value: Any) -> None:
    if known(value) and isinstance(value, str) and not SYS_ID_RE.match(value):
        diags.add_error(
            f"Invalid create_sys_id for {type_name}",
            f"{value!r} is not a sys_id: give 32 lowercase hexadecimal characters, the same on every run "
            '(e.g. replace(uuidv5("url", "<stack>/<address>"), "-", "")), or leave it unset.',
            path=["create_sys_id"],
        )
