"""What a fleet run shows: each stack's result, progress lines, the summary table, the drift report.

The drift report (``spoke diff --all --json``) is derived from ``terraform show -json`` of each stack's
plan: one entry per changed attribute (stack, resource, action, attribute, before, after). Values that
the plan marks sensitive (``before_sensitive``/``after_sensitive``) are replaced by ``"(sensitive)"``,
values known only after apply by ``"(known after apply)"``; the runner also scrubs every known secret
(:class:`Scrubber`) from what it prints, as a last line of defence.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO

#: The commands a fleet runs.
COMMANDS = ("deploy", "diff", "destroy")
SENSITIVE = "(sensitive)"
UNKNOWN = "(known after apply)"
SECRET = "(secret)"
_MIN_SECRET = 8  # as the provider's scrubber: shorter values would mask ordinary words


@dataclass
class StackRun:
    """What happened to one stack: its status and counts, its first error, and (diff) its changes."""

    stack: str
    status: str = "waiting"  # waiting, running, done, failed, cancelled
    add: int | None = None
    change: int | None = None
    remove: int | None = None
    seconds: float = 0.0
    error: str = ""
    changes: list[dict[str, Any]] = field(default_factory=list)
    changed: bool = False  # (diff) terraform's plan exited 2: changes, or drift of a -refresh-only plan

    @property
    def has_changes(self) -> bool:
        return bool(self.changed or self.add or self.change or self.remove)

    def counts(self, command: str) -> str:
        if self.add is None:
            return ""
        if command == "diff":
            return f"{self.add} to add, {self.change} to change, {self.remove} to destroy"
        return f"{self.add} added, {self.change} changed, {self.remove} destroyed"


def _mask(value: Any, sensitive: Any) -> Any:
    """``value`` with every part that ``sensitive`` (a plan's ``*_sensitive`` mark) covers masked."""
    if sensitive is True:
        return None if value is None else SENSITIVE
    if isinstance(value, dict) and isinstance(sensitive, dict):
        return {key: _mask(item, sensitive.get(key)) for key, item in value.items()}
    if isinstance(value, list) and isinstance(sensitive, list):
        return [_mask(item, sensitive[i] if i < len(sensitive) else None) for i, item in enumerate(value)]
    return value


def _unknown(value: Any, unknown: Any) -> Any:
    if unknown is True:
        return UNKNOWN
    if isinstance(unknown, dict):
        base = dict(value) if isinstance(value, dict) else {}
        for key, mark in unknown.items():
            if mark:
                base[key] = _unknown(base.get(key), mark)
        return base
    return value


def plan_changes(stack: str, plan: Mapping[str, Any], refresh_only: bool = False) -> list[dict[str, Any]]:
    """One entry per changed attribute of a plan's ``resource_changes`` (``terraform show -json``); of its
    ``resource_drift`` (what changed outside terraform) for a ``-refresh-only`` plan, which has no other."""
    changes: list[dict[str, Any]] = []
    for resource in plan.get("resource_drift" if refresh_only else "resource_changes") or []:
        change = resource.get("change") or {}
        actions = change.get("actions") or []
        if actions in (["no-op"], ["read"]) or not actions:
            continue
        before = change.get("before") or {}
        after = change.get("after") or {}
        before_sensitive = change.get("before_sensitive") or {}
        after_sensitive = change.get("after_sensitive") or {}
        after_unknown = change.get("after_unknown") or {}
        for attribute in sorted(set(before) | set(after) | set(after_unknown)):
            old, new = before.get(attribute), after.get(attribute)
            unknown = after_unknown.get(attribute) if isinstance(after_unknown, dict) else None
            if old == new and not unknown:
                continue
            masked_old = _mask(
                old, before_sensitive.get(attribute) if isinstance(before_sensitive, dict) else None
            )
            masked_new = _mask(
                new, after_sensitive.get(attribute) if isinstance(after_sensitive, dict) else None
            )
            masked_new = _unknown(masked_new, unknown)
            changes.append(
                {
                    "stack": stack,
                    "resource": resource.get("address", ""),
                    "action": "-".join(actions),
                    "attribute": attribute,
                    "before": masked_old,
                    "after": masked_new,
                }
            )
    return changes


def report_changes(
    stack: str, plan: Mapping[str, Any], scrub: Scrubber, refresh_only: bool = False
) -> list[dict[str, Any]]:
    """The drift report's entries of one stack's plan (:func:`plan_changes`), every known secret scrubbed."""
    return scrub.tree(plan_changes(stack, plan, refresh_only))


def _forms(secret: str) -> set[str]:
    """A secret as text may show it: as it is, escaped in a JSON string or a Go-quoted one (terraform's
    messages: ``"`` and ``\\`` escaped), and with its runs of white space made one space (one-line
    messages)."""
    forms = {secret, " ".join(secret.split())}
    forms |= {json.dumps(form)[1:-1] for form in set(forms)}
    forms |= {json.dumps(form, ensure_ascii=False)[1:-1] for form in set(forms)}
    return {form for form in forms if len(form) >= _MIN_SECRET}


class Scrubber:
    """Replaces every known secret (TF_VAR_* values, the pg connection string) in text we print."""

    def __init__(self, secrets: Iterable[str]) -> None:
        known = {s for s in secrets if s and len(s) >= _MIN_SECRET}
        self.secrets = sorted({form for s in known for form in _forms(s)}, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, SECRET)
        return text

    def tree(self, value: Any) -> Any:
        """JSON data with every known secret scrubbed from each string in it (keys included), matched as
        the text it is: scrubbing the JSON text instead would miss a secret that JSON escapes (a quote, a
        backslash, a letter outside ASCII)."""
        if isinstance(value, str):
            return self(value)
        if isinstance(value, dict):
            return {
                self(key) if isinstance(key, str) else key: self.tree(item) for key, item in value.items()
            }
        if isinstance(value, list):
            return [self.tree(item) for item in value]
        return value


class Progress:
    """One line per stack and event, written as they happen (safe from several threads)."""

    def __init__(self, out: TextIO, stacks: Sequence[str], command: str) -> None:
        self.out = out
        self.width = max((len(s) for s in stacks), default=5)
        self.command = command
        self.total = len(stacks)
        self.finished = 0
        self._lock = threading.Lock()

    def show(self, run: StackRun) -> None:
        with self._lock:
            if run.status in ("done", "failed", "cancelled"):
                self.finished += 1
            text = {
                "waiting": "waiting",
                "running": f"running ({self.command})",
                "done": f"done: {run.counts(self.command) or 'ok'} ({run.seconds:.1f} s)",
                "failed": f"failed: {run.error} ({run.seconds:.1f} s)",
                "cancelled": "cancelled",
            }[run.status]
            self.out.write(
                f"[{self.finished:>{len(str(self.total))}}/{self.total}] {run.stack:<{self.width}}  {text}\n"
            )
            self.out.flush()


def summary_table(runs: Sequence[StackRun], command: str) -> str:
    """The table printed at the end: one row per stack, then a line with the totals."""
    head = ("stack", "result", "add", "change", "destroy", "time", "first error")
    rows = []
    for run in runs:
        result = {"done": "changes" if command == "diff" and run.has_changes else "ok"}.get(
            run.status, run.status
        )
        if run.status == "done" and command == "diff" and not run.has_changes:
            result = "no changes"
        numbers = [str(n) if n is not None else "-" for n in (run.add, run.change, run.remove)]
        rows.append(
            (
                run.stack,
                result.upper() if run.status == "failed" else result,
                *numbers,
                f"{run.seconds:.1f}s",
                run.error,
            )
        )
    widths = [max(len(str(row[i])) for row in [head, *rows]) for i in range(len(head) - 1)]
    lines = []
    for row in [head, *rows]:
        cells = [str(cell).ljust(widths[i]) for i, cell in enumerate(row[:-1])]
        lines.append("  ".join(cells + [str(row[-1])]).rstrip())
    failed = [run.stack for run in runs if run.status == "failed"]
    changed = [run.stack for run in runs if run.status == "done" and run.has_changes]
    other = [run.stack for run in runs if run.status not in ("done", "failed")]
    total = f"{len(runs)} stacks: {len(runs) - len(failed) - len(other)} ran"
    if command == "diff":
        total += f", {len(changed)} with changes" + (f" ({', '.join(changed)})" if changed else "")
    total += f", {len(failed)} failed" + (f" ({', '.join(failed)})" if failed else "")
    if other:
        total += f", {len(other)} not run ({', '.join(other)})"
    return "\n".join(lines + [total])


def drift_report(command: str, runs: Sequence[StackRun]) -> dict[str, Any]:
    """The one machine-readable document of a run (``spoke diff --all --json``)."""
    return {
        "format_version": 1,
        "command": command,
        "stacks": [
            {
                "stack": run.stack,
                "status": run.status,
                "has_changes": run.has_changes,
                "add": run.add,
                "change": run.change,
                "destroy": run.remove,
                "error": run.error or None,
            }
            for run in runs
        ],
        "changes": [change for run in runs for change in run.changes],
        "failed": [run.stack for run in runs if run.status == "failed"],
    }


def exit_code(runs: Sequence[StackRun], command: str, detailed: bool) -> int:
    """1 when a stack failed (or was cancelled); 2 with ``--exit-code`` when a diff has changes; else 0."""
    if any(run.status != "done" for run in runs):
        return 1
    if command == "diff" and detailed and any(run.has_changes for run in runs):
        return 2
    return 0
