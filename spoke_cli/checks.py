"""The spoke's chain of records on both instances, loaded once, and one check per link.

``verify`` runs every check; ``authorize`` runs the first ones before it starts the flow (and again to
explain a timeout). Each result names what is wrong and how to fix it; ``cause`` is a stable key for the
failures ``authorize`` reports (``redirect_mismatch``, ``pkce_mismatch``, ``endpoint_inactive``, ...).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from .api import ApiError, Instance, parse_time
from .target import Target

# Record names (aliases, registry, profile) and connection URLs come from the target: the spoke's
# options in the config, flags, or RemoteInstanceSpoke's defaults (target.py).

#: The local scripted REST resource that makes one call to the remote as the spoke does (README).
REMOTE_CALL_PATH = "/api/x_spoke_verify/v1/remote_call"
REDEPLOY = "run `cdktf deploy` again (it puts the managed value back)"


@dataclass(frozen=True)
class Result:
    name: str
    ok: bool
    detail: str
    fix: str = ""
    cause: str = ""

    def line(self) -> str:
        if self.ok:
            return f"PASS  {self.name}: {self.detail}"
        return f"FAIL  {self.name}: {self.detail}\n      fix: {self.fix}"


def _urls(value: str) -> list[str]:
    return [u.strip().rstrip("/") for u in (value or "").split(",") if u.strip()]


def _same_url(a: str, b: str) -> bool:
    return a.strip().rstrip("/").lower() == b.strip().rstrip("/").lower()


class Chain:
    """The records of one deployed spoke, read through the Table API (admin logins of the target)."""

    def __init__(self, target: Target, *, timeout: float = 15.0) -> None:
        self.target = target
        assert target.local_login is not None
        self.local = Instance(target.local_url, target.local_login.auth, label="local", timeout=timeout)
        self.remote = (
            Instance(target.remote_url, target.remote_login.auth, label="remote", timeout=timeout)
            if target.remote_login
            else None
        )
        self.credential: dict[str, str] | None = None
        self.profile: dict[str, str] | None = None
        self.registry: dict[str, str] | None = None
        self.endpoint: dict[str, str] | None = None
        self.remote_error = ""

    def close(self) -> None:
        self.local.close()
        if self.remote is not None:
            self.remote.close()

    def load(self) -> Chain:
        """Read the credential, its profile and registry (local) and the endpoint (remote)."""
        t = self.target
        self.credential = self.local.get("oauth_2_0_credentials", t.credential)
        if self.credential is None and not t.credential:
            self.credential = self.local.first(
                "oauth_2_0_credentials", f"oauth_entity_profile.name={t.profile_lookup_name}^active=true"
            )
        profile_id = t.profile or (self.credential or {}).get("oauth_entity_profile", "")
        self.profile = self.local.get("oauth_entity_profile", profile_id)
        registry_id = t.registry or (self.profile or {}).get("oauth_entity", "")
        self.registry = self.local.get("oauth_entity", registry_id)
        if self.registry is None and self.profile is None and not t.registry:
            self.registry = self.local.first("oauth_entity", f"name={t.registry_name}")
        if self.remote is not None:
            try:
                self.endpoint = self.remote.get("oauth_entity", t.endpoint)
                client_id = (self.registry or {}).get("client_id") or t.client_id
                if self.endpoint is None and not t.endpoint and client_id:
                    self.endpoint = self.remote.first("oauth_entity", f"type=client^client_id={client_id}")
            except ApiError as error:
                self.remote_error = str(error)
        return self

    @property
    def grant_type(self) -> str:
        return (self.profile or {}).get("grant_type") or "authorization_code"

    # ------------------------------------------------------------------ checks (point 3 of the issue)
    def check_endpoint(self) -> Result:
        name = "remote endpoint is active with the local redirect URL"
        t = self.target
        if self.remote is None:
            return Result(
                name,
                False,
                f"cannot read the remote instance: TF_VAR_{t.remote_variable} is not set",
                f"export TF_VAR_{t.remote_variable}=<the remote admin's password> "
                "(the variable the config names)",
                "no_remote_login",
            )
        if self.remote_error:
            return Result(
                name, False, self.remote_error, "check the remote URL and admin login", "remote_error"
            )
        if self.endpoint is None:
            return Result(
                name,
                False,
                f"no OAuth API endpoint {t.endpoint or 'with the registry client id'} on {t.remote_url}",
                "run `cdktf deploy` to create it",
                "endpoint_missing",
            )
        e = self.endpoint
        if e.get("active") != "true":
            return Result(
                name,
                False,
                f"the OAuth API endpoint {e.get('name')!r} on {t.remote_url} is inactive: its /oauth_auth.do "
                "and /oauth_token.do refuse the client id ('Invalid client_id')",
                f"set Active on the endpoint ({t.remote_url}/api/now/table/oauth_entity/{e.get('sys_id')}); "
                + REDEPLOY,
                "endpoint_inactive",
            )
        if not any(_same_url(u, t.redirect_url) for u in _urls(e.get("redirect_url", ""))):
            return Result(
                name,
                False,
                f"redirect URL mismatch: the endpoint {e.get('name')!r} allows "
                f"{e.get('redirect_url') or '(none)'!r}, "
                f"but the local instance receives tokens at {t.redirect_url}; the remote's /oauth_auth.do "
                "answers 'Invalid redirect_uri'",
                f"set the endpoint's Redirect URL to {t.redirect_url}; " + REDEPLOY,
                "redirect_mismatch",
            )
        return Result(name, True, f"{e.get('name')!r} on {t.remote_url}, redirect URL {t.redirect_url}")

    def check_registry(self) -> Result:
        name = "local registry points at the remote"
        t, r = self.target, self.registry
        if r is None:
            return Result(
                name,
                False,
                f"no application registry {t.registry or '(from the profile)'} on {t.local_url}",
                "activate the Remote Instance spoke on the local instance, then run `cdktf deploy`",
                "registry_missing",
            )
        wrong: list[str] = []
        for field, expected in (("auth_url", "oauth_auth.do"), ("token_url", "oauth_token.do")):
            want = f"{t.remote_url}/{expected}"
            if field == "auth_url" and self.grant_type == "client_credentials" and not r.get(field):
                continue
            if not _same_url(r.get(field, ""), want):
                wrong.append(f"{field} is {r.get(field) or '(empty)'!r}, expected {want!r}")
        if r.get("redirect_url") and not _same_url(r["redirect_url"].split(",")[0], t.redirect_url):
            wrong.append(f"redirect_url is {r['redirect_url']!r}, expected {t.redirect_url!r}")
        if r.get("active") != "true":
            wrong.append("it is inactive")
        if not r.get("client_id"):
            wrong.append("it has no client id")
        elif self.endpoint is not None and r["client_id"] != self.endpoint.get("client_id"):
            wrong.append("its client id is not the remote endpoint's")
        if wrong:
            return Result(
                name,
                False,
                f"registry {r.get('name')!r}: " + "; ".join(wrong),
                REDEPLOY[0].upper() + REDEPLOY[1:] + f" (or fix the registry at {t.local_url})",
                "registry_wrong",
            )
        pkce = self.check_pkce()
        if pkce is not None:
            return pkce
        return Result(
            name, True, f"{r.get('name')!r}: {r.get('token_url')}, client id of the remote endpoint"
        )

    def check_pkce(self) -> Result | None:
        """PKCE mismatch between the local registry and the remote endpoint (None when they agree)."""
        r, e = self.registry, self.endpoint
        if r is None or e is None or e.get("public_client") != "true":
            return None
        sent = r.get("code_challenge_method") or "S256" if r.get("public_client") == "true" else "none"
        wanted = e.get("code_challenge_method") or "S256"
        if sent != "none" and (sent == wanted or wanted not in ("S256", "plain")):
            return None  # the emulator (and ServiceNow) check the method only when S256 or plain
        return Result(
            "local registry points at the remote",
            False,
            f"PKCE mismatch: the remote endpoint {e.get('name')!r} requires PKCE ({wanted}) but the local "
            f"registry {r.get('name')!r} sends {'no code challenge' if sent == 'none' else sent}",
            "give both the same setting: pkce_required (and code_challenge_method) in the spoke's options, "
            "then `cdktf deploy`",
            "pkce_mismatch",
        )

    def check_references(self) -> Result:
        name = "profile, credential and registry reference each other"
        t = self.target
        c, p, r = self.credential, self.profile, self.registry
        if c is None:
            return Result(
                name,
                False,
                f"no OAuth 2.0 credential {t.credential or '(none found)'} on {t.local_url}",
                "run `cdktf deploy` (or pass --credential SYS_ID)",
                "credential_missing",
            )
        problems = []
        if p is None:
            problems.append(
                f"the profile {c.get('oauth_entity_profile') or t.profile or '(none)'} does not exist"
            )
        elif c.get("oauth_entity_profile") != p["sys_id"]:
            problems.append(
                f"the credential {c.get('name')!r} uses profile {c.get('oauth_entity_profile')!r}, "
                f"not {p.get('name')!r}"
            )
        fix = REDEPLOY[0].upper() + REDEPLOY[1:]
        if p is not None and r is None:
            registry_id = t.registry or p.get("oauth_entity") or ""
            problems.append(
                f"the profile {p.get('name')!r} belongs to the application registry "
                f"{registry_id or '(none)'}, which does not exist on {t.local_url}"
            )
            fix = (
                f"activate the Remote Instance spoke on the local instance (it provides the "
                f"{t.registry_name!r} registry and its profile), then run `cdktf deploy`"
                + (" (or pass the right --registry SYS_ID)" if t.registry else "")
            )
        elif p is not None and r is not None and p.get("oauth_entity") != r["sys_id"]:
            problems.append(
                f"the profile {p.get('name')!r} belongs to {p.get('oauth_entity')!r}, "
                f"not registry {r.get('name')!r}"
            )
        if c.get("active") != "true":
            problems.append(f"the credential {c.get('name')!r} is inactive")
        if problems or p is None or r is None:
            return Result(name, False, "; ".join(problems), fix, "references")
        return Result(name, True, f"{c.get('name')!r} -> {p.get('name')!r} -> {r.get('name')!r}")

    def _connection(self, alias: str, sys_id: str) -> tuple[dict[str, str] | None, dict[str, str] | None]:
        conn = self.local.get("http_connection", sys_id) if sys_id else None
        if conn is None and not sys_id:
            conn = self.local.first("http_connection", f"connection_alias.name={alias}^active=true")
        alias_record = self.local.get("sys_alias", conn["connection_alias"]) if conn else None
        return conn, alias_record

    def check_connection(self, which: str) -> Result:
        t = self.target
        alias = t.remote_alias if which == "remote" else t.local_alias
        url = t.connection_url(which)
        expected_credential = (
            self.credential["sys_id"]
            if which == "remote" and self.credential
            else (t.local_credential if which == "local" else "")
        )
        name = f"{which} connection is active under {alias}"
        conn, alias_record = self._connection(
            alias, t.remote_connection if which == "remote" else t.local_connection
        )
        if conn is None:
            return Result(
                name,
                False,
                f"no HTTP(s) connection under {alias} on {t.local_url}",
                "run `cdktf deploy`",
                f"{which}_connection_missing",
            )
        wrong = []
        if conn.get("active") != "true":
            wrong.append("it is inactive")
        if alias_record is None or alias_record.get("name") != alias:
            wrong.append(f"its alias is {(alias_record or {}).get('name') or conn.get('connection_alias')!r}")
        if not _same_url(conn.get("connection_url", ""), url):
            wrong.append(f"its URL is {conn.get('connection_url')!r}, expected {url!r}")
        if expected_credential and conn.get("credential") != expected_credential:
            wrong.append(f"its credential is {conn.get('credential')!r}, expected {expected_credential!r}")
        if wrong:
            return Result(
                name,
                False,
                f"connection {conn.get('name')!r}: " + "; ".join(wrong),
                REDEPLOY[0].upper() + REDEPLOY[1:],
                f"{which}_connection_wrong",
            )
        return Result(name, True, f"{conn.get('name')!r} -> {conn.get('connection_url')}")

    def tokens(self) -> list[dict[str, str]]:
        """The tokens the local instance holds for the credential (``oauth_credential``)."""
        if self.credential is None:
            return []
        return self.local.query(
            "oauth_credential",
            f"oauth_requestor={self.credential['sys_id']}",
            fields="sys_id,type,expires,oauth_requestor_profile,sys_created_on,sys_updated_on",
        )

    def check_token(self, clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> Result:
        name = "a token is present and not expired"
        fix = "run `python -m spoke_cli authorize` (ServiceNow's Get OAuth Token)"
        if self.credential is None:
            return Result(
                name, False, "no OAuth 2.0 credential to hold a token", "run `cdktf deploy`", "no_token"
            )
        moment = clock()
        best: dict[str, datetime] = {}
        for token in self.tokens():
            expires = parse_time(token.get("expires", ""))
            if expires is not None and expires > moment:
                kind = token.get("type", "")
                best[kind] = max(best.get(kind, expires), expires)
        if "access_token" in best:
            left = int((best["access_token"] - moment).total_seconds())
            return Result(name, True, f"access token valid for {left} s more")
        if "refresh_token" in best:
            return Result(
                name,
                True,
                "the access token expired; the refresh token is valid until "
                f"{best['refresh_token']:%Y-%m-%d %H:%M} UTC",
            )
        return Result(
            name,
            False,
            f"the local instance holds no unexpired token for the credential {self.credential.get('name')!r}",
            fix,
            "no_token",
        )

    def check_remote_call(self) -> Result:
        name = "the remote answers a Table API call made with the token"
        t = self.target
        conn, _alias = self._connection(t.remote_alias, t.remote_connection)
        if conn is None:
            return Result(
                name, False, "no remote connection to call through", "run `cdktf deploy`", "remote_call"
            )
        answer = self.local.call(
            "POST", REMOTE_CALL_PATH, json={"connection": conn["sys_id"], "table": "sys_user"}
        )
        if answer.status_code == 400 and "Requested URI" in answer.text:
            return Result(
                name,
                False,
                f"the local instance has no {REMOTE_CALL_PATH} resource to make the call as the spoke does",
                "install the scripted REST resource of spoke_cli/README.md on the local instance",
                "remote_call",
            )
        try:
            body = answer.json()
        except ValueError:
            body = {}
        if answer.status_code != 200:
            detail = (body.get("error") or {}).get("detail") if isinstance(body, dict) else None
            return Result(
                name,
                False,
                f"the local instance could not make the call: HTTP {answer.status_code} "
                f"{detail or ''}".strip(),
                "run `python -m spoke_cli authorize` to get a token",
                "remote_call",
            )
        result = body.get("result", {})
        status = result.get("status")
        if status == 200:
            return Result(name, True, f"GET {result.get('url')} -> 200 with the {result.get('auth')}")
        if status in (401, 403):
            fix = (
                "run `python -m spoke_cli authorize` for a new token; check the remote user's roles "
                "(sys_user read)"
            )
        elif status is None:
            fix = f"make {t.remote_url} reachable from the local instance ({result.get('error')})"
        else:
            fix = f"check the remote instance {t.remote_url}"
        return Result(
            name,
            False,
            f"GET {result.get('url')} answered {status if status is not None else 'nothing'} "
            f"with the {result.get('auth')}",
            fix,
            "remote_call",
        )
