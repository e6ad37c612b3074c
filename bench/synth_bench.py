"""Benchmark of the Python app's synth: CPU of `python main.py` with a config of 1 pair and of N pairs.

Each figure is the CPU time (user + system) of one `python main.py` run, with the Node.js process of the
jsii kernel it starts and waits for: the cost of building the stacks' constructs (each jsii call is a
round trip to that process) and of writing the stacks' JSON. CPU time, unlike wall time, hardly depends
on what else the machine runs. Every figure is the median of ``--repeat`` runs, taken in turn.

Printed: CPU of 1 pair and of N pairs; the cost of one more stack (``(cpu(N) - cpu(1)) / (N - 1)``); and
the ratio of N pairs to 1 pair (the baseline, measured in the same run). With ``--against REF`` (a git
ref of this repository, e.g. ``main``) the same runs are made on that commit's code (exported with `git
archive` into a temporary folder, run with this venv), interleaved with this checkout's, and the ratio
of this checkout to it is printed per figure.

    python bench/synth_bench.py [--pairs 50] [--repeat 3] [--against main]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from spoke_app.config import render_config, render_settings  # noqa: E402
from spoke_app.workspace import DEFAULT_TERRAFORMRC, OFFLINE_ENV  # noqa: E402


def config_text(pairs: int) -> str:
    """A config of ``pairs`` pairs sharing one remote, as a fleet has them."""
    text = render_settings({"state_dir": "state"}) + "\n"
    for index in range(pairs):
        text += render_config(
            stack=f"spoke-{index:02d}",
            remote_url="https://hub.service-now.com",
            local_url=f"https://local-{index:02d}.service-now.com",
            pair_only=True,
        )
        text += "\n"
    return text


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_app(root: Path, config: Path, outdir: Path) -> float:
    """CPU seconds of one `python main.py` of the checkout at ``root`` (and of the processes it waited
    for: the jsii kernel's Node.js)."""
    env = {
        **os.environ,
        **OFFLINE_ENV,
        "SPOKE_CONFIG": str(config),
        "CDKTF_OUTDIR": str(outdir),
        "TF_CLI_CONFIG_FILE": str(DEFAULT_TERRAFORMRC),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    before = children_cpu()
    proc = subprocess.run(
        [sys.executable, str(root / "main.py")],
        cwd=config.parent,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    spent = children_cpu() - before
    if proc.returncode != 0:
        raise SystemExit(f"python main.py failed in {root}:\n{proc.stderr[-2000:]}")
    return spent


def export(ref: str, into: Path) -> Path:
    """The tree of ``ref`` (a git ref of this repository) written into ``into``."""
    archive = into / "tree.tar"
    with archive.open("wb") as sink:
        subprocess.run(["git", "-C", str(ROOT), "archive", ref], stdout=sink, check=True)
    tree = into / "tree"
    with tarfile.open(archive) as tar:
        tar.extractall(tree, filter="data")
    return tree


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=50, help="pairs of the large config (the small: 1)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (median)")
    parser.add_argument("--against", help="a git ref whose code to measure alongside, e.g. main")
    args = parser.parse_args()
    if args.pairs < 2:
        parser.error("--pairs must be 2 or more")

    with tempfile.TemporaryDirectory(prefix="synth-bench-") as temp:
        base = Path(temp)
        checkouts = {"this checkout": ROOT}
        if args.against:
            checkouts[args.against] = export(args.against, base)
        configs: dict[int, Path] = {}
        for pairs in (1, args.pairs):
            folder = base / f"config-{pairs}"
            folder.mkdir()
            configs[pairs] = folder / "spoke.toml"
            configs[pairs].write_text(config_text(pairs), encoding="utf-8")
        samples: dict[tuple[str, int], list[float]] = {
            (name, pairs): [] for name in checkouts for pairs in configs
        }
        for round_ in range(args.repeat):
            for (name, pairs), values in samples.items():
                outdir = base / f"out-{round_}-{len(values)}-{pairs}-{abs(hash(name))}"
                values.append(run_app(checkouts[name], configs[pairs], outdir))
        cpu = {key: statistics.median(values) for key, values in samples.items()}

    n = args.pairs
    print(f"CPU of `python main.py` (median of {args.repeat}; user + system, with its jsii kernel):")
    for name in checkouts:
        one, many = cpu[(name, 1)], cpu[(name, n)]
        per_stack = (many - one) / (n - 1)
        print(
            f"  {name:>14}: 1 pair {one:6.2f} s   {n} pairs {many:6.2f} s   one more stack {per_stack:.3f} s"
            f"   {n} pairs / 1 pair = {many / one:.2f}x"
        )
    if args.against:
        print(f"this checkout / {args.against}:")
        for pairs in configs:
            print(f"  {pairs} pair(s): {cpu[('this checkout', pairs)] / cpu[(args.against, pairs)]:.2f}x")
        ours = (cpu[("this checkout", n)] - cpu[("this checkout", 1)]) / (n - 1)
        theirs = (cpu[(args.against, n)] - cpu[(args.against, 1)]) / (n - 1)
        print(f"  one more stack: {ours / theirs:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
