"""Resources, one module per kind of resource:

- `kind.py`: a record kind of the catalog that Terraform creates (`CatalogResource`), hand-written or a
  generated table (served.py);
- `adopted.py`: a catalog kind that exists before Terraform, adopted and restored (`AdoptedResource`);
- `record.py`: the generic record of any table, `servicenow_record` (`RecordResource`);
- `base.py`: what they share (`ResourceBase`); `adoption.py`: adopting and restoring records.

What resources and data sources share is in `bound.py` (the provider, diagnostics) and `checks.py`
(value checks); the planning hooks are in `planning.py`. Every CRUD method turns a failure into a
Terraform diagnostic (errors.py); none lets an exception reach the `tf` framework.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from tf.iface import Resource

    from terraform_provider_servicenow.catalog import RecordKind
    from terraform_provider_servicenow.resources.kind import CatalogResource


def catalog_class(kind: RecordKind) -> type[CatalogResource]:
    """The resource class of one catalog kind: adopted or created, as its lifecycle says."""
    from terraform_provider_servicenow.resources.adopted import AdoptedResource
    from terraform_provider_servicenow.resources.kind import CatalogResource

    base = AdoptedResource if kind.lifecycle == "adopt" else CatalogResource
    name = "".join(part.title() for part in kind.type_name.split("_")) + "Resource"
    return type(name, (base,), {"kind": kind, "type_name": kind.type_name})


def resource_classes() -> list[type[Resource]]:
    """The hand-written kinds, the generated tables served with them (served.py), the generic record."""
    from terraform_provider_servicenow.resources.record import RecordResource
    from terraform_provider_servicenow.served import resource_kinds

    classes: list[type[Resource]] = [catalog_class(kind) for kind in resource_kinds()]
    classes.append(RecordResource)
    return classes
