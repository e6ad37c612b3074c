"""End-to-end fixtures: an emulator pair and the real cdktf CLI in a work directory of its own."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from servicenow_emulator.testing import Emulator, run_emulator
from spoke_app.config import render_config
from spoke_app.workspace import DEFAULT_TERRAFORMRC, Workspace

STACK = "spoke"
# Distinct, recognisable secrets: the leak test looks for each of them under cdktf.out.
REMOTE_ADMIN_PASSWORD = "Remote-Admin-Pw-7f3kq"
LOCAL_ADMIN_PASSWORD = "Local-Admin-Pw-9x2mz"
INTEGRATION_PASSWORD = "Integration-Pw-4h8vw"

#: TF_VAR_<name> values of the stack's variables
SECRETS = {
    "remote_admin_password": REMOTE_ADMIN_PASSWORD,
    "local_admin_password": LOCAL_ADMIN_PASSWORD,
    "local_integration_password": INTEGRATION_PASSWORD,
}


def spoke_config(remote: Emulator, local: Emulator, **options: object) -> str:
    """The config file of the spoke between an emulator pair, state in the work directory's state/."""
    return render_config(
        stack=STACK,
        remote_url=remote.url,
        local_url=local.url,
        local_user_name="spoke.integration",
        state_dir="state",
        options=dict(options),
    )


needs_provider = pytest.mark.skipif(
    not DEFAULT_TERRAFORMRC.is_file(), reason="provider not installed: run `make setup` (make test does)"
)


@dataclass
class Deployment:
    remote: Emulator
    local: Emulator
    workspace: Workspace
    config: Path
    registry_before: dict[str, str]
    deploy_output: str

    def write_config(self, **options: object) -> None:
        self.config.write_text(spoke_config(self.remote, self.local, **options))


@pytest.fixture(scope="session")
def terraformrc(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A CLI config whose provider mirror is this session's snapshot of the project's mirror.

    Reinstalling the provider (a provider change, `make setup`) while the tests run changes the package
    under terraform's lock file; a snapshot keeps every stack of the session on one package.
    """
    mirror = DEFAULT_TERRAFORMRC.parent
    snapshot = tmp_path_factory.mktemp("terraform-mirror")
    shutil.copytree(mirror / "registry.terraform.io", snapshot / "registry.terraform.io")
    config = snapshot / "terraformrc"
    text = DEFAULT_TERRAFORMRC.read_text()
    assert f'"{mirror}"' in text, text
    config.write_text(text.replace(f'"{mirror}"', f'"{snapshot}"'))
    return config


@pytest.fixture(scope="module")
def deployment(tmp_path_factory: pytest.TempPathFactory, terraformrc: Path) -> Iterator[Deployment]:
    """The spoke deployed with `cdktf deploy` on a fresh (remote, local) emulator pair."""
    root = tmp_path_factory.mktemp("e2e")
    with (
        run_emulator("remote", seed="spoke", admin_password=REMOTE_ADMIN_PASSWORD) as remote,
        run_emulator("local", seed="spoke", admin_password=LOCAL_ADMIN_PASSWORD) as local,
    ):
        workspace = Workspace(
            root,
            root / "spoke.toml",
            terraformrc=terraformrc,
            secrets=SECRETS,
        )
        (registry,) = local.query("oauth_entity", "name=RemoteSpoke")
        deployment = Deployment(remote, local, workspace, root / "spoke.toml", registry, "")
        deployment.write_config()
        deployment.deploy_output = workspace.cdktf("deploy")
        yield deployment
