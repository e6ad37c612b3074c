"""End to end, as a user does it: a custom table with a choice, a reference and a password2 column made on
an emulator through the Table API; `generate` reads its dictionary into a catalog file; `install
--catalog` serves it; then plain terraform (hand-written HCL) and cdktf (bindings from `cdktf get`)
each create, plan (no-op), change, see drift, import and destroy a record of it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from servicenow_emulator.testing import Emulator, run_emulator
from servicenow_spoke.toolchain import TOOLCHAINS
from spoke_app.workspace import OFFLINE_ENV, PROJECT_ROOT, node_bin
from terraform_provider_servicenow import catalog_file
from tests.e2e.secret_search import SecretSearch
from tests.provider.conftest import TF_BASE_ENV, TerraformRun
from tests.provider.generated_tables import SECRET, TABLE, hcl_lifecycle, make_widget_table
from tests.provider.helpers import patch_record

pytestmark = [pytest.mark.slow, pytest.mark.e2e]

CDKTF = node_bin(TOOLCHAINS["cdktf"]) / "cdktf"


@dataclass
class Generated:
    emulator: Emulator
    root: Path
    catalog: Path
    terraformrc: Path


def _run(
    args: list[str], *, cwd: Path, env: dict[str, str], timeout: int = 300
) -> subprocess.CompletedProcess:
    proc = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert proc.returncode == 0, f"{' '.join(args)} exited {proc.returncode}:\n{proc.stdout}\n{proc.stderr}"
    return proc


def _provider_cli(*args: str, cwd: Path, extra: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TF_", "SERVICENOW_"))}
    env.update(extra or {}, PYTHONPATH=str(PROJECT_ROOT))
    return _run([sys.executable, "-m", "terraform_provider_servicenow", *args], cwd=cwd, env=env)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    """The widget table on a fresh emulator, its catalog generated, the provider installed with it."""
    root = tmp_path_factory.mktemp("generated")
    with run_emulator("instance", seed="spoke") as emulator:
        make_widget_table(emulator.url, emulator.auth)
        user, password = emulator.auth
        out = _provider_cli(
            "generate", "--instance-url", emulator.url, "--table", TABLE, "--out", "tables.toml",
            cwd=root, extra={"SERVICENOW_USERNAME": user, "SERVICENOW_PASSWORD": password},
        )  # fmt: skip
        assert password not in out.stdout + out.stderr
        installed = _provider_cli("install", "--dir", "mirror", "--catalog", "tables.toml", cwd=root)
        assert f"generated tables served: servicenow_{TABLE}" in installed.stdout
        yield Generated(emulator, root, root / "tables.toml", root / "mirror" / "terraformrc")


def test_generate_describes_the_tables_choice_reference_and_secret(generated: Generated) -> None:
    (kind,) = catalog_file.load(generated.catalog)
    columns = {c.name: c for c in kind.columns}
    assert (kind.type_name, kind.natural_key) == (TABLE, "u_name")
    assert columns["u_name"].mode == "required" and columns["u_name"].max_length == 40
    assert columns["u_size"].choices == ("small", "large")
    assert (columns["u_owner"].kind, columns["u_owner"].reference) == ("reference", "sys_user")
    assert columns["u_secret"].kind == "password2"
    assert columns["sys_updated_on"].mode == "computed"


def test_plain_terraform_with_hand_written_hcl(generated: Generated, tmp_path: Path) -> None:
    emulator = generated.emulator
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TF_", "SERVICENOW_"))}
    env.update(TF_BASE_ENV, TF_CLI_CONFIG_FILE=str(generated.terraformrc), TF_VAR_secret=SECRET)
    env["SERVICENOW_JOURNAL_DIR"] = str(tmp_path / "journal")
    (tmp_path / "tf").mkdir()
    binary = shutil.which("terraform", path=str(PROJECT_ROOT / ".venv" / "bin") + os.pathsep + env["PATH"])
    assert binary, "terraform is not installed (make setup installs it)"
    hcl_lifecycle(TerraformRun(tmp_path / "tf", binary, env), emulator)


MAIN_PY = """
import os

from cdktf import App, LocalBackend, TerraformOutput, TerraformStack, TerraformVariable
from constructs import Construct

from imports.servicenow.data_servicenow_u_widget import DataServicenowUWidget
from imports.servicenow.provider import ServicenowProvider
from imports.servicenow.u_widget import UWidget


class Widgets(TerraformStack):
    def __init__(self, scope: Construct, name: str) -> None:
        super().__init__(scope, name)
        LocalBackend(self, path="terraform.tfstate")
        password = TerraformVariable(self, "admin_password", type="string", sensitive=True)
        secret = TerraformVariable(self, "widget_secret", type="string", sensitive=True)
        secret.add_override("ephemeral", True)
        ServicenowProvider(
            self, "servicenow", instance_url=os.environ["INSTANCE_URL"], username="admin",
            password=password.string_value,
        )
        widget = UWidget(
            self, "cog", u_name="cog", u_size=os.environ["WIDGET_SIZE"], u_owner=os.environ["OWNER"],
            u_secret_wo=secret.string_value, u_secret_wo_version="1",
        )
        if os.environ.get("IMPORT_SYS_ID"):
            widget.import_from(os.environ["IMPORT_SYS_ID"])
        found = DataServicenowUWidget(self, "found", u_name=widget.u_name)
        TerraformOutput(self, "owner", value=found.u_owner)
        TerraformOutput(self, "sys_id", value=widget.sys_id)


app = App()
Widgets(app, "widgets")
app.synth()
"""


class Project:
    """A cdktf project of the user's own (Python), its provider found in the installed mirror."""

    def __init__(self, root: Path, generated: Generated) -> None:
        self.root = root
        self.generated = generated
        self.outputs: dict[str, str] = {}  # every command's output, searched for the secrets at the end
        admin = generated.emulator.query("sys_user", "user_name=admin")[0]["sys_id"]
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TF_", "SERVICENOW_", "CDKTF_"))}
        env.update(OFFLINE_ENV)
        env["PATH"] = os.pathsep.join([str(CDKTF.parent), str(Path(sys.executable).parent), env["PATH"]])
        env.update(
            HOME=str(root / "home"),
            TF_CLI_CONFIG_FILE=str(generated.terraformrc),
            TF_VAR_admin_password=generated.emulator.auth[1],
            TF_VAR_widget_secret=SECRET,
            INSTANCE_URL=generated.emulator.url,
            OWNER=admin,
            WIDGET_SIZE="small",
            SERVICENOW_JOURNAL_DIR=str(root / "journal"),
        )
        (root / "home").mkdir()
        self.env = env
        settings = {
            "language": "python",
            "app": f"{sys.executable} main.py",
            "terraformProviders": ["servicenow-spoke/servicenow@0.1.0"],
            "codeMakerOutput": "imports",
            "sendCrashReports": "false",
        }
        (root / "cdktf.json").write_text(json.dumps(settings))
        (root / "main.py").write_text(textwrap.dedent(MAIN_PY))

    def cdktf(self, *args: str, **env: str) -> str:
        proc = _run([str(CDKTF), *args], cwd=self.root, env={**self.env, **env}, timeout=600)
        self.outputs[f"#{len(self.outputs)} cdktf {args[0]}"] = proc.stdout + proc.stderr
        return proc.stdout + proc.stderr

    def terraform(self, *args: str) -> str:
        stack = self.root / "cdktf.out" / "stacks" / "widgets"
        proc = _run(["terraform", *args], cwd=stack, env=self.env)
        self.outputs[f"#{len(self.outputs)} terraform {args[0]}"] = proc.stdout + proc.stderr
        return proc.stdout

    # --skip-provider-lock: without a lock file cdktf runs `terraform providers lock`, which asks the
    # registry (it does not know this provider); terraform init records the mirror's hash instead.
    def deploy(self, **env: str) -> str:
        return self.cdktf("deploy", "--auto-approve", "--skip-provider-lock", **env)

    def diff(self, **env: str) -> str:
        return self.cdktf("diff", "--skip-provider-lock", **env)


@pytest.mark.skipif(not CDKTF.is_file(), reason="the cdktf CLI is not installed (make setup installs it)")
def test_cdktf_with_the_bindings_cdktf_get_generates(generated: Generated, tmp_path: Path) -> None:
    emulator = generated.emulator
    (tmp_path / "app").mkdir()
    project = Project(tmp_path / "app", generated)
    project.cdktf("get")
    assert (project.root / "imports" / "servicenow" / "u_widget" / "__init__.py").is_file()

    project.deploy()
    [record] = emulator.query(TABLE, "u_name=cog")
    assert record["u_size"] == "small" and record["u_owner"] == project.env["OWNER"]
    assert emulator.decrypt(record["u_secret"]) == SECRET
    outputs = json.loads(project.terraform("output", "-json"))
    assert (
        outputs["owner"]["value"] == project.env["OWNER"] and outputs["sys_id"]["value"] == record["sys_id"]
    )
    assert SECRET not in (project.root / "cdktf.out" / "stacks" / "widgets" / "terraform.tfstate").read_text()
    assert "No changes" in project.diff()

    project.deploy(WIDGET_SIZE="large")  # change
    assert emulator.get_record(TABLE, record["sys_id"])["u_size"] == "large"
    assert "No changes" in project.diff(WIDGET_SIZE="large")

    patch_record(emulator.url, TABLE, record["sys_id"], {"u_size": "small"})  # drift
    drift = project.diff(WIDGET_SIZE="large")
    assert "u_size" in drift and "No changes" not in drift
    project.deploy(WIDGET_SIZE="large")
    assert emulator.get_record(TABLE, record["sys_id"])["u_size"] == "large"

    project.terraform("state", "rm", "servicenow_u_widget.cog")  # forgotten: import it again
    imported = project.deploy(WIDGET_SIZE="large", IMPORT_SYS_ID=record["sys_id"])
    assert "1 imported" in imported, imported
    assert [r["sys_id"] for r in emulator.query(TABLE, "u_name=cog")] == [record["sys_id"]]

    project.cdktf("destroy", "--auto-approve", "--skip-provider-lock")
    assert emulator.query(TABLE, "u_name=cog") == []

    # The record's password2 value is left in no file of the project (state, cdktf.out with every plan
    # archive unzipped, HOME, the journal) and in no command's output. (The emulator's admin password is
    # its 5-character default, too short to search for; tests/e2e/test_secret_search.py covers those.)
    search = SecretSearch({"widget secret": SECRET})
    search.files(project.root)
    search.texts(project.outputs)
    assert search.report.files > 10 and search.report.texts >= 8
    assert search.report.hits == []
