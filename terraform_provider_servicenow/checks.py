"""Checks of configured values that need no instance: sys_ids, table and column names, values an
encoded query can carry, ServiceNow integers, URLs. Shared by resources, data sources and creates."""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING, Any

from tf.types import Unknown
from tf.utils import Diagnostics

if TYPE_CHECKING:  # pragma: no cover
    from terraform_provider_servicenow.catalog import Column

SYS_ID_RE = re.compile(r"^[0-9a-f]{32}$")
TABLE_RE = re.compile(r"^[a-z0-9_]+$")
COLUMN_RE = re.compile(r"^[A-Za-z0-9_]+$")

#: The largest and smallest values of a ServiceNow integer column (32-bit signed).
MAX_INTEGER = 2**31 - 1
MIN_INTEGER = -(2**31)
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$")
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


def whole_number_in_range(value: Any, low: int = 0, high: int = MAX_INTEGER) -> bool:
    """low <= value <= high and whole. Terraform sends a number no float64 holds exactly (2^63-1) as a
    string: it is read as one, never compared as a string."""
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
    return float(value).is_integer() and low <= value <= high


def integer_bounds(col: Column) -> tuple[int, int]:
    """The values an integer column takes: its catalog bounds, else ServiceNow's 32-bit range for a column
    described by the instance's dictionary, and 0 and up for a hand-written one (counts, lifespans)."""
    low = col.minimum if col.minimum is not None else (MIN_INTEGER if col.internal_type else 0)
    high = col.maximum if col.maximum is not None else MAX_INTEGER
    return low, high


def is_date_time(value: str) -> bool:
    """A ServiceNow date-time as the Table API reads and writes it: `YYYY-MM-DD HH:MM:SS` (UTC)."""
    if not _DATE_TIME.match(value):
        return False
    try:
        datetime.strptime(value, "%Y-%m-%d %H:%M:%S")
    except ValueError:
        return False
    return True


def url_column(col: Column) -> bool:
    """A column that holds http(s) URLs: a `url` column of the dictionary, or a hand-written `*_url`."""
    return col.internal_type == "url" or (not col.internal_type and col.name.endswith("_url"))


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
