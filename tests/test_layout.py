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
    # The constructs read what a column allows from the provider's catalog (catalog.py and the modules
    # it reads, standard library only: CATALOG_MODULES below), never the provider's serving code.
    "servicenow_spoke": {"servicenow_spoke_providers", "terraform_provider_servicenow"},
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


#: The provider's modules the construct library may import, and that import only each other and the
#: standard library (so that importing them costs no provider start-up and no third-party package).
CATALOG_MODULES = {
    "terraform_provider_servicenow",
    "terraform_provider_servicenow.catalog",
    "terraform_provider_servicenow.catalog_model",
    "terraform_provider_servicenow.catalog_file",
    "terraform_provider_servicenow.catalog_overlay",
    "terraform_provider_servicenow.catalog_lookups",
    "terraform_provider_servicenow.catalog_record",
    "terraform_provider_servicenow.catalog_roles",
}


def _module_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _catalog_import(name: str) -> bool:
    """``name`` (a module, or a module's attribute) is one of CATALOG_MODULES or a name defined in one."""
    return name in CATALOG_MODULES or name.rsplit(".", 1)[0] in CATALOG_MODULES - {
        "terraform_provider_servicenow"
    }


def test_the_constructs_import_only_the_providers_catalog() -> None:
    assert not _catalog_import("terraform_provider_servicenow.client")  # `from ... import client`
    used = {
        str(path.relative_to(ROOT)): sorted(
            n
            for n in _module_imports(path)
            if n.startswith("terraform_provider_servicenow") and not _catalog_import(n)
        )
        for path in sorted((ROOT / "servicenow_spoke").rglob("*.py"))
    }
    assert {module: names for module, names in used.items() if names} == {}


def test_the_catalog_modules_import_only_the_standard_library_and_each_other() -> None:
    import sys

    for module in sorted(CATALOG_MODULES):
        path = ROOT / (module.replace(".", "/") + ("/__init__.py" if "." not in module else ".py"))
        outside = sorted(
            n
            for n in _module_imports(path)
            if n.split(".")[0] not in sys.stdlib_module_names and not _catalog_import(n)
        )
        assert outside == [], module


def module_imports(package: str) -> dict[str, set[str]]:
    """Each module of ``package`` -> the modules of ``package`` it imports anywhere in its code (at
    module level, inside functions, under TYPE_CHECKING: every one is a dependency of its design)."""
    paths = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        paths[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    graph: dict[str, set[str]] = {}
    for module, path in paths.items():
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if isinstance(node, ast.ImportFrom) and (node.level > 0 or node.module in paths):
                target = node.module or ""
                if node.level > 0:  # `from .x import y` in `p.m` is `p.x`; in `p/__init__.py`, too
                    parts = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
                    parts = parts[: len(parts) - node.level + 1]
                    target = ".".join(parts + ([node.module] if node.module else []))
                if target in paths:
                    deps.add(target)
                deps.update(f"{target}.{a.name}" for a in node.names if f"{target}.{a.name}" in paths)
            elif isinstance(node, ast.Import):
                deps.update(alias.name for alias in node.names if alias.name in paths)
        # A package's __init__ runs before its modules: importing `package.x` is not importing `package`.
        graph[module] = deps - {module, package}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for dep in sorted(graph[node]):
            if dep not in index:
                visit(dep)
                low[node] = min(low[node], low[dep])
            elif dep in stack:
                low[node] = min(low[node], index[dep])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_cycle_finder_finds_a_cycle_through_a_lazy_import() -> None:
    graph = {"p.a": {"p.b"}, "p.b": {"p.c"}, "p.c": {"p.a"}, "p.d": {"p.a"}}
    assert cycles(graph) == [["p.a", "p.b", "p.c"]]


def test_module_imports_follows_relative_imports() -> None:
    graph = module_imports("spoke_app")
    assert "spoke_app.config.model" in graph["spoke_app.config.stacks"]  # from .model import ...
    assert "spoke_app.config" in graph["spoke_app.fleet"]  # from .config import ...


@pytest.mark.parametrize(
    ("package", "modules"),
    [("terraform_provider_servicenow", ("resources.kind", "datasources")), ("spoke_app", ("config.load",))],
)
def test_no_module_of_a_package_imports_a_module_that_imports_it_back(
    package: str, modules: tuple[str, ...]
) -> None:
    graph = module_imports(package)
    assert all(f"{package}.{module}" in graph for module in modules)  # subpackages are walked too
    assert cycles(graph) == []


def test_no_module_of_the_command_line_imports_a_module_that_imports_it_back() -> None:
    graph = module_imports("spoke_cli")
    assert "spoke_cli.chain" in graph["spoke_cli.checks_token"]  # relative imports count
    assert {"spoke_cli.checks_oauth", "spoke_cli.result"} <= graph["spoke_cli.authorize"]
    assert cycles(graph) == []
