"""`generate`: catalog data read from an instance's dictionary through the Table API."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from servicenow_emulator.testing import Emulator
from terraform_provider_servicenow import generate as gen
from terraform_provider_servicenow.catalog_file import load
from terraform_provider_servicenow.client import TableClient
from terraform_provider_servicenow.generate import Dictionary, column_from_dictionary, kinds_from_dictionary
from terraform_provider_servicenow.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def _env(emulator: Emulator, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SERVICENOW_")}
    env.update(SERVICENOW_USERNAME="admin", SERVICENOW_PASSWORD=emulator.admin_password, **extra)
    return env


def _generate(
    emulator: Emulator | None, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "terraform_provider_servicenow", "generate", *args]
    if emulator is not None and "--instance-url" not in args:
        command += ["--instance-url", emulator.url]
    return subprocess.run(
        command,
        cwd=ROOT,
        env=env if env is not None else _env(emulator),
        capture_output=True,
        text=True,
        timeout=60,
    )  # type: ignore[arg-type]


@pytest.fixture
def client(emulator: Emulator) -> Iterator[TableClient]:
    yield TableClient(
        Settings(
            instance_url=emulator.url, auth_method="basic", username="admin", password=emulator.admin_password
        )
    )


def test_generate_writes_typed_columns_from_the_emulators_dictionary(
    emulator: Emulator, tmp_path: Path
) -> None:
    out = tmp_path / "catalog.toml"
    done = _generate(emulator, "--table", "oauth_entity", "--table", "http_connection", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"{out}: 2 table(s), ")
    kinds = {k.table: k for k in load(out)}
    assert sorted(kinds) == ["http_connection", "oauth_entity"]
    entity = kinds["oauth_entity"]
    assert (entity.type_name, entity.natural_key, entity.label, entity.parents) == (
        "oauth_entity",
        "name",
        "Application Registries",
        (),
    )
    name = entity.column("name")
    assert (name.kind, name.mode, name.max_length, name.internal_type) == (
        "string",
        "required",
        100,
        "string",
    )
    secret = entity.column("client_secret")
    assert (secret.kind, secret.sensitive, secret.write_only, secret.default) == (
        "password2",
        True,
        True,
        None,
    )
    grant = entity.column("default_grant_type")
    assert grant.kind == "choice" and grant.default == "authorization_code"
    assert grant.choices == (
        "authorization_code",
        "password",
        "client_credentials",
        "urn:ietf:params:oauth:grant-type:jwt-bearer",
    )
    lifespan = entity.column("access_token_lifespan")
    assert (lifespan.kind, lifespan.mode, lifespan.default) == ("integer", "optional_computed", 1800)
    assert (lifespan.minimum, lifespan.maximum) == (-(2**31), 2**31 - 1)
    assert entity.column("public_client").default is False
    user = entity.column("user")
    assert (user.kind, user.reference) == ("reference", "sys_user")
    assert "`sys_user`" in user.description
    created = entity.column("sys_created_on")
    assert (created.kind, created.mode, created.internal_type) == ("date_time", "computed", "glide_date_time")
    assert "sys_id" not in entity.column_names  # every resource has it already
    # Inheritance: http_connection's own columns and those of sys_connection, which it extends.
    connection = kinds["http_connection"]
    assert connection.parents == ("sys_connection",)
    assert {"name", "credential", "connection_alias", "active", "connection_url", "use_mid"} <= set(
        connection.column_names
    )
    assert connection.column("credential").reference == "discovery_credentials"
    assert connection.column("mid_selection").choices == ("auto_select", "specific_mid_server")


def test_with_children_adds_every_table_extending_the_ones_asked_for(
    emulator: Emulator, tmp_path: Path
) -> None:
    out = tmp_path / "credentials.toml"
    done = _generate(emulator, "--table", "discovery_credentials", "--with-children", "--out", str(out))
    assert done.returncode == 0, done.stderr
    kinds = {k.table: k for k in load(out)}
    assert sorted(kinds) == ["basic_auth_credentials", "discovery_credentials", "oauth_2_0_credentials"]
    assert kinds["basic_auth_credentials"].parents == ("discovery_credentials",)
    assert kinds["basic_auth_credentials"].column("password").kind == "password2"
    assert "--with-children" in out.read_text().splitlines()[2]


def test_regenerating_gives_the_same_bytes(emulator: Emulator, tmp_path: Path) -> None:
    first, second = tmp_path / "a.toml", tmp_path / "b.toml"
    for out in (first, second):
        # The tables in another order give the same file.
        tables = ["--table", "sys_user", "--table", "oauth_entity"]
        done = _generate(emulator, *(tables if out == first else tables[2:] + tables[:2]), "--out", str(out))
        assert done.returncode == 0, done.stderr
    assert first.read_bytes() == second.read_bytes()


def test_requests_grow_with_the_hierarchy_not_the_number_of_tables(client: TableClient) -> None:
    gen.generate(client, ["oauth_entity"])
    one = client.request_count
    before = client.request_count
    gen.generate(client, ["oauth_entity", "oauth_entity_profile", "sys_user", "sys_properties", "sys_alias"])
    assert client.request_count - before == one


def test_reads_are_paginated(
    client: TableClient, emulator: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = gen.generate(client, ["http_connection", "oauth_entity"])
    monkeypatch.setattr(gen, "PAGE_SIZE", 7)
    emulator.clear_requests()
    paged = gen.generate(client, ["http_connection", "oauth_entity"])
    assert paged == whole
    offsets = [
        r
        for r in emulator.requests()
        if "sys_dictionary" in str(r.get("path", "")) and "sysparm_offset=7" in str(r)
    ]
    assert offsets, emulator.requests()[:3]


def test_an_unknown_table_writes_nothing_and_says_why(emulator: Emulator, tmp_path: Path) -> None:
    out = tmp_path / "catalog.toml"
    out.write_text("old\n")
    done = _generate(emulator, "--table", "oauth_entity", "--table", "u_nope", "--out", str(out))
    assert done.returncode == 1
    assert "sys_db_object has no table u_nope: check the name" in done.stderr
    assert "Nothing was written." in done.stderr
    assert out.read_text() == "old\n"


def test_wrong_credentials_name_the_variables_and_never_the_password(
    emulator: Emulator, tmp_path: Path
) -> None:
    out = tmp_path / "catalog.toml"
    env = _env(emulator)
    env["SERVICENOW_PASSWORD"] = "Wrong-Pa55word-4-test"
    done = _generate(emulator, "--table", "oauth_entity", "--out", str(out), env=env)
    assert done.returncode == 1
    assert "HTTP 401" in done.stderr and "SERVICENOW_PASSWORD" in done.stderr
    assert "Wrong-Pa55word-4-test" not in done.stdout + done.stderr
    assert not out.exists()


@pytest.mark.parametrize(
    ("args", "env_extra", "expected"),
    [
        ([], {}, "SERVICENOW_INSTANCE_URL"),
        (["--instance-url", "http://example.com"], {}, "uses http"),
        (
            ["--instance-url", "http://127.0.0.1:9", "--out", "/nonexistent-folder/x.toml"],
            {},
            "does not exist",
        ),
    ],
)
def test_bad_settings_are_refused_before_any_request(
    args: list[str], env_extra: dict[str, str], expected: str, tmp_path: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SERVICENOW_")}
    env.update(SERVICENOW_USERNAME="admin", SERVICENOW_PASSWORD="x", **env_extra)
    if "--out" not in args:
        args = [*args, "--out", str(tmp_path / "x.toml")]
    done = _generate(None, "--table", "oauth_entity", *args, env=env)
    assert done.returncode == 2, done.stderr
    assert expected in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_table_name_that_cannot_be_one_is_refused(emulator: Emulator, tmp_path: Path) -> None:
    done = _generate(emulator, "--table", "oauth_entity^ORname!=x", "--out", str(tmp_path / "x.toml"))
    assert done.returncode == 1
    assert "is not a table name" in done.stderr


# ------------------------------------------------------------------------------- the mapping, row by row


def _row(**values: str) -> dict[str, str]:
    base = {"internal_type": "string", "max_length": "40", "mandatory": "false", "read_only": "false"}
    base.update(values)
    return base


@pytest.mark.parametrize(
    ("row", "choices", "expected"),
    [
        (_row(mandatory="true"), [], {"kind": "string", "mode": "required", "max_length": 40}),
        (_row(read_only="true", default_value="x"), [], {"mode": "computed", "default": None}),
        (_row(default_value="javascript:gs.now()"), [], {"mode": "optional_computed", "default": None}),
        (
            _row(internal_type="integer", default_value="7"),
            [],
            {"kind": "integer", "default": 7, "max_length": None},
        ),
        (_row(internal_type="integer", default_value="abc"), [], {"mode": "optional", "default": None}),
        (
            _row(internal_type="boolean"),
            [],
            {"kind": "boolean", "default": False, "mode": "optional_computed"},
        ),
        (_row(internal_type="boolean", default_value="true"), [], {"default": True}),
        (_row(internal_type="password"), [], {"kind": "password2"}),
        (_row(internal_type="password2", default_value="secret"), [], {"kind": "password2", "default": None}),
        (_row(internal_type="reference"), [], {"kind": "string", "reference": None}),
        (
            _row(internal_type="reference", reference="sys_user"),
            [],
            {"kind": "reference", "reference": "sys_user"},
        ),
        (_row(internal_type="glide_date_time"), [], {"kind": "date_time", "max_length": None}),
        (_row(internal_type="url", max_length="1024"), [], {"kind": "string", "internal_type": "url"}),
        (_row(default_value="b"), ["a", "b"], {"kind": "choice", "choices": ("a", "b"), "default": "b"}),
        (_row(default_value="z"), ["a", "b"], {"default": None, "mode": "optional"}),
        (_row(internal_type="integer"), ["1", "2"], {"kind": "integer", "choices": ("1", "2")}),
        (_row(internal_type="integer"), ["low", "high"], {"kind": "integer", "choices": ()}),
        (_row(choice="1"), ["a", "b"], {"kind": "choice", "choices": ("a", "b")}),  # a drop-down
        (_row(choice="2"), ["a", "b"], {"kind": "string", "choices": ()}),  # suggestions: any value
        (_row(choice="0"), ["a", "b"], {"kind": "string", "choices": ()}),  # no choice list
        (_row(internal_type="integer", choice="3"), ["1", "2"], {"kind": "integer", "choices": ("1", "2")}),
    ],
)
def test_a_dictionary_row_maps_to_a_column(
    row: dict[str, str], choices: list[str], expected: dict[str, Any]
) -> None:
    col = column_from_dictionary("u_field", row, choices, None)
    assert {k: getattr(col, k) for k in expected} == expected


def test_documentation_gives_the_label_and_the_description() -> None:
    col = column_from_dictionary(
        "u_field", _row(column_label="Field"), [], {"label": "Nice field", "hint": "What it is"}
    )
    assert (col.label, col.description) == ("Nice field", "What it is.")


class FakeClient:
    """Answers queries from canned rows, ignoring the query's terms (as ServiceNow ignores unknown ones)."""

    def __init__(self, rows: dict[str, list[dict[str, str]]], fail: dict[str, Exception] | None = None):
        self.rows = rows
        self.fail = fail or {}
        self.request_count = 0

    def query(self, table: str, query: str, *, limit: int, offset: int = 0, fields: str | None = None) -> Any:
        self.request_count += 1
        if table in self.fail:
            raise self.fail[table]
        rows = self.rows.get(table, [])
        return rows[offset : offset + limit], len(rows)


def _dictionary_rows() -> dict[str, list[dict[str, str]]]:
    return {
        "sys_db_object": [
            {"sys_id": "1", "name": "u_widget", "label": "Widget", "super_class": ""},
            {"sys_id": "2", "name": "u_other", "label": "Other", "super_class": ""},
        ],
        "sys_dictionary": [
            {"name": "u_widget", "element": "", "internal_type": "collection"},
            {"name": "u_widget", "element": "u_name", "internal_type": "string", "mandatory": "true"},
            {"name": "u_widget", "element": "u_gone", "internal_type": "string", "active": "false"},
            {"name": "u_widget", "element": "id", "internal_type": "string"},
            {"name": "u_other", "element": "u_leak", "internal_type": "string"},
        ],
        "sys_choice": [
            {"name": "u_widget", "element": "u_name", "value": "b", "sequence": "2", "language": "en"},
            {"name": "u_widget", "element": "u_name", "value": "a", "sequence": "1", "language": "en"},
            {"name": "u_widget", "element": "u_name", "value": "x", "sequence": "0", "language": "de"},
            {"name": "u_widget", "element": "u_name", "value": "old", "sequence": "0", "inactive": "true"},
        ],
        "sys_documentation": [
            {
                "name": "u_widget",
                "element": "u_name",
                "label": "Widget name",
                "hint": "Unique",
                "language": "en",
            }
        ],
    }


def test_rows_of_other_tables_an_ignored_query_term_lets_through_are_dropped() -> None:
    warnings: list[str] = []
    kinds = gen.generate(FakeClient(_dictionary_rows()), ["u_widget"], warn=warnings.append)  # type: ignore[arg-type]
    assert len(kinds) == 1
    widget = kinds[0]
    assert widget.column_names == ("u_name",)  # not u_leak (u_other), u_gone (inactive), the collection row
    name = widget.column("u_name")
    assert name.choices == ("a", "b")  # active, English, in sequence order
    assert (name.label, name.description, widget.natural_key) == ("Widget name", "Unique.", "u_name")
    assert any("id" in w and "left out" in w for w in warnings)


def test_an_unreadable_sys_documentation_falls_back_to_the_dictionarys_labels() -> None:
    from terraform_provider_servicenow.client import ApiError

    rows = _dictionary_rows()
    rows["sys_dictionary"][1]["column_label"] = "Name"
    fail = {"sys_documentation": ApiError("query", "sys_documentation", 403, "Forbidden")}
    warnings: list[str] = []
    kinds = gen.generate(FakeClient(rows, fail), ["u_widget"], warn=warnings.append)  # type: ignore[arg-type]
    assert kinds[0].column("u_name").label == "Name"
    assert any("sys_documentation could not be read (HTTP 403" in w for w in warnings)


def test_a_parent_the_user_cannot_read_is_an_error() -> None:
    rows = _dictionary_rows()
    rows["sys_db_object"][0]["super_class"] = "99"
    with pytest.raises(gen.GenerateError, match="no table with sys_id 99"):
        gen.generate(FakeClient(rows), ["u_widget"])  # type: ignore[arg-type]


def test_a_table_without_a_readable_column_is_an_error() -> None:
    found = Dictionary()
    found.tables["u_empty"] = gen.TableRow("1", "u_empty", "Empty", "")
    with pytest.raises(gen.GenerateError, match="lists no column for u_empty"):
        kinds_from_dictionary(found, ["u_empty"], lambda m: None)


def test_a_custom_table_made_through_the_table_api_is_generated_with_its_parent_labels_and_hints(
    emulator: Emulator, tmp_path: Path
) -> None:
    from servicenow_emulator.testing import NewColumn, create_table

    create_table(
        emulator.url,
        emulator.auth,
        "u_widget_base",
        label="Widget base",
        extendable=True,
        columns=[NewColumn("u_name", label="Name", max_length=60, mandatory=True, display=True)],
    )
    create_table(
        emulator.url,
        emulator.auth,
        "u_widget",
        label="Widget",
        extends="u_widget_base",
        columns=[
            NewColumn(
                "u_state",
                "choice",
                label="State",
                default_value="new",
                choices=(("new", "New"), ("done", "Done")),
                hint="Where the widget is in its life",
            ),
            NewColumn("u_owner", "reference", label="Owner", reference="sys_user"),
            NewColumn("u_api_key", "password2", label="API key"),
            NewColumn("u_size", "integer", label="Size", default_value="3"),
        ],
    )
    out = tmp_path / "widget.toml"
    done = _generate(emulator, "--table", "u_widget_base", "--with-children", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # sys_documentation was read: no warning
    kinds = {k.table: k for k in load(out)}
    assert sorted(kinds) == ["u_widget", "u_widget_base"]
    widget = kinds["u_widget"]
    assert (widget.label, widget.parents, widget.natural_key) == ("Widget", ("u_widget_base",), "u_name")
    name = widget.column("u_name")  # inherited
    assert (name.mode, name.max_length, name.label) == ("required", 60, "Name")
    state = widget.column("u_state")
    assert (state.kind, state.choices, state.default, state.mode) == (
        "choice",
        ("new", "done"),
        "new",
        "optional_computed",
    )
    assert state.description == "Where the widget is in its life."
    owner = widget.column("u_owner")
    assert (owner.kind, owner.reference) == ("reference", "sys_user")
    assert widget.column("u_api_key").write_only
    assert widget.column("u_size").default == 3
