"""What terraform's output says, for the fleet: its JSON messages (``-json``), the first error of a failed
run in one line, the holder of a local state file's lock, and the counts of what a plan or an apply
changed. Pure functions of terraform's stdout and stderr; :mod:`spoke_app.fleet` runs terraform."""

from __future__ import annotations

import json
import re
from typing import Any

from .fleet_report import StackRun
from .workspace import strip_ansi

#: The summary of terraform's diagnostic when another run holds the state lock.
LOCK_SUMMARY = "Error acquiring the state lock"
#: What a resource's ``apply_complete`` message (by its action) counts in a failed apply ("read": nothing).
APPLIED = {"create": ("add",), "update": ("change",), "delete": ("remove",), "replace": ("add", "remove")}


def json_lines(text: str) -> list[dict[str, Any]]:
    messages = []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("{"):
            try:
                messages.append(json.loads(line))
            except json.JSONDecodeError:
                continue
    return messages


def one_line(text: str, limit: int = 400) -> str:
    text = " ".join(strip_ansi(text).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def first_error(stdout: str, stderr: str) -> tuple[str, str]:
    """(summary, one-line message) of the first error diagnostic of terraform's output."""
    for message in json_lines(stdout):
        if message.get("type") == "diagnostic" and message.get("@level") == "error":
            diagnostic = message.get("diagnostic") or {}
            summary = diagnostic.get("summary", "")
            detail = diagnostic.get("detail", "")
            return summary, one_line(f"{summary}: {detail}" if detail else summary)
    # Text (terraform init): the error's first line, then its detail up to the next diagnostic or box end.
    lines = strip_ansi(stderr or stdout).splitlines()
    for index, line in enumerate(lines):
        stripped = line.strip(" │╷╵")
        if stripped.startswith("Error"):
            detail = []
            for following in lines[index + 1 :]:
                part = following.strip(" │")
                if following.strip().startswith("╵") or part.startswith(("Error", "Warning")):
                    break
                detail.append(part)
            text = " ".join(detail).strip()
            return stripped, one_line(f"{stripped}: {text}" if text else stripped)
    tail = [line for line in lines if line.strip()]
    return "", one_line(tail[-1] if tail else "terraform failed without a message")


def local_lock(stack: str, stdout: str, stderr: str) -> str:
    """The lock of a local state file and its holder, from terraform's lock error (its ``Lock Info``, which
    the local backend reads from the holder's ``.lock.info`` file)."""
    details = [(m.get("diagnostic") or {}).get("detail", "") for m in json_lines(stdout)]
    text = "\n".join([*details, strip_ansi(stderr)])
    info = dict(re.findall(r"^[\s│]*(ID|Path|Operation|Who|Created):[ \t]*(\S.*?)\s*$", text, re.M))
    lock = f"the state lock of stack {stack!r} (local state file {info.get('Path', 'of the stack')})"
    if "Who" not in info:
        return f"{lock} is held by another run"
    operation = info.get("Operation", "").removeprefix("OperationType").lower()
    held = [
        f"terraform {operation}" if operation else "",
        f"since {info['Created'][:19]}" if "Created" in info else "",
        f"lock ID {info['ID']}" if "ID" in info else "",
    ]
    described = ", ".join(each for each in held if each)
    return f"{lock} is held by {info['Who']}" + (f" ({described})" if described else "")


def count_changes(run: StackRun, stdout: str, operation: str, partial: bool = False) -> None:
    """The counts of terraform's change summary of ``operation`` (plan or apply: an apply's output, of
    ``-destroy`` too, also has the summary of its plan, which counts what was planned, not done). A
    failed apply has none: then what it did change (its ``apply_complete`` messages), or no counts
    (``-``) when it changed nothing."""
    done: dict[str, set[str]] = {"add": set(), "change": set(), "remove": set()}
    for message in json_lines(stdout):
        changes = message.get("changes") or {}
        if message.get("type") == "change_summary" and changes.get("operation") in (operation, None):
            run.add, run.change, run.remove = (int(changes.get(k, 0)) for k in ("add", "change", "remove"))
        elif message.get("type") == "apply_complete":
            hook = message.get("hook") or {}
            for count in APPLIED.get(hook.get("action"), ()):
                done[count].add(str((hook.get("resource") or {}).get("addr")))
    if run.add is None and partial and any(done.values()):
        run.add, run.change, run.remove = (len(done[k]) for k in ("add", "change", "remove"))
    if run.add is None and not partial and operation == "plan":
        run.add = run.change = run.remove = 0
