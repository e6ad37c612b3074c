"""Checks the project's commands make before cdktf starts: the Terraform variables a config file names
(secrets come from ``TF_VAR_<name>``), read without cdktf.

Every project command that runs cdktf checks them first (:func:`missing_variables`): cdktf runs terraform
in a pseudo-terminal, where a missing variable makes terraform wait at its input prompt (a CI job hangs
until its timeout), and an empty one fails later with an unrelated message. ``load_config`` reads the
same keys (a test keeps the two in step); this module reads only them, so the check costs no jsii start.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

#: (table of a [[pair]], key) -> what the variable holds, for the message.
VARIABLE_KEYS: tuple[tuple[str, str, str], ...] = (
    ("remote", "password_variable", "the password of the remote instance's user"),
    ("local", "password_variable", "the password of the local instance's user"),
    ("local_credential", "password_variable", "the password of the local credential's user"),
    ("options", "client_secret_variable", "the remote endpoint's client secret"),
)


def config_variables(config: Path, stacks: Collection[str] | None = None) -> list[tuple[str, str]]:
    """(variable name, what it holds) for every variable the config names, in order, once each; with
    ``stacks``, only those of these stacks' pairs (a fleet run of some stacks needs no other's secrets).

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
        if stacks is not None and stack not in stacks:
            continue
        for table, key, what in VARIABLE_KEYS:
            section = pair.get(table)
            name = section.get(key) if isinstance(section, Mapping) else None
            if isinstance(name, str) and name and name not in found:
                found[name] = f"{what} (pair {stack!r}, {table}.{key})"
    return list(found.items())


def missing_variables(
    config: Path, env: Mapping[str, str], stacks: Collection[str] | None = None
) -> list[str]:
    """One line per variable the config names (for ``stacks`` only, when given) whose ``TF_VAR_<name>`` is
    unset or empty in ``env``."""
    lines = []
    for name, what in config_variables(config, stacks):
        value = env.get(f"TF_VAR_{name}")
        if not value:
            state = "is not set" if value is None else "is empty"
            lines.append(f"TF_VAR_{name} {state}: {what}. Fix: export TF_VAR_{name}=<value>")
    return lines


def _settings(config: Path) -> tuple[Path, str, list[str]]:
    """(state folder, backend, stack names) of a config file, read without cdktf (defaults when the file
    cannot be read: the app reports the config's own errors)."""
    config = Path(config)
    try:
        data: Any = tomllib.loads(config.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        data = {}
    settings = data.get("settings") if isinstance(data, Mapping) else None
    settings = settings if isinstance(settings, Mapping) else {}
    folder = Path(str(settings.get("state_dir") or ".state"))
    if not folder.is_absolute():
        folder = config.parent / folder
    pairs = data.get("pair") if isinstance(data, Mapping) else None
    stacks = (
        [p["stack"] for p in pairs if isinstance(p, Mapping) and isinstance(p.get("stack"), str)]
        if isinstance(pairs, list)
        else []
    )
    return folder, str(settings.get("backend") or "local"), stacks


def killed_runs(config: Path) -> list[str]:
    """Stacks whose last terraform run was killed: terraform's local backend leaves the lock's info file
    (`.<stack>.tfstate.lock.info`) behind when it cannot unlock, and nobody holds the lock any more.
    (cdktf exits 0 even then.) Local state only."""
    folder, backend, stacks = _settings(config)
    if backend != "local":
        return []
    killed = []
    for stack in stacks:
        info = folder / f".{stack}.tfstate.lock.info"
        state = folder / f"{stack}.tfstate"
        if info.exists() and not _locked(state):
            killed.append(stack)
    return killed


def _locked(state: Path) -> bool:
    """Whether a process holds terraform's lock on the state file (an fcntl lock, as terraform takes)."""
    import fcntl

    try:
        fd = os.open(state, os.O_RDWR)
    except OSError:
        return False
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    else:
        fcntl.lockf(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


def killed_message(command: str, stacks: list[str]) -> str:
    return (
        f"cdktf {command} exited 0 but terraform did not finish for stack(s) {', '.join(stacks)}: it was "
        "killed (its state lock was never released). Records it was creating may be on the instances "
        f"without being in the state. Fix: run {command} again (a deploy takes such records over by their "
        "stable key, never creating them twice)."
    )
