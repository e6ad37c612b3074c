"""An HTTP(s) connection under an alias, with the stack-wide and plan-time checks ServiceNow's rules
need (one active connection per credential and per alias)."""

from __future__ import annotations

import re

from constructs import Construct

from terraform_provider_servicenow import catalog

from ..cdk import Postcondition, binding
from ..tree import path_of, stack_of
from ..validation import (
    SpokeValidationError,
    check_bool,
    check_column,
    check_http_url,
    check_name,
    is_token,
    where,
)
from .base import (
    DataServicenowRecord,
    Record,
    ServicenowProvider,
    check_provider,
    l1_resource,
    on_same_instance,
    reference,
    resolved,
    stable_sys_id,
    unique_name,
)
from .credentials import BasicAuthCredential, OAuth2Credential
from .lookups import ConnectionAlias

_CONNECTION = catalog.HTTP_CONNECTION.column
_HttpConnectionL1 = binding("http_connection").HttpConnection
_SYS_ID = re.compile(r"^[0-9a-f]{32}$")


class HttpConnection(Record):
    """An HTTP(s) connection (``http_connection``) under a connection & credential alias.

    Names are unique per instance, and one credential serves at most one active connection (both
    checked at synth time across the stack). The "URL builder" option stays unchecked, as the procedure
    says: the connection URL is given whole.

    :param provider: provider of the instance holding the connection (the spoke's local instance).
    :param name: No default.
    :param credential: the credential: an :class:`OAuth2Credential` or :class:`BasicAuthCredential` on
        the same instance, or a sys_id. No default.
    :param connection_alias: the alias: a :class:`ConnectionAlias` on the same instance, or a sys_id.
        No default.
    :param connection_url: the instance the connection calls, e.g. ``https://remote.service-now.com/``.
    :param active: Default: True.
    :param use_mid: connect through a MID server. Default: False.
    :param domain: sys_id of the domain (``sys_domain``). Default: None (``global``).
    :param adopt: sys_id of an existing connection to take over (a Terraform import block: the plan
        imports it, then updates it to these values; destroy deletes it). Default: None.

    ServiceNow keeps one active connection per alias (unless the alias supports multiple active
    connections). An active connection is checked at plan time, before anything is written: when the
    alias already has another active connection (an earlier manual setup), the plan stops naming it and the
    two ways forward: adopt it (``adopt``), or import it with ``terraform import``.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        provider: ServicenowProvider,
        name: str,
        credential: str | OAuth2Credential | BasicAuthCredential,
        connection_alias: str | ConnectionAlias,
        connection_url: str,
        active: bool = True,
        use_mid: bool = False,
        domain: str | None = None,
        adopt: str | None = None,
        adopt_option: str = "adopt",
    ) -> None:
        place = where(scope, id)
        check_provider(place, provider)
        credential = reference(
            place, "credential", credential, (OAuth2Credential, BasicAuthCredential), provider
        )
        connection_alias = reference(
            place, "connection_alias", connection_alias, (ConnectionAlias,), provider
        )
        check_name(place, "name", name)
        check_column(place, "name", name, _CONNECTION("name"))
        check_name(place, "credential", credential)
        check_name(place, "connection_alias", connection_alias)
        check_http_url(place, "connection_url", connection_url)
        check_column(place, "connection_url", connection_url, _CONNECTION("connection_url"))
        check_bool(place, "active", active)
        check_bool(place, "use_mid", use_mid)
        if domain is not None:
            check_name(place, "domain", domain)
        if adopt is not None and not is_token(adopt) and not _SYS_ID.match(str(adopt)):
            raise SpokeValidationError(
                place,
                adopt_option,
                f"{adopt!r} is not a sys_id (32 lowercase hexadecimal characters)",
                "give the sys_id of the connection to adopt (the plan's error names it)",
            )
        unique_name(place, scope, (HttpConnection,), provider, name)
        stack = stack_of(scope)
        # Tokens of the same attribute differ from one read to the next: compare what they resolve to.
        credential_key = resolved(stack, credential)
        other = on_same_instance(
            scope,
            HttpConnection,
            provider,
            lambda other: active is True and other.active is True and other.credential_key == credential_key,
        )
        if other is not None:
            raise SpokeValidationError(
                place,
                "credential",
                f"the credential is already used by the active connection {path_of(other)}; "
                "ServiceNow allows a credential in only one active connection",
                "give this connection its own credential",
            )
        super().__init__(scope, id, provider=provider)
        self.name = name
        self.credential = credential
        self.credential_key = credential_key
        self.active = active
        self.resource = l1_resource(
            _HttpConnectionL1,
            self,
            place,
            provider=provider,
            create_sys_id=stable_sys_id(self),
            name=name,
            credential=credential,
            connection_alias=connection_alias,
            connection_url=connection_url,
            active=active,
            use_mid=use_mid,
            sys_domain=domain,
        )
        if adopt is not None:
            self.resource.import_from(adopt)
        self.alias_check: DataServicenowRecord | None = None
        if active is True:
            self.alias_check = self._alias_check(provider, connection_alias, name, adopt, adopt_option)

    def _alias_check(
        self, provider: ServicenowProvider, alias: str, name: str, adopt: str | None, adopt_option: str
    ) -> DataServicenowRecord:
        """A plan-time lookup of another active connection under the alias, failing the plan with the
        record's name and sys_id and the two ways forward (E.1: one active connection per alias)."""
        query = f"connection_alias={alias}^active=true^name!={name}"
        if adopt:
            query += f"^sys_id!={adopt}"
        address = f"{self.resource.terraform_resource_type}.{self.resource.friendly_unique_id}"
        # Terraform evaluates the message even when the condition holds: `try` for an empty result.
        found_name = '${try(self.records[0].name, "")}'
        found_id = '${try(self.records[0].sys_id, "")}'
        return DataServicenowRecord(
            self,
            "AliasCheck",
            provider=provider,
            table="http_connection",
            query=query,
            limit=1,
            lifecycle={
                "postcondition": [
                    Postcondition(
                        condition="${self.record_count == 0}",
                        error_message=(
                            f"{path_of(self)}: the connection alias already has the active connection "
                            f"'{found_name}' (http_connection {found_id}), and ServiceNow keeps one active "
                            "connection per alias: this deploy would need two. Nothing was written. Fix: "
                            f'adopt it (the spoke\'s option {adopt_option} = "{found_id}": the deploy '
                            "takes it over and sets it to this stack's values; destroy then deletes it), or "
                            f"import it into this stack (terraform import {address} {found_id}), or "
                            "deactivate or delete it on the instance."
                        ),
                    )
                ]
            },
        )
