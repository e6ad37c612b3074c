"""`spoke deploy|diff|destroy` on many stacks: the flags, and one run from the command line to its exit code.

    spoke deploy --all [--parallel N] [--lock-timeout SECONDS]
    spoke deploy 'spoke-eu-*' spoke-us-1
    spoke diff --all [--exit-code] [--json]
    spoke destroy spoke-dev --auto-approve

Progress (one line per stack and event) goes to stderr; the summary table to stdout, or with ``--json``
the drift report (one JSON document) to stdout and the table to stderr. Exit code: 0; 1 when a stack
failed (or the run could not start: a bad config, a missing connection string, a failed synth); 2 with
``diff --exit-code`` when a stack has changes and none failed (terraform's ``-detailed-exitcode``).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from .fleet_report import COMMANDS, drift_report, exit_code, summary_table
from .pg_state import PgConnectionError
from .prechecks import missing_variables
from .workspace import CdktfError, run_process, strip_ansi

if TYPE_CHECKING:  # the config module imports cdktf (a jsii kernel): only the runs need it
    from .config import SpokeConfig
    from .fleet import StackTarget

DEFAULT_PARALLEL = 4


@dataclass
class AppTarget:
    """An app folder (the one holding ``cdktf.json``) as the fleet runner's :class:`StackTarget`."""

    root: Path
    cdktf: Path
    environ: Mapping[str, str]
    timeout: float = 1800.0
    secrets: Mapping[str, str] = field(default_factory=dict)

    @property
    def out_dir(self) -> Path:
        try:
            output = json.loads((self.root / "cdktf.json").read_text()).get("output") or "cdktf.out"
        except (OSError, ValueError):
            output = "cdktf.out"
        return self.root / output

    def stack_dir(self, stack: str) -> Path:
        return self.out_dir / "stacks" / stack

    def env(self) -> dict[str, str]:
        return dict(self.environ)

    def synth(self) -> None:
        code, out, _ = run_process(
            [str(self.cdktf), "synth"], cwd=self.root, env=self.env(), timeout=self.timeout, merge_stderr=True
        )
        if code != 0:
            tail = "\n".join(strip_ansi(out).splitlines()[-30:])
            raise CdktfError(f"cdktf synth exited {code} in {self.root}:\n{tail}")


def config_path(root: Path, given: Path | None, environ: Mapping[str, str] = os.environ) -> Path:
    """The config the fleet reads: ``--config``, else ``$SPOKE_CONFIG``, else ``spoke.toml`` in the app."""
    if given is not None:
        return given.resolve()
    if environ.get("SPOKE_CONFIG"):
        return Path(environ["SPOKE_CONFIG"]).resolve()
    return root / "spoke.toml"


def add_arguments(parser: argparse.ArgumentParser, command: str) -> None:
    """The fleet flags of ``spoke <command>`` (the stack names/globs and ``--all`` are the caller's)."""
    parser.add_argument(
        "--parallel",
        type=int,
        default=None,
        metavar="N",
        help=f"stacks run at the same time (default {DEFAULT_PARALLEL})",
    )
    parser.add_argument(
        "--lock-timeout",
        type=float,
        default=None,
        metavar="SECONDS",
        help="wait this long for a stack's state lock (pg; default 0: fail at once, naming the holder)",
    )
    parser.add_argument(
        "--config",
        type=Path,
        help="the config whose stacks to run (default: $SPOKE_CONFIG, else spoke.toml in the app folder)",
    )
    if command == "diff":
        parser.add_argument(
            "--exit-code", action="store_true", help="exit 2 when a stack has changes (1 when one failed)"
        )
        parser.add_argument(
            "--json",
            action="store_true",
            help="print one JSON drift report (stack, resource, attribute, before, after; secrets masked)",
        )
    if command == "destroy":
        parser.add_argument(
            "--auto-approve", action="store_true", help="required: destroy runs without asking"
        )


def wanted(args: argparse.Namespace) -> bool:
    """Whether a command line asks for the fleet: ``--all``, several stacks, a glob, or a fleet flag.

    ``spoke deploy|diff|destroy [STACK]`` without any of them runs the cdktf CLI as before."""
    stacks = list(getattr(args, "stacks", []) or [])
    return bool(
        getattr(args, "all", False)
        or len(stacks) > 1
        or any(char in stack for stack in stacks for char in "*?[")
        or any(getattr(args, name, None) is not None for name in ("parallel", "lock_timeout", "config"))
        or getattr(args, "json", False)
        or getattr(args, "exit_code", False)
    )


def run(
    command: str,
    target: StackTarget,
    config: SpokeConfig,
    args: argparse.Namespace,
    *,
    stacks: Sequence[str] = (),
    all_stacks: bool = False,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """One fleet run: select, synthesize, run, print; the exit code."""
    from .config import ConfigError
    from .fleet import Fleet, FleetError, select_stacks

    out = out or sys.stdout
    err = err or sys.stderr
    if command not in COMMANDS:
        raise ValueError(f"unknown command {command!r}")
    try:
        names = list(stacks)
        if not names and not all_stacks and len(config.pairs) == 1:
            names = [config.pairs[0].stack]
        selected = select_stacks(config, names, all_stacks)
        if command == "destroy" and not getattr(args, "auto_approve", False):
            raise FleetError(
                f"destroy removes the records of {len(selected)} stack(s) ({', '.join(selected)}) without "
                "asking. Fix: add --auto-approve"
            )
        fleet = Fleet(
            target,
            config,
            parallel=DEFAULT_PARALLEL if args.parallel is None else args.parallel,
            lock_timeout=args.lock_timeout or 0.0,
            progress=err,
        )
        err.write(f"synthesizing {len(config.pairs)} stack(s) of {config.path}...\n")
        err.flush()
        fleet.synth()
        try:
            runs = fleet.run(command, selected, report=bool(getattr(args, "json", False)))
        except KeyboardInterrupt:
            err.write("interrupted: the running stacks were stopped; the others did not start\n")
            return 130
    except (FleetError, ConfigError, PgConnectionError, CdktfError) as error:
        err.write(f"error: {error}\n")
        return 1
    table = summary_table(runs, command)
    if getattr(args, "json", False):
        out.write(json.dumps(drift_report(command, runs), indent=2) + "\n")
        err.write(table + "\n")
    else:
        out.write(table + "\n")
    return exit_code(runs, command, bool(getattr(args, "exit_code", False)))


def run_in_app(
    command: str, root: Path, cdktf: Path, environ: Mapping[str, str], args: argparse.Namespace
) -> int:
    """``spoke deploy|diff|destroy`` in an app folder: read its config, run the stacks, the exit code."""
    from .config import ConfigError, load_config

    path = config_path(root, getattr(args, "config", None), environ)
    env = {**environ, "SPOKE_CONFIG": str(path)}  # the repository's main.py reads it; so does the fleet
    missing = missing_variables(path, env)
    if missing:
        print(f"error: spoke {command} not started: set these variables first:", file=sys.stderr)
        print("\n".join(missing), file=sys.stderr)
        return 1
    try:
        config = load_config(path)
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    target = AppTarget(root, cdktf, env)
    return run(command, target, config, args, stacks=args.stacks, all_stacks=args.all)
