"""The drift report masks what the plan marks sensitive and scrubs every known secret, whatever
characters the secret has (a quote, a backslash or a letter outside ASCII are escaped in JSON text)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from spoke_app.fleet_report import SECRET, SENSITIVE, Scrubber, StackRun, drift_report, report_changes


def _plan(before: dict[str, Any], after: dict[str, Any], **marks: Any) -> dict[str, Any]:
    change = {"actions": ["update"], "before": before, "after": after, **marks}
    return {"resource_changes": [{"address": "servicenow_record.Note", "change": change}]}


@pytest.mark.parametrize(
    "secret", ['Quote"In-Secret-42', "Back\\slash-Secret-42", "Ümlaut-Sécret-42", "Tab\tNewline\n-Secret"]
)
def test_a_known_secret_is_scrubbed_from_the_report_whatever_its_characters(secret: str) -> None:
    plan = _plan(
        {"fields": {"value": f"old {secret} text"}, secret: "a key"},
        {"fields": {"value": "new"}, secret: "other"},
    )
    run = StackRun("spoke-0", status="done", change=1, add=0, remove=0)
    run.changes = report_changes("spoke-0", plan, Scrubber([secret]))
    printed = json.dumps(drift_report("diff", [run]), indent=2)
    for form in (secret, json.dumps(secret)[1:-1], json.dumps(secret, ensure_ascii=False)[1:-1]):
        assert form not in printed, form
    values = [change["before"] for change in run.changes if change["attribute"] == "fields"]
    assert values == [{"value": f"old {SECRET} text"}]


def test_what_the_plan_marks_sensitive_is_masked() -> None:
    plan = _plan(
        {"password": "old-pw-value", "name": "a"},
        {"password": "new-pw-value", "name": "b"},
        before_sensitive={"password": True},
        after_sensitive={"password": True},
    )
    changes = {c["attribute"]: c for c in report_changes("s", plan, Scrubber([]))}
    assert (changes["password"]["before"], changes["password"]["after"]) == (SENSITIVE, SENSITIVE)
    assert (changes["name"]["before"], changes["name"]["after"]) == ("a", "b")


def test_a_refresh_only_plan_reports_what_changed_outside_terraform() -> None:
    """`spoke diff --refresh-only`: terraform lists drift in ``resource_drift`` (no ``resource_changes``),
    counts nothing to add, change or destroy, and exits 2: the drift is the change."""
    drift = {
        "address": "servicenow_record.Note",
        "change": {"actions": ["update"], "before": {"v": "a"}, "after": {"v": "b"}},
    }
    plan = {"resource_drift": [drift]}
    assert report_changes("s", plan, Scrubber([])) == []  # an ordinary plan: drift alone is no change
    (entry,) = report_changes("s", plan, Scrubber([]), refresh_only=True)
    assert (entry["resource"], entry["attribute"], entry["before"], entry["after"]) == (
        "servicenow_record.Note",
        "v",
        "a",
        "b",
    )
    run = StackRun("s", status="done", add=0, change=0, remove=0, changed=True)  # terraform's exit code 2
    assert run.has_changes
    assert drift_report("diff", [run])["stacks"][0]["has_changes"] is True
