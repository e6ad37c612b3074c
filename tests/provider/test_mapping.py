"""Table API JSON <-> Terraform values, per column type, and the diffs that drive PATCH."""

from __future__ import annotations

import pytest
from tf.types import Unknown

from terraform_provider_servicenow import catalog, mapping
from terraform_provider_servicenow.mapping import MappingError


@pytest.mark.parametrize(
    ("kind", "raw", "value"),
    [
        ("string", "abc", "abc"),
        ("string", "", None),
        ("string", None, None),
        ("integer", "1800", 1800),
        ("integer", "8,640,000", 8640000),
        ("integer", "", None),
        ("boolean", "true", True),
        ("boolean", "false", False),
        ("boolean", "1", True),
        ("boolean", "", None),
        ("reference", {"link": "https://x/api/now/table/t/abc", "value": "abc"}, "abc"),
        ("reference", "abc", "abc"),
        ("choice", "S256", "S256"),
    ],
)
def test_from_api_converts_table_api_strings(kind, raw, value):
    assert mapping.from_api(kind, raw) == value


def test_from_api_rejects_values_that_do_not_fit_the_column():
    with pytest.raises(MappingError, match="boolean"):
        mapping.from_api("boolean", "maybe")
    with pytest.raises(MappingError, match="integer"):
        mapping.from_api("integer", "soon")


@pytest.mark.parametrize(
    ("kind", "value", "raw"),
    [("boolean", True, "true"), ("boolean", False, "false"), ("integer", 1800, "1800"), ("integer", 5.0, "5")]
    + [("string", None, ""), ("string", "x", "x")],
)
def test_to_api_writes_strings(kind, value, raw):
    assert mapping.to_api(kind, value) == raw


def test_null_and_empty_string_are_equivalent_but_unknown_never_is():
    assert mapping.equivalent("string", None, "")
    assert mapping.equivalent("integer", 1800, "1800")
    assert not mapping.equivalent("string", "a", "b")
    assert not mapping.equivalent("string", Unknown, Unknown)


def test_record_to_state_keeps_planned_spelling_and_never_reads_password2():
    kind = catalog.OAUTH_API_ENDPOINT
    record = {
        "sys_id": "a" * 32,
        "name": "Local client",
        "redirect_url": "",
        "client_secret": "ENCRYPTED-GIBBERISH",
        "client_id": "cid",
        "access_token_lifespan": "1800",
        "refresh_token_lifespan": "8640000",
        "public_client": "false",
        "code_challenge_method": "S256",
        "active": "true",
        "access": "public",
        "comments": "",
        "logo_url": "",
    }
    planned = {
        "name": "Local client",
        "redirect_url": "",
        "client_secret": "s3cret-value",
        "client_id": Unknown,
    }
    state = mapping.record_to_state(kind, record, planned)
    assert state["client_secret"] == "s3cret-value"
    assert state["redirect_url"] == ""  # planned "" kept, not turned into null
    assert state["comments"] is None
    assert state["client_id"] == "cid"
    assert state["access_token_lifespan"] == 1800 and state["public_client"] is False
    assert state["sys_id"] == state["id"] == "a" * 32


def test_record_to_state_keeps_known_value_of_a_column_the_instance_did_not_return():
    kind = catalog.OAUTH2_CREDENTIAL
    state = mapping.record_to_state(kind, {"sys_id": "b" * 32, "name": "n"}, {"order": 100, "active": True})
    assert state["order"] == 100 and state["active"] is True


def test_create_body_sends_fixed_values_and_set_columns_and_splits_password2():
    kind = catalog.OAUTH_API_ENDPOINT
    planned = {c.name: None for c in kind.columns}
    planned.update(name="n", client_secret="s" * 48, access_token_lifespan=1800, public_client=False)
    planned["client_id"] = Unknown
    body, secrets = mapping.create_body(kind, planned)
    assert body == {"type": "client", "name": "n", "access_token_lifespan": "1800", "public_client": "false"}
    assert secrets == {"client_secret": "s" * 48}


def test_changed_columns_is_only_what_differs():
    kind = catalog.HTTP_CONNECTION
    prior = {
        "name": "c",
        "connection_url": "https://a",
        "active": True,
        "use_mid": False,
        "sys_domain": "global",
    }
    planned = dict(prior, connection_url="https://b", active=True)
    assert mapping.changed_columns(kind, prior, planned) == ({"connection_url": "https://b"}, {})


def test_changed_columns_skips_unknown_and_unset_optional_computed_but_clears_optional():
    kind = catalog.OAUTH_API_ENDPOINT
    prior = {"name": "n", "redirect_url": "https://r", "access": "public", "client_id": "x"}
    planned = {"name": "n", "redirect_url": None, "access": None, "client_id": Unknown}
    body, _ = mapping.changed_columns(kind, prior, planned)
    assert body == {"redirect_url": ""}


def test_changed_columns_puts_a_new_secret_in_the_password2_part():
    kind = catalog.BASIC_AUTH_CREDENTIAL
    body, secrets = mapping.changed_columns(kind, {"password": "old-one"}, {"password": "new-one"})
    assert body == {} and secrets == {"password": "new-one"}


def test_flatten_record_turns_references_into_sys_ids():
    flat = mapping.flatten_record({"a": {"link": "l", "value": "v"}, "b": None, "c": "x"})
    assert flat == {"a": "v", "b": "", "c": "x"}


def test_an_unset_password2_column_is_never_cleared():
    kind = catalog.APPLICATION_REGISTRY
    body, secrets = mapping.changed_columns(kind, {"client_secret": "old-secret"}, {"client_secret": None})
    assert body == {} and secrets == {}


def _sample(col):
    return {
        "string": f"value of {col.name}",
        "integer": 42,
        "boolean": True,
        "reference": "f" * 32,
        "choice": col.choices[0] if col.choices else "some_choice",
        "password2": f"secret of {col.name}",
    }[col.kind]


@pytest.mark.parametrize("kind", catalog.RESOURCE_KINDS, ids=lambda k: k.type_name)
def test_every_resource_round_trips_through_table_api_json(kind):
    planned = {c.name: _sample(c) for c in kind.columns if c.writable}
    body, secrets = mapping.create_body(kind, planned)
    assert set(secrets) == {c.name for c in kind.columns if c.kind == "password2" and c.writable}
    assert all(isinstance(v, str) for v in [*body.values(), *secrets.values()])
    record = {**body, "sys_id": "c" * 32}  # as the instance answers: strings, password2 never in clear
    state = mapping.record_to_state(kind, record, planned)
    for name, value in planned.items():
        assert state[name] == value, name
    assert state["sys_id"] == state["id"] == "c" * 32


@pytest.mark.parametrize("kind", catalog.RESOURCE_KINDS, ids=lambda k: k.type_name)
def test_every_resource_diff_sends_exactly_the_one_changed_column(kind):
    prior = {c.name: _sample(c) for c in kind.columns}
    assert mapping.changed_columns(kind, prior, dict(prior)) == ({}, {})
    for col in kind.columns:
        if not col.writable:
            continue
        changed = {
            "string": "other",
            "integer": 7,
            "boolean": False,
            "reference": "e" * 32,
            "choice": "other",
            "password2": "other secret",
        }[col.kind]
        body, secrets = mapping.changed_columns(kind, prior, dict(prior, **{col.name: changed}))
        assert {**body, **secrets} == {col.name: mapping.to_api(col.kind, changed)}, col.name
        assert (col.name in secrets) == (col.kind == "password2")
