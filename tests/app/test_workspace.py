"""Workspace commands that hang: the whole process tree is stopped and the caller gets a CdktfError."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import pytest

from spoke_app.workspace import CdktfError, Workspace
from tests.processes import alive, wait_for

# A stand-in for `cdktf deploy`: it starts a child (as cdktf starts terraform, which starts the
# provider) that ignores SIGTERM, reports the child's pid, prints a line, then waits forever.
HANGING_COMMAND = """
import subprocess, sys, time
child = subprocess.Popen([sys.executable, sys.argv[3], sys.argv[2]])
open(sys.argv[1], "w").write(str(child.pid))
print("planning...", flush=True)
while True:
    time.sleep(1)
"""
STUBBORN_CHILD = """
import signal, sys, time
signal.signal(signal.SIGTERM, signal.SIG_IGN)
open(sys.argv[1], "w").write("ready")
while True:
    time.sleep(1)
"""


def test_a_command_that_times_out_is_stopped_with_its_children_and_raises_cdktf_error(
    tmp_path: Path,
) -> None:
    script, child_script = tmp_path / "hang.py", tmp_path / "child.py"
    script.write_text(HANGING_COMMAND)
    child_script.write_text(STUBBORN_CHILD)
    pid_file, ready_file = tmp_path / "child.pid", tmp_path / "child.ready"
    workspace = Workspace(tmp_path / "work", tmp_path / "spoke.toml", timeout=10.0)
    with pytest.raises(CdktfError) as caught:
        workspace.run([sys.executable, str(script), str(pid_file), str(ready_file), str(child_script)])
    message = str(caught.value)
    assert "timed out after 10 s" in message and "Fix:" in message
    assert "planning..." in message  # the output so far is kept
    assert ready_file.read_text() == "ready", "the child did not start within the timeout"
    child = int(pid_file.read_text())
    try:
        assert wait_for(lambda: not alive(child), 20.0), f"child {child} outlived the timed-out command"
    finally:
        if alive(child):  # leave nothing running when the check fails
            os.kill(child, signal.SIGKILL)


def test_a_command_that_finishes_in_time_returns_its_output(tmp_path: Path) -> None:
    workspace = Workspace(tmp_path / "work", tmp_path / "spoke.toml", timeout=30.0)
    code = "import os; print('hello', os.environ['SPOKE_CONFIG'])"
    assert workspace.run([sys.executable, "-c", code]) == f"hello {tmp_path / 'spoke.toml'}\n"
    with pytest.raises(CdktfError, match=r"exited 3:\nboom"):
        workspace.run([sys.executable, "-c", "print('boom'); raise SystemExit(3)"])
