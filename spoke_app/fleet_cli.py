"""`spoke deploy|diff|destroy` on many stacks: the flags, and one run from the command line to its exit code.

    spoke deploy --all [--parallel N] [--lock-timeout SECONDS]
    spoke deploy 'spoke-eu-*' spoke-us-1
    spoke diff --all [--exit-code] [--json]
    spoke destroy spoke-dev --auto-approve

Progress (one line per stack and event) goes to stderr; the summary table to stdout, or with ``--json``
the drift report (one JSON document) to stdout and the table to stderr. Exit code: 0; 1 when a stack
failed (or the run could not start: a bad config, a missing connection string, a failed synth); 2 with
``diff --exit-code`` when a stack has changes and none failed (terraform's ``-detailed-exitcode``); 130
after Ctrl-C, 143 after SIGTERM (a cancelled CI job), 129 after SIGHUP: the run stops as on Ctrl-C.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import sys
import threading
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

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


#: Signals that stop a run: Ctrl-C (SIGINT), a cancelled CI job or `timeout` (SIGTERM), a closed terminal.
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


class Stopped(KeyboardInterrupt):
    """A run stopped by a signal: handled as Ctrl-C is (a KeyboardInterrupt), with its signal."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def _absorb(signum: int, frame: Any) -> None:
    """A signal that arrives while a run stops: it is already stopping."""


@contextlib.contextmanager
def stopped_like_ctrl_c() -> Iterator[None]:
    """While a run goes on, SIGINT, SIGTERM and SIGHUP raise :class:`Stopped` (in the main thread; elsewhere
    no handler can be set). Terraform, the providers and cdktf run in sessions of their own, which a signal
    to this process's group does not reach: dying at once would leave them running, so the run stops
    them. Any signal after the first (a CI runner sends SIGINT, then SIGTERM) is absorbed until they are
    stopped, so that it cannot cut the stopping short; absorbed by a handler, not ignored, because an
    ignored signal would stay ignored in a process started meanwhile."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: Any) -> None:
        for each in STOP_SIGNALS:
            signal.signal(each, _absorb)
        raise Stopped(signum)

    previous = {each: signal.signal(each, stop) for each in STOP_SIGNALS}
    try:
        yield
    finally:
        for each, handler in previous.items():
            signal.signal(each, handler)


def interrupted(err: TextIO, stop: KeyboardInterrupt, what: str) -> int:
    """Say what an interrupt stopped; the exit code: 128 + the signal (130 after Ctrl-C, 143 after SIGTERM).

    The terminal's SIGINT also reached the jsii kernel (the Node process this process started to read the
    config): it is gone, and its stop at exit would print a broken pipe's traceback under our message.
    That one error, of that one callback, is dropped."""
    signum = stop.signum if isinstance(stop, Stopped) else signal.SIGINT
    by = f" by {signal.Signals(signum).name}" if signum != signal.SIGINT else ""
    err.write(f"interrupted{by}: {what}\n")
    previous = sys.unraisablehook

    def hook(unraisable: Any) -> None:
        if not (
            isinstance(unraisable.exc_value, BrokenPipeError) and "_NodeProcess" in repr(unraisable.object)
        ):
            previous(unraisable)

    sys.unraisablehook = hook
    return 128 + signum


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


def several(args: argparse.Namespace) -> bool:
    """Whether a command line names several stacks: ``--all``, more than one, or a glob."""
    stacks = list(getattr(args, "stacks", []) or [])
    return bool(
        getattr(args, "all", False)
        or len(stacks) > 1
        or any(char in stack for stack in stacks for char in "*?[")
    )


def wanted(args: argparse.Namespace) -> bool:
    """Whether a command line runs in the fleet: several stacks (:func:`several`), or a fleet flag (the
    cdktf CLI knows none of them: it would drop them). cdktf flags with them are translated by
    :func:`cdktf_flags`, or refused. ``spoke deploy|diff|destroy [STACK]`` without any of them runs the
    cdktf CLI as before, with the command line's cdktf flags."""
    return bool(
        several(args)
        or any(getattr(args, name, None) is not None for name in ("parallel", "lock_timeout", "config"))
        or getattr(args, "json", False)
        or getattr(args, "exit_code", False)
    )


#: The flags of `spoke diff` alone: the drift alarm and the drift report.
DIFF_FLAGS = {"--exit-code": "the drift alarm: exit 2 when a stack has changes", "--json": "the drift report"}


def diff_only_flag(command: str, extra: Sequence[str]) -> str | None:
    """A diff-only flag on a deploy or destroy, refused with the fix (None when there is none): neither
    the fleet nor the cdktf CLI (which would drop it silently) takes it there."""
    if command not in ("deploy", "destroy"):
        return None
    for flag in extra:
        name = flag.split("=", 1)[0]
        for diff_flag, what in DIFF_FLAGS.items():
            if len(name) > 3 and diff_flag.startswith(name):  # argparse's abbreviations, as on a diff
                return (
                    f"{flag} is a flag of `spoke diff` only ({what}); `spoke {command}` has none. Fix: "
                    f"drop {name}, or check first with `spoke diff STACKS {diff_flag}` (e.g. --all)"
                )
    return None


CDKTF_FLAGS = "--skip-synth, --refresh-only, --terraform-parallelism N, --no-color"
#: The flags that make even one stack run in the fleet (cdktf knows none of them).
FLEET_FLAGS = "--parallel, --lock-timeout, --config, --exit-code and --json"


def cdktf_flags(command: str, extra: Sequence[str]) -> tuple[bool, list[str]]:
    """The cdktf flags of a fleet run's command line: (skip the synth, terraform arguments to add).

    A fleet run runs terraform itself, so it takes the cdktf flags that mean something for each stack's
    terraform (:data:`CDKTF_FLAGS`; ``--auto-approve`` on a deploy, which never asks) and refuses any
    other, naming the fix."""
    from .fleet import FleetError

    skip_synth = False
    terraform: list[str] = []
    flags = iter(extra)
    for flag in flags:
        name, equals, value = flag.partition("=")
        if name == "--skip-synth" and not equals:
            skip_synth = True
        elif name == "--no-color" and not equals:
            continue  # the fleet's output has no colour
        elif name == "--auto-approve" and not equals and command == "deploy":
            continue  # a fleet deploy never asks
        elif name == "--refresh-only" and not equals and command in ("deploy", "diff"):
            terraform.append("-refresh-only")
        elif name == "--terraform-parallelism":
            value = value if equals else next(flags, "")
            if not value.isdigit() or int(value) < 1:
                raise FleetError(
                    f"--terraform-parallelism takes a number of 1 or more, got {value!r}. Fix: e.g. "
                    "--terraform-parallelism 10"
                )
            terraform.append(f"-parallelism={int(value)}")
        else:
            raise FleetError(
                f"{flag}: several stacks (or one with a fleet flag) run in the fleet, which runs terraform "
                f"itself and takes these cdktf flags only: {CDKTF_FLAGS}. Fix: drop {name}, or run the "
                f"stacks one at a time with it: spoke {command} STACK {flag} (without {FLEET_FLAGS})"
            )
    return skip_synth, terraform


def run(
    command: str,
    target: StackTarget,
    config: SpokeConfig,
    args: argparse.Namespace,
    *,
    stacks: Sequence[str] = (),
    all_stacks: bool = False,
    extra: Sequence[str] = (),
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """One fleet run: select, synthesize (unless ``--skip-synth``), run, print; the exit code. ``extra``:
    the cdktf flags of the command line (:func:`cdktf_flags`)."""
    from .config import ConfigError
    from .fleet import Fleet, FleetError, select_stacks

    out = out or sys.stdout
    err = err or sys.stderr
    if command not in COMMANDS:
        raise ValueError(f"unknown command {command!r}")
    try:
        skip_synth, terraform_args = cdktf_flags(command, extra)
        names = list(stacks)
        if not names and not all_stacks and len(config.pairs) == 1:
            names = [config.pairs[0].stack]
        selected = select_stacks(config, names, all_stacks)
        if command == "destroy" and not getattr(args, "auto_approve", False):
            raise FleetError(
                f"destroy removes the records of {len(selected)} stack(s) ({', '.join(selected)}) without "
                "asking. Fix: add --auto-approve"
            )
        missing = missing_variables(config.path, target.env(), selected)  # synth needs none of them
        if missing:
            raise FleetError(
                f"spoke {command} not started: set these variables first:\n" + "\n".join(missing)
            )
        fleet = Fleet(
            target,
            config,
            parallel=DEFAULT_PARALLEL if args.parallel is None else args.parallel,
            lock_timeout=args.lock_timeout or 0.0,
            progress=err,
        )
        stopped = "the synth was stopped; no stack ran"
        with stopped_like_ctrl_c():
            try:
                if not skip_synth:
                    err.write(f"synthesizing {len(config.pairs)} stack(s) of {config.path}...\n")
                    err.flush()
                    fleet.synth()  # on an interrupt, run_process stops cdktf and the app it ran
                stopped = "the running stacks were stopped; the others did not start"
                runs = fleet.run(
                    command,
                    selected,
                    report=bool(getattr(args, "json", False)),
                    terraform_args=terraform_args,
                )
            except KeyboardInterrupt as stop:
                return interrupted(err, stop, stopped)
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
    command: str,
    root: Path,
    cdktf: Path,
    environ: Mapping[str, str],
    args: argparse.Namespace,
    extra: Sequence[str] = (),
) -> int:
    """``spoke deploy|diff|destroy`` in an app folder: read its config, run the stacks, the exit code."""
    from .config import ConfigError, load_config
    from .fleet import FleetError

    try:
        cdktf_flags(command, extra)  # a flag the fleet refuses: said before anything starts
    except FleetError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    path = config_path(root, getattr(args, "config", None), environ)
    env = {**environ, "SPOKE_CONFIG": str(path)}  # the repository's main.py reads it; so does the fleet
    try:
        config = load_config(path)
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    target = AppTarget(root, cdktf, env)
    return run(command, target, config, args, stacks=args.stacks, all_stacks=args.all, extra=extra)


def outputs_for_cli(
    argv: Sequence[str], cwd: Path, environ: Mapping[str, str]
) -> tuple[str, dict[str, Any]] | None:
    """`spoke authorize|verify` where the config keeps state in PostgreSQL (no state file to read): the
    stack's outputs, read with ``terraform output -json`` in the app's stack folder, for spoke_cli.

    None when spoke_cli finds the records itself: a local backend (its state file), a command line that
    names its own source (``--state``, ``--outputs``, ``--no-config``), or a config or stack choice that is
    wrong (spoke_cli's message names the fix)."""
    from .config import load_config
    from .fleet import Fleet
    from .project import AppDir, SpokeAppError, find_root

    parser = argparse.ArgumentParser(add_help=False)
    for flag in ("--config", "--stack", "--state", "--outputs"):
        parser.add_argument(flag)
    parser.add_argument("--no-config", action="store_true")
    parser.add_argument("-h", "--help", action="store_true")
    args, _ = parser.parse_known_args(list(argv[1:]))
    if args.help or args.state or args.outputs or args.no_config:
        return None
    given = args.config or environ.get("SPOKE_CONFIG")
    path = Path(given) if given else cwd / "spoke.toml"
    try:
        settings = tomllib.loads(path.read_text(encoding="utf-8")).get("settings", {})
    except (OSError, ValueError):
        return None
    if not isinstance(settings, dict) or settings.get("backend") != "pg":
        return None
    config = load_config(path)
    names = [pair.stack for pair in config.pairs]
    stack = args.stack or (names[0] if len(names) == 1 else None)
    if stack not in names:
        return None
    try:
        app = AppDir(find_root(cwd))
    except SpokeAppError:
        raise SpokeAppError(
            f'the state of stack {stack!r} is kept in PostgreSQL (backend = "pg" in {path}), and '
            f"`spoke {argv[0]}` reads its outputs with terraform in the app folder. Fix: run it in the app "
            "folder, or pass --outputs FILE with what `terraform output -json` prints in the stack's folder"
        ) from None
    env = {**app.env(), "SPOKE_CONFIG": str(path.resolve())}
    fleet = Fleet(AppTarget(app.root, app.cdktf, env), config, environ=environ)
    assert config.pg is not None
    return f"stack {stack!r} (pg backend, schema {config.pg.schema(stack)!r})", fleet.outputs(stack)
