"""The cdktf ``App`` of a spoke app: checks the environment, and seeds each stack's provider lock.

Plain ``cdktf deploy`` locks providers with ``terraform providers lock`` when a stack has no
``.terraform.lock.hcl`` yet, and that command asks the Terraform registry, which does not know this
project's provider. :func:`seed_provider_locks` writes the provider's entry (version and constraint, no
hashes) into each stack's lock file at synth time; ``terraform init`` then installs the provider from the
filesystem mirror and adds its hash, and the cdktf CLI sees a matching lock and skips the lock step.

Without ``TF_CLI_CONFIG_FILE`` terraform would look for the provider in the registry too and fail with
a registry error; :class:`SpokeApp` stops the synth first, with the fix.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from servicenow_spoke.cdk import App
from terraform_provider_servicenow import PROVIDER_ADDRESS, PROVIDER_FULL_NAME, PROVIDER_VERSION

LOCK_FILE = ".terraform.lock.hcl"
_LOCK_HEADER = (
    '# This file is maintained automatically by "terraform init".\n'
    "# Manual edits may be lost in future updates.\n"
)


class SpokeEnvironmentError(RuntimeError):
    """The environment cannot run the app's stacks; the message has the fix."""


def check_environment(environ: dict[str, str] | None = None) -> None:
    """Raise :class:`SpokeEnvironmentError` when terraform would not find the provider's mirror."""
    env = os.environ if environ is None else environ
    fix = (
        'Fix: run `eval "$(spoke env)"` in the app folder (after `spoke setup`), or use '
        "`spoke synth|deploy|diff|destroy`, which set it for you"
    )
    rc = env.get("TF_CLI_CONFIG_FILE")
    if not rc:
        raise SpokeEnvironmentError(
            "TF_CLI_CONFIG_FILE is not set: terraform would look for the ServiceNow provider "
            f"({PROVIDER_ADDRESS}) in the Terraform registry, which does not have it. {fix}"
        )
    if not Path(rc).is_file():
        raise SpokeEnvironmentError(
            f"TF_CLI_CONFIG_FILE is {rc}, which does not exist: the provider's mirror is not installed "
            f"there. {fix}"
        )


def _lock_block(version: str) -> str:
    return (
        f'\nprovider "{PROVIDER_FULL_NAME}" {{\n'
        f'  version     = "{version}"\n  constraints = "{version}"\n}}\n'
    )


def _uses_provider(stack_json: dict[str, Any]) -> bool:
    required = stack_json.get("terraform", {}).get("required_providers", {})
    return any(
        isinstance(entry, dict) and entry.get("source", "").lower() in (PROVIDER_ADDRESS, PROVIDER_FULL_NAME)
        for entry in required.values()
    )


def seed_provider_locks(outdir: Path | str) -> list[Path]:
    """Give every synthesized stack that uses the provider a lock entry for it; return the files written.

    A lock file that already has the provider (written by an earlier ``terraform init``, with its
    hash) is left alone; one without it gets the entry appended.
    """
    outdir = Path(outdir)
    manifest = json.loads((outdir / "manifest.json").read_text(encoding="utf-8"))
    written: list[Path] = []
    for stack in manifest.get("stacks", {}).values():
        stack_json = json.loads((outdir / stack["synthesizedStackPath"]).read_text(encoding="utf-8"))
        if not _uses_provider(stack_json):
            continue
        lock = outdir / stack["workingDirectory"] / LOCK_FILE
        if lock.is_file():
            text = lock.read_text(encoding="utf-8")
            if f'provider "{PROVIDER_FULL_NAME}"' in text:
                continue
            lock.write_text(text + _lock_block(PROVIDER_VERSION), encoding="utf-8")
        else:
            lock.write_text(_LOCK_HEADER + _lock_block(PROVIDER_VERSION), encoding="utf-8")
        written.append(lock)
    return written


#: CDK Terrain's context key for the project's Terraform targets (cdktf.json `targetVersions`).
TARGET_VERSIONS_CONTEXT = "targetVersions"
TERRAFORM_TARGET = ">=1.11.0"


class SpokeApp(App):
    """A cdktf ``App`` for stacks that use the ServiceNow provider.

    ``synth()`` first checks the environment (:func:`check_environment`; pass
    ``check_environment=False`` to skip it, e.g. in unit tests), then seeds the provider's lock entry in
    each stack (:func:`seed_provider_locks`), so that plain ``cdktf deploy`` works offline.
    """

    def __init__(self, *, check_environment: bool = True, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._check_environment = check_environment
        # The spoke's secrets are write-only arguments and ephemeral values: Terraform >= 1.11. CDK Terrain
        # checks features against the project's declared targets (default: Terraform >= 1.5.7); cdktf
        # ignores this context key.
        if self.node.try_get_context(TARGET_VERSIONS_CONTEXT) is None:
            self.node.set_context(TARGET_VERSIONS_CONTEXT, {"terraform": TERRAFORM_TARGET})

    def synth(self) -> None:
        if self._check_environment:
            check_environment()
        super().synth()
        seed_provider_locks(self.outdir)
