"""The WSGI application: Table API, emulator admin endpoints, fault injection and the request log."""

from __future__ import annotations

import base64
import binascii
import json
import re
import threading
import time
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode

from werkzeug.wrappers import Request, Response

from servicenow_emulator import choices as C
from servicenow_emulator import query as Q
from servicenow_emulator.columns import Column
from servicenow_emulator.faults import FaultSettings, FaultState
from servicenow_emulator.instance import Instance, RecordError, User, not_found
from servicenow_emulator.store import Store

_TABLE_PATH = re.compile(r"^/api/now/(?:v[12]/)?table/([^/]+)(?:/([^/]+))?/?$")
_JSON_TYPE = "application/json;charset=UTF-8"
_TRUE = ("true", "1")

__all__ = ["EmulatorApp", "FaultSettings"]


def _error(status: int, message: str, detail: str | None = None, headers: Iterable = ()) -> Response:
    body = {"error": {"message": message, "detail": detail}, "status": "failure"}
    response = Response(json.dumps(body), status=status, content_type=_JSON_TYPE)
    for key, value in headers:
        response.headers[key] = value
    return response


def _json(data: Any, status: int = 200) -> Response:
    return Response(json.dumps(data, separators=(",", ":")), status=status, content_type=_JSON_TYPE)


def redact_query(
    query_string: str, table: str | None = None, columns: Mapping[str, Mapping[str, Column]] | None = None
) -> str:
    """The query string for the request log, without secrets.

    Every secret-looking parameter is removed. In ``sysparm_query`` the value of every term on a secret
    field is replaced by ``********``: a password2 column of ``table`` (dot-walks followed), or with no
    known table any field whose name looks secret. For a known table, a ``name=value`` parameter on one
    of its password2 columns is removed too. ``columns``: the instance's columns per table.
    """
    columns = columns or {}

    def secret_field(name: str) -> bool:
        if table is not None and table in columns:
            return is_password2(columns, table, name)
        return _is_secret(name.rsplit(".", 1)[-1])

    kept = []
    for key, value in parse_qsl(query_string, keep_blank_values=True):
        if _is_secret(key) or (table is not None and is_password2(columns, table, key)):
            continue
        if key == "sysparm_query":
            value = Q.redact(value, secret_field)
        kept.append((key, value))
    return urlencode(kept)


def is_password2(columns: Mapping[str, Mapping[str, Column]], table: str, name: str) -> bool:
    """Whether ``name`` (a column of ``table`` or a one-level dot-walk) is a password2 column."""
    cols = columns.get(table, {})
    ref, dot, sub = name.partition(".")
    col = cols.get(ref)
    if col is not None and dot:
        target = col.reference or ""
        col = columns[target].get(sub) if target in columns and "." not in sub else None
    return col is not None and col.type == "password2"


def _is_secret(name: str) -> bool:
    lowered = name.lower()
    return lowered in C.SECRET_PARAMETERS or any(w in lowered for w in ("password", "secret", "token"))


class RequestLog:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: list[dict[str, Any]] = []

    def add(self, entry: dict[str, Any]) -> None:
        with self._lock:
            self._entries.append(entry)

    def entries(self) -> list[dict[str, Any]]:
        with self._lock:
            return [dict(e) for e in self._entries]

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


class EmulatorApp:
    """One ServiceNow instance as a WSGI application."""

    def __init__(
        self,
        name: str,
        *,
        data: str | None = None,
        seed: str | None = "spoke",
        admin_password: str = C.DEFAULT_ADMIN_PASSWORD,
        faults: FaultSettings | None = None,
        without_columns: tuple[str, ...] = (),
    ) -> None:
        if not name or not re.match(r"^[A-Za-z0-9_-]+$", name):
            raise ValueError(f"instance name must be letters, digits, '-' or '_'; got {name!r}")
        self.name = name
        self.store = Store(data)
        self.instance = Instance(
            name, store=self.store, admin_password=admin_password, seed=seed, without_columns=without_columns
        )
        self.faults = FaultState(faults)
        self.log = RequestLog()
        from servicenow_emulator.oauth import OAuth  # late import: oauth uses this module's helpers

        self.oauth = OAuth(self)

    @property
    def base_url(self) -> str:
        return self.instance.base_url

    @base_url.setter
    def base_url(self, value: str) -> None:
        self.instance.base_url = value.rstrip("/")

    # ------------------------------------------------------------------ WSGI entry
    def __call__(self, environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        request = Request(environ)
        started = time.perf_counter()
        path = request.path
        user_box: list[str | None] = [None]
        if path.startswith("/api/x_emulator/"):
            response = self._admin(request)
            return response(environ, start_response)
        faultable = path.startswith("/api/now/") or path == "/oauth_token.do"
        status: int | None
        try:
            response = None
            if faultable:
                if self.faults.latency():
                    time.sleep(self.faults.latency())
                decision = self.faults.decide()
                if decision.kind == "drop":
                    environ["emulator.drop"] = True
                    response = Response(b"", status=500)
                elif decision.kind == "429":
                    limit = self.faults.settings.rate_limit_after or 100
                    response = _error(
                        429,
                        "Rate limit exceeded",
                        f"Rate limit of {limit} requests per hour for Table API exceeded",
                        decision.headers,
                    )
                elif decision.kind == "500":
                    response = _error(500, "Internal server error", "Injected fault: error_rate_500")
                elif decision.kind == "503":
                    response = _error(503, "Service Unavailable", "Injected fault: error_rate_503")
                if response is None:
                    response = self._dispatch(request, user_box)
                    if request.method == "POST" and self.faults.take_drop_after_commit():
                        environ["emulator.drop"] = True
                for key, value in decision.headers:
                    response.headers.setdefault(key, value)
            else:
                response = self._dispatch(request, user_box)
            status = None if environ.get("emulator.drop") else response.status_code
        except Exception as exc:  # noqa: BLE001 - answer in ServiceNow's envelope, never a traceback
            response = _error(500, "Internal server error", type(exc).__name__)
            status = 500
        self.log.add(
            {
                "method": request.method,
                "path": path,
                "query": redact_query(
                    request.query_string.decode("latin-1"), _table_of(path), self.instance.columns
                ),
                "status": status,
                "user": user_box[0],
                "duration_ms": round((time.perf_counter() - started) * 1000, 3),
                "time": datetime.now(UTC).isoformat(timespec="milliseconds"),
            }
        )
        return response(environ, start_response)

    def _dispatch(self, request: Request, user_box: list[str | None]) -> Response:
        path = request.path
        match = _TABLE_PATH.match(path)
        if match:
            return self._table_api(request, match.group(1), match.group(2), user_box)
        if path.startswith("/api/"):
            user = self.authenticate(request)
            if user is None:
                return self._unauthenticated()
            user_box[0] = user.user_name
            if path == C.REMOTE_CALL_PATH:
                return self.oauth.remote_call(request, user)
            return _error(400, "Requested URI does not represent any resource", None)
        return self.oauth.dispatch(request, user_box)

    # ------------------------------------------------------------------ authentication
    def authenticate(self, request: Request) -> User | None:
        header = request.headers.get("Authorization", "")
        scheme, _, credentials = header.partition(" ")
        if scheme.lower() == "basic":
            try:
                decoded = base64.b64decode(credentials.strip(), validate=True).decode()
            except (binascii.Error, UnicodeDecodeError):
                return None
            user_name, sep, password = decoded.partition(":")
            return self.instance.check_password(user_name, password) if sep else None
        if scheme.lower() == "bearer":
            return self.oauth.user_for_token(credentials.strip())
        if not header and request.args.get("access_token"):
            return self.oauth.user_for_token(request.args["access_token"])
        return None

    @staticmethod
    def _unauthenticated() -> Response:
        return _error(
            401,
            "User Not Authenticated",
            "Required to provide Auth information",
            [("WWW-Authenticate", 'Basic realm="Service-now"')],
        )

    # ------------------------------------------------------------------ Table API
    def _table_api(
        self, request: Request, table: str, sys_id: str | None, user_box: list[str | None]
    ) -> Response:
        method = request.method
        if method == "POST" and request.headers.get("X-HTTP-Method-Override"):
            method = request.headers["X-HTTP-Method-Override"].upper()
        user = self.authenticate(request)
        if user is None:
            return self._unauthenticated()
        user_box[0] = user.user_name
        if not _accepts_json(request.headers.get("Accept", "")):
            return _error(
                406,
                "Not Acceptable",
                f"Only application/json is served; the request's Accept is {request.headers['Accept']!r}",
            )
        if table not in self.instance.schema:
            return _error(400, f"Invalid table {table}", None)
        allowed = ("GET", "HEAD", "PUT", "PATCH", "DELETE") if sys_id else ("GET", "HEAD", "POST")
        if method not in allowed:
            return _error(
                405,
                "Method not Supported",
                f"{method} is not supported on {request.path}; use one of {', '.join(allowed)}",
                [("Allow", ", ".join(allowed))],
            )
        try:
            if method in ("GET", "HEAD"):
                if sys_id:
                    return self._get_one(request, table, sys_id, user)
                return self._get_list(request, table, user)
            if method == "DELETE":
                self.instance.delete(table, sys_id or "", user)
                return Response(status=204)
            body = self._body(request)
            display = request.args.get("sysparm_input_display_value", "false").lower() in _TRUE
            if method == "POST":
                record = self.instance.insert(table, body, user, display=display)
                response = self._record_response(request, table, record, 201, user)
                response.headers["Location"] = f"{self.base_url}/api/now/table/{table}/{record['sys_id']}"
                return response
            _cls, record = self.instance.update(table, sys_id or "", body, user, display=display)
            return self._record_response(request, table, record, 200, user)
        except RecordError as err:
            return _error(err.status, err.message, err.detail)

    @staticmethod
    def _body(request: Request) -> dict[str, Any]:
        content_type = request.headers.get("Content-Type", "")
        if not content_type:
            raise RecordError(
                400,
                "Missing Content-Type header",
                "A request with a body needs 'Content-Type: application/json'",
            )
        if content_type.split(";")[0].strip().lower() != "application/json":
            raise RecordError(
                400,
                f"Content-Type {content_type.split(';')[0].strip()} is not supported",
                "Send the body as JSON with 'Content-Type: application/json'",
            )
        raw = request.get_data()
        try:
            body = json.loads(raw or b"")
        except (ValueError, UnicodeDecodeError):
            raise RecordError(
                400, "Exception while reading request", "The payload is not valid JSON."
            ) from None
        except RecursionError:
            raise RecordError(
                400,
                "Exception while reading request",
                "The payload is nested too deeply: a Table API record is one flat JSON object",
            ) from None
        if not isinstance(body, dict):
            raise RecordError(
                400,
                "Exception while reading request",
                "The payload must be one JSON object: the Table API inserts or updates exactly one record",
            )
        return body

    def _record_response(
        self, request: Request, table: str, record: dict[str, str], status: int, user: User
    ) -> Response:
        if request.headers.get("X-no-response-body", "").lower() == "true":
            return Response(status=status)
        view = self._view_options(request)
        return _json({"result": self.render(table, record, view, self.instance.resolver(user))}, status)

    @staticmethod
    def _view_options(request: Request) -> dict[str, Any]:
        fields = request.args.get("sysparm_fields", "")
        return {
            "display": request.args.get("sysparm_display_value", "false").lower(),
            "exclude_link": request.args.get("sysparm_exclude_reference_link", "false").lower() in _TRUE,
            "fields": [f.strip() for f in fields.split(",") if f.strip()] if fields else None,
        }

    def render(self, table: str, record: dict[str, str], view: dict[str, Any], lookup: Any) -> dict[str, Any]:
        inst = self.instance
        names = view["fields"] if view["fields"] is not None else list(self.instance.columns[table])
        out: dict[str, Any] = {}
        for name in names:
            if not inst.valid_field(table, name):
                continue
            col = inst._column(table, name)
            assert col is not None
            value = inst.field_value(table, record, name, lookup)
            if col.type == "password2" and value and not inst.is_ciphertext(value):
                # A clear text stored verbatim (written without sysparm_input_display_value=true) is
                # never returned: it reads as blank (choices.py / README).
                value = C.PASSWORD2_NOT_CIPHERTEXT
            mode = view["display"]
            if mode in ("true", "all"):
                shown = inst.display_value(table, record, name, lookup)
            if col.type == "reference" and value:
                link = f"{self.base_url}/api/now/table/{col.reference}/{value}"
                if mode == "true":
                    out[name] = shown if view["exclude_link"] else {"display_value": shown, "link": link}
                elif mode == "all":
                    item = {"display_value": shown, "value": value}
                    if not view["exclude_link"]:
                        item["link"] = link
                    out[name] = item
                else:
                    out[name] = value if view["exclude_link"] else {"link": link, "value": value}
            elif mode == "true":
                out[name] = shown
            elif mode == "all":
                out[name] = {"display_value": shown, "value": value}
            else:
                out[name] = value
        return out

    def _get_one(self, request: Request, table: str, sys_id: str, user: User) -> Response:
        found = self.instance.get(table, sys_id)
        if found is None or not self.instance.can(user, table, "read"):
            raise not_found()
        view = self._view_options(request)
        return _json({"result": self.render(table, found[1], view, self.instance.resolver(user))})

    def _get_list(self, request: Request, table: str, user: User) -> Response:
        args = request.args
        encoded = args.get("sysparm_query", "")
        pairs = [
            f"{k}={v}"
            for k, v in args.items(multi=True)
            if not k.startswith("sysparm_") and k in self.instance.columns[table]
        ]
        if pairs:
            encoded = "^".join([encoded, *pairs]) if encoded else "^".join(pairs)
        # A term on a password2 column matches nothing, an ORDERBY on one is dropped: no query can probe a
        # secret, stored encrypted or verbatim (README, "Choices").
        columns = self.instance.columns
        encoded = Q.seal(encoded, lambda name: is_password2(columns, table, name))
        limit = _limit_arg(args.get("sysparm_limit"))
        offset = _int_arg(args.get("sysparm_offset"), 0, minimum=0)
        rows = self.instance.query(table, encoded, user)
        total = len(rows)
        page = rows[offset : offset + limit]
        view = self._view_options(request)
        lookup = self.instance.resolver(user)
        response = _json({"result": [self.render(table, rec, view, lookup) for _cls, rec in page]})
        if args.get("sysparm_no_count", "false").lower() not in _TRUE:
            response.headers["X-Total-Count"] = str(total)
        if args.get("sysparm_suppress_pagination_header", "false").lower() not in _TRUE:
            response.headers["Link"] = self._links(request, offset, limit, total)
        return response

    def _links(self, request: Request, offset: int, limit: int, total: int) -> str:
        base = [
            (k, v) for k, v in request.args.items(multi=True) if k not in ("sysparm_offset", "sysparm_limit")
        ]

        def url(at: int) -> str:
            query = urlencode([*base, ("sysparm_limit", str(limit)), ("sysparm_offset", str(at))])
            return f"{self.base_url}{request.path}?{query}"

        last = max(0, ((total - 1) // limit) * limit) if total else 0
        links = [f'<{url(0)}>;rel="first"']
        if offset > 0:
            links.append(f'<{url(max(0, offset - limit))}>;rel="prev"')
        if offset + limit < total:
            links.append(f'<{url(offset + limit)}>;rel="next"')
        links.append(f'<{url(last)}>;rel="last"')
        return ",".join(links)

    # ------------------------------------------------------------------ emulator admin endpoints
    def _admin(self, request: Request) -> Response:
        user = self.authenticate(request)
        if user is None:
            return self._unauthenticated()
        if "admin" not in user.roles:
            return _error(403, "User Not Authorized", "The emulator's admin endpoints need the admin role")
        path = request.path.rstrip("/")
        if path == "/api/x_emulator/faults":
            if request.method == "GET":
                return _json(self.faults.get().to_json())
            if request.method == "PUT":
                try:
                    settings = FaultSettings.from_json(json.loads(request.get_data() or b"null"))
                except ValueError as err:
                    return _error(400, "Invalid fault settings", str(err))
                self.faults.set(settings)
                return _json(settings.to_json())
            if request.method == "DELETE":
                self.faults.set(FaultSettings())
                return Response(status=204)
            return _error(
                405, "Method not Supported", "Use GET, PUT or DELETE", [("Allow", "GET, PUT, DELETE")]
            )
        if path == "/api/x_emulator/requests":
            if request.method == "GET":
                return _json(self.log.entries())
            if request.method == "DELETE":
                self.log.clear()
                return Response(status=204)
            return _error(405, "Method not Supported", "Use GET or DELETE", [("Allow", "GET, DELETE")])
        return _error(400, "Requested URI does not represent any resource", None)


def _table_of(path: str) -> str | None:
    match = _TABLE_PATH.match(path)
    return match.group(1) if match else None


def _accepts_json(accept: str) -> bool:
    """Whether an Accept header allows a JSON answer (no header, */*, application/*, application/json)."""
    if not accept.strip():
        return True
    for item in accept.split(","):
        media = item.split(";")[0].strip().lower()
        if media in ("*/*", "application/*", "application/json"):
            return True
    return False


def _limit_arg(value: str | None) -> int:
    """``sysparm_limit``: absent means the default; 0, negative or not a number is refused with 400, as
    ServiceNow does since London (pysnow issue #100)."""
    if value is None:
        return C.DEFAULT_LIMIT
    try:
        number = int(value.strip())
    except ValueError:
        number = 0
    if number < 1:
        raise RecordError(400, C.INVALID_LIMIT_MESSAGE, None)
    return number


def _int_arg(value: str | None, default: int, *, minimum: int) -> int:
    if value is None or value == "":
        return default
    try:
        number = int(value)
    except ValueError:
        return default
    return max(minimum, number)
