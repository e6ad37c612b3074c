"""Records looked up, never written: an OAuth entity profile and an alias by name, a user by user name
(with a plan-time check that it exists)."""

from __future__ import annotations

from typing import Any

from constructs import Construct

from ..cdk import Postcondition, binding
from ..tree import path_of
from ..validation import (
    check_name,
    check_user_name,
    is_token,
    where,
)
from .base import (
    DataServicenowRecord,
    Record,
    ServicenowProvider,
    check_provider,
)

DataServicenowConnectionAlias = binding("data_servicenow_connection_alias").DataServicenowConnectionAlias
DataServicenowOauthEntityProfile = binding(
    "data_servicenow_oauth_entity_profile"
).DataServicenowOauthEntityProfile


class _NamedLookup(Record):
    """A record looked up by name through one generated data source, the child ``Lookup``."""

    def __init__(
        self, scope: Construct, id: str, *, provider: ServicenowProvider, name: str, binding: Any
    ) -> None:
        place = where(scope, id)
        check_provider(place, provider)
        check_name(place, "name", name)
        super().__init__(scope, id, provider=provider)
        self.name = name
        self.lookup = binding(self, "Lookup", provider=provider, name=name)

    @property
    def sys_id(self) -> str:
        return self.lookup.sys_id


class OAuthEntityProfile(_NamedLookup):
    """Looks up an OAuth entity profile (``oauth_entity_profile``) by name.

    :param provider: provider of the instance holding the profile.
    :param name: Default: ``RemoteSpoke default_profile``.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        provider: ServicenowProvider,
        name: str = "RemoteSpoke default_profile",
    ) -> None:
        super().__init__(scope, id, provider=provider, name=name, binding=DataServicenowOauthEntityProfile)


class ConnectionAlias(_NamedLookup):
    """Looks up a connection & credential alias (``sys_alias``) by name.

    :param provider: provider of the instance holding the alias.
    :param name: e.g. ``ServiceNowRemoteInstance``. No default.
    """

    def __init__(self, scope: Construct, id: str, *, provider: ServicenowProvider, name: str) -> None:
        super().__init__(scope, id, provider=provider, name=name, binding=DataServicenowConnectionAlias)


class UserLookup(Record):
    """Looks up a user (``sys_user``) by user name, at plan time; the plan fails when it does not exist.

    Built on the generic ``servicenow_record`` data source (query ``user_name=<user_name>``) with a
    postcondition: when no user (or more than one) matches, ``cdktf diff``/``deploy`` stop with an error
    naming the user, the instance and ``fix``.

    :param provider: provider of the instance holding the user.
    :param user_name: the user's ``user_name`` (e.g. ``spoke.ci``). No default.
    :param fix: the end of the plan-time error when the user is missing. Default: create the user first.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        provider: ServicenowProvider,
        user_name: str,
        fix: str = "create the user on that instance first, or correct the user name",
    ) -> None:
        place = where(scope, id)
        check_provider(place, provider)
        check_user_name(place, "user_name", user_name)
        super().__init__(scope, id, provider=provider)
        self.user_name = user_name
        shown = user_name if not is_token(user_name) else "(from a variable)"
        self.lookup = DataServicenowRecord(
            self,
            "Lookup",
            provider=provider,
            table="sys_user",
            query=f"user_name={user_name}",
            limit=2,
            lifecycle={
                "postcondition": [
                    Postcondition(
                        condition="${self.record_count == 1}",
                        error_message=(
                            f"{path_of(self)}: no user (sys_user) with user_name {shown!r} was found: it "
                            f"does not exist, or an ACL hides it from the provider's user. Fix: {fix}."
                        ),
                    )
                ]
            },
        )

    @property
    def sys_id(self) -> str:
        return self.lookup.fields.lookup("sys_id")
