"""Install the chosen CDK toolchain's parts inside this repository (the Makefile's cdktn step, the e2e tests).

    python -m tools.toolchain [cdktf|cdktn]    # default: SPOKE_TOOLCHAIN's

cdktf's CLI is the root package.json's (`npm ci` by `make setup`). cdktn's CLI and Node 22 are pinned in
toolchains/cdktn/package-lock.json and installed there; the Python `cdktn` package goes into this
Python's environment. Each step is skipped when already done (the lock file's digest in .build).
"""

from __future__ import annotations

import sys

from servicenow_spoke.toolchain import TOOLCHAINS, Toolchain, ToolchainError, selected
from spoke_app.project import Say, SpokeAppError, install_node_packages, install_python_package
from spoke_app.workspace import PROJECT_ROOT


def ensure(toolchain: Toolchain, say: Say = print) -> None:
    stamp = PROJECT_ROOT / ".build" / f"npm-{toolchain.name}.stamp"
    install_node_packages(PROJECT_ROOT / toolchain.node_prefix, stamp, toolchain, say)
    install_python_package(toolchain, say)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        toolchain = TOOLCHAINS[argv[0]] if argv and argv[0] in TOOLCHAINS else selected()
        if argv and argv[0] not in TOOLCHAINS:
            raise ToolchainError(f"{argv[0]!r} is not a toolchain. Fix: give one of {', '.join(TOOLCHAINS)}")
        ensure(toolchain)
    except (SpokeAppError, ToolchainError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
