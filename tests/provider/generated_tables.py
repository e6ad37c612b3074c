"""A custom table made on an emulator through the Table API, and the catalog that describes it (shared
by the generated-table tests)."""

from __future__ import annotations

from pathlib import Path

from servicenow_emulator.testing import NewColumn, create_table
from terraform_provider_servicenow import catalog_file
from terraform_provider_servicenow.catalog import Column, RecordKind

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
    ),
)  # fmt: skip


def make_widget_table(url: str, auth: tuple[str, str], columns: tuple[NewColumn, ...] = COLUMNS) -> None:
    create_table(url, auth, TABLE, label="Widget", columns=columns)


def write_catalog(path: Path, *kinds: RecordKind) -> Path:
    catalog_file.dump(kinds or (WIDGET,), path)
    return path
