"""The CDKTF app: for each [[pair]] of spoke.toml, one stack with the Remote Instance spoke between the
pair's two instances and, beside it, a record of your own on the local instance.

Written by `spoke new`; it is yours to change. Run it through the cdktf CLI (`cdktf synth`, `cdktf deploy`,
`cdktf diff`, `cdktf destroy`) after `eval "$(spoke env)"`, or with `spoke deploy` etc.
"""

from __future__ import annotations

import sys
from pathlib import Path

from constructs import Construct

from servicenow_spoke import GenericRecord
from servicenow_spoke.cdk import TerraformStack
from spoke_app import (
    ConfigError,
    PairConfig,
    SpokeApp,
    SpokeConfig,
    SpokeEnvironmentError,
    add_state_backend,
    build_app,
    load_config,
    spoke_for_pair,
)

CONFIG = Path(__file__).resolve().parent / "spoke.toml"


class AppStack(TerraformStack):
    """One instance pair: the spoke, and your own resources on the same instances."""

    def __init__(self, scope: Construct, pair: PairConfig, config: SpokeConfig) -> None:
        super().__init__(scope, pair.stack)
        # Terraform state of this stack, as spoke.toml says: a local file (no secret in it; its folder is
        # made private, 0700) or PostgreSQL.
        add_state_backend(self, pair, config.state_dir, config.pg)
        # The spoke: an OAuth API endpoint on the remote instance; on the local one the RemoteSpoke
        # registry, two credentials and two connections. Its providers and records are attributes.
        spoke = spoke_for_pair(self, "Spoke", pair)
        # A record of your own, on the local instance, through the spoke's provider for it.
        GenericRecord(
            self,
            "TeamContact",
            provider=spoke.local_provider,
            table="sys_properties",
            fields={
                "name": "x_team.remote_spoke.contact",
                "value": "platform-team@example.com",
                "type": "string",
                "description": "Who to call about the Remote Instance spoke",
            },
        )


def main() -> int:
    try:
        app = SpokeApp()
        build_app(app, load_config(CONFIG), AppStack)
        app.synth()
    except (ConfigError, SpokeEnvironmentError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
