"""`make demo`: the spoke set up with cdktf on an emulator pair, end to end, offline
(`SPOKE_TOOLCHAIN=cdktn make demo`: the same with CDK Terrain's `cdktn`).

1. starts two emulators (remote, local) seeded with the Remote Instance spoke, on 127.0.0.1, and creates
   the remote user 'spoke.ci' (a precondition of the remote instance, like an integration user: the
   Table API, not the stack);
2. writes a config for that pair (secrets are random and passed as TF_VAR_*, never written) selecting
   the client-credentials grant with `oauth_application_user = "spoke.ci"`;
3. runs `cdktf deploy` (which sets 'spoke.ci' as the remote endpoint's OAuth Application User), then
   `cdktf diff`, which must say "No changes";
4. shows where each record is (instance, table, sys_id, Table API URL), the endpoint's OAuth Application
   User and the "Get OAuth Token" URL;
5. gets the OAuth token without a browser (`python -m spoke_cli authorize`, the client-credentials grant
   the config selects: the CI path) and runs `python -m spoke_cli verify`, so the demo ends with the
   spoke proven to work;
6. stops the emulators.

The work directory is .build/demo (recreated on each run); `python -m tools.demo --keep` leaves the
emulators running until Enter is pressed, to look around.
"""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import subprocess
import sys
import time
from pathlib import Path

import requests

from servicenow_emulator.testing import SpawnedEmulator, spawn_emulator
from spoke_app.config import render_config
from spoke_app.workspace import DEFAULT_TERRAFORMRC, PROJECT_ROOT, CdktfError, Workspace

STACK = "spoke-demo"
WORK_DIR = PROJECT_ROOT / ".build" / "demo"
NO_CHANGES = "No changes. Your infrastructure matches the configuration."
#: The remote user that client-credentials tokens act as (the endpoint's OAuth Application User).
CI_USER = "spoke.ci"

# (output name, which instance, table, what it is)
RECORDS: tuple[tuple[str, str, str, str], ...] = (
    ("remote_endpoint_sys_id", "remote", "oauth_entity", "OAuth API endpoint for external clients"),
    ("registry_sys_id", "local", "oauth_entity", "RemoteSpoke application registry (adopted)"),
    (
        "profile_sys_id",
        "local",
        "oauth_entity_profile",
        "RemoteSpoke default_profile (looked up; grant type set on the CI path)",
    ),
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


def application_user(
    outputs: dict[str, str], instances: dict[str, SpawnedEmulator], auth: dict[str, tuple[str, str]]
) -> str:
    """The user_name of the remote endpoint's OAuth Application User, read back from the remote."""
    api = f"{instances['remote'].url}/api/now/table"
    endpoint = requests.get(
        f"{api}/oauth_entity/{outputs['remote_endpoint_sys_id']}",
        auth=auth["remote"],
        params={"sysparm_fields": "user", "sysparm_exclude_reference_link": "true"},
        timeout=10,
    )
    endpoint.raise_for_status()
    user_id = endpoint.json()["result"].get("user")
    if not user_id:
        return "(none)"
    user = requests.get(
        f"{api}/sys_user/{user_id}", auth=auth["remote"], params={"sysparm_fields": "user_name"}, timeout=10
    )
    user.raise_for_status()
    return str(user.json()["result"]["user_name"])


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
    user = application_user(outputs, instances, auth)
    say(f"\nOAuth Application User of the remote endpoint (set by the deploy): {user!r}")
    say('\n"Get OAuth Token" on the local instance (the URL `spoke_cli authorize` starts from):')
    say(f"  {outputs['get_oauth_token_url']}")
    say(f"\nStack outputs: terraform output -json, in {workspace.stack_dir(STACK)}")


def create_ci_user(remote: SpawnedEmulator) -> None:
    """Precondition of the remote instance, not part of the stack: the user client-credentials tokens act as.

    On a real remote this is a dedicated integration user with the least roles the spoke's flows need,
    created by its administrators; the stack only looks it up (`oauth_application_user`).
    """
    created = requests.post(
        f"{remote.url}/api/now/table/sys_user", json={"user_name": CI_USER}, auth=remote.auth, timeout=10
    )
    created.raise_for_status()
    say(
        f"  remote: user {CI_USER!r} created through the Table API (precondition: the OAuth Application User)"
    )


def prove(config: Path, passwords: dict[str, str]) -> int:
    """Get the token non-interactively and verify the chain, with the project's CLI as a user runs it."""
    say("\nGetting the OAuth token without a browser (client credentials grant, the CI path):")
    env = dict(os.environ)
    env["PYTHONPATH"] = str(PROJECT_ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env["TF_VAR_remote_admin_password"] = passwords["remote"]
    env["TF_VAR_local_admin_password"] = passwords["local"]
    for args in (["authorize", "--timeout", "30", "--no-browser"], ["verify"]):
        command = [sys.executable, "-m", "spoke_cli", args[0], "--config", str(config), *args[1:]]
        say(f"$ python -m spoke_cli {' '.join(command[3:])}")
        proc = subprocess.run(
            command, cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=120, check=False
        )
        for line in (proc.stdout + proc.stderr).splitlines():
            say(f"  {line}")
        if proc.returncode != 0:
            say(f"error: spoke_cli {args[0]} exited {proc.returncode}")
            return 1
    return 0


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
            create_ci_user(remote)
            config = work_dir / "spoke.toml"
            config.write_text(
                render_config(
                    stack=STACK,
                    remote_url=remote.url,
                    local_url=local.url,
                    local_user_name="spoke.integration",
                    state_dir="state",
                    # The CI path: no browser; tokens act as the remote user CI_USER.
                    options={"default_grant_type": "client_credentials", "oauth_application_user": CI_USER},
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
            cli = workspace.toolchain.cli
            say(f"Running {cli} deploy...")
            output = workspace.cdktf("deploy")
            say(f"  {_summary(output, 'Apply complete!')}  ({time.monotonic() - step:.1f} s)")
            step = time.monotonic()
            say(f"Running {cli} diff...")
            output = workspace.cdktf("diff")
            if NO_CHANGES not in output:
                say(f"error: {cli} diff right after deploy shows changes:\n" + output[-3000:])
                return 1
            say(f"  {NO_CHANGES}  ({time.monotonic() - step:.1f} s)")
            auth = {"remote": remote.auth, "local": local.auth}
            show_records(workspace, instances, auth)
            proven = prove(config, passwords)
            if proven != 0:
                return proven
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
