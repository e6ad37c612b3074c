"""The catalog file format: what `dump` writes, `load` reads back unchanged; bad files are refused."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest

from terraform_provider_servicenow.catalog import RESOURCE_KINDS, Column, RecordKind
from terraform_provider_servicenow.catalog_file import CatalogFileError, dump, dumps, load, loads

TRICKY = 'quote " backslash \\ tab \t cr \r bell \x07 del \x7f unicode é ✓ ${var.x} [[table]]'

EVERY_FIELD = RecordKind(
    type_name="u_widget",
    table="u_widget",
    description="Widget.\nSecond line with '''triple''' quotes and " + TRICKY,
    columns=(
        Column(
            "u_state",
            "choice",
            "State " + TRICKY,
            mode="optional_computed",
            force_new=True,
            default="new",
            choices=("new", "in_progress", "closed", 'a value with spaces and "quotes"'),
            label="State",
            internal_type="choice",
            max_length=40,
        ),
        Column(
            "u_count",
            "integer",
            "Count.",
            default=-3,
            choices=("-3", "0", "7"),
            minimum=-5,
            maximum=2**31 - 1,
            internal_type="integer",
        ),
        Column("u_flag", "boolean", "Flag.", mode="optional", default=False),
        Column("u_owner", "reference", "Owner.", reference="sys_user", check_exists=True),
        Column("u_secret", "password2", "Secret.", mode="optional_computed", generated=True),
        Column("u_due", "date_time", "Due.", internal_type="glide_date_time", mode="computed"),
        Column("u_empty_default", "string", "", default=""),
    ),
    lifecycle="adopt",
    natural_key="",
    fixed_values=(("u_kind", "widget"), ("u_other", "a=b^c")),
    example='resource "servicenow_u_widget" "w" {\n  u_state = "new"\n}\n',
    holds_tokens=True,
    label="Widget",
    parents=("u_base", "u_root"),
)


def test_the_hand_written_kinds_survive_a_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "catalog.toml"
    dump(RESOURCE_KINDS, path, header="the spoke's kinds")
    assert load(path) == RESOURCE_KINDS


def test_every_field_of_column_and_record_kind_survives_a_round_trip(tmp_path: Path) -> None:
    # The kind above sets every field away from its default: a field added later without file support
    # fails here.
    for objects in ((EVERY_FIELD,), EVERY_FIELD.columns):
        unchanged = [
            f.name
            for f in dataclasses.fields(objects[0])
            if all(f.default is not dataclasses.MISSING and getattr(o, f.name) == f.default for o in objects)
        ]
        assert unchanged == [], f"{type(objects[0]).__name__} fields left at their default: {unchanged}"
    path = tmp_path / "widget.toml"
    dump([EVERY_FIELD], path)
    assert load(path) == (EVERY_FIELD,)


def test_the_text_is_stable_and_rewriting_a_loaded_file_gives_the_same_bytes() -> None:
    text = dumps([EVERY_FIELD, *RESOURCE_KINDS], header="header line\nsecond")
    assert dumps([EVERY_FIELD, *RESOURCE_KINDS], header="header line\nsecond") == text
    assert dumps(loads(text), header="header line\nsecond") == text
    assert text.startswith("# header line\n# second\nformat = 1\n")


def test_the_file_is_one_key_a_line_with_defaults_left_out() -> None:
    text = dumps([RESOURCE_KINDS[2]])  # oauth2_credential
    assert '[[table.column]]\nname = "order"\nkind = "integer"' in text
    assert "force_new" not in text and "lifecycle" not in text and "natural_key" not in text
    # Every key line holds exactly one key.
    for line in text.splitlines():
        if " = " in line and not line.startswith(("#", " ")):
            assert line.split(" = ", 1)[0].isidentifier()


def _table(extra: str = "", column: str = 'name = "u_name"\nkind = "string"\ndescription = "Name."') -> str:
    return (
        "format = 1\n\n[[table]]\n"
        'type_name = "u_widget"\ntable = "u_widget"\ndescription = "Widget."\nnatural_key = "u_name"\n'
        f"{extra}\n[[table.column]]\n{column}\n"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("format = 1\n[[table]\n", "is not valid TOML"),
        ("format = 2\n", "format = 2 is not a catalog format this provider reads"),
        ("table = []\n", "format = None"),
        ("format = 1\ntables = []\n", "the top level: unknown key(s) tables"),
        (_table('labl = "x"'), "table #1 (u_widget): unknown key(s) labl"),
        (
            'format = 1\n[[table]]\ntable = "u_widget"\ndescription = "x"\n',
            "table #1: missing required key(s) type_name",
        ),
        (_table(column='name = "u_name"\nkind = "strnig"\ndescription = ""'), "kind 'strnig' is not one of"),
        (_table(column='name = "u_name"\nkind = "string"\ndescription = ""\nmode = "opt"'), "mode 'opt'"),
        (
            _table(column='name = "u_name"\nkind = "string"\ndescription = 3'),
            "`description` must be a string",
        ),
        (_table(column='name = "u_code"\nkind = "string"\ndescription = ""'), "natural_key 'u_name' is not"),
        (
            _table(
                column='name = "u_name"\nkind = "string"\ndescription = ""\n\n[[table.column]]\n'
                'name = "u_name"\nkind = "integer"\ndescription = ""'
            ),
            "column 'u_name' is described twice",
        ),
        (
            _table(column='name = "sys_id"\nkind = "string"\ndescription = ""'),
            "column sys_id: 'sys_id' is an attribute every resource has already",
        ),
        (
            _table(column='name = "u_name"\nkind = "reference"\ndescription = ""'),
            'a reference column names its target table: add reference = "<table>"',
        ),
        (
            _table(
                column='name = "u_name"\nkind = "choice"\ndescription = ""\ndefault = "x"\nchoices = ["a"]'
            ),
            "the default 'x' is not one of the choices (a)",
        ),
        (
            _table(column='name = "u_name"\nkind = "integer"\ndescription = ""\ndefault = "5"'),
            "the default of an integer column must be a whole number, got '5'",
        ),
        (
            _table(column='name = "u_name"\nkind = "password2"\ndescription = ""\ndefault = "hunter2"'),
            "a password2 column takes no default",
        ),
        (
            _table(column='name = "U Name"\nkind = "string"\ndescription = ""'),
            "is not a ServiceNow column name",
        ),
        (_table('lifecycle = "import"'), "lifecycle 'import' is not one of create, adopt"),
        (_table('fixed_values = [["type"]]'), '`fixed_values` must be an array of ["column", "value"] pairs'),
        (
            _table(column='name = "u_name"\nkind = "string"\ndescription = ""\nminimum = 1'),
            "minimum and maximum bound integer columns only",
        ),
        ('format = 1\n[[table]]\ntype_name = "x"\ntable = "x"\ndescription = ""\n', "at least one"),
    ],
)
def test_a_bad_file_is_refused_with_where_and_why(text: str, expected: str) -> None:
    with pytest.raises(CatalogFileError) as err:
        loads(text, source="my.toml")
    assert str(err.value).startswith("my.toml: ")
    assert expected in str(err.value)


def test_a_secret_default_is_never_echoed_back() -> None:
    text = _table(column='name = "u_name"\nkind = "password2"\ndescription = ""\ndefault = "hunter2"')
    with pytest.raises(CatalogFileError) as err:
        loads(text.replace('natural_key = "u_name"', 'natural_key = ""'))
    assert "hunter2" not in str(err.value)


def test_two_tables_with_one_type_name_are_refused() -> None:
    text = _table() + _table().removeprefix("format = 1\n")
    with pytest.raises(CatalogFileError, match=r"table #2 \(u_widget\): type_name 'u_widget' is already"):
        loads(text)


def test_a_missing_file_names_the_command_that_writes_one(tmp_path: Path) -> None:
    with pytest.raises(CatalogFileError, match="no such file; give the path of a file written by"):
        load(tmp_path / "nope.toml")


def test_dump_checks_before_writing_and_leaves_the_old_file_whole(tmp_path: Path) -> None:
    path = tmp_path / "catalog.toml"
    dump(RESOURCE_KINDS, path)
    before = path.read_bytes()
    bad = dataclasses.replace(RESOURCE_KINDS[0], natural_key="nope")
    with pytest.raises(CatalogFileError, match="natural_key 'nope'"):
        dump([bad], path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["catalog.toml"]


def test_a_dump_interrupted_at_the_rename_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "catalog.toml"
    dump(RESOURCE_KINDS[:1], path)
    before = path.read_bytes()

    def interrupted(src: str, dst: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        dump(RESOURCE_KINDS, path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["catalog.toml"]
