"""What resources and data sources share: the provider they serve (through its client), their type
name, the subject of their diagnostics, the secrets of the states they receive, and `guarded`, which
turns every failure of an operation into a Terraform diagnostic (errors.py): none lets an exception
reach the `tf` framework, which would print a traceback."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, TypeVar

from tf.utils import Diagnostics

from terraform_provider_servicenow.catalog import TYPE_PREFIX
from terraform_provider_servicenow.dictionary import MissingColumns
from terraform_provider_servicenow.redact import register, scrub

if TYPE_CHECKING:  # pragma: no cover
    from terraform_provider_servicenow.client import TableClient

T = TypeVar("T")


class Configured(Protocol):
    """The provider as its resources and data sources see it: the client of its configuration (None
    until terraform configures it)."""

    client: TableClient | None


def register_secrets(state: Mapping[str, Any], names: tuple[str, ...]) -> None:
    for name in names:
        value = state.get(name)
        if isinstance(value, Mapping):
            register(*value.values())
        elif isinstance(value, str):
            register(value)


def add_warnings(diags: Diagnostics, warnings: list[tuple[str, str]]) -> None:
    for summary, detail in warnings:
        diags.add_warning(scrub(summary), scrub(detail))


def guarded(operation: str) -> Callable[[Callable[..., T]], Callable[..., T | None]]:
    """Turn ServiceNow errors and unexpected exceptions into diagnostics (None as the result)."""

    def wrap(method: Callable[..., T]) -> Callable[..., T | None]:
        @functools.wraps(method)
        def run(self: Any, ctx: Any, *args: Any) -> T | None:
            from terraform_provider_servicenow.client import ApiError
            from terraform_provider_servicenow.errors import add_api_error, add_unexpected

            try:
                # Prior, planned and configured secrets are all scrubbed from whatever this reports.
                self.register_state_secrets(*args)
                return method(self, ctx, *args)
            except MissingColumns as err:
                ctx.diagnostics.add_error(scrub(f"{self.subject(*args)}: {err.summary}"), scrub(err.detail))
            except ApiError as err:
                add_api_error(ctx.diagnostics, err, operation, self.subject(*args))
            except Exception as exc:  # noqa: BLE001 - a diagnostic, never a traceback
                add_unexpected(ctx.diagnostics, exc, operation, self.subject(*args))
            return None

        return run

    return wrap


class ProviderBound:
    """The base of this provider's resources and data sources."""

    type_name: ClassVar[str]
    #: The sensitive attributes of this type's states.
    secret_attributes: ClassVar[tuple[str, ...]] = ()

    def __init__(self, provider: Configured):
        self.provider = provider

    @classmethod
    def get_name(cls) -> str:
        return cls.type_name

    def client(self) -> TableClient:
        client = self.provider.client
        if client is None:
            raise RuntimeError("the provider is not configured (see the provider's earlier errors)")
        return client

    def subject(self, *args: Any) -> str:
        return TYPE_PREFIX + self.type_name

    def register_state_secrets(self, *states: Any) -> None:
        """Register the sensitive values of every state an operation receives (prior, planned) with the
        scrubber, whatever the operation: read, plan, create, update, delete or import."""
        for state in states:
            if isinstance(state, Mapping):
                register_secrets(state, self.secret_attributes)
