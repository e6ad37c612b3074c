"""The one place the project imports its CDK toolchain from: ``cdktf`` or ``cdktn`` (``SPOKE_TOOLCHAIN``).

CDK Terrain is CDK for Terraform under a new name: the same classes in a package called ``cdktn``. The
library, the app side and the tests import those classes from here, and the provider's bindings through
:func:`binding`, so one copy of the code runs on either toolchain (``servicenow_spoke.toolchain``).
"""

from __future__ import annotations

import importlib
from types import ModuleType

from .toolchain import require_installed, selected

TOOLCHAIN = selected()
require_installed(TOOLCHAIN)
_cdk: ModuleType = importlib.import_module(TOOLCHAIN.module)

App = _cdk.App
DefaultTokenResolver = _cdk.DefaultTokenResolver
LocalBackend = _cdk.LocalBackend
Op = _cdk.Op
PgBackend = _cdk.PgBackend
Postcondition = _cdk.Postcondition
Precondition = _cdk.Precondition
StringConcat = _cdk.StringConcat
TerraformOutput = _cdk.TerraformOutput
TerraformResourceLifecycle = _cdk.TerraformResourceLifecycle
TerraformStack = _cdk.TerraformStack
TerraformVariable = _cdk.TerraformVariable
Testing = _cdk.Testing
Token = _cdk.Token
Tokenization = _cdk.Tokenization


def binding(name: str) -> ModuleType:
    """The provider binding module ``name`` (``provider``, ``record``, ``data_servicenow_record``...)."""
    return importlib.import_module(f"{TOOLCHAIN.bindings}.servicenow.{name}")
