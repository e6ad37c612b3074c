"""The project's PostgreSQL: setup finds (or installs) the server; a private cluster starts on
127.0.0.1 with a password, and stops by its own data folder and pid."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

import pg8000.native
import pytest

from tools.postgres import (
    CLUSTER_USER,
    PostgresError,
    attach,
    ensure,
    find_bin_dir,
    main,
    private_cluster,
    start,
)


def _ends(pid: int, timeout: float = 10.0) -> bool:
    """Whether process ``pid`` is gone (or a zombie) within ``timeout`` seconds (polled)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (FileNotFoundError, IndexError):
            return True
        if state in ("Z", "X"):
            return True
        time.sleep(0.05)
    return False


def test_setup_finds_the_server_and_running_it_again_changes_nothing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    first = ensure()
    assert first == ensure(quiet=True) == find_bin_dir()
    assert all((first / name).exists() for name in ("initdb", "pg_ctl", "postgres"))
    assert "PostgreSQL" in capsys.readouterr().out


def test_a_private_cluster_takes_its_password_on_loopback_only_and_stops_by_its_own_pid(
    tmp_path: Path,
) -> None:
    ensure(quiet=True)
    with private_cluster() as cluster:
        connection = pg8000.native.Connection(
            CLUSTER_USER, host="127.0.0.1", port=cluster.port, password=cluster.password, database="postgres"
        )
        assert connection.run("SHOW listen_addresses") == [["127.0.0.1"]]
        connection.close()
        with pytest.raises(pg8000.native.DatabaseError, match="password authentication failed"):
            pg8000.native.Connection(
                CLUSTER_USER, host="127.0.0.1", port=cluster.port, password="wrong", database="postgres"
            )
        pid = cluster.postmaster_pid()
        assert pid is not None
        root = cluster.root
    assert _ends(pid), f"postmaster {pid} still runs after the fixture stopped it"
    assert not root.exists()


def test_start_and_stop_from_the_command_line_are_idempotent(capsys: pytest.CaptureFixture[str]) -> None:
    ensure(quiet=True)
    folder = Path(tempfile.mkdtemp(prefix="spoke-pg-test-"))  # a new folder under /tmp, handed to the cluster
    try:
        assert main(["start", "--dir", str(folder)]) == 0
        line = capsys.readouterr().out
        assert line.startswith("export SPOKE_PG_CONN='postgres://spoke:") and "@127.0.0.1:" in line
        assert main(["start", "--dir", str(folder)]) == 0  # already running: the same server
        assert capsys.readouterr().out == line
        pid = attach(folder).postmaster_pid()
        assert main(["stop", "--dir", str(folder)]) == 0
        assert main(["stop", "--dir", str(folder)]) == 0
        assert pid is not None and _ends(pid)
        restarted = start(folder)  # the data is kept: the same password, a new port
        restarted.stop()
    finally:
        if (folder / "port").exists():
            attach(folder).stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.skipif(os.geteuid() != 0, reason="only root hands the cluster to another user")
def test_a_folder_the_clusters_user_cannot_reach_is_refused_with_the_fix(tmp_path: Path) -> None:
    with pytest.raises(PostgresError, match="cannot enter .*Fix: use a folder every user can reach"):
        start(tmp_path / "cluster")  # pytest's base folder is private to root
