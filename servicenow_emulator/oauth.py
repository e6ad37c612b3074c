"""OAuth 2.0 as a ServiceNow instance does it.

Provider side (the remote): ``/oauth_token.do`` (grants password, refresh_token, client_credentials,
authorization_code with PKCE), ``/oauth_auth.do`` (login, consent, ``state``) and ``/login.do``.
Client side (the local): ``/oauth_initiator.do`` ("Get OAuth Token") and ``/oauth_redirect.do``, which
exchanges the code at the remote's token URL and keeps the tokens in ``oauth_credential``
(``oauth_client.py``).
"""

from __future__ import annotations

import html
import json
import secrets
import threading
import time
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode, urlsplit

from werkzeug.wrappers import Request, Response

from servicenow_emulator import choices as C
from servicenow_emulator.oauth_client import OAuthClientSide
from servicenow_emulator.oauth_pages import FORM_TYPE, error_page, hidden_fields, page, s256, with_query
from servicenow_emulator.records import User, now, parse_time

if TYPE_CHECKING:
    from servicenow_emulator.app import EmulatorApp

_OAUTH_PARAMS = ("response_type", "client_id", "redirect_uri", "state", "scope", "code_challenge",
                 "code_challenge_method")  # fmt: skip


class OAuthFailure(Exception):
    """Any /oauth_token.do failure: ServiceNow answers 401 with one fixed body."""


class _RedirectError(Exception):
    """An authorization request error sent back to the (valid) redirect URI, as RFC 6749 4.1.2.1 says."""

    def __init__(self, error: str, description: str) -> None:
        super().__init__(description)
        self.error = error
        self.description = description


class OAuth(OAuthClientSide):
    def __init__(self, app: EmulatorApp) -> None:
        self.app = app
        self.inst = app.instance
        self._lock = threading.Lock()
        self._codes: dict[str, dict[str, Any]] = {}
        self._sessions: dict[str, dict[str, str]] = {}  # session id -> {"user": sys_id, "ck": csrf token}
        self._pending: dict[str, dict[str, Any]] = {}  # local side: state -> what the redirect needs
        self._tokens: dict[str, tuple[str, float]] = {}  # access token -> (user sys_id, expiry epoch)
        self._tokens_version = -1

    # ------------------------------------------------------------------ routing
    def dispatch(self, request: Request, user_box: list[str | None]) -> Response:
        path = request.path
        if path == "/oauth_token.do":
            return self.token(request)
        if path == "/oauth_auth.do":
            return self.authorize(request, user_box)
        if path == "/login.do":
            return self.login(request)
        if path == "/oauth_initiator.do":
            return self.initiator(request, user_box)
        if path == "/oauth_redirect.do":
            return self.redirect(request, user_box)
        if path in ("/", "/index.do"):
            return page(
                f"ServiceNow emulator: {self.inst.name}",
                f"<p>Instance <b>{html.escape(self.inst.name)}</b> at {html.escape(self.app.base_url)}</p>",
            )
        return error_page(f"No page at {path}", 404)

    # ------------------------------------------------------------------ sessions (UI login)
    @property
    def cookie_name(self) -> str:
        # Cookies ignore ports: two emulators on 127.0.0.1 need distinct cookie names.
        port = urlsplit(self.app.base_url).port or 0
        return f"{C.SESSION_COOKIE}_{port}"

    def session(self, request: Request) -> tuple[str, dict[str, str]] | None:
        sid = request.cookies.get(self.cookie_name, "")
        with self._lock:
            data = self._sessions.get(sid)
        return (sid, data) if data else None

    def session_user(self, request: Request) -> User | None:
        found = self.session(request)
        return self.inst.user_by_id(found[1]["user"]) if found else None

    def _login_form(self, goto: str, message: str = "", status: int = 200) -> Response:
        note = f"<p id='error'>{html.escape(message)}</p>" if message else ""
        return page(
            "Log in",
            note
            + "<form method='post' action='/login.do'>"
            + "<label>User name <input type='text' name='user_name'></label>"
            + "<label>Password <input type='password' name='user_password'></label>"
            + hidden_fields({"sysparm_goto_url": goto})
            + "<button type='submit' name='sysparm_login' value='login'>Log in</button></form>",
            status,
        )

    def login(self, request: Request) -> Response:
        goto = request.values.get("sysparm_goto_url", "/")
        if not goto.startswith("/") or goto.startswith("//"):
            goto = "/"
        if request.method == "GET":
            return self._login_form(goto)
        if request.method != "POST":
            return error_page("Use GET or POST on /login.do", 405)
        user = self.inst.check_password(
            request.form.get("user_name", ""), request.form.get("user_password", "")
        )
        if user is None:
            return self._login_form(goto, "User name or password invalid", 401)
        sid = secrets.token_hex(16)
        with self._lock:
            self._sessions[sid] = {"user": user.sys_id, "ck": secrets.token_hex(16)}
        response = Response(status=302, headers={"Location": goto})
        response.set_cookie(self.cookie_name, sid, httponly=True, path="/", samesite="Lax")
        return response

    # ------------------------------------------------------------------ provider: /oauth_token.do
    def token(self, request: Request) -> Response:
        try:
            if request.method != "POST":
                raise OAuthFailure
            if request.mimetype != FORM_TYPE:
                raise OAuthFailure
            body = self._grant(request)
        except OAuthFailure:
            body = None
        if body is None:
            response = Response(json.dumps(C.OAUTH_FAILURE), status=401, content_type="application/json")
        else:
            response = Response(json.dumps(body), status=200, content_type="application/json;charset=UTF-8")
        response.headers["Cache-Control"] = "no-store"
        response.headers["Pragma"] = "no-cache"
        return response

    def _client(self, request: Request) -> tuple[dict[str, str], str | None]:
        form = request.form
        client_id = form.get("client_id", "")
        secret: str | None = form.get("client_secret")
        auth = request.authorization
        if auth is not None and auth.type == "basic":
            client_id = client_id or (auth.username or "")
            secret = secret if secret is not None else auth.password
        if not client_id:
            raise OAuthFailure
        entity = self._entity_by_client_id(client_id)
        if entity is None:
            raise OAuthFailure
        return entity, secret

    def _entity_by_client_id(self, client_id: str) -> dict[str, str] | None:
        for _cls, entity in self.inst.store.scan(["oauth_entity"]):
            if (
                entity["client_id"] == client_id
                and entity["type"] == C.OAUTH_CLIENT_TYPE
                and entity["active"] == "true"
            ):
                return entity
        return None

    def _secret_ok(self, entity: dict[str, str], secret: str | None) -> bool:
        if secret is None:
            return False
        stored = self.inst.cipher.decrypt(entity["client_secret"])
        return stored is not None and secrets.compare_digest(stored.encode(), secret.encode())

    def _grant(self, request: Request) -> dict[str, Any]:
        form = request.form
        entity, secret = self._client(request)
        grant = form.get("grant_type", "")
        public = entity["public_client"] == "true"
        # A public ("PKCE required") client may leave its secret out of the authorization code grant;
        # a secret that is sent must be right, whoever sends it.
        if secret or not (public and grant == "authorization_code"):
            if not self._secret_ok(entity, secret):
                raise OAuthFailure
        if public and grant != "authorization_code":
            raise OAuthFailure  # with PKCE required only the authorization code grant is allowed
        if grant == "password":
            user = self.inst.check_password(form.get("username", ""), form.get("password", ""))
            if user is None:
                raise OAuthFailure
            return self._issue(entity, user, refresh=True)
        if grant == "refresh_token":
            user = self._refresh_user(entity, form.get("refresh_token", ""))
            return self._issue(entity, user, refresh=False, reuse=False)
        if grant == "client_credentials":
            if (self.inst.property(C.CLIENT_CREDENTIALS_PROPERTY) or "").lower() != "true":
                raise OAuthFailure
            user = self.inst.user_by_id(entity["user"]) if entity.get("user") else None
            if user is None:
                raise OAuthFailure
            return self._issue(entity, user, refresh=False)
        if grant == "authorization_code":
            with self._lock:
                code = self._codes.pop(form.get("code", ""), None)
            if code is None or code["entity"] != entity["sys_id"] or code["expires"] < time.time():
                raise OAuthFailure
            # RFC 6749 4.1.3: the redirect_uri of the authorization request, identical (never left out).
            if not secrets.compare_digest(
                form.get("redirect_uri", "").encode(), code["redirect_uri"].encode()
            ):
                raise OAuthFailure
            if code["challenge"]:
                verifier = form.get("code_verifier", "")
                expected = s256(verifier) if code["method"] == "S256" else verifier
                if not verifier or not secrets.compare_digest(expected, code["challenge"]):
                    raise OAuthFailure
            user = self.inst.user_by_id(code["user"])
            if user is None:
                raise OAuthFailure
            return self._issue(entity, user, refresh=True)
        raise OAuthFailure

    def _refresh_user(self, entity: dict[str, str], token: str) -> User:
        if not token:
            raise OAuthFailure
        for _cls, record in self.inst.store.scan(["oauth_credential"]):
            if record["type"] != C.REFRESH_TOKEN_TYPE or record["peer"] != entity["sys_id"]:
                continue
            stored = self.inst.cipher.decrypt(record["token"])
            if stored is None or not secrets.compare_digest(stored.encode(), token.encode()):
                continue
            expires = parse_time(record["expires"])
            if expires is None or expires <= now():
                raise OAuthFailure
            user = self.inst.user_by_id(record["user"])
            if user is None:
                raise OAuthFailure
            return user
        raise OAuthFailure

    @staticmethod
    def _lifespan(entity: dict[str, str], field: str, default: int) -> int:
        try:
            return max(1, int(entity.get(field) or default))
        except ValueError:
            return default

    def _current(self, entity: dict[str, str], user: User, kind: str) -> tuple[str, int] | None:
        """An unexpired token of ``kind`` issued here to the client for the user, and its seconds left."""
        moment = now()
        best: tuple[str, int] | None = None
        for _cls, record in self.inst.store.scan(["oauth_credential"]):
            if (
                record["type"] != kind
                or record["peer"] != entity["sys_id"]
                or record["user"] != user.sys_id
                or record["oauth_requestor_profile"]
            ):
                continue
            expires = parse_time(record["expires"])
            clear = self.inst.cipher.decrypt(record["token"])
            if expires is None or clear is None or expires <= moment:
                continue
            left = int((expires - moment).total_seconds())
            if best is None or left > best[1]:
                best = (clear, left)
        return best

    def _issue(
        self, entity: dict[str, str], user: User, *, refresh: bool, reuse: bool = True
    ) -> dict[str, Any]:
        """The grant's answer. Within its lifetime the current access token is returned again, as ServiceNow
        does ("always return the current access token", r_OAuthAPIRequestParameters.md); so is a current
        refresh token for the grants that return one (the password grant "always returns two tokens").
        The refresh grant (``reuse=False``) issues a new access token (choices.TOKEN_REUSE)."""
        body: dict[str, Any] = {"scope": C.TOKEN_SCOPE, "token_type": "Bearer"}
        kinds = (
            (C.ACCESS_TOKEN_TYPE, "access_token", "access_token_lifespan", C.DEFAULT_ACCESS_TOKEN_LIFESPAN),
            (
                C.REFRESH_TOKEN_TYPE,
                "refresh_token",
                "refresh_token_lifespan",
                C.DEFAULT_REFRESH_TOKEN_LIFESPAN,
            ),
        )
        for kind, field, lifespan, default in kinds[: 2 if refresh else 1]:
            current = self._current(entity, user, kind) if reuse and C.TOKEN_REUSE else None
            if current is None:
                life = self._lifespan(entity, lifespan, default)
                current = (secrets.token_urlsafe(64), life)
                self.inst.store_token(kind, current[0], life, peer=entity["sys_id"], user=user.sys_id)
            body[field] = current[0]
            if kind == C.ACCESS_TOKEN_TYPE:
                body["expires_in"] = current[1]
        return body

    def user_for_token(self, token: str) -> User | None:
        """The user of an access token this instance issued (None if unknown, expired or revoked)."""
        if not token:
            return None
        with self._lock:
            if self._tokens_version != self.inst.store.version:
                self._reload_tokens()
            known = self._tokens.get(token)
        if known is None or known[1] <= time.time():
            return None
        return self.inst.user_by_id(known[0])

    def _reload_tokens(self) -> None:
        """Index the access tokens this instance issued (deleting the record revokes the token)."""
        version = self.inst.store.version
        clients = {e["sys_id"] for _c, e in self.inst.store.scan(["oauth_entity"]) if e["type"] == "client"}
        table: dict[str, tuple[str, float]] = {}
        for _c, record in self.inst.store.scan(["oauth_credential"]):
            if record["type"] != C.ACCESS_TOKEN_TYPE or record["peer"] not in clients:
                continue
            clear = self.inst.cipher.decrypt(record["token"])
            expires = parse_time(record["expires"])
            if clear is not None and expires is not None:
                table[clear] = (record["user"], expires.timestamp())
        self._tokens = table
        self._tokens_version = version

    # ------------------------------------------------------------------ provider: /oauth_auth.do
    def _auth_request(self, params: Any) -> tuple[dict[str, str], dict[str, str]]:
        """Validated authorization request: (entity, params).

        Raises ValueError (an error page) while the client or the redirect URI is in doubt, then
        _RedirectError (sent back to the redirect URI) for the other errors.
        """
        values = {k: params.get(k, "") for k in _OAUTH_PARAMS}
        if values["response_type"] != "code":
            raise ValueError("Unsupported response_type: only 'code' is supported")
        entity = self._entity_by_client_id(values["client_id"]) if values["client_id"] else None
        if entity is None:
            raise ValueError("Invalid client_id: no active OAuth client has this client id")
        allowed = [u.strip() for u in entity["redirect_url"].split(",") if u.strip()]
        if not values["redirect_uri"]:
            if not allowed:
                raise ValueError("Missing redirect_uri, and the OAuth client has no Redirect URL")
            values["redirect_uri"] = allowed[0]
        elif values["redirect_uri"] not in allowed:
            raise ValueError("Invalid redirect_uri: it does not match the OAuth client's Redirect URL")
        state_required = (self.inst.property(C.STATE_REQUIRED_PROPERTY) or "true").lower() != "false"
        if state_required and not values["state"]:
            raise ValueError("Missing State parameter in request")
        if values["code_challenge"]:
            values["code_challenge_method"] = values["code_challenge_method"] or "plain"
            if values["code_challenge_method"] not in ("S256", "plain"):
                raise _RedirectError(
                    "invalid_request", "Unsupported code_challenge_method (PKCE): use S256 or plain"
                )
            required = entity["code_challenge_method"]
            if entity["public_client"] == "true" and required in ("S256", "plain"):
                if values["code_challenge_method"] != required:
                    raise _RedirectError(
                        "invalid_request",
                        f"PKCE code_challenge_method {values['code_challenge_method']} is not allowed:"
                        f" this OAuth client requires {required}",
                    )
        elif entity["public_client"] == "true":
            raise _RedirectError("invalid_request", "Missing code_challenge: this OAuth client requires PKCE")
        return entity, values

    def _first_redirect(self, client_id: str) -> str:
        entity = self._entity_by_client_id(client_id)
        urls = [u.strip() for u in (entity or {}).get("redirect_url", "").split(",") if u.strip()]
        return urls[0] if urls else "/"

    def authorize(self, request: Request, user_box: list[str | None]) -> Response:
        if request.method not in ("GET", "POST"):
            return error_page("Use GET or POST on /oauth_auth.do", 405)
        params = request.args if request.method == "GET" else request.form
        try:
            entity, values = self._auth_request(params)
        except ValueError as err:
            return error_page(str(err))
        except _RedirectError as err:
            sent = {k: params.get(k, "") for k in _OAUTH_PARAMS}
            answer = {"error": err.error, "error_description": err.description}
            if sent["state"]:
                answer["state"] = sent["state"]
            target = sent["redirect_uri"] or self._first_redirect(sent["client_id"])
            return Response(status=302, headers={"Location": with_query(target, answer)})
        found = self.session(request)
        user = self.inst.user_by_id(found[1]["user"]) if found else None
        if found is None or user is None:
            goto = "/oauth_auth.do?" + urlencode({k: v for k, v in values.items() if v})
            return self._login_form(goto)
        user_box[0] = user.user_name
        _sid, session = found
        if request.method == "GET":
            return page(
                "Authorize",
                f"<p>{html.escape(entity['name'])} would like to connect to your account"
                f" {html.escape(user.user_name)} on {html.escape(self.inst.name)}.</p>"
                "<form method='post' action='/oauth_auth.do'>"
                + hidden_fields({k: v for k, v in values.items() if v})
                + hidden_fields({"sysparm_ck": session["ck"]})
                + "<button type='submit' name='action' value='allow'>Allow</button>"
                "<button type='submit' name='action' value='deny'>Deny</button></form>",
            )
        if not secrets.compare_digest(request.form.get("sysparm_ck", ""), session["ck"]):
            return error_page("Invalid or missing security token (sysparm_ck)", 403)
        answer = {"state": values["state"]} if values["state"] else {}
        if request.form.get("action") != "allow":
            return Response(
                status=302,
                headers={
                    "Location": with_query(values["redirect_uri"], {"error": "access_denied", **answer})
                },
            )
        code = secrets.token_urlsafe(32)
        with self._lock:
            self._codes[code] = {
                "entity": entity["sys_id"],
                "user": user.sys_id,
                "redirect_uri": values["redirect_uri"],
                "challenge": values["code_challenge"],
                "method": values["code_challenge_method"],
                "expires": time.time() + C.AUTH_CODE_LIFESPAN,
            }
        return Response(
            status=302, headers={"Location": with_query(values["redirect_uri"], {"code": code, **answer})}
        )
