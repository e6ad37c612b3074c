"""Diagnostics: what failed, where, ServiceNow's words, the probable cause; never a secret."""

from __future__ import annotations

import pytest
from tf.utils import Diagnostics

from terraform_provider_servicenow import redact
from terraform_provider_servicenow.client import ApiError
from terraform_provider_servicenow.errors import add_api_error, add_unexpected

SUBJECT = 'servicenow_http_connection "Remote instance"'


def _one(err: ApiError, operation: str = "create"):
    diags = Diagnostics()
    add_api_error(diags, err, operation, SUBJECT)
    [diag] = diags.diagnostics
    return diag


def _err(status, **kw):
    base = dict(
        operation="create",
        table="http_connection",
        status=status,
        message="ACL Exception Insert Failed due to security constraints",
        detail="d",
        method="POST",
        path="/api/now/table/http_connection",
        auth_method="basic",
        username="integration",
    )
    base.update(kw)
    return ApiError(**base)


def test_a_403_names_resource_table_request_status_message_detail_and_role():
    diag = _one(_err(403))
    assert diag.severity == "error"
    assert diag.summary == f"ServiceNow refused to create {SUBJECT}: HTTP 403 Forbidden"
    for line in (
        f"Resource: {SUBJECT}",
        "Table: http_connection",
        "Request: POST /api/now/table/http_connection",
        "HTTP status: 403",
        "ServiceNow message: ACL Exception Insert Failed due to security constraints",
        "ServiceNow detail: d",
    ):
        assert line in diag.detail
    assert "User `integration` probably lacks the role connection_admin" in diag.detail


@pytest.mark.parametrize(
    ("table", "role"),
    [("oauth_entity", "oauth_admin"), ("basic_auth_credentials", "credential_admin"), ("sys_alias", "admin")],
)
def test_the_probable_role_depends_on_the_table(table, role):
    assert role in _one(_err(403, table=table)).detail


def test_a_401_with_basic_auth_points_at_username_and_password():
    detail = _one(_err(401)).detail
    assert "basic-auth credentials of user `integration`" in detail and "SERVICENOW_PASSWORD" in detail


def test_a_refused_token_points_at_the_oauth_client():
    err = _err(401, operation="token", table="oauth_token.do", auth_method="oauth_client_credentials")
    assert "client_secret" in _one(err).detail and "OAuth Application User" in _one(err).detail


def test_no_answer_says_so_and_how_many_attempts():
    diag = _one(_err(None, attempts=5, message="no answer"))
    assert diag.summary.startswith("ServiceNow did not answer while trying to create")
    assert "after 5 attempt(s)" in diag.detail and "HTTP status: none" in diag.detail


def test_rate_limit_exhaustion_suggests_max_retries():
    assert "`max_retries`" in _one(_err(429, attempts=5)).detail


def test_a_registered_secret_never_reaches_a_diagnostic_even_by_mistake():
    redact.register("correct-horse-battery-staple")
    diags = Diagnostics()
    add_api_error(diags, _err(400, message="bad value correct-horse-battery-staple"), "update", SUBJECT)
    add_unexpected(diags, ValueError("oops correct-horse-battery-staple"), "update", SUBJECT)
    assert "correct-horse-battery-staple" not in str(diags)
    assert str(diags).count(redact.MASK) == 2


def test_short_values_are_not_scrubbed_so_role_names_stay_readable():
    redact.register("admin")
    assert redact.scrub("role oauth_admin") == "role oauth_admin"


def test_a_403_from_a_uniqueness_rule_points_at_the_duplicate_not_at_a_role():
    detail = _one(
        _err(403, message="A http_connection record with name 'conn' already exists", detail="")
    ).detail
    assert "may already exist" in detail and "lacks the role" not in detail
