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

#: The remote property that enables the inbound client-credentials grant (off by default).
CLIENT_CREDENTIALS_PROPERTY = "glide.oauth.inbound.client.credential.grant_type.enabled"

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
        elif self.remote is not None and not self.remote_error:
            # The endpoint the client id points to must exist and be active on the remote: this link fails
            # on its own, not only through the endpoint check.
            target = self.remote.first("oauth_entity", f"type=client^client_id={r['client_id']}")
            if target is None or target.get("client_id") != r["client_id"]:
                wrong.append(f"its client id matches no OAuth API endpoint on {t.remote_url}")
            elif target.get("active") != "true":
                wrong.append(
                    f"its client id belongs to the inactive OAuth API endpoint {target.get('name')!r} on "
                    f"{t.remote_url}"
                )
        if wrong:
            fix = REDEPLOY[0].upper() + REDEPLOY[1:] + f" (or fix the registry at {t.local_url})"
            if any("inactive OAuth API endpoint" in w for w in wrong):
                fix = f"set Active on that endpoint on {t.remote_url}; " + REDEPLOY
            elif any("matches no OAuth API endpoint" in w for w in wrong):
                fix = (
                    "run `cdktf deploy` again: it creates the endpoint and writes its new client id to the "
                    "registry (then `spoke authorize` for a token)"
                )
            return Result(
                name, False, f"registry {r.get('name')!r}: " + "; ".join(wrong), fix, "registry_wrong"
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

    def requestor_profiles(self, credential: str) -> list[dict[str, str]]:
        """The ``oauth_requestor_profile`` records of a credential: "Get OAuth Token" saves its requestor
        parameters there, and each token (``oauth_credential``) refers to one of them.

        ServiceNow ignores a query term on a column it does not have and returns every row (property
        ``glide.invalid_query.returns_no_rows``, default false), so the answer is filtered here too: a
        record whose ``oauth_requestor`` is not the credential is never taken for one of its own.
        """
        rows = self.local.query(
            "oauth_requestor_profile",
            f"oauth_requestor={credential}",
            limit=1000,
            fields="sys_id,oauth_requestor,oauth_entity_profile",
        )
        return [r for r in rows if r.get("oauth_requestor") == credential]

    def tokens_of(self, requestor_profiles: list[dict[str, str]]) -> list[dict[str, str]]:
        """The tokens (``oauth_credential``) that refer to these requestor profiles."""
        ids = {r["sys_id"] for r in requestor_profiles if r.get("sys_id")}
        if not ids:
            return []
        rows = self.local.query(
            "oauth_credential",
            "oauth_requestor_profileIN" + ",".join(sorted(ids)),
            limit=1000,
            fields="sys_id,type,expires,peer,oauth_requestor_profile,sys_created_on,sys_updated_on",
        )
        return [t for t in rows if t.get("oauth_requestor_profile") in ids]

    def tokens(self) -> list[dict[str, str]]:
        """The tokens the local instance holds for the credential, found through its requestor profiles."""
        if self.credential is None:
            return []
        return self.tokens_of(self.requestor_profiles(self.credential["sys_id"]))

    def check_grant(self) -> Result:
        """What the remote needs for the profile's grant: for client credentials, the property that enables
        the grant and an active OAuth Application User on the endpoint (E.8 of the notes: Washington DC+)."""
        name = "remote allows the profile's grant type"
        if self.grant_type != "client_credentials":
            return Result(name, True, f"{self.grant_type}: nothing to enable on the remote")
        if self.remote is None or self.endpoint is None:
            return Result(
                name,
                False,
                "cannot check the remote's client-credentials settings without the remote endpoint",
                "fix the remote endpoint check first",
                "no_remote_login",
            )
        problems = client_credentials_problems(self)
        if problems:
            return Result(
                name,
                False,
                "; ".join(p[1] for p in problems),
                "; ".join(p[2] for p in problems),
                problems[0][0],
            )
        return Result(name, True, f"client_credentials: {CLIENT_CREDENTIALS_PROPERTY} is true, user set")

    def check_token(self, clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> Result:
        name = "a token is present and not expired"
        fix = "run `python -m spoke_cli authorize` (ServiceNow's Get OAuth Token)"
        if self.credential is None:
            return Result(
                name, False, "no OAuth 2.0 credential to hold a token", "run `cdktf deploy`", "no_token"
            )
        credential = self.credential["sys_id"]
        profile = (self.profile or {}).get("sys_id", "")
        requestors = self.requestor_profiles(credential)
        mine = [r for r in requestors if not profile or r.get("oauth_entity_profile") == profile]
        moment = clock()
        best: dict[str, datetime] = {}
        foreign_peer = ""
        for token in self.tokens_of(mine):
            expires = parse_time(token.get("expires", ""))
            if expires is None or expires <= moment:
                continue
            if self.registry is not None and token.get("peer") and token["peer"] != self.registry["sys_id"]:
                foreign_peer = token["peer"]
                continue
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
        detail = (
            f"the local instance holds no unexpired token for the credential {self.credential.get('name')!r}"
        )
        if foreign_peer:
            detail += (
                f": its tokens were issued through the application registry {foreign_peer}, not "
                f"{(self.registry or {}).get('name')!r}"
            )
        elif profile and self._others_tokens(credential, profile):
            detail += (
                f": the tokens held for the profile {(self.profile or {}).get('name')!r} were issued for "
                "another credential (an earlier setup's?)"
            )
        elif requestors and not mine:
            detail += (
                f": its tokens were issued through another profile, not {(self.profile or {}).get('name')!r}"
            )
        return Result(name, False, detail, fix, "no_token")

    def _others_tokens(self, credential: str, profile: str) -> list[dict[str, str]]:
        """Tokens the local instance holds for the profile but for another credential."""
        rows = self.local.query(
            "oauth_requestor_profile",
            f"oauth_entity_profile={profile}",
            limit=1000,
            fields="sys_id,oauth_requestor,oauth_entity_profile",
        )
        others = [
            r
            for r in rows
            if r.get("oauth_entity_profile") == profile and r.get("oauth_requestor") != credential
        ]
        return self.tokens_of(others)

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


def client_credentials_problems(chain: Chain) -> list[tuple[str, str, str]]:
    """What keeps the remote from issuing client-credentials tokens, as (cause, detail, fix); needs the
    remote admin login and the endpoint."""
    remote, endpoint = chain.remote, chain.endpoint
    if remote is None or endpoint is None:
        return []
    found: list[tuple[str, str, str]] = []
    prop = remote.first("sys_properties", f"name={CLIENT_CREDENTIALS_PROPERTY}")
    if prop is not None and prop.get("name") != CLIENT_CREDENTIALS_PROPERTY:
        prop = None  # an ignored query term answers any property
    if (prop or {}).get("value", "").lower() != "true":
        found.append(
            (
                "client_credentials_disabled",
                f"{CLIENT_CREDENTIALS_PROPERTY} is not true on {chain.target.remote_url} (Washington DC and "
                "later; off by default)",
                "set default_grant_type='client_credentials' on the spoke (it adopts or creates the "
                "property) and `cdktf deploy`, or set the sys_properties record's value to true",
            )
        )
    user_id = endpoint.get("user") or ""
    user = remote.get("sys_user", user_id) if user_id else None
    if user is None:
        found.append(
            (
                "no_application_user",
                f"the endpoint {endpoint.get('name')!r} has no OAuth Application User"
                + (f" (user {user_id} does not exist)" if user_id else "")
                + ": client-credentials tokens act as that user",
                "set oauth_application_user on the spoke (spoke.toml: [pair.options] oauth_application_user "
                '= "<user_name on the remote>") and `cdktf deploy`, or set the endpoint\'s OAuth Application '
                "User",
            )
        )
    elif user.get("active") != "true" or user.get("locked_out") == "true":
        found.append(
            (
                "no_application_user",
                f"the endpoint's OAuth Application User {user.get('user_name')!r} is inactive or locked out: "
                "the remote issues no client-credentials token for it",
                f"activate the user {user.get('user_name')!r} on {chain.target.remote_url}",
            )
        )
    return found
