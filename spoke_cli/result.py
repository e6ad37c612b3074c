"""What a check of the spoke's chain answers (`Result`), and what the checks share: the fix that puts a
managed value back, and how two URLs are compared.

Each check is a function of the loaded `Chain` (chain.py), one module per part of the chain
(`checks_oauth.py`, `checks_records.py`, `checks_token.py`). ``verify`` runs every check; ``authorize``
runs the first ones before it starts the flow (and again to explain a timeout). Each result names what
is wrong and how to fix it; ``cause`` is a stable key for the failures ``authorize`` reports
(``redirect_mismatch``, ``pkce_mismatch``, ``endpoint_inactive``, ...).
"""

from __future__ import annotations

from dataclasses import dataclass

REDEPLOY = "run `cdktf deploy` again (it puts the managed value back)"
#: REDEPLOY as a sentence of its own.
REDEPLOY_FIX = REDEPLOY[0].upper() + REDEPLOY[1:]


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


def urls(value: str) -> list[str]:
    """The URLs of a comma-separated list, without a trailing slash."""
    return [u.strip().rstrip("/") for u in (value or "").split(",") if u.strip()]


def same_url(a: str, b: str) -> bool:
    """Whether two URLs are the same, but for case and a trailing slash."""
    return a.strip().rstrip("/").lower() == b.strip().rstrip("/").lower()
