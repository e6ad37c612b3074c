"""No secret in any file we leave: the whole lifecycle with the real cdktf CLI and `TF_LOG=trace`, then
every file of the work folder (state folder, cdktf.out with every plan archive unzipped, the trace log,
the HOME caches, the temporary folder) and every command's output searched for every secret. The same
for the demo (`tools.demo`).

The client secrets are read from the emulators' side (their store, decrypted), never from our state.
"""

from __future__ import annotations

import io
import re
import shutil
import types
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

import spoke_app.workspace as workspace_module
from servicenow_emulator.testing import Emulator, run_emulator
from spoke_app.config import render_config
from spoke_app.workspace import Workspace
from tests.e2e.conftest import needs_provider
from tests.e2e.secret_search import SecretSearch

pytestmark = [pytest.mark.slow, pytest.mark.e2e, needs_provider]

STACK = "secrets"
REMOTE_ADMIN = "Remote-Admin-Search-4kq8z"
LOCAL_ADMIN = "Local-Admin-Search-7mw2x"
INTEGRATION = "Integration-Search-9pt5v"
WRONG_REMOTE = "Wrong-Remote-Typed-3hd6c"
NO_CHANGES = "No changes. Your infrastructure matches the configuration."


def test_the_search_finds_a_secret_in_any_form_and_inside_nested_plan_archives(tmp_path: Path) -> None:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("tfplan", b"...s3cret-value-1..." * 3)  # compressed: found only once unzipped
    outer = io.BytesIO()
    with zipfile.ZipFile(outer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("nested.zip", inner.getvalue())
    (tmp_path / "plan").write_bytes(outer.getvalue())
    (tmp_path / "log").write_text(
        "Authorization: Basic YWRtaW46czNjcmV0LXZhbHVlLTI=\n"
    )  # admin:s3cret-value-2
    search = SecretSearch(
        {"one": "s3cret-value-1", "two": "s3cret-value-2", "three": "s3cret-value-3"}, ["admin"]
    )
    search.files(tmp_path)
    search.texts({"output": "nothing here"})
    assert sorted(search.report.hits) == [
        (f"{tmp_path / 'log'}", "two"),
        (f"{tmp_path / 'plan'}:nested.zip:tfplan", "one"),
    ]
    assert (search.report.files, search.report.archives, search.report.texts) == (2, 2, 1)


@pytest.fixture
def recorded(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """Every command's output, whatever runs it through spoke_app.workspace (cdktf, terraform)."""
    outputs: dict[str, str] = {}
    original = workspace_module.run_process

    def run_process(args: Any, **kwargs: Any) -> tuple[int, str, str]:
        code, stdout, stderr = original(args, **kwargs)
        outputs[f"#{len(outputs)} {' '.join(map(str, args[:2]))}"] = stdout + stderr
        return code, stdout, stderr

    monkeypatch.setattr(workspace_module, "run_process", run_process)
    yield outputs


def _client_secret(remote: Emulator, sys_id: str) -> str:
    record = remote.get_record("oauth_entity", sys_id)
    assert record is not None
    value = remote.decrypt(record["client_secret"])
    assert value and len(value) >= 32
    return value


def _registry_secret(local: Emulator) -> str | None:
    [registry] = local.query("oauth_entity", "name=RemoteSpoke")
    return local.decrypt(registry["client_secret"])


def _trace(monkeypatch: pytest.MonkeyPatch, root: Path) -> Path:
    log = root / "terraform-trace.log"
    monkeypatch.setenv("TF_LOG", "trace")
    monkeypatch.setenv("TF_LOG_PATH", str(log))
    return log


def test_the_whole_lifecycle_leaves_no_secret_in_any_file_or_output(
    tmp_path: Path, terraformrc: Path, recorded: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "work"
    trace = _trace(monkeypatch, root)
    with (
        run_emulator("remote", seed="spoke", admin_password=REMOTE_ADMIN) as remote,
        run_emulator("local", seed="spoke", admin_password=LOCAL_ADMIN) as local,
    ):
        config = root / "spoke.toml"
        secrets = {
            "remote_admin_password": REMOTE_ADMIN,
            "local_admin_password": LOCAL_ADMIN,
            "local_integration_password": INTEGRATION,
        }
        workspace = Workspace(root, config, terraformrc=terraformrc, secrets=secrets)

        def configure(**options: object) -> None:
            config.write_text(
                render_config(
                    stack=STACK,
                    remote_url=remote.url,
                    local_url=local.url,
                    local_user_name="spoke.integration",
                    state_dir="state",
                    options=dict(options),
                )
            )

        configure()
        workspace.cdktf("synth")
        assert "Apply complete! Resources: 7 added" in workspace.cdktf("deploy")
        outputs = workspace.outputs(STACK)
        client_secrets = [_client_secret(remote, outputs["remote_endpoint_sys_id"])]
        [registry] = local.query("oauth_entity", "name=RemoteSpoke")
        assert local.decrypt(registry["client_secret"]) == client_secrets[0]  # the secrets did arrive
        [basic] = local.query("basic_auth_credentials", "name=Local Credentials")
        assert local.decrypt(basic["password"]) == INTEGRATION
        assert NO_CHANGES in workspace.cdktf("diff")

        configure(access_token_lifespan=3600)  # a change
        assert "0 added, 1 changed" in workspace.cdktf("deploy")
        configure(access_token_lifespan=3600, client_secret_rotation=2)  # a rotation
        assert "0 added, 2 changed" in workspace.cdktf("deploy")
        client_secrets.append(_client_secret(remote, outputs["remote_endpoint_sys_id"]))
        assert client_secrets[1] != client_secrets[0]
        assert _registry_secret(local) == client_secrets[1]

        # One end replaced alone. The endpoint deleted outside Terraform: deploy re-creates it (same
        # sys_id: the stable create key; a new client_id) and the registry gets the same new secret.
        admin = requests.Session()
        admin.auth = remote.auth
        admin.delete(
            f"{remote.url}/api/now/table/oauth_entity/{outputs['remote_endpoint_sys_id']}"
        ).raise_for_status()
        assert "1 added" in workspace.cdktf("deploy")
        client_secrets.append(_client_secret(remote, outputs["remote_endpoint_sys_id"]))
        assert client_secrets[2] not in client_secrets[:2] and _registry_secret(local) == client_secrets[2]
        # The registry resource replaced (re-adopted, same record): no secret is written at all.
        address = "servicenow_application_registry.Spoke_Registry_E23D605B"
        workspace.terraform(STACK, "apply", "-auto-approve", "-input=false", f"-replace={address}")
        assert _client_secret(remote, outputs["remote_endpoint_sys_id"]) == client_secrets[2]
        assert _registry_secret(local) == client_secrets[2]
        assert NO_CHANGES in workspace.cdktf("diff")

        # `cdktf diff` run by hand leaves its plan file: it is kept here, to be opened and searched.
        cli = str(workspace.project_root / "node_modules" / ".bin" / "cdktf")
        assert NO_CHANGES in workspace.run([cli, "diff", "--skip-provider-lock"])
        plans = list(workspace.out_dir.glob("stacks/*/plan"))
        assert plans and all(p.stat().st_mode & 0o077 == 0 for p in plans)
        kept = root / "kept-plans"  # the next commands of the runner remove it: keep a copy to search
        kept.mkdir()
        for plan in plans:
            shutil.copy(plan, kept / f"{plan.parent.name}.plan")

        # A failure: a mistyped admin password, in the environment only (never echoed back).
        secrets["remote_admin_password"] = WRONG_REMOTE
        failed = workspace.cdktf("diff", check=False)
        assert "401" in failed, failed[-2000:]
        secrets["remote_admin_password"] = REMOTE_ADMIN

        assert set(workspace.outputs(STACK)) >= {"remote_client_id", "registry_sys_id"}
        assert "Destroy complete! Resources: 7 destroyed." in workspace.cdktf("destroy")

    assert trace.stat().st_size > 100_000, "TF_LOG=trace wrote no trace log"
    assert list((root / "home" / ".cache" / "tf-python-provider").iterdir()), "no tf cache to search"
    search = SecretSearch(
        {
            "remote admin password": REMOTE_ADMIN,
            "local admin password": LOCAL_ADMIN,
            "integration password": INTEGRATION,
            "mistyped remote admin password": WRONG_REMOTE,
            **{f"client secret #{i}": s for i, s in enumerate(client_secrets)},
        },
        users=["admin", "spoke.integration", outputs["remote_client_id"]],
    )
    search.files(root)
    search.texts(recorded)
    print(f"\nlifecycle {search.report.line()}")
    assert search.report.archives >= 1 and search.report.files > 50 and search.report.texts >= 10
    assert search.report.hits == []


def test_the_demo_leaves_no_secret_in_any_file_or_output(
    tmp_path: Path,
    recorded: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import contextlib

    import tools.demo as demo

    work = tmp_path / "demo"
    trace = _trace(monkeypatch, work)
    generated: list[str] = []
    token_urlsafe = demo.secrets.token_urlsafe

    def recording_token(n: int | None = None) -> str:
        value = token_urlsafe(n)
        generated.append(value)
        return value

    emulators: dict[str, Emulator] = {}
    stack = contextlib.ExitStack()

    class Kept:
        """An in-process emulator (same behaviour, same HTTP) that the demo's stop() leaves running until
        its store has been read; the ExitStack stops it."""

        def __init__(self, emulator: Emulator) -> None:
            self.emulator = emulator

        def __getattr__(self, name: str) -> Any:
            return getattr(self.emulator, name)

        def stop(self, *args: Any) -> int:
            return 0

    def spawn(name: str, **kwargs: Any) -> Kept:
        emulators[name] = stack.enter_context(run_emulator(name, **kwargs))
        return Kept(emulators[name])

    # Only the demo's own calls are recorded (the emulators generate tokens and ids with `secrets` too).
    monkeypatch.setattr(demo, "secrets", types.SimpleNamespace(token_urlsafe=recording_token))
    monkeypatch.setattr(demo, "spawn_emulator", spawn)
    with stack:
        work.parent.mkdir(parents=True, exist_ok=True)
        trace.parent.mkdir(parents=True, exist_ok=True)
        assert demo.run(work_dir=work) == 0
        remote = emulators["remote"]
        [endpoint] = remote.query("oauth_entity", "type=client")
        client_secret = remote.decrypt(endpoint["client_secret"])
    printed = capsys.readouterr()
    assert re.search(r"\d+ passed, 0 failed: the spoke works", printed.out), printed.out[-2000:]
    assert trace.stat().st_size > 100_000, "TF_LOG=trace wrote no trace log"
    assert len(generated) >= 3 and client_secret
    search = SecretSearch(
        {**{f"demo password #{i}": v for i, v in enumerate(generated)}, "demo client secret": client_secret},
        users=["admin", "spoke.integration", endpoint["client_id"]],
    )
    search.files(work)
    search.texts({**recorded, "demo stdout": printed.out, "demo stderr": printed.err})
    print(f"\ndemo {search.report.line()}")
    assert search.report.files > 50 and search.report.texts >= 3
    assert search.report.hits == []
