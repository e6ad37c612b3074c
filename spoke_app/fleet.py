"""Many stacks of one config in one command: deploy, diff or destroy them with bounded parallelism.

The app is synthesized once (``cdktf synth``: every stack of the config), then each selected stack runs
terraform in its own ``cdktf.out/stacks/<stack>`` folder, at most ``parallel`` at a time: ``terraform
init`` when the folder is new or its backend changed, then ``apply`` (deploy), ``plan`` (diff) or ``apply
-destroy`` (destroy) with ``-json`` output, read for the counts and the first error. One stack failing
does not stop the others.

While it runs, one line per stack and event goes to ``progress`` (waiting, running, done with its counts,
failed with its first error); at the end a summary table. A diff with a JSON report plans into a private
temporary folder, reads the plan with ``terraform show -json`` (sensitive values masked by their
``*_sensitive`` marks, every known secret scrubbed as a last line of defence) and removes the plan file
before it returns (it holds no secret with the spoke's ephemeral variables and write-only arguments, but
a stack of your own may hold stored secrets).

With the ``pg`` backend the connection string is copied from the variable the config names into
``PG_CONN_STR`` for terraform only, tagged with the run's ``application_name``; a run refused by a
stack's lock (after ``lock_timeout`` seconds of waiting) fails with a message naming the lock and its
holder (:mod:`spoke_app.pg_state`).
"""

from __future__ import annotations

import contextlib
import fnmatch
import json
import math
import os
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor, wait
from pathlib import Path
from typing import Any, Protocol, TextIO

from .config import PG_CONN_STR, SpokeConfig, instance_key, sets_instance_wide_records
from .fleet_report import COMMANDS, Progress, Scrubber, StackRun, report_changes
from .pg_state import (
    application_name,
    conn_str_from,
    conn_str_secrets,
    describe_lock,
    empty_state,
    tagged,
    wait_for_creation_lock,
    workspace_exists,
)
from .provider_forks import ForkServer, installed_launcher
from .stack_backend import needs_init, stale_backend
from .terraform_output import LOCK_SUMMARY, count_changes, first_error, local_lock, one_line
from .workspace import PRIVATE_UMASK, STOP_GRACE, _stop_group, stop_groups

# pg: how often and how long a run refused only by another stack's workspace creation is retried.
CREATION_RETRIES = 20
CREATION_WAIT = 120.0


class StackTarget(Protocol):
    """Where the stacks are: :class:`spoke_app.workspace.Workspace`, or an app folder (the `spoke`
    command). ``env()`` is the environment cdktf and terraform run with; ``synth()`` runs ``cdktf synth``."""

    timeout: float
    secrets: Mapping[str, str]

    def stack_dir(self, stack: str) -> Path: ...

    def env(self) -> dict[str, str]: ...

    def synth(self) -> None: ...


class FleetError(ValueError):
    """A selection or setup problem found before any stack ran; the message names the fix."""


def select_stacks(config: SpokeConfig, patterns: Sequence[str], all_stacks: bool) -> list[str]:
    """The config's stacks named by ``patterns`` (names or globs, config order), or all of them."""
    names = [pair.stack for pair in config.pairs]
    if all_stacks:
        if patterns:
            raise FleetError("--all selects every stack: give either --all or stack names/globs, not both")
        return names
    if not patterns:
        raise FleetError(
            "no stack selected. Fix: name stacks (globs allowed, e.g. 'spoke-*') or pass --all; "
            f"the config has: {', '.join(names)}"
        )
    chosen: set[str] = set()
    for pattern in patterns:
        matched = fnmatch.filter(names, pattern)
        if not matched:
            raise FleetError(
                f"no stack of {config.path} matches {pattern!r}. Fix: use one of: {', '.join(names)} "
                "(globs allowed, quoted so the shell leaves them alone)"
            )
        chosen.update(matched)
    return [name for name in names if name in chosen]


def first_on_each_remote(config: SpokeConfig, stacks: Sequence[str]) -> dict[str, str]:
    """For a deploy: stack -> the stack that must finish first, because both adopt-or-create the same
    instance-wide record of a shared remote (two creates at once would make two records)."""
    leaders: dict[str, str] = {}
    after: dict[str, str] = {}
    chosen = set(stacks)
    for pair in config.pairs:
        if pair.stack not in chosen or not sets_instance_wide_records(pair):
            continue
        leader = leaders.setdefault(instance_key(pair.remote.url), pair.stack)
        if leader != pair.stack:
            after[pair.stack] = leader
    return after


class Fleet:
    """Runs one command on many stacks of one config, at most ``parallel`` at a time."""

    def __init__(
        self,
        target: StackTarget,
        config: SpokeConfig,
        *,
        parallel: int = 4,
        lock_timeout: float = 0.0,
        progress: TextIO | None = None,
        environ: Mapping[str, str] | None = None,
        fork_server: bool = True,
    ) -> None:
        if parallel < 1:
            raise FleetError(f"--parallel must be 1 or more, got {parallel}. Fix: e.g. --parallel 4")
        if not math.isfinite(lock_timeout) or lock_timeout < 0:
            raise FleetError(
                f"--lock-timeout must be 0 or more seconds, got {lock_timeout:g}. Fix: e.g. "
                "--lock-timeout 300"
            )
        self.target = target
        self.config = config
        self.parallel = parallel
        self.lock_timeout = lock_timeout
        self.progress_out = progress
        self.environ = dict(os.environ if environ is None else environ)
        self.conn_str = ""
        if config.pg is not None:
            self.conn_str = conn_str_from(
                self.environ, config.pg.conn_str_variable, "settings.pg_conn_str_variable"
            )
        secrets = [v for k, v in self.environ.items() if k.startswith("TF_VAR_")]
        secrets += list(target.secrets.values())
        if self.conn_str:
            secrets += [self.conn_str, *conn_str_secrets(self.conn_str)]
        self.scrub = Scrubber(secrets)
        self._procs: set[subprocess.Popen[str]] = set()
        self._procs_lock = threading.Lock()
        self._init_lock = threading.Lock()
        self._cancelled = threading.Event()
        # The provider's fork server (spoke_app.provider_forks): started by the first stack that reaches
        # terraform after its init, stopped when the run ends.
        self.fork_server = fork_server
        self._forks: ForkServer | None = None
        self._forks_tried = False
        self._forks_lock = threading.Lock()
        self.provider_forks = 0  # provider processes the fork servers of this fleet's runs started

    # -- running terraform -------------------------------------------------------------------------
    def _env(self, command: str, stack: str) -> dict[str, str]:
        env = self.target.env()
        for name, value in self.environ.items():
            if name.startswith("TF_VAR_") and name not in env:
                env[name] = value
        if self.conn_str:
            env[PG_CONN_STR] = tagged(self.conn_str, application_name(command, stack))
        if self._forks is not None:
            env.update(self._forks.env())
        return env

    def _start_forks(self, stack: str) -> None:
        """Start the provider's fork server once per run, from the provider ``stack``'s init installed."""
        if not self.fork_server:
            return
        with self._forks_lock:  # the other stacks wait the moment it takes to start, then use it
            if self._forks_tried:
                return
            self._forks_tried = True
            launcher = installed_launcher(self.target.stack_dir(stack))
            if launcher is None:
                return
            env = self.target.env()
            if self.config.pg is not None:  # its variable, whatever its name (ForkServer drops PG_CONN_STR)
                env.pop(self.config.pg.conn_str_variable, None)
            try:
                self._forks = ForkServer(launcher, env)
            except (OSError, RuntimeError) as error:
                if self.progress_out is not None:
                    self.progress_out.write(
                        f"note: provider processes start cold (no fork server: {self.scrub(str(error))})\n"
                    )

    def _stop_forks(self) -> None:
        with self._forks_lock:
            forks, self._forks, self._forks_tried = self._forks, None, False
        if forks is not None:
            forks.stop()
            self.provider_forks += forks.forked

    def _terraform(self, stack: str, command: str, args: Sequence[str]) -> tuple[int, str, str]:
        with self._procs_lock:  # cancel() sees every process started before it, and none starts after
            if self._cancelled.is_set():
                raise KeyboardInterrupt
            proc = subprocess.Popen(
                ["terraform", *args],
                cwd=self.target.stack_dir(stack),
                env=self._env(command, stack),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                start_new_session=True,
                umask=PRIVATE_UMASK,  # state, backups and plan files private (0600)
            )
            self._procs.add(proc)
        try:
            stdout, stderr = proc.communicate(timeout=self.target.timeout)
        except subprocess.TimeoutExpired:
            _stop_group(proc)
            proc.communicate(timeout=STOP_GRACE)
            return (
                124,
                "",
                f"Error: terraform {args[0]} timed out after {self.target.timeout:g} s and was stopped",
            )
        finally:
            with self._procs_lock:
                self._procs.discard(proc)
        if self._cancelled.is_set():
            raise KeyboardInterrupt
        return proc.returncode, stdout or "", stderr or ""

    def terraform(self, stack: str, *args: str) -> str:
        """Run terraform in a stack's folder with the fleet's environment (``state pull``, ``output``)."""
        code, out, err = self._terraform(stack, "terraform", args)
        if code != 0:
            raise FleetError(
                self.scrub(f"terraform {' '.join(args)} in stack {stack!r} exited {code}: {err.strip()}")
            )
        return out

    def outputs(self, stack: str) -> dict[str, Any]:
        """A deployed stack's outputs (name -> value: ``terraform output -json``), from its state wherever
        the backend keeps it (`spoke authorize|verify` on the pg backend: no state file on disk). The
        stack's folder is initialised first when it is new; nothing is written to the state."""
        folder = self.target.stack_dir(stack)
        if not (folder / "cdk.tf.json").is_file():
            raise FleetError(
                f"stack {stack!r} is not synthesized in {folder.parent}. Fix: run `spoke synth` (or deploy "
                "the stack) in the app first"
            )
        if needs_init(self.target.stack_dir(stack)):
            self.terraform(stack, "init", "-input=false", "-no-color")
        document = json.loads(self.terraform(stack, "output", "-json"))
        return {name: entry.get("value") for name, entry in document.items() if isinstance(entry, dict)}

    def _locked(self, stack: str, command: str, args: Sequence[str]) -> tuple[int, str, str]:
        """``_terraform``, retried while only another stack's workspace creation is in the way (pg)."""
        for _ in range(CREATION_RETRIES):
            code, out, err = self._terraform(stack, command, args)
            if (
                code in (0, 2)
                or self.config.pg is None
                or not first_error(out, err)[0].startswith(LOCK_SUMMARY)
                or not wait_for_creation_lock(self.conn_str, self.config.pg.schema(stack), CREATION_WAIT)
            ):
                break
        return code, out, err

    def _run_stack(
        self,
        run: StackRun,
        command: str,
        report: bool,
        show: Callable[[StackRun], None],
        terraform_args: tuple[str, ...] = (),
        first: threading.Event | None = None,
    ) -> None:
        while first is not None and not first.wait(0.2) and not self._cancelled.is_set():
            pass  # the stack that adopts or creates the shared remote's records goes first
        if self._cancelled.is_set():
            run.status = "cancelled"
            show(run)
            return
        run.status = "running"
        show(run)
        started = time.monotonic()
        try:
            self._stack_steps(run, command, report, terraform_args)
        except KeyboardInterrupt:
            run.status, run.error = "cancelled", ""
        except Exception as error:  # noqa: BLE001 - one stack's surprise must not stop the others
            run.status, run.error = "failed", one_line(self.scrub(f"{type(error).__name__}: {error}"))
        run.seconds = time.monotonic() - started
        show(run)

    def _fail(self, run: StackRun, code: int, stdout: str, stderr: str) -> None:
        pg = " and PG_CONN_STR exported" if self.config.pg is not None else ""  # what terraform there needs
        stdout, stderr = self.scrub(stdout), self.scrub(stderr)  # before one_line joins or cuts a secret
        summary, message = first_error(stdout, stderr)
        if summary.startswith(LOCK_SUMMARY):
            waited = f" after waiting {self.lock_timeout:g} s" if self.lock_timeout else ""
            if self.config.pg is not None:
                held = describe_lock(self.conn_str, self.config.pg.schema(run.stack), run.stack)
            else:
                held = local_lock(run.stack, stdout, stderr)
            message = (
                f"{held}{waited}. Fix: wait for that run to end and run again, or pass --lock-timeout "
                "SECONDS to wait for it"
            )
        elif "Backend configuration changed" in summary:
            folder = self.target.stack_dir(run.stack)
            message = (
                f"the state backend of stack {run.stack!r} changed since its last run in {folder} (e.g. "
                'backend "local" to "pg"), and terraform moves no state by itself. Fix: to move the state '
                "kept so far into the new backend, run `terraform init -migrate-state` in that folder (with "
                f'the app\'s `eval "$(spoke env)"`{pg}), then run again'
            )
        errored = self.target.stack_dir(run.stack) / "errored.tfstate"
        if "errored.tfstate" in stdout + stderr and errored.is_file():
            message += (
                f". The state of what it did could not be saved in the backend and is in {errored}. Fix: "
                "once the backend is reachable, run `terraform state push "
                f'errored.tfstate` in that folder (with the app\'s `eval "$(spoke env)"`{pg}), remove the '
                "file, then run again"
            )
        run.status, run.error = "failed", self.scrub(message)

    def _init(self, run: StackRun, command: str, lock: str) -> bool:
        """``terraform init``; with pg, one stack at a time, and the stack's workspace created at once.

        Terraform's pg backend creates its tables and a database-wide sequence with ``IF NOT EXISTS``,
        which two inits at once can still collide on; and a stack's first run holds the database-wide
        workspace-creation lock for the whole run, so first deploys would go one at a time. Pushing an
        empty state right after init creates the workspace in a moment.
        """
        stack = run.stack
        with self._init_lock if self.config.pg is not None else contextlib.nullcontext():
            code, out, err = self._terraform(stack, command, ["init", "-input=false", "-no-color", lock])
            if code != 0:
                self._fail(run, code, out, err)
                return False
            if self.config.pg is not None and not workspace_exists(
                self.conn_str, self.config.pg.schema(stack)
            ):
                state = self.target.stack_dir(stack) / ".terraform" / "empty.tfstate"
                state.write_text(empty_state())
                try:
                    code, out, err = self._locked(stack, command, ["state", "push", lock, str(state)])
                finally:
                    state.unlink(missing_ok=True)
                if code != 0:
                    self._fail(run, code, out, err)
                    return False
        return True

    def _stack_steps(
        self, run: StackRun, command: str, report: bool, terraform_args: tuple[str, ...] = ()
    ) -> None:
        stack = run.stack
        lock = f"-lock-timeout={int(self.lock_timeout)}s"
        if needs_init(self.target.stack_dir(stack)) and not self._init(run, command, lock):
            return
        self._start_forks(stack)
        if command == "diff":
            plan_dir = (
                Path(tempfile.mkdtemp(prefix="spoke-plan-")) if report else None  # private (0700)
            )
            try:
                args = ["plan", "-input=false", "-json", "-detailed-exitcode", lock, *terraform_args]
                if plan_dir is not None:
                    args.append(f"-out={plan_dir / 'plan'}")
                code, out, err = self._locked(stack, command, args)
                if code not in (0, 2):
                    self._fail(run, code, out, err)
                    return
                count_changes(run, out, "plan")
                run.changed = code == 2  # with -refresh-only: drift, though it counts nothing to change
                if plan_dir is not None and code == 2:
                    show_code, shown, show_err = self._terraform(
                        stack, command, ["show", "-json", str(plan_dir / "plan")]
                    )
                    if show_code != 0:
                        self._fail(run, show_code, shown, show_err)
                        return
                    refresh_only = "-refresh-only" in terraform_args
                    run.changes = report_changes(stack, json.loads(shown), self.scrub, refresh_only)
            finally:
                if plan_dir is not None:
                    shutil.rmtree(plan_dir, ignore_errors=True)
        else:
            args = ["apply", "-auto-approve", "-input=false", "-json", lock, *terraform_args]
            if command == "destroy":
                args.insert(1, "-destroy")
            code, out, err = self._locked(stack, command, args)
            if code != 0:
                self._fail(run, code, out, err)
                count_changes(run, out, "apply", partial=True)
                return
            count_changes(run, out, "apply")
        run.status = "done"

    # -- the whole fleet ---------------------------------------------------------------------------
    def synth(self) -> None:
        """``cdktf synth`` of the whole app: every stack's folder under ``cdktf.out/stacks``."""
        self.target.synth()

    def run(
        self,
        command: str,
        stacks: Sequence[str],
        *,
        report: bool = False,
        terraform_args: Sequence[str] = (),
    ) -> list[StackRun]:
        """Run ``command`` on ``stacks`` (already synthesized), at most ``parallel`` at a time;
        ``terraform_args`` are added to each stack's plan or apply (e.g. ``-refresh-only``)."""
        if command not in COMMANDS:
            raise FleetError(f"unknown command {command!r}: use one of {', '.join(COMMANDS)}")
        missing = [s for s in stacks if not (self.target.stack_dir(s) / "cdk.tf.json").is_file()]
        if missing:
            raise FleetError(f"not synthesized: {', '.join(missing)}. Fix: synthesize the app first")
        stale = [p for p in (stale_backend(self.config, self.target.stack_dir(s), s) for s in stacks) if p]
        if stale:
            raise FleetError(
                f"{'; '.join(stale)}: cdktf.out was synthesized before the config's state backend changed. "
                "Fix: synthesize the app again (run without --skip-synth)"
            )
        runs = [StackRun(stack) for stack in stacks]
        progress = Progress(self.progress_out, stacks, command) if self.progress_out else None
        show = progress.show if progress else (lambda run: None)
        for run in runs:
            show(run)
        pool = ThreadPoolExecutor(max_workers=self.parallel, thread_name_prefix="stack")
        after = first_on_each_remote(self.config, stacks) if command == "deploy" else {}
        finished = {run.stack: threading.Event() for run in runs}

        def one(run: StackRun) -> None:
            try:
                leader = after.get(run.stack)
                self._run_stack(
                    run, command, report, show, tuple(terraform_args), finished[leader] if leader else None
                )
            finally:
                finished[run.stack].set()

        # Leaders first: a follower waiting in a worker never blocks a leader that has not started.
        ordered = sorted(runs, key=lambda run: run.stack in after)
        pending = {pool.submit(one, run) for run in ordered}
        try:
            while pending:  # a timed wait, so that Ctrl-C reaches this thread at once
                done, pending = wait(pending, timeout=0.5)
                for future in done:
                    future.result()
        except KeyboardInterrupt:
            self.cancel()
            pool.shutdown(wait=True, cancel_futures=True)
            for run in runs:
                if run.status in ("waiting", "running"):
                    run.status = "cancelled"
            raise
        finally:
            if not self._cancelled.is_set():
                pool.shutdown(wait=True)
            self._stop_forks()
        return runs

    def cancel(self) -> None:
        """Stop every running terraform (and what it started), and start no other stack."""
        self._cancelled.set()
        with self._procs_lock:
            procs = list(self._procs)
        stop_groups(procs)  # all at once: one stack's grace period does not delay the others' signal
