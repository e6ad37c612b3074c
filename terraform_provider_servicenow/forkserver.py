"""Provider processes started from a warm copy: a fork server for runs of many terraform commands.

Terraform starts this provider 5 to 7 times per plan or apply of a stack (one process per provider
configuration and graph walk), and a fresh Python spends most of each start (~0.15-0.25 s of CPU) on
importing grpc, protobuf, cryptography and the provider, then on tearing them down. A run of many stacks
(`spoke deploy --all`) starts one fork server instead: a process that imports all of that once and forks
one child per provider start.

The launcher terraform runs (written by ``install``) looks at the variable :data:`ENV_VAR`. When it names
the fork server's Unix socket, the launcher sends its argv, working directory, environment and umask, and
its stdin/stdout/stderr (``SCM_RIGHTS``), over it; the server forks, and the child becomes the provider
process terraform talks to: the launcher's environment, folder, umask and output streams, so terraform's
handshake and everything after it go exactly where they would have gone. The launcher waits, passes on
SIGINT/SIGTERM/SIGHUP/SIGQUIT to the child, and exits with the child's exit code (a child that such a
signal ended ends the launcher with the same signal; one killed otherwise makes it exit 1). A launcher
that dies (SIGKILL) closes the connection, and the child ends at once.

Without the variable, when nothing answers on the socket, or when the server runs a different copy of the
provider than the launcher's own (it compares the launchers' real paths: the code beside them is what the
lock file's hash covers), the launcher starts the provider in its own process, as it always did.

The server only imports modules before it forks (nothing that reads the environment, the configuration
or the catalog runs there), accepts connections from its own user only, and ends when its stdin closes
(the process that started it is gone) or on SIGTERM; children already forked keep serving their runs.

The client side (:func:`run_forked`) runs before ``site`` is loaded and imports nothing but built-in
modules, so that a start through the fork server costs a few milliseconds.
"""

from __future__ import annotations

import marshal
import os
import sys

ENV_VAR = "SERVICENOW_PROVIDER_FORK_SERVER"
PROTOCOL = 1
READY_LINE = "fork server ready"
FORKED_PREFIX = "forked "  # its last line: how many provider processes it started
_FDS = (0, 1, 2)
_INT = 4
_FORWARDED_SIGNALS = ("SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT")


def _recv_exact(sock, size: int) -> bytes:  # type: ignore[no-untyped-def]
    data = b""
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if not chunk:
            break
        data += chunk
    return data


# -- the launcher's side ------------------------------------------------------------------------------
def run_forked(address: str, launcher: str) -> int | None:
    """Have the fork server at ``address`` start the provider for this launcher; its exit code.

    None when there is no usable fork server: the caller then starts the provider itself."""
    import _signal
    import _socket

    try:
        sock = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    except OSError:
        return None
    try:
        sock.connect(address)
        mask = os.umask(0)
        os.umask(mask)
        body = marshal.dumps((PROTOCOL, launcher, list(sys.argv), os.getcwd(), dict(os.environ), mask))
        fds = b"".join(fd.to_bytes(_INT, sys.byteorder) for fd in _FDS)
        head = len(body).to_bytes(_INT, "big")
        sent = sock.sendmsg([head], [(_socket.SOL_SOCKET, _socket.SCM_RIGHTS, fds)])
        if sent != len(head):
            sock.close()
            return None
        sock.sendall(body)
        reply = _recv_exact(sock, 1 + _INT)
    except OSError:
        sock.close()
        return None
    if len(reply) != 1 + _INT or reply[:1] != b"P":
        sock.close()
        return None  # refused (another copy of the provider) or gone: start here
    pid = int.from_bytes(reply[1:], "big")

    forwarded: list[int] = []

    def forward(signum: int, _frame: object) -> None:
        forwarded.append(signum)
        try:
            os.kill(pid, signum)
        except OSError:
            pass

    for name in _FORWARDED_SIGNALS:
        _signal.signal(getattr(_signal, name), forward)
    try:
        status = _recv_exact(sock, 1 + _INT)
    except OSError:
        status = b""
    if len(status) == 1 + _INT and status[:1] == b"X":
        return int.from_bytes(status[1:], "big", signed=True)
    if forwarded:  # it ended on the signal this launcher got: so does the launcher, as a provider would
        _signal.signal(forwarded[-1], _signal.SIG_DFL)
        os.kill(os.getpid(), forwarded[-1])
    os.write(2, f"provider process {pid} ended without an exit status (killed)\n".encode())
    return 1


# -- the server's side --------------------------------------------------------------------------------
def _preload() -> None:
    """Import what a provider process imports over its life (never run any of it)."""
    import importlib
    import pkgutil

    package = os.path.dirname(os.path.abspath(__file__))
    names = [f"terraform_provider_servicenow.{m.name}" for m in pkgutil.iter_modules([package])]
    names += [
        "requests",
        "tf.runner",
        "tf.provider",
        "tf.gen.tfplugin_pb2_grpc",
        "tf.gen.grpc_controller_pb2_grpc",
        "tf.gen.grpc_stdio_pb2_grpc",
        "cryptography.x509",
        "cryptography.hazmat.primitives.serialization",
        "cryptography.hazmat.primitives.hashes",
        "cryptography.hazmat.primitives.asymmetric.rsa",
    ]
    for name in names:
        if name.endswith((".__main__", ".install", ".docs", ".forkserver")):
            continue
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - a child that needs it reports the problem for real
            continue
    from terraform_provider_servicenow import protocol, servicer

    protocol.messages()  # the extended protocol's message classes: static, built once here
    servicer.install()


def serve_forks(address: str, launcher: str) -> None:
    """Listen on ``address`` and fork one provider process per launcher that asks; see the module doc."""
    import gc
    import select
    import signal
    import socket

    _preload()
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    old_mask = os.umask(0o077)
    try:
        listener.bind(address)
    finally:
        os.umask(old_mask)
    listener.listen(64)

    def stop(_signum: int, _frame: object) -> None:
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, stop)
    own = os.path.realpath(launcher)
    print(READY_LINE, flush=True)
    gc.freeze()  # children share the imported objects instead of scanning (and copying) them
    forked = 0
    try:
        while True:
            readable, _, _ = select.select([listener, sys.stdin], [], [], 1.0)
            _reap()
            if sys.stdin in readable and not os.read(sys.stdin.fileno(), 4096):
                return  # whoever started the server is gone
            if listener in readable:
                conn, _ = listener.accept()
                try:
                    forked += _start_one(conn, listener, own)
                except OSError:
                    pass  # that launcher went away or sent garbage: it starts the provider itself
                finally:
                    conn.close()
    finally:
        listener.close()
        _reap()
        try:
            os.unlink(address)
        except OSError:
            pass
        try:
            print(f"{FORKED_PREFIX}{forked}", flush=True)
        except OSError:
            pass


def _reap() -> None:
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def _start_one(conn, listener, own: str) -> int:  # type: ignore[no-untyped-def]
    """Fork a provider process for the launcher on ``conn``: 1 when one was started, else 0."""
    import socket
    import struct

    creds = conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    _pid, uid, _gid = struct.unpack("3i", creds)
    conn.settimeout(10.0)
    head, ancillary, _flags, _ = conn.recvmsg(_INT, socket.CMSG_SPACE(len(_FDS) * _INT))
    fds: list[int] = []
    for level, kind, data in ancillary:
        if level == socket.SOL_SOCKET and kind == socket.SCM_RIGHTS:
            usable = len(data) - len(data) % _INT
            fds += [int.from_bytes(data[i : i + _INT], sys.byteorder) for i in range(0, usable, _INT)]
    try:
        if uid != os.getuid() or len(head) != _INT or len(fds) != len(_FDS):
            return 0
        size = int.from_bytes(head, "big")
        body = _recv_exact(conn, size) if 0 < size <= 1 << 22 else b""
        if len(body) != size:
            return 0
        try:
            request = marshal.loads(body)
        except (EOFError, ValueError, TypeError):
            request = None
        if not (isinstance(request, tuple) and len(request) == 6 and request[0] == PROTOCOL):
            conn.sendall(b"N" + bytes(_INT))
            return 0
        _, launcher, argv, cwd, env, mask = request
        if os.path.realpath(launcher) != own:
            conn.sendall(b"N" + bytes(_INT))  # another copy of the provider: the launcher runs its own
            return 0
        conn.settimeout(None)
        sys.stdout.flush()
        sys.stderr.flush()
        if os.fork() == 0:
            _child(conn, listener, fds, argv, cwd, env, mask)  # never returns
        return 1
    finally:
        for fd in fds:
            os.close(fd)


def _child(conn, listener, fds: list[int], argv: list[str], cwd: str, env: dict, mask: int) -> None:  # type: ignore[no-untyped-def]
    """The provider process: the launcher's streams, folder, environment and umask; then serve."""
    code = 1
    try:
        import signal
        import threading

        listener.close()
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        for target, fd in zip(_FDS, fds, strict=True):
            os.dup2(fd, target)
            os.close(fd)
        fds.clear()
        conn.sendall(b"P" + os.getpid().to_bytes(_INT, "big"))
        os.chdir(cwd)
        os.umask(mask)
        os.environ.clear()
        os.environ.update(env)
        sys.argv = list(argv)
        _fresh_process_state()

        def watch() -> None:  # the launcher died (or closed its end): so does this process
            try:
                conn.recv(1)
            except OSError:
                pass
            os._exit(1)

        threading.Thread(target=watch, name="launcher-watch", daemon=True).start()
        from terraform_provider_servicenow.provider import serve

        serve()
        code = 0
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
    except BaseException:  # noqa: BLE001 - reported as a normal process would, then the exit code
        import traceback

        traceback.print_exc()
        code = 1
    finally:
        code = _finish(code)
        try:
            conn.sendall(b"X" + code.to_bytes(_INT, "big", signed=True))
        except OSError:
            pass
        os._exit(code)


def _fresh_process_state() -> None:
    """What a new process would not share with its siblings: random state and cached temp folder."""
    import random
    import tempfile

    random.seed()
    tempfile.tempdir = None


def _finish(code: int) -> int:
    """What interpreter exit does that matters here: wait for non-daemon threads, run exit handlers, flush
    the streams; the teardown of every module is skipped (the process ends with os._exit)."""
    import atexit
    import threading

    try:
        shutdown = getattr(threading, "_shutdown", None)
        if shutdown is not None:
            shutdown()
        atexit._run_exitfuncs()
    except BaseException:  # noqa: BLE001 - exiting anyway
        code = code or 1
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    return code
