"""The config's shape: what :func:`~spoke_app.config.load_config` returns and the rest of the app reads.

Standard library only: the error, the dataclasses, the backend constants, and the two questions the
fleet asks of a loaded config (which instance a URL is, which pairs set instance-wide records).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: The [pair.options] key that decides what destroy does to the remote's shared client-credentials property.
PROPERTY_ON_DESTROY = "client_credentials_property_on_destroy"
#: The [pair.options] key that names the variable holding the endpoint's client secret.
CLIENT_SECRET_VARIABLE = "client_secret_variable"


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


def sets_instance_wide_records(pair: PairConfig) -> bool:
    """Whether the pair's stack adopts or creates a record of its remote that exists once per instance
    (the client-credentials property): pairs sharing that remote share the record."""
    client_credentials = pair.options.get("default_grant_type") == "client_credentials"
    return client_credentials and pair.options.get("client_credentials_property", True) is not False
