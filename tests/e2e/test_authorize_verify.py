"""`spoke_cli authorize` and `verify` on a spoke deployed with the real `cdktf deploy`."""

from __future__ import annotations

import io

import pytest

from spoke_cli.authorize import authorize
from spoke_cli.target import resolve
from spoke_cli.verify import verify
from tests.cli.helpers import browser
from tests.e2e.conftest import LOCAL_ADMIN_PASSWORD, REMOTE_ADMIN_PASSWORD, Deployment, needs_provider

pytestmark = [pytest.mark.e2e, needs_provider]


def test_authorize_then_verify_prove_a_spoke_deployed_with_cdktf_works(
    deployment: Deployment, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TF_VAR_remote_admin_password", REMOTE_ADMIN_PASSWORD)
    monkeypatch.setenv("TF_VAR_local_admin_password", LOCAL_ADMIN_PASSWORD)
    target = resolve(config=deployment.config)  # the records come from the stack's state
    before = io.StringIO()
    assert verify(target, out=before) == 1  # deployed, but no token yet
    assert before.getvalue().count("PASS") == 6, before.getvalue()
    out = io.StringIO()
    opener = browser(deployment.local, deployment.remote)
    assert authorize(target, timeout=20, interval=0.05, opener=opener, out=out) == 0, out.getvalue()
    report = io.StringIO()
    assert verify(target, out=report) == 0, report.getvalue()
    assert report.getvalue().endswith("8 passed, 0 failed: the spoke works\n")
    for secret in (REMOTE_ADMIN_PASSWORD, LOCAL_ADMIN_PASSWORD):
        assert secret not in out.getvalue() + report.getvalue()
