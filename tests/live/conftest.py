"""The opt-in suites against real instances (like Terraform's TF_ACC): skipped unless SPOKE_LIVE=1.

Every value comes from the environment; nothing here knows the instances are emulators when they are
(tests/e2e/test_live_suites.py points these suites at two emulator processes as if they were real):

    SPOKE_LIVE=1
    SPOKE_LIVE_REMOTE_URL, SPOKE_LIVE_REMOTE_USERNAME, SPOKE_LIVE_REMOTE_PASSWORD
    SPOKE_LIVE_LOCAL_URL,  SPOKE_LIVE_LOCAL_USERNAME,  SPOKE_LIVE_LOCAL_PASSWORD
    SPOKE_LIVE_PREFIX      (optional: the name prefix of every record the suites create; default
                            spoke-live-<8 random hex>)

Every record the suites create is named ``<prefix> ...`` (``<prefix>.marker`` for the property); the
suites delete them, and a sweep at the end of the session deletes whatever a failed test left with that
prefix and fails the session naming it. README.md ("Prove it on your instances") lists what they touch.
"""

from __future__ import annotations

import os
import re
import secrets
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests

GATE = "SPOKE_LIVE"
PREFIX_VARIABLE = "SPOKE_LIVE_PREFIX"
#: instance -> setting -> environment variable
VARIABLES = {
    side: {key: f"SPOKE_LIVE_{side.upper()}_{key.upper()}" for key in ("url", "username", "password")}
    for side in ("remote", "local")
}
PREFIX_RE = re.compile(r"^[a-z][a-z0-9-]{2,30}$")
LOOPBACK = ("127.0.0.1", "localhost", "::1")

#: Where the suites create records, per instance: (table, column holding the prefixed name).
CREATED = {
    "remote": (("oauth_entity", "name"), ("sys_properties", "name")),
    "local": (
        ("oauth_2_0_credentials", "name"),
        ("basic_auth_credentials", "name"),
        ("http_connection", "name"),
    ),
}


class LiveSettingsError(Exception):
    pass


@dataclass(frozen=True)
class Instance:
    """One instance reached only through its URL and a user's basic auth (the Table API, no shortcut)."""

    side: str
    url: str
    username: str
    password: str

    def api(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        kwargs.setdefault("timeout", 60)
        headers = {"Accept": "application/json", **kwargs.pop("headers", {})}
        return requests.request(
            method, self.url + path, auth=(self.username, self.password), headers=headers, **kwargs
        )

    def query(self, table: str, query: str) -> list[dict[str, Any]]:
        answer = self.api(
            "GET",
            f"/api/now/table/{table}",
            params={
                "sysparm_query": query,
                "sysparm_exclude_reference_link": "true",
                "sysparm_limit": "1000",
            },
        )
        answer.raise_for_status()
        return list(answer.json()["result"])

    def get(self, table: str, sys_id: str) -> dict[str, Any] | None:
        answer = self.api(
            "GET", f"/api/now/table/{table}/{sys_id}", params={"sysparm_exclude_reference_link": "true"}
        )
        if answer.status_code == 404:
            return None
        answer.raise_for_status()
        return dict(answer.json()["result"])

    def patch(self, table: str, sys_id: str, values: Mapping[str, str]) -> None:
        self.api("PATCH", f"/api/now/table/{table}/{sys_id}", json=dict(values)).raise_for_status()

    def delete(self, table: str, sys_id: str) -> None:
        answer = self.api("DELETE", f"/api/now/table/{table}/{sys_id}")
        if answer.status_code != 404:
            answer.raise_for_status()


@dataclass(frozen=True)
class Live:
    remote: Instance
    local: Instance
    prefix: str

    def name(self, what: str) -> str:
        return f"{self.prefix} {what}"

    def leftovers(self) -> list[tuple[Instance, str, dict[str, Any]]]:
        """Every record with the prefix in the tables the suites create records in."""
        found = []
        for instance in (self.remote, self.local):
            for table, column in CREATED[instance.side]:
                for record in instance.query(table, f"{column}STARTSWITH{self.prefix}"):
                    found.append((instance, table, record))
        return found


def settings(environ: Mapping[str, str]) -> Live | None:
    """The instances of the environment; None when SPOKE_LIVE is not set (the suites skip)."""
    if environ.get(GATE, "") in ("", "0"):
        return None
    missing = [v for side in VARIABLES.values() for v in side.values() if not environ.get(v)]
    if missing:
        raise LiveSettingsError(
            f"{GATE} is set but {', '.join(missing)} {'is' if len(missing) == 1 else 'are'} not: export "
            f"each (README.md, 'Prove it on your instances'), or unset {GATE} to skip these suites."
        )
    instances = {}
    for side, names in VARIABLES.items():
        url = environ[names["url"]].rstrip("/")
        parts = urlsplit(url)
        if parts.scheme != "https" and not (parts.scheme == "http" and parts.hostname in LOOPBACK):
            raise LiveSettingsError(
                f"{names['url']} must be an https:// URL (http only on loopback): the suites send "
                "the password with every request."
            )
        if parts.username or parts.password:
            raise LiveSettingsError(f"{names['url']} carries a user: give it in {names['username']}.")
        instances[side] = Instance(side, url, environ[names["username"]], environ[names["password"]])
    prefix = environ.get(PREFIX_VARIABLE) or f"spoke-live-{secrets.token_hex(4)}"
    if not PREFIX_RE.match(prefix):
        raise LiveSettingsError(
            f"{PREFIX_VARIABLE} must be 3-31 characters: a lowercase letter, then lowercase letters, "
            "digits or '-' (it names records and the stack)."
        )
    return Live(instances["remote"], instances["local"], prefix)


@pytest.fixture(scope="session")
def live() -> Iterator[Live]:
    """The two instances of the environment. Before anything is written: no record may already carry the
    prefix. After the session: whatever a failed test left with the prefix is deleted, and the session
    fails naming it."""
    try:
        found = settings(os.environ)
    except LiveSettingsError as error:
        pytest.fail(str(error), pytrace=False)
    if found is None:
        pytest.skip(f"opt-in: set {GATE}=1 and the SPOKE_LIVE_* variables to run against real instances")
    before = found.leftovers()
    if before:
        pytest.fail(
            f"records named {found.prefix!r}... already exist ("
            + ", ".join(f"{i.side} {t} {r['sys_id']}" for i, t, r in before)
            + f"): choose another {PREFIX_VARIABLE}.",
            pytrace=False,
        )
    yield found
    left = found.leftovers()
    for instance, table, record in left:
        instance.delete(table, record["sys_id"])
    if left:
        pytest.fail(
            "the suites left records behind (now deleted by the sweep): "
            + ", ".join(f"{i.side} {t} {r.get('name')!r} {r['sys_id']}" for i, t, r in left),
            pytrace=False,
        )
