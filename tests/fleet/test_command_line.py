"""The `spoke deploy|diff|destroy` command line as CI meets it: a fleet flag is never dropped, and a run that
could not start never exits 2 (which `diff --exit-code` reserves for "changes").

Each test runs the real `spoke` command in an app made by `spoke new` whose cdktf CLI is a stand-in that
records that it ran: the fleet never runs cdktf when it is told to skip the synth, so a run of the
stand-in means the command line went to cdktf (which drops the fleet flags) instead of the fleet.
"""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from spoke_app.prechecks import config_variables
from spoke_app.project import AppDir
from tests.fleet.helpers import spoke


@pytest.fixture
def app(tmp_path: Path) -> tuple[Path, dict[str, str], Path]:
    """A new app (one pair, stack spoke-dev) with every variable set, whose cdktf CLI is a stand-in."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TF_VAR_")}
    assert spoke("new", "app", cwd=tmp_path, env=env).returncode == 0
    root = tmp_path / "app"
    ran = tmp_path / "cdktf-ran"
    cli = AppDir(root).cdktf
    cli.parent.mkdir(parents=True)
    cli.write_text(
        f"#!{sys.executable}\nimport pathlib, sys\n"
        f"pathlib.Path({str(ran)!r}).write_text(' '.join(sys.argv[1:]))\n"
        "print('spoke-dev  No changes. Your infrastructure matches the configuration.')\n"
    )
    cli.chmod(0o755)
    (root / ".spoke" / "terraform").mkdir(parents=True)
    (root / ".spoke" / "terraform" / "terraformrc").write_text("")
    for name, _ in config_variables(root / "spoke.toml"):
        env[f"TF_VAR_{name}"] = f"{name}-value-1234"
    return root, env, ran


@pytest.mark.parametrize(
    "flags",
    [
        ["--exit-code", "--skip-synth"],  # cdktf diff would exit 0 whatever the drift
        ["--json", "--skip-synth"],  # cdktf diff would print its own text, not the JSON report
        ["--parallel", "2", "--skip-synth"],
        ["--lock-timeout", "60", "--refresh-only", "--skip-synth"],
    ],
)
def test_one_stack_with_a_fleet_flag_and_a_cdktf_flag_runs_in_the_fleet(
    app: tuple[Path, dict[str, str], Path], flags: list[str]
) -> None:
    root, env, ran = app
    proc = spoke("diff", "spoke-dev", *flags, cwd=root, env=env)
    assert not ran.exists(), f"cdktf ran ({ran.read_text()}): the fleet flags were dropped"
    # The fleet, told to skip the synth, finds no synthesized stack: it says so (nothing ran).
    assert proc.returncode == 1, proc.stderr
    assert "not synthesized: spoke-dev. Fix:" in proc.stderr, proc.stderr
    # Nothing but the fleet's own lines: no banner of the Node that reads the config (jsii).
    assert proc.stderr.splitlines()[0].startswith("error: not synthesized"), proc.stderr


def test_one_stack_with_a_fleet_flag_refuses_a_cdktf_flag_the_fleet_cannot_take(
    app: tuple[Path, dict[str, str], Path],
) -> None:
    root, env, ran = app
    proc = spoke("diff", "spoke-dev", "--exit-code", "--target=servicenow_record.x", cwd=root, env=env)
    assert not ran.exists()
    assert proc.returncode == 1, proc.stderr
    assert "Fix: drop --target, or run the stacks one at a time with it" in proc.stderr, proc.stderr
    assert "without --parallel, --lock-timeout, --config, --exit-code and --json" in proc.stderr


def test_one_stack_without_fleet_flags_still_runs_cdktf_with_its_flags(
    app: tuple[Path, dict[str, str], Path],
) -> None:
    root, env, ran = app
    proc = spoke("diff", "spoke-dev", "--skip-synth", cwd=root, env=env)
    assert proc.returncode == 0, proc.stderr
    assert ran.read_text() == "diff spoke-dev --skip-synth"


def test_a_drift_alarm_that_could_not_start_exits_1_not_2(
    tmp_path: Path, app: tuple[Path, dict[str, str], Path]
) -> None:
    """`spoke diff --exit-code`: 2 means "a stack has changes", so a run that never started exits 1."""
    root, env, ran = app
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    for argv, cwd, message in (
        (["diff", "--all", "--exit-code"], outside, "not in a spoke app"),
        (["diff", "--all", "--exit-code", "--parallel", "x"], root, "invalid int value"),
        (["diff", "--all", "--exit-code", "--no-such-flag"], root, "--no-such-flag"),
        (["diff", "--all", "--exit", "--dir", str(outside)], root, "not in a spoke app"),  # abbreviated
        (["diff", "--all", "--exit-code", "--config", str(outside / "missing.toml")], root, "missing.toml"),
    ):
        proc = spoke(*argv, cwd=cwd, env=env)
        assert proc.returncode == 1, (argv, proc.returncode, proc.stderr)
        assert message in proc.stderr, (argv, proc.stderr)
    assert not ran.exists()
    # Without --exit-code, the command line's usual code for a usage error stays.
    assert spoke("diff", "--all", cwd=outside, env=env).returncode == 2


def test_the_fleet_asks_only_for_the_variables_of_the_stacks_it_runs(
    app: tuple[Path, dict[str, str], Path],
) -> None:
    """A CI job of one business unit holds its own pairs' secrets only: running its stacks by name or glob
    must not ask for another pair's password (synth needs none)."""
    root, env, ran = app
    config = root / "spoke.toml"
    text = config.read_text()
    other = text[text.index("\n[[pair]]") :].replace('"spoke-dev"', '"spoke-us"').replace("-dev.", "-us.")
    config.write_text(text + "\n" + other.replace('"local_admin_password"', '"us_local_admin_password"'))
    assert "TF_VAR_us_local_admin_password" not in env
    proc = spoke("diff", "spoke-dev", "--parallel", "1", "--skip-synth", cwd=root, env=env)
    assert "TF_VAR_us_local_admin_password" not in proc.stderr, proc.stderr
    assert proc.returncode == 1 and "not synthesized: spoke-dev. Fix:" in proc.stderr, proc.stderr
    # The stacks that need it: asked for, by name, before anything runs.
    for argv in (["--all"], ["spoke-*"], ["spoke-us", "--exit-code"]):
        proc = spoke("diff", *argv, "--skip-synth", cwd=root, env=env)
        assert proc.returncode == 1, (argv, proc.stderr)
        assert "not started: set these variables first" in proc.stderr, (argv, proc.stderr)
        assert "TF_VAR_us_local_admin_password is not set" in proc.stderr, (argv, proc.stderr)
        assert "TF_VAR_local_admin_password" not in proc.stderr and "not synthesized" not in proc.stderr
    assert not ran.exists()


@pytest.mark.parametrize("seconds", ["nan", "inf", "-1"])
def test_a_lock_timeout_that_is_not_a_number_of_seconds_is_refused_before_anything_runs(
    app: tuple[Path, dict[str, str], Path], seconds: str
) -> None:
    root, env, ran = app
    proc = spoke("deploy", "--all", "--lock-timeout", seconds, cwd=root, env=env)
    assert proc.returncode == 1, proc.stderr
    assert "--lock-timeout must be 0 or more seconds" in proc.stderr, proc.stderr
    assert "synthesizing" not in proc.stderr and not ran.exists()


@pytest.mark.parametrize(
    "conn_str",
    [
        # A special character of the password left as it is: terraform's URL parser reads the password
        # (or what follows it) as the port and quoted it in its error, on every progress line and summary.
        "postgres://spoke:Wr0ng#Passw0rd-XYZ@127.0.0.1:5432/postgres",
        "postgres://spoke:Wr0ng/Passw0rd-XYZ@127.0.0.1:5432/postgres",
        "postgres://spoke:Wr0ng?Passw0rd-XYZ@127.0.0.1:5432/postgres",
        "postgres://spoke:Wr0ng%zzPassw0rd-XYZ@127.0.0.1:5432/postgres",
        "postgres://spoke:Wr0ngPassw0rd-XYZ@[::1:5432/postgres",  # was a ValueError traceback
        # a character Go's URL parser refuses in a password: it quoted the whole URL, escaped (%q)
        'postgres://spoke:Wr0ng"Passw0rd-XYZ@127.0.0.1:5432/postgres',
        "postgres://spoke:Wr0ng\\Passw0rd-XYZ@127.0.0.1:5432/postgres",
        "postgres://spoke:Wr0ng  Passw0rd-XYZ@127.0.0.1:5432/postgres",
        # a '/' after a password of digits: the URL's host was the user, its port the password's start
        "postgres://spoke:5/Wr0ngPassw0rd-XYZ@127.0.0.1:5432/postgres",
        # key=value form: lib/pq quoted the word after an unquoted space ('missing "=" after ...').
        "host=127.0.0.1 user=spoke password=Wr0ng Passw0rd-XYZ dbname=postgres",
        "host=127.0.0.1 user=spoke password='Wr0ngPassw0rd-XYZ dbname=postgres",
        # an unquoted space before a '=': lib/pq sent the password's second word to the server as a key
        "host=127.0.0.1 user=spoke password=Wr0ng Passw0rd=XYZ dbname=postgres",
    ],
)
def test_a_connection_string_terraform_would_misread_is_refused_without_quoting_it(
    app: tuple[Path, dict[str, str], Path], conn_str: str
) -> None:
    root, env, ran = app
    config = root / "spoke.toml"
    pg = '[settings]\nbackend = "pg"\npg_conn_str_variable = "SPOKE_PG"\n'
    config.write_text(config.read_text().replace("[settings]\n", pg))
    proc = spoke("diff", "--all", "--skip-synth", cwd=root, env={**env, "SPOKE_PG": conn_str})
    assert proc.returncode == 1, proc.stderr
    assert "the connection string in $SPOKE_PG (settings.pg_conn_str_variable) cannot be read" in proc.stderr
    assert "Fix: in a postgres:// URL, percent-encode" in proc.stderr, proc.stderr
    output = proc.stdout + proc.stderr
    assert "Wr0ng" not in output and "Passw0rd" not in output, output
    assert "Traceback" not in output and "running (diff)" not in output and not ran.exists()


@pytest.mark.parametrize(
    ("conn_str", "passwords"),
    [
        ("postgres://spoke:Ok%23Pass%2Fword@127.0.0.1/db", ["Ok%23Pass%2Fword", "Ok#Pass/word"]),
        ("postgresql://spoke@127.0.0.1/db?password=Secret-1234", ["Secret-1234"]),
        ("postgresql:///db", []),
        ("host=127.0.0.1 user=spoke password='a b\\' c-1234' dbname=db", ["a b' c-1234"]),
    ],
)
def test_a_well_formed_connection_string_is_taken_and_its_password_scrubbed(
    conn_str: str, passwords: list[str]
) -> None:
    from spoke_app.pg_state import conn_str_from, conn_str_secrets

    assert conn_str_from({"SPOKE_PG": conn_str}, "SPOKE_PG", "settings.pg_conn_str_variable") == conn_str
    assert set(conn_str_secrets(conn_str)) == set(passwords)


@pytest.mark.parametrize("command", ["deploy", "destroy"])
@pytest.mark.parametrize("stacks", [["--all"], ["spoke-dev"]])
@pytest.mark.parametrize("flag", ["--exit-code", "--json", "--exit"])
def test_a_diff_flag_on_a_deploy_or_destroy_is_refused_naming_spoke_diff(
    app: tuple[Path, dict[str, str], Path], command: str, stacks: list[str], flag: str
) -> None:
    """One stack went to cdktf, which dropped the flag silently and deployed; several got a fix that
    contradicted itself ("run spoke deploy STACK --json without --json")."""
    root, env, ran = app
    proc = spoke(command, *stacks, flag, "--auto-approve", cwd=root, env=env)
    assert proc.returncode == 2, proc.stderr
    assert f"{flag} is a flag of `spoke diff` only" in proc.stderr, proc.stderr
    assert f"`spoke diff STACKS {flag if flag != '--exit' else '--exit-code'}`" in proc.stderr, proc.stderr
    assert "synthesizing" not in proc.stderr and not ran.exists()


def test_a_parallel_of_less_than_one_names_the_fix(app: tuple[Path, dict[str, str], Path]) -> None:
    root, env, ran = app
    for value in ("0", "-1"):
        proc = spoke("deploy", "--all", "--parallel", value, cwd=root, env=env)
        assert proc.returncode == 1, proc.stderr
        assert f"--parallel must be 1 or more, got {value}. Fix: e.g. --parallel 4" in proc.stderr
        assert "synthesizing" not in proc.stderr and not ran.exists()


def _ignored(pid: int, sig: signal.Signals) -> bool:
    """Whether process ``pid`` ignores ``sig`` (its SigIgn mask in /proc)."""
    status = Path(f"/proc/{pid}/status").read_text()
    mask = int(next(line.split()[1] for line in status.splitlines() if line.startswith("SigIgn:")), 16)
    return bool(mask & (1 << (sig - 1)))


def test_the_first_stop_signal_stops_a_run_and_later_ones_cannot_cut_the_stopping_short() -> None:
    """A CI runner's cancel sends SIGINT, then SIGTERM: the second one raised inside the stopping of the
    first, which left the other stacks' terraform running; and signals ignored meanwhile were ignored by
    a terraform started then too (an ignored signal survives exec)."""
    from spoke_app.fleet_cli import Stopped, interrupted, stopped_like_ctrl_c

    before = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    with pytest.raises(Stopped) as first, stopped_like_ctrl_c():
        try:
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(5)  # the handler raises at once
            raise AssertionError("SIGINT did not stop the run")
        except Stopped:
            for later in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):  # while the run stops
                os.kill(os.getpid(), later)
            time.sleep(0.2)  # each one is delivered, and absorbed
            child = subprocess.Popen(["sleep", "30"])  # e.g. a terraform started meanwhile
            try:
                assert not _ignored(child.pid, signal.SIGTERM) and not _ignored(child.pid, signal.SIGINT)
            finally:
                child.kill()
                child.wait()
            raise
    assert first.value.signum == signal.SIGINT
    assert {sig: signal.getsignal(sig) for sig in before} == before  # restored after the run
    hook = sys.unraisablehook  # interrupted() wraps it for the jsii kernel's broken pipe
    err = io.StringIO()
    assert interrupted(err, first.value, "the running stacks were stopped") == 130
    assert err.getvalue() == "interrupted: the running stacks were stopped\n"
    err = io.StringIO()
    assert interrupted(err, Stopped(signal.SIGTERM), "the synth was stopped") == 143
    assert err.getvalue() == "interrupted by SIGTERM: the synth was stopped\n"
    sys.unraisablehook = hook
