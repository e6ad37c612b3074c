"""Terraform diagnostics for every failure: resource, table, HTTP status, ServiceNow's message and
detail, and for 401/403 the credential or role likely at fault. Never a secret, never a traceback."""

from __future__ import annotations

from tf.utils import Diagnostics

from terraform_provider_servicenow.catalog_roles import TABLE_ROLES
from terraform_provider_servicenow.client import ApiError, UncheckableCreate
from terraform_provider_servicenow.redact import scrub

VERBS = {
    "create": "create",
    "read": "read",
    "update": "update",
    "delete": "delete",
    "restore": "restore",
    "query": "look up",
    "adopt": "adopt",
    "import": "import",
    "token": "get an OAuth token for",
}
REASONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    409: "Conflict",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


def role_for(table: str) -> str:
    return TABLE_ROLES.get(table, f"admin, or a role that an ACL on `{table}` grants")


def probable_cause(err: ApiError, operation: str) -> str:
    who = f"user `{err.username}`" if err.username else "the OAuth client's user"
    if err.status is None and "TLS" in err.message:
        return (
            "The instance's TLS certificate is not trusted by this machine: set `ca_bundle` "
            "(SERVICENOW_CA_BUNDLE) to the PEM file of the CA that signed it."
        )
    if err.status is None:
        return (
            "The instance did not answer (connection refused, reset or timed out) after "
            f"{err.attempts} attempt(s). Check `instance_url`, the network, and `request_timeout`."
        )
    if err.operation == "token" or (err.status == 401 and err.table == "oauth_token.do"):
        if err.auth_method == "oauth_client_credentials":
            return (
                "The instance refused the OAuth client credentials: check `client_id` and `client_secret` "
                "(SERVICENOW_CLIENT_ID, SERVICENOW_CLIENT_SECRET), that the property "
                "glide.oauth.inbound.client.credential.grant_type.enabled is true and that the OAuth "
                "application has an OAuth Application User."
            )
        return (
            "The instance refused the OAuth password grant: check `client_id` and `client_secret` "
            f"(SERVICENOW_CLIENT_ID, SERVICENOW_CLIENT_SECRET) and the password of {who} "
            "(`password`, SERVICENOW_PASSWORD)."
        )
    if err.status == 401:
        if err.auth_method == "basic":
            return (
                f"The instance did not accept the basic-auth credentials of {who}: check `username` and "
                "`password` (SERVICENOW_USERNAME, SERVICENOW_PASSWORD), and that the account is active."
            )
        return (
            "The instance did not accept the OAuth access token even after requesting a new one: check "
            "`client_id`, `client_secret` and the user's account."
        )
    if err.status == 403:
        words = f"{err.message} {err.detail}".lower()
        if not any(w in words for w in ("acl", "security", "authoriz", "denied", "role")) and any(
            w in words for w in ("business rule", "already exists", "unique", "duplicate", "data policy")
        ):
            return (
                "A business rule or data policy refused the write: see ServiceNow's message (a record "
                "with the same unique value may already exist; import it or rename this one)."
            )
        return (
            f"{who[0].upper() + who[1:]} probably lacks the role {role_for(err.table)} needed to "
            f"{VERBS.get(operation, operation)} `{err.table}` records (or an ACL, business rule or data "
            "policy refused the write: see ServiceNow's message)."
        )
    if err.status == 404:
        return (
            f"The record or the table `{err.table}` does not exist, or an ACL hides it from {who} "
            f"(role {role_for(err.table)} is needed to read it)."
        )
    if err.status == 429:
        return (
            f"The instance's rate limit for {who} was still exceeded after {err.attempts} attempt(s): "
            "raise `max_retries`, wait, or ask the instance's admin about its rate limit rules."
        )
    if err.status in (502, 503, 504):
        return f"The instance was unavailable after {err.attempts} attempt(s): try again later."
    if err.status == 400:
        return "The instance rejected the request's content: check the attribute values."
    return "See ServiceNow's message."


def add_api_error(diags: Diagnostics, err: ApiError, operation: str, subject: str) -> None:
    """One error diagnostic for a failed Table API or OAuth call."""
    verb = VERBS.get(operation, operation)
    if isinstance(err, UncheckableCreate):
        lines = [
            f"Resource: {subject}",
            f"Table: {err.table}",
            f"Request: {err.method} {err.path}",
            f"What happened: {err.message}",
            f"What to do: {err.detail}",
        ]
        diags.add_error(scrub(f"Cannot tell whether ServiceNow created {subject}"), scrub("\n".join(lines)))
        return
    if err.status is None:
        summary = f"ServiceNow did not answer while trying to {verb} {subject}"
    else:
        reason = REASONS.get(err.status, "")
        summary = f"ServiceNow refused to {verb} {subject}: HTTP {err.status}" + (
            f" {reason}" if reason else ""
        )
    lines = [f"Resource: {subject}", f"Table: {err.table}"]
    if err.method:
        lines.append(f"Request: {err.method} {err.path}")
    lines.append(f"HTTP status: {err.status if err.status is not None else 'none (no answer)'}")
    lines.append(f"ServiceNow message: {err.message or '(none)'}")
    if err.detail:
        lines.append(f"ServiceNow detail: {err.detail}")
    lines.append(f"Probable cause: {probable_cause(err, operation)}")
    diags.add_error(scrub(summary), scrub("\n".join(lines)))


def add_unexpected(diags: Diagnostics, exc: BaseException, operation: str, subject: str) -> None:
    """An error in the provider itself, reported as a diagnostic rather than a traceback."""
    verb = VERBS.get(operation, operation)
    diags.add_error(
        scrub(f"Could not {verb} {subject}: {type(exc).__name__}"),
        scrub(
            f"{exc}\nThis is probably a bug in terraform-provider-servicenow; "
            "run with TF_LOG=debug for the request log."
        ),
    )
