"""The checks of the token: the local instance holds an unexpired one for the credential, and the remote
answers a Table API call the local instance makes with it, as the spoke does."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from .api import parse_time
from .chain import Chain
from .result import Result

#: The local scripted REST resource that makes one call to the remote as the spoke does (README).
REMOTE_CALL_PATH = "/api/x_spoke_verify/v1/remote_call"


def check_token(chain: Chain, clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> Result:
    name = "a token is present and not expired"
    fix = "run `python -m spoke_cli authorize` (ServiceNow's Get OAuth Token)"
    if chain.credential is None:
        return Result(
            name, False, "no OAuth 2.0 credential to hold a token", "run `cdktf deploy`", "no_token"
        )
    credential = chain.credential["sys_id"]
    profile = (chain.profile or {}).get("sys_id", "")
    requestors = chain.requestor_profiles(credential)
    mine = [r for r in requestors if not profile or r.get("oauth_entity_profile") == profile]
    moment = clock()
    best: dict[str, datetime] = {}
    foreign_peer = ""
    for token in chain.tokens_of(mine):
        expires = parse_time(token.get("expires", ""))
        if expires is None or expires <= moment:
            continue
        if chain.registry is not None and token.get("peer") and token["peer"] != chain.registry["sys_id"]:
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
        f"the local instance holds no unexpired token for the credential {chain.credential.get('name')!r}"
    )
    if foreign_peer:
        detail += (
            f": its tokens were issued through the application registry {foreign_peer}, not "
            f"{(chain.registry or {}).get('name')!r}"
        )
    elif profile and chain.others_tokens(credential, profile):
        detail += (
            f": the tokens held for the profile {(chain.profile or {}).get('name')!r} were issued for "
            "another credential (an earlier setup's?)"
        )
    elif requestors and not mine:
        detail += (
            f": its tokens were issued through another profile, not {(chain.profile or {}).get('name')!r}"
        )
    return Result(name, False, detail, fix, "no_token")


def check_remote_call(chain: Chain) -> Result:
    name = "the remote answers a Table API call made with the token"
    t = chain.target
    conn, _alias = chain.connection(t.remote_alias, t.remote_connection)
    if conn is None:
        return Result(
            name, False, "no remote connection to call through", "run `cdktf deploy`", "remote_call"
        )
    answer = chain.local.call(
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
            f"the local instance could not make the call: HTTP {answer.status_code} {detail or ''}".strip(),
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
