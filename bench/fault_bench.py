"""Benchmark of deploys under faults: the whole spoke deployed (until it converges), diffed and destroyed
with the real cdktf CLI on fresh emulator pairs, at a fault rate of 500/503/429 (a third each) with lost
create answers and latency, several seeds per rate, and the same without faults as the baseline.

Prints one row per rate: runs, faults injected (counted in the emulators' request logs), deploys to
converge (mean and worst), duplicates, orphans, runs whose destroy left both instances as they were
(created records gone, adopted ones restored), whether `cdktf diff` then says "No changes" (a diff that
fails under faults is run again, one with changes is not), destroy runs; and the cost of the safety:
requests per managed record sent by the deploys, and POSTs per created record, with the ratio to the run
without faults (no extra request per record when nothing fails: a create is one POST).

    python bench/fault_bench.py [--runs N] [--rates 0.2,0.4]      (N seeds per rate; default 3)
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.e2e.fault_harness import Outcome, Scenario, run_scenario  # noqa: E402

#: Records the spoke (client-credentials grant) creates: endpoint, property (when absent), 2 credentials,
#: 2 connections. Adopted ones: registry, profile (and the property when it exists).
CREATED_WITHOUT_PROPERTY = 6


def _row(label: str, outcomes: list[Outcome], baseline: Outcome | None) -> str:
    runs = len(outcomes)
    deploys = [o.deploys for o in outcomes]
    per_record = statistics.mean(o.deploy_requests / max(o.records, 1) for o in outcomes)
    posts = statistics.mean(o.deploy_posts / CREATED_WITHOUT_PROPERTY for o in outcomes)
    ratio = f"{per_record / (baseline.deploy_requests / baseline.records):.2f}x" if baseline else "1.00x"
    return (
        f"| {label} | {runs} | {sum(o.faults for o in outcomes)} | "
        f"{statistics.mean(deploys):.1f} (max {max(deploys)}) | "
        f"{sum(o.converged for o in outcomes)}/{runs} | {sum(len(o.duplicates) for o in outcomes)} | "
        f"{sum(len(o.orphans) for o in outcomes)} | {sum(o.restored for o in outcomes)}/{runs} | "
        f"{sum(o.diff_clean for o in outcomes)}/{runs} ({sum(o.diffs for o in outcomes)} diffs) | "
        f"{sum(o.destroys for o in outcomes)} | {per_record:.2f} ({ratio}) | {posts:.2f} |"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="seeds per fault rate (default 3)")
    parser.add_argument("--rates", default="0.2,0.4", help="fault rates, comma separated (default 0.2,0.4)")
    args = parser.parse_args()
    try:
        rates = [float(r) for r in args.rates.split(",") if r.strip()]
    except ValueError:
        parser.error(
            f"--rates takes numbers between 0 and 1 separated by commas, e.g. 0.2,0.4; got {args.rates!r}"
        )
    if args.runs < 1 or any(not 0 < r < 1 for r in rates):
        parser.error("--runs must be 1 or more and every rate above 0 and below 1")
    with tempfile.TemporaryDirectory(prefix="fault-bench-") as tmp:
        os.environ.setdefault("SERVICENOW_JOURNAL_DIR", str(Path(tmp) / "journal"))
        baseline = run_scenario(Scenario("no faults", property_exists=False), Path(tmp) / "clean")
        rows = [_row("no faults (baseline)", [baseline], None)]
        for rate in rates:
            outcomes = []
            for seed in range(1, args.runs + 1):
                scenario = Scenario(
                    f"{rate:.0%} seed {seed}",
                    rate,
                    seed=seed,
                    lost_creates=2 + seed % 2,
                    latency_ms=5,
                    property_exists=False,
                    max_deploys=8,
                )
                outcome = run_scenario(scenario, Path(tmp) / f"r{rate}-{seed}")
                print(
                    f"  {scenario.name}: {outcome.deploys} deploy(s), {outcome.faults} faults, "
                    f"converged={outcome.converged} restored={outcome.restored}",
                    file=sys.stderr,
                    flush=True,
                )
                outcomes.append(outcome)
            rows.append(_row(f"500/503/429 at {rate:.0%} + lost creates", outcomes, baseline))
    print(
        "| faults | runs | faults injected | deploys to converge | converged | duplicates | orphans | "
        "restored | diff clean (diff runs) | destroy runs | requests per record (vs none) | "
        "POSTs per created record |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
