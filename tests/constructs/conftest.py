"""Fixtures for the construct tests: a stack in a fresh Testing app, and a synth helper."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from servicenow_spoke import SecretValue, ServiceNowInstance
from servicenow_spoke.cdk import TerraformStack, Testing
from spoke_app.app import TARGET_VERSIONS_CONTEXT, TERRAFORM_TARGET

Testing.__test__ = False  # type: ignore[attr-defined]  # keep pytest from collecting the class


@pytest.fixture
def stack() -> TerraformStack:
    # The project's Terraform target, as SpokeApp and the scaffold's cdktf.json declare it (CDK Terrain
    # checks write-only arguments against it; cdktf ignores it).
    app = Testing.app(context={TARGET_VERSIONS_CONTEXT: {"terraform": TERRAFORM_TARGET}})
    return TerraformStack(app, "test")


@pytest.fixture
def synth() -> Callable[[TerraformStack], dict[str, Any]]:
    def _synth(stack: TerraformStack) -> dict[str, Any]:
        return json.loads(Testing.synth(stack))

    return _synth


@pytest.fixture
def instances(stack: TerraformStack) -> dict[str, Any]:
    """Keyword arguments for RemoteInstanceSpoke: two instances and the local credential."""
    return {
        "remote": ServiceNowInstance(
            url="https://remote-dev.service-now.com",
            username="admin",
            password=SecretValue.from_env_variable(stack, "remote_admin_password"),
        ),
        "local": ServiceNowInstance(
            url="https://local-dev.service-now.com",
            username="admin",
            password=SecretValue.from_env_variable(stack, "local_admin_password"),
        ),
        "local_user_name": "spoke.integration",
        "local_password": SecretValue.from_env_variable(stack, "local_integration_password"),
    }
