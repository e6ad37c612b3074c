"""Run the cdktf CLI on the project's app in a work directory of its own, and read stack outputs.

Used by the demo, the end-to-end tests and the benchmark (and by any command that needs a stack's
outputs, e.g. `authorize`/`verify`). The work directory gets its own ``cdktf.json`` (the app is this
project's ``main.py``, run by this Python), its own ``cdktf.out``, ``HOME`` and ``TMPDIR``; the config
file is passed through ``SPOKE_CONFIG``. Everything runs offline:

- telemetry, update checks, crash reports and the plugin cache are switched off;
- ``TF_CLI_CONFIG_FILE`` points at the project's terraformrc (the provider's filesystem mirror);
- ``deploy``/``diff``/``destroy`` get ``--skip-provider-lock`` (``terraform providers lock`` ignores
  the mirror and would go online).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from servicenow_spoke.toolchain import Toolchain, selected
from spoke_app.prechecks import killed_message, killed_runs, missing_variables

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TERRAFORMRC = PROJECT_ROOT / ".build" / "terraform" / "terraformrc"
PROVIDER_SOURCE = "servicenow-spoke/servicenow"
PROVIDER_VERSION = "0.1.0"

OFFLINE_ENV: dict[str, str] = {
    "CHECKPOINT_DISABLE": "1",
    "JSII_SILENCE_SUPPORT_WARNING": "1",
    "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20,21",
    "DISABLE_VERSION_CHECK": "1",
    "CDKTF_DISABLE_PLUGIN_CACHE_ENV": "1",
    "NPM_CONFIG_UPDATE_NOTIFIER": "false",
    "FORCE_COLOR": "0",
    "NO_COLOR": "1",
    "TF_IN_AUTOMATION": "1",
    "TF_INPUT": "0",
    "CI": "1",  # no spinner: plain, line-by-line output
}

_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")


def strip_ansi(text: str) -> str:
    return _ANSI.sub("", text)


def cdktf_json(project_root: Path = PROJECT_ROOT, python: str = sys.executable) -> dict[str, Any]:
    """The cdktf.json of a work directory: the project's app and bindings, run by ``python``."""
    return {
        "language": "python",
        "app": f"{python} {project_root / 'main.py'}",
        "projectId": "servicenow-spoke-as-code",
        "sendCrashReports": "false",
        "codeMakerOutput": str(project_root / "providers"),
        "terraformProviders": [
            {"name": "servicenow", "source": PROVIDER_SOURCE, "version": PROVIDER_VERSION}
        ],
        "terraformModules": [],
        # CDK Terrain checks features against the Terraform the project targets (write-only attributes
        # need >= 1.11, the version setup ensures); cdktf ignores the field.
        "targetVersions": {"terraform": ">=1.11.0"},
        "context": {},
    }


def node_bin(toolchain: Toolchain, project_root: Path = PROJECT_ROOT) -> Path:
    """This repository's folder of the toolchain's CLI (and, for cdktn, of the Node it needs)."""
    return project_root / toolchain.node_prefix / "node_modules" / ".bin"


class CdktfError(RuntimeError):
    """A cdktf command failed; the message has the command, exit code and the end of its output."""


class MissingVariables(CdktfError):
    """A variable the config names is unset or empty: the command was not started."""


class IncompleteRun(CdktfError):
    """cdktf exited 0 but its terraform never finished (it was killed): the run failed."""


#: The line terraform ends a finished run of each command with (cdktf passes it through, per stack).
COMPLETE_LINES: dict[str, tuple[str, ...]] = {
    "deploy": ("Apply complete!",),
    "destroy": ("Destroy complete!",),
    "diff": ("No changes.", "Plan: ", "Changes to Outputs:"),
}


def check_complete(command: str, output: str) -> None:
    """Raise :class:`IncompleteRun` when a deploy/destroy/diff that exited 0 shows no finished terraform
    run: cdktf exits 0 even when its terraform was killed (SIGKILL, out of memory), and after a deploy it
    then prints "No outputs found"."""
    expected = COMPLETE_LINES.get(command)
    if expected is None:
        return
    killed = command == "deploy" and "No outputs found" in output
    if killed or not any(line in output for line in expected):
        raise IncompleteRun(
            f"cdktf {command} exited 0 but terraform did not finish (no {expected[0]!r} line"
            + (', and "No outputs found"' if killed else "")
            + "): it was probably killed. Records it was creating may be on the instance without being in "
            f"the state. Fix: run {command} again (a deploy takes such records over by their stable key, "
            f"never creating them twice).\n{_tail(output)}"
        )


#: Seconds a timed-out command's process group gets to stop after SIGTERM before it is killed.
STOP_GRACE = 5.0


def _tail(text: str, lines: int = 40) -> str:
    return "\n".join(strip_ansi(text).splitlines()[-lines:])


def _stop_group(proc: subprocess.Popen[str]) -> None:
    """End the command and everything it started (its own session: terraform, the provider...)."""
    stop_groups([proc])


def stop_groups(procs: Sequence[subprocess.Popen[str]]) -> None:
    """End each command and everything it started (each in a session of its own), all at once: SIGTERM
    to every group, up to ``STOP_GRACE`` seconds for all of them together, then SIGKILL to every group
    (members that ignored SIGTERM, or outlived their leader, included)."""
    for proc in procs:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
    deadline = time.monotonic() + STOP_GRACE
    for proc in procs:
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=max(0.0, deadline - time.monotonic()))
    for proc in procs:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
    for proc in procs:
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=STOP_GRACE)


#: Every file the commands write (state and its backups, plan files, cdktf.out, .terraform) is private:
#: files 0600, folders 0700.
PRIVATE_UMASK = 0o077


def remove_plan_files(out_dir: Path) -> list[Path]:
    """Delete the plan files cdktf leaves in ``cdktf.out/stacks/<stack>/plan``; return what was removed."""
    removed = []
    for plan in sorted(Path(out_dir).glob("stacks/*/plan")):
        if plan.is_file():
            plan.unlink()
            removed.append(plan)
    return removed


def run_process(
    args: Sequence[str], *, cwd: Path, env: Mapping[str, str], timeout: float, merge_stderr: bool
) -> tuple[int, str, str]:
    """Run a command in a session of its own; return (exit code, stdout, stderr).

    On timeout the whole process group is stopped (SIGTERM, then SIGKILL after :data:`STOP_GRACE`
    seconds), not only the command itself, so no terraform or provider process outlives it, and
    :class:`CdktfError` is raised with the end of the output.
    """
    proc = subprocess.Popen(
        list(args),
        cwd=cwd,
        env=dict(env),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT if merge_stderr else subprocess.PIPE,
        text=True,
        start_new_session=True,
        umask=PRIVATE_UMASK,
    )
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _stop_group(proc)
        try:
            stdout, stderr = proc.communicate(timeout=STOP_GRACE)
        except subprocess.TimeoutExpired:  # a descendant left the group and holds the pipe open
            proc.kill()
            stdout, stderr = "", ""
        output = _tail((stdout or "") + (stderr or ""))
        raise CdktfError(
            f"{' '.join(args)} timed out after {timeout:g} s; it and the processes it started were "
            f"stopped. Fix: look at the output below, or give the workspace a longer timeout:\n{output}"
        ) from None
    except BaseException:
        _stop_group(proc)
        raise
    return proc.returncode, stdout or "", stderr or ""


@dataclass
class Workspace:
    """A work directory for running the cdktf CLI on one config file."""

    root: Path
    config: Path
    terraformrc: Path = DEFAULT_TERRAFORMRC
    secrets: Mapping[str, str] = field(default_factory=dict)  # variable name -> value (TF_VAR_<name>)
    project_root: Path = PROJECT_ROOT
    timeout: float = 300.0
    toolchain: Toolchain = field(default_factory=selected)  # SPOKE_TOOLCHAIN: cdktf or cdktn

    def __post_init__(self) -> None:
        self.root = Path(self.root)
        for sub in ("home", "tmp"):
            (self.root / sub).mkdir(mode=0o700, parents=True, exist_ok=True)
        (self.root / "cdktf.json").write_text(json.dumps(cdktf_json(self.project_root), indent=2) + "\n")

    @property
    def cli(self) -> Path:
        """The toolchain's CLI in the project: cdktf, or cdktn with SPOKE_TOOLCHAIN=cdktn."""
        return node_bin(self.toolchain, self.project_root) / self.toolchain.cli

    @property
    def out_dir(self) -> Path:
        return self.root / "cdktf.out"

    def stack_dir(self, stack: str) -> Path:
        return self.out_dir / "stacks" / stack

    def env(self, extra: Mapping[str, str] | None = None) -> dict[str, str]:
        env = dict(os.environ)
        env.update(OFFLINE_ENV)
        bins = [str(node_bin(self.toolchain, self.project_root)), str(Path(sys.executable).parent)]
        env["PATH"] = os.pathsep.join([*bins, env.get("PATH", "")])
        env["HOME"] = str(self.root / "home")
        env["TMPDIR"] = str(self.root / "tmp")
        env["TF_CLI_CONFIG_FILE"] = str(self.terraformrc)
        env["SPOKE_CONFIG"] = str(self.config)
        env.pop("CDKTF_OUTDIR", None)
        env["SPOKE_TOOLCHAIN"] = self.toolchain.name  # the app run by the CLI imports the same one
        for name, value in self.secrets.items():
            env[f"TF_VAR_{name}"] = value
        if extra:
            env.update(extra)
        return env

    def run(self, args: Sequence[str], *, check: bool = True, env: Mapping[str, str] | None = None) -> str:
        """Run a command in the work directory; return its combined output with colours removed."""
        code, stdout, _ = run_process(
            args, cwd=self.root, env=self.env(env), timeout=self.timeout, merge_stderr=True
        )
        output = strip_ansi(stdout)
        if check and code != 0:
            raise CdktfError(f"{' '.join(args)} exited {code}:\n{_tail(output)}")
        return output

    def cdktf(self, command: str, *args: str, check: bool = True) -> str:
        """Run a cdktf command (the ``cdktn`` CLI with SPOKE_TOOLCHAIN=cdktn). ``deploy``/``diff``/``destroy``
        first check that every variable the config names is set (:class:`MissingVariables` otherwise:
        nothing runs), and with ``check`` a run that exits 0 without terraform's closing line is an error
        too (:class:`IncompleteRun`)."""
        cli = str(self.cli)
        extra: list[str] = []
        if command in ("deploy", "destroy", "diff"):
            extra.append("--skip-provider-lock")
            missing = missing_variables(self.config, self.env())
            if missing:
                raise MissingVariables(
                    f"cdktf {command} not started: Terraform would wait at its input prompt for these "
                    f"variables (or fail later with an unrelated message):\n" + "\n".join(missing)
                )
        if command in ("deploy", "destroy"):
            extra.append("--auto-approve")
        try:
            output = self.run([cli, command, *args, *extra], check=check)
        finally:
            # The plan files cdktf leaves (`diff`, `deploy`) are removed, whatever the outcome.
            remove_plan_files(self.out_dir)
        if check:
            check_complete(command, output)
            killed = killed_runs(self.config) if command in COMPLETE_LINES else []
            if killed:
                raise IncompleteRun(f"{killed_message(command, killed)}\n{_tail(output)}")
        return output

    def synth(self) -> None:
        """``cdktf synth``: every stack of the config under ``cdktf.out/stacks``."""
        self.cdktf("synth")

    def terraform(self, stack: str, *args: str, check: bool = True) -> str:
        """Run terraform in a synthesized stack's directory (after a deploy/diff initialised it)."""
        return self._terraform_in(self.stack_dir(stack), args, check)

    def _terraform_in(self, cwd: Path, args: Sequence[str], check: bool) -> str:
        code, stdout, stderr = run_process(
            ["terraform", *args], cwd=cwd, env=self.env(), timeout=self.timeout, merge_stderr=False
        )
        if check and code != 0:
            raise CdktfError(f"terraform {' '.join(args)} exited {code}:\n{strip_ansi(stderr)}")
        return stdout

    def outputs(self, stack: str) -> dict[str, Any]:
        """The stack's outputs (name -> value), read from its state."""
        raw = json.loads(self.terraform(stack, "output", "-json"))
        return {name: entry["value"] for name, entry in raw.items()}


def outputs_of(
    stack_dir: Path, terraformrc: Path = DEFAULT_TERRAFORMRC, timeout: float = 120.0
) -> dict[str, Any]:
    """Outputs of a deployed stack directory (``cdktf.out/stacks/<stack>``), e.g. for `authorize`."""
    env = dict(os.environ)
    env.update(OFFLINE_ENV)
    env["TF_CLI_CONFIG_FILE"] = str(terraformrc)
    code, stdout, stderr = run_process(
        ["terraform", "output", "-json"], cwd=Path(stack_dir), env=env, timeout=timeout, merge_stderr=False
    )
    if code != 0:
        raise CdktfError(f"terraform output -json exited {code} in {stack_dir}:\n{strip_ansi(stderr)}")
    return {name: entry["value"] for name, entry in json.loads(stdout).items()}
