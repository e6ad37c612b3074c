"""Where the deployed spoke is: URLs, sys_ids and admin credentials, from a stack's state or flags.

The records come from the outputs of the stack (``<state_dir>/<stack>.tfstate``, the output names of
``servicenow_spoke.OUTPUT_NAMES``), and any flag overrides them. Passwords are read from the same
``TF_VAR_<name>`` environment variables the config file names; they are never taken from argv and never
printed. This module does not import the construct library (no cdktf start-up cost).
"""

from __future__ import annotations

import json
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_LOCAL_PASSWORD_VARIABLE = "local_admin_password"
DEFAULT_REMOTE_PASSWORD_VARIABLE = "remote_admin_password"

# Stack output name -> Target field (the output names are the constructs' public contract).
OUTPUT_FIELDS: dict[str, str] = {
    "local_instance_url": "local_url",
    "remote_instance_url": "remote_url",
    "remote_endpoint_sys_id": "endpoint",
    "remote_client_id": "client_id",
    "registry_sys_id": "registry",
    "profile_sys_id": "profile",
    "oauth_credential_sys_id": "credential",
    "local_credential_sys_id": "local_credential",
    "remote_connection_sys_id": "remote_connection",
    "local_connection_sys_id": "local_connection",
}
_SYS_ID = re.compile(r"^[0-9a-f]{32}$")

# Record names the constructs let users change ([pair.options] key -> Target field), with the defaults
# of RemoteInstanceSpoke; the connection URLs default to the instance URL + "/".
NAME_OPTIONS: dict[str, str] = {
    "registry_name": "registry_name",
    "profile_name": "profile_name",
    "remote_alias_name": "remote_alias",
    "local_alias_name": "local_alias",
    "remote_connection_url": "remote_connection_url",
    "local_connection_url": "local_connection_url",
}
DEFAULT_REGISTRY_NAME = "RemoteSpoke"
#: The profile name follows the registry name unless the config or a flag names one (as in the constructs).
DEFAULT_PROFILE_NAME = "<registry_name> default_profile"
DEFAULT_REMOTE_ALIAS = "ServiceNowRemoteInstance"
DEFAULT_LOCAL_ALIAS = "ServiceNowRemoteInstanceLocalAlias"
_INSTANCE_URL = re.compile(r"^https?://[^/@\s]+$")
_LOOPBACK_HTTP = re.compile(
    r"^http://(?:127(?:\.\d{1,3}){3}|localhost|\[::1\])(?::\d{1,5})?/?$", re.IGNORECASE
)
_CONNECTION_URL = re.compile(r"^https?://[^/@\s]+(/\S*)?$")


class TargetError(ValueError):
    """The spoke cannot be located: the message says what is missing and how to give it."""


@dataclass(frozen=True)
class Login:
    """An admin login to one instance; the password is read from ``TF_VAR_<variable>``."""

    username: str
    variable: str
    password: str = field(repr=False)

    @property
    def auth(self) -> tuple[str, str]:
        return (self.username, self.password)


@dataclass
class Target:
    local_url: str = ""
    remote_url: str = ""
    endpoint: str = ""
    client_id: str = ""
    registry: str = ""
    profile: str = ""
    credential: str = ""
    local_credential: str = ""
    remote_connection: str = ""
    local_connection: str = ""
    local_login: Login | None = None
    remote_login: Login | None = None
    remote_variable: str = DEFAULT_REMOTE_PASSWORD_VARIABLE  # TF_VAR_<this> holds the remote password
    source: str = "flags"  # where the records came from, for messages
    # Names and URLs the spoke's options may change (config [pair.options] or flags).
    registry_name: str = DEFAULT_REGISTRY_NAME
    profile_name: str = ""  # "": "<registry_name> default_profile", the constructs' default
    remote_alias: str = DEFAULT_REMOTE_ALIAS
    local_alias: str = DEFAULT_LOCAL_ALIAS
    remote_connection_url: str = ""  # "": the remote instance URL + "/"
    local_connection_url: str = ""  # "": the local instance URL + "/"

    @property
    def profile_lookup_name(self) -> str:
        """The profile's name: as configured, else the registry's default profile."""
        return self.profile_name or f"{self.registry_name} default_profile"

    @property
    def redirect_url(self) -> str:
        return f"{self.local_url}/oauth_redirect.do"

    def connection_url(self, which: str) -> str:
        """The URL the remote or local HTTP(s) connection should have."""
        if which == "remote":
            return self.remote_connection_url or f"{self.remote_url}/"
        return self.local_connection_url or f"{self.local_url}/"

    def initiator_url(self, credential: str = "", profile: str = "") -> str:
        """The URL "Get OAuth Token" opens on the local instance (ServiceNow's /oauth_initiator.do)."""
        return (
            f"{self.local_url}/oauth_initiator.do?oauth_requestor_context=oauth_2_0_credentials"
            f"&oauth_requestor={credential or self.credential}"
            f"&oauth_provider_profile={profile or self.profile}&response_type=code"
        )


@dataclass(frozen=True)
class PairSettings:
    """What the CLI needs from one ``[[pair]]`` of the config file."""

    stack: str
    state_file: Path
    local_url: str
    remote_url: str
    local_username: str
    local_variable: str
    remote_username: str
    remote_variable: str
    names: dict[str, str] = field(default_factory=dict)  # Target field -> value, from [pair.options]


def redact_url(value: str) -> str:
    """The URL with any user info (``user:password@``) replaced, safe to print."""
    return re.sub(r"^([A-Za-z][A-Za-z0-9+.-]*://)[^/]*@", r"\1***@", value)


def check_url(value: str, where: str, *, connection: bool = False) -> str:
    """``value`` without a trailing slash, or a TargetError naming ``where`` (never echoing a password)."""
    value = value.strip()
    shown = redact_url(value)
    scheme_and_rest = value.split("://", 1)
    if len(scheme_and_rest) == 2 and "@" in scheme_and_rest[1].split("/", 1)[0]:
        raise TargetError(
            f"{where} {shown!r} holds a user name or password (user:password@). Fix: remove it; the "
            "logins come from the config's username and TF_VAR_<password_variable> (or --local-user/"
            "--remote-user and the *-password-variable flags)"
        )
    pattern = _CONNECTION_URL if connection else _INSTANCE_URL
    if not pattern.match(value if connection else value.rstrip("/")):
        example = "https://<name>.service-now.com/" if connection else "https://<name>.service-now.com"
        raise TargetError(f"{where} {shown!r} is not an instance URL. Fix: use {example}")
    if not connection and value.lower().startswith("http://") and not _LOOPBACK_HTTP.match(value):
        raise TargetError(
            f"{where} {shown!r} uses http:// to a host that is not this machine: the admin's basic auth "
            "and the tokens would cross the network in clear text. Fix: use https:// (http is accepted "
            "only on loopback: 127.0.0.1, localhost, [::1], e.g. an emulator)"
        )
    return value if connection else value.rstrip("/")


def _read_text(path: Path, what: str, missing: str) -> str:
    """A file's text; errors name the file, what is wrong and the fix (no traceback)."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise TargetError(f"{path}: {missing}") from None
    except IsADirectoryError:
        raise TargetError(f"{path} is a directory, not {what}. Fix: pass the file's path") from None
    except UnicodeDecodeError:
        raise TargetError(f"{path}: not UTF-8 text, so not {what}. Fix: pass the right file") from None
    except OSError as error:
        raise TargetError(
            f"{path}: cannot be read ({error.strerror or type(error).__name__}). Fix: check the path "
            "and its permissions"
        ) from None


def read_pair(config: Path, stack: str | None) -> PairSettings:
    """The pair of ``stack`` (or the only pair) of a config file; errors name the file and the fix."""
    text = _read_text(
        config,
        "a config file",
        "the config file does not exist. Fix: pass --config PATH, or give the records "
        "with --local-url, --remote-url and --credential/--profile",
    )
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise TargetError(f"{config}: not valid TOML ({error}). Fix: correct the file") from None
    pairs = raw.get("pair")
    if not isinstance(pairs, list) or not pairs:
        raise TargetError(f"{config}: no [[pair]] table. Fix: add one (see spoke.toml)")
    names = [str(p.get("stack", "")) for p in pairs if isinstance(p, dict)]
    if stack is None:
        if len(pairs) != 1:
            raise TargetError(
                f"{config} has {len(pairs)} pairs. Fix: pass --stack with one of: {', '.join(names)}"
            )
        pair = pairs[0]
    else:
        chosen = [p for p in pairs if isinstance(p, dict) and p.get("stack") == stack]
        if not chosen:
            raise TargetError(
                f"{config}: no pair with stack = {stack!r}. Fix: use one of: {', '.join(names)}"
            )
        pair = chosen[0]
    try:
        settings = raw.get("settings", {})
        state_dir = Path(settings.get("state_dir", ".state"))
        if not state_dir.is_absolute():
            state_dir = config.parent / state_dir
        where = f"{config}: pair {pair['stack']!r}"
        options = pair.get("options", {})
        if not isinstance(options, dict):
            raise TargetError(f"{where}: [pair.options] is not a table. Fix: correct it (see spoke.toml)")
        names: dict[str, str] = {}
        for option, attribute in NAME_OPTIONS.items():
            value = options.get(option)
            if value is None:
                continue
            if not isinstance(value, str) or not value.strip():
                raise TargetError(
                    f"{where}: options.{option} must be a non-empty string. Fix: correct it or remove it"
                )
            if option.endswith("_url"):
                value = check_url(value, f"{where}: options.{option}", connection=True)
            names[attribute] = value
        return PairSettings(
            stack=pair["stack"],
            state_file=(state_dir / f"{pair['stack']}.tfstate").resolve(),
            local_url=check_url(str(pair["local"]["url"]), f"{where}: local.url"),
            remote_url=check_url(str(pair["remote"]["url"]), f"{where}: remote.url"),
            local_username=str(pair["local"]["username"]),
            local_variable=str(pair["local"]["password_variable"]),
            remote_username=str(pair["remote"]["username"]),
            remote_variable=str(pair["remote"]["password_variable"]),
            names=names,
        )
    except (KeyError, TypeError) as error:
        raise TargetError(
            f"{config}: pair {pair.get('stack', '?')!r} lacks {error}. Fix: complete it (see spoke.toml)"
        ) from None


def read_outputs(state_file: Path) -> dict[str, Any]:
    """The root outputs of a Terraform state file (name -> value)."""
    text = _read_text(
        state_file,
        "a Terraform state file",
        "no Terraform state. Fix: run `cdktf deploy` first, or pass --state PATH "
        "or the records' flags (--local-url, --remote-url, --credential, ...)",
    )
    try:
        state = json.loads(text)
    except ValueError:
        raise TargetError(f"{state_file}: not a Terraform state file (not JSON)") from None
    outputs = state.get("outputs") if isinstance(state, dict) else None
    if not isinstance(outputs, dict) or not outputs:
        raise TargetError(f"{state_file}: the state has no outputs. Fix: run `cdktf deploy` (again)")
    return {name: entry.get("value") for name, entry in outputs.items() if isinstance(entry, dict)}


def parse_output_json(text: str, where: str) -> dict[str, Any]:
    """The outputs of ``terraform output -json`` (name -> {"value": ...}) as name -> value."""
    try:
        document = json.loads(text)
    except ValueError:
        raise TargetError(
            f"{where}: not the JSON `terraform output -json` prints. Fix: pass that command's output"
        ) from None
    if not isinstance(document, dict) or not all(isinstance(e, dict) for e in document.values()):
        raise TargetError(
            f"{where}: not the JSON `terraform output -json` prints (an object of outputs, each with "
            "a value). Fix: pass that command's output"
        )
    if not document:
        raise TargetError(f"{where}: the stack has no outputs. Fix: run `cdktf deploy` (again)")
    return {name: entry.get("value") for name, entry in document.items()}


def _no_spoke_outputs(state_file: Path | str, outputs: Mapping[str, Any], prefix: str) -> str:
    """The error for a state without the spoke's outputs, with the --output-prefix that would find them."""
    prefixes = sorted(
        {name[: -len(output)] for name in outputs for output in OUTPUT_FIELDS if name.endswith(output)}
        - {prefix}
    )
    looked = f"outputs named {prefix!r} + e.g. 'oauth_credential_sys_id'" if prefix else "the spoke's outputs"
    if prefixes:
        shown = ", ".join(f"--output-prefix {p}" if p else "no --output-prefix" for p in prefixes)
        return (
            f"{state_file}: no {looked}; the state has a spoke's outputs under another prefix. Fix: pass "
            f"{shown} (the spoke's output_prefix)"
        )
    return (
        f"{state_file}: no {looked} (the state has {len(outputs)} other output(s)). Fix: pass --state with "
        "the state of the stack that holds the spoke, --output-prefix PREFIX when the spoke has an "
        "output_prefix, or the records' flags (--local-url, --remote-url, --credential, ...)"
    )


def login(username: str, variable: str, environ: Mapping[str, str]) -> Login | None:
    password = environ.get(f"TF_VAR_{variable}")
    return Login(username, variable, password) if password else None


def resolve(
    *,
    config: Path | None,
    stack: str | None = None,
    state: Path | None = None,
    overrides: Mapping[str, str | None] | None = None,
    names: Mapping[str, str | None] | None = None,
    local_user: str | None = None,
    local_password_variable: str | None = None,
    remote_user: str | None = None,
    remote_password_variable: str | None = None,
    environ: Mapping[str, str] | None = None,
    output_prefix: str = "",
    outputs: tuple[str, Mapping[str, Any]] | None = None,
) -> Target:
    """Build the target from the config and its state (when given or found), then the flags.

    ``overrides`` are record flags (Target fields of OUTPUT_FIELDS), ``names`` the name/URL flags
    (Target fields of NAME_OPTIONS); both win over the config and the state. ``output_prefix`` is the
    spoke's ``output_prefix`` (the outputs are named ``<prefix><name>``). ``outputs`` is (where they came
    from, name -> value): the stack's outputs read some other way than from a state file (a state kept
    in PostgreSQL, `terraform output -json`); they take the state file's place.
    """
    env = os.environ if environ is None else environ
    target = Target()
    pair: PairSettings | None = None
    if config is not None:
        pair = read_pair(config, stack)
        target.local_url, target.remote_url = pair.local_url, pair.remote_url
        for attribute, value in pair.names.items():
            setattr(target, attribute, value)
    state_file = state or (pair.state_file if pair and outputs is None else None)
    found_outputs = (str(state_file), read_outputs(state_file)) if state_file is not None else outputs
    if found_outputs is not None:
        source, values = found_outputs
        found = 0
        for output, attribute in OUTPUT_FIELDS.items():
            value = values.get(output_prefix + output)
            if isinstance(value, str):
                setattr(target, attribute, value)
                found += 1
        if not found:
            raise TargetError(_no_spoke_outputs(source, values, output_prefix))
        target.source = source
    for name, value in (overrides or {}).items():
        if value:
            if name in ("local_url", "remote_url"):
                value = check_url(value, "--" + name.replace("_", "-"))
            setattr(target, name, value)
            if name not in ("local_url", "remote_url"):
                target.source = "flags" if found_outputs is None else f"{found_outputs[0]} and flags"
    for name, value in (names or {}).items():
        if value:
            flag = "--" + name.replace("_", "-")
            if name.endswith("_url"):
                value = check_url(value, flag, connection=True)
            setattr(target, name, value)
    for name in ("local_url", "remote_url"):
        value = getattr(target, name)
        if not value:
            flag = "--" + name.replace("_", "-")
            raise TargetError(
                f"the {name.split('_')[0]} instance URL is unknown. Fix: pass {flag} or --config"
            )
        setattr(target, name, check_url(value, name))
    for name in OUTPUT_FIELDS.values():
        value = getattr(target, name)
        if name not in ("local_url", "remote_url", "client_id") and value and not _SYS_ID.match(value):
            raise TargetError(f"{name} {value!r} is not a sys_id (32 lowercase hex characters)")
    target.local_login = login(
        local_user or (pair.local_username if pair else "admin"),
        local_password_variable or (pair.local_variable if pair else DEFAULT_LOCAL_PASSWORD_VARIABLE),
        env,
    )
    target.remote_variable = remote_password_variable or (
        pair.remote_variable if pair else DEFAULT_REMOTE_PASSWORD_VARIABLE
    )
    target.remote_login = login(
        remote_user or (pair.remote_username if pair else "admin"), target.remote_variable, env
    )
    if target.local_login is None:
        variable = local_password_variable or (
            pair.local_variable if pair else DEFAULT_LOCAL_PASSWORD_VARIABLE
        )
        raise TargetError(
            f"no password for the local instance's admin: TF_VAR_{variable} is not set. "
            f"Fix: export TF_VAR_{variable}=... (the same variable `cdktf deploy` uses)"
        )
    return target
