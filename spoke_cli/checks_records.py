"""The checks of the local records: the credential, its profile and registry reference each other, and
the two HTTP(s) connections under the spoke's aliases."""

from __future__ import annotations

from .chain import Chain
from .result import REDEPLOY_FIX, Result, same_url


def check_references(chain: Chain) -> Result:
    name = "profile, credential and registry reference each other"
    t = chain.target
    c, p, r = chain.credential, chain.profile, chain.registry
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
    fix = REDEPLOY_FIX
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


def check_connection(chain: Chain, which: str) -> Result:
    t = chain.target
    alias = t.remote_alias if which == "remote" else t.local_alias
    url = t.connection_url(which)
    expected_credential = (
        chain.credential["sys_id"]
        if which == "remote" and chain.credential
        else (t.local_credential if which == "local" else "")
    )
    name = f"{which} connection is active under {alias}"
    conn, alias_record = chain.connection(
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
    if not same_url(conn.get("connection_url", ""), url):
        wrong.append(f"its URL is {conn.get('connection_url')!r}, expected {url!r}")
    if expected_credential and conn.get("credential") != expected_credential:
        wrong.append(f"its credential is {conn.get('credential')!r}, expected {expected_credential!r}")
    if wrong:
        return Result(
            name,
            False,
            f"connection {conn.get('name')!r}: " + "; ".join(wrong),
            REDEPLOY_FIX,
            f"{which}_connection_wrong",
        )
    return Result(name, True, f"{conn.get('name')!r} -> {conn.get('connection_url')}")
