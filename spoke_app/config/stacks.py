"""Building the app from a loaded config: one stack per instance pair.

:func:`build_app` adds the stacks (a :class:`SpokeStack` each, or a stack of your own), reporting a
construct's error under the config key it came from; :func:`spoke_for_pair` and
:func:`add_state_backend` are the pieces a stack of your own uses.
"""

from __future__ import annotations

import typing
from pathlib import Path

from constructs import Construct

from servicenow_spoke.cdk import App, LocalBackend, PgBackend, TerraformStack
from servicenow_spoke.instance import ServiceNowInstance
from servicenow_spoke.secrets import SecretValue
from servicenow_spoke.spoke import RemoteInstanceSpoke
from servicenow_spoke.validation import SpokeValidationError

from .load import spoke_options
from .model import CLIENT_SECRET_VARIABLE, ConfigError, PairConfig, PgSettings, SpokeConfig

# Where the spoke's arguments that are not [pair.options] come from in a pair (argument -> key).
_ARGUMENT_KEYS = {
    "local_user_name": "local_credential.user_name",
    "local_password": "local_credential.password_variable",
    "client_secret": f"options.{CLIENT_SECRET_VARIABLE}",
}


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
