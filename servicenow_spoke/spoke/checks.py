"""The spoke's own arguments, checked before anything is built: the instances, the grant and what goes
with it (PKCE, the client-credentials records, the OAuth Application User), the output prefix."""

from __future__ import annotations

import re

from ..instance import ServiceNowInstance
from ..validation import (
    ON_DESTROY,
    SpokeValidationError,
    check_choice,
    check_non_negative_int,
    check_pkce,
    check_user_name,
    is_token,
)


def check_arguments(
    place: str,
    *,
    remote: object,
    local: object,
    pkce_required: bool,
    default_grant_type: str,
    client_secret_rotation: int,
    client_credentials_property: bool | None,
    client_credentials_on_destroy: str | None,
    client_credentials_property_on_destroy: str,
    oauth_application_user: str | None,
    output_prefix: str,
) -> bool:
    """Raise :class:`SpokeValidationError` for an argument of :class:`RemoteInstanceSpoke` that cannot
    work; return whether the spoke uses the client-credentials grant."""
    for role, instance in (("remote", remote), ("local", local)):
        if not isinstance(instance, ServiceNowInstance):
            raise SpokeValidationError(
                place,
                role,
                f"expected a ServiceNowInstance, got {type(instance).__name__}",
                f"pass {role}=ServiceNowInstance(url=..., username=..., password=...) "
                "or ServiceNowInstance(url=..., provider=...)",
            )
    check_pkce(place, pkce_required, default_grant_type)
    check_non_negative_int(place, "client_secret_rotation", client_secret_rotation)
    if (
        client_credentials_property
        and not is_token(default_grant_type)
        and default_grant_type != "client_credentials"
    ):
        raise SpokeValidationError(
            place,
            "client_credentials_property",
            f"only the client_credentials grant uses it; default_grant_type is {default_grant_type!r}",
            "set default_grant_type='client_credentials', or leave client_credentials_property unset",
        )
    client_credentials = not is_token(default_grant_type) and default_grant_type == "client_credentials"
    if client_credentials_on_destroy is not None and not client_credentials:
        raise SpokeValidationError(
            place,
            "client_credentials_on_destroy",
            f"only the client_credentials grant adopts records it applies to; default_grant_type is "
            f"{default_grant_type!r}",
            "set default_grant_type='client_credentials', or leave client_credentials_on_destroy unset",
        )
    check_choice(place, "client_credentials_on_destroy", client_credentials_on_destroy, ON_DESTROY)
    check_choice(
        place,
        "client_credentials_property_on_destroy",
        client_credentials_property_on_destroy,
        ON_DESTROY,
    )
    if oauth_application_user is None and client_credentials:
        raise SpokeValidationError(
            place,
            "oauth_application_user",
            "the client_credentials grant needs an OAuth Application User on the remote endpoint (its "
            "tokens act as that user), and none is given",
            "pass oauth_application_user='<user_name of a user on the remote instance>' (in spoke.toml: "
            '[pair.options] oauth_application_user = "spoke.ci"); create that user on the remote first, '
            "with the least roles the spoke's flows need",
        )
    if oauth_application_user is not None:
        check_user_name(place, "oauth_application_user", oauth_application_user)
    if not isinstance(output_prefix, str) or not re.match(r"^[A-Za-z0-9_]*$", output_prefix):
        raise SpokeValidationError(
            place,
            "output_prefix",
            f"{output_prefix!r} is not usable in output names",
            "use letters, digits, _",
        )
    return client_credentials
