"""A custom table made on an emulator through the Table API, and the catalog that describes it (shared
by the generated-table tests)."""

from __future__ import annotations

import json
from pathlib import Path

from servicenow_emulator.testing import Emulator, NewColumn, create_table
from terraform_provider_servicenow import catalog_file
from terraform_provider_servicenow.catalog import Column, RecordKind
from tests.provider.conftest import PROVIDER_REQUIREMENTS, TerraformRun
from tests.provider.helpers import patch_record

TABLE = "u_widget"
#: The table's columns as an admin makes them: a name, a choice, a reference, a secret, a count, a date.
COLUMNS = (
    NewColumn("u_name", "string", "Name", max_length=40, mandatory=True, hint="The widget's unique name."),
    NewColumn(
        "u_size", "string", "Size", choices=(("small", "Small"), ("large", "Large")), default_value="small"
    ),
    NewColumn("u_owner", "reference", "Owner", reference="sys_user", hint="Who looks after it."),
    NewColumn("u_secret", "password2", "Secret", max_length=255),
    NewColumn("u_count", "integer", "Count"),
    NewColumn("u_due", "glide_date_time", "Due"),
)

#: What the catalog says of it (what `generate` writes for such a table).
WIDGET = RecordKind(
    type_name=TABLE,
    table=TABLE,
    description="Widget (table `u_widget`).",
    natural_key="u_name",
    label="Widget",
    columns=(
        Column("u_name", "string", "The widget's unique name.", mode="required", label="Name",
               internal_type="string", max_length=40),
        Column("u_size", "choice", "Size.", mode="optional_computed", default="small",
               choices=("small", "large"), label="Size", internal_type="string", max_length=40),
        Column("u_owner", "reference", "Who looks after it.", reference="sys_user", label="Owner",
               internal_type="reference"),
        Column("u_secret", "password2", "Secret.", label="Secret", internal_type="password2", max_length=255),
        Column("u_count", "integer", "Count.", label="Count", internal_type="integer"),
        Column("u_due", "date_time", "Due.", label="Due", internal_type="glide_date_time"),
        # The system columns `generate` writes as computed: the last three change with every write.
        Column("sys_created_on", "date_time", "Created.", mode="computed", internal_type="glide_date_time"),
        Column("sys_updated_on", "date_time", "Updated.", mode="computed", internal_type="glide_date_time"),
        Column("sys_updated_by", "string", "Updated by.", mode="computed", internal_type="string"),
        Column("sys_mod_count", "integer", "Updates.", mode="computed", internal_type="integer"),
    ),
)  # fmt: skip


def make_widget_table(url: str, auth: tuple[str, str], columns: tuple[NewColumn, ...] = COLUMNS) -> None:
    create_table(url, auth, TABLE, label="Widget", columns=columns)


def write_catalog(path: Path, *kinds: RecordKind) -> Path:
    catalog_file.dump(kinds or (WIDGET,), path)
    return path


SECRET = "Widget-Tf-Secret-7c2v"


def widget_hcl(url: str, **values: str) -> str:
    settings = "".join(f"  {name} = {value}\n" for name, value in values.items())
    return (
        PROVIDER_REQUIREMENTS
        + f"""
variable "secret" {{
  type      = string
  sensitive = true
  ephemeral = true
}}

provider "servicenow" {{
  instance_url = "{url}"
  username     = "admin"
  password     = "admin"
}}

data "servicenow_record" "admin" {{
  table = "sys_user"
  query = "user_name=admin"
}}

resource "servicenow_u_widget" "gear" {{
{settings}}}

data "servicenow_u_widget" "gear" {{
  u_name = servicenow_u_widget.gear.u_name
}}

output "owner_from_data_source" {{
  value = data.servicenow_u_widget.gear.u_owner
}}
"""
    )


def hcl_lifecycle(tf: TerraformRun, emulator: Emulator) -> None:
    """Hand-written HCL for the widget table, as a user writes it (`TF_VAR_secret` = SECRET in tf's
    environment): create, no-op plan, change, drift, import by natural key and by sys_id, destroy."""
    base = {
        "u_name": '"gear"',
        "u_owner": 'data.servicenow_record.admin.fields["sys_id"]',
        "u_secret_wo": "var.secret",
        "u_secret_wo_version": '"1"',
        "u_count": "3",
    }
    tf.write(widget_hcl(emulator.url, **base))
    tf.init()
    assert "servicenow-spoke/servicenow" in (tf.workdir / ".terraform.lock.hcl").read_text()
    tf.apply()
    [record] = emulator.query(TABLE, "u_name=gear")
    admin = emulator.query("sys_user", "user_name=admin")[0]["sys_id"]
    assert record["u_owner"] == admin and record["u_size"] == "small" and record["u_count"] == "3"
    assert emulator.decrypt(record["u_secret"]) == SECRET
    state_text = (tf.workdir / "terraform.tfstate").read_text()
    assert SECRET not in state_text
    assert json.loads(tf.run("output", "-json").stdout)["owner_from_data_source"]["value"] == admin
    assert tf.plan().returncode == 0  # no-op

    tf.write(widget_hcl(emulator.url, **base, u_size='"large"'))
    assert tf.plan().returncode == 2
    tf.apply()
    assert emulator.get_record(TABLE, record["sys_id"])["u_size"] == "large"
    assert tf.plan().returncode == 0

    patch_record(emulator.url, TABLE, record["sys_id"], {"u_count": "9"})
    drift = tf.plan()
    assert drift.returncode == 2 and "u_count" in drift.stdout and "9 -> 3" in drift.stdout
    tf.apply()
    assert emulator.get_record(TABLE, record["sys_id"])["u_count"] == "3"

    tf.run("state", "rm", "servicenow_u_widget.gear")
    tf.run("import", "-no-color", "-input=false", "servicenow_u_widget.gear", "u_name=gear")
    imported = tf.state()["servicenow_u_widget.gear"]
    assert imported["sys_id"] == record["sys_id"] and imported["u_size"] == "large"
    tf.run("state", "rm", "servicenow_u_widget.gear")
    tf.run("import", "-no-color", "-input=false", "servicenow_u_widget.gear", record["sys_id"])
    # After an import the secret is unknown: a new version writes it once more.
    tf.write(widget_hcl(emulator.url, **{**base, "u_secret_wo_version": '"2"'}, u_size='"large"'))
    tf.apply()
    assert tf.plan().returncode == 0

    tf.destroy()
    assert emulator.query(TABLE, "u_name=gear") == []
