"""Regenerate the spoke's catalog data from the emulator's dictionary, as a user would from theirs.

    python -m tools.spoke_catalog           # rewrite terraform_provider_servicenow/spoke_tables.toml
    python -m tools.spoke_catalog --check   # exit 1 when regenerating it would change it

Starts an emulator seeded with the spoke on 127.0.0.1 (a free port), runs `python -m
terraform_provider_servicenow generate` against it with the provider's SERVICENOW_* variables, and
stops it. `make catalog` runs it; a test fails when the checked-in file differs.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from servicenow_emulator import choices as C
from servicenow_emulator.testing import run_emulator
from terraform_provider_servicenow.catalog import SPOKE_TABLES, SPOKE_TABLES_FILE
from terraform_provider_servicenow.catalog_file import dump, loads
from terraform_provider_servicenow.generate import header

ROOT = Path(__file__).resolve().parents[1]


def regenerate(out: Path, **emulator_options: object) -> subprocess.CompletedProcess[str]:
    """Run `generate` for the spoke's tables against a fresh emulator; the catalog file goes to ``out``."""
    with run_emulator("instance", seed="spoke", **emulator_options) as emu:  # type: ignore[arg-type]
        env = {k: v for k, v in os.environ.items() if not k.startswith("SERVICENOW_")}
        env.update(SERVICENOW_USERNAME=C.ADMIN_USER, SERVICENOW_PASSWORD=emu.admin_password)
        command = [sys.executable, "-m", "terraform_provider_servicenow", "generate", "--quiet"]
        command += ["--instance-url", emu.url, "--out", str(out)]
        for table in SPOKE_TABLES:
            command += ["--table", table]
        return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.spoke_catalog", description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when the checked-in file is stale")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="spoke-catalog-") as tmp:
        out = Path(tmp) / "spoke_tables.toml"
        done = regenerate(out)
        if done.returncode != 0:
            sys.stderr.write(done.stderr)
            return done.returncode
        fresh = out.read_text(encoding="utf-8")
    target = Path(SPOKE_TABLES_FILE)
    current = target.read_text(encoding="utf-8") if target.exists() else ""
    if args.check:
        if fresh != current:
            print(f"{target.relative_to(ROOT)} is stale: run `make catalog`", file=sys.stderr)
            return 1
        return 0
    if fresh != current:
        dump(loads(fresh), target, header=header(SPOKE_TABLES, False))
        print(f"rewrote {target.relative_to(ROOT)}")
    else:
        print(f"{target.relative_to(ROOT)} is up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
