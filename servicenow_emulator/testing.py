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
from dataclasses import dataclass, field, fields
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


# ---------------------------------------------------------------------- custom tables through the Table API
@dataclass(frozen=True)
class NewColumn:
    """A column to make with :func:`create_table`: one ``sys_dictionary`` record (and its choices)."""

    element: str
    internal_type: str = "string"
    label: str = ""
    max_length: int | None = None
    mandatory: bool = False
    read_only: bool = False
    #: The target table of a ``reference`` column.
    reference: str = ""
    default_value: str = ""
    #: (value, label) pairs: one ``sys_choice`` record each, in this order (sequence 0, 1, ...).
    choices: tuple[tuple[str, str], ...] = ()
    #: The column's hint (its ``sys_documentation`` record).
    hint: str = ""
    #: Whether it is the table's display column.
    display: bool = False
    #: Whether the column has a unique index (sys_dictionary.unique).
    unique: bool = False


@dataclass
class CreatedTable:
    """What :func:`create_table` made: the table's name and sys_id, each column's sys_dictionary sys_id."""

    name: str
    sys_id: str
    columns: dict[str, str] = field(default_factory=dict)
    choices: dict[str, list[str]] = field(default_factory=dict)


class TableApiError(RuntimeError):
    """A Table API call of :func:`create_table` / :func:`drop_table` failed: the step, status and message."""


def _call(session: Any, method: str, url: str, step: str, **kwargs: Any) -> Any:
    kwargs.setdefault("timeout", 30)
    answer = session.request(method, url, **kwargs)
    if answer.status_code >= 300:
        try:
            error = answer.json().get("error") or {}
            said = f"{error.get('message')}: {error.get('detail')}"
        except ValueError:
            said = answer.text[:300]
        raise TableApiError(f"{step}: HTTP {answer.status_code} {said}")
    return answer.json()["result"] if answer.content else None


def create_table(
    url: str,
    auth: tuple[str, str],
    name: str,
    *,
    label: str,
    columns: Sequence[NewColumn] = (),
    extends: str | None = None,
    extendable: bool = False,
    create_access_controls: bool = False,
    user_role: str | None = None,
) -> CreatedTable:
    """Make a custom table with columns and choices on an instance the way an admin's script does, through
    the Table API only: a ``sys_db_object`` record, then a ``sys_dictionary`` record per column, a
    ``sys_choice`` record per choice and, for a hint, its ``sys_documentation`` record updated.

    Works against the emulator (``run_emulator`` / ``spawn_emulator``: pass ``.url`` and ``.auth``) and a real
    instance (an admin's user and password). A failure raises :class:`TableApiError` naming the step, and
    removes what was made before it (the table), so nothing is half-made.
    """
    import requests

    base = url.rstrip("/") + "/api/now/table"
    plain = {"sysparm_exclude_reference_link": "true"}
    with requests.Session() as session:
        session.auth = auth
        table: dict[str, Any] = {
            "name": name,
            "label": label,
            "is_extendable": extendable,
            "create_access_controls": create_access_controls,
        }
        if extends:
            table["super_class"] = extends
        if user_role:
            table["user_role"] = user_role
        record = _call(
            session, "POST", f"{base}/sys_db_object", f"create table {name}", json=table, params=plain
        )
        made = CreatedTable(name, record["sys_id"])
        try:
            for column in columns:
                _create_column(session, base, made, column)
        except Exception:
            with contextlib.suppress(Exception):
                _call(session, "DELETE", f"{base}/sys_db_object/{made.sys_id}", f"remove table {name}")
            raise
    return made


def _create_column(session: Any, base: str, made: CreatedTable, column: NewColumn) -> None:
    plain = {"sysparm_exclude_reference_link": "true"}
    entry: dict[str, Any] = {
        "name": made.name,
        "element": column.element,
        "internal_type": column.internal_type,
        "column_label": column.label,
        "mandatory": column.mandatory,
        "read_only": column.read_only,
        "default_value": column.default_value,
        "display": column.display,
        "unique": column.unique,
    }
    if column.max_length is not None:
        entry["max_length"] = column.max_length
    if column.reference:
        entry["reference"] = column.reference
    if column.choices:
        entry["choice"] = 1
    step = f"create column {made.name}.{column.element}"
    made.columns[column.element] = _call(
        session, "POST", f"{base}/sys_dictionary", step, json=entry, params=plain
    )["sys_id"]
    for sequence, (value, label) in enumerate(column.choices):
        choice = {
            "name": made.name,
            "element": column.element,
            "value": value,
            "label": label,
            "sequence": sequence,
            "language": "en",
        }
        step = f"create choice {value!r} of {made.name}.{column.element}"
        created = _call(session, "POST", f"{base}/sys_choice", step, json=choice, params=plain)
        made.choices.setdefault(column.element, []).append(created["sys_id"])
    if column.hint:
        query = {**plain, "sysparm_query": f"name={made.name}^element={column.element}^language=en"}
        step = f"find the label of {made.name}.{column.element}"
        docs = _call(session, "GET", f"{base}/sys_documentation", step, params=query)
        if not docs:
            raise TableApiError(f"{step}: the instance made no sys_documentation record for the column")
        step = f"set the hint of {made.name}.{column.element}"
        _call(
            session,
            "PATCH",
            f"{base}/sys_documentation/{docs[0]['sys_id']}",
            step,
            json={"hint": column.hint},
            params=plain,
        )


def drop_table(url: str, auth: tuple[str, str], name: str) -> bool:
    """Delete a custom table (its ``sys_db_object`` record) through the Table API; False if there was none."""
    import requests

    base = url.rstrip("/") + "/api/now/table"
    with requests.Session() as session:
        session.auth = auth
        query = {"sysparm_query": f"name={name}", "sysparm_fields": "sys_id,name"}
        rows = _call(session, "GET", f"{base}/sys_db_object", f"find table {name}", params=query)
        rows = [r for r in rows if r["name"] == name]
        if not rows:
            return False
        _call(session, "DELETE", f"{base}/sys_db_object/{rows[0]['sys_id']}", f"drop table {name}")
    return True
