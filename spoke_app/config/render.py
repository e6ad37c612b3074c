"""Writing config text: :func:`render_config` (one pair) and :func:`render_settings` (a ``[settings]``
table), used by the demo, the tests and the benchmarks. Standard library only."""

from __future__ import annotations

from typing import Any


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
