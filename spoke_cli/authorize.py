"""`authorize`: ServiceNow's "Get OAuth Token" for a deployed spoke, waiting until the token is there.

1. Checks the chain the flow depends on (credential -> profile -> registry on the local instance, and,
   when the remote admin password is available, the remote endpoint): a broken link is reported before
   any browser opens.
2. Authorization code grant: opens the local ``/oauth_initiator.do`` URL in a browser (or prints it) for
   a person to log in to the remote instance and allow access. Client credentials grant (the CI path):
   asks the local instance to get the token itself, no browser.
3. Polls the local instance's ``oauth_credential`` (a new access token for the credential) and its
   ``syslog`` (a failed "Get OAuth Token") until one shows up or the deadline passes.
"""

from __future__ import annotations

import html
import os
import re
import sys
import time
import webbrowser
from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO
from urllib.parse import urlsplit

import requests

from . import checks_oauth
from .api import ApiError
from .chain import Chain
from .checks_oauth import CLIENT_CREDENTIALS_PROPERTY, check_endpoint, check_registry
from .checks_records import check_references
from .result import REDEPLOY, REDEPLOY_FIX, Result
from .target import Target

__all__ = ["CLIENT_CREDENTIALS_PROPERTY", "authorize"]
LOG_SOURCE = "OAuth"
FAILURE_PREFIX = "Get OAuth Token failed for "

TITLES = {
    "redirect_mismatch": "redirect URL mismatch",
    "pkce_mismatch": "PKCE mismatch",
    "wrong_client_secret": "wrong client secret",
    "consent_refused": "consent refused",
    "endpoint_inactive": "remote endpoint inactive",
    "timeout": "timeout",
    "client_credentials_disabled": "client credentials grant disabled on the remote",
    "no_application_user": "no OAuth Application User on the remote endpoint",
    "token_url_unreachable": "remote token URL unreachable",
    "authorization_error": "the remote refused the authorization request",
    "registry_incomplete": "application registry incomplete",
    "initiator_refused": "the local instance did not start Get OAuth Token",
}


@dataclass(frozen=True)
class Failure:
    cause: str
    detail: str
    fix: str

    def text(self) -> str:
        title = TITLES.get(self.cause, self.cause)
        detail = self.detail.removeprefix(f"{title}: ")
        return f"error: {title}: {detail}\n  fix: {self.fix}"


def has_display() -> bool:
    """Whether a browser can be shown (a desktop session, or macOS/Windows)."""
    if sys.platform in ("darwin", "win32"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def classify(message: str, chain: Chain) -> Failure:
    """The cause and fix of a failed "Get OAuth Token", from the local instance's syslog message."""
    t = chain.target
    detail = message.split(": ", 2)[-1] if message.startswith(FAILURE_PREFIX) else message
    if "error=access_denied" in message:
        return Failure(
            "consent_refused",
            f"the remote instance answered access_denied: the user did not allow access ({detail})",
            "run authorize again, log in to the remote instance and click Allow (as a user who may use it)",
        )
    if "error=" in message and ("code_challenge" in message or "PKCE" in message):
        return Failure(
            "pkce_mismatch",
            f"the remote endpoint and the local registry disagree on PKCE ({detail})",
            "give both the same setting: pkce_required (and code_challenge_method) in the spoke's options, "
            "then `cdktf deploy`",
        )
    if "error=" in message:
        return Failure("authorization_error", detail, f"check the remote endpoint on {t.remote_url}")
    if ": token: " in message and "HTTP 401" in message:
        also = ""
        if chain.grant_type == "client_credentials":
            found = client_credentials_problems(chain)
            if found:
                return found[0]
            if chain.remote is None:
                also = (
                    "; or the client credentials grant is not enabled on the remote (property "
                    f"{CLIENT_CREDENTIALS_PROPERTY}, OAuth Application User): set TF_VAR_"
                    f"{t.remote_variable} so authorize can check"
                )
        return Failure(
            "wrong_client_secret",
            f"the remote's token URL refused the registry's client id and secret (HTTP 401): {detail}{also}",
            f"the {t.registry_name} registry's client secret must be the remote endpoint's: "
            + REDEPLOY
            + "; if you set client_secret yourself, give both records the same value",
        )
    if ": token: " in message:
        return Failure(
            "token_url_unreachable",
            detail,
            f"the local instance must reach {t.remote_url}/oauth_token.do: check the registry's Token URL "
            "and the network between the instances",
        )
    if "lacks" in message:
        return Failure("registry_incomplete", detail, REDEPLOY_FIX)
    return Failure("authorization_error", detail, "see the local instance's system log (syslog)")


def client_credentials_problems(chain: Chain) -> list[Failure]:
    """What keeps the remote from issuing client-credentials tokens (needs the remote admin login)."""
    return [Failure(*problem) for problem in checks_oauth.client_credentials_problems(chain)]


def _failure_of(result: Result) -> Failure:
    return Failure(result.cause or "chain", result.detail, result.fix)


def preflight(chain: Chain) -> list[Failure]:
    """Broken links that would make the flow fail, found before it starts."""
    checks = [check_references(chain)]
    if chain.remote is not None:
        checks.append(check_endpoint(chain))
    checks.append(check_registry(chain))
    failures = [_failure_of(r) for r in checks if not r.ok]
    if not failures and chain.grant_type == "client_credentials":
        failures += client_credentials_problems(chain)
    return failures


def _access_tokens(chain: Chain) -> set[tuple[str, str, str]]:
    """The access tokens as (sys_id, expires, sys_updated_on): a token replaced in place is new too."""
    return {
        (t["sys_id"], t.get("expires", ""), t.get("sys_updated_on", ""))
        for t in chain.tokens()
        if t.get("type") == "access_token"
    }


def _page_text(answer: requests.Response) -> str:
    """The gist of an HTML (or JSON) answer: its title and first words, tags stripped, short."""
    body = answer.text[:20000]
    title = re.search(r"<title[^>]*>(.*?)</title>", body, re.S | re.I)
    text = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", body, flags=re.S | re.I)
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    words = " ".join(text.split())
    if title:
        heading = " ".join(html.unescape(title.group(1)).split())
        words = words.removeprefix(heading).strip()
        words = f"{heading}: {words}" if words else heading
    return words[:200] + ("..." if len(words) > 200 else "")


def _is_login_page(answer: requests.Response) -> bool:
    body = answer.text[:20000].lower()
    return "type='password'" in body or 'type="password"' in body or "user_password" in body


def initiator_failure(answer: requests.Response, target: Target) -> Failure | None:
    """Why the local instance's answer to the client-credentials /oauth_initiator.do is not a started
    flow (None when it is): a redirect, a login page or an HTTP error means no token will come."""
    asked = f"{target.local_url}/oauth_initiator.do"
    user = target.local_login.username if target.local_login else "admin"
    variable = target.local_login.variable if target.local_login else "<local password variable>"
    if answer.is_redirect or 300 <= answer.status_code < 400:
        where = urlsplit(answer.headers.get("Location", ""))
        shown = f"{where.scheme}://{where.netloc}{where.path}" if where.netloc else where.path or "(nowhere)"
        return Failure(
            "initiator_refused",
            f"{asked} answered HTTP {answer.status_code}, a redirect to {shown} (a login or single sign-on "
            "page), instead of getting the token",
            f"the local instance must accept the basic-auth login of {user!r} on its UI pages (no SSO "
            "redirect for this user); otherwise run the credential's Get OAuth Token link in a browser",
        )
    if answer.status_code == 401 or (answer.status_code < 300 and _is_login_page(answer)):
        return Failure(
            "initiator_refused",
            f"{asked} answered HTTP {answer.status_code} with a login page: the local instance did not "
            f"accept the basic-auth login of {user!r} there",
            f"check the local admin's password (TF_VAR_{variable}) and that the user may log in to the UI; "
            "otherwise run the credential's Get OAuth Token link in a browser",
        )
    if answer.status_code >= 400:
        return Failure(
            "initiator_refused",
            f"{asked} answered HTTP {answer.status_code}: {_page_text(answer) or '(empty page)'}",
            f"give {user!r} the roles to read OAuth 2.0 credentials and run Get OAuth Token (admin, or "
            "oauth_admin and credential_admin); check the credential and profile sys_ids",
        )
    return None


def _failures_logged(chain: Chain) -> dict[str, str]:
    """sys_id -> message of the syslog records of failed flows for this credential."""
    assert chain.credential is not None
    records = chain.local.query(
        "syslog",
        f"source={LOG_SOURCE}^messageLIKE{chain.credential['sys_id']}^ORDERBYDESCsys_created_on",
        limit=50,
        fields="sys_id,message",
    )
    return {
        r["sys_id"]: r.get("message", "") for r in records if r.get("message", "").startswith(FAILURE_PREFIX)
    }


def authorize(
    target: Target,
    *,
    timeout: float = 300.0,
    interval: float = 1.0,
    opener: Callable[[str], object] | None = None,
    out: TextIO | None = None,
) -> int:
    """Run the flow; 0 when the token is in the local instance, 1 with the cause and the fix otherwise."""

    stream = out or sys.stdout

    def say(text: str) -> None:
        print(text, file=stream, flush=True)

    chain = Chain(target)
    try:
        try:
            chain.load()
            failures = preflight(chain)
        except ApiError as error:
            say(
                f"error: {error}\n  fix: check the local URL (--local-url or --config) and the admin "
                "password variable"
            )
            return 1
        if failures:
            for failure in failures:
                say(failure.text())
            return 1
        if chain.remote is None:
            say(
                f"note: TF_VAR_{target.remote_variable} is not set, so the remote endpoint was not checked "
                "beforehand"
            )
        assert chain.credential is not None and chain.profile is not None
        known_tokens = _access_tokens(chain)
        known_failures = set(_failures_logged(chain))
        url = target.initiator_url(chain.credential["sys_id"], chain.profile["sys_id"])
        grant = chain.grant_type
        if grant == "client_credentials":
            say(f"Getting a token with the client credentials grant ({chain.credential.get('name')!r})...")
            parts = urlsplit(url)
            answer = chain.local.call("GET", f"{parts.path}?{parts.query}", allow_redirects=False)
            refused = initiator_failure(answer, target)
            if refused is not None:
                # A failed token request is also logged, with its cause: prefer that.
                logged = [v for k, v in _failures_logged(chain).items() if k not in known_failures]
                say(classify(logged[0], chain).text() if logged else refused.text())
                return 1
        elif grant == "authorization_code":
            say('Open this URL in a browser logged in to the local instance ("Get OAuth Token"), log in to')
            say("the remote instance and click Allow:")
            say(f"  {url}")
            (opener or _default_opener(say))(url)
            say(f"Waiting up to {timeout:g} s for the token...")
        else:
            say(
                f"error: the profile {chain.profile.get('name')!r} uses the grant type {grant!r}\n"
                "  fix: use default_grant_type authorization_code (a person logs in) or "
                "client_credentials (CI)"
            )
            return 1
        deadline = time.monotonic() + timeout
        while True:
            fresh = _access_tokens(chain) - known_tokens
            if fresh:
                say(
                    "Token received: the local instance holds a new access token for "
                    f"{chain.credential.get('name')!r}."
                )
                return 0
            logged = {k: v for k, v in _failures_logged(chain).items() if k not in known_failures}
            if logged:
                message = next(iter(logged.values()))
                say(classify(message, chain).text())
                return 1
            if time.monotonic() >= deadline:
                break
            time.sleep(min(interval, max(0.0, deadline - time.monotonic())))
        say(_timeout_text(target, timeout))
        return 1
    except ApiError as error:
        say(f"error: {error}")
        return 1
    finally:
        chain.close()


def _timeout_text(target: Target, timeout: float) -> str:
    """Explain a timeout: re-check the chain (the remote may have changed) and list what else it can be."""
    lines = [f"error: timeout: no token reached the local instance within {timeout:g} s"]
    chain = Chain(target)
    try:
        chain.load()
        found = preflight(chain)
    except ApiError as error:
        found = [Failure("chain", str(error), "check the instances")]
    finally:
        chain.close()
    if found:
        lines.append("  probable cause:")
        lines += ["  " + f.text().replace("\n", "\n  ") for f in found]
    else:
        lines.append(
            "  nobody completed the login and consent in time, or the browser stopped on an error page of "
            f"the remote instance (e.g. 'Invalid redirect_uri' or 'Invalid client_id'). Without TF_VAR_"
            f"{target.remote_variable} the remote endpoint cannot be checked from here."
        )
    lines.append(
        "  fix: run authorize again, open the URL in a browser logged in to the local instance, log in to "
        "the remote instance and click Allow before the deadline (--timeout SECONDS)"
    )
    return "\n".join(lines)


def _default_opener(say: Callable[[str], None]) -> Callable[[str], object]:
    def open_url(url: str) -> object:
        if has_display():
            try:
                if webbrowser.open(url):
                    say("(opened in your browser)")
                    return True
            except webbrowser.Error:
                pass
        say("(no browser here: open the URL yourself)")
        return False

    return open_url
