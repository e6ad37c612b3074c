"""Provider settings: the configuration block, with an environment-variable default for each setting."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from tf.types import Unknown

AUTH_METHODS = ("basic", "oauth_password", "oauth_client_credentials")
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})

ENV = {
    "instance_url": "SERVICENOW_INSTANCE_URL",
    "username": "SERVICENOW_USERNAME",
    "password": "SERVICENOW_PASSWORD",
    "client_id": "SERVICENOW_CLIENT_ID",
    "client_secret": "SERVICENOW_CLIENT_SECRET",
    "auth_method": "SERVICENOW_AUTH_METHOD",
    "request_timeout": "SERVICENOW_REQUEST_TIMEOUT",
    "max_retries": "SERVICENOW_MAX_RETRIES",
    "ca_bundle": "SERVICENOW_CA_BUNDLE",
}
# Not provider attributes (tests and benchmarks tune them): base and cap of the retry backoff, seconds.
ENV_RETRY_BASE_DELAY = "SERVICENOW_RETRY_BASE_DELAY"
ENV_RETRY_MAX_DELAY = "SERVICENOW_RETRY_MAX_DELAY"

DEFAULT_REQUEST_TIMEOUT = 60.0
DEFAULT_MAX_RETRIES = 4
DEFAULT_RETRY_BASE_DELAY = 0.5
DEFAULT_RETRY_MAX_DELAY = 30.0
MAX_RETRIES_LIMIT = 20


@dataclass(frozen=True)
class Settings:
    instance_url: str
    auth_method: str
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    client_id: str | None = None
    client_secret: str | None = field(default=None, repr=False)
    request_timeout: float = DEFAULT_REQUEST_TIMEOUT
    max_retries: int = DEFAULT_MAX_RETRIES
    ca_bundle: str | None = None
    retry_base_delay: float = DEFAULT_RETRY_BASE_DELAY
    retry_max_delay: float = DEFAULT_RETRY_MAX_DELAY


@dataclass(frozen=True)
class SettingProblem:
    setting: str
    summary: str
    detail: str


class SettingsError(ValueError):
    def __init__(self, problems: list[SettingProblem]):
        self.problems = problems
        super().__init__("; ".join(p.summary for p in problems))


def _source(name: str, from_env: set[str]) -> str:
    return f"`{name}` (from the environment variable {ENV[name]})" if name in from_env else f"`{name}`"


def check_instance_url(url: str) -> str | None:
    """None when the URL is acceptable, else what is wrong with it."""
    parts = urlsplit(url)
    if "@" in parts.netloc:
        # Never echo this URL: its user info may hold a password.
        return (
            "the URL holds a user name or password (user:password@host): remove them from `instance_url` "
            "and set `username` and `password` (SERVICENOW_USERNAME, SERVICENOW_PASSWORD) instead"
        )
    if parts.scheme not in ("https", "http") or not parts.hostname:
        return f"{url!r} is not an absolute http(s) URL; use https://<name>.service-now.com"
    if parts.scheme == "http" and parts.hostname not in LOOPBACK_HOSTS:
        return (
            f"{url!r} uses http; ServiceNow credentials must travel over https (http is accepted only "
            "on loopback: 127.0.0.1, localhost, ::1)"
        )
    if parts.query or parts.fragment:
        return f"{url!r} has a query or fragment; give only the instance's base URL"
    return None


def resolve(config: Mapping[str, Any] | None, environ: Mapping[str, str] | None = None) -> Settings:
    """Settings from the provider block, each falling back to its environment variable.

    Raises SettingsError naming every missing or contradictory setting. Never puts a secret value in a
    message.
    """
    environ = os.environ if environ is None else environ
    config = dict(config or {})
    values: dict[str, Any] = {}
    from_env: set[str] = set()
    problems: list[SettingProblem] = []

    for name, env_name in ENV.items():
        value = config.get(name)
        if value is None or value == "":
            env_value = environ.get(env_name)
            if env_value:
                value = env_value
                from_env.add(name)
            else:
                value = None
        values[name] = value

    url = values["instance_url"]
    if url is None:
        problems.append(
            SettingProblem(
                "instance_url",
                "Missing provider setting `instance_url`",
                "Set `instance_url` in the provider block or the environment variable "
                "SERVICENOW_INSTANCE_URL to the instance's base URL, e.g. https://example.service-now.com.",
            )
        )
    else:
        url = str(url).rstrip("/")
        wrong = check_instance_url(url)
        if wrong:
            problems.append(
                SettingProblem(
                    "instance_url", f"Invalid provider setting {_source('instance_url', from_env)}", wrong
                )
            )

    def number(name: str, default: float, minimum: float, maximum: float | None, integer: bool) -> float:
        raw = values[name]
        if raw is None:
            return default
        try:
            val = float(raw)
            if integer and not val.is_integer():
                raise ValueError
        except (TypeError, ValueError):
            kind = "a whole number" if integer else "a number of seconds"
            problems.append(
                SettingProblem(
                    name, f"Invalid provider setting {_source(name, from_env)}", f"{raw!r} is not {kind}."
                )
            )
            return default
        if val < minimum or (maximum is not None and val > maximum):
            upper = f" and at most {maximum:g}" if maximum is not None else ""
            problems.append(
                SettingProblem(
                    name,
                    f"Invalid provider setting {_source(name, from_env)}",
                    f"{val:g} is out of range: it must be at least {minimum:g}{upper}.",
                )
            )
            return default
        return val

    timeout = number("request_timeout", DEFAULT_REQUEST_TIMEOUT, 1, None, integer=False)
    retries = int(number("max_retries", DEFAULT_MAX_RETRIES, 0, MAX_RETRIES_LIMIT, integer=True))

    ca_bundle = values["ca_bundle"]
    if ca_bundle is not None and not os.path.isfile(str(ca_bundle)):
        problems.append(
            SettingProblem(
                "ca_bundle",
                f"Invalid provider setting {_source('ca_bundle', from_env)}",
                f"{ca_bundle!r} is not a readable file; give the path of a PEM file of CA certificates.",
            )
        )

    method = _auth_method(values, from_env, problems)

    try:
        base_delay = float(environ.get(ENV_RETRY_BASE_DELAY, DEFAULT_RETRY_BASE_DELAY))
        max_delay = float(environ.get(ENV_RETRY_MAX_DELAY, DEFAULT_RETRY_MAX_DELAY))
    except ValueError:
        problems.append(
            SettingProblem(
                "max_retries",
                f"Invalid environment variable {ENV_RETRY_BASE_DELAY} or {ENV_RETRY_MAX_DELAY}",
                "Both must be numbers of seconds.",
            )
        )
        base_delay, max_delay = DEFAULT_RETRY_BASE_DELAY, DEFAULT_RETRY_MAX_DELAY

    if problems:
        raise SettingsError(problems)
    return Settings(
        instance_url=str(url),
        auth_method=method,
        username=values["username"],
        password=values["password"],
        client_id=values["client_id"],
        client_secret=values["client_secret"],
        request_timeout=timeout,
        max_retries=retries,
        ca_bundle=ca_bundle,
        retry_base_delay=max(0.0, base_delay),
        retry_max_delay=max(0.0, max_delay),
    )


_NEEDS = {
    "basic": ("username", "password"),
    "oauth_password": ("client_id", "client_secret", "username", "password"),
    "oauth_client_credentials": ("client_id", "client_secret"),
}


def _auth_method(values: dict[str, Any], from_env: set[str], problems: list[SettingProblem]) -> str:
    method = values["auth_method"]
    explicit = method is not None
    if explicit and method not in AUTH_METHODS:
        problems.append(
            SettingProblem(
                "auth_method",
                f"Invalid provider setting {_source('auth_method', from_env)}",
                f"{method!r} is not one of: " + ", ".join(AUTH_METHODS) + ".",
            )
        )
        return "basic"
    if not explicit:
        if values["client_id"] is not None:
            method = "oauth_password" if values["username"] is not None else "oauth_client_credentials"
        elif values["client_secret"] is not None:
            problems.append(
                SettingProblem(
                    "client_id",
                    "Missing provider setting `client_id`",
                    "`client_secret` is set but `client_id` is not: set `client_id` "
                    "(SERVICENOW_CLIENT_ID) for OAuth, or unset `client_secret` for basic auth.",
                )
            )
            return "basic"
        else:
            method = "basic"
    how = f"auth_method `{method}`" + ("" if explicit else " (inferred from the settings given)")
    for name in _NEEDS[method]:
        if values[name] is None:
            problems.append(
                SettingProblem(
                    name,
                    f"Missing provider setting `{name}`",
                    f"{how} needs `{name}`: set it in the provider block or the environment variable "
                    f"{ENV[name]}.",
                )
            )
    # A setting the chosen method does not use contradicts it when written in the provider block; one
    # that only comes from the environment (shared by several provider blocks) is ignored.
    unused = {"basic": ("client_id", "client_secret"), "oauth_client_credentials": ("username", "password")}
    extra = [n for n in unused.get(method, ()) if values[n] is not None and n not in from_env]
    for name in extra:
        problems.append(
            SettingProblem(
                name,
                f"Contradictory provider setting {_source(name, from_env)}",
                f"`{name}` is set but {how} does not use it: remove it, or choose another `auth_method`.",
            )
        )
    return method


def has_unknown(config: Mapping[str, Any] | None) -> bool:
    return any(v is Unknown for v in (config or {}).values())
