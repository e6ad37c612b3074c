"""A fleet of five pairs on one remote, one of them broken: the others deploy, the run exits non-zero and
the summary names the broken one; then the drift report finds an out-of-band change and masks secrets.

Runs the fleet command's code (`spoke_app.fleet_cli.run`, what `spoke deploy|diff --all` calls) on a
work directory, with the real cdktf CLI and terraform against emulators over HTTP.
"""

from __future__ import annotations

import argparse
import io
import json
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import requests

from servicenow_emulator.testing import run_emulator
from spoke_app.config import load_config
from spoke_app.fleet import Fleet, FleetError, select_stacks
from spoke_app.fleet_cli import add_arguments, cdktf_flags, run, several, wanted
from spoke_app.fleet_report import StackRun, summary_table
from spoke_app.stack_backend import stale_backend
from spoke_app.terraform_output import count_changes, first_error
from tests.fleet.helpers import INTEGRATION_PASSWORD, fleet_config, fleet_emulators, fleet_secrets, workspace
from tests.processes import living, wait_for

WRONG_PASSWORD = "Wrong-Local-Admin-Pw-3q9z"


def _args(command: str, *argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_arguments(parser, command)
    return parser.parse_args(list(argv))


def _group_gone(group: int, timeout: float = 30.0) -> bool:
    """Whether no process of ``group`` is left (zombies waiting to be reaped count as gone), polled."""
    return wait_for(lambda: not living(lambda p: p.pgrp == group), timeout)


def _plan_dirs() -> set[str]:
    return {p.name for p in Path(tempfile.gettempdir()).glob("spoke-plan-*")}


def test_a_fleet_run_takes_the_cdktf_flags_that_mean_something_to_terraform_and_refuses_the_others() -> None:
    assert cdktf_flags("diff", []) == (False, [])
    flags = ["--skip-synth", "--refresh-only", "--terraform-parallelism", "3", "--no-color"]
    assert cdktf_flags("diff", flags) == (True, ["-refresh-only", "-parallelism=3"])
    assert cdktf_flags("deploy", ["--auto-approve", "--terraform-parallelism=2"]) == (
        False,
        ["-parallelism=2"],
    )
    for command, flag, fix in (
        ("diff", "--target=servicenow_record.x", "spoke diff STACK --target=servicenow_record.x"),
        ("destroy", "--refresh-only", "spoke destroy STACK --refresh-only"),
        ("diff", "--auto-approve", "spoke diff STACK --auto-approve"),
        ("deploy", "--var-file=secrets.tfvars", "spoke deploy STACK --var-file=secrets.tfvars"),
    ):
        with pytest.raises(FleetError, match="takes these cdktf flags only") as caught:
            cdktf_flags(command, [flag])
        assert f"Fix: drop {flag.split('=')[0]}, or run the stacks one at a time with it: {fix}" in str(
            caught.value
        )
    for bad in (["--terraform-parallelism"], ["--terraform-parallelism=0"], ["--terraform-parallelism", "x"]):
        with pytest.raises(FleetError, match="takes a number of 1 or more.*Fix: e.g."):
            cdktf_flags("diff", bad)


def test_several_stacks_always_run_in_the_fleet() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--all", action="store_true")
    parser.add_argument("stacks", nargs="*")
    add_arguments(parser, "diff")
    for argv, expected in (
        (["--all"], True),
        (["a", "b"], True),
        (["eu-*"], True),
        (["a"], False),
        ([], False),
    ):
        assert several(parser.parse_args(argv)) is expected, argv


def test_stacks_are_chosen_by_name_or_glob_and_a_bad_choice_names_the_fix(tmp_path: Path) -> None:
    with (
        run_emulator("remote") as remote,
        run_emulator("a") as a,
        run_emulator("b") as b,
        run_emulator("c") as c,
    ):
        text = fleet_config(remote, [a, b, c], prefix="eu")
    path = tmp_path / "spoke.toml"
    path.write_text(text)
    config = load_config(path)
    assert select_stacks(config, [], True) == ["eu-0", "eu-1", "eu-2"]
    assert select_stacks(config, ["eu-2", "eu-[01]"], False) == ["eu-0", "eu-1", "eu-2"]  # config order
    with pytest.raises(
        FleetError, match=r"no stack of .* matches 'us-\*'. Fix: use one of: eu-0, eu-1, eu-2"
    ):
        select_stacks(config, ["us-*"], False)
    with pytest.raises(FleetError, match="no stack selected. Fix: name stacks .* or pass --all"):
        select_stacks(config, [], False)
    with pytest.raises(FleetError, match="either --all or stack names"):
        select_stacks(config, ["eu-0"], True)


@pytest.mark.parametrize(
    ("argv", "fleet"),
    [
        ([], False),  # `spoke diff`: cdktf diff, as before
        (["spoke-dev"], False),
        (["--all"], True),
        (["a", "b"], True),
        (["spoke-*"], True),
        (["spoke-[01]"], True),
        (["--parallel", "2"], True),
        (["spoke-dev", "--lock-timeout", "60"], True),
        (["--exit-code"], True),
        (["--json"], True),
    ],
)
def test_the_fleet_runs_for_all_several_globs_or_its_flags_and_cdktf_otherwise(
    argv: list[str], fleet: bool
) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--all", action="store_true")
    parser.add_argument("stacks", nargs="*")
    add_arguments(parser, "diff")
    assert wanted(parser.parse_args(argv)) is fleet


def test_destroy_asks_for_auto_approve_before_anything_runs(tmp_path: Path, terraformrc: Path) -> None:
    with run_emulator("remote") as remote, run_emulator("a") as a:
        ws = workspace(tmp_path, fleet_config(remote, [a]), terraformrc, {})
        err = io.StringIO()
        code = run("destroy", ws, load_config(ws.config), _args("destroy"), all_stacks=True, err=err)
    assert code == 1
    assert "destroy removes the records of 1 stack(s) (spoke-0) without asking. Fix: add --auto-approve" in (
        err.getvalue()
    )
    assert not ws.out_dir.exists()  # not even synthesized


def _terraform_json(*messages: dict[str, object]) -> str:
    return "\n".join(json.dumps({"@level": "info", **message}) for message in messages)


def _summary(operation: str, add: int = 0, remove: int = 0) -> dict[str, object]:
    changes = {"add": add, "change": 0, "import": 0, "remove": remove, "operation": operation}
    return {"type": "change_summary", "changes": changes}


def _applied(action: str, address: str) -> dict[str, object]:
    return {"type": "apply_complete", "hook": {"resource": {"addr": address}, "action": action}}


def test_a_failed_apply_counts_what_it_changed_not_what_its_plan_planned() -> None:
    """A failed stack's row showed its plan's "8 to add" as "8 added" although the apply added none (or
    one): terraform's apply output holds the summary of its plan, and no summary of its own on failure."""
    error = {"@level": "error", "type": "diagnostic", "diagnostic": {"summary": "HTTP 500"}}
    read = _applied("read", "data.servicenow_record.http_connection")
    created = _applied("create", "servicenow_record.a")
    for stdout, failed, counts in (
        (_terraform_json(_summary("plan", add=8), read, error), True, (None, None, None)),
        (_terraform_json(_summary("plan", add=8), read, created, error), True, (1, 0, 0)),
        # A successful apply -destroy: its own summary says "apply" too.
        (_terraform_json(_summary("plan", remove=8), _summary("apply", remove=8)), False, (0, 0, 8)),
    ):
        run = StackRun("spoke-1")
        count_changes(run, stdout, "apply", partial=failed)
        assert (run.add, run.change, run.remove) == counts, stdout
    row = summary_table([StackRun("spoke-1", status="failed", error="HTTP 500")], "deploy").splitlines()[1]
    assert row.split()[:5] == ["spoke-1", "FAILED", "-", "-", "-"], row


@pytest.mark.parametrize(
    "secret", ['Quote"In-Secret-42', "Back\\slash-Secret-42", "Ümlaut-Sécret-42", "Two  Spaces-Secret"]
)
def test_a_failed_stacks_error_never_shows_a_secret_terraform_quoted_or_one_line_joined(
    tmp_path: Path, secret: str
) -> None:
    """A failed stack's error is terraform's first error made one line and cut at 400 characters: a secret
    that terraform quoted (Go's %q, JSON: a quote or backslash escaped), whose white space the one line
    joined, or that the cut split, was printed on the progress line and in the summary."""
    with run_emulator("remote") as remote, run_emulator("a") as a:
        ws = workspace(tmp_path, fleet_config(remote, [a]), tmp_path / "terraformrc", {})
    fleet = Fleet(ws, load_config(ws.config), fork_server=False, environ={"TF_VAR_admin_password": secret})
    quoted = json.dumps(f"postgres://spoke:{secret}@127.0.0.1/db")
    diagnostic = {
        "type": "diagnostic",
        "@level": "error",
        "diagnostic": {"summary": "Error", "detail": f"parse {quoted}: net/url: invalid userinfo"},
    }
    for stdout, stderr in (
        (json.dumps(diagnostic), ""),
        ("", f"Error: parse {quoted}: net/url: invalid userinfo"),
        ("", f"Error: x\n{'.' * 380} {secret} tail"),  # the cut at 400 characters falls in the secret
        ("", f"Error: x\n{secret.replace(' ', chr(10))}"),  # its white space spread over lines
    ):
        run = StackRun("spoke-0")
        fleet._fail(run, 1, stdout, stderr)
        assert run.status == "failed" and run.error.startswith("Error"), run.error
        for part in (secret, json.dumps(secret)[1:-1], " ".join(secret.split()), secret[:12]):
            assert part not in run.error, (part, run.error)


def test_a_synth_older_than_the_configs_backend_is_refused_before_anything_runs(tmp_path: Path) -> None:
    """`--skip-synth` after the config moved between backends (or pg schema prefixes) ran the old backend:
    'dial tcp 127.0.0.1:5432: connection refused' for a config that no longer names PostgreSQL."""
    with run_emulator("remote") as remote, run_emulator("a") as a:
        local_text = fleet_config(remote, [a])
        pg_settings = {"state_dir": "state", "backend": "pg", "pg_conn_str_variable": "SPOKE_TEST_PG"}
        pg_text = fleet_config(remote, [a], settings=pg_settings)
    environ = {"SPOKE_TEST_PG": "postgres://spoke@127.0.0.1:9/spoke"}  # never reached
    ws = workspace(tmp_path, local_text, tmp_path / "terraformrc", {})
    folder = ws.stack_dir("spoke-0")
    folder.mkdir(parents=True)

    def synthesized(backend: dict[str, Any]) -> None:
        (folder / "cdk.tf.json").write_text(json.dumps({"terraform": {"backend": backend}}))

    synthesized({"pg": {"schema_name": "spoke_spoke-0"}})
    with pytest.raises(FleetError) as refused:
        Fleet(ws, load_config(ws.config), fork_server=False).run("deploy", ["spoke-0"])
    assert str(refused.value) == (
        f"stack 'spoke-0' has the 'pg' backend in cdktf.out and 'local' in {ws.config}: cdktf.out was "
        "synthesized before the config's state backend changed. Fix: synthesize the app again (run without "
        "--skip-synth)"
    )
    assert not (folder / ".terraform").exists()  # nothing ran

    ws.config.write_text(pg_text)
    config = load_config(ws.config)
    assert config.pg is not None
    synthesized({"local": {"path": str(tmp_path / "state" / "spoke-0.tfstate")}})
    with pytest.raises(FleetError, match="has the 'local' backend in cdktf.out and 'pg' in"):
        Fleet(ws, config, fork_server=False, environ=environ).run("diff", ["spoke-0"])
    synthesized({"pg": {"schema_name": "old_spoke-0"}})
    with pytest.raises(
        FleetError, match=f"has the pg schema 'old_spoke-0' in cdktf.out and '{config.pg.schema('spoke-0')}'"
    ):
        Fleet(ws, config, fork_server=False, environ=environ).run("diff", ["spoke-0"])
    synthesized({"s3": {"bucket": "of-your-own"}})  # a stack of your own may keep another backend
    assert stale_backend(config, folder, "spoke-0") == ""


def test_a_stack_whose_backend_changed_names_the_fix_with_terraforms_detail(
    tmp_path: Path, terraformrc: Path
) -> None:
    """A team moving to backend = "pg" got "Error: Backend configuration changed" and nothing else: the
    init's text output lost terraform's detail, and nothing said where to run which init."""
    with run_emulator("remote") as remote, run_emulator("a") as a:
        ws = workspace(tmp_path, fleet_config(remote, [a]), terraformrc, {})
        config = load_config(ws.config)
    folder = ws.stack_dir("spoke-0")
    folder.mkdir(parents=True)

    def synthesized(state: str) -> None:  # a stack without resources: terraform runs without the provider
        backend = {"local": {"path": str(tmp_path / state)}}
        (folder / "cdk.tf.json").write_text(json.dumps({"terraform": {"backend": backend}}))

    synthesized("before.tfstate")
    fleet = Fleet(ws, config, fork_server=False)
    (first,) = fleet.run("deploy", ["spoke-0"])
    assert first.status == "done", first.error
    synthesized("after.tfstate")
    (changed,) = fleet.run("deploy", ["spoke-0"])
    assert changed.status == "failed"
    assert f"the state backend of stack 'spoke-0' changed since its last run in {folder}" in changed.error
    assert "Fix: to move the state kept so far into the new backend, run `terraform init -migrate-state`" in (
        changed.error
    )
    # terraform's detail after its one-line summary, for any init error
    error = "\nError: Failed to query available provider packages\n\nCould not retrieve the list.\n"
    assert first_error("", error)[1] == (
        "Error: Failed to query available provider packages: Could not retrieve the list."
    )


def test_a_run_refused_by_a_local_state_lock_names_its_holder_and_the_fix(
    tmp_path: Path, terraformrc: Path
) -> None:
    """Two runs of one stack with local state: the second one showed terraform's lock error cut at 400
    characters ("... Please resolve the issue above and try again. Pl..."), with no fix."""
    with run_emulator("remote") as remote, run_emulator("a") as a:
        ws = workspace(tmp_path, fleet_config(remote, [a]), terraformrc, {})
        config = load_config(ws.config)
    folder = ws.stack_dir("spoke-0")
    folder.mkdir(parents=True)
    state = tmp_path / "state" / "spoke-0.tfstate"
    slow = {"provisioner": [{"local-exec": {"command": "sleep 4"}}]}  # built in: no provider to install
    stack = {
        "terraform": {"backend": {"local": {"path": str(state)}}},
        "resource": {"terraform_data": {"slow": slow}},
    }
    (folder / "cdk.tf.json").write_text(json.dumps(stack))
    with ThreadPoolExecutor(1) as pool:
        first = pool.submit(Fleet(ws, config, fork_server=False).run, "deploy", ["spoke-0"])
        assert wait_for(lambda: (state.parent / ".spoke-0.tfstate.lock.info").exists(), 60)
        (refused,) = Fleet(ws, config, fork_server=False).run("deploy", ["spoke-0"])
        (done,) = first.result()
    assert done.status == "done", done.error
    assert refused.status == "failed"
    assert refused.error.startswith(
        f"the state lock of stack 'spoke-0' (local state file {state}) is held by "
    ), refused.error
    assert "(terraform apply, since 20" in refused.error and ", lock ID " in refused.error, refused.error
    assert refused.error.endswith(
        "Fix: wait for that run to end and run again, or pass --lock-timeout SECONDS to wait for it"
    ), refused.error


@pytest.mark.slow
@pytest.mark.e2e
def test_a_fleet_with_one_broken_pair_deploys_the_others_and_names_it_then_reports_drift(
    tmp_path: Path, terraformrc: Path
) -> None:
    with fleet_emulators(5) as (remote, locals_):
        l1 = locals_[1]
        secrets = fleet_secrets(remote, locals_)
        secrets["local_admin_password_3"] = WRONG_PASSWORD  # pair 3 cannot log in to its local instance
        ws = workspace(tmp_path, fleet_config(remote, locals_), terraformrc, secrets)
        config = load_config(ws.config)
        every_secret = [*secrets.values(), *(e.admin_password for e in (remote, *locals_))]

        out, err = io.StringIO(), io.StringIO()
        code = run(
            "deploy", ws, config, _args("deploy", "--parallel", "3"), all_stacks=True, out=out, err=err
        )
        progress, summary = err.getvalue(), out.getvalue()
        assert code == 1, progress + summary
        for index in (0, 1, 2, 4):
            assert f"spoke-{index}  running (deploy)" in progress
            assert f"spoke-{index}  done: 7 added, 0 changed, 0 destroyed" in progress
            assert len(locals_[index].query("http_connection")) == 2
        assert "spoke-3  waiting" in progress and "spoke-3  failed: " in progress
        assert locals_[3].query("http_connection") == []
        rows = {line.split()[0]: line for line in summary.splitlines()[1:-1]}
        assert rows["spoke-3"].split()[1] == "FAILED" and "401" in rows["spoke-3"], summary
        assert all(rows[f"spoke-{i}"].split()[1:5] == ["ok", "7", "0", "0"] for i in (0, 1, 2, 4)), summary
        assert summary.splitlines()[-1] == "5 stacks: 4 ran, 1 failed (spoke-3)"
        for secret in every_secret:
            assert secret not in progress + summary

        # Drift: a credential switched off by hand on pair 1's local instance.
        (credential,) = l1.query("basic_auth_credentials")
        changed = requests.patch(
            f"{l1.url}/api/now/table/basic_auth_credentials/{credential['sys_id']}",
            json={"active": "false"},
            auth=l1.auth,
            timeout=10,
        )
        assert changed.status_code == 200, changed.text
        before = _plan_dirs()
        out, err = io.StringIO(), io.StringIO()
        code = run(
            "diff", ws, config, _args("diff", "--json", "--exit-code"), all_stacks=True, out=out, err=err
        )
        assert code == 1, err.getvalue()  # a failed stack outweighs changes
        report = json.loads(out.getvalue())
        assert report["failed"] == ["spoke-3"]
        status = {entry["stack"]: (entry["status"], entry["has_changes"]) for entry in report["stacks"]}
        assert status == {
            "spoke-0": ("done", False),
            "spoke-1": ("done", True),
            "spoke-2": ("done", False),
            "spoke-3": ("failed", False),
            "spoke-4": ("done", False),
        }
        assert report["changes"] == [
            {
                "stack": "spoke-1",
                "resource": report["changes"][0]["resource"],
                "action": "update",
                "attribute": "active",
                "before": False,
                "after": True,
            }
        ]
        assert report["changes"][0]["resource"].startswith("servicenow_basic_auth_credential.")
        assert "5 stacks: 4 ran, 1 with changes (spoke-1), 1 failed (spoke-3)" in err.getvalue()

        # A new secret for two pairs, chosen by glob: a write-only value never reaches the plan, so a new
        # value alone is no change (local_password_version sends it), and its value shows nowhere.
        ws.secrets = {**secrets, "local_integration_password": "Rotated-Integration-Pw-8u2c"}
        out, err = io.StringIO(), io.StringIO()
        code = run(
            "diff",
            ws,
            config,
            _args("diff", "--json", "--exit-code"),
            stacks=["spoke-[02]"],
            out=out,
            err=err,
        )
        assert code == 0, err.getvalue()  # no changes, nothing failed
        report = json.loads(out.getvalue())
        assert [entry["stack"] for entry in report["stacks"]] == ["spoke-0", "spoke-2"]
        assert report["changes"] == [] and report["failed"] == []
        text = out.getvalue() + err.getvalue()
        for secret in [*every_secret, "Rotated-Integration-Pw-8u2c", INTEGRATION_PASSWORD]:
            assert secret not in text
        # The plan files (they hold every secret in clear) are gone.
        assert _plan_dirs() == before
        assert not [p for p in tmp_path.rglob("*") if p.is_file() and p.name in ("plan", "tfplan")]


@pytest.mark.slow
@pytest.mark.e2e
def test_cancelling_a_fleet_run_stops_every_terraform_it_started_and_a_new_run_finishes_the_job(
    tmp_path: Path, terraformrc: Path
) -> None:
    with fleet_emulators(2) as (remote, [l0, l1]):
        ws = workspace(tmp_path, fleet_config(remote, [l0, l1]), terraformrc, fleet_secrets(remote, [l0, l1]))
        config = load_config(ws.config)
        fleet = Fleet(ws, config, parallel=2, progress=io.StringIO())
        fleet.synth()
        for emulator in (remote, l0, l1):
            emulator.set_faults(latency_ms=1500)  # every request is slow: the applies are mid-way
        with ThreadPoolExecutor(max_workers=1) as pool:
            running = pool.submit(fleet.run, "deploy", ["spoke-0", "spoke-1"])
            deadline = time.monotonic() + 120
            while not any("apply" in p.args for p in list(fleet._procs)):
                assert time.monotonic() < deadline and not running.done(), "no apply started"
                time.sleep(0.05)
            groups = [p.pid for p in list(fleet._procs)]
            assert fleet._forks is not None  # the provider's fork server: its process group too
            groups.append(fleet._forks.proc.pid)
            fleet.cancel()
            runs = running.result(timeout=60)
        assert [r.status for r in runs] == ["cancelled", "cancelled"]
        for group in groups:  # terraform and the providers it started (forked ones too): every group
            assert _group_gone(group), f"process group {group} still has processes"
        for emulator in (remote, l0, l1):
            emulator.clear_faults()
        fleet = Fleet(ws, config, parallel=2, progress=io.StringIO())
        again = fleet.run("deploy", ["spoke-0", "spoke-1"])
        assert [(r.status, r.error) for r in again] == [("done", "")] * 2
        assert fleet.provider_forks >= 2 * 5  # each apply's provider processes came from the fork server
        for local in (l0, l1):
            assert (
                len(local.query("http_connection")) == 2 and len(local.query("basic_auth_credentials")) == 1
            )
        assert len(remote.query("oauth_entity", "type=client")) == 2
