"""The `spoke` command: the app side's single entry.

spoke new DIR                          a new app: cdktf.json, main.py, spoke.toml, README, .gitignore
spoke setup [--dir DIR]                install what the app lacks (cdktf CLI, terraform, the provider)
spoke env [--dir DIR]                  print the exports cdktf needs: eval "$(spoke env)"
spoke synth [--dir DIR] [STACK ...]   cdktf synth in the app, with that environment set
spoke deploy|diff|destroy [--dir DIR] [--all | STACK|GLOB ...] [--parallel N] [--lock-timeout S]
      [diff: --exit-code --json] [destroy: --auto-approve]
                                       --all, several stacks, a glob or any of these flags (cdktf's
                                       --skip-synth, --refresh-only, --terraform-parallelism N understood,
                                       other cdktf flags refused): the fleet runs the stacks with
                                       terraform, N at a time: progress, a summary, an exit code for CI
                                       (spoke_app.fleet_cli; docs/fleet.md); else the cdktf CLI as is
                                       (cdktf deploy [STACK] FLAGS). diff --exit-code: 2 means changes
                                       only, an error exits 1
spoke authorize|verify ...             Get OAuth Token / check the whole chain (spoke_cli); with the pg
                                       backend the stack's outputs come from terraform
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from servicenow_spoke.toolchain import ToolchainError

from . import fleet_cli
from .prechecks import killed_message, killed_runs, missing_variables
from .project import QUIET_ENV, AppDir, SpokeAppError, find_root, setup, shell_exports
from .workspace import PRIVATE_UMASK, remove_plan_files

CDKTF_COMMANDS = {
    "synth": "synthesize the stacks into cdktf.out (no instance needed)",
    "deploy": "create or update the stacks' records",
    "diff": "show what a deploy would change",
    "destroy": "remove the created records; adopted ones are restored",
}
_CLI_COMMANDS = {
    "authorize": 'run "Get OAuth Token" and wait until the token is in the local instance',
    "verify": "check the whole chain on both instances (one PASS/FAIL line per check)",
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="spoke",
        description="The ServiceNow Remote Instance spoke as code: create, set up and run an app.",
        epilog="Passwords come from TF_VAR_<variable> only (the variables spoke.toml names), never argv.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    new = commands.add_parser("new", help="write a new app into DIR", description="write a new app into DIR")
    new.add_argument("dir", type=Path, metavar="DIR")
    for name, text in (
        ("setup", "install what the app lacks: the cdktf CLI, terraform >= 1.11, the provider (idempotent)"),
        ("env", 'print the exports the cdktf CLI needs in the app: eval "$(spoke env)"'),
    ):
        sub = commands.add_parser(name, help=text, description=text)
        sub.add_argument("--dir", type=Path, default=Path.cwd(), help="the app folder (default: here)")
    for name, text in CDKTF_COMMANDS.items():
        fleet = name in fleet_cli.COMMANDS
        sub = commands.add_parser(
            name,
            help=text,
            description=(
                f"{name} the stacks (--all, several names, globs, or any flag below but --dir) with "
                "terraform, --parallel N at a time, with progress, a summary table and an exit code for "
                f"CI; it takes cdktf's {fleet_cli.CDKTF_FLAGS} too (any other cdktf flag is refused); "
                f"one stack or none without those: cdktf {name} as is, with any cdktf flag"
                if fleet
                else f"cdktf {name} in the app, with the environment of `spoke env`; any other flag "
                "goes to cdktf as is"
            ),
        )
        sub.add_argument("--dir", type=Path, default=Path.cwd(), help="the app folder (default: here)")
        sub.add_argument("--all", action="store_true", help="every stack of the app")
        sub.add_argument(
            "stacks", nargs="*", metavar="STACK", help="stacks or globs to run (default: the only one)"
        )
        if fleet:
            fleet_cli.add_arguments(sub, name)
    for name, text in _CLI_COMMANDS.items():
        commands.add_parser(name, help=text, add_help=False)
    return parser


def run_cdktf(command: str, root: Path, stacks: list[str], extra: list[str]) -> int:
    """``cdktf <command>`` in the app with its environment: one stack or none (several stacks, ``--all``
    and globs run in the fleet, :mod:`spoke_app.fleet_cli`), with the command line's cdktf flags."""
    app = AppDir(find_root(root))
    app.require_setup()
    if command == "synth" and stacks:
        raise SpokeAppError(
            "cdktf synth always synthesizes every stack. Fix: run `spoke synth` without STACK"
        )
    env = app.env()
    config = Path(env.get("SPOKE_CONFIG") or app.root / "spoke.toml")
    if command in ("deploy", "diff", "destroy"):
        # cdktf runs terraform in a pseudo-terminal: a missing variable would wait at its prompt.
        missing = missing_variables(config, env)
        if missing:
            print(f"error: cdktf {command} not started: set these variables first:", file=sys.stderr)
            print("\n".join(missing), file=sys.stderr)
            return 2

    def cdktf(*args: str) -> int:
        # umask 077: state, backups and plans private; the plan files cdktf leaves are removed after.
        return subprocess.run(
            [str(app.cdktf), *args], cwd=app.root, env=env, check=False, umask=PRIVATE_UMASK
        ).returncode

    try:
        if command == "synth":
            code = cdktf("synth", *extra)
        else:
            code = cdktf(command, *stacks, *extra)
    except KeyboardInterrupt:
        return 130
    finally:
        remove_plan_files(app.root / "cdktf.out")
    if code == 0 and command in ("deploy", "diff", "destroy"):
        killed = killed_runs(config)
        if killed:
            print(f"error: {killed_message(command, killed)}", file=sys.stderr)
            return 1
    return code


def drift_alarm(argv: list[str]) -> bool:
    """Whether a command line is ``spoke diff ... --exit-code`` (argparse takes ``--exit`` for it too), whose
    exit code 2 means "a stack has changes": its errors must then exit 1, as terraform's own
    ``-detailed-exitcode`` does, or a CI drift alarm would take a broken run for drift."""
    return (
        bool(argv)
        and argv[0] == "diff"
        and any(len(arg) > 3 and "--exit-code".startswith(arg.split("=", 1)[0]) for arg in argv[1:])
    )


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    for name in ("JSII_SILENCE_SUPPORT_WARNING", "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION"):
        # The fleet reads the config with the jsii kernel in this process: as quiet as cdktf's runs.
        os.environ.setdefault(name, QUIET_ENV[name])
    if drift_alarm(argv):
        try:
            return _main(argv, error=1)
        except SystemExit as stop:  # argparse's usage errors exit 2 (--help exits 0)
            if stop.code != 2:
                raise
            return 1
    return _main(argv, error=2)


def _main(argv: list[str], error: int) -> int:
    """The command line's run; ``error`` is the exit code of a run that could not start."""
    if argv and argv[0] in _CLI_COMMANDS:
        from spoke_cli.__main__ import main as cli_main

        from .config import ConfigError
        from .fleet import FleetError
        from .pg_state import PgConnectionError

        try:  # a state kept in PostgreSQL: the outputs come from terraform, not from a file
            outputs = fleet_cli.outputs_for_cli(argv, Path.cwd(), os.environ)
        except (SpokeAppError, ConfigError, FleetError, PgConnectionError) as problem:
            print(f"error: {problem}", file=sys.stderr)
            return 2
        return cli_main(argv, outputs=outputs)
    parser = _parser()
    args, extra = parser.parse_known_args(argv)
    if extra and args.command not in CDKTF_COMMANDS:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    try:
        if args.command == "new":
            from .scaffold import new

            new(args.dir)
            print(f"wrote a new app into {args.dir}. Next: cd {args.dir} && spoke setup")
            return 0
        if args.command == "setup":
            app = setup(args.dir)
            print(f'{app.root} is set up. Next: eval "$(spoke env)", then cdktf deploy')
            return 0
        if args.command == "env":
            app = AppDir(find_root(args.dir))
            app.require_setup()
            sys.stdout.write(shell_exports(app.exports(os.environ.get("PATH", ""))))
            return 0
        diff_only = fleet_cli.diff_only_flag(args.command, extra)
        if diff_only:
            print(f"error: {diff_only}", file=sys.stderr)
            return error
        if args.command in fleet_cli.COMMANDS and fleet_cli.wanted(args):  # --all, several, a glob, a flag
            app = AppDir(find_root(args.dir))
            app.require_setup()
            return fleet_cli.run_in_app(args.command, app.root, app.cdktf, app.env(), args, extra)
        if getattr(args, "auto_approve", False):
            extra = [*extra, "--auto-approve"]  # a cdktf flag too
        return run_cdktf(args.command, args.dir, args.stacks, extra)
    except (SpokeAppError, ToolchainError) as problem:
        print(f"error: {problem}", file=sys.stderr)
        return error


if __name__ == "__main__":
    sys.exit(main())
