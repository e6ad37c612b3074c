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
ratios per size. Each figure comes with the load average (1 min) at its end: the machine may be shared.

Targets (issue 13): deploy of 50 pairs < 5x one with --parallel 4; no-op diff of 50 pairs < 3x one
(both measured as the whole command: synth + runs).
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import sys
import tempfile
import time
from contextlib import ExitStack
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


def measure(
    base: Path, pairs: int, parallel: int, settings: dict[str, str], environ: dict[str, str], warm: bool
) -> dict:
    """Wall seconds of synth, deploy and a no-op diff of a fleet of ``pairs`` on fresh emulators."""
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
        root = base / f"{settings.get('backend', 'local')}-{pairs}-{'warm' if warm else 'cold'}"
        root.mkdir()
        (root / "spoke.toml").write_text(text)
        workspace = Workspace(root, root / "spoke.toml", secrets=SECRETS, timeout=1200)
        config = load_config(workspace.config)
        fleet = Fleet(
            workspace, config, parallel=parallel, progress=io.StringIO(), environ=environ, fork_server=warm
        )
        stacks = [pair.stack for pair in config.pairs]
        figures: dict[str, float] = {}
        started = time.perf_counter()
        fleet.synth()
        figures["synth"] = time.perf_counter() - started
        figures["load synth"] = os.getloadavg()[0]
        for command in ("deploy", "diff"):
            started = time.perf_counter()
            runs = fleet.run(command, stacks)
            figures[command] = time.perf_counter() - started
            figures[f"load {command}"] = os.getloadavg()[0]
            bad = [(r.stack, r.status, r.error) for r in runs if r.status != "done"]
            expected = DEPLOYED if command == "deploy" else 0
            wrong = [r.stack for r in runs if r.add != expected or r.change or r.remove]
            if bad or wrong:
                raise SystemExit(f"{command} of {pairs} pair(s) did not go as expected: {bad or wrong}")
        # The whole command as a user runs it: `spoke deploy --all` / `spoke diff --all` synthesize first.
        started = time.perf_counter()
        fleet.synth()
        resynth = time.perf_counter() - started
        figures["deploy command"] = figures["synth"] + figures["deploy"]
        figures["diff command"] = resynth + figures["diff"]
        figures["provider forks"] = fleet.provider_forks
        return figures


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
    base = Path(tempfile.mkdtemp(prefix="fleet-bench-"))
    results: dict[tuple[str, str, int], dict[str, float]] = {}
    try:
        for backend in backends:
            with ExitStack() as stack:
                environ = dict(os.environ)
                if backend == "pg":
                    ensure(quiet=True)
                    cluster = stack.enter_context(private_cluster())
                    environ[PG_VARIABLE] = cluster.conn_str
                for start in starts:
                    for size in sizes:
                        settings = {"state_dir": "state"}
                        if backend == "pg":
                            settings.update(
                                backend="pg",
                                pg_conn_str_variable=PG_VARIABLE,
                                pg_schema_prefix=f"n{size}{start}_",
                            )
                        started = time.perf_counter()
                        results[(backend, start, size)] = measure(
                            base, size, args.parallel, settings, environ, warm=start == "warm"
                        )
                        print(
                            f"  ... {backend} {start} {size} pair(s) measured in "
                            f"{time.perf_counter() - started:.0f} s",
                            flush=True,
                        )
    finally:
        shutil.rmtree(base, ignore_errors=True)

    print(
        f"\nfleet benchmark: --parallel {args.parallel}, {os.cpu_count()} CPUs, one wall-clock run per "
        "figure; (load) is the 1-minute load average when the figure ended"
    )
    columns = ("synth", "deploy", "diff", "deploy command", "diff command")
    print(f"  {'backend':<8}{'starts':<7}{'pairs':>6}" + "".join(f"{c:>16}" for c in columns) + "   forks")
    for (backend, start, size), figures in results.items():
        cells = []
        for column in columns:
            load = figures.get(
                f"load {column}", figures.get("load diff" if "diff" in column else "load deploy")
            )
            cells.append(f"{figures[column]:>7.1f}s ({load:>4.1f})")
        print(f"  {backend:<8}{start:<7}{size:>6}" + "".join(f"{c:>16}" for c in cells), end="")
        print(f"{int(figures['provider forks']):>8}")
    print("ratios against 1 pair of the same backend and starts (whole command: synth + runs)")
    baseline = sizes[0]
    for backend in backends:
        for start in starts:
            one = results[(backend, start, baseline)]
            for size in sizes[1:]:
                many = results[(backend, start, size)]
                deploy = many["deploy command"] / one["deploy command"]
                diff = many["diff command"] / one["diff command"]
                line = f"  {backend:<6} {start:<5} {size:>3} pairs: deploy {deploy:5.2f}x, "
                line += f"no-op diff {diff:5.2f}x"
                if size == 50 and baseline == 1:
                    line += f"  (targets: deploy < 5x {'met' if deploy < 5 else 'NOT met'}, "
                    line += f"diff < 3x {'met' if diff < 3 else 'NOT met'})"
                per_stack = (many["deploy"] - one["deploy"]) / (size - baseline)
                line += f"; marginal deploy per extra pair {per_stack:.2f} s"
                print(line)
    if set(starts) == {"warm", "cold"}:
        print("warm (fork server) against cold provider starts, same backend and size (runs only, no synth)")
        for backend in backends:
            for size in sizes:
                warm, cold = results[(backend, "warm", size)], results[(backend, "cold", size)]
                print(
                    f"  {backend:<6} {size:>3} pairs: deploy {warm['deploy'] / cold['deploy']:5.2f}x, "
                    f"no-op diff {warm['diff'] / cold['diff']:5.2f}x of cold"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
