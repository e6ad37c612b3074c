"""The provider schema as `terraform providers schema -json` prints it, without running terraform
(for the bindings: cdktf can read it from CDKTF_EXPERIMENTAL_PROVIDER_SCHEMA_CACHE_PATH)."""

from __future__ import annotations

import json
from typing import Any

from tf.schema import Attribute, Schema

from terraform_provider_servicenow import PROVIDER_FULL_NAME
from terraform_provider_servicenow.catalog import TYPE_PREFIX
from terraform_provider_servicenow.schema import WO_SUFFIX


def attribute_json(attr: Attribute) -> dict[str, Any]:
    out: dict[str, Any] = {"type": json.loads(attr.type.tf_type())}
    if attr.description:
        out["description"] = attr.description
        out["description_kind"] = "markdown"
    for flag in ("required", "optional", "computed", "sensitive"):
        if getattr(attr, flag):
            out[flag] = True
    if attr.name.endswith(WO_SUFFIX):
        out["write_only"] = True
    return out


def schema_json(schema: Schema) -> dict[str, Any]:
    block: dict[str, Any] = {"attributes": {a.name: attribute_json(a) for a in schema.attributes}}
    if schema.description:
        block["description"] = schema.description
        block["description_kind"] = "markdown"
    return {"version": schema.version or 0, "block": block}


def provider_schema_json() -> dict[str, Any]:
    from terraform_provider_servicenow.ephemeral import EPHEMERAL_RESOURCES
    from terraform_provider_servicenow.provider import ServiceNowProvider

    provider = ServiceNowProvider()
    from tf.utils import Diagnostics

    return {
        "format_version": "1.0",
        "provider_schemas": {
            PROVIDER_FULL_NAME: {
                "provider": schema_json(provider.get_provider_schema(Diagnostics())),
                "resource_schemas": {
                    TYPE_PREFIX + r.get_name(): schema_json(r.get_schema()) for r in provider.get_resources()
                },
                "ephemeral_resource_schemas": {
                    name: schema_json(klass.get_schema()) for name, klass in EPHEMERAL_RESOURCES.items()
                },
                "data_source_schemas": {
                    TYPE_PREFIX + d.get_name(): schema_json(d.get_schema())
                    for d in provider.get_data_sources()
                },
            }
        },
    }
