"""A Terraform provider for ServiceNow's REST Table API, written with the `tf` framework.

Everything the provider knows about ServiceNow records is declared once in the catalog (`catalog.py`,
which re-exports the `catalog_*.py` modules it is built from); the schemas, the mapping to and from
Table API JSON and the README's per-resource docs are generated from it.
Module-level imports are kept minimal here: terraform starts the provider several times per command.
"""

PROVIDER_HOST = "registry.terraform.io"
PROVIDER_NAMESPACE = "servicenow-spoke"
PROVIDER_TYPE = "servicenow"
PROVIDER_VERSION = "0.1.0"
PROVIDER_ADDRESS = f"{PROVIDER_NAMESPACE}/{PROVIDER_TYPE}"
PROVIDER_FULL_NAME = f"{PROVIDER_HOST}/{PROVIDER_ADDRESS}"

__all__ = [
    "PROVIDER_ADDRESS",
    "PROVIDER_FULL_NAME",
    "PROVIDER_HOST",
    "PROVIDER_NAMESPACE",
    "PROVIDER_TYPE",
    "PROVIDER_VERSION",
]
