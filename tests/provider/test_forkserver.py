"""The provider's fork server (terraform_provider_servicenow/forkserver.py; spoke_app.provider_forks
starts it): a launcher run with SERVICENOW_PROVIDER_FORK_SERVER gets its provider process forked from the
warm server, in the launcher's folder, with its umask, streams and environment; a signal to the launcher
reaches it and a killed launcher takes it along; without a usable server the launcher starts the provider
itself; and real terraform runs a whole lifecycle through it.
"""

from __future__ import annotations

import os
import re
import select
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from servicenow_emulator.testing import Emulator
from spoke_app.provider_forks import ForkServer
from terraform_provider_servicenow.forkserver import ENV_VAR
from terraform_provider_servicenow.install import LAUNCHER_NAME, install, provider_dir
from tests.processes import alive, living, wait_for
from tests.provider.conftest import PROVIDER_REQUIREMENTS, TerraformRun

HANDSHAKE = re.compile(r"^1\|6\|unix\|[^|]+\|grpc\|\S+$")


def _children(parent: int) -> list[int]:
    return living(lambda p: p.ppid == parent)


def _handshake(proc: subprocess.Popen[str], timeout: float = 30.0) -> str:
    assert proc.stdout is not None
    readable, _, _ = select.select([proc.stdout], [], [], timeout)
    assert readable, "no handshake line from the provider"
    return proc.stdout.readline().strip()


@pytest.fixture
def launcher(provider_mirror: Path) -> Path:
    return provider_dir(provider_mirror) / LAUNCHER_NAME


@pytest.fixture
def server(launcher: Path) -> Iterator[ForkServer]:
    forks = ForkServer(launcher, os.environ)
    yield forks
    forks.stop()


def _start(launcher: Path, env: dict[str, str], cwd: Path, umask: int = -1) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [str(launcher)],
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        umask=umask,
    )


def test_a_launcher_gets_a_forked_provider_in_its_own_folder_with_its_umask_and_a_killed_launcher_ends_it(
    launcher: Path, server: ForkServer, tmp_path: Path
) -> None:
    work = tmp_path / "stack"
    work.mkdir()
    proc = _start(launcher, {**os.environ, ENV_VAR: server.address}, work, umask=0o027)
    try:
        assert HANDSHAKE.match(_handshake(proc))
        (child,) = _children(server.proc.pid)  # the provider process is the server's, not a new Python
        assert _children(proc.pid) == []
        assert Path(f"/proc/{child}/cwd").resolve() == work.resolve()
        umask = re.search(r"^Umask:\s+(\d+)$", Path(f"/proc/{child}/status").read_text(), re.M)
        assert umask is not None and int(umask.group(1), 8) == 0o027
        # Its stdout is the launcher's (terraform's pipe): the handshake came through it.
        assert os.readlink(f"/proc/{child}/fd/1") == os.readlink(f"/proc/{proc.pid}/fd/1")
        proc.kill()  # terraform gone wild, or killed: the provider must not outlive its launcher
        proc.wait(timeout=30)
        assert wait_for(lambda: not alive(child)), f"provider process {child} outlived its launcher"
    finally:
        proc.kill()
        proc.communicate()
    server.stop()
    assert server.forked == 1


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_to_the_launcher_reaches_the_provider_and_both_end(
    launcher: Path, server: ForkServer, tmp_path: Path, sig: signal.Signals
) -> None:
    proc = _start(launcher, {**os.environ, ENV_VAR: server.address}, tmp_path)
    try:
        assert HANDSHAKE.match(_handshake(proc))
        (child,) = _children(server.proc.pid)
        proc.send_signal(sig)
        code = proc.wait(timeout=30)
        assert not alive(child) or wait_for(lambda: not alive(child))
        # SIGTERM ends the provider by the signal, and the launcher the same way. SIGINT is a
        # KeyboardInterrupt in the provider: it stops tf's server and exits 0, or 1 when it lands before
        # tf's serving loop, as in a provider started directly; the launcher exits with that code.
        if sig == signal.SIGTERM:
            assert code == -signal.SIGTERM, proc.stderr.read()
        else:
            assert code in (0, 1) and "ended without an exit status" not in proc.stderr.read()
    finally:
        proc.kill()
        proc.communicate()


def test_without_a_usable_server_the_launcher_starts_the_provider_itself(
    launcher: Path, server: ForkServer, tmp_path: Path
) -> None:
    other_mirror = install(tmp_path / "other-mirror")  # another copy of the provider: refused
    cases = {
        "no server": (launcher, str(tmp_path / "nothing-here.sock")),
        "another copy": (other_mirror.provider_dir / LAUNCHER_NAME, server.address),
    }
    for case, (which, address) in cases.items():
        proc = _start(which, {**os.environ, ENV_VAR: address}, tmp_path)
        try:
            assert HANDSHAKE.match(_handshake(proc)), case
            assert _children(server.proc.pid) == [], case
            sockets = [os.readlink(f"/proc/{proc.pid}/fd/{fd}") for fd in os.listdir(f"/proc/{proc.pid}/fd")]
            assert any(link.startswith("socket:") for link in sockets), case  # it serves gRPC itself
        finally:
            proc.kill()
            proc.communicate()
    server.stop()
    assert server.forked == 0


@pytest.mark.acceptance
def test_terraform_runs_a_whole_lifecycle_through_the_fork_server_with_settings_only_in_its_environment(
    terraform: TerraformRun, provider_mirror: Path, emulator: Emulator
) -> None:
    forks = ForkServer(provider_dir(provider_mirror) / LAUNCHER_NAME, terraform.env)
    try:
        # The server never saw these: each forked provider must read its own launcher's environment.
        env = {
            ENV_VAR: forks.address,
            "SERVICENOW_INSTANCE_URL": emulator.url,
            "SERVICENOW_USERNAME": "admin",
            "SERVICENOW_PASSWORD": emulator.admin_password,
        }
        terraform.write(
            PROVIDER_REQUIREMENTS
            + 'provider "servicenow" {}\n'
            + 'resource "servicenow_record" "p" {\n  table = "sys_properties"\n'
            + '  fields = { name = "x.forked.provider", value = "one" }\n}\n'
        )
        terraform.init()
        terraform.apply(extra_env=env)
        (record,) = emulator.query("sys_properties", "name=x.forked.provider")
        assert record["value"] == "one"
        plan = terraform.run("plan", "-no-color", "-detailed-exitcode", extra_env=env, check=False)
        assert plan.returncode == 0 and "No changes." in plan.stdout, plan.stdout + plan.stderr
        terraform.run("destroy", "-auto-approve", "-no-color", extra_env=env)
        assert emulator.query("sys_properties", "name=x.forked.provider") == []
        assert wait_for(lambda: _children(forks.proc.pid) == [])  # every provider process ended
    finally:
        forks.stop()
    # init starts no provider; apply, plan and destroy each start it several times
    assert forks.forked >= 6, forks.forked
