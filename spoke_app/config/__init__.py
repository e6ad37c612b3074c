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

The modules behind it (``stacks`` imports ``load``, which imports ``model``; ``render`` imports none):
``model`` (the dataclasses, :class:`ConfigError`, the backend constants), ``load`` (:func:`load_config`:
the file -> a :class:`SpokeConfig`, every check), ``stacks`` (:func:`build_app`, :func:`spoke_for_pair`,
:func:`add_state_backend`, :class:`SpokeStack`: a config -> stacks) and ``render`` (:func:`render_config`,
:func:`render_settings`: config text, for the demo, tests and benchmarks). Import the names from
``spoke_app.config`` itself: which module holds a name may change.
"""

from __future__ import annotations

from .load import load_config, spoke_options
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
    sets_instance_wide_records,
)
from .render import render_config, render_settings
from .stacks import SpokeStack, add_state_backend, build_app, make_state_dir_private, spoke_for_pair

__all__ = [
    "BACKENDS",
    "CLIENT_SECRET_VARIABLE",
    "DEFAULT_PG_SCHEMA_PREFIX",
    "PG_CONN_STR",
    "PROPERTY_ON_DESTROY",
    "ConfigError",
    "CredentialConfig",
    "InstanceConfig",
    "PairConfig",
    "PgSettings",
    "SpokeConfig",
    "SpokeStack",
    "add_state_backend",
    "build_app",
    "instance_key",
    "load_config",
    "make_state_dir_private",
    "render_config",
    "render_settings",
    "sets_instance_wide_records",
    "spoke_for_pair",
    "spoke_options",
]
