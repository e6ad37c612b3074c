"""The checks of the OAuth link: the remote OAuth API endpoint, the local application registry that
points at it (PKCE included), and the grant the remote allows."""

from __future__ import annotations

from .chain import Chain
from .result import REDEPLOY, REDEPLOY_FIX, Result, same_url, urls

#: The remote property that enables the inbound client-credentials grant (off by default).
CLIENT_CREDENTIALS_PROPERTY = "glide.oauth.inbound.client.credential.grant_type.enabled"


def check_endpoint(chain: Chain) -> Result:
    name = "remote endpoint is active with the local redirect URL"
    t = chain.target
    if chain.remote is None:
        return Result(
            name,
            False,
            f"cannot read the remote instance: TF_VAR_{t.remote_variable} is not set",
            f"export TF_VAR_{t.remote_variable}=<the remote admin's password> "
            "(the variable the config names)",
            "no_remote_login",
        )
    if chain.remote_error:
        return Result(name, False, chain.remote_error, "check the remote URL and admin login", "remote_error")
    if chain.endpoint is None:
        return Result(
            name,
            False,
            f"no OAuth API endpoint {t.endpoint or 'with the registry client id'} on {t.remote_url}",
            "run `cdktf deploy` to create it",
            "endpoint_missing",
        )
    e = chain.endpoint
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
    if not any(same_url(u, t.redirect_url) for u in urls(e.get("redirect_url", ""))):
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


def check_registry(chain: Chain) -> Result:
    name = "local registry points at the remote"
    t, r = chain.target, chain.registry
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
        if field == "auth_url" and chain.grant_type == "client_credentials" and not r.get(field):
            continue
        if not same_url(r.get(field, ""), want):
            wrong.append(f"{field} is {r.get(field) or '(empty)'!r}, expected {want!r}")
    if r.get("redirect_url") and not same_url(r["redirect_url"].split(",")[0], t.redirect_url):
        wrong.append(f"redirect_url is {r['redirect_url']!r}, expected {t.redirect_url!r}")
    if r.get("active") != "true":
        wrong.append("it is inactive")
    if not r.get("client_id"):
        wrong.append("it has no client id")
    elif chain.endpoint is not None and r["client_id"] != chain.endpoint.get("client_id"):
        wrong.append("its client id is not the remote endpoint's")
    elif chain.remote is not None and not chain.remote_error:
        # The endpoint the client id points to must exist and be active on the remote: this link fails
        # on its own, not only through the endpoint check.
        target = chain.remote.first("oauth_entity", f"type=client^client_id={r['client_id']}")
        if target is None or target.get("client_id") != r["client_id"]:
            wrong.append(f"its client id matches no OAuth API endpoint on {t.remote_url}")
        elif target.get("active") != "true":
            wrong.append(
                f"its client id belongs to the inactive OAuth API endpoint {target.get('name')!r} on "
                f"{t.remote_url}"
            )
    if wrong:
        fix = REDEPLOY_FIX + f" (or fix the registry at {t.local_url})"
        if any("inactive OAuth API endpoint" in w for w in wrong):
            fix = f"set Active on that endpoint on {t.remote_url}; " + REDEPLOY
        elif any("matches no OAuth API endpoint" in w for w in wrong):
            fix = (
                "run `cdktf deploy` again: it creates the endpoint and writes its new client id to the "
                "registry (then `spoke authorize` for a token)"
            )
        return Result(name, False, f"registry {r.get('name')!r}: " + "; ".join(wrong), fix, "registry_wrong")
    pkce = check_pkce(chain)
    if pkce is not None:
        return pkce
    return Result(name, True, f"{r.get('name')!r}: {r.get('token_url')}, client id of the remote endpoint")


def check_pkce(chain: Chain) -> Result | None:
    """PKCE mismatch between the local registry and the remote endpoint (None when they agree)."""
    r, e = chain.registry, chain.endpoint
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


def check_grant(chain: Chain) -> Result:
    """What the remote needs for the profile's grant: for client credentials, the property that enables
    the grant and an active OAuth Application User on the endpoint (E.8 of the notes: Washington DC+)."""
    name = "remote allows the profile's grant type"
    if chain.grant_type != "client_credentials":
        return Result(name, True, f"{chain.grant_type}: nothing to enable on the remote")
    if chain.remote is None or chain.endpoint is None:
        return Result(
            name,
            False,
            "cannot check the remote's client-credentials settings without the remote endpoint",
            "fix the remote endpoint check first",
            "no_remote_login",
        )
    problems = client_credentials_problems(chain)
    if problems:
        return Result(
            name,
            False,
            "; ".join(p[1] for p in problems),
            "; ".join(p[2] for p in problems),
            problems[0][0],
        )
    return Result(name, True, f"client_credentials: {CLIENT_CREDENTIALS_PROPERTY} is true, user set")


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
