"""The contract between spoke_cli and the constructs: spoke_cli imports none of the other packages, so the
stack's output names, the record names' defaults and the config option names it reads are written twice.
This test (which may import both) fails as soon as the two copies differ."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

from servicenow_spoke.spoke import CLIENT_CREDENTIALS_PROPERTY, OUTPUT_NAMES, RemoteInstanceSpoke
from spoke_cli import checks_oauth, target, verify

ROOT = Path(__file__).resolve().parents[2]


def _defaults() -> dict[str, object]:
    parameters = inspect.signature(RemoteInstanceSpoke.__init__).parameters
    return {name: p.default for name, p in parameters.items() if p.default is not inspect.Parameter.empty}


def test_every_output_spoke_cli_reads_is_an_output_of_the_stack() -> None:
    assert set(target.OUTPUT_FIELDS) <= set(OUTPUT_NAMES)
    # Every sys_id output is read (the instance URLs too); only the Get OAuth Token URL is for people.
    assert set(OUTPUT_NAMES) - set(target.OUTPUT_FIELDS) == {"get_oauth_token_url"}


def test_spoke_cli_defaults_are_the_constructs_defaults() -> None:
    defaults = _defaults()
    assert target.DEFAULT_REGISTRY_NAME == defaults["registry_name"]
    assert target.DEFAULT_REMOTE_ALIAS == defaults["remote_alias_name"]
    assert target.DEFAULT_LOCAL_ALIAS == defaults["local_alias_name"]
    assert defaults["profile_name"] is None  # the profile follows the registry name in both
    assert target.DEFAULT_PROFILE_NAME == "<registry_name> default_profile"
    assert verify.CHECK_NAMES == verify.check_names(
        defaults["remote_alias_name"], defaults["local_alias_name"]
    )
    assert checks_oauth.CLIENT_CREDENTIALS_PROPERTY == CLIENT_CREDENTIALS_PROPERTY


def test_the_name_options_spoke_cli_reads_are_options_of_the_spoke() -> None:
    defaults = _defaults()
    assert set(target.NAME_OPTIONS) <= set(defaults)


def test_spoke_cli_imports_none_of_the_other_packages() -> None:
    others = {
        "servicenow_spoke",
        "servicenow_emulator",
        "terraform_provider_servicenow",
        "spoke_app",
        "providers",
        "servicenow_spoke_providers",
        "tools",
    }
    for path in sorted((ROOT / "spoke_cli").glob("*.py")):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            assert not {n.split(".")[0] for n in names} & others, f"{path.name} imports {names}"
