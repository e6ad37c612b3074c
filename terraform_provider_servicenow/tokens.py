"""The tokens "Get OAuth Token" stored for a credential, deleted with it.

ServiceNow saves the requestor of "Get OAuth Token" (the credential, its context, the profile) in
``oauth_requestor_profile``, and each token (``oauth_credential``) refers to that record
(c_OAuthProviderAndScope.md). Neither reference is a base column for sure, so both are checked in
sys_dictionary before they are queried (a query on a column the instance lacks would answer every
token), and every answer is filtered on the queried column again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from terraform_provider_servicenow.dictionary import dictionary_of
from terraform_provider_servicenow.mapping import raw_value

if TYPE_CHECKING:
    from terraform_provider_servicenow.client import TableClient

REQUESTOR_TABLE = "oauth_requestor_profile"
TOKEN_TABLE = "oauth_credential"
LIMIT = 1000


def delete_tokens(client: TableClient, credential: str) -> int:
    """Delete the tokens of a credential and its requestor profiles; the number of tokens deleted.

    Raises MissingColumns when the instance lacks the columns (nothing is queried then)."""
    dictionary = dictionary_of(client)
    dictionary.require(REQUESTOR_TABLE, ["oauth_requestor"])
    dictionary.require(TOKEN_TABLE, [REQUESTOR_TABLE])
    rows, _ = client.query(
        REQUESTOR_TABLE, f"oauth_requestor={credential}", limit=LIMIT, fields="sys_id,oauth_requestor"
    )
    profiles = [
        str(raw_value(r.get("sys_id"))) for r in rows if raw_value(r.get("oauth_requestor")) == credential
    ]
    if not profiles:
        return 0
    tokens, _ = client.query(
        TOKEN_TABLE,
        f"{REQUESTOR_TABLE}IN" + ",".join(profiles),
        limit=LIMIT,
        fields=f"sys_id,{REQUESTOR_TABLE}",
    )
    deleted = 0
    for token in tokens:
        if raw_value(token.get(REQUESTOR_TABLE)) in profiles:
            deleted += client.delete(TOKEN_TABLE, str(raw_value(token.get("sys_id"))))
    for profile in profiles:
        client.delete(REQUESTOR_TABLE, profile)
    return deleted
