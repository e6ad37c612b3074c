"""The spoke's kinds are generated catalog data (spoke_tables.toml) plus small hand-written overlays."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from terraform_provider_servicenow import catalog, catalog_overlay
from terraform_provider_servicenow.catalog import RESOURCE_KINDS, SPOKE_TABLES, SPOKE_TABLES_FILE
from terraform_provider_servicenow.catalog_file import load
from tools.spoke_catalog import regenerate

GENERATED = {kind.table: kind for kind in load(SPOKE_TABLES_FILE)}


def test_regenerating_the_spoke_tables_from_the_emulator_gives_the_checked_in_file(tmp_path: Path) -> None:
    out = tmp_path / "spoke_tables.toml"
    done = regenerate(out)
    assert done.returncode == 0, done.stderr
    assert out.read_text() == Path(SPOKE_TABLES_FILE).read_text(), (
        "the emulator's dictionary no longer gives terraform_provider_servicenow/spoke_tables.toml: run "
        "`make catalog`, review the diff, then `make bindings` and the provider's `docs --write`"
    )


def test_a_changed_dictionary_gives_another_file(tmp_path: Path) -> None:
    # The comparison above catches a change: an instance without oauth_entity.logo_url gives another file.
    out = tmp_path / "spoke_tables.toml"
    done = regenerate(out, without_columns=("oauth_entity.logo_url",))
    assert done.returncode == 0, done.stderr
    assert out.read_text() != Path(SPOKE_TABLES_FILE).read_text()
    assert 'name = "logo_url"' not in out.read_text()


def test_every_spoke_table_is_in_the_generated_file() -> None:
    assert sorted(GENERATED) == sorted(SPOKE_TABLES)
    assert {kind.table for kind in RESOURCE_KINDS} <= set(SPOKE_TABLES)


@pytest.mark.parametrize("kind", RESOURCE_KINDS, ids=lambda k: k.type_name)
def test_types_choices_references_and_lengths_come_from_the_generated_file(kind: catalog.RecordKind) -> None:
    generated = GENERATED[kind.table]
    assert (kind.label, kind.parents) == (generated.label, generated.parents)
    for col in kind.columns:
        source = generated.column(col.name)
        for name in ("kind", "choices", "reference", "label", "internal_type", "max_length", "maximum"):
            assert getattr(col, name) == getattr(source, name), (kind.type_name, col.name, name)
        if kind.lifecycle == "create" and col.mode in ("optional", "optional_computed"):
            assert col.default == source.default, (kind.type_name, col.name)
        else:
            assert col.default is None, (kind.type_name, col.name)


def test_an_adopted_kind_writes_only_what_is_set_and_is_found_by_its_natural_key() -> None:
    registry = catalog.APPLICATION_REGISTRY
    key = registry.column(registry.natural_key)
    assert (key.mode, key.force_new) == ("required", True)
    others = [c for c in registry.columns if c.name != registry.natural_key]
    assert {c.mode for c in others if c.kind != "password2"} == {"optional_computed"}
    assert all(c.default is None for c in registry.columns)


def test_the_choices_the_hand_written_catalog_lacked_come_from_the_dictionary() -> None:
    # Before the catalog was generated, default_grant_type had no choices here and four in the constructs.
    grant = catalog.APPLICATION_REGISTRY.column("default_grant_type")
    assert grant.choices == GENERATED["oauth_entity"].column("default_grant_type").choices
    assert "client_credentials" in grant.choices


def test_an_overlay_naming_a_column_the_dictionary_lacks_says_how_to_fix_it() -> None:
    generated = GENERATED["oauth_entity"]
    with pytest.raises(
        KeyError, match="spoke_tables.toml has no column u_nope of oauth_entity: run `make catalog`"
    ):
        catalog_overlay.spoke_column(generated, "create", "name", catalog.ColumnOverlay("u_nope", "x"))


def test_the_overlay_sets_only_what_the_dictionary_cannot_say() -> None:
    endpoint = catalog.OAUTH_API_ENDPOINT
    assert endpoint.fixed_values == (("type", "client"),)
    assert (
        endpoint.column("client_secret").generated
        and endpoint.column("client_secret").mode == "optional_computed"
    )
    assert endpoint.column("client_id").mode == "computed"  # the instance fills it on insert
    assert endpoint.column("access_token_lifespan").minimum == 1
    # A column the overlay leaves alone is the generated one, with the overlay's description.
    logo = dataclasses.replace(endpoint.column("logo_url"), description="")
    assert logo == dataclasses.replace(GENERATED["oauth_entity"].column("logo_url"), description="")
