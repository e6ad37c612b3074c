"""The provider's exit is quiet: grpc's late-RPC error during tf's immediate shutdown is not a traceback."""

from __future__ import annotations

import threading

import pytest

from terraform_provider_servicenow.provider import _quiet_shutdown_race


def _args(exc: BaseException) -> threading.ExceptHookArgs:
    return threading.ExceptHookArgs((type(exc), exc, None, None))


def test_the_grpc_shutdown_race_prints_no_traceback():
    seen: list[BaseException] = []
    _quiet_shutdown_race(
        _args(RuntimeError("cannot schedule new futures after shutdown")), lambda a: seen.append(a.exc_value)
    )
    assert seen == []


@pytest.mark.parametrize(
    "exc", [RuntimeError("something else"), ValueError("cannot schedule new futures after")]
)
def test_other_thread_exceptions_still_reach_the_default_hook(exc: BaseException):
    seen: list[BaseException] = []
    _quiet_shutdown_race(_args(exc), lambda a: seen.append(a.exc_value))
    assert seen == [exc]
