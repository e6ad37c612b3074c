"""The layout's one-way data flow: which of the project's packages each package may import."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
OURS = {
    "servicenow_emulator",
    "terraform_provider_servicenow",
    "servicenow_spoke_providers",
    "servicenow_spoke_providers_cdktn",
    "servicenow_spoke",
    "spoke_cli",
    "spoke_app",
    "tools",
    "tests",
    "bench",
}
# package -> the project's packages it may import (besides itself)
ALLOWED = {
    "servicenow_emulator": set(),
    "terraform_provider_servicenow": set(),
    "spoke_cli": set(),
    "servicenow_spoke": {"servicenow_spoke_providers"},
    "spoke_app": {
        "servicenow_spoke",
        "servicenow_spoke_providers",
        "terraform_provider_servicenow",
        "spoke_cli",
    },
}


def imported(package: str) -> dict[str, set[str]]:
    """The project's top-level packages each module of ``package`` imports (relative imports excluded)."""
    found: dict[str, set[str]] = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        names: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
        found[str(path.relative_to(ROOT))] = (names & OURS) - {package}
    return found


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_a_package_imports_only_the_packages_below_it(package: str) -> None:
    wrong = {
        module: sorted(names - ALLOWED[package])
        for module, names in imported(package).items()
        if names - ALLOWED[package] and "/template/" not in module
    }
    assert wrong == {}
