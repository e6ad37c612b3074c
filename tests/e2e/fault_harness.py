"""The spoke deployed and destroyed with the real cdktf CLI against an emulator pair under injected faults
and interrupts, and what it left behind: used by the fault suite (tests/e2e/test_faults.py) and by
bench/fault_bench.py.

A run: fresh (remote, local) pair; a snapshot of every record of both; faults on (500/503/429 at a total
rate, lost create answers, latency); `cdktf deploy` until it succeeds (each interrupted or failed run
counts), optionally interrupted with SIGINT (to cdktf's process group, like Ctrl-C) or SIGKILL (to its
terraform) after N writes reach an instance; `cdktf diff`; `cdktf destroy` until it succeeds; then
duplicates, orphans (a record on either instance that is neither pre-existing nor in state) and what
destroy left (created records gone, pre-existing ones as they were).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

from servicenow_emulator.schema import TABLES
from servicenow_emulator.testing import Emulator, run_emulator
from spoke_app.config import render_config
from spoke_app.workspace import (
    CdktfError,
    Workspace,
    check_complete,
    run_process,
    strip_ansi,
)

STACK = "spoke"
SECRETS = {
    "remote_admin_password": "Remote-Admin-Pw-fault1",
    "local_admin_password": "Local-Admin-Pw-fault2",
    "local_integration_password": "Integration-Pw-fault3",
}
#: The spoke with the client-credentials grant: it also adopts the remote property and the local profile.
#: This pair is the remote's only user, so destroy gives the property back too (the default keeps it).
OPTIONS = {
    "default_grant_type": "client_credentials",
    "oauth_application_user": "spoke.ci",
    "client_credentials_property_on_destroy": "restore",
}
CREATED_TABLES = {
    "remote": ("oauth_entity", "sys_properties"),
    "local": ("oauth_2_0_credentials", "basic_auth_credentials", "http_connection"),
}
#: Columns that change on every write, and password2 values (never restorable: documented).
VOLATILE = {"sys_updated_on", "sys_updated_by", "sys_mod_count", "client_secret"}
#: Tables whose records the instance writes by itself (logs, tokens): not the stack's records.
NOT_RECORDS = {"syslog", "oauth_credential"}
#: Provider retry timing for the tests (environment defaults the provider reads): short waits.
FAST_RETRIES = {"SERVICENOW_RETRY_BASE_DELAY": "0.05", "SERVICENOW_RETRY_MAX_DELAY": "0.4"}
PROPERTY = "glide.oauth.inbound.client.credential.grant_type.enabled"


@dataclass(frozen=True)
class Scenario:
    name: str
    fault_rate: float = 0.0  # total share of requests answered 500, 503 or 429 (a third each)
    seed: int = 1
    lost_creates: int = 0  # per instance: the next N POSTs commit and their answer is lost
    latency_ms: int = 0
    #: (signal name, writes seen before it is sent) for each interrupted deploy, in order.
    interrupts: tuple[tuple[str, int], ...] = ()
    property_exists: bool = True  # the remote property exists before (adopted) or not (created)
    max_deploys: int = 3


@dataclass
class Outcome:
    scenario: Scenario
    deploys: int = 0  # deploy runs until one succeeded (interrupted and failed ones included)
    converged: bool = False
    diff_clean: bool = False
    diffs: int = 0  # diff runs (one that failed under faults is run again)
    destroys: int = 0
    destroyed: bool = False
    duplicates: list[str] = field(default_factory=list)
    orphans: list[str] = field(default_factory=list)
    left_after_destroy: list[str] = field(default_factory=list)
    not_restored: list[str] = field(default_factory=list)
    faults: int = 0  # answers the emulators' logs show as injected (500/503/429/dropped)
    requests: int = 0  # every request both emulators answered (or dropped)
    records: int = 0  # records the deploy manages on the instances
    deploy_requests: int = 0  # requests the deploys (all of them) sent to both instances
    deploy_posts: int = 0  # POSTs among them (a create is one POST when nothing fails)
    killed_runs_reported: list[bool] = field(default_factory=list)  # per interrupt: run reported failed
    log: list[str] = field(default_factory=list)

    @property
    def restored(self) -> bool:
        return self.destroyed and not self.left_after_destroy and not self.not_restored


def _split_rate(total: float) -> float:
    """The per-kind rate p such that three independent draws fault with probability `total`."""
    return 1.0 - (1.0 - total) ** (1.0 / 3.0) if total > 0 else 0.0


def _faults(scenario: Scenario, salt: int) -> dict[str, Any]:
    p = _split_rate(scenario.fault_rate)
    return {
        "error_rate_500": p,
        "error_rate_503": p,
        "error_rate_429": p,
        "retry_after": 1,
        "latency_ms": scenario.latency_ms,
        "drop_after_commit": scenario.lost_creates,
        "seed": scenario.seed * 100 + salt,
    }


def snapshot(emulator: Emulator) -> dict[str, dict[str, dict[str, str]]]:
    """Every stored record of the instance: table -> sys_id -> values (own table, no ACL)."""
    out: dict[str, dict[str, dict[str, str]]] = {}
    for name, table in TABLES.items():
        if table.virtual or name in NOT_RECORDS:
            continue
        for record in emulator.app.instance.store.scan([name]):
            values = record[1] if isinstance(record, tuple) else record
            out.setdefault(name, {})[values["sys_id"]] = dict(values)
    return out


def _is_fault(entry: dict[str, Any]) -> bool:
    return entry["status"] in (None, 429, 500, 503) and entry["path"].startswith(("/api/now/", "/oauth"))


class Run:
    """One scenario on one fresh emulator pair (a context manager: the pair stops at the end)."""

    def __init__(self, root: Path, remote: Emulator, local: Emulator, terraformrc: Path | None) -> None:
        self.root = root
        self.remote, self.local = remote, local
        kwargs: dict[str, Any] = {"terraformrc": terraformrc} if terraformrc is not None else {}
        self.workspace = Workspace(root, root / "spoke.toml", secrets=dict(SECRETS), timeout=600, **kwargs)
        (root / "spoke.toml").write_text(
            render_config(
                stack=STACK,
                remote_url=remote.url,
                local_url=local.url,
                local_user_name="spoke.integration",
                state_dir="state",
                options=dict(OPTIONS),
            )
        )
        self.extra_env = dict(FAST_RETRIES)

    # ------------------------------------------------------------------ commands

    def cdktf(self, command: str) -> tuple[bool, str]:
        """(finished, output) of one cdktf run with the fast retry settings."""
        cli = str(self.workspace.cli)
        args = [cli, command, "--skip-provider-lock"] + (["--auto-approve"] if command != "diff" else [])
        code, stdout, _ = run_process(
            args,
            cwd=self.root,
            env=self.workspace.env(self.extra_env),
            timeout=self.workspace.timeout,
            merge_stderr=True,
        )
        output = strip_ansi(stdout)
        if code != 0:
            return False, output
        try:
            check_complete(command, output)
        except CdktfError:
            return False, output
        return True, output

    def interrupted_deploy(self, sig: str, writes: int) -> tuple[bool, bool, str]:
        """A deploy interrupted once `writes` writes (POST/PATCH/DELETE answered 2xx) reached the
        instances. Returns (signal sent, the project's checks report the run as failed, its output)."""
        cli = str(self.workspace.cli)
        seen_before = self._writes()
        proc = subprocess.Popen(
            [cli, "deploy", "--skip-provider-lock", "--auto-approve"],
            cwd=self.root,
            env=self.workspace.env(self.extra_env),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )
        sent = False
        output = ""
        try:
            deadline = time.monotonic() + self.workspace.timeout
            while proc.poll() is None and time.monotonic() < deadline:
                if not sent and self._writes() - seen_before >= writes and self._terraform_pids(proc.pid):
                    if sig == "SIGINT":
                        os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C sends to the foreground group
                    else:
                        for pid in self._terraform_pids(proc.pid):
                            os.kill(pid, signal.SIGKILL)
                    sent = True
                time.sleep(0.01)
            output = strip_ansi(proc.communicate(timeout=120)[0] or "")
        finally:
            try:  # nothing of ours outlives the run (the provider of a killed terraform, say)
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            if proc.poll() is None:
                proc.wait(30)
        reported_failed = proc.returncode != 0
        if not reported_failed:
            try:
                check_complete("deploy", output)
            except CdktfError:
                reported_failed = True
        return sent, reported_failed, output

    @staticmethod
    def _terraform_pids(root: int) -> list[int]:
        """terraform processes below `root` (the cdktf run this harness started). cdktf runs terraform
        in a pseudo-terminal, a session of its own, so they are found by parent, not by group."""
        parents: dict[int, int] = {}
        names: dict[int, str] = {}
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            pid = int(entry.name)
            names[pid] = stat[stat.index("(") + 1 : stat.rindex(")")]
            parents[pid] = int(stat[stat.rindex(")") + 2 :].split()[1])
        found = []
        for pid, name in names.items():
            if name != "terraform":
                continue
            ancestor = parents.get(pid, 0)
            while ancestor > 1 and ancestor != root:
                ancestor = parents.get(ancestor, 0)
            if ancestor == root:
                found.append(pid)
        return found

    def _writes(self) -> int:
        return sum(
            1
            for emulator in (self.remote, self.local)
            for entry in emulator.requests()
            if entry["method"] in ("POST", "PATCH", "DELETE")
            and entry["status"] is not None
            and 200 <= entry["status"] < 300
        )

    # ------------------------------------------------------------------ state

    def state_sys_ids(self) -> set[str]:
        path = self.root / "state" / f"{STACK}.tfstate"
        if not path.is_file():
            return set()
        doc = json.loads(path.read_text())
        ids = set()
        for resource in doc.get("resources", []):
            if resource.get("mode") != "managed":
                continue
            for instance in resource.get("instances", []):
                sys_id = instance.get("attributes", {}).get("sys_id")
                if sys_id:
                    ids.add(sys_id)
        return ids


def _prepare(remote: Emulator) -> None:
    """Preconditions of the client-credentials spoke: the OAuth Application User on the remote."""
    requests.post(
        f"{remote.url}/api/now/table/sys_user",
        json={"user_name": "spoke.ci"},
        auth=remote.auth,
        timeout=10,
    ).raise_for_status()


def _add_property(remote: Emulator) -> None:
    requests.post(
        f"{remote.url}/api/now/table/sys_properties",
        json={"name": PROPERTY, "value": "false", "type": "boolean"},
        auth=remote.auth,
        timeout=10,
    ).raise_for_status()


@contextmanager
def emulator_pair() -> Iterator[tuple[Emulator, Emulator]]:
    with (
        run_emulator("remote", seed="spoke", admin_password=SECRETS["remote_admin_password"]) as remote,
        run_emulator("local", seed="spoke", admin_password=SECRETS["local_admin_password"]) as local,
    ):
        yield remote, local


def run_scenario(scenario: Scenario, root: Path, terraformrc: Path | None = None) -> Outcome:
    """Deploy until converged, diff, destroy until done, on a fresh emulator pair; measure everything."""
    outcome = Outcome(scenario)
    root.mkdir(parents=True, exist_ok=True)
    with emulator_pair() as (remote, local):
        _prepare(remote)
        if scenario.property_exists:
            _add_property(remote)
        before = {"remote": snapshot(remote), "local": snapshot(local)}
        run = Run(root, remote, local, terraformrc)
        for emulator in (remote, local):
            emulator.clear_requests()
        remote.set_faults(**_faults(scenario, 1))
        local.set_faults(**_faults(scenario, 2))

        for sig, writes in scenario.interrupts:
            sent, reported, output = run.interrupted_deploy(sig, writes)
            outcome.deploys += 1
            tail = "\n".join(output.splitlines()[-12:])
            outcome.log.append(f"deploy interrupted by {sig} after {writes} writes: sent={sent}\n{tail}")
            if sent:
                outcome.killed_runs_reported.append(reported)
        while outcome.deploys < len(scenario.interrupts) + scenario.max_deploys:
            outcome.deploys += 1
            finished, output = run.cdktf("deploy")
            if finished:
                outcome.converged = True
                break
            outcome.log.append("deploy failed:\n" + "\n".join(output.splitlines()[-25:]))
        in_state = run.state_sys_ids()
        outcome.records = len(in_state)
        deploy_log = remote.requests() + local.requests()
        outcome.deploy_requests = len(deploy_log)
        outcome.deploy_posts = sum(1 for e in deploy_log if e["method"] == "POST" and "/table/" in e["path"])
        after = {"remote": snapshot(remote), "local": snapshot(local)}
        for side, tables in CREATED_TABLES.items():
            for table in tables:
                names: dict[str, int] = {}
                for record in after[side].get(table, {}).values():
                    names[record.get("name", "")] = names.get(record.get("name", ""), 0) + 1
                outcome.duplicates += [f"{side} {table} {n!r} x{c}" for n, c in names.items() if c > 1]
        for side in ("remote", "local"):
            for table, records in after[side].items():
                for sys_id, record in records.items():
                    if sys_id not in before[side].get(table, {}) and sys_id not in in_state:
                        outcome.orphans.append(f"{side} {table} {record.get('name', '')!r} {sys_id}")

        if outcome.converged:
            # A diff that fails (a read out of retries under faults) is run again, as a user would; a
            # diff that finishes with changes is a finding and is not.
            while outcome.diffs < scenario.max_deploys:
                outcome.diffs += 1
                finished, output = run.cdktf("diff")
                outcome.diff_clean = finished and "No changes." in output
                if not outcome.diff_clean:
                    outcome.log.append("diff:\n" + "\n".join(output.splitlines()[-25:]))
                if finished:
                    break
        while outcome.destroys < scenario.max_deploys + 2:
            outcome.destroys += 1
            finished, output = run.cdktf("destroy")
            if finished:
                outcome.destroyed = True
                break
            outcome.log.append("destroy failed:\n" + "\n".join(output.splitlines()[-25:]))

        entries = remote.requests() + local.requests()
        outcome.requests = len(entries)
        outcome.faults = sum(1 for e in entries if _is_fault(e))
        remote.clear_faults()
        local.clear_faults()
        final = {"remote": snapshot(remote), "local": snapshot(local)}
        for side in ("remote", "local"):
            for table, records in final[side].items():
                for sys_id, record in records.items():
                    old = before[side].get(table, {}).get(sys_id)
                    if old is None:
                        outcome.left_after_destroy.append(f"{side} {table} {record.get('name', '')!r}")
                        continue
                    changed = sorted(
                        k for k in set(old) | set(record) if k not in VOLATILE and old.get(k) != record.get(k)
                    )
                    if changed:
                        outcome.not_restored.append(f"{side} {table} {record.get('name', '')!r}: {changed}")
            for table, records in before[side].items():
                for sys_id, record in records.items():
                    if sys_id not in final[side].get(table, {}):
                        outcome.not_restored.append(f"{side} {table} {record.get('name', '')!r} deleted")
    return outcome
