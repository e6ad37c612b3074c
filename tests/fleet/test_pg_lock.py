"""The `pg` state backend for real: state in PostgreSQL, and two deploys of one stack at the same time.

Two work directories (two checkouts: a laptop and a CI job) share one config, one PostgreSQL cluster
and one emulator pair. While the first deploy holds the stack's lock, a second one fails at once with a
message naming the lock and who holds it, and a third one given a lock timeout waits and then finds
nothing to do. Afterwards the state is whole, every record exists once, and diff reports no changes.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import time
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest

from servicenow_emulator.testing import run_emulator
from spoke_app.config import load_config
from spoke_app.fleet import Fleet, StackRun
from spoke_app.pg_state import lock_holders
from tests.fleet.helpers import fleet_config, fleet_secrets, workspace
from tools.postgres import CLUSTER_DATABASE, CLUSTER_USER, Cluster, private_cluster, start

pytestmark = [pytest.mark.slow, pytest.mark.e2e]

STACK = "spoke-0"
SCHEMA = f"spoke_{STACK}"
CREATED = {"oauth_2_0_credentials": 1, "basic_auth_credentials": 1, "http_connection": 2}


def _wait(predicate, timeout: float, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def test_two_deploys_of_one_stack_at_once_one_is_refused_naming_the_holder_and_nothing_is_duplicated(
    tmp_path: Path, terraformrc: Path, pg_cluster: Cluster, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SPOKE_TEST_PG", pg_cluster.conn_str)  # exported, as a user does
    environ = dict(os.environ)
    settings = {"state_dir": "state", "backend": "pg", "pg_conn_str_variable": "SPOKE_TEST_PG"}
    with run_emulator("remote", seed="spoke") as remote, run_emulator("local", seed="spoke") as local:
        text = fleet_config(remote, [local], settings=settings)
        secrets = fleet_secrets(remote, [local])
        laptop = workspace(tmp_path / "laptop", text, terraformrc, secrets)
        ci = workspace(tmp_path / "ci", text, terraformrc, secrets)
        config = load_config(laptop.config)
        first = Fleet(laptop, config, progress=io.StringIO(), environ=environ)
        refused = Fleet(ci, load_config(ci.config), progress=io.StringIO(), environ=environ)
        patient = Fleet(ci, load_config(ci.config), lock_timeout=120, progress=io.StringIO(), environ=environ)
        first.synth()
        refused.synth()

        # The first deploy is slowed down (every request of the pair answers after 400 ms), so that it
        # holds the stack's lock long enough for the others to run into it.
        remote.set_faults(latency_ms=400)
        local.set_faults(latency_ms=400)
        with ThreadPoolExecutor(max_workers=2) as pool:
            deploying: Future[list[StackRun]] = pool.submit(first.run, "deploy", [STACK])
            _wait(
                lambda: any(
                    h.application_name.startswith(f"spoke deploy {STACK} ") and not h.creating
                    for h in lock_holders(pg_cluster.conn_str, SCHEMA)
                ),
                120,
                "the first deploy to hold the stack's lock",
            )
            # The provider's fork server (warm for the whole run) holds no secret: not the connection string,
            # although the config names a variable of its own for it.
            assert first._forks is not None
            server_env = Path(f"/proc/{first._forks.proc.pid}/environ").read_bytes()
            leaked = pg_cluster.password.encode() in server_env  # (not shown in a failure's message)
            assert not leaked, "the fork server's environment holds the connection string"
            assert b"TF_VAR_" not in server_env
            started = time.monotonic()
            (second,) = refused.run("deploy", [STACK])
            assert not deploying.done(), "the first deploy ended before the second ran: no race was tested"
            assert second.status == "failed"
            assert time.monotonic() - started < 60  # at once: it does not wait for the holder
            assert f"the state lock of stack '{STACK}' (pg backend, schema \"{SCHEMA}\"" in second.error
            assert (
                f"is held by spoke deploy {STACK} " in second.error and f"pid {os.getpid()}" in second.error
            )
            assert "--lock-timeout" in second.error
            assert pg_cluster.password not in second.error

            waiting: Future[list[StackRun]] = pool.submit(patient.run, "deploy", [STACK])
            assert not deploying.done(), "the first deploy ended before the third started: it did not wait"
            (done,) = deploying.result(timeout=300)
            (third,) = waiting.result(timeout=300)
        remote.clear_faults()
        local.clear_faults()

        assert (done.status, done.add, done.change, done.remove) == ("done", 7, 0, 0), done.error
        # The third waited for the lock, then found the records in the state the first one wrote.
        assert (third.status, third.add, third.change, third.remove) == ("done", 0, 0, 0), third.error

        # Nothing duplicated: one endpoint on the remote, one of each record on the local instance.
        assert len(remote.query("oauth_entity", "type=client")) == 1
        for table, count in CREATED.items():
            assert len(local.query(table)) == count, table
        # The state is whole, in PostgreSQL (not in a local file), and diff finds nothing to do.
        state = json.loads(first.terraform(STACK, "state", "pull"))
        assert len([r for r in state["resources"] if r["mode"] == "managed"]) == 7
        for path in tmp_path.rglob("*.tfstate"):  # only .terraform's backend settings, no resources
            assert "resources" not in json.loads(path.read_text()), path
        for fleet in (first, refused):
            (diff,) = fleet.run("diff", [STACK])
            assert (diff.status, diff.add, diff.change, diff.remove) == ("done", 0, 0, 0), diff.error
        # No connection string in any file the runs left (it carries the password).
        for path in tmp_path.rglob("*"):
            if path.is_file() and path.stat().st_size < 5_000_000:
                assert pg_cluster.password.encode() not in path.read_bytes(), path


def test_a_deploy_whose_backend_goes_away_mid_apply_names_the_state_it_could_not_save(
    tmp_path: Path, terraformrc: Path
) -> None:
    """PostgreSQL stopped while a stack applied: terraform wrote what it did to errored.tfstate in the
    stack's folder, and the run said only "Failed to save state: ... connection refused" (a rerun would
    not know those records; the file stayed behind, unmentioned). Following the named fix recovers."""
    slow = {"provisioner": [{"local-exec": {"command": "sleep 3"}}]}  # built in: no provider to install
    with private_cluster() as cluster, run_emulator("remote") as remote, run_emulator("a") as a:
        settings = {"state_dir": "state", "backend": "pg", "pg_conn_str_variable": "SPOKE_TEST_PG"}
        ws = workspace(tmp_path, fleet_config(remote, [a], settings=settings), terraformrc, {})
        config = load_config(ws.config)
        folder = ws.stack_dir(STACK)
        folder.mkdir(parents=True)
        stack = {
            "terraform": {"backend": {"pg": {"schema_name": SCHEMA}}},
            "resource": {"terraform_data": {"slow": slow}},
        }
        (folder / "cdk.tf.json").write_text(json.dumps(stack))
        fleet = Fleet(
            ws, config, environ={**os.environ, "SPOKE_TEST_PG": cluster.conn_str}, fork_server=False
        )
        with ThreadPoolExecutor(1) as pool:
            running = pool.submit(fleet.run, "deploy", [STACK])
            _wait(lambda: lock_holders(cluster.conn_str, SCHEMA) != [], 60, "the apply to hold the lock")
            cluster.stop()
            (failed,) = running.result()
        errored = folder / "errored.tfstate"
        assert failed.status == "failed" and errored.is_file()
        assert f"could not be saved in the backend and is in {errored}" in failed.error, failed.error
        assert (
            "Fix: once the backend is reachable, run `terraform state push errored.tfstate`" in failed.error
        )
        assert cluster.password not in failed.error

        cluster = start(cluster.root)  # back, on a new port
        env = {**ws.env(), "PG_CONN_STR": cluster.conn_str}
        pushed = subprocess.run(
            ["terraform", "state", "push", "errored.tfstate"],
            cwd=folder,
            env=env,
            capture_output=True,
            text=True,
        )
        assert pushed.returncode == 0, pushed.stderr
        errored.unlink()
        again = Fleet(
            ws, config, environ={**os.environ, "SPOKE_TEST_PG": cluster.conn_str}, fork_server=False
        )
        (done,) = again.run("deploy", [STACK])
        assert done.status == "done" and (done.add, done.change, done.remove) == (0, 0, 0), done


def test_the_lock_lookup_reads_a_schema_terraform_has_made_before_its_table(pg_cluster: Cluster) -> None:
    """Terraform's pg backend creates the stack's schema, then its ``states`` table: the lookup behind the
    lock holder's message (and the tests' waits) queried the table as soon as the schema existed and
    failed with 'relation "<schema>.states" does not exist' in between."""
    import pg8000.native

    from spoke_app.pg_state import workspace_exists

    schema = "spoke_schema-before-table"  # the cluster is shared with the other tests of this module
    connection = pg8000.native.Connection(
        CLUSTER_USER,
        host="127.0.0.1",
        port=pg_cluster.port,
        password=pg_cluster.password,
        database=CLUSTER_DATABASE,
    )
    try:
        connection.run(f'CREATE SCHEMA "{schema}"')  # as terraform's first step leaves it
    finally:
        connection.close()
    assert lock_holders(pg_cluster.conn_str, schema) == []
    assert workspace_exists(pg_cluster.conn_str, schema) is False
