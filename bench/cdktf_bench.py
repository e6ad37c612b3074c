"""Benchmark of the CDK layer, all figures and ratios measured in one run (offline, on loopback), for
CDK for Terraform (cdktf) and CDK Terrain (cdktn) side by side.

For each toolchain:
1. `synth` of one spoke stack against `synth` of an empty stack (the CLI + jsii floor);
2. `synth` of 1, 10 and 50 spoke stacks (one config, N pairs): how the cost grows;
3. `deploy` of one spoke against plain `terraform init` + `terraform apply` of the same synthesized
   JSON (the baseline, measured once per run), each on a fresh emulator pair.
Then cdktn's figure over cdktf's for each. The synth actions of both toolchains run interleaved, round
robin, so machine noise hits both alike.

    python bench/cdktf_bench.py [--repeat N] [--toolchains cdktf,cdktn]
    (median of N runs per figure, default 3; default toolchains: both, when cdktn is installed:
     `SPOKE_TOOLCHAIN=cdktn make setup`)
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
from servicenow_spoke.toolchain import TOOLCHAINS, Toolchain  # noqa: E402
from spoke_app.config import render_config  # noqa: E402
from spoke_app.workspace import DEFAULT_TERRAFORMRC, Workspace, cdktf_json, node_bin  # noqa: E402

SECRETS = {
    "remote_admin_password": "admin",
    "local_admin_password": "admin",
    "local_integration_password": "pw",
}

EMPTY_APP = """
from servicenow_spoke.cdk import App, TerraformStack
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


def synth_workspace(base: Path, name: str, config_text: str, toolchain: Toolchain) -> Workspace:
    root = base / f"{toolchain.name}-{name}"
    root.mkdir()
    (root / "spoke.toml").write_text(config_text)
    return Workspace(root, root / "spoke.toml", secrets=SECRETS, toolchain=toolchain)


SYNTH_COUNTS = (1, 10, 50)


def bench_synth(base: Path, repeat: int, toolchains: list[Toolchain]) -> dict[str, dict[str, float]]:
    """{figure: {toolchain: median seconds}} for the synth figures, all actions round robin."""
    actions: dict[tuple[str, str], Callable[[], object]] = {}
    fleets: list[tuple[int, Workspace]] = []
    for toolchain in toolchains:
        empty = synth_workspace(base, "empty", fleet_config(1), toolchain)
        (empty.root / "empty_app.py").write_text(EMPTY_APP)
        settings = cdktf_json()
        settings["app"] = f"{sys.executable} {empty.root / 'empty_app.py'}"
        (empty.root / "cdktf.json").write_text(json.dumps(settings))
        actions[("synth empty stack", toolchain.name)] = lambda w=empty: w.cdktf("synth")
        for count in SYNTH_COUNTS:
            workspace = synth_workspace(base, f"fleet{count}", fleet_config(count), toolchain)
            fleets.append((count, workspace))
            actions[(f"synth {count} spoke stack(s)", toolchain.name)] = lambda w=workspace: w.cdktf("synth")
    medians = round_robin(actions, repeat)  # type: ignore[arg-type]
    for count, workspace in fleets:
        stacks = list((workspace.out_dir / "stacks").iterdir())
        assert len(stacks) == count, stacks
    results: dict[str, dict[str, float]] = {}
    for (figure, toolchain_name), seconds in medians.items():
        results.setdefault(figure, {})[toolchain_name] = seconds
    return results


def bench_deploy(base: Path, repeat: int, toolchains: list[Toolchain]) -> dict[str, dict[str, float]]:
    """{figure: {toolchain or "terraform": median seconds}}: deploy per toolchain, the plain baseline."""
    deploy_times: dict[str, list[float]] = {toolchain.name: [] for toolchain in toolchains}
    apply_times, init_apply_times = [], []
    for run in range(repeat):
        for toolchain in toolchains:
            with run_emulator("remote") as remote, run_emulator("local") as local:
                workspace = synth_workspace(
                    base,
                    f"deploy{run}",
                    render_config(stack="spoke", remote_url=remote.url, local_url=local.url),
                    toolchain,
                )
                started = time.perf_counter()
                workspace.cdktf("deploy")
                deploy_times[toolchain.name].append(time.perf_counter() - started)
        with run_emulator("remote") as remote, run_emulator("local") as local:
            workspace = synth_workspace(
                base,
                f"plain{run}",
                render_config(stack="spoke", remote_url=remote.url, local_url=local.url),
                toolchains[0],
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
        "deploy 1 spoke": {name: statistics.median(times) for name, times in deploy_times.items()},
        "terraform apply, same JSON": {"terraform": statistics.median(apply_times)},
        "terraform init + apply, same JSON": {"terraform": statistics.median(init_apply_times)},
    }


def installed(toolchain: Toolchain) -> bool:
    import importlib.util

    cli = node_bin(toolchain, ROOT) / toolchain.cli
    return cli.is_file() and importlib.util.find_spec(toolchain.module) is not None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (median); default 3")
    parser.add_argument(
        "--toolchains", default="", help="comma-separated, e.g. cdktf,cdktn (default: each one installed)"
    )
    args = parser.parse_args()
    if not DEFAULT_TERRAFORMRC.is_file():
        print(f"error: {DEFAULT_TERRAFORMRC} missing: run `make setup` first", file=sys.stderr)
        return 1
    names = [name for name in args.toolchains.split(",") if name] or [
        name for name, toolchain in TOOLCHAINS.items() if installed(toolchain)
    ]
    unknown = [name for name in names if name not in TOOLCHAINS]
    missing = [name for name in names if name in TOOLCHAINS and not installed(TOOLCHAINS[name])]
    if unknown or missing or not names:
        print(
            f"error: toolchains {', '.join(unknown + missing) or '(none)'} unknown or not installed. "
            "Fix: give cdktf and/or cdktn, installed by `make setup` / `SPOKE_TOOLCHAIN=cdktn make setup`",
            file=sys.stderr,
        )
        return 1
    toolchains = [TOOLCHAINS[name] for name in names]
    base = Path(tempfile.mkdtemp(prefix="cdktf-bench-"))
    try:
        synth = bench_synth(base, args.repeat, toolchains)
        deploy = bench_deploy(base, args.repeat, toolchains)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    figures = {**synth, **deploy}
    print(f"CDK benchmark (median of {args.repeat} run(s), {os.cpu_count()} CPUs), seconds")
    header = "".join(f"{name:>9}" for name in names)
    both = {"cdktf", "cdktn"} <= set(names)
    print(f"  {'':<36}{header}" + ("   cdktn/cdktf" if both else ""))
    for figure, by_toolchain in figures.items():
        if set(by_toolchain) == {"terraform"}:
            print(f"  {figure:<36}{by_toolchain['terraform']:9.2f}")
            continue
        cells = "".join(f"{by_toolchain[name]:9.2f}" for name in names)
        ratio = f"{by_toolchain['cdktn'] / by_toolchain['cdktf']:11.2f}x" if both else ""
        print(f"  {figure:<36}{cells}{ratio}")
    apply_time = deploy["terraform apply, same JSON"]["terraform"]
    init_apply = deploy["terraform init + apply, same JSON"]["terraform"]
    print("ratios")
    for name in names:
        empty, one = synth["synth empty stack"][name], synth["synth 1 spoke stack(s)"][name]
        ten, fifty = synth["synth 10 spoke stack(s)"][name], synth["synth 50 spoke stack(s)"][name]
        deploy_time = deploy["deploy 1 spoke"][name]
        print(f"  {name}: synth 1 spoke / empty stack          {one / empty:7.2f}x")
        print(f"  {name}: synth 10 / 1 spoke stacks            {ten / one:7.2f}x")
        print(f"  {name}: synth 50 / 1 spoke stacks            {fifty / one:7.2f}x")
        print(f"  {name}: marginal cost per extra stack        {(fifty - one) / 49:7.3f} s")
        print(f"  {name}: deploy / terraform apply             {deploy_time / apply_time:7.2f}x")
        print(f"  {name}: deploy / terraform init+apply        {deploy_time / init_apply:7.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
