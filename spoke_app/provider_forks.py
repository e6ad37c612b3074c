"""One warm provider process for a fleet run: the provider's fork server, started and stopped by the runner.

Terraform starts the ServiceNow provider 5 to 7 times per stack and command, and most of each start is
Python importing the same modules again. For a run of many stacks the runner starts the provider's fork
server once (``<launcher> --fork-server SOCKET``, from the provider copy that ``terraform init`` linked into
a stack's ``.terraform`` folder) and gives every terraform it runs ``SERVICENOW_PROVIDER_FORK_SERVER``:
each provider start then forks from the warm server instead of starting a new Python. How the launcher
and the server do it, and why the provider process is the same as before (environment, folder, streams,
exit code): ``terraform_provider_servicenow/forkserver.py``.

The server is an optimisation only: when it cannot start, the runs go on with ordinary provider starts
(the reason is returned, for one line of progress). Its socket sits in a private (0700) temporary folder
that is removed when it stops.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path

from terraform_provider_servicenow import PROVIDER_HOST, PROVIDER_NAMESPACE, PROVIDER_TYPE
from terraform_provider_servicenow.forkserver import ENV_VAR, FORKED_PREFIX, READY_LINE

from .workspace import PRIVATE_UMASK

START_TIMEOUT = 60.0
STOP_TIMEOUT = 10.0


def installed_launcher(stack_dir: Path) -> Path | None:
    """The provider's launcher that ``terraform init`` installed for a stack (a link into the mirror)."""
    base = stack_dir / ".terraform" / "providers" / PROVIDER_HOST / PROVIDER_NAMESPACE / PROVIDER_TYPE
    found = sorted(base.glob(f"*/*/terraform-provider-{PROVIDER_TYPE}_v*"))
    return found[-1] if found else None


def server_env(environ: Mapping[str, str]) -> dict[str, str]:
    """The server's environment: what it imports never needs a secret (no TF_VAR_*, no connection
    string); each provider process it forks gets its own launcher's environment, secrets included."""
    return {
        k: v for k, v in environ.items() if k not in (ENV_VAR, "PG_CONN_STR") and not k.startswith("TF_VAR_")
    }


class ForkServer:
    """A running fork server; ``env()`` is what terraform's environment needs to use it."""

    def __init__(self, launcher: Path, environ: Mapping[str, str], timeout: float = START_TIMEOUT) -> None:
        self.launcher = Path(os.path.realpath(launcher))
        self.forked = 0  # provider processes it started, known once it stopped
        self.folder = Path(tempfile.mkdtemp(prefix="spoke-provider-"))  # 0700
        self.address = str(self.folder / "fork.sock")
        self._errors = (self.folder / "server.err").open("w+")
        self.proc = subprocess.Popen(
            [str(self.launcher), "--fork-server", self.address],
            cwd=self.folder,
            # What the server imports never needs a secret: no TF_VAR_* or connection string in its env.
            env={
                k: v
                for k, v in environ.items()
                if k not in (ENV_VAR, "PG_CONN_STR") and not k.startswith("TF_VAR_")
            },
            stdin=subprocess.PIPE,  # closed by stop(), or when this process dies: the server then ends
            stdout=subprocess.PIPE,
            stderr=self._errors,
            start_new_session=True,  # a Ctrl-C at the terminal goes to the runner, which stops it
            umask=PRIVATE_UMASK,
        )
        try:
            self._wait_ready(timeout)
        except BaseException:
            self.stop()
            raise

    def _wait_ready(self, timeout: float) -> None:
        out = self._read_until(time.monotonic() + timeout, READY_LINE.encode() + b"\n")
        if out.endswith(READY_LINE.encode() + b"\n"):
            return
        if self.proc.poll() is None:
            raise RuntimeError(f"the provider's fork server did not start within {timeout:g} s")
        self._errors.seek(0)
        tail = " ".join(self._errors.read().split()[-40:])
        raise RuntimeError(f"the provider's fork server exited {self.proc.wait()}: {tail or 'no message'}")

    def _read_until(self, deadline: float, end: bytes | None) -> bytes:
        """The server's output until it ends with ``end``, the server closes it, or the deadline."""
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        data = b""
        while (left := deadline - time.monotonic()) > 0:
            readable, _, _ = select.select([fd], [], [], left)
            if not readable:
                break
            chunk = os.read(fd, 4096)
            if not chunk:
                break
            data += chunk
            if end is not None and data.endswith(end):
                break
        return data

    def _read_count(self, deadline: float) -> None:
        """Read the server's last lines until it closes its output (or the deadline): its fork count."""
        for line in self._read_until(deadline, None).decode(errors="replace").splitlines():
            if line.startswith(FORKED_PREFIX) and line[len(FORKED_PREFIX) :].isdigit():
                self.forked = int(line[len(FORKED_PREFIX) :])

    def env(self) -> dict[str, str]:
        return {ENV_VAR: self.address}

    def stop(self) -> None:
        """End the server (children serving a terraform keep going) and remove its folder."""
        if self.proc.poll() is None:
            if self.proc.stdin is not None:
                self.proc.stdin.close()  # the server's signal to end: it prints its count and exits
            self._read_count(time.monotonic() + STOP_TIMEOUT)
            try:
                self.proc.wait(timeout=STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                self.proc.terminate()
                try:
                    self.proc.wait(timeout=STOP_TIMEOUT)
                except subprocess.TimeoutExpired:
                    self.proc.kill()
                    self.proc.wait()
        self._errors.close()
        shutil.rmtree(self.folder, ignore_errors=True)
