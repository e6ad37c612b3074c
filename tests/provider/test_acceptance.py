"""Acceptance: real terraform, the installed provider, an emulator pair. Few tests, each broad."""

from __future__ import annotations

import json

import pytest

from servicenow_emulator.testing import Emulator
from tests.provider.conftest import PROVIDER_REQUIREMENTS, TerraformRun, pair_providers
from tests.provider.helpers import create_user, delete_record, patch_record

pytestmark = pytest.mark.acceptance

REMOTE_PASSWORD = "remote-admin-pass-123"
LOCAL_PASSWORD = "local-admin-pass-456"
BASIC_PASSWORD = "integration-pass-789"
WRITES = ("POST", "PATCH", "PUT", "DELETE")


def spoke_config(
    remote: str, local: str, *, connection_url: str = "https://remote.example", table: str = "sys_properties"
) -> str:
    return (
        PROVIDER_REQUIREMENTS
        + pair_providers(remote, local)
        + f"""
resource "servicenow_oauth_api_endpoint" "remote" {{
  provider     = servicenow.remote
  name         = "Local instance client"
  redirect_url = "{local}/oauth_redirect.do"
}}

resource "servicenow_application_registry" "spoke" {{
  provider               = servicenow.local
  name                   = "RemoteSpoke"
  client_id              = servicenow_oauth_api_endpoint.remote.client_id
  client_secret          = servicenow_oauth_api_endpoint.remote.client_secret
  auth_url               = "{remote}/oauth_auth.do"
  token_url              = "{remote}/oauth_token.do"
  redirect_url           = "{local}/oauth_redirect.do"
  default_grant_type     = "authorization_code"
  refresh_token_lifespan = 8640000
  public_client          = true
  code_challenge_method  = "S256"
}}

data "servicenow_oauth_entity_profile" "spoke" {{
  provider = servicenow.local
  name     = "RemoteSpoke default_profile"
}}
data "servicenow_connection_alias" "remote" {{
  provider = servicenow.local
  name     = "ServiceNowRemoteInstance"
}}
data "servicenow_connection_alias" "local" {{
  provider = servicenow.local
  name     = "ServiceNowRemoteInstanceLocalAlias"
}}

resource "servicenow_oauth2_credential" "remote" {{
  provider             = servicenow.local
  name                 = "Remote instance OAuth"
  oauth_entity_profile = data.servicenow_oauth_entity_profile.spoke.sys_id
}}
resource "servicenow_basic_auth_credential" "local" {{
  provider  = servicenow.local
  name      = "Local instance basic auth"
  user_name = "integration.user"
  password  = var.basic_password
}}
resource "servicenow_http_connection" "remote" {{
  provider         = servicenow.local
  name             = "Remote instance"
  credential       = servicenow_oauth2_credential.remote.sys_id
  connection_alias = data.servicenow_connection_alias.remote.sys_id
  connection_url   = "{connection_url}"
}}
resource "servicenow_http_connection" "local" {{
  provider         = servicenow.local
  name             = "Local instance"
  credential       = servicenow_basic_auth_credential.local.sys_id
  connection_alias = data.servicenow_connection_alias.local.sys_id
  connection_url   = "{local}"
}}
resource "servicenow_record" "marker" {{
  provider = servicenow.remote
  table    = "{table}"
  fields   = {{ name = "spoke.marker" }}
}}

output "endpoint_sys_id" {{
  value = servicenow_oauth_api_endpoint.remote.sys_id
}}
"""
    )


def _set_admin_passwords(remote: Emulator, local: Emulator, terraform: TerraformRun) -> None:
    for emu, password in ((remote, REMOTE_PASSWORD), (local, LOCAL_PASSWORD)):
        [admin] = emu.query("sys_user", "user_name=admin")
        s = __import__("requests").Session()
        s.auth = ("admin", emu.admin_password)
        s.patch(
            f"{emu.url}/api/now/table/sys_user/{admin['sys_id']}",
            params={"sysparm_input_display_value": "true"},
            json={"user_password": password},
        ).raise_for_status()
    terraform.env.update(
        TF_VAR_remote_password=REMOTE_PASSWORD,
        TF_VAR_local_password=LOCAL_PASSWORD,
        TF_VAR_basic_password=BASIC_PASSWORD,
    )


def _writes(emu: Emulator) -> list[tuple[str, str]]:
    return [(r["method"], r["path"]) for r in emu.requests() if r["method"] in WRITES]


def test_spoke_lifecycle_create_noop_update_replace_drift_delete_import_destroy(
    emulator_pair, terraform: TerraformRun
):
    remote, local = emulator_pair
    _set_admin_passwords(remote, local, terraform)
    [seeded] = local.query("oauth_entity", "name=RemoteSpoke")
    terraform.write(spoke_config(remote.url, local.url))
    terraform.init()

    # ---- create (with terraform's most verbose log: no secret may reach it either)
    out = terraform.apply(extra_env={"TF_LOG": "trace"})
    assert "Apply complete! Resources: 7 added, 0 changed, 0 destroyed." in out.stdout
    state = terraform.state()
    endpoint = state["servicenow_oauth_api_endpoint.remote"]
    [ep_record] = remote.query("oauth_entity", "name=Local instance client")
    assert ep_record["type"] == "client" and ep_record["sys_id"] == endpoint["sys_id"]
    secret = endpoint["client_secret"]
    assert len(secret) >= 32 and remote.decrypt(ep_record["client_secret"]) == secret
    [registry] = local.query("oauth_entity", "name=RemoteSpoke")
    assert registry["sys_id"] == seeded["sys_id"]  # adopted, not created
    assert (
        registry["client_id"] == ep_record["client_id"] and local.decrypt(registry["client_secret"]) == secret
    )
    assert registry["auth_url"] == f"{remote.url}/oauth_auth.do" and registry["public_client"] == "true"
    [conn] = local.query("http_connection", "name=Remote instance")
    assert conn["credential"] == state["servicenow_oauth2_credential.remote"]["sys_id"]
    [cred] = local.query("oauth_2_0_credentials", "name=Remote instance OAuth")
    [profile] = local.query("oauth_entity_profile", "name=RemoteSpoke default_profile")
    assert cred["oauth_entity_profile"] == profile["sys_id"]
    [basic] = local.query("basic_auth_credentials", "name=Local instance basic auth")
    assert local.decrypt(basic["password"]) == BASIC_PASSWORD
    for text in (out.stdout, out.stderr):
        for value in (secret, BASIC_PASSWORD, REMOTE_PASSWORD, LOCAL_PASSWORD):
            assert value not in text

    # ---- no-op plan: twice, no changes, reads only (one GET per record and per data source)
    for emu in (remote, local):
        emu.clear_requests()
    for _ in range(2):
        plan = terraform.plan()
        assert plan.returncode == 0, plan.stdout + plan.stderr
        assert "No changes." in plan.stdout
    assert _writes(remote) == [] and _writes(local) == []
    gets = len([r for r in remote.requests() + local.requests() if r["method"] == "GET"])
    assert gets == 2 * (7 + 3)

    # ---- update in place: only the changed column is sent
    terraform.write(spoke_config(remote.url, local.url, connection_url="https://remote-2.example"))
    plan = terraform.plan()
    assert plan.returncode == 2 and "Plan: 0 to add, 1 to change, 0 to destroy." in plan.stdout
    assert '~ connection_url   = "https://remote.example" -> "https://remote-2.example"' in plan.stdout
    local.clear_requests()
    terraform.apply()
    assert _writes(local) == [("PATCH", f"/api/now/table/http_connection/{conn['sys_id']}")]
    assert local.get_record("http_connection", conn["sys_id"])["connection_url"] == "https://remote-2.example"

    # ---- replace on a force-new change
    marker = state["servicenow_record.marker"]["sys_id"]
    terraform.write(
        spoke_config(remote.url, local.url, connection_url="https://remote-2.example", table="sys_user_role")
    )
    plan = terraform.plan()
    assert "must be replaced" in plan.stdout and "Plan: 1 to add, 0 to change, 1 to destroy." in plan.stdout
    terraform.apply()
    assert remote.get_record("sys_properties", marker) is None
    assert len(remote.query("sys_user_role", "name=spoke.marker")) == 1

    # ---- drift: a change behind terraform's back shows in the plan, apply puts it back
    patch_record(
        remote.url,
        "oauth_entity",
        endpoint["sys_id"],
        {"redirect_url": "https://elsewhere/x"},
        REMOTE_PASSWORD,
    )
    # `active` is not in the configuration: its default (true) applies, so its drift shows too.
    patch_record(local.url, "http_connection", conn["sys_id"], {"active": "false"}, LOCAL_PASSWORD)
    plan = terraform.plan()
    assert plan.returncode == 2 and "Plan: 0 to add, 2 to change, 0 to destroy." in plan.stdout
    assert "~ active           = false -> true" in plan.stdout
    assert (
        f'~ redirect_url           = "https://elsewhere/x" -> "{local.url}/oauth_redirect.do"' in plan.stdout
    )
    terraform.apply()
    assert local.get_record("http_connection", conn["sys_id"])["active"] == "true"
    assert (
        remote.get_record("oauth_entity", endpoint["sys_id"])["redirect_url"]
        == f"{local.url}/oauth_redirect.do"
    )

    # ---- out-of-band delete: the next plan creates it again
    delete_record(local.url, "basic_auth_credentials", basic["sys_id"], LOCAL_PASSWORD)
    plan = terraform.plan()
    assert "# servicenow_basic_auth_credential.local will be created" in plan.stdout
    terraform.apply()
    assert len(local.query("basic_auth_credentials", "name=Local instance basic auth")) == 1
    assert terraform.plan().returncode == 0

    # ---- import by sys_id and by name
    cred_id = state["servicenow_oauth2_credential.remote"]["sys_id"]
    terraform.run("state", "rm", "servicenow_oauth2_credential.remote", "servicenow_http_connection.remote")
    terraform.run("import", "-no-color", "servicenow_oauth2_credential.remote", cred_id)
    terraform.run("import", "-no-color", "servicenow_http_connection.remote", "name=Remote instance")
    plan = terraform.plan()
    assert plan.returncode == 0, plan.stdout
    assert terraform.state()["servicenow_http_connection.remote"]["sys_id"] == conn["sys_id"]

    # ---- destroy: created records gone, the adopted registry restored and kept
    out = terraform.destroy()
    assert "Destroy complete! Resources: 7 destroyed." in out.stdout
    assert remote.query("oauth_entity", "name=Local instance client") == []
    assert remote.query("sys_user_role", "name=spoke.marker") == []
    for table in ("http_connection", "oauth_2_0_credentials", "basic_auth_credentials"):
        assert local.query(table, "nameSTARTSWITHRemote instance^ORnameSTARTSWITHLocal instance") == [], table
    [restored] = local.query("oauth_entity", "name=RemoteSpoke")
    for column in (
        "client_id",
        "auth_url",
        "token_url",
        "redirect_url",
        "default_grant_type",
        "public_client",
    ):
        assert restored[column] == seeded[column], column
    assert len(local.query("sys_alias", "nameSTARTSWITHServiceNowRemoteInstance")) == 2


SMALL = """
provider "servicenow" {{
  instance_url = "{url}"
  username     = "{user}"
  password     = var.password
  max_retries  = {retries}
}}
variable "password" {{
  type      = string
  sensitive = true
}}
resource "servicenow_oauth_api_endpoint" "remote" {{
  name = "Client {suffix}"
}}
resource "servicenow_basic_auth_credential" "a" {{
  name      = "Basic {suffix}"
  user_name = "u"
  password  = var.password
}}
resource "servicenow_record" "p" {{
  table  = "sys_properties"
  fields = {{ name = "prop.{suffix}", value = "v" }}
}}
data "servicenow_connection_alias" "remote" {{
  name = "ServiceNowRemoteInstance"
}}
"""


def small_config(url: str, suffix: str, user: str = "admin", retries: int = 4) -> str:
    return PROVIDER_REQUIREMENTS + SMALL.format(url=url, user=user, suffix=suffix, retries=retries)


def _forget_all(terraform: TerraformRun) -> None:
    addresses = terraform.run("state", "list").stdout.split()
    terraform.run("state", "rm", *[a for a in addresses if not a.startswith("data.")])


def _no_duplicates(emu: Emulator, suffix: str) -> None:
    assert len(emu.query("oauth_entity", f"name=Client {suffix}")) == 1
    assert len(emu.query("basic_auth_credentials", f"name=Basic {suffix}")) == 1
    assert len(emu.query("sys_properties", f"name=prop.{suffix}")) == 1


def test_wrong_password_and_missing_role_are_clear_diagnostics_without_secrets(
    emulator: Emulator, terraform: TerraformRun
):
    terraform.write(small_config(emulator.url, "auth"))
    terraform.init()
    wrong = "Wrong-Password-Value-1"
    terraform.env["TF_VAR_password"] = wrong
    out = terraform.apply(check=False, extra_env={"TF_LOG": "trace"})
    assert out.returncode == 1
    assert "HTTP 401 Unauthorized" in out.stderr and "SERVICENOW_PASSWORD" in out.stderr
    assert "data.servicenow_connection_alias.remote" in out.stderr
    assert "Traceback" not in out.stderr, out.stderr[out.stderr.find("Traceback") - 3000 :][:6000]
    assert wrong not in out.stdout and wrong not in out.stderr  # TF_LOG=trace included

    create_user(emulator.url, "no.roles", "No-Roles-Pass-22")
    terraform.write(
        small_config(emulator.url, "auth", user="no.roles").replace(
            'data "servicenow_connection_alias" "remote" {\n  name = "ServiceNowRemoteInstance"\n}\n', ""
        )
    )
    terraform.env["TF_VAR_password"] = "No-Roles-Pass-22"
    out = terraform.apply(check=False)
    assert out.returncode == 1
    assert "with servicenow_oauth_api_endpoint.remote" in out.stderr
    assert "HTTP 403 Forbidden" in out.stderr and "Table: oauth_entity" in out.stderr
    assert "probably lacks the role oauth_admin" in out.stderr
    assert "No-Roles-Pass-22" not in out.stdout + out.stderr and "Traceback" not in out.stderr


def test_rate_limits_5xx_storms_and_lost_create_answers_are_survived_without_duplicates(
    emulator: Emulator, terraform: TerraformRun
):
    terraform.env["TF_VAR_password"] = "admin"
    terraform.env["SERVICENOW_RETRY_MAX_DELAY"] = "1"

    # Rate limiting: 429 with Retry-After, honoured.
    terraform.write(small_config(emulator.url, "rl", retries=6))
    terraform.init()
    emulator.set_faults(rate_limit_after=3, retry_after=1)
    terraform.apply()
    assert any(r["status"] == 429 for r in emulator.requests())
    _no_duplicates(emulator, "rl")
    emulator.clear_faults()
    _forget_all(terraform)  # faster than a destroy: the next phase creates records of other names

    # A storm of 503 answers (seeded, deterministic): retried until the apply and the plan succeed.
    emulator.clear_requests()
    emulator.set_faults(error_rate_503=0.35, seed=7)
    terraform.write(small_config(emulator.url, "storm", retries=10))
    terraform.apply()
    assert terraform.plan().returncode == 0
    assert sum(r["status"] == 503 for r in emulator.requests()) >= 3
    _no_duplicates(emulator, "storm")
    emulator.clear_faults()
    _forget_all(terraform)

    # Every create commits and then loses its answer: no duplicate, state has the committed records.
    emulator.set_faults(drop_after_commit=3)
    terraform.write(small_config(emulator.url, "lost"))
    terraform.apply()
    _no_duplicates(emulator, "lost")
    state = terraform.state()
    [endpoint] = emulator.query("oauth_entity", "name=Client lost")
    assert state["servicenow_oauth_api_endpoint.remote"]["sys_id"] == endpoint["sys_id"]
    emulator.clear_faults()
    assert terraform.plan().returncode == 0

    # A storm that never ends: bounded retries, then a diagnostic.
    emulator.set_faults(error_rate_500=0.0, error_rate_503=1.0)
    terraform.write(small_config(emulator.url, "lost", retries=2))
    out = terraform.plan()
    assert out.returncode == 1 and "HTTP 503 Service Unavailable" in out.stderr
    assert "unavailable after 3 attempt(s)" in out.stderr.replace("\n", " ").replace("│", "").replace(
        "  ", " "
    )
    emulator.clear_faults()
    json.dumps(state)


def test_oauth_password_and_client_credentials_grants_configured_from_the_environment(
    emulator: Emulator, terraform: TerraformRun
):
    s = __import__("requests").Session()
    s.auth = ("admin", emulator.admin_password)
    [admin] = emulator.query("sys_user", "user_name=admin")
    client_secret = "terraform-client-secret-0123456789"
    entity = s.post(
        f"{emulator.url}/api/now/table/oauth_entity",
        params={"sysparm_input_display_value": "true"},
        json={"name": "Terraform", "type": "client", "client_secret": client_secret, "user": admin["sys_id"]},
    )
    entity.raise_for_status()
    client_id = entity.json()["result"]["client_id"]
    s.post(
        f"{emulator.url}/api/now/table/sys_properties",
        json={"name": "glide.oauth.inbound.client.credential.grant_type.enabled", "value": "true"},
    ).raise_for_status()

    terraform.write(
        PROVIDER_REQUIREMENTS
        + 'provider "servicenow" {}\n'
        + 'resource "servicenow_record" "p" {\n  table  = "sys_properties"\n'
        + '  fields = { name = "oauth.made.me", value = "yes" }\n}\n'
    )
    terraform.init()
    oauth_env = {
        "SERVICENOW_INSTANCE_URL": emulator.url,
        "SERVICENOW_CLIENT_ID": client_id,
        "SERVICENOW_CLIENT_SECRET": client_secret,
    }
    emulator.clear_requests()
    terraform.env.update(oauth_env, SERVICENOW_USERNAME="admin", SERVICENOW_PASSWORD=emulator.admin_password)
    out = terraform.apply(extra_env={"TF_LOG": "debug"})
    assert client_secret not in out.stdout + out.stderr
    log = emulator.requests()
    tokens = [r for r in log if r["path"] == "/oauth_token.do"]
    table = [r for r in log if r["path"].startswith("/api/now/table/")]
    assert tokens and all(r["status"] == 200 for r in tokens)
    # The record's user-given columns are checked in sys_dictionary once per provider process (plan, apply).
    dictionary = [r for r in table if r["path"] == "/api/now/table/sys_dictionary"]
    table = [r for r in table if r not in dictionary]
    assert len(dictionary) == 2 and all(r["user"] == "admin" for r in dictionary)
    assert [r["method"] for r in table] == ["POST"] and table[0]["user"] == "admin"
    assert len(emulator.query("sys_properties", "name=oauth.made.me")) == 1

    # Client credentials: no user name, no password.
    del terraform.env["SERVICENOW_USERNAME"], terraform.env["SERVICENOW_PASSWORD"]
    terraform.env["SERVICENOW_AUTH_METHOD"] = "oauth_client_credentials"
    emulator.clear_requests()
    assert terraform.plan().returncode == 0
    assert any(r["path"] == "/oauth_token.do" and r["status"] == 200 for r in emulator.requests())

    # A wrong client secret: a diagnostic about the OAuth client, not about a password.
    terraform.env["SERVICENOW_CLIENT_SECRET"] = "not-the-client-secret-000"
    out = terraform.plan()
    assert out.returncode == 1 and "oauth_token.do" in out.stderr
    assert "client_secret" in out.stderr and "not-the-client-secret-000" not in out.stderr


ONE_INSTANCE = """
provider "servicenow" {{
  instance_url = "{url}"
  username     = "admin"
  password     = var.password
}}
variable "password" {{
  type      = string
  sensitive = true
}}
"""

APP_USER = (
    ONE_INSTANCE
    + """
data "servicenow_record" "app_user" {{
  table = "sys_user"
  query = "user_name={user_name}"
}}
resource "servicenow_oauth_api_endpoint" "cc" {{
  name = "Client credentials client"
  user = data.servicenow_record.app_user.fields["sys_id"]
}}
"""
)


def test_endpoint_oauth_application_user_set_from_a_user_lookup_then_no_op_plan_then_changed(
    emulator: Emulator, terraform: TerraformRun
):
    ci = create_user(emulator.url, "spoke.ci", "Ci-User-Pass-41")
    other = create_user(emulator.url, "spoke.ci2", "Ci-User-Pass-42")
    terraform.env["TF_VAR_password"] = emulator.admin_password
    terraform.write(PROVIDER_REQUIREMENTS + APP_USER.format(url=emulator.url, user_name="spoke.ci"))
    terraform.init()
    terraform.apply()
    [endpoint] = emulator.query("oauth_entity", "name=Client credentials client")
    assert endpoint["user"] == ci
    assert terraform.state()["servicenow_oauth_api_endpoint.cc"]["user"] == ci

    emulator.clear_requests()
    plan = terraform.plan()
    assert plan.returncode == 0 and "No changes." in plan.stdout, plan.stdout + plan.stderr
    assert _writes(emulator) == []

    # Another user: an in-place update of `user` alone, then no changes again.
    terraform.write(PROVIDER_REQUIREMENTS + APP_USER.format(url=emulator.url, user_name="spoke.ci2"))
    plan = terraform.plan()
    assert plan.returncode == 2 and "Plan: 0 to add, 1 to change, 0 to destroy." in plan.stdout
    assert "~ user " in plan.stdout and f'"{ci}" -> "{other}"' in plan.stdout
    emulator.clear_requests()
    terraform.apply()
    assert _writes(emulator) == [("PATCH", f"/api/now/table/oauth_entity/{endpoint['sys_id']}")]
    assert emulator.get_record("oauth_entity", endpoint["sys_id"])["user"] == other
    assert terraform.plan().returncode == 0


ADOPTED_RECORDS = (
    ONE_INSTANCE
    + """
resource "servicenow_record" "existing" {{
  table    = "sys_properties"
  adopt_by = "name"
  fields   = {{ name = "spoke.shared", value = "true", type = "boolean" }}
}}
resource "servicenow_record" "missing" {{
  table    = "sys_properties"
  adopt_by = "name"
  fields   = {{ name = "spoke.missing", value = "true" }}
}}
resource "servicenow_record" "profile" {{
  table    = "oauth_entity_profile"
  adopt_by = "name"
  fields   = {{ name = "RemoteSpoke default_profile", grant_type = "client_credentials" }}
}}
"""
)


def test_records_adopted_by_name_are_restored_and_records_created_by_adoption_deleted_on_destroy(
    emulator: Emulator, terraform: TerraformRun
):
    s = __import__("requests").Session()
    s.auth = ("admin", emulator.admin_password)
    answer = s.post(
        f"{emulator.url}/api/now/table/sys_properties",
        json={"name": "spoke.shared", "value": "false", "type": "boolean", "description": "an admin's"},
    )
    answer.raise_for_status()
    shared = answer.json()["result"]
    [profile] = emulator.query("oauth_entity_profile", "name=RemoteSpoke default_profile")
    assert profile["grant_type"] == "authorization_code"
    terraform.env["TF_VAR_password"] = emulator.admin_password
    terraform.write(PROVIDER_REQUIREMENTS + ADOPTED_RECORDS.format(url=emulator.url))
    terraform.init()

    emulator.clear_requests()
    out = terraform.apply()
    assert "Apply complete! Resources: 3 added, 0 changed, 0 destroyed." in out.stdout
    assert sorted(_writes(emulator)) == [
        ("PATCH", f"/api/now/table/oauth_entity_profile/{profile['sys_id']}"),
        ("PATCH", f"/api/now/table/sys_properties/{shared['sys_id']}"),
        ("POST", "/api/now/table/sys_properties"),
    ]
    state = terraform.state()
    assert state["servicenow_record.existing"]["adopted"] is True
    assert state["servicenow_record.existing"]["adopted_values"] == {"value": "false"}
    assert state["servicenow_record.profile"]["adopted_values"] == {"grant_type": "authorization_code"}
    assert state["servicenow_record.missing"]["adopted"] is False
    assert len(emulator.query("sys_properties", "name=spoke.shared")) == 1
    assert (
        emulator.get_record("oauth_entity_profile", profile["sys_id"])["grant_type"] == "client_credentials"
    )

    emulator.clear_requests()
    plan = terraform.plan()
    assert plan.returncode == 0 and "No changes." in plan.stdout, plan.stdout + plan.stderr
    assert _writes(emulator) == []

    out = terraform.destroy()
    assert "Destroy complete! Resources: 3 destroyed." in out.stdout
    after = emulator.get_record("sys_properties", shared["sys_id"])
    assert after is not None and (after["value"], after["description"]) == ("false", "an admin's")
    assert (
        emulator.get_record("oauth_entity_profile", profile["sys_id"])["grant_type"] == "authorization_code"
    )
    assert emulator.query("sys_properties", "name=spoke.missing") == []
