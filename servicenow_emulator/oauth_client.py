"""OAuth on the local instance: "Get OAuth Token" (``/oauth_initiator.do``, ``/oauth_redirect.do``), which
exchanges a code at the remote's token URL and keeps the tokens, and the spoke's outbound call with them."""

from __future__ import annotations

import base64
import json
import secrets
import time
import urllib.error
import urllib.request
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from werkzeug.wrappers import Request, Response

from servicenow_emulator import choices as C
from servicenow_emulator.oauth_pages import FORM_TYPE, error_page, json_error, page, s256, with_query
from servicenow_emulator.records import User, now, parse_time

if TYPE_CHECKING:
    import threading

    from servicenow_emulator.app import EmulatorApp
    from servicenow_emulator.instance import Instance


class OAuthClientSide:
    """The local side of the spoke's OAuth (a part of :class:`~servicenow_emulator.oauth.OAuth`)."""

    app: EmulatorApp
    inst: Instance
    _lock: threading.Lock
    _pending: dict[str, dict[str, Any]]

    if TYPE_CHECKING:  # provided by OAuth

        def session_user(self, request: Request) -> User | None: ...

        def _login_form(self, goto: str, message: str = "", status: int = 200) -> Response: ...

        @staticmethod
        def _lifespan(entity: dict[str, str], field: str, default: int) -> int: ...

    # ------------------------------------------------------------------ client side: Get OAuth Token
    def _ui_user(self, request: Request) -> User | None:
        return self.session_user(request) or self.app.authenticate(request)

    def _failed(self, credential: str, stage: str, detail: str) -> Response:
        """Record a failed "Get OAuth Token" in syslog (read by `spoke_cli authorize`) and show it."""
        self.inst.log(f"{C.OAUTH_FAILURE_PREFIX}oauth_requestor={credential}: {stage}: {detail}")
        return error_page(f"Get OAuth Token failed: {detail}")

    def initiator(self, request: Request, user_box: list[str | None]) -> Response:
        user = self._ui_user(request)
        if user is None:
            return self._login_form(request.full_path)
        user_box[0] = user.user_name
        args = request.args
        if args.get("oauth_requestor_context", "oauth_2_0_credentials") != "oauth_2_0_credentials":
            return error_page("oauth_requestor_context must be oauth_2_0_credentials")
        if args.get("response_type", "code") != "code":
            return error_page("Only response_type=code is supported by oauth_initiator.do")
        if not self.inst.can(user, "oauth_2_0_credentials", "read"):
            return error_page("You are not allowed to read OAuth 2.0 credentials", 403)
        credential = self.inst.get("oauth_2_0_credentials", args.get("oauth_requestor", ""))
        if credential is None:
            return error_page("oauth_requestor is not the sys_id of an oauth_2_0_credentials record", 404)
        profile_id = args.get("oauth_provider_profile") or credential[1]["oauth_entity_profile"]
        profile = self.inst.get("oauth_entity_profile", profile_id)
        if profile is None:
            return error_page(
                "oauth_provider_profile is not the sys_id of an oauth_entity_profile record", 404
            )
        entity = self.inst.get("oauth_entity", profile[1]["oauth_entity"])
        if entity is None:
            return error_page("The OAuth entity profile refers to no oauth_entity record", 404)
        e = entity[1]
        credential_id = credential[1]["sys_id"]
        missing = [label for field, label in (("client_id", "Client ID"), ("auth_url", "Authorization URL"),
                                               ("token_url", "Token URL")) if not e[field]]  # fmt: skip
        if not e["client_secret"] or self.inst.cipher.decrypt(e["client_secret"]) is None:
            missing.append("Client Secret (write it as a display value)")
        if profile[1]["grant_type"] == "client_credentials" and "Authorization URL" in missing:
            missing.remove("Authorization URL")
        if missing:
            return self._failed(
                credential_id, "registry", f"The application registry {e['name']} lacks: {', '.join(missing)}"
            )
        pending: dict[str, Any] = {
            "credential": credential_id,
            "profile": profile[1]["sys_id"],
            "entity": e["sys_id"],
            "user": user.sys_id,
        }
        if profile[1]["grant_type"] == "client_credentials":
            # No browser: the instance asks the provider for a token itself (choices.py: unconfirmed).
            return self._exchange(pending, e, {"grant_type": "client_credentials"}, user_box)
        if profile[1]["grant_type"] not in ("", "authorization_code"):
            return self._failed(
                credential_id,
                "profile",
                f"The profile {profile[1]['name']} uses the grant type {profile[1]['grant_type']}, which"
                " Get OAuth Token does not support here: use authorization_code or client_credentials",
            )
        state = secrets.token_urlsafe(24)
        redirect_uri = e["redirect_url"].split(",")[0].strip() or f"{self.app.base_url}/oauth_redirect.do"
        params = {
            "response_type": "code",
            "client_id": e["client_id"],
            "redirect_uri": redirect_uri,
            "state": state,
        }
        pending.update(redirect_uri=redirect_uri, verifier="", expires=time.time() + 600)
        # PKCE only when the registry requires it ("PKCE required"), with the registry's method.
        method = e["code_challenge_method"] or "S256"
        if e["public_client"] == "true" and method in ("S256", "plain"):
            verifier = secrets.token_urlsafe(48)
            pending["verifier"] = verifier
            params["code_challenge"] = s256(verifier) if method == "S256" else verifier
            params["code_challenge_method"] = method
        with self._lock:
            self._pending[state] = pending
        return Response(status=302, headers={"Location": with_query(e["auth_url"], params)})

    def redirect(self, request: Request, user_box: list[str | None]) -> Response:
        args = request.args
        with self._lock:
            pending = self._pending.pop(args.get("state", ""), None)
        if pending is None or pending["expires"] < time.time():
            return error_page("Invalid or expired state: start again with Get OAuth Token")
        if args.get("error"):
            detail = f"error={args['error']}"
            if args.get("error_description"):
                detail += f" ({args['error_description']})"
            return self._failed(
                pending["credential"], "authorization", f"The authorization server refused: {detail}"
            )
        code = args.get("code", "")
        if not code:
            return self._failed(
                pending["credential"], "authorization", "The authorization server sent no code"
            )
        entity = self.inst.get("oauth_entity", pending["entity"])
        if entity is None:
            return error_page("The application registry was deleted during the flow")
        form = {"grant_type": "authorization_code", "code": code, "redirect_uri": pending["redirect_uri"]}
        if pending["verifier"]:
            form["code_verifier"] = pending["verifier"]
        return self._exchange(pending, entity[1], form, user_box)

    def _token_request(self, entity: dict[str, str], form: dict[str, str]) -> dict[str, Any] | str:
        """POST to the registry's token URL with its client id and secret: the tokens, or what failed."""
        form = dict(
            form,
            client_id=entity["client_id"],
            client_secret=self.inst.cipher.decrypt(entity["client_secret"]) or "",
        )
        call = urllib.request.Request(
            entity["token_url"],
            data=urlencode(form).encode(),
            headers={"Content-Type": FORM_TYPE, "Accept": "application/json"},
            method="POST",
        )
        try:
            with urllib.request.urlopen(call, timeout=30) as answer:  # noqa: S310 - URL from the registry
                tokens = json.loads(answer.read())
        except urllib.error.HTTPError as err:
            return f"The token request to {entity['token_url']} failed with HTTP {err.code}"
        except (urllib.error.URLError, OSError, ValueError) as err:
            return f"The token request to {entity['token_url']} failed: {type(err).__name__}"
        if not isinstance(tokens, dict) or not tokens.get("access_token"):
            return f"The token response from {entity['token_url']} has no access_token"
        return tokens

    def _exchange(
        self,
        pending: dict[str, Any],
        entity: dict[str, str],
        form: dict[str, str],
        user_box: list[str | None],
    ) -> Response:
        tokens = self._token_request(entity, form)
        if isinstance(tokens, str):
            return self._failed(pending["credential"], "token", f"{form['grant_type']}: {tokens}")
        self._store_received(pending, entity, tokens)
        user = self.inst.user_by_id(pending["user"])
        user_box[0] = user.user_name if user else None
        return page(
            "OAuth token flow completed successfully", "<p id='success'>You can close this window.</p>"
        )

    def _store_received(
        self, pending: dict[str, Any], entity: dict[str, str], tokens: dict[str, Any]
    ) -> None:
        inst = self.inst
        requestor_profile = inst.requestor_profile(pending["credential"], pending["profile"])
        for _cls, old in inst.store.scan(["oauth_credential"]):
            if old["oauth_requestor_profile"] == requestor_profile:
                inst.store.delete(old["sys_id"])
        common = {
            "peer": entity["sys_id"],
            "user": pending["user"],
            "requestor_profile": requestor_profile,
            "scopes": str(tokens.get("scope") or ""),
        }
        try:
            expires_in = int(tokens.get("expires_in") or 0)
        except (TypeError, ValueError):
            expires_in = 0
        expires_in = expires_in or self._lifespan(
            entity, "access_token_lifespan", C.DEFAULT_ACCESS_TOKEN_LIFESPAN
        )
        inst.store_token(C.ACCESS_TOKEN_TYPE, str(tokens["access_token"]), expires_in, **common)
        if tokens.get("refresh_token"):
            refresh_life = self._lifespan(entity, "refresh_token_lifespan", C.DEFAULT_REFRESH_TOKEN_LIFESPAN)
            inst.store_token(C.REFRESH_TOKEN_TYPE, str(tokens["refresh_token"]), refresh_life, **common)

    # ------------------------------------------------------------------ client side: the spoke's call
    def _stored(self, credential: str, kind: str) -> dict[str, str] | None:
        profiles = self.inst.requestor_profiles_of(credential)
        for _cls, record in self.inst.store.scan(["oauth_credential"]):
            if record["oauth_requestor_profile"] in profiles and record["type"] == kind:
                return record
        return None

    def _valid(self, record: dict[str, str] | None) -> str | None:
        if record is None:
            return None
        expires = parse_time(record["expires"])
        if expires is None or expires <= now():
            return None
        return self.inst.cipher.decrypt(record["token"])

    def remote_call(self, request: Request, user: User) -> Response:
        """One Table API GET through a connection, authenticated as the spoke would (see choices.py)."""
        if request.method != "POST":
            return json_error(405, "Method not Supported", "Use POST")
        if not (
            self.inst.can(user, "http_connection", "read") and self.inst.can(user, "oauth_credential", "read")
        ):
            return json_error(403, "Operation Failed", "Needs connection_admin and oauth_admin (or admin)")
        try:
            body = json.loads(request.get_data() or b"{}")
            connection_id = str(body["connection"])
            table = str(body.get("table") or "sys_user")
        except (ValueError, KeyError, TypeError):
            return json_error(400, "Invalid request", 'Send {"connection": "<http_connection sys_id>"}')
        found = self.inst.get("http_connection", connection_id)
        if found is None:
            return json_error(404, "No Record found", "No http_connection with this sys_id")
        connection = found[1]
        credential = self.inst.get("discovery_credentials", connection["credential"])
        if credential is None:
            return json_error(409, "No credential", "The connection has no credential")
        headers = {"Accept": "application/json"}
        how = "basic"
        if credential[0] == "oauth_2_0_credentials":
            cred = credential[1]
            access = self._valid(self._stored(cred["sys_id"], C.ACCESS_TOKEN_TYPE))
            how = "stored access token"
            if access is None:
                refresh = self._valid(self._stored(cred["sys_id"], C.REFRESH_TOKEN_TYPE))
                profile = self.inst.get("oauth_entity_profile", cred["oauth_entity_profile"])
                entity = self.inst.get("oauth_entity", profile[1]["oauth_entity"]) if profile else None
                if refresh is None or entity is None:
                    return json_error(409, "No token", "The OAuth 2.0 credential has no valid token")
                tokens = self._token_request(
                    entity[1], {"grant_type": "refresh_token", "refresh_token": refresh}
                )
                if isinstance(tokens, str):
                    return json_error(409, "Token refresh failed", tokens)
                pending = {
                    "credential": cred["sys_id"],
                    "profile": profile[1]["sys_id"] if profile else "",
                    "entity": entity[1]["sys_id"],
                    "user": user.sys_id,
                }
                tokens.setdefault("refresh_token", refresh)
                self._store_received(pending, entity[1], tokens)
                access = str(tokens["access_token"])
                how = "refreshed access token"
            headers["Authorization"] = f"Bearer {access}"
        else:
            clear = self.inst.cipher.decrypt(credential[1].get("password", "")) or ""
            pair = f"{credential[1].get('user_name', '')}:{clear}".encode()
            headers["Authorization"] = "Basic " + base64.b64encode(pair).decode()
        url = connection["connection_url"].rstrip("/") + f"/api/now/table/{table}?sysparm_limit=1"
        call = urllib.request.Request(url, headers=headers, method="GET")
        result: dict[str, Any] = {"url": url, "auth": how}
        try:
            with urllib.request.urlopen(call, timeout=30) as answer:  # noqa: S310 - URL from the connection
                result["status"] = answer.status
                result["records"] = len(json.loads(answer.read()).get("result", []))
        except urllib.error.HTTPError as err:
            result["status"] = err.code
        except (urllib.error.URLError, OSError, ValueError) as err:
            result["status"] = None
            result["error"] = type(err).__name__
        return Response(json.dumps({"result": result}), status=200, content_type="application/json")
