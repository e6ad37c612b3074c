"""SPOKE_TOOLCHAIN picks the CDK toolchain the library imports: cdktf (default) or cdktn (CDK Terrain)."""

from __future__ import annotations

import dataclasses
import importlib.util
import os
import subprocess
import sys

import pytest

from servicenow_spoke.toolchain import (
    DEFAULT,
    ENV_VAR,
    TOOLCHAINS,
    ToolchainError,
    require_installed,
    selected,
)

BOTH_INSTALLED = all(importlib.util.find_spec(t.module) for t in TOOLCHAINS.values())


def test_unset_or_empty_means_cdktf_when_it_is_installed() -> None:
    assert selected({}).name == DEFAULT == "cdktf"
    assert selected({ENV_VAR: "  "}).name == "cdktf"
    assert selected({ENV_VAR: "cdktn"}).name == "cdktn"


@pytest.mark.parametrize("value", ["terraform", "CDKTN", "cdktf,cdktn"])
def test_an_unknown_toolchain_is_refused_with_the_valid_names(value: str) -> None:
    with pytest.raises(ToolchainError, match=rf"SPOKE_TOOLCHAIN='{value}' is not a toolchain.*cdktf, cdktn"):
        selected({ENV_VAR: value})


def test_a_chosen_toolchain_that_is_not_installed_says_how_to_install_it() -> None:
    missing = dataclasses.replace(TOOLCHAINS["cdktn"], module="cdktn_not_installed_here")
    with pytest.raises(ToolchainError, match=r"not installed. Fix: `pip install cdktn==0.24.0`.*make setup"):
        require_installed(missing)


def _imported_by(toolchain: str) -> str:
    code = (
        "import sys; from servicenow_spoke import RemoteInstanceSpoke; from servicenow_spoke.cdk import App;"
        "from servicenow_spoke.records import ServicenowProvider as P;"
        "print(App.__module__, P.__module__, sorted(m for m in ('cdktf', 'cdktn') if m in sys.modules))"
    )
    env = {**os.environ, ENV_VAR: toolchain}
    proc = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout.strip()


@pytest.mark.skipif(not BOTH_INSTALLED, reason="cdktn not installed: `SPOKE_TOOLCHAIN=cdktn make setup`")
@pytest.mark.parametrize("toolchain", list(TOOLCHAINS))
def test_the_library_imports_the_chosen_toolchain_and_its_bindings_and_not_the_other(toolchain: str) -> None:
    bindings = TOOLCHAINS[toolchain].bindings
    assert _imported_by(toolchain) == f"{toolchain} {bindings}.servicenow.provider ['{toolchain}']"
