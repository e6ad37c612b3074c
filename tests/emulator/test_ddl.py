"""Tables, columns and choices made through the Table API, as on ServiceNow (servicenow_emulator/ddl.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from servicenow_emulator.testing import (
    CreatedTable,
    Emulator,
    NewColumn,
    TableApiError,
    create_table,
    drop_table,
    run_emulator,
    spawn_emulator,
)
from tests.emulator.conftest import Client

PLAIN = {"sysparm_exclude_reference_link": "true"}
COLUMNS = (
    NewColumn("u_name", label="Name", max_length=100, mandatory=True, display=True),
    NewColumn("u_port", "integer", label="Port"),
    NewColumn("u_enabled", "boolean", default_value="true"),
    NewColumn(
        "u_tier",
        "choice",
        label="Tier",
        default_value="gold",
        choices=(("gold", "Gold"), ("silver", "Silver")),
        hint="Support tier of the endpoint",
    ),
    NewColumn("u_owner", "reference", label="Owner", reference="sys_user"),
    NewColumn("u_secret", "password2", label="Secret", max_length=255),
)


def _make(emulator: Emulator, name: str = "u_endpoint", **options: Any) -> CreatedTable:
    return create_table(emulator.url, emulator.auth, name, label="Endpoint", columns=COLUMNS, **options)


def _rows(api: Client, table: str, query: str, fields: str) -> list[dict[str, Any]]:
    params = {**PLAIN, "sysparm_query": query, "sysparm_fields": fields}
    answer = api("GET", f"/api/now/table/{table}", params=params)
    assert answer.status_code == 200, answer.text
    return answer.json()["result"]


def _user(api: Client, name: str, *roles: str) -> tuple[str, str]:
    user = api.create("sys_user", {"user_name": name, "user_password": "pw-" + name}, display=True)
    for role in roles:
        api.create("sys_user_has_role", {"user": user["sys_id"], "role": role}, display=True)
    return (name, "pw-" + name)


def test_a_table_made_through_the_table_api_serves_records_with_its_columns(
    emulator: Emulator, api: Client
) -> None:
    made = _make(emulator)
    assert set(made.columns) == {c.element for c in COLUMNS} and len(made.choices["u_tier"]) == 2
    admin = api("GET", "/api/now/table/sys_user", params={**PLAIN, "user_name": "admin"}).json()["result"][0]
    created = api(
        "POST",
        "/api/now/table/u_endpoint",
        json={"u_name": "one", "u_port": "443", "u_tier": "Silver", "u_owner": "admin", "u_secret": "s3cret"},
        params={"sysparm_input_display_value": "true", **PLAIN},
    )
    assert created.status_code == 201, created.text
    record = created.json()["result"]
    # The new table's columns: system columns, then its own, with their defaults applied.
    assert set(record) == {
        "sys_id",
        "sys_created_by",
        "sys_created_on",
        "sys_mod_count",
        "sys_updated_by",
        "sys_updated_on",
        *made.columns,
    }
    assert (record["u_port"], record["u_enabled"], record["u_tier"]) == ("443", "true", "silver")
    assert record["u_owner"] == admin["sys_id"]
    stored = emulator.get_record("u_endpoint", record["sys_id"])
    assert stored is not None and emulator.decrypt(stored["u_secret"]) == "s3cret"
    shown = api(
        "GET",
        f"/api/now/table/u_endpoint/{record['sys_id']}",
        params={"sysparm_display_value": "true", **PLAIN},
    ).json()["result"]
    assert (shown["u_tier"], shown["u_owner"], shown["u_secret"]) == ("Silver", "admin", "********")
    bad = api("POST", "/api/now/table/u_endpoint", json={"u_name": "two", "u_port": "many"})
    assert bad.status_code == 400 and "integer" in bad.json()["error"]["detail"]
    missing = api("POST", "/api/now/table/u_endpoint", json={"u_port": "1"})
    assert missing.status_code == 403 and "u_name" in missing.json()["error"]["detail"]
    listed = _rows(api, "u_endpoint", "u_tier=silver^u_port>400", "u_name")
    assert listed == [{"u_name": "one"}]


def test_the_dictionary_describes_a_made_table_as_servicenow_keeps_it(
    emulator: Emulator, api: Client
) -> None:
    made = _make(emulator)
    table = _rows(api, "sys_db_object", "name=u_endpoint", "sys_id,name,label,super_class,is_extendable")
    assert table == [
        {
            "sys_id": made.sys_id,
            "name": "u_endpoint",
            "label": "Endpoint",
            "super_class": "",
            "is_extendable": "false",
        }
    ]
    entries = {
        row["element"]: row
        for row in _rows(
            api,
            "sys_dictionary",
            "name=u_endpoint",
            "element,internal_type,column_label,max_length,mandatory,reference,default_value,choice,display",
        )
    }
    # The table's own entry (element blank, type collection), the six system columns, then the new ones.
    assert entries[""]["internal_type"] == "collection" and entries[""]["column_label"] == "Endpoint"
    assert {"sys_id", "sys_created_on", "sys_updated_by", "sys_mod_count"} <= set(entries)
    assert "sys_domain" not in entries and "sys_class_name" not in entries
    assert entries["u_name"] == {
        "element": "u_name",
        "internal_type": "string",
        "column_label": "Name",
        "max_length": "100",
        "mandatory": "true",
        "reference": "",
        "default_value": "",
        "choice": "",  # left blank by the client, as ServiceNow keeps it ("0" in its own base records)
        "display": "true",
    }
    assert (entries["u_owner"]["internal_type"], entries["u_owner"]["reference"]) == ("reference", "sys_user")
    assert entries["u_owner"]["max_length"] == "32" and entries["u_port"]["max_length"] == "40"
    assert entries["u_enabled"]["column_label"] == "Enabled"  # from the column name when none is given
    assert entries["u_tier"]["choice"] == "1"
    choices = _rows(
        api, "sys_choice", "name=u_endpoint^element=u_tier^ORDERBYsequence", "value,label,sequence"
    )
    assert choices == [
        {"value": "gold", "label": "Gold", "sequence": "0"},
        {"value": "silver", "label": "Silver", "sequence": "1"},
    ]
    labels = _rows(api, "sys_documentation", "name=u_endpoint^element=u_tier", "label,hint,language")
    assert labels == [{"label": "Tier", "hint": "Support tier of the endpoint", "language": "en"}]


def test_names_types_and_targets_are_checked_and_nothing_is_half_made(
    emulator: Emulator, api: Client
) -> None:
    refused = api("POST", "/api/now/table/sys_db_object", json={"name": "endpoint", "label": "E"})
    assert refused.status_code == 403 and "'u_endpoint'" in refused.json()["error"]["message"]
    assert api("POST", "/api/now/table/sys_db_object", json={"name": "u_x"}).status_code == 403  # no label
    assert api("POST", "/api/now/table/sys_db_object", json={"name": "U-X", "label": "X"}).status_code == 403
    _make(emulator)
    again = api("POST", "/api/now/table/sys_db_object", json={"name": "u_endpoint", "label": "E"})
    assert again.status_code == 403 and "already exists" in again.json()["error"]["message"]
    for body, words in [
        ({"name": "u_endpoint", "element": "u_port"}, "already exists"),
        ({"name": "u_endpoint", "element": "port"}, "must start with"),
        ({"name": "u_endpoint", "element": "u_when", "internal_type": "wibble"}, "Unknown type"),
        ({"name": "u_endpoint", "element": "u_ref", "internal_type": "reference"}, "needs 'reference'"),
        ({"name": "u_nowhere", "element": "u_a"}, "does not exist"),
        ({"name": "oauth_entity", "element": "sys_id"}, "must start with"),
    ]:
        answer = api("POST", "/api/now/table/sys_dictionary", json=body)
        assert answer.status_code == 403 and words in answer.json()["error"]["message"], (body, answer.text)
    wrong_choice = api(
        "POST", "/api/now/table/sys_choice", json={"name": "u_endpoint", "element": "u_nope", "value": "x"}
    )
    assert wrong_choice.status_code == 403
    with pytest.raises(TableApiError, match=r"create column u_broken\.u_bad: HTTP 403 .*Unknown type"):
        create_table(
            emulator.url,
            emulator.auth,
            "u_broken",
            label="Broken",
            columns=[NewColumn("u_ok"), NewColumn("u_bad", "no_such_type")],
        )
    assert _rows(api, "sys_db_object", "name=u_broken", "name") == []
    assert _rows(api, "sys_dictionary", "name=u_broken", "element") == []
    assert api("GET", "/api/now/table/u_broken").status_code == 400


def test_a_column_added_to_a_shipped_table_is_served_and_its_choices_too(api: Client) -> None:
    api.create(
        "sys_dictionary", {"name": "sys_properties", "element": "u_owner_team", "column_label": "Team"}
    )
    before = [r["value"] for r in _rows(api, "sys_choice", "name=sys_properties^element=type", "value")]
    api.create(
        "sys_choice", {"name": "sys_properties", "element": "type", "value": "u_yaml", "label": "YAML"}
    )
    created = api(
        "POST",
        "/api/now/table/sys_properties",
        json={"name": "x.team", "u_owner_team": "core", "type": "YAML"},
        params={"sysparm_input_display_value": "true"},
    ).json()["result"]
    assert (created["u_owner_team"], created["type"]) == ("core", "u_yaml")  # the label became the value
    values = [r["value"] for r in _rows(api, "sys_choice", "name=sys_properties^element=type", "value")]
    assert "string" in before and values == [*before, "u_yaml"]


def test_inheritance_a_child_table_has_its_parents_columns_and_the_parent_lists_the_child(
    emulator: Emulator, api: Client
) -> None:
    refused = api(
        "POST",
        "/api/now/table/sys_db_object",
        json={"name": "u_kid", "label": "K", "super_class": "sys_properties"},
    )
    assert refused.status_code == 403 and "not extensible" in refused.json()["error"]["message"]
    parent = _make(emulator, extendable=True)
    child = create_table(
        emulator.url,
        emulator.auth,
        "u_endpoint_tls",
        label="TLS endpoint",
        extends="u_endpoint",
        columns=[NewColumn("u_cert", label="Certificate")],
    )
    row = _rows(api, "sys_db_object", "name=u_endpoint_tls", "super_class")[0]
    assert row["super_class"] == parent.sys_id
    # The child's dictionary lists only its own column; sys_class_name is the parent's.
    assert {r["element"] for r in _rows(api, "sys_dictionary", "name=u_endpoint_tls", "element")} == {
        "",
        "u_cert",
    }
    assert "sys_class_name" in {
        r["element"] for r in _rows(api, "sys_dictionary", "name=u_endpoint", "element")
    }
    record = api.create("u_endpoint_tls", {"u_name": "tls", "u_cert": "pem"})
    assert record["sys_class_name"] == "u_endpoint_tls" and record["u_tier"] == "gold"
    through_parent = _rows(api, "u_endpoint", "u_name=tls", "sys_class_name,u_name")
    assert through_parent == [{"sys_class_name": "u_endpoint_tls", "u_name": "tls"}]
    dropped = api("DELETE", f"/api/now/table/sys_db_object/{parent.sys_id}")
    assert dropped.status_code == 403 and "u_endpoint_tls" in dropped.json()["error"]["message"]
    assert drop_table(emulator.url, emulator.auth, child.name) and drop_table(
        emulator.url, emulator.auth, "u_endpoint"
    )


def test_a_shipped_table_with_a_class_column_can_be_extended(api: Client) -> None:
    api.create("sys_db_object", {"name": "u_ssh_connection", "label": "SSH", "super_class": "sys_connection"})
    record = api.create("u_ssh_connection", {"name": "ssh one"})
    rows = _rows(api, "sys_connection", "name=ssh one", "sys_class_name,active")
    assert rows == [{"sys_class_name": "u_ssh_connection", "active": "true"}]
    assert record["active"] == "true"


def test_a_new_table_is_admin_only_unless_it_gets_access_controls_and_a_role(
    emulator: Emulator, api: Client
) -> None:
    clerk = Client(emulator, _user(api, "clerk"))
    refused = clerk("POST", "/api/now/table/sys_db_object", json={"name": "u_mine", "label": "Mine"})
    assert refused.status_code == 403 and "ACL" in refused.json()["error"]["detail"]
    _make(emulator)
    assert clerk("POST", "/api/now/table/u_endpoint", json={"u_name": "x"}).status_code == 403
    assert clerk("GET", "/api/now/table/u_endpoint").json()["result"] == []
    create_table(
        emulator.url,
        emulator.auth,
        "u_guarded",
        label="Guarded",
        columns=[NewColumn("u_a")],
        create_access_controls=True,
    )
    role = _rows(api, "sys_user_role", "name=u_guarded_user", "sys_id,name")
    assert len(role) == 1
    table = _rows(api, "sys_db_object", "name=u_guarded", "user_role,create_access_controls")[0]
    assert table == {"user_role": role[0]["sys_id"], "create_access_controls": "true"}
    assert clerk("POST", "/api/now/table/u_guarded", json={"u_a": "x"}).status_code == 403
    member = Client(emulator, _user(api, "member", "u_guarded_user"))
    created = member("POST", "/api/now/table/u_guarded", json={"u_a": "x"})
    assert created.status_code == 201, created.text
    assert [r["u_a"] for r in member("GET", "/api/now/table/u_guarded").json()["result"]] == ["x"]
    assert member("POST", "/api/now/table/u_endpoint", json={"u_name": "x"}).status_code == 403
    for client in (clerk, member):
        client.close()


def test_deleting_a_column_drops_its_values_and_deleting_a_table_drops_it_whole(
    emulator: Emulator, api: Client
) -> None:
    made = _make(emulator)
    record = api.create("u_endpoint", {"u_name": "one", "u_port": "80"})
    assert api("DELETE", f"/api/now/table/sys_dictionary/{made.columns['u_port']}").status_code == 204
    again = api("GET", f"/api/now/table/u_endpoint/{record['sys_id']}").json()["result"]
    assert "u_port" not in again
    stored = emulator.get_record("u_endpoint", record["sys_id"])
    assert stored is not None and "u_port" not in stored
    assert _rows(api, "sys_documentation", "name=u_endpoint^element=u_port", "label") == []
    own = _rows(api, "sys_dictionary", "name=u_endpoint^element=", "sys_id")
    assert api("DELETE", f"/api/now/table/sys_dictionary/{own[0]['sys_id']}").status_code == 403
    assert api("DELETE", f"/api/now/table/sys_db_object/{made.sys_id}").status_code == 204
    assert api("GET", "/api/now/table/u_endpoint").json()["error"]["message"] == "Invalid table u_endpoint"
    assert emulator.get_record("sys_dictionary", made.columns["u_name"]) is None
    for table in ("sys_dictionary", "sys_choice", "sys_documentation"):
        assert _rows(api, table, "name=u_endpoint", "sys_id") == []
    assert not drop_table(emulator.url, emulator.auth, "u_endpoint")


def test_shipped_dictionary_records_and_fixed_fields_cannot_change(emulator: Emulator, api: Client) -> None:
    shipped = _rows(api, "sys_dictionary", "name=oauth_entity^element=client_secret", "sys_id")[0]["sys_id"]
    for method in ("PATCH", "DELETE"):
        answer = api(method, f"/api/now/table/sys_dictionary/{shipped}", json={"mandatory": "true"})
        assert answer.status_code == 403 and "ships with" in answer.json()["error"]["message"]
    made = _make(emulator)
    retype = api(
        "PATCH", f"/api/now/table/sys_dictionary/{made.columns['u_port']}", json={"internal_type": "string"}
    )
    assert retype.status_code == 403 and "internal_type" in retype.json()["error"]["message"]
    relabel = api(
        "PATCH", f"/api/now/table/sys_dictionary/{made.columns['u_port']}", json={"column_label": "TCP port"}
    )
    assert relabel.status_code == 200
    assert _rows(api, "sys_documentation", "name=u_endpoint^element=u_port", "label") == [
        {"label": "TCP port"}
    ]
    optional = api(
        "PATCH", f"/api/now/table/sys_dictionary/{made.columns['u_name']}", json={"mandatory": "false"}
    )
    assert optional.status_code == 200
    assert api("POST", "/api/now/table/u_endpoint", json={"u_port": "1"}).status_code == 201


def test_a_made_table_survives_a_restart_of_an_instance_with_a_data_file(tmp_path: Path) -> None:
    data = tmp_path / "instance.sqlite"
    with run_emulator(data=data) as first:
        _make(first)
        client = Client(first)
        sys_id = client.create("u_endpoint", {"u_name": "kept", "u_tier": "silver"})["sys_id"]
        client.close()
    with run_emulator(data=data) as second:
        client = Client(second)
        record = client(
            "GET", f"/api/now/table/u_endpoint/{sys_id}", params={"sysparm_display_value": "true"}
        )
        assert record.status_code == 200 and record.json()["result"]["u_tier"] == "Silver"
        client.close()


def test_the_helper_makes_a_table_on_an_emulator_process_reached_only_over_http() -> None:
    with spawn_emulator("ddl", admin_password="pw-ddl") as instance:
        made = create_table(
            instance.url,
            instance.auth,
            "u_vault",
            label="Vault",
            columns=[NewColumn("u_label", display=True), NewColumn("u_secret", "password2", max_length=255)],
        )
        assert set(made.columns) == {"u_label", "u_secret"}
        with pytest.raises(TableApiError, match=r"create table u_vault: HTTP 403 .*already exists"):
            create_table(instance.url, instance.auth, "u_vault", label="Vault")
        with pytest.raises(TableApiError, match="HTTP 401"):
            create_table(instance.url, ("admin", "wrong"), "u_other", label="Other")
        assert drop_table(instance.url, instance.auth, "u_vault")
        assert not drop_table(instance.url, instance.auth, "u_vault")


def test_a_unique_column_refuses_a_second_record_with_its_value_and_cannot_be_made_unique_over_duplicates(
    emulator: Emulator, api: Client
) -> None:
    made = create_table(
        emulator.url,
        emulator.auth,
        "u_host",
        label="Host",
        extendable=True,
        columns=[NewColumn("u_fqdn", unique=True), NewColumn("u_rack")],
    )
    assert _rows(api, "sys_dictionary", "name=u_host^element=u_fqdn", "unique") == [{"unique": "true"}]
    first = api.create("u_host", {"u_fqdn": "a.example", "u_rack": "r1"})
    api.create("u_host", {"u_rack": "r1"})  # blank values are no duplicates
    api.create("u_host", {"u_rack": "r1"})
    api.create("sys_db_object", {"name": "u_host_vm", "label": "VM", "super_class": "u_host"})
    for table in ("u_host", "u_host_vm"):  # one index over the table and the tables extending it
        again = api("POST", f"/api/now/table/{table}", json={"u_fqdn": "A.example"})
        assert again.status_code == 403, again.text
        assert "Unique Key violation" in again.json()["error"]["detail"]
    second = api.create("u_host", {"u_fqdn": "b.example"})
    clash = api("PATCH", f"/api/now/table/u_host/{second['sys_id']}", json={"u_fqdn": "a.example"})
    assert clash.status_code == 403 and "u_host.u_fqdn" in clash.json()["error"]["detail"]
    assert api("PATCH", f"/api/now/table/u_host/{first['sys_id']}", json={"u_rack": "r2"}).status_code == 200
    unique_rack = api(
        "PATCH", f"/api/now/table/sys_dictionary/{made.columns['u_rack']}", json={"unique": "true"}
    )
    assert unique_rack.status_code == 403 and "cannot be unique" in unique_rack.json()["error"]["message"]
