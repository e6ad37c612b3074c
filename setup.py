"""Package list for the wheel (everything else is in pyproject.toml).

The CDKTF bindings stay where `cdktf get` writes them, `providers/`, and are installed under the
project's own name, `servicenow_spoke_providers`: their package list is read from that folder at build
time, so a table added to the catalog (a new bindings subpackage) is shipped without editing this file.
"""

from setuptools import find_packages, setup

OURS = ["servicenow_spoke", "spoke_app", "spoke_cli", "terraform_provider_servicenow", "servicenow_emulator"]
BINDINGS = "servicenow_spoke_providers"

setup(
    packages=[
        *find_packages(include=[name for package in OURS for name in (package, f"{package}.*")]),
        BINDINGS,
        *(f"{BINDINGS}.{name}" for name in find_packages("providers")),
    ],
    package_dir={BINDINGS: "providers"},
)
