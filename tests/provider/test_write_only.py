"""Acceptance: write-only arguments, ephemeral variables and the ephemeral client secret, with real
terraform against an emulator pair: the secrets reach both instances, and no state, plan file or
output holds any of them."""

from __future__ import annotations

import zipfile

import pytest

from servicenow_emulator.testing import Emulator
from tests.provider.conftest import PROVIDER_REQUIREMENTS, TerraformRun, pair_providers
from tests.provider.helpers import admin_session, delete_record

pytestmark = pytest.mark.acceptance

REMOTE_PASSWORD = "remote-admin-Wo-pass-123"
LOCAL_PASSWORD = "local-admin-Wo-pass-456"
BASIC_PASSWORD = "integration-Wo-pass-789"


def config(remote: str, local: str) -> str:
    return (
        PROVIDER_REQUIREMENTS
        + pair_providers(remote, local, ephemeral=True)
        + f"""
variable "rotation" {{
  type    = string
  default = "1"
}}

ephemeral "servicenow_client_secret" "spoke" {{
  provider = servicenow.remote
}}

resource "servicenow_oauth_api_endpoint" "remote" {{
  provider                 = servicenow.remote
  name                     = "Local instance client"
  redirect_url             = "{local}/oauth_redirect.do"
  client_secret_wo         = ephemeral.servicenow_client_secret.spoke.value
  client_secret_wo_version = var.rotation
}}

resource "servicenow_application_registry" "spoke" {{
  provider                 = servicenow.local
  name                     = "RemoteSpoke"
  client_id                = servicenow_oauth_api_endpoint.remote.client_id
  client_secret_wo         = ephemeral.servicenow_client_secret.spoke.value
  client_secret_wo_version = "${{var.rotation}}/${{servicenow_oauth_api_endpoint.remote.sys_id}}"
}}

resource "servicenow_basic_auth_credential" "local" {{
  provider            = servicenow.local
  name                = "Local instance basic auth"
  user_name           = "integration.user"
  password_wo         = var.basic_password
  password_wo_version = "1"
}}
"""
    )


def _set_admin_password(emu: Emulator, password: str) -> None:
    [admin] = emu.query("sys_user", "user_name=admin")
    admin_session(emu.url, emu.admin_password).patch(
        f"{emu.url}/api/now/table/sys_user/{admin['sys_id']}",
        params={"sysparm_input_display_value": "true"},
        json={"user_password": password},
    ).raise_for_status()


def _secret(emu: Emulator, table: str, query: str, column: str) -> str | None:
    [record] = emu.query(table, query)
    return emu.decrypt(record[column])


def _assert_nowhere(secrets: list[str], texts: dict[str, str]) -> None:
    for where, text in texts.items():
        for secret in secrets:
            assert secret not in text, f"a secret is in {where}"


def test_write_only_secrets_reach_both_instances_and_no_state_or_plan_file_holds_them(
    emulator_pair: tuple[Emulator, Emulator], terraform: TerraformRun
) -> None:
    remote, local = emulator_pair
    _set_admin_password(remote, REMOTE_PASSWORD)
    _set_admin_password(local, LOCAL_PASSWORD)
    terraform.env.update(
        TF_VAR_remote_password=REMOTE_PASSWORD,
        TF_VAR_local_password=LOCAL_PASSWORD,
        TF_VAR_basic_password=BASIC_PASSWORD,
    )
    terraform.write(config(remote.url, local.url))
    outputs = [terraform.init().stdout, terraform.apply().stdout]

    def pair() -> tuple[str | None, str | None]:
        endpoint = _secret(remote, "oauth_entity", "name=Local instance client", "client_secret")
        registry = _secret(local, "oauth_entity", "name=RemoteSpoke", "client_secret")
        return endpoint, registry

    first, registry = pair()
    assert first and len(first) == 48 and registry == first
    assert (
        _secret(local, "basic_auth_credentials", "name=Local instance basic auth", "password")
        == BASIC_PASSWORD
    )
    secrets = [REMOTE_PASSWORD, LOCAL_PASSWORD, BASIC_PASSWORD, first]

    state = terraform.state()
    endpoint = state["servicenow_oauth_api_endpoint.remote"]
    assert endpoint["client_secret"] is None and endpoint["client_secret_wo"] is None
    assert endpoint["client_secret_wo_version"] == "1"

    # No change planned; a saved plan (a zip) holds none of the secrets.
    plan = terraform.plan("-out=saved.plan")
    assert plan.returncode == 0, plan.stdout + plan.stderr
    outputs.append(plan.stdout + plan.stderr)
    with zipfile.ZipFile(terraform.workdir / "saved.plan") as archive:
        members = {f"saved.plan:{n}": archive.read(n).decode("utf-8", "replace") for n in archive.namelist()}
    assert members

    # Rotation is one step: a new version sends one new secret to both ends in the same run.
    outputs.append(terraform.apply("-var", "rotation=2").stdout)
    second, registry = pair()
    assert second != first and registry == second
    secrets.append(second)

    # The endpoint alone is replaced (deleted outside Terraform): both ends get the new secret.
    [record] = remote.query("oauth_entity", "name=Local instance client")
    delete_record(remote.url, "oauth_entity", record["sys_id"], password=REMOTE_PASSWORD)
    outputs.append(terraform.apply("-var", "rotation=2").stdout)
    third, registry = pair()
    assert third not in (first, second) and registry == third
    secrets.append(third)
    assert terraform.plan("-var", "rotation=2").returncode == 0

    files = {
        str(path.relative_to(terraform.workdir)): path.read_text("utf-8", "replace")
        for path in terraform.workdir.rglob("*")
        if path.is_file() and ".terraform/providers" not in str(path)
    }
    assert "terraform.tfstate" in files and "terraform.tfstate.backup" in files
    _assert_nowhere(secrets, {**files, **members, **{f"output {i}": o for i, o in enumerate(outputs)}})
    outputs.append(terraform.destroy().stdout)
    _assert_nowhere(secrets, {"destroy output": outputs[-1]})


def test_a_write_only_argument_is_refused_where_terraform_would_store_it() -> None:
    from terraform_provider_servicenow.servicer import check_write_only

    config = {"client_secret_wo": "x" * 40, "client_secret": None}
    diags = check_write_only(config, "servicenow_oauth_api_endpoint", allowed=False)
    assert diags.has_errors()
    text = str(diags)
    assert "needs Terraform 1.11 or later" in text and "x" * 40 not in text
    assert not check_write_only(config, "servicenow_oauth_api_endpoint", allowed=True).has_errors()
    both = check_write_only({**config, "client_secret": "y" * 40}, "servicenow_oauth_api_endpoint", True)
    assert "both set" in str(both) and "y" * 40 not in str(both)


def test_a_required_secret_is_given_in_one_of_its_two_forms() -> None:
    from terraform_provider_servicenow.servicer import check_write_only

    base = {"name": "n", "user_name": "u", "password": None, "password_wo": None}
    missing = check_write_only(base, "servicenow_basic_auth_credential", allowed=True)
    assert "Missing `password_wo` (or `password`)" in str(missing)
    for given in ({"password": "p" * 12}, {"password_wo": "p" * 12}):
        assert not check_write_only({**base, **given}, "servicenow_basic_auth_credential", True).has_errors()


def test_a_state_from_before_the_write_only_attributes_plans_without_error_and_drops_the_stored_secret(
    emulator: Emulator, terraform: TerraformRun
) -> None:
    import json

    hcl = (
        PROVIDER_REQUIREMENTS
        + f"""
provider "servicenow" {{
  instance_url = "{emulator.url}"
  username     = "admin"
  password     = "admin"
}}
resource "servicenow_basic_auth_credential" "c" {{
  name      = "Upgraded credential"
  user_name = "integration.user"
  password  = "Stored-Pass-Before-1"
}}
"""
    )
    terraform.write(hcl)
    terraform.init()
    terraform.apply()
    # The state as the provider before write-only attributes wrote it: no *_wo, no *_wo_version.
    path = terraform.workdir / "terraform.tfstate"
    state = json.loads(path.read_text())
    attributes = state["resources"][0]["instances"][0]["attributes"]
    for name in ("password_wo", "password_wo_version"):
        attributes.pop(name)
    path.write_text(json.dumps(state))
    # Moving to the write-only form: one update, the secret sent again, and gone from the state.
    terraform.write(
        hcl.replace(
            'password  = "Stored-Pass-Before-1"',
            'password_wo = "Write-Only-Pass-2"\n  password_wo_version = "1"',
        )
    )
    assert terraform.plan().returncode == 2
    terraform.apply()
    [record] = emulator.query("basic_auth_credentials", "name=Upgraded credential")
    assert emulator.decrypt(record["password"]) == "Write-Only-Pass-2"
    text = path.read_text()
    assert "Stored-Pass-Before-1" not in text and "Write-Only-Pass-2" not in text
    assert terraform.plan().returncode == 0
