"""`verify`: one PASS/FAIL line per link of the spoke's chain on both instances; non-zero on any FAIL."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TextIO

from .api import ApiError
from .chain import Chain
from .checks_oauth import check_endpoint, check_grant, check_registry
from .checks_records import check_connection, check_references
from .checks_token import check_remote_call, check_token
from .result import Result
from .target import DEFAULT_LOCAL_ALIAS, DEFAULT_REMOTE_ALIAS, Target


def check_names(
    remote_alias: str = DEFAULT_REMOTE_ALIAS, local_alias: str = DEFAULT_LOCAL_ALIAS
) -> tuple[str, ...]:
    """The checks' names, in the order of the chain (the connection checks name the aliases)."""
    return (
        "remote endpoint is active with the local redirect URL",
        "remote allows the profile's grant type",
        "local registry points at the remote",
        "profile, credential and registry reference each other",
        f"remote connection is active under {remote_alias}",
        f"local connection is active under {local_alias}",
        "a token is present and not expired",
        "the remote answers a Table API call made with the token",
    )


#: The names with the default aliases.
CHECK_NAMES = check_names()


def run_checks(chain: Chain) -> list[Result]:
    """Every check, in the order of the chain; a check that cannot run is a FAIL that says why."""
    steps: tuple[Callable[[Chain], Result], ...] = (
        check_endpoint,
        check_grant,
        check_registry,
        check_references,
        lambda c: check_connection(c, "remote"),
        lambda c: check_connection(c, "local"),
        check_token,
        check_remote_call,
    )
    results = []
    names = check_names(chain.target.remote_alias, chain.target.local_alias)
    for name, step in zip(names, steps, strict=True):
        try:
            results.append(step(chain))
        except ApiError as error:
            results.append(Result(name, False, str(error), "check the instance URL and the admin login"))
    return results


def verify(target: Target, *, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    chain = Chain(target)
    try:
        try:
            chain.load()
        except ApiError as error:
            print(
                f"FAIL  reading the spoke's records: {error}\n      fix: check the URL and the admin login",
                file=out,
            )
            return 1
        results = run_checks(chain)
    finally:
        chain.close()
    for result in results:
        print(result.line(), file=out)
    failed = sum(not r.ok for r in results)
    print(
        f"{len(results) - failed} passed, {failed} failed" + ("" if failed else ": the spoke works"),
        file=out,
    )
    return 1 if failed else 0
