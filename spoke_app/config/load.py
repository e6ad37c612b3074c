"""Reading and checking a config file: :func:`load_config` (the format: :mod:`spoke_app.config`).

Every problem is a :class:`~spoke_app.config.model.ConfigError` naming the file, the key and the fix,
raised before anything is built or written; a value that may be a secret pasted by mistake is never
printed back.
"""

from __future__ import annotations

import inspect
import os
import re
import tomllib
import types
import typing
from pathlib import Path
from typing import Any

from servicenow_spoke.spoke import RemoteInstanceSpoke
from servicenow_spoke.validation import SpokeValidationError, check_instance_url

from .model import (
    BACKENDS,
    CLIENT_SECRET_VARIABLE,
    DEFAULT_PG_SCHEMA_PREFIX,
    PG_CONN_STR,
    PROPERTY_ON_DESTROY,
    ConfigError,
    CredentialConfig,
    InstanceConfig,
    PairConfig,
    PgSettings,
    SpokeConfig,
    instance_key,
)

_STACK_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")
_VARIABLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_SECRET_KEYS = ("password", "client_secret", "secret", "token")
# Options the config cannot set: instances and secrets have their own tables, outputs are per stack.
_NOT_OPTIONS = {"remote", "local", "local_user_name", "local_password", "client_secret", "output_prefix"}
_SCHEMA_PREFIX = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_POSTGRES_NAME_BYTES = 63  # NAMEDATALEN - 1: longer schema names are cut by PostgreSQL
_SECRET_HOME = (
    "secrets are named by variable: password_variable in [pair.remote], [pair.local] and "
    f"[pair.local_credential], {CLIENT_SECRET_VARIABLE} in [pair.options]"
)


def spoke_options() -> dict[str, type]:
    """The keyword arguments of RemoteInstanceSpoke a config may set, with their plain type."""
    hints = typing.get_type_hints(RemoteInstanceSpoke.__init__)
    result: dict[str, type] = {}
    for name, parameter in inspect.signature(RemoteInstanceSpoke.__init__).parameters.items():
        if parameter.kind is not inspect.Parameter.KEYWORD_ONLY or name in _NOT_OPTIONS:
            continue
        hint = hints[name]
        if isinstance(hint, types.UnionType):
            hint = next(a for a in typing.get_args(hint) if a is not type(None))
        result[name] = hint
    return result


def _toml_kind(value: Any) -> str:
    names = {bool: "a boolean", int: "an integer", float: "a float", str: "a string", list: "an array"}
    return names.get(type(value), type(value).__name__)


def _type_name(kind: type) -> str:
    return {bool: "true or false", int: "a whole number", str: "a string"}.get(kind, kind.__name__)


class _Reader:
    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, key: str, problem: str, fix: str) -> typing.NoReturn:
        raise ConfigError(self.path, key, problem, fix)

    def table(self, data: Any, key: str, header: str | None = None) -> dict[str, Any]:
        """``data`` as a table; ``header`` is how the table is written in the file (default ``[key]``)."""
        if not isinstance(data, dict):
            self.fail(
                key,
                f"expected a table, got {_toml_kind(data)}",
                f"write it as a table: {header or f'[{key}]'} followed by its keys",
            )
        return data

    def known_keys(self, data: dict[str, Any], key: str, allowed: typing.Iterable[str]) -> None:
        allowed = list(allowed)
        for name in data:
            full = f"{key}.{name}" if key else name
            if name in _SECRET_KEYS:
                instead = f"{name}_variable"
                self.fail(
                    full,
                    "secrets never go in the config file",
                    f'remove it, write {instead} = "<variable name>" instead and set TF_VAR_<variable name> '
                    "in the environment"
                    if instead in allowed
                    else f"remove it ({_SECRET_HOME}); set TF_VAR_<variable name> in the environment",
                )
            if name not in allowed:
                self.fail(full, "unknown key", "use one of: " + ", ".join(allowed))

    def string(self, data: dict[str, Any], key: str, name: str) -> str:
        full = f"{key}.{name}"
        if name not in data:
            self.fail(full, "missing", f'add {name} = "..." to [{key}]')
        value = data[name]
        if not isinstance(value, str) or not value.strip():
            # A *_variable key may hold a secret pasted by mistake: its value is never printed back.
            shown = f"a {_toml_kind(value)}" if name.endswith("_variable") else repr(value)
            self.fail(full, f"expected a non-empty string, got {shown}", f'write {name} = "..."')
        return value

    def variable(self, data: dict[str, Any], key: str, name: str) -> str:
        value = self.string(data, key, name)
        if not _VARIABLE_NAME.match(value):
            self.fail(
                f"{key}.{name}",
                "the value is not a valid Terraform variable name (not shown: it may be a secret pasted "
                "by mistake; the secret itself goes in TF_VAR_<name>, never in this file)",
                "use letters, digits and underscores, not starting with a digit (TF_VAR_<name> holds the "
                "value)",
            )
        return value

    def instance(self, data: Any, key: str, header: str) -> InstanceConfig:
        data = self.table(data, key, header)
        self.known_keys(data, key, ("url", "username", "password_variable"))
        url = self.string(data, key, "url")
        try:
            url = check_instance_url(str(self.path), "url", url)
        except SpokeValidationError as error:
            self.fail(f"{key}.url", error.problem, error.fix)
        return InstanceConfig(
            url=url,
            username=self.string(data, key, "username"),
            password_variable=self.variable(data, key, "password_variable"),
        )

    def options(self, data: Any, key: str) -> tuple[dict[str, Any], str | None]:
        """The spoke's keyword arguments, and the client secret's variable name (or None)."""
        data = self.table(data, key, "[pair.options]")
        allowed = spoke_options()
        self.known_keys(data, key, [*allowed, CLIENT_SECRET_VARIABLE])
        secret_variable = (
            self.variable(data, key, CLIENT_SECRET_VARIABLE) if CLIENT_SECRET_VARIABLE in data else None
        )
        data = {name: value for name, value in data.items() if name != CLIENT_SECRET_VARIABLE}
        for name, value in data.items():
            kind = allowed[name]
            ok = isinstance(value, kind) and (kind is bool or not isinstance(value, bool))
            if not ok:
                self.fail(
                    f"{key}.{name}",
                    f"expected {_type_name(kind)}, got {value!r}",
                    f"write {name} = <{_type_name(kind)}>",
                )
        return data, secret_variable


def _unwritable(folder: Path) -> str | None:
    """Why state cannot be written under `folder` (checked before any deploy), or None: the folder, or
    the nearest existing one above it (where it would be created), must be a writable directory."""
    existing = folder
    while not existing.exists():
        if existing.parent == existing:
            return "no part of it exists"
        existing = existing.parent
    if not existing.is_dir():
        return f"{str(existing)!r} is a file, not a folder"
    if not os.access(existing, os.W_OK | os.X_OK):
        return f"{str(existing)!r} is not writable by this user"
    return None


def _read_text(path: Path) -> str:
    def fail(problem: str, fix: str) -> typing.NoReturn:
        raise ConfigError(path, "(file)", problem, fix) from None

    try:
        data = path.read_bytes()
    except FileNotFoundError:
        fail("the config file does not exist", "create it (see spoke.toml) or set SPOKE_CONFIG")
    except IsADirectoryError:
        fail(
            "this is a directory, not a config file",
            f"point SPOKE_CONFIG at the TOML file itself, e.g. {path / 'spoke.toml'}",
        )
    except OSError as error:
        fail(f"the config file cannot be read ({error.strerror})", "make it a readable file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        fail(
            f"not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start})",
            "save the file as UTF-8 (TOML files are UTF-8)",
        )


def load_config(path: Path | str) -> SpokeConfig:
    """Read and check a config file; raise :class:`ConfigError` naming the file, the key and the fix."""
    path = Path(path)
    reader = _Reader(path)
    text = _read_text(path)
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(path, "(syntax)", f"not valid TOML: {error}", "fix the TOML syntax") from None
    reader.known_keys(raw, "", ("settings", "pair"))
    settings = reader.table(raw.get("settings", {}), "settings")
    for name in ("conn_str", "pg_conn_str"):
        if name in settings:
            reader.fail(
                f"settings.{name}",
                "a connection string holds the database password: it never goes in the config file",
                "remove it, export it in an environment variable (default PG_CONN_STR) and name that "
                'variable with pg_conn_str_variable = "<variable name>"',
            )
    reader.known_keys(
        settings, "settings", ("state_dir", "backend", "pg_conn_str_variable", "pg_schema_prefix")
    )
    state_dir = (
        Path(reader.string(settings, "settings", "state_dir")) if "state_dir" in settings else Path(".state")
    )
    try:
        if not state_dir.is_absolute():
            state_dir = (path.parent / state_dir).resolve()
    except (OSError, ValueError) as error:
        reader.fail("settings.state_dir", f"{str(state_dir)!r} is not a usable path ({error})", "give a path")
    backend, pg = _backend(reader, settings)
    problem = _unwritable(state_dir) if backend == "local" else None
    if problem:
        reader.fail(
            "settings.state_dir",
            f"{str(state_dir)!r} cannot hold the state: {problem}",
            "give a folder you can write to (it is created when missing), or make this one writable",
        )

    pairs_raw = raw.get("pair")
    if isinstance(pairs_raw, dict):
        reader.fail(
            "pair",
            "expected [[pair]] tables (one per instance pair), got a single [pair] table",
            "write [[pair]] with two brackets",
        )
    if not isinstance(pairs_raw, list) or not pairs_raw:
        reader.fail("pair", "no instance pair is configured", "add at least one [[pair]] table")
    pairs: list[PairConfig] = []
    seen: set[str] = set()
    locals_seen: dict[str, tuple[int, str]] = {}  # instance -> (pair index, stack)
    for index, entry in enumerate(pairs_raw):
        key = f"pair[{index}]"
        entry = reader.table(entry, key, "[[pair]] (two brackets)")
        reader.known_keys(entry, key, ("stack", "remote", "local", "local_credential", "options"))
        stack = reader.string(entry, key, "stack")
        if not _STACK_NAME.match(stack):
            reader.fail(
                f"{key}.stack", f"{stack!r} is not a valid stack name", "use letters, digits, '-' and '_'"
            )
        if stack in seen:
            reader.fail(
                f"{key}.stack", f"stack {stack!r} is configured twice", "give each pair its own stack name"
            )
        seen.add(stack)
        for part in ("remote", "local", "local_credential"):
            if part not in entry:
                reader.fail(f"{key}.{part}", "missing", f"add a [pair.{part}] table")
        remote = reader.instance(entry["remote"], f"{key}.remote", "[pair.remote]")
        local = reader.instance(entry["local"], f"{key}.local", "[pair.local]")
        if instance_key(remote.url) == instance_key(local.url):
            reader.fail(
                f"{key}.local.url",
                "the local and the remote instance are the same",
                "the spoke joins two different instances: give each its own URL",
            )
        other = locals_seen.get(instance_key(local.url))
        if other is not None:
            reader.fail(
                f"{key}.local.url",
                f"pair[{other[0]}] (stack {other[1]!r}) and pair[{index}] (stack {stack!r}) have the same "
                f"local instance {local.url}: both stacks would adopt and overwrite its one RemoteSpoke "
                "registry and connections",
                "configure each local instance in one pair only: remove one of the two pairs, or point it "
                "at another local instance",
            )
        locals_seen[instance_key(local.url)] = (index, stack)
        credential = reader.table(
            entry["local_credential"], f"{key}.local_credential", "[pair.local_credential]"
        )
        reader.known_keys(credential, f"{key}.local_credential", ("user_name", "password_variable"))
        local_credential = CredentialConfig(
            user_name=reader.string(credential, f"{key}.local_credential", "user_name"),
            password_variable=reader.variable(credential, f"{key}.local_credential", "password_variable"),
        )
        options, secret_variable = reader.options(entry.get("options", {}), f"{key}.options")
        if pg is not None and len(pg.schema(stack).encode()) > _POSTGRES_NAME_BYTES:
            reader.fail(
                f"{key}.stack",
                f"the pg backend keeps this stack's state in schema {pg.schema(stack)!r}, longer than "
                f"PostgreSQL's {_POSTGRES_NAME_BYTES} bytes",
                "use a shorter stack name or settings.pg_schema_prefix",
            )
        pairs.append(PairConfig(stack, remote, local, local_credential, options, secret_variable))
    _check_shared_remotes(reader, pairs)
    return SpokeConfig(path=path, pairs=tuple(pairs), state_dir=state_dir, backend=backend, pg=pg)


def _backend(reader: _Reader, settings: dict[str, Any]) -> tuple[str, PgSettings | None]:
    """``[settings] backend`` and, for ``pg``, where the connection string comes from."""
    backend = reader.string(settings, "settings", "backend") if "backend" in settings else "local"
    if backend not in BACKENDS:
        reader.fail("settings.backend", f"{backend!r} is not a state backend", 'use "local" or "pg"')
    pg_keys = [name for name in ("pg_conn_str_variable", "pg_schema_prefix") if name in settings]
    if backend != "pg":
        if pg_keys:
            reader.fail(
                f"settings.{pg_keys[0]}",
                'only the "pg" backend uses it',
                f'set backend = "pg", or remove {pg_keys[0]}',
            )
        return backend, None
    variable = (
        reader.variable(settings, "settings", "pg_conn_str_variable")
        if "pg_conn_str_variable" in settings
        else PG_CONN_STR
    )
    prefix = (
        reader.string(settings, "settings", "pg_schema_prefix")
        if "pg_schema_prefix" in settings
        else DEFAULT_PG_SCHEMA_PREFIX
    )
    if not _SCHEMA_PREFIX.match(prefix):
        reader.fail(
            "settings.pg_schema_prefix",
            f"{prefix!r} is not a usable schema name prefix",
            "use letters, digits and underscores, not starting with a digit",
        )
    return backend, PgSettings(conn_str_variable=variable, schema_prefix=prefix)


def _check_shared_remotes(reader: _Reader, pairs: list[PairConfig]) -> None:
    """Pairs may share a remote; restoring its instance-wide property on destroy would break the others."""
    by_remote: dict[str, list[int]] = {}
    for index, pair in enumerate(pairs):
        by_remote.setdefault(instance_key(pair.remote.url), []).append(index)
    for indexes in by_remote.values():
        if len(indexes) < 2:
            continue
        for index in indexes:
            if pairs[index].options.get(PROPERTY_ON_DESTROY) == "restore":
                others = ", ".join(f"pair[{i}] ({pairs[i].stack!r})" for i in indexes if i != index)
                reader.fail(
                    f"pair[{index}].options.{PROPERTY_ON_DESTROY}",
                    f"the remote instance {pairs[index].remote.url} is shared with {others}: restoring its "
                    "instance-wide client-credentials property when this stack is destroyed would turn the "
                    "grant off for them",
                    f'remove {PROPERTY_ON_DESTROY} (the default, "keep", leaves the property as it is)',
                )
