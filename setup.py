"""Package list for the wheel (everything else is in pyproject.toml).

The bindings stay where `make bindings` writes them and are installed under the project's own names:
cdktf's `providers/` as `servicenow_spoke_providers`, CDK Terrain's `providers_cdktn/` as
`servicenow_spoke_providers_cdktn` (servicenow_spoke.toolchain). Their package lists are read from
those folders at build time, so a table added to the catalog (a new bindings subpackage) is shipped
without editing this file.
"""

from setuptools import find_packages, setup

OURS = ["servicenow_spoke", "spoke_app", "spoke_cli", "terraform_provider_servicenow", "servicenow_emulator"]
BINDINGS = {"servicenow_spoke_providers": "providers", "servicenow_spoke_providers_cdktn": "providers_cdktn"}

setup(
    packages=[
        *find_packages(include=[name for package in OURS for name in (package, f"{package}.*")]),
        *(
            name
            for package, folder in BINDINGS.items()
            for name in (package, *(f"{package}.{sub}" for sub in find_packages(folder)))
        ),
    ],
    package_dir=BINDINGS,
)
