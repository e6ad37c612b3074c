"""`servicenow_record`, the resource and the data source of any table: their descriptions, attributes and
examples, declared once for the schemas (`schema.py`) and the docs (`docs.py`). Standard library only.
"""

from __future__ import annotations

# The generic record resource is not catalog-driven column by column (it takes any table); its
# attributes are declared here so that the docs and the schema share one description.
RECORD_RESOURCE_TYPE = "record"
RECORD_RESOURCE_DESCRIPTION = (
    "Any record of any table: the escape hatch for larger stacks. `fields` holds the columns it owns "
    "(Table API string values; references as sys_ids), `sensitive_fields` the password2 columns (written "
    "as display values, never read back), and `computed_fields` every other column the instance returns. "
    "With `adopt_by`, a record that exists instance-wide (a system property, a shipped profile) is adopted "
    "instead of created twice: create looks it up by that column and, when it exists, writes only the "
    "owned fields that differ, remembering their values in `adopted_values`; destroy writes them back "
    '(`on_destroy = "restore"`, the default) or leaves the record (`"keep"`) and never deletes an adopted '
    "record. When no record matches, it is created (`adopted = false`) and destroy deletes it (unless "
    '`on_destroy = "keep"`). Import with `<table>/<sys_id>` or `<table>/<column>=<value>`; an imported '
    "record counts as adopted."
)
#: The stable key of a created record (catalog resources that create, and `servicenow_record`).
CREATE_SYS_ID_DESCRIPTION = (
    "The sys_id to create the record with (32 lowercase hexadecimal characters), the same on every run: "
    "it makes the create idempotent across runs. A record that an interrupted or failed run created with "
    "it, and never recorded in state, is taken over by the next apply (PATCHed to the configured values) "
    "instead of being created twice. The constructs derive it from the stack and the construct path "
    '(uuid5); from HCL, give any fixed value unique per record, e.g. `replace(uuidv5("url", '
    '"<stack>/<address>"), "-", "")`. Used only by create: changing it later changes nothing on the '
    "instance. Unset: a random sys_id per create (safe within one apply only)."
)

RECORD_RESOURCE_ATTRIBUTES: tuple[tuple[str, str, str], ...] = (
    # (name, mode, description)
    ("table", "required", "Table name, e.g. `sys_properties`. Changing it replaces the record."),
    ("fields", "required", "The columns this resource owns, as Table API string values."),
    (
        "sensitive_fields",
        "optional",
        "password2 columns (sensitive): written as display values, never read back.",
    ),
    (
        "computed_fields",
        "computed",
        "Every other column of the record, as the instance returns it, less the known password2 columns.",
    ),
    (
        "adopt_by",
        "optional",
        "A column of `fields` (e.g. `name`) that identifies the record instance-wide: create adopts the "
        "record whose column has that value (`<adopt_by>=<fields[adopt_by]>`, which must not contain `^` or "
        "a line break) and creates one only when none exists. Without it, create always inserts and "
        "destroy always deletes. Once the record is in state, changing `adopt_by` changes only what destroy "
        "does; changing `fields[adopt_by]` of an adopted record is an error (it would rename an "
        "instance-wide record): replace the resource to adopt another.",
    ),
    (
        "on_destroy",
        "optional",
        "With `adopt_by`: `restore` (default) writes back the values this resource overwrote on an adopted "
        "record and deletes a record it created; `keep` leaves the record as it is. An adopted record is "
        "never deleted.",
    ),
    (
        "adopted",
        "computed",
        "Whether the record existed before this resource (adopted or imported) rather than being created by "
        "it.",
    ),
    (
        "adopted_values",
        "computed",
        "The values the owned fields of an adopted record had before this resource first wrote them (the "
        'fields it found equal are left out): what `on_destroy = "restore"` writes back. Of a password2 '
        "column in `sensitive_fields` only the fact that it was blank is kept, as "
        '`sensitive_fields.<column>` = `""` (destroy writes it blank again): a secret that was set before '
        "is never read back nor kept, so the adopt warns that it overwrites it and destroy leaves the value "
        "Terraform wrote.",
    ),
)
RECORD_RESOURCE_EXAMPLE = """resource "servicenow_record" "property" {
  provider = servicenow.remote
  table    = "sys_properties"
  adopt_by = "name" # an instance-wide property: adopted when it exists, restored on destroy
  fields = {
    name  = "glide.oauth.inbound.client.credential.grant_type.enabled"
    value = "true"
    type  = "boolean"
  }
}"""

RECORD_DATA_SOURCE_DESCRIPTION = (
    "Reads records of any table: one by `sys_id`, or every record matching an encoded `query` "
    "(paginated with `sysparm_limit`/`sysparm_offset`, up to `limit`). Values are Table API strings; "
    "the known password2 columns (client secrets, passwords, tokens) are left out."
)
RECORD_DATA_SOURCE_ATTRIBUTES: tuple[tuple[str, str, str], ...] = (
    ("table", "required", "Table name, e.g. `oauth_entity`."),
    ("sys_id", "optional", "sys_id of the one record to read (or use `query`)."),
    ("query", "optional", "Encoded query (`sysparm_query`), e.g. `name=RemoteSpoke^active=true`."),
    ("limit", "optional", "Maximum number of records to read with `query` (default 1000)."),
    ("page_size", "optional", "Records per request (`sysparm_limit`, default 100)."),
    ("fields", "computed", "Columns of the record read by `sys_id`, or of the first record matched."),
    ("records", "computed", "Every record matched, in the instance's order."),
    ("record_count", "computed", "Number of records in `records`."),
)
RECORD_DATA_SOURCE_EXAMPLE = """data "servicenow_record" "clients" {
  provider = servicenow.remote
  table    = "oauth_entity"
  query    = "type=client^ORDERBYname"
}"""
