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
import sys
from collections.abc import Sequence
from typing import TextIO

from .config import ConfigError, SpokeConfig
from .fleet import COMMANDS, Fleet, FleetError, StackTarget, select_stacks
from .fleet_report import drift_report, exit_code, summary_table
from .pg_state import PgConnectionError
from .workspace import CdktfError

DEFAULT_PARALLEL = 4


def add_arguments(parser: argparse.ArgumentParser, command: str) -> None:
    """The fleet flags of ``spoke <command>`` (the stack names/globs and ``--all`` are the caller's)."""
    parser.add_argument(
        "--parallel",
        type=int,
        default=DEFAULT_PARALLEL,
        metavar="N",
        help=f"stacks run at the same time (default {DEFAULT_PARALLEL})",
    )
    parser.add_argument(
        "--lock-timeout",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="wait this long for a stack's state lock (pg; default 0: fail at once, naming the holder)",
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
    out = out or sys.stdout
    err = err or sys.stderr
    if command not in COMMANDS:
        raise FleetError(f"unknown command {command!r}")
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
        fleet = Fleet(target, config, parallel=args.parallel, lock_timeout=args.lock_timeout, progress=err)
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
