"""The dictionary tells the truth for every table the emulator serves, with inheritance; the seeded tables."""

from __future__ import annotations

from typing import Any

from tests.emulator.conftest import Client

PLAIN = {"sysparm_exclude_reference_link": "true"}
CHAIN = ["cmdb_ci_linux_server", "cmdb_ci_server", "cmdb_ci_computer", "cmdb_ci_hardware", "cmdb_ci"]


def _all(api: Client, table: str, query: str = "", fields: str = "") -> list[dict[str, Any]]:
    params = {**PLAIN, "sysparm_query": query}
    if fields:
        params["sysparm_fields"] = fields
    answer = api("GET", f"/api/now/table/{table}", params=params)
    assert answer.status_code == 200, answer.text
    return answer.json()["result"]


def _dictionary_columns(api: Client) -> dict[str, set[str]]:
    """table -> its columns as a client finds them: its sys_dictionary entries and its parents'."""
    tables = {r["sys_id"]: r for r in _all(api, "sys_db_object", fields="sys_id,name,super_class")}
    own: dict[str, set[str]] = {}
    for row in _all(api, "sys_dictionary", fields="name,element"):
        own.setdefault(row["name"], set())
        if row["element"]:
            own[row["name"]].add(row["element"])
    columns = {}
    for record in tables.values():
        found: set[str] = set()
        current: dict[str, str] | None = record
        while current is not None:
            found |= own.get(current["name"], set())
            current = tables.get(current["super_class"])
        columns[record["name"]] = found
    return columns


def test_every_served_record_has_exactly_the_columns_its_dictionary_lists(api: Client) -> None:
    api.create("cmdb_ci_linux_server", {"name": "lnx-1", "ram": "2048", "os": "Linux"})
    api.create("sys_user_group", {"name": "Linux admins"})
    api.create("sys_properties", {"name": "x.truth", "value": "1"})
    columns = _dictionary_columns(api)
    checked = []
    for table in sorted(columns):
        answer = api("GET", f"/api/now/table/{table}", params={**PLAIN, "sysparm_limit": "1"})
        assert answer.status_code == 200, (table, answer.text)
        rows = answer.json()["result"]
        if rows:
            assert set(rows[0]) == columns[table], table
            checked.append(table)
    assert {"sys_user", "sys_user_group", "sys_properties", *CHAIN, "sys_dictionary", "oauth_entity"} <= set(
        checked
    )
    # Every table of sys_db_object is served (no Invalid table), and every served table is listed.
    assert {"sys_documentation", "sys_choice", "http_connection", "cmdb_ci_linux_server"} <= set(columns)


def test_the_cmdb_chain_is_linked_by_super_class_and_records_show_through_every_parent(api: Client) -> None:
    tables = {
        r["name"]: r for r in _all(api, "sys_db_object", "nameSTARTSWITHcmdb_ci", "sys_id,name,super_class")
    }
    by_id = {r["sys_id"]: r["name"] for r in tables.values()}
    assert [by_id.get(tables[t]["super_class"], "") for t in CHAIN] == [*CHAIN[1:], ""]
    server = api.create(
        "cmdb_ci_linux_server", {"name": "lnx-2", "ram": "4096", "classification": "Production"}
    )
    assert server["sys_class_name"] == "cmdb_ci_linux_server" and server["install_status"] == "1"
    for table in CHAIN:
        rows = _all(api, table, "name=lnx-2", "sys_class_name,name")
        assert rows == [{"sys_class_name": "cmdb_ci_linux_server", "name": "lnx-2"}], table
    as_computer = api("GET", f"/api/now/table/cmdb_ci_computer/{server['sys_id']}").json()["result"]
    assert as_computer["ram"] == "4096" and "classification" not in as_computer
    own = {r["element"] for r in _all(api, "sys_dictionary", "name=cmdb_ci_server", "element")}
    assert own == {"", "classification", "dr_backup", "firewall_status", "host_name", "used_for"}
    shown = _all(api, "cmdb_ci", "name=lnx-2", "install_status,operational_status")
    assert shown == [{"install_status": "1", "operational_status": "1"}]
    labels = api(
        "GET", f"/api/now/table/cmdb_ci/{server['sys_id']}", params={"sysparm_display_value": "true"}
    ).json()["result"]
    assert (labels["install_status"], labels["operational_status"]) == ("Installed", "Operational")


def test_seeded_platform_tables_have_their_real_columns_labels_and_hints(api: Client) -> None:
    user = {
        r["element"]: r
        for r in _all(
            api, "sys_dictionary", "name=sys_user", "element,internal_type,reference,max_length,choice"
        )
    }
    assert {"manager", "department", "title", "time_zone", "vip", "identity_type", "sys_class_name"} <= set(
        user
    )
    assert (user["manager"]["internal_type"], user["manager"]["reference"]) == ("reference", "sys_user")
    assert (user["title"]["max_length"], user["title"]["choice"]) == ("60", "2")
    hint = _all(api, "sys_documentation", "name=sys_user^element=locked_out", "label,hint")
    assert hint == [{"label": "Locked out", "hint": "When checked, user cannot login"}]
    group = {r["element"] for r in _all(api, "sys_dictionary", "name=sys_user_group", "element")}
    assert {"name", "manager", "parent", "email", "roles", "active"} <= group
    choices = {r["value"] for r in _all(api, "sys_choice", "name=sys_properties^element=type", "value")}
    assert {"string", "boolean", "integer", "password2", "choicelist"} <= choices
    kind = _all(
        api, "sys_dictionary", "name=sys_properties^element=type", "internal_type,choice,default_value"
    )
    assert kind == [{"internal_type": "string", "choice": "1", "default_value": "string"}]


def test_a_made_table_can_extend_the_cmdb_chain(api: Client) -> None:
    api.create(
        "sys_db_object",
        {"name": "u_cmdb_ci_appliance", "label": "Appliance", "super_class": "cmdb_ci_server"},
    )
    api.create(
        "sys_dictionary", {"name": "u_cmdb_ci_appliance", "element": "u_firmware", "column_label": "Firmware"}
    )
    made = api.create("u_cmdb_ci_appliance", {"name": "box-1", "u_firmware": "1.2", "host_name": "box"})
    assert made["sys_class_name"] == "u_cmdb_ci_appliance"
    rows = _all(api, "cmdb_ci", "name=box-1", "sys_class_name,install_status")
    assert rows == [{"sys_class_name": "u_cmdb_ci_appliance", "install_status": "1"}]
    assert set(made) == _dictionary_columns(api)["u_cmdb_ci_appliance"]
