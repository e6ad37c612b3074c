"""Synth-time validation shared by the constructs.

What a column allows (its choices, its default, the bounds of an integer, the length of a string) comes
from the provider's catalog (`terraform_provider_servicenow.catalog`, standard library only), which takes
it from the instance's dictionary: nothing here repeats it. Every check raises
:class:`SpokeValidationError`, whose message names the construct path, the argument that is wrong, what
is wrong with it, and how to fix it. Values that are Terraform tokens (references to attributes known
only after apply, variables) cannot be checked at synth time and are let through.
"""

from __future__ import annotations

import math
import re
import struct
from collections.abc import Iterable
from typing import Any

from constructs import Construct

from terraform_provider_servicenow.catalog import (
    APPLICATION_REGISTRY,
    OAUTH2_CREDENTIAL,
    OAUTH_API_ENDPOINT,
    Column,
)

from .cdk import Token
from .tree import path_of

DEFAULT_ACCESS_TOKEN_LIFESPAN: int = OAUTH_API_ENDPOINT.column("access_token_lifespan").default  # type: ignore[assignment]
"""Seconds; ServiceNow's default access token lifespan (the dictionary's default: 30 minutes)."""
DEFAULT_REFRESH_TOKEN_LIFESPAN: int = OAUTH_API_ENDPOINT.column("refresh_token_lifespan").default  # type: ignore[assignment]
"""Seconds; ServiceNow's default refresh token lifespan (the dictionary's default: 100 days)."""
DEFAULT_CODE_CHALLENGE_METHOD: str = OAUTH_API_ENDPOINT.column("code_challenge_method").default  # type: ignore[assignment]
DEFAULT_ORDER: int = OAUTH2_CREDENTIAL.column("order").default  # type: ignore[assignment]
DEFAULT_ACCESSIBLE_FROM: str = OAUTH_API_ENDPOINT.column("access").default  # type: ignore[assignment]

GRANT_TYPES = APPLICATION_REGISTRY.column("default_grant_type").choices
CODE_CHALLENGE_METHODS = OAUTH_API_ENDPOINT.column("code_challenge_method").choices
ACCESSIBLE_FROM = OAUTH_API_ENDPOINT.column("access").choices
ON_DESTROY = ("restore", "keep")

_SERVICE_NOW_URL = re.compile(r"^https://[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.service-now\.com/?$", re.IGNORECASE)
_LOOPBACK_URL = re.compile(
    r"^https?://(?:127(?:\.\d{1,3}){3}|localhost|\[::1\])(?::\d{1,5})?/?$", re.IGNORECASE
)


_URL_USERINFO = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*://)([^/?#]*)@")
#: What Terraform reads in a string as a template: an interpolation or a directive.
TEMPLATE_MARKERS = ("${", "%{")


def redact_url(value: str) -> str:
    """``value`` with any user info of a URL (``user:password@``) replaced, safe to print."""
    return _URL_USERINFO.sub(r"\1***@", value)


def _shown_value(value: str) -> str:
    return repr(redact_url(value))


class SpokeValidationError(ValueError):
    """A construct argument that cannot work; the message names the argument and the fix."""

    def __init__(self, where: str, argument: str, problem: str, fix: str) -> None:
        self.where = where
        self.argument = argument
        self.problem = problem
        self.fix = fix
        super().__init__(f"{where}: argument '{argument}': {problem}. Fix: {fix}")


def where(scope: Construct, id: str) -> str:
    """The path a construct will have, for error messages (before the construct exists)."""
    path = path_of(scope)
    return f"{path}/{id}" if path else id


#: What every string token of cdktf 0.21 and cdktn 0.24 holds: ``${TfToken[<key>]}`` (their
#: ``lib/tokens/private/encoding.js``: ``BEGIN_STRING_TOKEN_MARKER``, ``VALID_KEY_CHARS``, and
#: ``Token.isUnresolved`` of a string, which is this regular expression's test).
STRING_TOKEN_MARKER = "${TfToken["
_STRING_TOKEN = re.compile(r"\$\{TfToken\[[a-zA-Z0-9:._-]+\]\}")
#: The top 16 bits of the IEEE double that encodes a number token (``DOUBLE_TOKEN_MARKER_BITS``, same
#: file): a negative number near -1e298.
NUMBER_TOKEN_BITS = 0xFDFF


def is_token(value: Any) -> bool:
    """True when ``value`` is resolved only by Terraform (a reference, a variable...).

    What the toolchain's ``Token.is_unresolved`` answers, without asking it (a round trip to its jsii
    kernel) when the answer is certain: a string without the token marker is no token, one with a
    marked token is; an integer a double holds exactly, or a finite float without the token bits, is
    no token. Anything else of those types is asked; any other object is a token (a list, a map...)."""
    if isinstance(value, bool) or value is None:
        return False
    if isinstance(value, str):
        if STRING_TOKEN_MARKER not in value:
            return False
        if _STRING_TOKEN.search(value):
            return True
    elif isinstance(value, int):
        if -(2**53) < value < 2**53:  # exact as a double, whose top bits are then never the token's
            return False
    elif isinstance(value, float):
        if (
            math.isfinite(value)
            and struct.unpack("<Q", struct.pack("<d", value))[0] >> 48 != NUMBER_TOKEN_BITS
        ):
            return False
    else:
        return True
    return bool(Token.is_unresolved(value))


def check_instance_url(place: str, argument: str, url: str) -> str:
    """Return the URL without a trailing slash; reject anything not a ServiceNow instance or loopback."""
    if not isinstance(url, str) or not url:
        raise SpokeValidationError(
            place,
            argument,
            f"expected an instance URL, got {url!r}",
            "give https://<instance-name>.service-now.com (or a loopback URL such as http://127.0.0.1:8080)",
        )
    if is_token(url):
        return url
    check_literal(place, argument, url)
    if not (_SERVICE_NOW_URL.match(url) or _LOOPBACK_URL.match(url)):
        raise SpokeValidationError(
            place,
            argument,
            f"{_shown_value(url)} is not a ServiceNow instance URL",
            "use the form https://<instance-name>.service-now.com with no path, "
            "or a loopback URL such as http://127.0.0.1:8080 for an emulator",
        )
    return url.rstrip("/")


#: The largest value of a ServiceNow integer column (32-bit signed): lifespans, order.
MAX_INTEGER: int = OAUTH_API_ENDPOINT.column("access_token_lifespan").maximum  # type: ignore[assignment]


def _check_integer_bound(place: str, argument: str, value: int) -> None:
    if value > MAX_INTEGER:
        raise SpokeValidationError(
            place,
            argument,
            f"{value} is above {MAX_INTEGER}, the largest value a ServiceNow integer column holds",
            f"give a whole number up to {MAX_INTEGER}",
        )


def _lower_bound(minimum: int | None) -> str:
    return {None: "", 0: " zero or above", 1: " above zero"}.get(minimum, f" of {minimum} or above")


def check_column(place: str, argument: str, value: Any, column: Column, unit: str = "") -> None:
    """``value`` fits the catalog's column: its choices, an integer's bounds, a string's length.

    ``unit`` (e.g. " of seconds") goes after "whole number" in the messages. None and Terraform tokens
    are let through (unset, or known only after apply)."""
    if value is None or is_token(value):
        return
    if column.kind == "integer":
        words = unit + _lower_bound(column.minimum)
        example = column.default if column.default is not None else max(column.minimum or 0, 1)
        low = column.minimum is not None and isinstance(value, int) and value < column.minimum
        if isinstance(value, bool) or not isinstance(value, int) or low:
            raise SpokeValidationError(
                place,
                argument,
                f"must be a whole number{words}, got {value!r}",
                f"give e.g. {example} (a whole number{words})",
            )
        if column.maximum is not None and value > column.maximum:
            raise SpokeValidationError(
                place,
                argument,
                f"{value} is above {column.maximum}, the largest value the instance's `{column.name}` "
                "column holds",
                f"give a whole number up to {column.maximum}",
            )
        return
    if column.choices:
        check_choice(place, argument, value, column.choices)
    if isinstance(value, str) and column.max_length is not None and len(value) > column.max_length:
        raise SpokeValidationError(
            place,
            argument,
            f"is {len(value)} characters long; the instance's `{column.name}` column holds "
            f"{column.max_length}",
            f"give at most {column.max_length} characters",
        )


def check_non_negative_int(place: str, argument: str, value: Any) -> None:
    if value is None or is_token(value):
        return
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise SpokeValidationError(
            place, argument, f"must be a whole number zero or above, got {value!r}", "give e.g. 100"
        )
    _check_integer_bound(place, argument, value)


def check_bool(place: str, argument: str, value: Any) -> None:
    if is_token(value):
        return
    if not isinstance(value, bool):
        raise SpokeValidationError(
            place, argument, f"must be true or false, got {value!r}", "give True or False"
        )


def check_choice(place: str, argument: str, value: Any, choices: Iterable[str]) -> None:
    if value is None or is_token(value):
        return
    allowed = tuple(choices)
    if value not in allowed:
        raise SpokeValidationError(
            place, argument, f"{value!r} is not allowed", "use one of " + ", ".join(repr(c) for c in allowed)
        )


def check_literal(place: str, argument: str, value: Any) -> None:
    """A string that goes into the synthesized JSON as it is: no Terraform template (``${`` or ``%{``
    would be evaluated by Terraform, e.g. ``x${var.remote_admin_password}`` writes a password into a
    record), and no URL carrying a user name or password (it would be stored in the record and shown
    in plans). Terraform tokens (references made with cdktf) are let through. The value is never
    printed back whole: it may hold a secret."""
    if not isinstance(value, str) or is_token(value):
        return
    marker = next((m for m in TEMPLATE_MARKERS if m in value), None)
    if marker is not None:
        raise SpokeValidationError(
            place,
            argument,
            f"the value contains {marker!r}, which Terraform would evaluate as a template (a reference to "
            "a variable or a resource) instead of keeping it as text",
            f"remove {marker!r} from the value: values are literal text; to use a Terraform value, pass a "
            "cdktf token (e.g. TerraformVariable(...).string_value) from Python",
        )
    if _URL_USERINFO.match(value):
        raise SpokeValidationError(
            place,
            argument,
            f"the URL {_shown_value(value)} carries a user name or password (user:password@), which would "
            "be stored in the record and shown in plans",
            "remove the user info from the URL; credentials go in credential records and TF_VAR_* variables",
        )


def check_literals(place: str, arguments: dict[str, Any], skip: Iterable[str] = ()) -> None:
    """:func:`check_literal` for every string (and every string in a mapping or list) of ``arguments``."""
    skipped = set(skip)
    for argument, value in arguments.items():
        if argument in skipped:
            continue
        if isinstance(value, dict):
            for key, item in value.items():
                check_literal(place, f"{argument}[{key!r}]", item)
        elif isinstance(value, list | tuple):
            for index, item in enumerate(value):
                check_literal(place, f"{argument}[{index}]", item)
        else:
            check_literal(place, argument, value)


def check_name(place: str, argument: str, value: Any) -> None:
    if is_token(value):
        return
    if not isinstance(value, str) or not value.strip():
        raise SpokeValidationError(place, argument, f"must be a non-empty name, got {value!r}", "give a name")
    check_literal(place, argument, value)
    if value != value.strip():
        raise SpokeValidationError(
            place, argument, f"{value!r} has leading or trailing spaces", f"use {value.strip()!r}"
        )
    bad = next((ch for ch in value if ch == "^" or ord(ch) < 32 or ord(ch) == 127), None)
    if bad is not None:
        raise SpokeValidationError(
            place,
            argument,
            f"{value!r} contains {bad!r}: records are found by name with an encoded query, where `^` "
            "starts another condition and a control character (a line break) ends it",
            "remove it from the name",
        )


def check_http_url(place: str, argument: str, value: Any) -> None:
    """A URL the instance calls or redirects to: http(s) only."""
    check_name(place, argument, value)
    if is_token(value):
        return
    if not re.match(r"^https?://[^/\s]+", value, re.IGNORECASE):
        raise SpokeValidationError(
            place,
            argument,
            f"{value!r} is not an http(s) URL (connections and OAuth redirects only speak http(s))",
            "give https://<instance-name>.service-now.com/ (http:// only for a loopback emulator)",
        )


def check_pkce(place: str, pkce_required: bool, default_grant_type: str) -> None:
    """ServiceNow: only Authorization Code can be the default grant type when PKCE is required."""
    if is_token(pkce_required) or is_token(default_grant_type):
        return
    if pkce_required and default_grant_type != "authorization_code":
        raise SpokeValidationError(
            place,
            "pkce_required",
            f"PKCE is only allowed with the authorization-code grant, not {default_grant_type!r}",
            "set default_grant_type='authorization_code' or pkce_required=False",
        )


def check_user_name(place: str, argument: str, value: Any) -> None:
    """A user name that fits an encoded query (``user_name=<value>``) and a Terraform string as is."""
    check_name(place, argument, value)
    if is_token(value):
        return
    bad = [part for part in ("^", "${", "%{", "\n", "\r") if part in value]
    if bad:
        raise SpokeValidationError(
            place,
            argument,
            f"{value!r} contains {bad[0]!r}, which cannot be part of a user name lookup",
            "give the user's user_name as it is on the instance (the User ID field)",
        )
