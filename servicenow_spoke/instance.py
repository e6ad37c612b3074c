"""How a construct reaches a ServiceNow instance: a URL plus admin credentials, or a provider object."""

from __future__ import annotations

import re
from dataclasses import dataclass

from constructs import Construct

from .cdk import binding
from .secrets import SecretValue
from .tree import created
from .validation import SpokeValidationError, check_instance_url, check_literal, is_token

ServicenowProvider = binding("provider").ServicenowProvider
_ALIAS_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


@dataclass(frozen=True)
class ServiceNowInstance:
    """One ServiceNow instance.

    Give either ``username`` + ``password`` (a provider configuration is created for you), or a
    ``provider`` you already have (then ``url`` is the instance URL that provider talks to; it is needed
    to build the OAuth URLs and may be omitted when the provider's ``instance_url`` is a literal).

    :param url: ``https://<instance-name>.service-now.com`` or a loopback URL (emulator). No default.
    :param username: admin user name for the provider. Default: None.
    :param password: the admin password, a :class:`SecretValue`. Default: None.
    :param provider: an existing ``ServicenowProvider``. Default: None.
    :param ca_bundle: path of a CA bundle for TLS. Default: None (system store).
    """

    url: str | None = None
    username: str | None = None
    password: SecretValue | None = None
    provider: ServicenowProvider | None = None
    ca_bundle: str | None = None

    def resolve(self, scope: Construct, role: str, place: str) -> tuple[ServicenowProvider, str]:
        """Return (provider, url without trailing slash); create the provider under ``scope`` if needed."""
        if self.provider is not None:
            if self.username is not None or self.password is not None:
                raise SpokeValidationError(
                    place,
                    f"{role}.provider",
                    "a provider and username/password were both given",
                    "give either provider=... or username=... and password=..., not both",
                )
            url = self.url
            if url is None:
                given = self.provider.instance_url_input
                if isinstance(given, str) and not is_token(given):
                    url = given
            if url is None:
                raise SpokeValidationError(
                    place,
                    f"{role}.url",
                    "the instance URL is unknown (the provider takes it from its environment)",
                    f"pass {role}=ServiceNowInstance(url='https://<instance-name>.service-now.com', "
                    "provider=...)",
                )
            return self.provider, check_instance_url(place, f"{role}.url", url)

        if self.url is None:
            raise SpokeValidationError(
                place, f"{role}.url", "missing", "give url='https://<instance-name>.service-now.com'"
            )
        url = check_instance_url(place, f"{role}.url", self.url)
        if not self.username or not isinstance(self.username, str):
            raise SpokeValidationError(
                place, f"{role}.username", "missing", f"give the user name of an admin of the {role} instance"
            )
        if not isinstance(self.password, SecretValue):
            raise SpokeValidationError(
                place,
                f"{role}.password",
                "must be a SecretValue (a sensitive Terraform variable), never a plain string",
                "use SecretValue.from_env_variable(stack, 'name') and set TF_VAR_name",
            )
        check_literal(place, f"{role}.username", self.username)
        check_literal(place, f"{role}.ca_bundle", self.ca_bundle)
        alias = _ALIAS_UNSAFE.sub("_", f"{scope.node.id}_{role}")
        provider = ServicenowProvider(
            scope,
            f"{role.capitalize()}Provider",
            alias=alias,
            instance_url=url,
            username=self.username,
            password=self.password.token,
            auth_method="basic",
            ca_bundle=self.ca_bundle,
        )
        created(provider, scope, f"{role.capitalize()}Provider")
        return provider, url
