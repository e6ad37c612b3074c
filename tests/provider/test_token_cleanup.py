"""Destroying an OAuth 2.0 credential deletes the tokens "Get OAuth Token" stored for it (found through
oauth_requestor_profile, as ServiceNow keeps them) and leaves every other credential's tokens alone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from servicenow_emulator.testing import Emulator, get_oauth_token, run_emulator
from tests.emulator.conftest import Client
from tests.emulator.test_oauth import _setup_spoke_oauth
from tests.provider.helpers import Ctx, configured_provider, resource


def _tokens_of(local: Emulator, credential: str) -> list[dict[str, str]]:
    return local.query("oauth_credential", f"oauth_requestor_profile.oauth_requestor={credential}")


def test_destroying_a_credential_deletes_its_tokens_and_requestor_profiles_only(
    emulator_pair: tuple[Emulator, Emulator],
) -> None:
    remote, local = emulator_pair
    _endpoint, profile, credential = _setup_spoke_oauth(remote, local)
    other = Client(local).create(
        "oauth_2_0_credentials", {"name": "Another", "oauth_entity_profile": profile["sys_id"]}
    )
    for cred in (credential, other):
        answer = get_oauth_token(local.url, local.auth, remote.auth, cred["sys_id"], profile["sys_id"])
        assert answer.status_code == 200, answer.text
    assert len(_tokens_of(local, credential["sys_id"])) == 2 and len(_tokens_of(local, other["sys_id"])) == 2
    res = resource(
        configured_provider(local.url, password=local.admin_password), "servicenow_oauth2_credential"
    )
    ctx = Ctx()
    res.delete(ctx.delete(), {"sys_id": credential["sys_id"], "name": credential["name"]})
    assert not ctx.diags.has_errors(), ctx.text
    assert local.get_record("oauth_2_0_credentials", credential["sys_id"]) is None
    assert _tokens_of(local, credential["sys_id"]) == []
    assert local.query("oauth_requestor_profile", f"oauth_requestor={credential['sys_id']}") == []
    assert len(_tokens_of(local, other["sys_id"])) == 2  # another credential's tokens stay


@pytest.fixture
def without_requestor_column() -> Iterator[Emulator]:
    with run_emulator("older", without_columns=("oauth_requestor_profile.oauth_requestor",)) as emulator:
        yield emulator


def test_without_the_requestor_column_the_tokens_are_not_queried_and_a_warning_says_so(
    without_requestor_column: Emulator,
) -> None:
    local = without_requestor_column
    profile = local.query("oauth_entity_profile", "name=RemoteSpoke default_profile")[0]
    credential = Client(local).create(
        "oauth_2_0_credentials", {"name": "c", "oauth_entity_profile": profile["sys_id"]}
    )
    local.clear_requests()
    res = resource(configured_provider(local.url), "servicenow_oauth2_credential")
    ctx = Ctx()
    res.delete(ctx.delete(), {"sys_id": credential["sys_id"], "name": "c"})
    assert not ctx.diags.has_errors() and "its tokens were not looked for" in ctx.text
    assert "Table oauth_requestor_profile has no column oauth_requestor" in ctx.text
    paths = [r["path"] for r in local.requests()]
    assert "/api/now/table/oauth_requestor_profile" not in paths  # never a query on a missing column
    assert local.get_record("oauth_2_0_credentials", credential["sys_id"]) is None
