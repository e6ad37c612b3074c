"""The app's config file (TOML): one stack per instance pair, secrets named by variable, never written.

```toml
[settings]
state_dir = ".state"              # where each stack's local state lives (relative to this file)
backend = "local"                 # "local" (default: <state_dir>/<stack>.tfstate) or "pg" (PostgreSQL)
# pg_conn_str_variable = "PG_CONN_STR"  # with "pg": the environment variable holding the connection string
# pg_schema_prefix = "spoke_"           # with "pg": each stack's state lives in schema <prefix><stack>

[[pair]]
stack = "spoke-dev"               # the stack name: letters, digits, '-' and '_'
[pair.remote]
url = "https://remote-dev.service-now.com"
username = "admin"
password_variable = "remote_admin_password"      # Terraform reads TF_VAR_remote_admin_password
[pair.local]
url = "https://local-dev.service-now.com"
username = "admin"
password_variable = "local_admin_password"
[pair.local_credential]           # the basic-auth credential the spoke uses on the local instance
user_name = "spoke.integration"
password_variable = "local_integration_password"
[pair.options]                    # any keyword argument of RemoteInstanceSpoke (int, bool or str)
pkce_required = false
# client_secret_variable = "spoke_client_secret"  # the endpoint's client secret from TF_VAR_<name>
```

Each local instance belongs to one pair: a local instance has one ``RemoteSpoke`` registry and one
pair of spoke aliases, so two pairs on it would adopt and overwrite the same records.
"""

from __future__ import annotations

import inspect
import os
import re
import tomllib
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from constructs import Construct

from servicenow_spoke.cdk import App, LocalBackend, PgBackend, TerraformStack
from servicenow_spoke.instance import ServiceNowInstance
from servicenow_spoke.secrets import SecretValue
from servicenow_spoke.spoke import RemoteInstanceSpoke
from servicenow_spoke.validation import SpokeValidationError, check_instance_url

_STACK_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")
_VARIABLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_SECRET_KEYS = ("password", "client_secret", "secret", "token")
# Options the config cannot set: instances and secrets have their own tables, outputs are per stack.
_NOT_OPTIONS = {"remote", "local", "local_user_name", "local_password", "client_secret", "output_prefix"}
#: The [pair.options] key that decides what destroy does to the remote's shared client-credentials property.
PROPERTY_ON_DESTROY = "client_credentials_property_on_destroy"
#: The [pair.options] key that names the variable holding the endpoint's client secret.
CLIENT_SECRET_VARIABLE = "client_secret_variable"
# Where the spoke's arguments that are not [pair.options] come from in a pair (argument -> key).
_ARGUMENT_KEYS = {
    "local_user_name": "local_credential.user_name",
    "local_password": "local_credential.password_variable",
    "client_secret": f"options.{CLIENT_SECRET_VARIABLE}",
}
_SECRET_HOME = (
    "secrets are named by variable: password_variable in [pair.remote], [pair.local] and "
    f"[pair.local_credential], {CLIENT_SECRET_VARIABLE} in [pair.options]"
)


class ConfigError(ValueError):
    """A config file problem: the message names the file, the key and the fix."""

    def __init__(self, path: Path | str, key: str, problem: str, fix: str) -> None:
        self.path = str(path)
        self.key = key
        super().__init__(f"{path}: key '{key}': {problem}. Fix: {fix}")


@dataclass(frozen=True)
class InstanceConfig:
    url: str
    username: str
    password_variable: str


@dataclass(frozen=True)
class CredentialConfig:
    user_name: str
    password_variable: str


@dataclass(frozen=True)
class PairConfig:
    stack: str
    remote: InstanceConfig
    local: InstanceConfig
    local_credential: CredentialConfig
    options: dict[str, Any] = field(default_factory=dict)
    client_secret_variable: str | None = None  # the endpoint's client secret comes from TF_VAR_<name>


#: State backends the config's ``[settings] backend`` may choose.
BACKENDS = ("local", "pg")
#: The environment variable Terraform's pg backend reads the connection string from.
PG_CONN_STR = "PG_CONN_STR"
DEFAULT_PG_SCHEMA_PREFIX = "spoke_"
_SCHEMA_PREFIX = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_POSTGRES_NAME_BYTES = 63  # NAMEDATALEN - 1: longer schema names are cut by PostgreSQL


@dataclass(frozen=True)
class PgSettings:
    """The ``pg`` backend: the connection string comes from ``$<conn_str_variable>``, never the file."""

    conn_str_variable: str = PG_CONN_STR
    schema_prefix: str = DEFAULT_PG_SCHEMA_PREFIX

    def schema(self, stack: str) -> str:
        return f"{self.schema_prefix}{stack}"


@dataclass(frozen=True)
class SpokeConfig:
    path: Path
    pairs: tuple[PairConfig, ...]
    state_dir: Path
    backend: str = "local"
    pg: PgSettings | None = None  # set when backend == "pg"


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


_LOOPBACK_NAMES = ("localhost", "127.0.0.1", "[::1]")


def instance_key(url: str) -> str:
    """An instance URL reduced to what identifies the instance: scheme, host, port (lower case), with
    the loopback names (localhost, 127.0.0.1, [::1]) as one host: they reach the same local instance."""
    url = url.lower().rstrip("/")
    for scheme, port in (("https://", ":443"), ("http://", ":80")):
        if url.startswith(scheme) and url.endswith(port):
            url = url[: -len(port)]
    scheme, sep, rest = url.partition("://")
    for name in _LOOPBACK_NAMES:
        if rest == name or rest.startswith(name + ":"):
            return f"{scheme}{sep}loopback{rest[len(name) :]}"
    return url


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


def sets_instance_wide_records(pair: PairConfig) -> bool:
    """Whether the pair's stack adopts or creates a record of its remote that exists once per instance
    (the client-credentials property): pairs sharing that remote share the record."""
    client_credentials = pair.options.get("default_grant_type") == "client_credentials"
    return client_credentials and pair.options.get("client_credentials_property", True) is not False


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


def spoke_for_pair(scope: Construct, id: str, pair: PairConfig) -> RemoteInstanceSpoke:
    """The spoke of one instance pair under ``scope``: its sensitive variables (named as the config names
    them, ``TF_VAR_<name>``) and a :class:`RemoteInstanceSpoke` with the pair's instances and options.

    Use it in a stack of your own to put the spoke beside your resources (``spoke new`` writes one).
    """
    remote_password = SecretValue.from_env_variable(
        scope, pair.remote.password_variable, f"Password of {pair.remote.username} on {pair.remote.url}"
    )
    local_password = SecretValue.from_env_variable(
        scope, pair.local.password_variable, f"Password of {pair.local.username} on {pair.local.url}"
    )
    credential_password = SecretValue.from_env_variable(
        scope,
        pair.local_credential.password_variable,
        f"Password of {pair.local_credential.user_name} (the spoke's Local Credentials)",
    )
    client_secret = (
        SecretValue.from_env_variable(
            scope,
            pair.client_secret_variable,
            f"Client secret of the spoke's OAuth API endpoint on {pair.remote.url} (and of the "
            "RemoteSpoke registry); after changing it, bump client_secret_rotation and deploy",
        )
        if pair.client_secret_variable
        else None
    )
    return RemoteInstanceSpoke(
        scope,
        id,
        remote=ServiceNowInstance(
            url=pair.remote.url, username=pair.remote.username, password=remote_password
        ),
        local=ServiceNowInstance(url=pair.local.url, username=pair.local.username, password=local_password),
        local_user_name=pair.local_credential.user_name,
        local_password=credential_password,
        client_secret=client_secret,
        **pair.options,
    )


def add_state_backend(
    stack: TerraformStack, pair: PairConfig, state_dir: Path, pg: PgSettings | None = None
) -> None:
    """The stack's state backend as the config says: a local file ``<state_dir>/<stack>.tfstate`` (the
    folder made private at synth: :func:`make_state_dir_private`), or (``[settings] backend = "pg"``) a
    PostgreSQL schema of its own."""
    if pg is None:
        make_state_dir_private(state_dir)
        LocalBackend(stack, path=str(state_dir / f"{pair.stack}.tfstate"))
    else:
        # No conn_str here: Terraform reads it from PG_CONN_STR (the runner copies it there from the
        # variable the config names), so it is never written to cdktf.out or .terraform.
        backend = PgBackend(stack, conn_str="", schema_name=pg.schema(pair.stack))
        backend.add_override("conn_str", None)  # a None override removes the key


class SpokeStack(TerraformStack):
    """One instance pair: the spoke, its providers, its sensitive variables and a local state file.

    Construct ids: the stack is named after ``pair.stack``; the spoke inside is ``Spoke``; variables are
    named as the config names them (``TF_VAR_<name>``). A stack of your own takes ``(scope, pair,
    config)`` and can be given to :func:`build_app` (``spoke new`` writes one).
    """

    def __init__(
        self, scope: Construct, pair: PairConfig, state_dir: Path, pg: PgSettings | None = None
    ) -> None:
        super().__init__(scope, pair.stack)
        add_state_backend(self, pair, state_dir, pg)
        self.spoke = spoke_for_pair(self, "Spoke", pair)


def make_state_dir_private(state_dir: Path) -> None:
    """Create the state folder 0700 (or make it so) and make the state files in it 0600.

    Every app that builds its stacks with :func:`add_state_backend` (this project's ``main.py``, the app
    ``spoke new`` writes) runs it at the start of every cdktf command, before terraform writes state: a
    state file that terraform then creates with its default mode (0644) sits in a folder no one else can
    enter. The project's runner also runs terraform with umask 077, so the files it writes are 0600.
    """
    try:
        state_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        state_dir.chmod(0o700)
        for path in state_dir.glob("*.tfstate*"):
            if path.is_file() and path.stat().st_mode & 0o077:
                path.chmod(0o600)
    except OSError as error:
        raise ConfigError(
            state_dir,
            "settings.state_dir",
            f"the state folder cannot be made private ({error.strerror or type(error).__name__})",
            "give a state_dir you own, or fix the folder's owner and permissions",
        ) from None


def _config_key(index: int, argument: str) -> str:
    """The config key behind an argument of RemoteInstanceSpoke (``remote.url`` -> ``pair[0].remote.url``)."""
    if argument in spoke_options():
        return f"pair[{index}].options.{argument}"
    return f"pair[{index}].{_ARGUMENT_KEYS.get(argument, argument)}"


def build_app(
    app: App,
    config: SpokeConfig,
    stack: typing.Callable[[App, PairConfig, SpokeConfig], TerraformStack] | None = None,
) -> list[TerraformStack]:
    """Add one stack per configured pair to ``app``: ``stack(app, pair, config)`` (a stack of your own,
    which calls :func:`add_state_backend`), by default a :class:`SpokeStack`. A construct error is reported
    under the config key it came from."""
    stacks: list[TerraformStack] = []
    for index, pair in enumerate(config.pairs):
        try:
            if stack is None:
                stacks.append(SpokeStack(app, pair, config.state_dir, config.pg))
            else:
                stacks.append(stack(app, pair, config))
        except SpokeValidationError as error:
            raise ConfigError(
                config.path, _config_key(index, error.argument), error.problem, error.fix
            ) from None
    return stacks


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def render_settings(settings: dict[str, Any]) -> str:
    """The text of a ``[settings]`` table (a blank line after it)."""
    return "\n".join(
        ["[settings]", *(f"{name} = {_toml_value(value)}" for name, value in settings.items()), ""]
    )


def render_config(
    *,
    stack: str,
    remote_url: str,
    local_url: str,
    admin_username: str = "admin",
    remote_password_variable: str = "remote_admin_password",
    local_password_variable: str = "local_admin_password",
    local_user_name: str = "admin",
    local_user_password_variable: str = "local_integration_password",
    state_dir: str | None = None,
    options: dict[str, Any] | None = None,
    settings: dict[str, Any] | None = None,
    pair_only: bool = False,
) -> str:
    """The text of a one-pair config file (used by the demo, the tests and the benchmark).

    ``settings`` adds keys to ``[settings]``; ``pair_only`` leaves ``[settings]`` out, so that several
    pairs' texts can follow one settings table.
    """
    table = dict(settings or {})
    if state_dir is not None:
        table = {"state_dir": state_dir, **table}
    lines = [render_settings(table)] if table and not pair_only else []
    lines += [
        "[[pair]]",
        f"stack = {_toml_value(stack)}",
        "[pair.remote]",
        f"url = {_toml_value(remote_url)}",
        f"username = {_toml_value(admin_username)}",
        f"password_variable = {_toml_value(remote_password_variable)}",
        "[pair.local]",
        f"url = {_toml_value(local_url)}",
        f"username = {_toml_value(admin_username)}",
        f"password_variable = {_toml_value(local_password_variable)}",
        "[pair.local_credential]",
        f"user_name = {_toml_value(local_user_name)}",
        f"password_variable = {_toml_value(local_user_password_variable)}",
    ]
    if options:
        lines.append("[pair.options]")
        lines += [f"{name} = {_toml_value(value)}" for name, value in options.items()]
    return "\n".join(lines) + "\n"
