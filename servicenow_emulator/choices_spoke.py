"""The emulator's choices about the Remote Instance spoke's records (seeded by ``--seed spoke``): its
scope, registry, profile and aliases.

Each name with the comment that explains it, then the choices it holds (each with its source), the
documented facts among the names, and the emulator's own; `choices.py` gathers every topic.
"""

from typing import Final

from servicenow_emulator.choice import Choice

# --- The Remote Instance spoke (seeded by ``--seed spoke``) -------------------------------------------
#: Scope (application namespace) of the Remote Instance spoke. ServiceNow's real prefix is unconfirmed;
#: clients should look records up by name, never by this value.
SPOKE_SCOPE: Final = "sn_remote_spoke"
SPOKE_SCOPE_NAME: Final = "ServiceNow Remote Instance Spoke"
#: The application registry (oauth_entity) the spoke ships.
SPOKE_ENTITY_NAME: Final = "RemoteSpoke"
#: ``oauth_entity.type`` value of an OAuth provider ("Connect to a third party OAuth provider"): a choice.
OAUTH_PROVIDER_TYPE: Final = "oauth_provider"
#: ``oauth_entity.type`` value of an OAuth API endpoint for external clients.
OAUTH_CLIENT_TYPE: Final = "client"
#: Suffix of the default profile created for an OAuth provider entity.
DEFAULT_PROFILE_SUFFIX: Final = " default_profile"
SPOKE_PROFILE_NAME: Final = SPOKE_ENTITY_NAME + DEFAULT_PROFILE_SUFFIX
#: The two connection & credential aliases the spoke ships (type connection, connection_type
#: http_connection); their ``id`` is ``<SPOKE_SCOPE>.<name>``.
SPOKE_REMOTE_ALIAS: Final = "ServiceNowRemoteInstance"
SPOKE_LOCAL_ALIAS: Final = "ServiceNowRemoteInstanceLocalAlias"
SPOKE_ALIASES: Final = (SPOKE_REMOTE_ALIAS, SPOKE_LOCAL_ALIAS)

# --- The choices above, each with its source; the documented facts; the emulator's own names --------
CHOICES: Final[tuple[Choice, ...]] = (
    Choice(
        "Spoke scope",
        '`sn_remote_spoke` (name "ServiceNow Remote Instance Spoke"); clients look records up by name',
        "`setup-rem-instance.md` (the spoke's setup) names no scope; a customer copy seen in public code "
        "uses `x_1664823_remote_0`. Open",
        ("SPOKE_SCOPE", "SPOKE_SCOPE_NAME"),
    ),
    Choice(
        "Alias ids",
        "`sn_remote_spoke.ServiceNowRemoteInstance`, `sn_remote_spoke.ServiceNowRemoteInstanceLocalAlias`",
        "`connection-alias.md`: the ID is `<scope_name>.<alias_name>`; the scope is open (above)",
        ("SPOKE_ALIASES", "SPOKE_REMOTE_ALIAS", "SPOKE_LOCAL_ALIAS"),
    ),
    Choice(
        "`oauth_entity.type` of RemoteSpoke",
        "`oauth_provider`",
        "ServiceNow's script include OauthTokenChecker queries `type=client^ORtype=oauth_provider` (public "
        "code); the configuration-template examples (`create-template.md`, `docusign-example.md`) use "
        "`consumer`. Open: the docs give the label (OAuth Provider), not the value",
        ("OAUTH_PROVIDER_TYPE",),
    ),
    Choice(
        "RemoteSpoke seed",
        "`default_grant_type=authorization_code`, `access=public`, `public_client=false`, client id/secret "
        "and URLs blank",
        "`setup-rem-instance.md` has the admin fill the client id, secret and URLs (so they ship blank) and "
        "use the authorization-code grant; the other shipped values are not documented. Open",
    ),
    Choice(
        "Default profile",
        "`RemoteSpoke default_profile`, `default=true`, `grant_type=authorization_code`, created with the "
        "registry",
        "`t_UseAThirdPartyOAuthProvider.md`: a default profile is created with an OAuth provider entity; "
        "`setup-rem-instance.md` names it. Its column values are not documented",
        ("DEFAULT_PROFILE_SUFFIX", "SPOKE_PROFILE_NAME"),
    ),
    Choice(
        "The spoke's `sys_alias` records",
        "`type=connection`, `connection_type=http_connection`, `multiple_connections` not set (false)",
        "The columns and choices are in the ServiceNow SDK's `sys_alias.now.ts` (`@servicenow/sdk-core` "
        "4.9); `connection-alias.md` gives the form defaults (Connection and Credential, HTTP, multiple "
        "connections unchecked). The values the spoke ships are not documented. Open",
    ),
    Choice(
        "Default profile's grant type",
        "the entity's `default_grant_type` when the entity is created; never changed by later updates of the "
        "entity (clients set the profile's `grant_type` themselves, as the spoke's constructs do)",
        "`t_UseAThirdPartyOAuthProvider.md` (the default profile is created); whether it follows later "
        "changes of the entity is not said, and the forms let an admin edit both. Open",
    ),
)

#: Names that hold documented values (name -> source), not choices.
FACTS: Final[dict[str, str]] = {
    "SPOKE_ENTITY_NAME": "`setup-rem-instance.md`: the RemoteSpoke application registry",
    "OAUTH_CLIENT_TYPE": "OauthTokenChecker's query and provisioning scripts (public code); the docs' label "
    "is OAuth Client (`t_CreateEndpointforExternalClients.md`)",
}

#: The emulator's own names (users, environment, logging): nothing ServiceNow decides.
PLUMBING: Final[frozenset[str]] = frozenset()
