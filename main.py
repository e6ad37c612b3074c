"""The CDKTF app: one spoke stack per instance pair of the config file.

The config file is `$SPOKE_CONFIG`, or `spoke.toml` beside this file. Secrets are never in it: it
names the variables, and Terraform reads their values from `TF_VAR_<name>`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from cdktf import App

from servicenow_spoke.validation import SpokeValidationError
from spoke_app.config import ConfigError, build_app, load_config, make_state_dir_private

DEFAULT_CONFIG = Path(__file__).resolve().parent / "spoke.toml"


def config_path() -> Path:
    return Path(os.environ.get("SPOKE_CONFIG") or DEFAULT_CONFIG)


def main() -> int:
    try:
        config = load_config(config_path())
        app = App()
        build_app(app, config)
        make_state_dir_private(config.state_dir)
    except (ConfigError, SpokeValidationError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    app.synth()
    return 0


if __name__ == "__main__":
    sys.exit(main())
