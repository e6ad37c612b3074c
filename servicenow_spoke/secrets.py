"""Typed secrets: a password or client secret is never a plain string in a construct's arguments.

A :class:`SecretValue` wraps a Terraform token (a sensitive variable, or a sensitive attribute of
another resource), so the value only exists inside Terraform at plan/apply time and never in the
synthesized JSON.
"""

from __future__ import annotations

import re

from constructs import Construct

from .cdk import TerraformStack, TerraformVariable, Token

_VARIABLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class SecretValue:
    """A secret that Terraform resolves: build one with :meth:`from_variable` or :meth:`from_token`."""

    __slots__ = ("_token", "_source")

    def __init__(self, token: str, source: str) -> None:
        if not isinstance(token, str) or not Token.is_unresolved(token):
            raise TypeError(
                f"SecretValue({source}): a secret must be a Terraform token, never a plain string. "
                "Fix: use SecretValue.from_variable(TerraformVariable(..., sensitive=True)) and set its "
                "value through TF_VAR_<name>"
            )
        self._token = token
        self._source = source

    @classmethod
    def from_variable(cls, variable: TerraformVariable) -> SecretValue:
        """The value of a sensitive string ``TerraformVariable`` (filled from ``TF_VAR_<name>``)."""
        if not isinstance(variable, TerraformVariable):
            raise TypeError(
                f"SecretValue.from_variable expects a TerraformVariable, got {type(variable).__name__}"
            )
        if variable.sensitive is not True:
            raise ValueError(
                f"SecretValue.from_variable: variable '{variable.node.id}' is not sensitive. "
                "Fix: create it with TerraformVariable(..., sensitive=True) so Terraform masks it in plans"
            )
        return cls(variable.string_value, f"variable {variable.node.id}")

    @classmethod
    def from_token(cls, token: str, source: str = "token") -> SecretValue:
        """A sensitive attribute of another resource, e.g. ``endpoint.resource.client_secret``."""
        return cls(token, source)

    @classmethod
    def from_env_variable(cls, scope: Construct, name: str, description: str = "") -> SecretValue:
        """Declare (once per stack) a sensitive string variable ``name``, read from ``TF_VAR_<name>``."""
        if not _VARIABLE_NAME.match(name or ""):
            raise ValueError(
                f"SecretValue.from_env_variable: {name!r} is not a valid Terraform variable name. "
                "Fix: use letters, digits and underscores, not starting with a digit"
            )
        stack = TerraformStack.of(scope)
        existing = stack.node.try_find_child(name)
        if isinstance(existing, TerraformVariable):
            return cls.from_variable(existing)
        variable = TerraformVariable(
            stack,
            name,
            type="string",
            sensitive=True,
            nullable=False,
            description=description or f"Secret; set it with the environment variable TF_VAR_{name}",
        )
        return cls.from_variable(variable)

    @property
    def token(self) -> str:
        """The token to hand to a resource argument."""
        return self._token

    def __repr__(self) -> str:
        return f"SecretValue(<{self._source}>)"

    __str__ = __repr__
