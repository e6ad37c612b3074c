"""`make demo`: the spoke set up with cdktf on an emulator pair, end to end, offline.

1. starts two emulators (remote, local) seeded with the Remote Instance spoke, on 127.0.0.1;
2. writes a config for that pair (secrets are random and passed as TF_VAR_*, never written);
3. runs `cdktf deploy`, then `cdktf diff`, which must say "No changes";
4. shows where each record is (instance, table, sys_id, Table API URL) and the "Get OAuth Token" URL;
5. stops the emulators.

The work directory is .build/demo (recreated on each run); `python -m tools.demo --keep` leaves the
emulators running until Enter is pressed, to look around.
"""

from __future__ import annotations

import argparse
import secrets
import shutil
import sys
import time
from pathlib import Path

import requests

from servicenow_emulator.testing import SpawnedEmulator, spawn_emulator
from servicenow_spoke.config import render_config
from servicenow_spoke.workspace import DEFAULT_TERRAFORMRC, PROJECT_ROOT, CdktfError, Workspace

STACK = "spoke-demo"
WORK_DIR = PROJECT_ROOT / ".build" / "demo"
NO_CHANGES = "No changes. Your infrastructure matches the configuration."

# (output name, which instance, table, what it is)
RECORDS: tuple[tuple[str, str, str, str], ...] = (
    ("remote_endpoint_sys_id", "remote", "oauth_entity", "OAuth API endpoint for external clients"),
    ("registry_sys_id", "local", "oauth_entity", "RemoteSpoke application registry (adopted)"),
    ("profile_sys_id", "local", "oauth_entity_profile", "RemoteSpoke default_profile (looked up)"),
    ("oauth_credential_sys_id", "local", "oauth_2_0_credentials", "OAuth 2.0 credential"),
    ("local_credential_sys_id", "local", "basic_auth_credentials", "basic-auth credential"),
    ("remote_connection_sys_id", "local", "http_connection", "connection under ServiceNowRemoteInstance"),
    (
        "local_connection_sys_id",
        "local",
        "http_connection",
        "connection under ServiceNowRemoteInstanceLocalAlias",
    ),
)


def say(message: str) -> None:
    print(message, flush=True)


def _summary(output: str, marker: str) -> str:
    found = [line[line.index(marker) :].strip() for line in output.splitlines() if marker in line]
    return found[-1] if found else "(no summary line)"


def show_records(
    workspace: Workspace, instances: dict[str, SpawnedEmulator], auth: dict[str, tuple[str, str]]
) -> None:
    outputs = workspace.outputs(STACK)
    say("\nWhere the records are:")
    for output, role, table, what in RECORDS:
        sys_id = outputs[output]
        url = f"{instances[role].url}/api/now/table/{table}/{sys_id}"
        answer = requests.get(url, auth=auth[role], params={"sysparm_fields": "name"}, timeout=10)
        name = answer.json()["result"]["name"] if answer.status_code == 200 else f"HTTP {answer.status_code}"
        say(f"  {role:<6} {table:<23} {sys_id}  {name!r:<42} {what}")
        say(f"         {url}")
    say('\nNext step, in a browser logged in to the local instance ("Get OAuth Token"):')
    say(f"  {outputs['get_oauth_token_url']}")
    say(f"\nStack outputs: terraform output -json, in {workspace.stack_dir(STACK)}")


def run(work_dir: Path = WORK_DIR, keep: bool = False) -> int:
    started = time.monotonic()
    if not DEFAULT_TERRAFORMRC.is_file():
        say(f"error: {DEFAULT_TERRAFORMRC} is missing: the provider is not installed. Fix: run `make demo`")
        return 1
    if work_dir.exists():
        shutil.rmtree(work_dir)
    work_dir.mkdir(parents=True)
    passwords = {role: secrets.token_urlsafe(18) for role in ("remote", "local", "integration")}
    say("Starting two emulators seeded with the Remote Instance spoke...")
    remote = spawn_emulator("remote", seed="spoke", admin_password=passwords["remote"])
    try:
        local = spawn_emulator("local", seed="spoke", admin_password=passwords["local"])
        try:
            instances = {"remote": remote, "local": local}
            say(f"  remote: {remote.url}\n  local:  {local.url}")
            config = work_dir / "spoke.toml"
            config.write_text(
                render_config(
                    stack=STACK,
                    remote_url=remote.url,
                    local_url=local.url,
                    local_user_name="spoke.integration",
                    state_dir="state",
                )
            )
            workspace = Workspace(
                work_dir,
                config,
                secrets={
                    "remote_admin_password": passwords["remote"],
                    "local_admin_password": passwords["local"],
                    "local_integration_password": passwords["integration"],
                },
            )
            say(f"Config: {config} (secrets only in TF_VAR_*)")
            step = time.monotonic()
            say("Running cdktf deploy...")
            output = workspace.cdktf("deploy")
            say(f"  {_summary(output, 'Apply complete!')}  ({time.monotonic() - step:.1f} s)")
            step = time.monotonic()
            say("Running cdktf diff...")
            output = workspace.cdktf("diff")
            if NO_CHANGES not in output:
                say("error: cdktf diff right after deploy shows changes:\n" + output[-3000:])
                return 1
            say(f"  {NO_CHANGES}  ({time.monotonic() - step:.1f} s)")
            auth = {"remote": remote.auth, "local": local.auth}
            show_records(workspace, instances, auth)
            if keep:
                input("\nEmulators still running; press Enter to stop them. ")
        finally:
            local.stop()
    except CdktfError as error:
        say(f"error: {error}")
        return 1
    finally:
        remote.stop()
    say(f"\nEmulators stopped. Demo done in {time.monotonic() - started:.1f} s.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.demo", description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", action="store_true", help="keep the emulators running until Enter")
    parser.add_argument("--work-dir", type=Path, default=WORK_DIR, help=f"default: {WORK_DIR}")
    args = parser.parse_args(argv)
    return run(work_dir=args.work_dir.resolve(), keep=args.keep)


if __name__ == "__main__":
    sys.exit(main())
