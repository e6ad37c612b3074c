"""Checks the project's commands make before cdktf starts: the Terraform variables a config file names
(secrets come from ``TF_VAR_<name>``), read without cdktf.

Every project command that runs cdktf checks them first (:func:`missing_variables`): cdktf runs terraform
in a pseudo-terminal, where a missing variable makes terraform wait at its input prompt (a CI job hangs
until its timeout), and an empty one fails later with an unrelated message. ``load_config`` reads the
same keys (a test keeps the two in step); this module reads only them, so the check costs no jsii start.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

#: (table of a [[pair]], key) -> what the variable holds, for the message.
VARIABLE_KEYS: tuple[tuple[str, str, str], ...] = (
    ("remote", "password_variable", "the password of the remote instance's user"),
    ("local", "password_variable", "the password of the local instance's user"),
    ("local_credential", "password_variable", "the password of the local credential's user"),
    ("options", "client_secret_variable", "the remote endpoint's client secret"),
)


def config_variables(config: Path) -> list[tuple[str, str]]:
    """(variable name, what it holds) for every variable the config names, in order, once each.

    An unreadable or malformed config gives what it can: the app reports the config's own errors."""
    try:
        data: Any = tomllib.loads(Path(config).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return []
    pairs = data.get("pair") if isinstance(data, Mapping) else None
    found: dict[str, str] = {}
    for pair in pairs if isinstance(pairs, list) else []:
        if not isinstance(pair, Mapping):
            continue
        stack = pair.get("stack", "?")
        for table, key, what in VARIABLE_KEYS:
            section = pair.get(table)
            name = section.get(key) if isinstance(section, Mapping) else None
            if isinstance(name, str) and name and name not in found:
                found[name] = f"{what} (pair {stack!r}, {table}.{key})"
    return list(found.items())


def missing_variables(config: Path, env: Mapping[str, str]) -> list[str]:
    """One line per variable the config names whose ``TF_VAR_<name>`` is unset or empty in ``env``."""
    lines = []
    for name, what in config_variables(config):
        value = env.get(f"TF_VAR_{name}")
        if not value:
            state = "is not set" if value is None else "is empty"
            lines.append(f"TF_VAR_{name} {state}: {what}. Fix: export TF_VAR_{name}=<value>")
    return lines
