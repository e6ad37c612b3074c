"""Validation and configuration hooks never let an exception reach `tf` (which would print a traceback):
an unexpected failure becomes an error diagnostic."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from tf.utils import Diagnostics

from terraform_provider_servicenow.redact import scrub

F = TypeVar("F", bound=Callable[..., None])


def checked(what: str) -> Callable[[F], F]:
    """For methods called as method(self, diags, ...)."""

    def wrap(method: F) -> F:
        @functools.wraps(method)
        def run(self: Any, diags: Diagnostics, *args: Any) -> None:
            try:
                method(self, diags, *args)
            except Exception as exc:  # noqa: BLE001 - a diagnostic, never a traceback
                diags.add_error(
                    scrub(f"Could not {what}: {type(exc).__name__}"),
                    scrub(f"{exc}\nThis is probably a bug in terraform-provider-servicenow."),
                )

        return run  # type: ignore[return-value]

    return wrap
