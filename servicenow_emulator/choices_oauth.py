"""The emulator's choices about OAuth: tokens, authorization codes, PKCE, the login page, "Get OAuth
Token" and the spoke's outbound call.

Each name with the comment that explains it, then the choices it holds (each with its source), the
documented facts among the names, and the emulator's own; `choices.py` gathers every topic.
"""

from typing import Final

from servicenow_emulator.choice import Choice

# --- OAuth --------------------------------------------------------------------------------------------
#: Default lifespans (seconds) when an oauth_entity leaves them blank [ServiceNow docs].
DEFAULT_ACCESS_TOKEN_LIFESPAN: Final = 1800
DEFAULT_REFRESH_TOKEN_LIFESPAN: Final = 8_640_000
#: Lifetime of an authorization code (seconds); ServiceNow's auth_code_lifespan default is unconfirmed.
AUTH_CODE_LIFESPAN: Final = 60
#: ``scope`` value of issued tokens [ServiceNow docs: "useraccount"].
TOKEN_SCOPE: Final = "useraccount"
#: "Get OAuth Token" saves its requestor parameters in this table and each token (``oauth_credential``)
#: refers to that record (c_OAuthProviderAndScope.md); its columns are a choice.
REQUESTOR_PROFILE_TABLE: Final = "oauth_requestor_profile"
#: Token requests within an access token's lifetime return the current token (r_OAuthAPIRequestParameters.md);
#: the refresh grant issues a new one (a choice).
TOKEN_REUSE: Final = True
#: ``oauth_credential.type`` values for the two kinds of token (column values unconfirmed).
ACCESS_TOKEN_TYPE: Final = "access_token"
REFRESH_TOKEN_TYPE: Final = "refresh_token"
#: The property that enables the inbound client_credentials grant (off unless set to "true").
CLIENT_CREDENTIALS_PROPERTY: Final = "glide.oauth.inbound.client.credential.grant_type.enabled"
#: The property that requires ``state`` on /oauth_auth.do (true unless set to "false").
STATE_REQUIRED_PROPERTY: Final = "glide.oauth.state.parameter.required"
#: Body of every failed /oauth_token.do call (HTTP 401), as observed from ServiceNow.
OAUTH_FAILURE: Final = {"error_description": "access_denied", "error": "server_error"}
#: Name of the session cookie of the login page.
SESSION_COOKIE: Final = "JSESSIONID"

# --- "Get OAuth Token" outcomes and the spoke's outbound call (read by `spoke_cli`) --------------------
#: ``syslog.source`` of the records the local instance writes when "Get OAuth Token" fails. ServiceNow
#: logs OAuth failures to the system log; the exact source and wording are unconfirmed.
OAUTH_LOG_SOURCE: Final = "OAuth"
#: Every such message starts with this, followed by ``oauth_requestor=<credential sys_id>: <stage>: ...``
#: (stage ``authorization`` for an ``error=`` on the redirect back, ``token`` for the token request).
OAUTH_FAILURE_PREFIX: Final = "Get OAuth Token failed for "
#: A scripted REST resource on the local instance that makes one Table API call to the remote the way
#: the spoke does (the connection's URL, the credential's stored token, refreshed when expired). Real
#: instances need it installed (spoke_cli/README.md has its script); the emulator serves it.
REMOTE_CALL_PATH: Final = "/api/x_spoke_verify/v1/remote_call"

# --- The choices above, each with its source; the documented facts; the emulator's own names --------
CHOICES: Final[tuple[Choice, ...]] = (
    Choice(
        "`/oauth_token.do` failures, JSON bodies",
        '401 `{"error_description":"access_denied","error":"server_error"}` for every failure',
        "observed answers in public issues (demisto/content-docs #1301) and clients (stojdev/oauth-client); "
        '`r_OAuthAPIRequestParameters.md`: a JSON body gives "an unspecified error". Not in the docs',
        ("OAUTH_FAILURE",),
    ),
    Choice(
        "`oauth_requestor_profile` columns",
        "`oauth_requestor_context`, `oauth_requestor` (the credential's sys_id), `oauth_entity_profile` "
        "(reference)",
        "`c_OAuthProviderAndScope.md` names the table and the parameters it saves (`oauth_requestor`, "
        "`oauth_requestor_context`, `oauth_provider_profile`), not its columns. Open",
        ("REQUESTOR_PROFILE_TABLE",),
    ),
    Choice(
        "`oauth_credential.requestor_id`",
        "not emulated",
        "listed in a third-party schema of the table (Netskope's SSPM) without what it holds. Open",
    ),
    Choice(
        "Token requests within the access token's lifetime",
        "the current access token (and, password grant, the current refresh token); the refresh grant issues "
        "a new access token",
        '`r_OAuthAPIRequestParameters.md`: requests within the expiration time "always return the current '
        'access token"; whether that holds for the refresh grant is not said. Open',
        ("TOKEN_REUSE",),
    ),
    Choice(
        "`oauth_credential.type` values",
        "`access_token`, `refresh_token`",
        "`t_ManageTokens.md` names the column's label (Type: access or refresh), not its values. Open",
        ("ACCESS_TOKEN_TYPE", "REFRESH_TOKEN_TYPE"),
    ),
    Choice(
        "Authorization code life",
        "60 s, single use",
        "`oauth_entity.auth_code_lifespan` exists (third-party schemas); its default is not documented. Open",
        ("AUTH_CODE_LIFESPAN",),
    ),
    Choice(
        "Session cookie",
        "`JSESSIONID_<port>`",
        "emulator-only: ServiceNow's is `JSESSIONID` on a host of its own; cookies ignore ports, and two "
        "emulators on 127.0.0.1 must not share one",
        ("SESSION_COOKIE",),
    ),
    Choice(
        "Local side PKCE",
        "only with the registry's PKCE required (`public_client`), its `code_challenge_method`",
        "`setup-rem-instance.md` (the registry's PKCE required option); how the local instance sends the "
        "challenge is not documented. Open",
    ),
    Choice(
        "PKCE errors on `/oauth_auth.do`",
        "302 to the redirect URI with `error=invalid_request`",
        "RFC 6749 4.1.2.1 and RFC 7636 4.4.1; ServiceNow's own answer is not documented. Open",
    ),
    Choice(
        '"Get OAuth Token" with a client-credentials profile',
        "token fetched server-side, no browser",
        "`client-credentials.md` documents the inbound grant; whether the spoke's Get OAuth Token works "
        "with a client-credentials profile is not documented. Open",
    ),
    Choice(
        'Failures of "Get OAuth Token"',
        "a `syslog` record (`source=OAuth`, level 2, a fixed message prefix)",
        "none found: ServiceNow's OAuth pages do not say where the failure of a Get OAuth Token goes",
        ("OAUTH_LOG_SOURCE", "OAUTH_FAILURE_PREFIX"),
    ),
    Choice(
        "Outbound test call",
        "`POST /api/x_spoke_verify/v1/remote_call`, served by the emulator",
        "emulator-only: no ServiceNow API makes the spoke's call on demand; a real instance needs the "
        "scripted REST resource of spoke_cli/README.md",
        ("REMOTE_CALL_PATH",),
    ),
    Choice(
        "`client_id` on a `client` entity",
        "generated only when blank; a given value is kept",
        "`t_CreateEndpointforExternalClients.md`: generated on insert, read-only on the form; whether the "
        "Table API keeps a given value is not said. Open",
    ),
)

#: Names that hold documented values (name -> source), not choices.
FACTS: Final[dict[str, str]] = {
    "DEFAULT_ACCESS_TOKEN_LIFESPAN": "`c_OAuthApplications.md`: 1800 s",
    "DEFAULT_REFRESH_TOKEN_LIFESPAN": "`c_OAuthApplications.md`: 8,640,000 s (100 days)",
    "TOKEN_SCOPE": "`r_OAuthAPIResponseParameters.md`: scope useraccount",
    "CLIENT_CREDENTIALS_PROPERTY": "`create-cc-sys-prop.md`, `client-credentials.md`",
    "STATE_REQUIRED_PROPERTY": "`oauth-auth-code-flow-state-parm.md`",
}

#: The emulator's own names (users, environment, logging): nothing ServiceNow decides.
PLUMBING: Final[frozenset[str]] = frozenset()
