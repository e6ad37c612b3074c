"""Benchmark of the CDKTF layer, all figures and ratios measured in one run (offline, on loopback).

1. `cdktf synth` of one spoke stack against `cdktf synth` of an empty stack (the CLI + jsii floor);
2. `cdktf synth` of 1, 10 and 50 spoke stacks (one config, N pairs): how the cost grows;
3. `cdktf deploy` of one spoke against plain `terraform init` + `terraform apply` of the same
   synthesized JSON, each on a fresh emulator pair.

    python bench/cdktf_bench.py [--repeat N]     (median of N runs per figure; default 3)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from servicenow_emulator.testing import run_emulator  # noqa: E402
from spoke_app.config import render_config  # noqa: E402
from spoke_app.workspace import DEFAULT_TERRAFORMRC, Workspace, cdktf_json  # noqa: E402

SECRETS = {
    "remote_admin_password": "admin",
    "local_admin_password": "admin",
    "local_integration_password": "pw",
}

EMPTY_APP = """
from cdktf import App, TerraformStack
app = App()
TerraformStack(app, "empty")
app.synth()
"""


def round_robin(actions: dict[str, Callable[[], object]], repeat: int) -> dict[str, float]:
    """Median seconds of each action, run in turn ``repeat`` times after one untimed warm-up round."""
    for action in actions.values():
        action()
    samples: dict[str, list[float]] = {name: [] for name in actions}
    for _ in range(repeat):
        for name, action in actions.items():
            started = time.perf_counter()
            action()
            samples[name].append(time.perf_counter() - started)
    return {name: statistics.median(values) for name, values in samples.items()}


def fleet_config(pairs: int) -> str:
    parts = []
    for index in range(pairs):
        text = render_config(
            stack=f"spoke-{index:02d}",
            remote_url=f"https://remote-{index:02d}.service-now.com",
            local_url=f"https://local-{index:02d}.service-now.com",
        )
        parts.append(text)
    return "\n".join(parts)


def synth_workspace(base: Path, name: str, config_text: str) -> Workspace:
    root = base / name
    root.mkdir()
    (root / "spoke.toml").write_text(config_text)
    return Workspace(root, root / "spoke.toml", secrets=SECRETS)


def bench_synth(base: Path, repeat: int) -> dict[str, float]:
    actions: dict[str, Callable[[], object]] = {}
    empty = synth_workspace(base, "empty", fleet_config(1))
    (empty.root / "empty_app.py").write_text(EMPTY_APP)
    settings = cdktf_json()
    settings["app"] = f"{sys.executable} {empty.root / 'empty_app.py'}"
    (empty.root / "cdktf.json").write_text(json.dumps(settings))
    actions["synth empty stack"] = lambda: empty.cdktf("synth")
    fleets = {count: synth_workspace(base, f"fleet{count}", fleet_config(count)) for count in (1, 10, 50)}
    for count, workspace in fleets.items():
        actions[f"synth {count} spoke stack(s)"] = lambda w=workspace: w.cdktf("synth")
    results = round_robin(actions, repeat)
    for count, workspace in fleets.items():
        stacks = list((workspace.out_dir / "stacks").iterdir())
        assert len(stacks) == count, stacks
    return results


def bench_deploy(base: Path, repeat: int) -> dict[str, float]:
    cdktf_times, apply_times, init_apply_times = [], [], []
    for run in range(repeat):
        with run_emulator("remote") as remote, run_emulator("local") as local:
            workspace = synth_workspace(
                base, f"deploy{run}", render_config(stack="spoke", remote_url=remote.url, local_url=local.url)
            )
            started = time.perf_counter()
            workspace.cdktf("deploy")
            cdktf_times.append(time.perf_counter() - started)
        with run_emulator("remote") as remote, run_emulator("local") as local:
            workspace = synth_workspace(
                base, f"plain{run}", render_config(stack="spoke", remote_url=remote.url, local_url=local.url)
            )
            workspace.cdktf("synth")
            plain = base / f"plain{run}-tf"
            plain.mkdir()
            document = json.loads((workspace.stack_dir("spoke") / "cdk.tf.json").read_text())
            document["terraform"]["backend"]["local"]["path"] = str(plain / "terraform.tfstate")
            (plain / "main.tf.json").write_text(json.dumps(document))
            env = workspace.env()

            def terraform(*args: str, cwd: Path = plain, env: dict[str, str] = env) -> None:
                subprocess.run(["terraform", *args], cwd=cwd, env=env, check=True, capture_output=True)

            started = time.perf_counter()
            terraform("init", "-input=false")
            middle = time.perf_counter()
            terraform("apply", "-auto-approve", "-input=false")
            ended = time.perf_counter()
            apply_times.append(ended - middle)
            init_apply_times.append(ended - started)
    return {
        "cdktf deploy, 1 spoke": statistics.median(cdktf_times),
        "terraform apply, same JSON": statistics.median(apply_times),
        "terraform init + apply, same JSON": statistics.median(init_apply_times),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (median); default 3")
    args = parser.parse_args()
    if not DEFAULT_TERRAFORMRC.is_file():
        print(f"error: {DEFAULT_TERRAFORMRC} missing: run `make setup` first", file=sys.stderr)
        return 1
    base = Path(tempfile.mkdtemp(prefix="cdktf-bench-"))
    try:
        synth = bench_synth(base, args.repeat)
        deploy = bench_deploy(base, args.repeat)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    print(f"cdktf benchmark (median of {args.repeat} run(s), {os.cpu_count()} CPUs)")
    for name, seconds in {**synth, **deploy}.items():
        print(f"  {name:<36} {seconds:7.2f} s")
    empty, one = synth["synth empty stack"], synth["synth 1 spoke stack(s)"]
    ten, fifty = synth["synth 10 spoke stack(s)"], synth["synth 50 spoke stack(s)"]
    print("ratios")
    print(f"  synth 1 spoke / empty stack          {one / empty:7.2f}x")
    print(f"  synth 10 / 1 spoke stacks            {ten / one:7.2f}x")
    print(f"  synth 50 / 1 spoke stacks            {fifty / one:7.2f}x")
    print(f"  marginal cost per extra stack        {(fifty - one) / 49:7.3f} s")
    deploy_time = deploy["cdktf deploy, 1 spoke"]
    apply_time = deploy["terraform apply, same JSON"]
    print(f"  cdktf deploy / terraform apply       {deploy_time / apply_time:7.2f}x")
    print(
        "  cdktf deploy / terraform init+apply  "
        f"{deploy['cdktf deploy, 1 spoke'] / deploy['terraform init + apply, same JSON']:7.2f}x"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
