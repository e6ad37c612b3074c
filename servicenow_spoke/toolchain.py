"""Which CDK toolchain runs the project: CDK for Terraform (``cdktf``) or CDK Terrain (``cdktn``).

One switch, the environment variable ``SPOKE_TOOLCHAIN=cdktf|cdktn``, read by every part that runs or
imports a toolchain: the construct library (through :mod:`servicenow_spoke.cdk`), the app side (the
CLI it calls, the Node it puts first on PATH, what `spoke setup` installs), the Makefile, the tests and
the benchmark. Unset, it is ``cdktf`` when the Python ``cdktf`` package is installed, else ``cdktn``.

This module imports neither toolchain: reading the choice costs nothing.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Mapping
from dataclasses import dataclass

ENV_VAR = "SPOKE_TOOLCHAIN"
DEFAULT = "cdktf"


@dataclass(frozen=True)
class Toolchain:
    name: str
    #: the Python package the constructs import (``cdktf.App`` or ``cdktn.App``)
    module: str
    #: the pip requirement of that package
    requirement: str
    #: the Python package holding this toolchain's generated bindings of the provider
    bindings: str
    #: the repository folder `make bindings` writes them to (shipped in the wheel as ``bindings``)
    bindings_dir: str
    #: the CLI command and the npm package (pinned in a package-lock.json) that provides it
    cli: str
    npm_package: str
    npm_version: str
    #: the oldest Node.js the CLI runs on; when it is newer than a machine's, the npm package ``node``
    #: (pinned beside the CLI) provides it
    node_minimum: tuple[int, ...]
    #: where the project keeps this toolchain's package.json and node_modules (relative to the root)
    node_prefix: str


TOOLCHAINS: dict[str, Toolchain] = {
    "cdktf": Toolchain(
        name="cdktf",
        module="cdktf",
        requirement="cdktf==0.21.0",
        bindings="servicenow_spoke_providers",
        bindings_dir="providers",
        cli="cdktf",
        npm_package="cdktf-cli",
        npm_version="0.21.0",
        node_minimum=(20, 0),
        node_prefix=".",
    ),
    "cdktn": Toolchain(
        name="cdktn",
        module="cdktn",
        requirement="cdktn==0.24.0",
        bindings="servicenow_spoke_providers_cdktn",
        bindings_dir="providers_cdktn",
        cli="cdktn",
        npm_package="cdktn-cli",
        npm_version="0.24.0",
        node_minimum=(22, 19),
        node_prefix="toolchains/cdktn",
    ),
}


class ToolchainError(RuntimeError):
    """The chosen toolchain is unknown or not installed; the message has the fix."""


def _installed(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def selected(environ: Mapping[str, str] | None = None) -> Toolchain:
    """The toolchain ``SPOKE_TOOLCHAIN`` names (or the installed one when it is unset)."""
    environ = os.environ if environ is None else environ
    value = environ.get(ENV_VAR, "").strip()
    if not value:
        return TOOLCHAINS[DEFAULT] if _installed(DEFAULT) or not _installed("cdktn") else TOOLCHAINS["cdktn"]
    if value not in TOOLCHAINS:
        raise ToolchainError(
            f"{ENV_VAR}={value!r} is not a toolchain. Fix: set it to one of {', '.join(TOOLCHAINS)} "
            "(or unset it for cdktf)"
        )
    return TOOLCHAINS[value]


def require_installed(toolchain: Toolchain) -> None:
    if not _installed(toolchain.module):
        how = "make setup" if toolchain.name == DEFAULT else f"{ENV_VAR}={toolchain.name} make setup"
        raise ToolchainError(
            f"{ENV_VAR}={toolchain.name} but the Python package {toolchain.module!r} is not installed. "
            f"Fix: `pip install {toolchain.requirement}` (in this project: `{how}`), or choose the "
            f"installed toolchain with {ENV_VAR}"
        )
