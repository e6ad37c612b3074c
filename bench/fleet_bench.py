"""Benchmark of the fleet commands: synth, deploy and no-op diff of 1, 10 and 50 pairs, local state and pg.

One remote emulator and N local emulators (in this process, on loopback) per fleet size; one config of N
pairs; the fleet runner as `spoke deploy --all` / `spoke diff --all` run it (`spoke_app.fleet`): synth
once, then terraform per stack, ``--parallel`` at a time. The pg backend runs against a private
PostgreSQL cluster (tools/postgres.py), each size in schemas of its own. Every figure is one wall-clock
measurement on fresh emulators (a deploy can only be measured once per instance set); ratios are against
the 1-pair figures of the same run and backend.

    python bench/fleet_bench.py [--sizes 1,10,50] [--parallel 4] [--backends local,pg] [--starts warm,cold]

``--starts``: ``warm`` runs the fleet as `spoke` does (provider processes forked from the provider's fork
server, spoke_app/provider_forks.py); ``cold`` without it (terraform starts a new Python per provider
process), the baseline the fork server is measured against: with both, the script prints cold/warm
ratios per size.
Each figure comes with the load average (1 min) at its end: the machine may be shared.

CPU is split by process: terraform (init, plan/apply, and the provider launchers it starts), the
provider processes (the fork server and its children, reaped when a run ends), and this process (the
emulators and the runner). The last lines put the no-op diff target against its floor: what 50 pairs
would take if the provider processes cost nothing (synth + terraform's own CPU spread over the cores).

Targets (issue 13): deploy of 50 pairs < 5x one with --parallel 4; no-op diff of 50 pairs < 3x one
(both measured as the whole command: synth + runs).
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import shutil
import sys
import tempfile
import time
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from servicenow_emulator.testing import run_emulator  # noqa: E402
from spoke_app.config import load_config, render_config, render_settings  # noqa: E402
from spoke_app.fleet import Fleet  # noqa: E402
from spoke_app.workspace import DEFAULT_TERRAFORMRC, Workspace  # noqa: E402
from tools.postgres import ensure, private_cluster  # noqa: E402

ADMIN = "admin"
SECRETS = {
    "remote_admin_password": ADMIN,
    "local_admin_password": ADMIN,
    "local_integration_password": "pw-x",
}
PG_VARIABLE = "SPOKE_BENCH_PG"


DEPLOYED = 7  # records a pair's first deploy adds (tests/fleet: 7 per pair)


def cpu_seconds() -> float:
    """CPU seconds used so far by this process (the emulators, the runner) and every process it waited
    for (cdktf, the app, terraform, and the provider processes: the fork server reaps its children and
    ends with each run). Unlike wall time, it hardly depends on what else the machine runs."""
    return own_cpu() + children_cpu()


def own_cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime


def children_cpu() -> float:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return children.ru_utime + children.ru_stime


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity), at least 1."""
    return max(1, len(os.sched_getaffinity(0))) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


class MeasuredFleet(Fleet):
    """The fleet runner, with the CPU of its provider processes told apart from terraform's: the fork
    server (and every provider process it forked and reaped) ends when a run has reaped its last
    terraform, so what its end adds to this process's children is theirs alone."""

    provider_cpu = 0.0

    def _stop_forks(self) -> None:
        before = children_cpu()
        super()._stop_forks()
        self.provider_cpu += children_cpu() - before


@dataclass(frozen=True)
class Variant:
    """How the fleet runs: provider starts (warm: from the fork server; cold: a new Python each)."""

    starts: str

    @property
    def name(self) -> str:
        return self.starts


def warm_up(base: Path) -> None:
    """One synth of one pair, not measured: the first figure must not pay for cold file caches (node, the
    jsii bundles, the app's imports), which would inflate the 1-pair baseline every ratio divides by."""
    root = base / "warm-up"
    root.mkdir()
    remote, local = "http://127.0.0.1:8", "http://127.0.0.1:9"  # synth reads no instance
    text = render_config(stack="warm-up", remote_url=remote, local_url=local)
    (root / "spoke.toml").write_text(text + "\n")
    Workspace(root, root / "spoke.toml", secrets=SECRETS, timeout=600).synth()


def measure(
    base: Path, pairs: int, parallel: int, settings: dict[str, str], environ: dict[str, str], variant: Variant
) -> dict:
    """Wall and CPU seconds of synth, deploy and a no-op diff of a fleet of ``pairs`` on fresh emulators."""
    with ExitStack() as stack:
        remote = stack.enter_context(run_emulator("remote", seed="spoke", admin_password=ADMIN))
        locals_ = [
            stack.enter_context(run_emulator(f"local{i}", seed="spoke", admin_password=ADMIN))
            for i in range(pairs)
        ]
        text = render_settings(settings) + "\n"
        for index, local in enumerate(locals_):
            text += render_config(
                stack=f"spoke-{index:02d}", remote_url=remote.url, local_url=local.url, pair_only=True
            )
            text += "\n"
        root = base / f"{settings.get('backend', 'local')}-{pairs}-{variant.starts}"
        root.mkdir()
        (root / "spoke.toml").write_text(text)
        workspace = Workspace(root, root / "spoke.toml", secrets=SECRETS, timeout=1200)
        config = load_config(workspace.config)
        fleet = MeasuredFleet(
            workspace,
            config,
            parallel=parallel,
            progress=io.StringIO(),
            environ=environ,
            fork_server=variant.starts == "warm",
        )
        stacks = [pair.stack for pair in config.pairs]
        figures: dict[str, float] = {}
        started, cpu = time.perf_counter(), cpu_seconds()
        fleet.synth()
        figures["synth"] = time.perf_counter() - started
        figures["cpu synth"] = cpu_seconds() - cpu
        figures["load synth"] = os.getloadavg()[0]
        for command in ("deploy", "diff"):
            started, own, children = time.perf_counter(), own_cpu(), children_cpu()
            fleet.provider_cpu = 0.0
            runs = fleet.run(command, stacks)
            figures[command] = time.perf_counter() - started
            figures[f"cpu {command} self"] = own_cpu() - own
            figures[f"cpu {command} provider"] = fleet.provider_cpu
            figures[f"cpu {command} terraform"] = children_cpu() - children - fleet.provider_cpu
            figures[f"cpu {command}"] = sum(figures[f"cpu {command} {part}"] for part in CPU_PARTS)
            figures[f"load {command}"] = os.getloadavg()[0]
            bad = [(r.stack, r.status, r.error) for r in runs if r.status != "done"]
            expected = DEPLOYED if command == "deploy" else 0
            wrong = [r.stack for r in runs if r.add != expected or r.change or r.remove]
            if bad or wrong:
                raise SystemExit(f"{command} of {pairs} pair(s) did not go as expected: {bad or wrong}")
        # The whole command as a user runs it: `spoke deploy --all` / `spoke diff --all` synthesize first.
        started, cpu = time.perf_counter(), cpu_seconds()
        fleet.synth()
        figures["resynth"] = time.perf_counter() - started
        figures["deploy command"] = figures["synth"] + figures["deploy"]
        figures["diff command"] = figures["resynth"] + figures["diff"]
        figures["cpu deploy command"] = figures["cpu synth"] + figures["cpu deploy"]
        figures["cpu diff command"] = cpu_seconds() - cpu + figures["cpu diff"]
        figures["provider forks"] = fleet.provider_forks
        return figures


CPU_PARTS = ("terraform", "provider", "self")
COLUMNS = ("synth", "deploy", "diff", "deploy command", "diff command")


def print_tables(results: dict[tuple[str, Variant, int], dict[str, float]], parallel: int) -> None:
    print(
        f"\nfleet benchmark: --parallel {parallel}, {available_cores()} cores, one wall-clock run per "
        "figure; (load) is the 1-minute load average when the figure ended"
    )
    print(f"  {'backend':<8}{'starts':<7}{'pairs':>6}" + "".join(f"{c:>16}" for c in COLUMNS) + "   forks")
    for (backend, variant, size), figures in results.items():
        cells = []
        for column in COLUMNS:
            load = figures.get(
                f"load {column}", figures.get("load diff" if "diff" in column else "load deploy")
            )
            cells.append(f"{figures[column]:>7.1f}s ({load:>4.1f})")
        print(f"  {backend:<8}{variant.name:<7}{size:>6}" + "".join(f"{c:>16}" for c in cells), end="")
        print(f"{int(figures['provider forks']):>8}")
    print("CPU seconds of every process involved (load-independent; 2 idle cores give at best CPU/2 wall)")
    print(f"  {'backend':<8}{'starts':<7}{'pairs':>6}" + "".join(f"{c:>16}" for c in COLUMNS))
    for (backend, variant, size), figures in results.items():
        cells = [f"{figures['cpu ' + column]:>7.1f}s" for column in COLUMNS]
        print(f"  {backend:<8}{variant.name:<7}{size:>6}" + "".join(f"{c:>16}" for c in cells))
    print(
        "CPU seconds per pair by process: terraform (init, runs, provider launchers; with cold starts the "
        "provider processes too) / provider processes (fork server and its children) / emulators + runner"
    )
    for (backend, variant, size), figures in results.items():
        parts = []
        for command in ("deploy", "diff"):
            split = " / ".join(f"{figures[f'cpu {command} {part}'] / size:.3f}" for part in CPU_PARTS)
            parts.append(f"{command} {split}")
        print(f"  {backend:<8}{variant.name:<7}{size:>6}   " + ";   ".join(parts))


def print_ratios(
    results: dict[tuple[str, Variant, int], dict[str, float]],
    backends: list[str],
    variants: list[Variant],
    sizes: list[int],
) -> None:
    print("ratios against 1 pair of the same backend and variant (whole command: synth + runs)")
    baseline = sizes[0]
    for backend in backends:
        for variant in variants:
            one = results[(backend, variant, baseline)]
            for size in sizes[1:]:
                many = results[(backend, variant, size)]
                deploy = many["deploy command"] / one["deploy command"]
                diff = many["diff command"] / one["diff command"]
                line = f"  {backend:<6} {variant.name:<5} {size:>3} pairs: deploy {deploy:5.2f}x, "
                line += f"no-op diff {diff:5.2f}x"
                if size == 50 and baseline == 1:
                    line += f"  (targets: deploy < 5x {'met' if deploy < 5 else 'NOT met'}, "
                    line += f"diff < 3x {'met' if diff < 3 else 'NOT met'})"
                per_stack = (many["deploy"] - one["deploy"]) / (size - baseline)
                line += f"; marginal deploy per extra pair {per_stack:.2f} s"
                print(line)
                whole_deploy = many["cpu deploy command"] / one["cpu deploy command"]
                whole_diff = many["cpu diff command"] / one["cpu diff command"]
                print(
                    f"  {'':<16}CPU per pair: deploy {many['cpu deploy'] / size:.2f} s, no-op diff "
                    f"{many['cpu diff'] / size:.2f} s; whole command CPU: deploy {whole_deploy:.2f}x, "
                    f"no-op diff {whole_diff:.2f}x of 1 pair"
                )
                if variant.starts == "warm":
                    # The floor: the same run if the provider processes cost nothing and terraform's CPU
                    # spread perfectly over the cores (the runner's own work and the synth as measured).
                    cores = available_cores()
                    floor = many["resynth"] + (many["cpu diff terraform"] + many["cpu diff self"]) / cores
                    print(
                        f"  {'':<16}no-op diff floor with free provider processes: {floor:.1f} s = "
                        f"{floor / one['diff command']:.2f}x of 1 pair (synth {many['resynth']:.1f} s + "
                        f"terraform {many['cpu diff terraform'] / size:.3f} s CPU per pair on {cores} cores)"
                    )


def print_comparisons(
    results: dict[tuple[str, Variant, int], dict[str, float]],
    backends: list[str],
    variants: list[Variant],
    sizes: list[int],
) -> None:
    if {v.starts for v in variants} != {"warm", "cold"}:
        return
    warm, cold = Variant("warm"), Variant("cold")
    print(
        "warm (fork server) against cold provider starts, same backend and size (runs only, no synth): "
        "wall / CPU"
    )
    for backend in backends:
        for size in sizes:
            a, b = results[(backend, warm, size)], results[(backend, cold, size)]
            cells = [
                f"{command} {a[command] / b[command]:5.2f}x / "
                f"{a['cpu ' + command] / b['cpu ' + command]:5.2f}x"
                for command in ("deploy", "diff")
            ]
            print(f"  {backend:<6} {size:>3} pairs: " + ", ".join(cells) + " of cold")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,10,50", help="fleet sizes (pairs), the first is the baseline")
    parser.add_argument("--parallel", type=int, default=4)
    parser.add_argument("--backends", default="local,pg")
    parser.add_argument(
        "--starts", default="warm", help="warm (the fork server, as spoke runs), cold (without), or both"
    )
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    backends = args.backends.split(",")
    starts = args.starts.split(",")
    if set(starts) - {"warm", "cold"}:
        print(f"error: --starts takes warm and/or cold, got {args.starts!r}", file=sys.stderr)
        return 2
    if not DEFAULT_TERRAFORMRC.is_file():
        print(f"error: {DEFAULT_TERRAFORMRC} missing: run `make setup` first", file=sys.stderr)
        return 1
    variants = [Variant(start) for start in starts]
    base = Path(tempfile.mkdtemp(prefix="fleet-bench-"))
    results: dict[tuple[str, Variant, int], dict[str, float]] = {}
    try:
        warm_up(base)
        for backend in backends:
            with ExitStack() as stack:
                environ = dict(os.environ)
                if backend == "pg":
                    ensure(quiet=True)
                    cluster = stack.enter_context(private_cluster())
                    environ[PG_VARIABLE] = cluster.conn_str
                for variant in variants:
                    for size in sizes:
                        settings = {"state_dir": "state"}
                        if backend == "pg":
                            settings.update(
                                backend="pg",
                                pg_conn_str_variable=PG_VARIABLE,
                                pg_schema_prefix=f"n{size}{variant.starts}_",
                            )
                        started = time.perf_counter()
                        results[(backend, variant, size)] = measure(
                            base, size, args.parallel, settings, environ, variant
                        )
                        print(
                            f"  ... {backend} {variant.name} {size} pair(s) measured in "
                            f"{time.perf_counter() - started:.0f} s",
                            flush=True,
                        )
    finally:
        shutil.rmtree(base, ignore_errors=True)
    print_tables(results, args.parallel)
    print_ratios(results, backends, variants, sizes)
    print_comparisons(results, backends, variants, sizes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
