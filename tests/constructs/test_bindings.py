"""Each toolchain's bindings (providers/servicenow for cdktf, providers_cdktn/servicenow for cdktn) must match
the provider's schema (regenerate with `SPOKE_TOOLCHAIN=<name> make bindings`)."""

from __future__ import annotations

import importlib
import inspect
from typing import Any

import pytest

from servicenow_spoke.cdk import TOOLCHAIN, binding
from servicenow_spoke.toolchain import TOOLCHAINS, Toolchain
from tools import bindings

EVERY_TOOLCHAIN = pytest.mark.parametrize("toolchain", list(TOOLCHAINS.values()), ids=list(TOOLCHAINS))

CDKTF_META_ARGUMENTS = {
    "scope", "id", "connection", "count", "depends_on", "for_each", "lifecycle", "provider", "provisioners",
}  # fmt: skip


def _settable(block: dict[str, Any]) -> set[str]:
    attributes = block["block"].get("attributes", {})
    return {name for name, a in attributes.items() if a.get("required") or a.get("optional")}


def _class_for(kind: str, type_name: str) -> type:
    short = type_name.removeprefix("servicenow_")
    module_name = short if kind == "resource" else f"data_{type_name}"
    module = importlib.import_module(f"{TOOLCHAIN.bindings}.servicenow.{module_name}")
    class_name = "".join(part.capitalize() for part in module_name.split("_"))
    return getattr(module, class_name)


def _arguments(cls: type) -> set[str]:
    parameters = inspect.signature(cls.__init__).parameters
    return {name for name in parameters if name != "self"} - CDKTF_META_ARGUMENTS


def test_the_running_toolchains_bindings_have_exactly_the_arguments_of_their_stored_schema() -> None:
    """Checked for the toolchain this test run imports (run it with SPOKE_TOOLCHAIN=cdktn for the other)."""
    provider = bindings.stored_schema(TOOLCHAIN)["provider_schemas"][bindings.PROVIDER_ADDRESS]
    assert provider["resource_schemas"], "the stored schema has no resources"
    for kind, section in (("resource", "resource_schemas"), ("data", "data_source_schemas")):
        for type_name, block in provider[section].items():
            assert _arguments(_class_for(kind, type_name)) == _settable(block), type_name
    ServicenowProvider = binding("provider").ServicenowProvider  # noqa: N806

    assert _arguments(ServicenowProvider) - {"alias"} == _settable(provider["provider"])


@pytest.mark.skipif(
    not bindings.terraformrc().is_file(), reason="provider not installed: run `make setup` (make test does)"
)
@EVERY_TOOLCHAIN
def test_checked_in_bindings_match_the_installed_providers_schema(toolchain: Toolchain) -> None:
    current = bindings.provider_schema()
    assert bindings.dumps(bindings.stored_schema(toolchain)) == bindings.dumps(current), (
        f"{toolchain.bindings_dir}/servicenow is stale: the provider's schema changed. "
        f"Fix: run `SPOKE_TOOLCHAIN={toolchain.name} make bindings`"
    )


@EVERY_TOOLCHAIN
def test_each_toolchains_bindings_import_that_toolchain_only(toolchain: Toolchain) -> None:
    folder = bindings.providers_dir(toolchain) / bindings.PROVIDER_NAME
    others = [t.module for t in TOOLCHAINS.values() if t is not toolchain]
    modules = sorted(folder.glob("*/__init__.py"))
    assert len(modules) > 5, folder
    for module in modules:
        text = module.read_text()
        assert f"import {toolchain.module}" in text, module
        assert not any(f"import {other}" in text for other in others), module


def _schema_with(attribute: dict[str, Any]) -> dict[str, Any]:
    block = {"block": {"attributes": {"count": attribute, "name": {"type": "string", "required": True}}}}
    return {
        "format_version": "1.0",
        "provider_schemas": {
            bindings.PROVIDER_ADDRESS: {
                "provider": {"block": {}},
                "data_source_schemas": {"servicenow_x": block},
            }
        },
    }


def test_a_computed_attribute_named_like_a_cdktf_meta_argument_is_left_out_of_the_bindings() -> None:
    schema = _schema_with({"type": "number", "computed": True})
    safe, dropped = bindings.jsii_safe(schema)
    assert dropped == ["servicenow_x.count"]
    attributes = safe["provider_schemas"][bindings.PROVIDER_ADDRESS]["data_source_schemas"]["servicenow_x"]
    assert set(attributes["block"]["attributes"]) == {"name"}
    assert (
        "count"
        in schema["provider_schemas"][bindings.PROVIDER_ADDRESS]["data_source_schemas"]["servicenow_x"][
            "block"
        ]["attributes"]
    )  # the input is not modified


def test_a_settable_attribute_named_like_a_cdktf_meta_argument_is_an_error_naming_it() -> None:
    with pytest.raises(bindings.BindingsError, match=r"servicenow_x\.count clashes.*rename the attribute"):
        bindings.jsii_safe(_schema_with({"type": "number", "optional": True}))


@EVERY_TOOLCHAIN
def test_checked_in_bindings_match_the_schema_of_the_provider_source(toolchain: Toolchain) -> None:
    """The same check without terraform: the provider's own rendering of its schema JSON."""
    schema_json = pytest.importorskip("terraform_provider_servicenow.schema_json")
    current = bindings.normalize(schema_json.provider_schema_json())
    assert bindings.dumps(bindings.stored_schema(toolchain)) == bindings.dumps(current), (
        f"{toolchain.bindings_dir}/servicenow is stale: the provider's schema changed. "
        f"Fix: run `SPOKE_TOOLCHAIN={toolchain.name} make bindings`"
    )
