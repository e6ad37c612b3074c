"""Acceptance against real instances (opt-in, SPOKE_LIVE=1): real terraform, hand-written HCL, the
installed provider, records that carry the run's prefix only.

Remote: an OAuth API endpoint (client secret from the ephemeral resource, write-only) and a system
property. Local: an OAuth 2.0 credential on the spoke's default profile, a basic-auth credential, and an
*inactive* HTTP(s) connection under the spoke's remote alias (inactive: ServiceNow keeps one active
connection per alias, and this suite never competes with yours). Create, no-op plan, update, drift
made through the Table API, out-of-band delete, import by sys_id and by name, destroy."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.live.conftest import Live

pytestmark = [pytest.mark.live, pytest.mark.acceptance]

ROOT = Path(__file__).resolve().parents[2]
OFFLINE = {
    "CHECKPOINT_DISABLE": "1",
    "DISABLE_VERSION_CHECK": "1",
    "TF_IN_AUTOMATION": "1",
    "TF_INPUT": "0",
}
WRITE_ONLY_PASSWORD = "Live-Basic-Pass-7c1q"  # a credential record's password, not a login


class Terraform:
    def __init__(self, workdir: Path, env: dict[str, str]) -> None:
        self.workdir, self.env = workdir, env

    def __call__(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        proc = subprocess.run(
            ["terraform", *args] if args[0] == "state" else ["terraform", args[0], "-no-color", *args[1:]],
            cwd=self.workdir,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        if check and proc.returncode != 0:
            raise AssertionError(f"terraform {' '.join(args)} exited {proc.returncode}:\n{proc.stderr}")
        return proc

    def plan(self) -> subprocess.CompletedProcess[str]:
        """returncode 0: no changes, 2: changes."""
        proc = self("plan", "-input=false", "-detailed-exitcode", check=False)
        assert proc.returncode in (0, 2), proc.stdout + proc.stderr
        return proc

    def apply(self) -> str:
        return self("apply", "-auto-approve", "-input=false").stdout

    def state(self) -> dict[str, dict[str, Any]]:
        doc = json.loads(self("show", "-json").stdout)
        resources = doc.get("values", {}).get("root_module", {}).get("resources", [])
        return {r["address"]: r["values"] for r in resources}


def hcl(live: Live, *, connection_url: str = "https://remote.example/") -> str:
    r, lo = live.remote, live.local
    return f"""
terraform {{
  required_providers {{
    servicenow = {{ source = "servicenow-spoke/servicenow", version = "0.1.0" }}
  }}
}}
variable "remote_password" {{
  type      = string
  sensitive = true
  ephemeral = true
}}
variable "local_password" {{
  type      = string
  sensitive = true
  ephemeral = true
}}
variable "basic_password" {{
  type      = string
  sensitive = true
  ephemeral = true
}}
provider "servicenow" {{
  alias        = "remote"
  instance_url = {json.dumps(r.url)}
  username     = {json.dumps(r.username)}
  password     = var.remote_password
}}
provider "servicenow" {{
  alias        = "local"
  instance_url = {json.dumps(lo.url)}
  username     = {json.dumps(lo.username)}
  password     = var.local_password
}}

ephemeral "servicenow_client_secret" "endpoint" {{
  provider = servicenow.remote
}}
resource "servicenow_oauth_api_endpoint" "remote" {{
  provider                 = servicenow.remote
  name                     = {json.dumps(live.name("endpoint"))}
  redirect_url             = "{lo.url}/oauth_redirect.do"
  client_secret_wo         = ephemeral.servicenow_client_secret.endpoint.value
  client_secret_wo_version = "1"
}}
resource "servicenow_record" "marker" {{
  provider = servicenow.remote
  table    = "sys_properties"
  fields   = {{ name = {json.dumps(live.prefix + ".marker")}, value = "1", type = "string" }}
}}

data "servicenow_oauth_entity_profile" "spoke" {{
  provider = servicenow.local
  name     = "RemoteSpoke default_profile"
}}
data "servicenow_connection_alias" "remote" {{
  provider = servicenow.local
  name     = "ServiceNowRemoteInstance"
}}
resource "servicenow_oauth2_credential" "remote" {{
  provider             = servicenow.local
  name                 = {json.dumps(live.name("oauth credential"))}
  oauth_entity_profile = data.servicenow_oauth_entity_profile.spoke.sys_id
}}
resource "servicenow_basic_auth_credential" "local" {{
  provider            = servicenow.local
  name                = {json.dumps(live.name("basic credential"))}
  user_name           = {json.dumps(live.prefix + ".integration")}
  password_wo         = var.basic_password
  password_wo_version = "1"
}}
resource "servicenow_http_connection" "remote" {{
  provider         = servicenow.local
  name             = {json.dumps(live.name("connection"))}
  credential       = servicenow_oauth2_credential.remote.sys_id
  connection_alias = data.servicenow_connection_alias.remote.sys_id
  connection_url   = {json.dumps(connection_url)}
  active           = false
}}
"""


@pytest.fixture
def terraform(live: Live, tmp_path: Path) -> Iterator[Terraform]:
    """terraform in a folder of its own, the provider from a private mirror, the passwords in
    ephemeral TF_VAR_*; whatever happens, a last `terraform destroy` runs."""
    from terraform_provider_servicenow.install import install

    if not shutil.which("terraform", path=str(ROOT / ".venv" / "bin") + os.pathsep + os.environ["PATH"]):
        pytest.fail("terraform is not installed: run `make setup`", pytrace=False)
    mirror = tmp_path / "mirror"
    install(mirror)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TF_", "SERVICENOW_", "SPOKE_LIVE"))}
    env.update(OFFLINE)
    env["PATH"] = str(ROOT / ".venv" / "bin") + os.pathsep + env["PATH"]
    env["TF_CLI_CONFIG_FILE"] = str(mirror / "terraformrc")
    env["SERVICENOW_JOURNAL_DIR"] = str(tmp_path / "journal")
    env["TF_VAR_remote_password"] = live.remote.password
    env["TF_VAR_local_password"] = live.local.password
    env["TF_VAR_basic_password"] = WRITE_ONLY_PASSWORD
    workdir = tmp_path / "tf"
    workdir.mkdir()
    tf = Terraform(workdir, env)
    try:
        yield tf
    finally:
        if (workdir / "terraform.tfstate").is_file():
            tf("destroy", "-auto-approve", "-input=false", check=False)


def test_the_records_live_through_create_noop_update_drift_delete_import_and_destroy(
    live: Live, terraform: Terraform
) -> None:
    remote, local = live.remote, live.local
    (terraform.workdir / "main.tf").write_text(hcl(live))
    terraform("init", "-input=false")

    # ---- create
    out = terraform.apply()
    assert "Apply complete! Resources: 5 added, 0 changed, 0 destroyed." in out, out
    state = terraform.state()
    endpoint = remote.get("oauth_entity", state["servicenow_oauth_api_endpoint.remote"]["sys_id"])
    assert endpoint is not None and endpoint["name"] == live.name("endpoint")
    assert endpoint["type"] == "client" and endpoint["client_id"]
    assert endpoint["redirect_url"] == f"{local.url}/oauth_redirect.do"
    [marker] = remote.query("sys_properties", f"name={live.prefix}.marker")
    assert marker["value"] == "1"
    [profile] = local.query("oauth_entity_profile", "name=RemoteSpoke default_profile")
    credential = local.get("oauth_2_0_credentials", state["servicenow_oauth2_credential.remote"]["sys_id"])
    assert credential is not None and credential["oauth_entity_profile"] == profile["sys_id"]
    basic = local.get("basic_auth_credentials", state["servicenow_basic_auth_credential.local"]["sys_id"])
    assert basic is not None and basic["user_name"] == f"{live.prefix}.integration"
    assert basic.get("password") != WRITE_ONLY_PASSWORD  # never read back in clear
    connection = local.get("http_connection", state["servicenow_http_connection.remote"]["sys_id"])
    assert connection is not None
    assert (connection["active"], connection["credential"]) == ("false", credential["sys_id"])
    # No secret in state: write-only and ephemeral values are null there.
    raw_state = (terraform.workdir / "terraform.tfstate").read_text()
    for secret in (WRITE_ONLY_PASSWORD, remote.password, local.password):
        assert secret not in raw_state

    # ---- no-op plan
    plan = terraform.plan()
    assert plan.returncode == 0 and "No changes." in plan.stdout, plan.stdout

    # ---- update in place
    (terraform.workdir / "main.tf").write_text(hcl(live, connection_url="https://remote-2.example/"))
    plan = terraform.plan()
    assert plan.returncode == 2 and "Plan: 0 to add, 1 to change, 0 to destroy." in plan.stdout, plan.stdout
    terraform.apply()
    assert local.get("http_connection", connection["sys_id"])["connection_url"] == "https://remote-2.example/"

    # ---- drift made through the Table API shows in the plan; apply puts it back
    remote.patch("oauth_entity", endpoint["sys_id"], {"redirect_url": "https://elsewhere.example/x"})
    plan = terraform.plan()
    assert plan.returncode == 2 and "Plan: 0 to add, 1 to change, 0 to destroy." in plan.stdout, plan.stdout
    assert "https://elsewhere.example/x" in plan.stdout
    terraform.apply()
    assert remote.get("oauth_entity", endpoint["sys_id"])["redirect_url"] == f"{local.url}/oauth_redirect.do"

    # ---- out-of-band delete: the next plan creates it again
    local.delete("basic_auth_credentials", basic["sys_id"])
    plan = terraform.plan()
    assert "servicenow_basic_auth_credential.local will be created" in plan.stdout, plan.stdout
    terraform.apply()
    assert len(local.query("basic_auth_credentials", f"name={live.name('basic credential')}")) == 1
    assert terraform.plan().returncode == 0

    # ---- import by sys_id and by name
    terraform("state", "rm", "servicenow_oauth2_credential.remote", "servicenow_http_connection.remote")
    terraform("import", "servicenow_oauth2_credential.remote", credential["sys_id"])
    terraform("import", "servicenow_http_connection.remote", f"name={live.name('connection')}")
    plan = terraform.plan()
    assert plan.returncode == 0, plan.stdout
    assert terraform.state()["servicenow_http_connection.remote"]["sys_id"] == connection["sys_id"]

    # ---- destroy: nothing with the prefix is left on either instance
    out = terraform("destroy", "-auto-approve", "-input=false").stdout
    assert "Destroy complete! Resources: 5 destroyed." in out, out
    assert live.leftovers() == []
