"""Test helpers: an emulator in-process (:func:`run_emulator`) or as a process (:func:`spawn_emulator`)."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import fields
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from servicenow_emulator import choices as C
from servicenow_emulator.app import EmulatorApp
from servicenow_emulator.faults import FaultSettings
from servicenow_emulator.server import EmulatorServer

_FAULT_KEYS = {f.name for f in fields(FaultSettings)}


class Emulator:
    """A running in-process emulator: its URL, name and direct access to its store for assertions."""

    def __init__(self, app: EmulatorApp, server: EmulatorServer, admin_password: str) -> None:
        self.app = app
        self.server = server
        self.url = server.url
        self.name = app.name
        self.admin_password = admin_password

    @property
    def auth(self) -> tuple[str, str]:
        """Basic-auth pair of the admin user, for ``requests``."""
        return (C.ADMIN_USER, self.admin_password)

    def set_faults(self, **options: Any) -> None:
        """Replace the fault settings (unnamed options go back to their defaults: off)."""
        self.app.faults.set(FaultSettings.from_json(options))

    def clear_faults(self) -> None:
        self.app.faults.set(FaultSettings())

    def faults(self) -> dict[str, Any]:
        return self.app.faults.get().to_json()

    def requests(self) -> list[dict[str, Any]]:
        """The request log (never a body, header or secret parameter)."""
        return self.app.log.entries()

    def clear_requests(self) -> None:
        self.app.log.clear()

    def get_record(self, table: str, sys_id: str) -> dict[str, str] | None:
        """The raw stored values of a record of ``table`` (or a table extending it); None if absent."""
        found = self.app.instance.get(table, sys_id)
        return dict(found[1]) if found else None

    def query(self, table: str, encoded_query: str = "") -> list[dict[str, str]]:
        """Raw stored records matching an encoded query (no ACL), in the order the query asks."""
        return [dict(r) for _cls, r in self.app.instance.query(table, encoded_query)]

    def decrypt(self, value: str) -> str | None:
        """The clear text of a stored password2 value (None if it is not a valid ciphertext)."""
        return self.app.instance.cipher.decrypt(value)

    def stop(self) -> None:
        self.server.stop()


@contextlib.contextmanager
def run_emulator(
    name: str = "instance",
    *,
    seed: str | None = "spoke",
    admin_password: str = C.DEFAULT_ADMIN_PASSWORD,
    data: str | os.PathLike[str] | None = None,
    without_columns: tuple[str, ...] = (),
    **fault_options: Any,
) -> Iterator[Emulator]:
    """Run an emulator on 127.0.0.1 (free port) in a background thread; stopped when the block ends."""
    unknown = set(fault_options) - _FAULT_KEYS
    if unknown:
        raise TypeError(f"unknown fault option(s) {sorted(unknown)}; known: {sorted(_FAULT_KEYS)}")
    app = EmulatorApp(
        name,
        data=os.fspath(data) if data is not None else None,
        seed=seed,
        admin_password=admin_password,
        faults=FaultSettings.from_json(fault_options),
        without_columns=tuple(without_columns),
    )
    server = EmulatorServer(app, port=0)
    server.start()
    emulator = Emulator(app, server, admin_password)
    try:
        yield emulator
    finally:
        server.stop()


class SpawnedEmulator:
    """An emulator in its own process (``python -m servicenow_emulator``)."""

    def __init__(self, process: subprocess.Popen[str], url: str, name: str, admin_password: str) -> None:
        self.process = process
        self.url = url
        self.name = name
        self.admin_password = admin_password

    @property
    def auth(self) -> tuple[str, str]:
        return (C.ADMIN_USER, self.admin_password)

    def stop(self, timeout: float = 10.0) -> int:
        """SIGTERM, wait; returns the exit code (kills it if it does not stop in time)."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout)
        for stream in (self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()
        return int(self.process.returncode)

    def __enter__(self) -> SpawnedEmulator:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def spawn_emulator(
    name: str,
    *,
    seed: str | None = "spoke",
    admin_password: str = C.DEFAULT_ADMIN_PASSWORD,
    data: str | os.PathLike[str] | None = None,
    extra_args: Sequence[str] = (),
    python: str = sys.executable,
    start_timeout: float = 30.0,
) -> SpawnedEmulator:
    """Start ``python -m servicenow_emulator --port 0 ...`` and read its URL from the first stdout line."""
    args = [
        python,
        "-m",
        "servicenow_emulator",
        "--port",
        "0",
        "--name",
        name,
    ]
    if seed:
        args += ["--seed", seed]
    if data is not None:
        args += ["--data", os.fspath(data)]
    args += list(extra_args)
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parent.parent)
    # The password goes in the environment, not on argv (which any user can read with ps).
    env[C.ADMIN_PASSWORD_ENV] = admin_password
    env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    # stderr goes to a file, not a pipe nobody reads (a full pipe would block the emulator).
    errors = tempfile.TemporaryFile(mode="w+")
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=errors, text=True, env=env, cwd=root)
    assert process.stdout is not None
    line: list[str] = []
    reader = threading.Thread(target=lambda: line.append(process.stdout.readline()), daemon=True)  # type: ignore[union-attr]
    reader.start()
    reader.join(start_timeout)
    url = line[0].strip() if line else ""
    if not url.startswith("http://"):
        if process.poll() is None:
            process.kill()
        process.wait(10)
        errors.seek(0)
        message = errors.read().strip()[-2000:]
        errors.close()
        process.stdout.close()
        raise RuntimeError(f"the emulator did not start (exit {process.returncode}): {message}")
    errors.close()  # the child keeps its own descriptor
    return SpawnedEmulator(process, url, name, admin_password)


def wait_until(predicate: Any, timeout: float = 10.0, interval: float = 0.02) -> bool:
    """Poll ``predicate`` until it is truthy or ``timeout`` passes; returns its last truthiness."""
    deadline = time.monotonic() + timeout
    while True:
        if predicate():
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(interval)


class _FormParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.forms: list[dict[str, Any]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form":
            self.forms.append({"action": a.get("action", ""), "method": a.get("method", "get"), "fields": {}})
        elif tag == "input" and self.forms and a.get("name"):
            self.forms[-1]["fields"][a["name"]] = a.get("value", "")
        elif tag == "button" and self.forms and a.get("name"):
            self.forms[-1].setdefault("buttons", {})[a.get("value", "")] = a["name"]


def parse_forms(page: str) -> list[dict[str, Any]]:
    """The forms of a page: [{"action", "method", "fields": {name: value}, "buttons": {value: name}}]."""
    parser = _FormParser()
    parser.feed(page)
    return parser.forms


def submit_form(session: Any, response: Any, values: dict[str, str], button: str | None = None) -> Any:
    """Fill and submit the first form of ``response`` as a browser would (``requests`` session)."""
    forms = parse_forms(response.text)
    if not forms:
        raise AssertionError(f"no form on the page {response.url} (HTTP {response.status_code})")
    form = forms[0]
    data = dict(form["fields"])
    data.update(values)
    if button is not None:
        data[form.get("buttons", {})[button]] = button
    target = urljoin(response.url, form["action"] or response.url)
    if form["method"].lower() == "post":
        return session.post(target, data=data, timeout=30)
    return session.get(target, params=data, timeout=30)


def get_oauth_token(
    local_url: str,
    local_auth: tuple[str, str],
    remote_auth: tuple[str, str],
    credential_sys_id: str,
    profile_sys_id: str,
) -> Any:
    """Click "Get OAuth Token" on the local instance and drive the browser part of the flow.

    Logs in to the local instance, opens ``/oauth_initiator.do`` for the credential, logs in to the
    remote instance, allows access, and follows the redirect back to the local ``/oauth_redirect.do``.
    Returns the final ``requests`` response (the local instance's result page).
    """
    import requests

    session = requests.Session()
    answer = session.post(
        f"{local_url}/login.do",
        data={"user_name": local_auth[0], "user_password": local_auth[1]},
        timeout=30,
    )
    answer.raise_for_status()
    answer = session.get(
        f"{local_url}/oauth_initiator.do",
        params={
            "oauth_requestor_context": "oauth_2_0_credentials",
            "oauth_requestor": credential_sys_id,
            "oauth_provider_profile": profile_sys_id,
            "response_type": "code",
        },
        timeout=30,
    )
    if "user_password" in answer.text:
        answer = submit_form(session, answer, {"user_name": remote_auth[0], "user_password": remote_auth[1]})
    if "allow" in answer.text:
        answer = submit_form(session, answer, {}, button="allow")
    return answer
