"""The Table API client: one `requests` session per provider configuration, auth, bounded retries.

Retries: 429 (honouring `Retry-After`), 500, 502, 503, 504 and connection errors, with exponential
backoff and jitter, at most `max_retries` times. GET, PATCH and DELETE are retried as they are (they
write absolute values; a DELETE answered 404 the second time is "already gone"). A POST is retried only
in a way that cannot make a duplicate: see `creates.py`, which also holds `create`'s logic.

Nothing here ever logs or raises a secret: log lines carry the method, the path, the status and the
duration; errors carry ServiceNow's message and detail.
"""

from __future__ import annotations

import email.utils
import random
import sys
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import requests

from terraform_provider_servicenow import PROVIDER_VERSION
from terraform_provider_servicenow.redact import scrub
from terraform_provider_servicenow.settings import Settings

RETRY_STATUSES = frozenset({429, 502, 503, 504})
# Retried too when the request can be repeated safely: every method but a POST without a lookup.
RETRY_UNLESS_UNSAFE = frozenset({500})
# Words of ServiceNow's answer to an insert whose sys_id is taken (403 "Operation Failed").
DUPLICATE_WORDS = "already exists"
TOKEN_PATH = "/oauth_token.do"
TOKEN_EARLY_REFRESH_SECONDS = 30.0
USER_AGENT = f"terraform-provider-servicenow/{PROVIDER_VERSION}"
MAX_ERROR_TEXT = 300


def log(level: str, message: str) -> None:
    """A line for terraform's log (TF_LOG): terraform reads the provider's stderr."""
    try:
        print(scrub(f"[{level}] servicenow: {message}"), file=sys.stderr, flush=True)
    except (OSError, ValueError):
        pass


@dataclass(eq=False)
class ApiError(Exception):
    """ServiceNow answered with an error (or never answered)."""

    operation: str  # "create", "read", "update", "delete", "query", "token"
    table: str
    status: int | None  # None: no answer (connection error, timeout)
    message: str
    detail: str = ""
    method: str = ""
    path: str = ""
    auth_method: str = ""
    username: str | None = None
    attempts: int = 1

    def __str__(self) -> str:
        status = f"HTTP {self.status}" if self.status is not None else "no answer"
        return f"{self.operation} on {self.table}: {status}: {self.message}"


class UncheckableCreate(ApiError):
    """A create whose outcome stays unknown: the record may exist (the check after an ambiguous failure
    itself failed, or the instance ignores client sys_ids and the record has no natural key)."""


@dataclass(frozen=True)
class NaturalKey:
    """How a record is found without its sys_id: `column=value` (plus the kind's fixed values)."""

    column: str
    value: str
    extra_query: str = ""


def is_ambiguous(method: str, status: int | None) -> bool:
    """After this answer (None: none), a POST may or may not have been committed."""
    return method == "POST" and (status is None or status >= 500)


def is_duplicate_error(err: ApiError) -> bool:
    """ServiceNow's refusal of an insert whose sys_id (or another unique column) is taken."""
    return err.status in (400, 403, 409) and DUPLICATE_WORDS in f"{err.message} {err.detail}".lower()


@dataclass
class Response:
    status: int
    body: Any
    headers: Mapping[str, str] = field(default_factory=dict)


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def record_sys_id(record: Any) -> str | None:
    """The sys_id of a Table API record (a plain string or a reference object)."""
    if not isinstance(record, Mapping):
        return None
    value = record.get("sys_id")
    if isinstance(value, Mapping):
        value = value.get("value")
    return str(value) if value else None


def error_from_body(body: Any, text: str) -> tuple[str, str]:
    """(message, detail) from ServiceNow's error envelope, or from an OAuth error, or the raw text."""
    if isinstance(body, Mapping):
        err = body.get("error")
        if isinstance(err, Mapping):
            return str(err.get("message") or ""), str(err.get("detail") or "")
        if isinstance(err, str):  # OAuth: {"error": "...", "error_description": "..."}
            return err, str(body.get("error_description") or "")
    cleaned = " ".join(text.split())
    return (cleaned[:MAX_ERROR_TEXT] or "(empty body)"), ""


class TokenSource:
    """OAuth access tokens from /oauth_token.do: password or client-credentials grant, with refresh."""

    def __init__(self, client: TableClient):
        self._client = client
        self._lock = threading.Lock()
        self._access: str | None = None
        self._refresh: str | None = None
        self._expires_at = 0.0

    def header(self) -> str:
        with self._lock:
            if self._access is None or time.monotonic() >= self._expires_at - TOKEN_EARLY_REFRESH_SECONDS:
                self._obtain()
            return f"Bearer {self._access}"

    def invalidate(self, rejected: str) -> None:
        with self._lock:
            if self._access is not None and f"Bearer {self._access}" == rejected:
                self._access = None

    def _obtain(self) -> None:
        s = self._client.settings
        if self._refresh:
            form = {
                "grant_type": "refresh_token",
                "client_id": s.client_id or "",
                "client_secret": s.client_secret or "",
                "refresh_token": self._refresh,
            }
            try:
                self._store(self._client.token_request(form))
                return
            except ApiError as exc:
                log("INFO", f"token refresh refused (HTTP {exc.status}); requesting a new grant")
                self._refresh = None
        if s.auth_method == "oauth_password":
            form = {
                "grant_type": "password",
                "client_id": s.client_id or "",
                "client_secret": s.client_secret or "",
                "username": s.username or "",
                "password": s.password or "",
            }
        else:
            form = {
                "grant_type": "client_credentials",
                "client_id": s.client_id or "",
                "client_secret": s.client_secret or "",
            }
        self._store(self._client.token_request(form))

    def _store(self, body: Mapping[str, Any]) -> None:
        token = body.get("access_token")
        if not token:
            raise ApiError("token", "oauth_token.do", 200, "the token answer has no access_token")
        self._access = str(token)
        if body.get("refresh_token"):
            self._refresh = str(body["refresh_token"])
        try:
            lifetime = float(body.get("expires_in") or 1800)
        except (TypeError, ValueError):
            lifetime = 1800.0
        self._expires_at = time.monotonic() + lifetime


class TableClient:
    def __init__(
        self,
        settings: Settings,
        session: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.settings = settings
        self.base = settings.instance_url.rstrip("/")
        self.session = session or requests.Session()
        self.session.headers.update({"Accept": "application/json", "User-Agent": USER_AGENT})
        # Passed with every request: a session-level `verify` loses to REQUESTS_CA_BUNDLE (requests #3829).
        self._verify: str | bool = settings.ca_bundle or True
        self._sleep = sleep
        self._tokens: TokenSource | None = None
        if settings.auth_method == "basic":
            self.session.auth = (settings.username or "", settings.password or "")
        else:
            self._tokens = TokenSource(self)
        self.request_count = 0
        self._count_lock = threading.Lock()
        # None until a create answers: whether the instance keeps the sys_id a create sends.
        self.client_sys_ids_honoured: bool | None = None
        # The user the instance records as sys_created_by of this provider's creates: the basic-auth or
        # password-grant user, else learned from the first create's answer.
        cc = settings.auth_method == "oauth_client_credentials"
        self.creator: str | None = None if cc else settings.username

    # ------------------------------------------------------------------ Table API

    def get(self, table: str, sys_id: str) -> dict[str, Any] | None:
        """One record, or None when the instance says 404."""
        path = f"/api/now/table/{quote(table)}/{quote(sys_id)}"
        resp = self._send("read", table, "GET", path, params=self._read_params())
        if resp.status == 404:
            return None
        return self._result(resp, "read", table, "GET", path)

    def query(
        self, table: str, query: str, *, limit: int, offset: int = 0, fields: str | None = None
    ) -> tuple[list[dict[str, Any]], int | None]:
        """One page of records matching an encoded query, and X-Total-Count when given."""
        path = f"/api/now/table/{quote(table)}"
        params = self._read_params()
        params.update({"sysparm_query": query, "sysparm_limit": str(limit), "sysparm_offset": str(offset)})
        if fields:
            params["sysparm_fields"] = fields
        resp = self._send("query", table, "GET", path, params=params)
        result = self._result(resp, "query", table, "GET", path)
        if not isinstance(result, list):
            raise ApiError("query", table, resp.status, "expected a list of records", method="GET", path=path)
        total_header = resp.headers.get("X-Total-Count")
        total = int(total_header) if total_header and total_header.isdigit() else None
        return result, total

    def query_all(self, table: str, query: str, *, limit: int, page_size: int) -> list[dict[str, Any]]:
        """Every record matching the query, page by page, up to `limit`."""
        records: list[dict[str, Any]] = []
        offset = 0
        while len(records) < limit:
            size = min(page_size, limit - len(records))
            page, total = self.query(table, query, limit=size, offset=offset)
            records.extend(page)
            offset += len(page)
            if len(page) < size or (total is not None and offset >= total):
                break
        return records

    def update(
        self, table: str, sys_id: str, body: Mapping[str, str], *, display_value: bool = False
    ) -> dict[str, Any] | None:
        """PATCH the given columns; None when the record no longer exists."""
        path = f"/api/now/table/{quote(table)}/{quote(sys_id)}"
        resp = self._send(
            "update", table, "PATCH", path, params=self._write_params(display_value), json=dict(body)
        )
        if resp.status == 404:
            return None
        return self._result(resp, "update", table, "PATCH", path)

    def delete(self, table: str, sys_id: str) -> bool:
        """DELETE; False when it was already gone."""
        path = f"/api/now/table/{quote(table)}/{quote(sys_id)}"
        resp = self._send("delete", table, "DELETE", path, params={})
        if resp.status == 404:
            return False
        if resp.status >= 400:
            raise self._error(resp, "delete", table, "DELETE", path)
        return True

    # ------------------------------------------------------------------ OAuth

    def token_request(self, form: Mapping[str, str]) -> dict[str, Any]:
        resp = self._send("token", "oauth_token.do", "POST", TOKEN_PATH, data=dict(form), authenticate=False)
        if resp.status != 200 or not isinstance(resp.body, Mapping):
            raise self._error(resp, "token", "oauth_token.do", "POST", TOKEN_PATH)
        return dict(resp.body)

    # ------------------------------------------------------------------ plumbing

    @staticmethod
    def _read_params() -> dict[str, str]:
        return {"sysparm_exclude_reference_link": "true"}

    @staticmethod
    def _write_params(display_value: bool) -> dict[str, str]:
        params = {"sysparm_exclude_reference_link": "true"}
        if display_value:
            params["sysparm_input_display_value"] = "true"
        return params

    def _backoff(self, attempt: int) -> float:
        s = self.settings
        return min(s.retry_max_delay, s.retry_base_delay * (2**attempt) * random.uniform(0.5, 1.0))

    def _send(
        self,
        operation: str,
        table: str,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        json: Any = None,
        data: Mapping[str, str] | None = None,
        authenticate: bool = True,
        lost: Callable[[], dict[str, Any] | None] | None = None,
    ) -> Response:
        s = self.settings
        url = self.base + path
        attempt = 0
        reauthenticated = False
        ambiguous = False
        while True:
            if ambiguous and lost is not None:
                found = lost()
                if found is not None:
                    return Response(0, found)
            ambiguous = False
            headers: dict[str, str] = {}
            if authenticate and self._tokens is not None:
                headers["Authorization"] = self._tokens.header()
            started = time.monotonic()
            try:
                with self._count_lock:
                    self.request_count += 1
                raw = self.session.request(
                    method,
                    url,
                    params=params,
                    json=json,
                    data=data,
                    headers=headers,
                    timeout=s.request_timeout,
                    verify=self._verify,
                )
            except requests.exceptions.SSLError:
                # Retrying cannot fix a certificate the client does not trust.
                raise ApiError(
                    operation,
                    table,
                    None,
                    f"TLS handshake with {self.base} failed: its certificate is not trusted",
                    "Set `ca_bundle` (SERVICENOW_CA_BUNDLE) to a PEM file with the CA that signed it.",
                    method=method,
                    path=path,
                    auth_method=s.auth_method,
                    username=s.username,
                ) from None
            except (
                requests.ConnectionError,
                requests.Timeout,
                requests.exceptions.ChunkedEncodingError,
            ) as exc:
                reason = type(exc).__name__
                log("WARN", f"{method} {path}: {reason} (attempt {attempt + 1})")
                if attempt >= s.max_retries:
                    found = self._committed_anyway(method, lost)
                    if found is not None:
                        return Response(0, found)
                    raise ApiError(
                        operation,
                        table,
                        None,
                        f"no answer from {self.base} after {attempt + 1} attempt(s): {reason}",
                        "Check instance_url, the network and request_timeout.",
                        method=method,
                        path=path,
                        auth_method=s.auth_method,
                        username=s.username,
                        attempts=attempt + 1,
                    ) from None
                ambiguous = is_ambiguous(method, None)
                self._sleep(self._backoff(attempt))
                attempt += 1
                continue
            elapsed_ms = (time.monotonic() - started) * 1000
            log("DEBUG", f"{method} {path} -> {raw.status_code} ({elapsed_ms:.0f} ms, attempt {attempt + 1})")
            status = raw.status_code
            if (
                status == 401
                and authenticate
                and self._tokens is not None
                and not reauthenticated
                and "Authorization" in headers
            ):
                # The access token may have expired early or been revoked: get a new one, once.
                self._tokens.invalidate(headers["Authorization"])
                reauthenticated = True
                continue
            retryable = status in RETRY_STATUSES or (
                status in RETRY_UNLESS_UNSAFE and (method != "POST" or lost is not None)
            )
            if retryable and attempt < s.max_retries:
                wait = parse_retry_after(raw.headers.get("Retry-After")) if status in (429, 503) else None
                delay = min(s.retry_max_delay, wait) if wait is not None else self._backoff(attempt)
                log("INFO", f"{method} {path}: HTTP {status}, retrying in {delay:.2f} s")
                ambiguous = is_ambiguous(method, status)
                self._sleep(delay)
                attempt += 1
                continue
            body: Any = None
            if raw.content:
                try:
                    body = raw.json()
                except ValueError:
                    body = None
            resp = Response(status, body, raw.headers)
            if is_ambiguous(method, status):
                found = self._committed_anyway(method, lost)
                if found is not None:
                    return Response(0, found)
            if status >= 400 and status != 404:
                err = self._error(resp, operation, table, method, path, text=raw.text)
                err.attempts = attempt + 1
                raise err
            return resp

    @staticmethod
    def _committed_anyway(
        method: str, lost: Callable[[], dict[str, Any] | None] | None
    ) -> dict[str, Any] | None:
        """After the last ambiguous failure of a POST: did it commit? (Then it succeeded.) `lost` raises
        UncheckableCreate when it cannot tell."""
        if method != "POST" or lost is None:
            return None
        return lost()

    def _result(self, resp: Response, operation: str, table: str, method: str, path: str) -> Any:
        if resp.status >= 400:
            raise self._error(resp, operation, table, method, path)
        if not isinstance(resp.body, Mapping) or "result" not in resp.body:
            kind = "JSON without `result`" if isinstance(resp.body, Mapping) else "not JSON"
            raise ApiError(
                operation,
                table,
                resp.status,
                f"the answer is {kind}, not a Table API answer",
                "Check instance_url (it must be the instance's base URL) and that the instance is awake "
                "(developer instances hibernate and answer with an HTML page).",
                method=method,
                path=path,
            )
        return resp.body["result"]

    def _error(
        self, resp: Response, operation: str, table: str, method: str, path: str, text: str = ""
    ) -> ApiError:
        message, detail = error_from_body(resp.body, text)
        if resp.status == 404 and not message:
            message = "No Record found"
        return ApiError(
            operation,
            table,
            resp.status,
            message,
            detail,
            method=method,
            path=path,
            auth_method=self.settings.auth_method,
            username=self.settings.username,
        )
