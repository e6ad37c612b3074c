"""The CDKTF app: one spoke stack per instance pair of the config file.

The config file is `$SPOKE_CONFIG`, or `spoke.toml` beside this file. Secrets are never in it: it
names the variables, and Terraform reads their values from `TF_VAR_<name>`. The same kind of app as
the one `spoke new` writes: `SpokeApp` checks the environment and seeds each stack's provider lock.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from servicenow_spoke.validation import SpokeValidationError
from spoke_app.app import SpokeApp, SpokeEnvironmentError
from spoke_app.config import ConfigError, build_app, load_config

DEFAULT_CONFIG = Path(__file__).resolve().parent / "spoke.toml"


def config_path() -> Path:
    return Path(os.environ.get("SPOKE_CONFIG") or DEFAULT_CONFIG)


def main() -> int:
    try:
        config = load_config(config_path())
        app = SpokeApp()
        build_app(app, config)
        app.synth()
    except (ConfigError, SpokeValidationError, SpokeEnvironmentError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
