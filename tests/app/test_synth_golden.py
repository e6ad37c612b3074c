"""The guard of synth's output: `python main.py` on the repository's example config and on the configs of
`golden/configs/`, and the apps of `golden/apps/` (the library used directly, with tokens), write byte
for byte the Terraform JSON recorded in `golden/<toolchain>/`.

A change that makes synth cheaper must not change a byte of what it synthesizes; a change that is meant
to change the output (a new argument, another default) rewrites the recorded files, and the diff of
those files is then part of the review:

    .venv/bin/python -m tests.app.test_synth_golden --write

The config folder (where the local state files go) is the one varying part of the output: it is
recorded as ``<config-dir>``. Both toolchains' outputs are recorded (`golden/cdktf`, `golden/cdktn`:
`SPOKE_TOOLCHAIN=cdktn` before the command above); the test runs against the selected one.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from servicenow_spoke.toolchain import selected
from spoke_app.workspace import DEFAULT_TERRAFORMRC, OFFLINE_ENV, PROJECT_ROOT

GOLDEN = Path(__file__).resolve().parent / "golden"
CONFIGS = {
    "example": PROJECT_ROOT / "spoke.toml",
    **{path.stem: path for path in sorted((GOLDEN / "configs").glob("*.toml"))},
    **{path.stem: path for path in sorted((GOLDEN / "apps").glob("*.py"))},
}
CONFIG_DIR = "<config-dir>"


def synthesized(config: Path, work: Path) -> dict[str, str]:
    """`python main.py` on a copy of ``config`` in ``work`` (or, for a ``.py`` file, that app run in
    ``work``): each stack's cdk.tf.json and the manifest (file name -> text), with ``work`` written as
    ``<config-dir>``."""
    work = work.resolve()  # the path main.py writes (a temporary folder may sit behind a symlink)
    copy = work / ("spoke.toml" if config.suffix == ".toml" else "app.py")
    shutil.copyfile(config, copy)
    app = PROJECT_ROOT / "main.py" if config.suffix == ".toml" else copy
    out = work / "cdktf.out"
    env = {
        **os.environ,
        **OFFLINE_ENV,
        "SPOKE_CONFIG": str(copy),
        "CDKTF_OUTDIR": str(out),
        "TF_CLI_CONFIG_FILE": str(DEFAULT_TERRAFORMRC),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(PROJECT_ROOT), os.environ.get("PYTHONPATH")])),
    }
    proc = subprocess.run(
        [sys.executable, str(app)],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    files = {"manifest.json": (out / "manifest.json").read_text(encoding="utf-8")}
    for name, stack in manifest["stacks"].items():
        files[f"{name}.tf.json"] = (out / stack["synthesizedStackPath"]).read_text(encoding="utf-8")
    return {name: text.replace(str(work), CONFIG_DIR) for name, text in files.items()}


def recorded_dir(config: str) -> Path:
    return GOLDEN / selected().name / config


@pytest.mark.parametrize("config", sorted(CONFIGS))
def test_synth_writes_the_recorded_terraform_json_byte_for_byte(config: str, tmp_path: Path) -> None:
    recorded = recorded_dir(config)
    if not recorded.is_dir():
        pytest.skip(f"no recorded output for the {selected().name} toolchain (write it: see this file)")
    files = synthesized(CONFIGS[config], tmp_path)
    expected = {path.name: path.read_text(encoding="utf-8") for path in sorted(recorded.iterdir())}
    assert sorted(files) == sorted(expected)
    for name, text in files.items():
        assert text == expected[name], (
            f"{config}: {name} differs from {recorded / name}; if the change is meant, rewrite it with "
            "`.venv/bin/python -m tests.app.test_synth_golden --write` and review the diff"
        )


def write() -> None:
    for config, path in sorted(CONFIGS.items()):
        recorded = recorded_dir(config)
        if recorded.is_dir():
            shutil.rmtree(recorded)
        recorded.mkdir(parents=True)
        with tempfile.TemporaryDirectory() as work:
            for name, text in synthesized(path, Path(work)).items():
                (recorded / name).write_text(text, encoding="utf-8")
        print(f"wrote {recorded}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Record synth's output for tests/app/test_synth_golden.py")
    parser.add_argument("--write", action="store_true", help="rewrite golden/<toolchain>/ from this checkout")
    if parser.parse_args().write:
        write()
