"""The spoke's chain of records on both instances, loaded once: the OAuth 2.0 credential, its profile
and registry (local), the OAuth API endpoint (remote), and the lookups the checks make (connections,
requestor profiles, tokens). The checks of each link are in `checks_oauth.py`, `checks_records.py` and
`checks_token.py`."""

from __future__ import annotations

from .api import ApiError, Instance
from .target import Target

# Record names (aliases, registry, profile) and connection URLs come from the target: the spoke's
# options in the config, flags, or RemoteInstanceSpoke's defaults (target.py).


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

    # ------------------------------------------------------------------ lookups the checks make
    def connection(self, alias: str, sys_id: str) -> tuple[dict[str, str] | None, dict[str, str] | None]:
        """The HTTP(s) connection ``sys_id``, else the active one under ``alias``; and its alias record."""
        conn = self.local.get("http_connection", sys_id) if sys_id else None
        if conn is None and not sys_id:
            conn = self.local.first("http_connection", f"connection_alias.name={alias}^active=true")
        alias_record = self.local.get("sys_alias", conn["connection_alias"]) if conn else None
        return conn, alias_record

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

    def others_tokens(self, credential: str, profile: str) -> list[dict[str, str]]:
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
