"""cdktf.json and main.py: the decisions the project made about the app."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from spoke_app.workspace import DEFAULT_TERRAFORMRC, OFFLINE_ENV, PROJECT_ROOT, cdktf_json


def test_cdktf_json_runs_main_py_offline_with_the_local_provider_and_checked_in_bindings() -> None:
    settings = json.loads((PROJECT_ROOT / "cdktf.json").read_text())
    assert settings["language"] == "python"
    assert settings["app"].split()[-1] == "main.py"
    assert settings["sendCrashReports"] == "false"
    assert settings["codeMakerOutput"] == "providers"
    assert settings["terraformProviders"] == [
        {"name": "servicenow", "source": "servicenow-spoke/servicenow", "version": "0.1.0"}
    ]
    # the work directories of the demo, tests and benchmark use the same provider and bindings
    derived = cdktf_json()
    assert derived["terraformProviders"] == settings["terraformProviders"]
    assert Path(derived["codeMakerOutput"]) == PROJECT_ROOT / settings["codeMakerOutput"]


def _run_main(tmp_path: Path, config: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        **OFFLINE_ENV,
        "SPOKE_CONFIG": str(config),
        "CDKTF_OUTDIR": str(tmp_path / "out"),
        "TF_CLI_CONFIG_FILE": str(DEFAULT_TERRAFORMRC),
    }
    return subprocess.run(
        [sys.executable, str(PROJECT_ROOT / "main.py")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_main_py_synthesizes_one_stack_per_pair_of_the_config(tmp_path: Path) -> None:
    proc = _run_main(tmp_path, PROJECT_ROOT / "spoke.toml")
    assert proc.returncode == 0, proc.stderr
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert list(manifest["stacks"]) == ["spoke-example"]


def test_main_py_reports_a_bad_config_without_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(
        (PROJECT_ROOT / "spoke.toml").read_text().replace("refresh_token_lifespan = 8640000", "x = 1")
    )
    proc = _run_main(tmp_path, bad)
    assert proc.returncode == 2
    assert proc.stderr.startswith(f"error: {bad}: key 'pair[0].options.x': unknown key. Fix: use one of:")
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "out").exists()


def test_main_py_reports_a_config_path_that_is_a_directory_without_a_traceback(tmp_path: Path) -> None:
    proc = _run_main(tmp_path, tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.startswith(f"error: {tmp_path}: key '(file)': this is a directory, not a config file.")
    assert "Traceback" not in proc.stderr
