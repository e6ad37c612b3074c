"""The small HTML pages and JSON errors of the OAuth endpoints, and PKCE's S256."""

from __future__ import annotations

import base64
import hashlib
import html
import json
from urllib.parse import urlencode, urlsplit, urlunsplit

from werkzeug.wrappers import Response

FORM_TYPE = "application/x-www-form-urlencoded"


def s256(verifier: str) -> str:
    """The PKCE S256 code challenge of a verifier."""
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()


def page(title: str, body: str, status: int = 200) -> Response:
    text = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>"
        + html.escape(title)
        + "</title></head><body><h1>"
        + html.escape(title)
        + "</h1>"
        + body
        + "</body></html>"
    )
    return Response(text, status=status, content_type="text/html; charset=utf-8")


def error_page(message: str, status: int = 400) -> Response:
    return page("Error", f"<p id='error'>{html.escape(message)}</p>", status)


def hidden_fields(params: dict[str, str]) -> str:
    return "".join(
        f"<input type='hidden' name='{html.escape(k)}' value='{html.escape(v)}'>" for k, v in params.items()
    )


def with_query(url: str, params: dict[str, str]) -> str:
    parts = urlsplit(url)
    query = parts.query + ("&" if parts.query else "") + urlencode(params)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))


def json_error(status: int, message: str, detail: str) -> Response:
    body = {"error": {"message": message, "detail": detail}, "status": "failure"}
    return Response(json.dumps(body), status=status, content_type="application/json")
