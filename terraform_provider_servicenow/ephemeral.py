"""Ephemeral resources (Terraform >= 1.10): opened anew in every plan and apply, never stored.

`servicenow_client_secret` generates a client secret in the run that uses it; fed to write-only
arguments (`client_secret_wo` of the remote endpoint and the local registry), the secret exists only in
that run's memory and on the two instances.
"""

from __future__ import annotations

import secrets
from typing import Any, ClassVar

from tf import types
from tf.schema import Attribute, Schema
from tf.utils import Diagnostics

from terraform_provider_servicenow.catalog import TYPE_PREFIX
from terraform_provider_servicenow.redact import register

#: Bytes of randomness of a generated client secret (token_urlsafe: 48 characters).
CLIENT_SECRET_BYTES = 36
MIN_LENGTH = 32
MAX_LENGTH = 128


class ClientSecret:
    """`servicenow_client_secret`: a new random client secret in every run."""

    type_name: ClassVar[str] = TYPE_PREFIX + "client_secret"
    description: ClassVar[str] = (
        "A client secret generated with cryptographic randomness (`secrets.token_urlsafe`) each time "
        "Terraform opens it (once per plan, once per apply), never stored in plan or state. Give its "
        "`value` to write-only arguments (`client_secret_wo`) whose `client_secret_wo_version` decides "
        "when it is sent: every record written in one run gets the same value."
    )

    @classmethod
    def get_schema(cls) -> Schema:
        return Schema(
            version=0,
            description=cls.description,
            attributes=[
                Attribute(
                    "length",
                    types.Number(),
                    description=f"Characters of the secret, {MIN_LENGTH} to {MAX_LENGTH}. Default: `48`.",
                    optional=True,
                ),
                Attribute("value", types.String(), description="The secret.", computed=True, sensitive=True),
            ],
        )

    @staticmethod
    def validate(diags: Diagnostics, config: dict[str, Any]) -> None:
        length = config.get("length")
        if isinstance(length, int | float) and not (
            float(length).is_integer() and MIN_LENGTH <= length <= MAX_LENGTH
        ):
            diags.add_error(
                "Invalid length for servicenow_client_secret",
                f"{length!r} is out of range: give a whole number from {MIN_LENGTH} to {MAX_LENGTH}.",
                path=["length"],
            )

    @classmethod
    def open(cls, diags: Diagnostics, config: dict[str, Any]) -> dict[str, Any] | None:
        cls.validate(diags, config)
        if diags.has_errors():
            return None
        length = int(config.get("length") or 48)
        value = secrets.token_urlsafe(MAX_LENGTH)[:length]
        register(value)
        return {"length": config.get("length"), "value": value}


EPHEMERAL_RESOURCES: dict[str, type[ClientSecret]] = {ClientSecret.type_name: ClientSecret}
