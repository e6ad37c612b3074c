"""Typed secrets: a password or client secret is never a plain string in a construct's arguments.

A :class:`SecretValue` wraps a Terraform expression (an input variable, an ephemeral resource's value,
or a sensitive attribute of another resource), so the value only exists inside Terraform at plan/apply
time and never in the synthesized JSON.

An *ephemeral* secret (an ephemeral input variable, Terraform >= 1.10, or the value of the ephemeral
resource ``servicenow_client_secret``) is never written to a plan file or to state; it can only go to
provider settings and to write-only arguments (``<name>_wo``, Terraform >= 1.11), which the constructs
use by default.
"""

from __future__ import annotations

import re
from typing import Any

from constructs import Construct

from .cdk import TerraformVariable, binding
from .tree import created, path_of, stack_of
from .validation import SpokeValidationError, check_name, is_token, where

ServicenowProvider = binding("provider").ServicenowProvider

_VARIABLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_EPHEMERAL_REFERENCE = re.compile(r"^\$\{ephemeral\.[A-Za-z0-9_]+\.[A-Za-z0-9_]+\.[A-Za-z0-9_]+\}$")


class SecretValue:
    """A secret that Terraform resolves: build one with :meth:`from_env_variable`, :meth:`from_variable`
    or :meth:`from_token` (or take one from :class:`GeneratedClientSecret`)."""

    __slots__ = ("_token", "_source", "_ephemeral")

    def __init__(self, token: str, source: str, ephemeral: bool = False) -> None:
        reference = isinstance(token, str) and bool(_EPHEMERAL_REFERENCE.match(token))
        if not isinstance(token, str) or not (reference or is_token(token)):
            raise TypeError(
                f"SecretValue({source}): a secret must be a Terraform token, never a plain string. "
                "Fix: use SecretValue.from_env_variable(scope, 'name') and set its value through "
                "TF_VAR_<name>"
            )
        self._token = token
        self._source = source
        self._ephemeral = bool(ephemeral or reference)

    @classmethod
    def from_variable(cls, variable: TerraformVariable, *, ephemeral: bool = False) -> SecretValue:
        """The value of a sensitive string ``TerraformVariable`` (filled from ``TF_VAR_<name>``).

        Pass ``ephemeral=True`` when the variable is ephemeral (``variable.add_override("ephemeral",
        True)``): the secret then goes only to write-only arguments and provider settings."""
        if not isinstance(variable, TerraformVariable):
            raise TypeError(
                f"SecretValue.from_variable expects a TerraformVariable, got {type(variable).__name__}"
            )
        if variable.sensitive is not True:
            raise ValueError(
                f"SecretValue.from_variable: variable '{variable.node.id}' is not sensitive. "
                "Fix: create it with TerraformVariable(..., sensitive=True) so Terraform masks it in plans"
            )
        return cls(variable.string_value, f"variable {variable.node.id}", ephemeral)

    @classmethod
    def from_token(cls, token: str, source: str = "token") -> SecretValue:
        """A sensitive attribute of another resource (stored in that resource's state)."""
        return cls(token, source)

    @classmethod
    def from_env_variable(
        cls, scope: Construct, name: str, description: str = "", *, ephemeral: bool = True
    ) -> SecretValue:
        """Declare (once per stack) a sensitive string variable ``name``, read from ``TF_VAR_<name>``.

        By default the variable is *ephemeral* (Terraform >= 1.10): never written to a plan file or to
        state. ``ephemeral=False`` declares a plain sensitive variable (for Terraform < 1.11 users of
        the stored secret forms; its value is then in saved plan files)."""
        if not _VARIABLE_NAME.match(name or ""):
            raise ValueError(
                "SecretValue.from_env_variable: that is not a valid Terraform variable name. "
                "Fix: use letters, digits and underscores, not starting with a digit"
            )
        stack = stack_of(scope)
        existing = stack.node.try_find_child(name)
        if isinstance(existing, TerraformVariable):
            return cls.from_variable(existing, ephemeral=ephemeral)
        variable = TerraformVariable(
            stack,
            name,
            type="string",
            sensitive=True,
            nullable=False,
            description=description or f"Secret; set it with the environment variable TF_VAR_{name}",
        )
        if ephemeral:
            variable.add_override("ephemeral", True)
        # What from_variable would check and read back is known here: sensitive, and its id is `name`.
        return cls(variable.string_value, f"variable {name}", ephemeral)

    @property
    def token(self) -> str:
        """The token to hand to a resource argument."""
        return self._token

    @property
    def ephemeral(self) -> bool:
        """True when the value is never stored (plan files, state): it fits only write-only arguments."""
        return self._ephemeral

    def __repr__(self) -> str:
        return f"SecretValue(<{self._source}>)"

    __str__ = __repr__


def secret_arguments(
    place: str, argument: str, secret: SecretValue | None, version: str, write_only: bool
) -> dict[str, Any]:
    """The L1 arguments of a secret: its write-only form ``<argument>_wo`` with the version companion
    ``<argument>_wo_version`` (never stored), or with ``write_only=False`` the stored sensitive form."""
    if secret is None:
        return {}
    if write_only:
        check_name(place, f"{argument}_version", version)
        return {f"{argument}_wo": secret.token, f"{argument}_wo_version": version}
    if secret.ephemeral:
        raise SpokeValidationError(
            place,
            argument,
            "an ephemeral secret cannot go to the stored form (write_only=False): Terraform never stores it",
            "leave write_only at True (Terraform >= 1.11), or give a non-ephemeral SecretValue",
        )
    return {argument: secret.token}


class GeneratedClientSecret(Construct):
    """A client secret generated in every Terraform run and never stored: the ephemeral resource
    ``servicenow_client_secret`` (Terraform >= 1.10). Give :attr:`value` to write-only arguments; their
    version companion decides when it is sent, so every record written in one run gets the same value.

    cdktf 0.21 has no ephemeral blocks: the block is added to the stack's JSON as an override, at
    ``ephemeral.servicenow_client_secret.<construct path>``.

    :param provider: the provider configuration that opens it (any; nothing is sent to the instance).
    :param length: characters, 32 to 128. Default: None (48).
    """

    def __init__(
        self, scope: Construct, id: str, *, provider: ServicenowProvider, length: int | None = None
    ) -> None:
        place = where(scope, id)
        if not isinstance(provider, ServicenowProvider):
            raise SpokeValidationError(
                place, "provider", f"expected a ServicenowProvider, got {type(provider).__name__}", "pass one"
            )
        if length is not None and (
            isinstance(length, bool) or not isinstance(length, int) or not 32 <= length <= 128
        ):
            raise SpokeValidationError(place, "length", f"must be 32 to 128, got {length!r}", "give e.g. 48")
        super().__init__(scope, id)
        created(self, scope, id)
        stack = stack_of(self)
        name = re.sub(r"[^A-Za-z0-9_]", "_", path_of(self)[len(path_of(stack)) :].strip("/"))
        block: dict[str, Any] = {
            "provider": f"servicenow.{provider.alias}" if provider.alias else "servicenow"
        }
        if length is not None:
            block["length"] = length
        stack.add_override(f"ephemeral.servicenow_client_secret.{name}", block)
        self.value = SecretValue(f"${{ephemeral.servicenow_client_secret.{name}.value}}", path_of(self))
