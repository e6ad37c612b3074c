"""The provider: settings, one Table API client per configuration, the catalog's resources."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from tf.iface import Config, DataSource, Provider, Resource
from tf.schema import Schema
from tf.types import Unknown
from tf.utils import Diagnostics

from terraform_provider_servicenow import PROVIDER_FULL_NAME
from terraform_provider_servicenow.guard import checked

# Everything else is imported where it is first needed: terraform starts this process 3 to 5 times per
# command, and only the handshake is common to all of them.
if TYPE_CHECKING:  # pragma: no cover
    from terraform_provider_servicenow.client import TableClient


def _prefetch() -> None:
    """Import what configure and CRUD need (requests above all) while terraform is busy elsewhere."""
    try:
        import terraform_provider_servicenow.client  # noqa: F401
        import terraform_provider_servicenow.errors  # noqa: F401
    except Exception:  # noqa: BLE001 - the real import reports any problem
        pass


class ServiceNowProvider(Provider):
    def __init__(self) -> None:
        self.client: TableClient | None = None
        self._prefetching = False

    def _start_prefetch(self) -> None:
        # Terraform validates the provider configuration, then spends 100-200 ms on its own graph before
        # it configures the provider: importing `requests` then costs nothing.
        if not self._prefetching:
            self._prefetching = True
            # Not a daemon: exit waits the few ms the import takes rather than freeze it holding a lock.
            threading.Thread(target=_prefetch, name="prefetch", daemon=False).start()

    def full_name(self) -> str:
        return PROVIDER_FULL_NAME

    def get_model_prefix(self) -> str:
        return "servicenow_"

    def get_provider_schema(self, diags: Diagnostics) -> Schema:
        from terraform_provider_servicenow.schema import provider_schema

        return provider_schema()

    @checked("validate the provider configuration")
    def validate_config(self, diags: Diagnostics, config: Config) -> None:
        """Checks what is written in the provider block. Missing settings are reported at configure
        time, when the environment-variable defaults are known to apply (so `terraform validate` works
        without credentials)."""
        from terraform_provider_servicenow.settings import check_instance_url

        self._start_prefetch()
        config = config or {}
        url = config.get("instance_url")
        if isinstance(url, str) and url:
            wrong = check_instance_url(url.rstrip("/"))
            if wrong:
                diags.add_error("Invalid provider setting `instance_url`", wrong, path=["instance_url"])
        method = config.get("auth_method")
        if isinstance(method, str) and method not in ("basic", "oauth_password", "oauth_client_credentials"):
            diags.add_error(
                "Invalid provider setting `auth_method`",
                f"{method!r} is not one of: basic, oauth_password, oauth_client_credentials.",
                path=["auth_method"],
            )
        for name, low in (("request_timeout", 1), ("max_retries", 0)):
            value = config.get(name)
            if value is not None and value is not Unknown and value < low:
                diags.add_error(
                    f"Invalid provider setting `{name}`",
                    f"{value!r} is out of range: it must be at least {low}.",
                    path=[name],
                )

    @checked("configure the provider")
    def configure_provider(self, diags: Diagnostics, config: Config) -> None:
        from terraform_provider_servicenow.settings import ENV, SettingsError, resolve

        config = dict(config or {})
        unknown = sorted(k for k, v in config.items() if v is Unknown)
        if unknown:
            diags.add_error(
                "Provider settings unknown at configuration time",
                "These settings depend on values known only after apply: "
                + ", ".join(unknown)
                + ". Give them known values (variables or environment variables "
                + ", ".join(ENV[k] for k in unknown if k in ENV)
                + ").",
            )
            return
        try:
            settings = resolve(config)
        except SettingsError as err:
            for problem in err.problems:
                diags.add_error(problem.summary, problem.detail, path=[problem.setting])
            return
        from terraform_provider_servicenow.redact import register

        register(settings.password, settings.client_secret)
        from terraform_provider_servicenow.client import TableClient

        self.client = TableClient(settings)

    def get_resources(self) -> list[type[Resource]]:
        from terraform_provider_servicenow.resources import resource_classes

        return resource_classes()

    def get_data_sources(self) -> list[type[DataSource]]:
        from terraform_provider_servicenow.datasources import data_source_classes

        return data_source_classes()


def _ensure_writable_home() -> None:
    """`tf` caches its TLS key pair under $HOME/.cache/tf-python-provider and fails to start when it
    cannot create that folder: fall back to a private folder under the temporary directory."""
    import os
    from pathlib import Path

    try:
        (Path.home() / ".cache" / "tf-python-provider").mkdir(parents=True, exist_ok=True)
    except (OSError, RuntimeError):
        import tempfile

        fallback = Path(tempfile.gettempdir()) / f"terraform-provider-servicenow-{os.getuid()}"
        fallback.mkdir(mode=0o700, exist_ok=True)
        os.environ["HOME"] = str(fallback)


SHUTDOWN_RACE_MESSAGE = "cannot schedule new futures after"


def _quiet_shutdown_race(args: threading.ExceptHookArgs, default: Any = None) -> None:
    """`tf` stops its gRPC server at once on StopProvider/Shutdown; an RPC that terraform sends in the
    same instant makes grpc's serving thread raise "cannot schedule new futures after shutdown" and
    print a traceback into terraform's log. That exception means only "the provider is exiting"."""
    if isinstance(args.exc_value, RuntimeError) and SHUTDOWN_RACE_MESSAGE in str(args.exc_value):
        return
    (default or threading.__excepthook__)(args)


def _install_excepthook() -> None:
    default = threading.excepthook
    threading.excepthook = lambda args: _quiet_shutdown_race(args, default)


def serve(argv: list[str] | None = None, **_: Any) -> None:
    """Run the provider for terraform (the launcher calls this)."""
    from tf.runner import run_provider

    from terraform_provider_servicenow.servicer import install

    _ensure_writable_home()
    install()
    _install_excepthook()
    run_provider(ServiceNowProvider(), argv)
