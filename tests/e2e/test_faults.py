"""The fault suite: the whole spoke (client-credentials grant: endpoint, registry, profile, property,
credentials, connections) deployed and destroyed with the real cdktf CLI on fresh emulator pairs, under
injected 500/503/429 with lost create answers and latency at 20% and 40% (fixed seeds), and with SIGINT
(to cdktf, as Ctrl-C) and SIGKILL (to its terraform) at several stages of a deploy.

Each run must end with no duplicate, no orphan (every record on either instance is pre-existing or in
state), `cdktf diff` "No changes", and, after destroy, both instances as they were: created records gone,
adopted ones (registry, profile, property) restored. At 20% it converges within 3 deploys.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.conftest import needs_provider
from tests.e2e.fault_harness import Outcome, Scenario, run_scenario

pytestmark = [pytest.mark.slow, pytest.mark.e2e, needs_provider]

SCENARIOS = [
    Scenario("500/503/429 at 20%, seed 1", 0.2, seed=1, lost_creates=2, latency_ms=5),
    Scenario("500/503/429 at 20%, seed 2", 0.2, seed=2, lost_creates=3, latency_ms=5, property_exists=False),
    Scenario("500/503/429 at 40%, seed 3", 0.4, seed=3, lost_creates=2, latency_ms=5, max_deploys=6),
    Scenario(
        "500/503/429 at 40%, seed 4",
        0.4,
        seed=4,
        lost_creates=3,
        latency_ms=5,
        property_exists=False,
        max_deploys=6,
    ),
    Scenario(
        "SIGINT while planning and after 3 writes",
        latency_ms=20,
        interrupts=(("SIGINT", 0), ("SIGINT", 3)),
    ),
    Scenario(
        "SIGKILL of terraform after 1, 3 and 5 writes",
        latency_ms=20,
        interrupts=(("SIGKILL", 1), ("SIGKILL", 3), ("SIGKILL", 5)),
        property_exists=False,
    ),
]


def _explain(outcome: Outcome) -> str:
    return "\n".join(outcome.log)[-6000:]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
def test_a_deploy_under_faults_or_interrupts_leaves_nothing_doubled_nothing_orphaned(
    scenario: Scenario, tmp_path: Path, terraformrc: Path
) -> None:
    outcome = run_scenario(scenario, tmp_path / "work", terraformrc)
    assert outcome.converged, _explain(outcome)
    if scenario.fault_rate and scenario.fault_rate <= 0.2:
        assert outcome.deploys <= 3, _explain(outcome)
    if scenario.fault_rate:
        assert outcome.faults > 0  # the faults really happened (from the emulators' request logs)
    assert outcome.duplicates == [], _explain(outcome)
    assert outcome.orphans == [], _explain(outcome)
    assert outcome.records == 8  # endpoint, property, registry, profile, 2 credentials, 2 connections
    assert outcome.diff_clean, _explain(outcome)
    assert outcome.destroyed, _explain(outcome)
    assert outcome.left_after_destroy == [], _explain(outcome)
    assert outcome.not_restored == [], _explain(outcome)
    for sent_and_reported in outcome.killed_runs_reported:
        assert sent_and_reported, "an interrupted deploy was reported as a success"
    if scenario.interrupts:
        assert outcome.killed_runs_reported, "no interrupt reached a running terraform"
