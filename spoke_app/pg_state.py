"""The ``pg`` state backend seen from the runner: the connection string and who holds a stack's lock.

Terraform's pg backend keeps each stack's state in the table ``<schema>.states`` (one row per workspace)
and locks it with PostgreSQL advisory locks: the row's ``id`` while a run holds the state, and ``-1``
while a workspace is being created (database-wide, shared by every schema). The locks belong to the
database session of the terraform process that holds them, so they end with it: a killed run leaves no
stale lock.

When a lock is taken, terraform's error shows the lock info of the run that was refused, not of the one
holding it. The runner therefore tags every connection it makes with ``application_name`` (``spoke
<command> <stack> <user>@<host> pid <pid>``), and on a lock error looks the holder up in ``pg_locks`` and
``pg_stat_activity``.
"""

from __future__ import annotations

import getpass
import json
import os
import re
import socket
import ssl
import time
import uuid
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

#: Advisory lock key terraform takes while it creates a workspace (any schema of the database).
CREATE_LOCK_KEY = -1
_APPLICATION_NAME_BYTES = 63


class PgConnectionError(ValueError):
    """The connection string is missing or not usable; the message names the variable, never the value."""


def application_name(command: str, stack: str) -> str:
    """What a run of ours is called in ``pg_stat_activity`` (PostgreSQL keeps 63 bytes of it)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = str(os.getuid())
    name = f"spoke {command} {stack} {user}@{socket.gethostname()} pid {os.getpid()}"
    return name.encode()[:_APPLICATION_NAME_BYTES].decode(errors="ignore")


def is_url(conn_str: str) -> bool:
    return conn_str.startswith(("postgres://", "postgresql://"))


def tagged(conn_str: str, name: str) -> str:
    """``conn_str`` with ``application_name`` set (URL or ``key=value`` form); other settings kept."""
    if is_url(conn_str):
        parts = urlsplit(conn_str)
        query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "application_name"]
        query.append(("application_name", name))
        return urlunsplit(parts._replace(query=urlencode(query)))
    quoted = name.replace("\\", "\\\\").replace("'", "\\'")
    return f"{conn_str} application_name='{quoted}'"


def conn_str_from(environ: dict[str, str] | os._Environ[str], variable: str, config_key: str) -> str:
    """The connection string from ``$variable``; a clear error (naming the variable only) when it is unset
    or one that terraform would misread (:func:`conn_str_problem`)."""
    value = environ.get(variable, "")
    if not value.strip():
        raise PgConnectionError(
            f"the pg state backend reads its connection string from ${variable} ({config_key}), which is not "
            f"set. Fix: export {variable}='postgres://USER:PASSWORD@HOST:PORT/DATABASE' (keep it out of "
            "files), "
            'or use backend = "local"'
        )
    problem = conn_str_problem(value)
    if problem:
        raise PgConnectionError(
            f"the connection string in ${variable} ({config_key}) cannot be read: {problem}. Fix: in a "
            "postgres:// URL, percent-encode the special characters of the user name and password (# as "
            "%23, / as %2F, ? as %3F, @ as %40, : as %3A, % as %25, a space as %20); in key=value form, "
            "quote a value that has a space or a quote: password='...' (\\' for a quote)"
        )
    return value


_BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
#: What Go's URL parser (terraform's) takes in a URL's user name and password; it quotes the whole URL
#: in its error otherwise.
_USERINFO = re.compile(r"[A-Za-z0-9\-._~!$&'()*+,;=:%@]*")
#: A key of a key=value connection string (lib/pq's keys and the server's parameters are lower case).
_KEY = re.compile(r"[a-z][a-z0-9_]*")


def _key_values(conn_str: str) -> dict[str, str] | str:
    """The settings of a ``key=value`` connection string as lib/pq reads them, or what is wrong with it."""
    settings: dict[str, str] = {}
    text, i = conn_str, 0
    while True:
        while i < len(text) and text[i].isspace():
            i += 1
        if i == len(text):
            return settings
        start = i
        while i < len(text) and text[i] != "=" and not text[i].isspace():
            i += 1
        key = text[start:i]
        while i < len(text) and text[i].isspace():
            i += 1
        if not key or i == len(text) or text[i] != "=":
            return f"setting {len(settings) + 1} is not key=value"
        i += 1
        while i < len(text) and text[i].isspace():
            i += 1
        value, quoted = [], i < len(text) and text[i] == "'"
        i += quoted
        while i < len(text) and (text[i] != "'" if quoted else not text[i].isspace()):
            if text[i] == "\\" and i + 1 < len(text):
                i += 1
            value.append(text[i])
            i += 1
        if quoted:
            if i == len(text):
                return f"the quoted value of {key!r} has no closing quote"
            i += 1
        settings[key] = "".join(value)


def conn_str_problem(conn_str: str) -> str:
    """What makes ``conn_str`` unreadable, never quoting it ('' when it reads well). Terraform's pg backend
    (Go's URL parser, lib/pq) would quote the part it stumbles on, which is often the password: a ``#``,
    ``/`` or ``?`` in a URL's password cuts the URL there, and the rest is read as the port."""
    if is_url(conn_str):
        if "#" in conn_str:
            return "it has a '#' (a URL ends there)"
        if _BAD_ESCAPE.search(conn_str):
            return "it has a '%' that is not followed by two hex digits"
        rest = conn_str.split("://", 1)[1]
        authority = re.split(r"[/?#]", rest, maxsplit=1)[0]
        if "@" not in authority and "@" in rest:
            return "it has an '@' after the host: the user name or password has a '/' or '?'"
        userinfo = authority.rpartition("@")[0]
        if not _USERINFO.fullmatch(userinfo):
            return (
                "its user name or password has a character a URL does not allow there (a space, a quote, "
                "a backslash, ...)"
            )
        try:
            urlsplit(conn_str).port  # noqa: B018 - it raises when what follows the host is not a port
        except ValueError:
            return "its host and port cannot be told apart from the rest"
        return ""
    settings = _key_values(conn_str)
    if isinstance(settings, str):
        return settings
    odd = [index for index, key in enumerate(settings, 1) if not _KEY.fullmatch(key)]
    if odd:  # lib/pq sends an unknown key to the server, which quotes it back: often a password's word
        return f"setting {odd[0]} is not a lower-case key: a value with a space must be quoted"
    return ""


def conn_str_secrets(conn_str: str) -> list[str]:
    """The password of a connection string, as written and as meant (for the scrubbers)."""
    if is_url(conn_str):
        try:
            parts = urlsplit(conn_str)
        except ValueError:
            return []
        written = [parts.password or "", *(v for k, v in parse_qsl(parts.query) if k == "password")]
        return [each for password in written for each in (password, unquote(password)) if each]
    settings = _key_values(conn_str)
    return [settings["password"]] if isinstance(settings, dict) and settings.get("password") else []


@dataclass(frozen=True)
class LockHolder:
    pid: int
    application_name: str
    client: str
    since: datetime | None
    creating: bool = False  # holds the database-wide lock terraform takes while creating a workspace

    def describe(self) -> str:
        who = self.application_name or "a client that did not name itself (not a spoke run)"
        when = f", connected since {self.since:%Y-%m-%d %H:%M:%S}" if self.since else ""
        what = (
            " (the database-wide workspace-creation lock: any stack's first run takes it)"
            if self.creating
            else ""
        )
        return (
            f"{who}{what} (PostgreSQL backend pid {self.pid}, from {self.client or 'a local socket'}{when})"
        )


def _connect(conn_str: str):  # type: ignore[no-untyped-def]
    import pg8000.native  # imported here: only a lock error needs it

    if not is_url(conn_str):
        raise PgConnectionError("the connection string is not a postgres:// URL")
    parts = urlsplit(conn_str)
    query = dict(parse_qsl(parts.query))
    sslmode = query.get("sslmode", "prefer")
    context: ssl.SSLContext | bool | None
    if sslmode == "disable":
        context = None
    elif sslmode in ("verify-ca", "verify-full"):
        context = ssl.create_default_context(cafile=query.get("sslrootcert"))
        context.check_hostname = sslmode == "verify-full"
    else:
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return pg8000.native.Connection(
        user=unquote(parts.username or getpass.getuser()),
        password=unquote(parts.password) if parts.password is not None else None,
        host=parts.hostname or "localhost",
        port=parts.port or 5432,
        database=unquote(parts.path.lstrip("/")) or None,
        ssl_context=context,
        timeout=10,
        application_name="spoke lock lookup",
    )


def _key(classid: int, objid: int) -> int:
    """The int8 key of an advisory lock from pg_locks' two oid halves."""
    value = (int(classid) << 32) | int(objid)
    return value - (1 << 64) if value >= 1 << 63 else value


def lock_holders(conn_str: str, schema: str, workspace: str = "default") -> list[LockHolder]:
    """Who holds the state lock of ``schema``'s workspace (or the database-wide creation lock) now."""
    connection = _connect(conn_str)
    try:
        rows = (
            connection.run(
                "SELECT id FROM " + _identifier(schema) + ".states WHERE name = :name", name=workspace
            )
            if _states_table_exists(connection, schema)
            else []
        )
        keys = {CREATE_LOCK_KEY} | {int(row[0]) for row in rows}
        locks = connection.run(
            "SELECT l.classid, l.objid, a.pid, coalesce(a.application_name, ''), "
            "coalesce(host(a.client_addr), ''), a.backend_start FROM pg_locks l "
            "JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted "
            "AND l.objsubid = 1 "
            "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
        )
    finally:
        connection.close()
    holders = [
        LockHolder(int(pid), name, client, since, _key(classid, objid) == CREATE_LOCK_KEY)
        for classid, objid, pid, name, client, since in locks
        if _key(classid, objid) in keys
    ]
    return sorted(set(holders), key=lambda h: (h.creating, h.pid))


def _states_table_exists(connection, schema: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether the pg backend's ``states`` table is in ``schema`` (terraform creates the schema first,
    then the table: between the two, the schema alone exists)."""
    return bool(
        connection.run(
            "SELECT 1 FROM pg_tables WHERE schemaname = :schema AND tablename = 'states'", schema=schema
        )
    )


def _identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def workspace_exists(conn_str: str, schema: str, workspace: str = "default") -> bool:
    """Whether ``schema`` already holds a state row for ``workspace`` (True when it cannot be told)."""
    try:
        connection = _connect(conn_str)
    except Exception:  # noqa: BLE001 - cannot tell: act as if it exists (nothing is written)
        return True
    try:
        return _states_table_exists(connection, schema) and bool(
            connection.run(f"SELECT 1 FROM {_identifier(schema)}.states WHERE name = :name", name=workspace)
        )
    except Exception:  # noqa: BLE001
        return True
    finally:
        connection.close()


def empty_state(terraform_version: str = "1.11.0") -> str:
    """A state with nothing in it: pushed once per new stack, it creates the stack's workspace row."""
    return json.dumps(
        {
            "version": 4,
            "terraform_version": terraform_version,
            "serial": 1,
            "lineage": str(uuid.uuid4()),
            "outputs": {},
            "resources": [],
            "check_results": None,
        }
    )


def wait_for_creation_lock(conn_str: str, schema: str, timeout: float) -> bool:
    """Whether the lock in the way was only the database-wide creation lock and it was released in time.

    Terraform takes advisory lock -1 in every schema of a database while it creates a workspace, so the
    first runs of two different stacks refuse each other although they share no state: such a refusal
    is waited out (polling, up to ``timeout`` seconds) and the run retried. A lock on the stack's own
    state is not waited for here.
    """
    deadline = time.monotonic() + timeout
    while True:
        try:
            holders = lock_holders(conn_str, schema)
        except Exception:  # noqa: BLE001 - cannot tell: do not retry
            return False
        if any(not holder.creating for holder in holders):
            return False
        if not holders:
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)


def describe_lock(conn_str: str, schema: str, stack: str) -> str:
    """One sentence naming the lock and who holds it (or why that could not be found out)."""
    lock = f'the state lock of stack {stack!r} (pg backend, schema "{schema}", workspace "default")'
    try:
        holders = lock_holders(conn_str, schema)
    except Exception as error:  # noqa: BLE001 - a failed lookup must not hide the lock error itself
        reason = type(error).__name__
        return f"{lock} is held by another run (who holds it could not be looked up: {reason})"
    if not holders:
        return f"{lock} was held by another run, which has released it since"
    return f"{lock} is held by " + "; ".join(holder.describe() for holder in holders)
