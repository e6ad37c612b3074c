"""What the constructs decide in Python instead of asking the toolchain's jsii kernel (servicenow_spoke/
validation.py `is_token`, servicenow_spoke/tree.py) is what the kernel itself answers."""

from __future__ import annotations

import struct
from typing import Any

import pytest
from constructs import Construct

from servicenow_spoke import (
    BasicAuthCredential,
    GenericRecord,
    HttpConnection,
    SecretValue,
    SpokeValidationError,
)
from servicenow_spoke.cdk import (
    TerraformOutput,
    TerraformStack,
    TerraformVariable,
    Testing,
    Token,
)
from servicenow_spoke.records import ConnectionAlias, ServicenowProvider
from servicenow_spoke.tree import created, first_in_stack, path_of, stack_of
from servicenow_spoke.validation import is_token


def kernel_says(value: Any) -> bool:
    """What is_token answered before it decided anything itself: the toolchain's Token.is_unresolved."""
    if isinstance(value, bool) or value is None:
        return False
    if isinstance(value, str | int | float):
        return bool(Token.is_unresolved(value))
    return True


def token_bits(top: int) -> float:
    return struct.unpack("<d", struct.pack("<Q", (top << 48) | 12345))[0]


def test_is_token_answers_what_the_toolchain_answers_for_plain_values_tokens_and_look_alikes(
    stack: TerraformStack,
) -> None:
    text = TerraformVariable(stack, "text", type="string").string_value
    number = TerraformVariable(stack, "number", type="number").number_value
    listed = TerraformVariable(stack, "listed", type="list(string)").list_value
    provider = ServicenowProvider(stack, "P", instance_url="https://a.service-now.com")
    record = GenericRecord(stack, "R", provider=provider, table="u_x", fields={"u_name": "x"})
    values: list[Any] = [
        "",
        "Remote Connection",
        "https://dev.service-now.com/",
        "${var.x}",
        "%{ if true }x%{ endif }",
        "${TfToken[",
        "${TfToken[]}",
        "${TfToken[TOKEN.1]}",  # the marker with a key: the toolchain's test says token, unknown key or not
        "x${TfToken[TOKEN.99999]}y",
        "${TfToken[bad key]}",
        "${TfToken[TOKEN.1]",
        "#{TfToken[TOKEN.1]}",
        "&{TfToken[TOKEN.1]}",
        "ünïcode ${TfToken[TOKEN.1]} 🙂",
        text,
        f"prefix {text} suffix",
        record.sys_id,
        f"{record.sys_id}/{text}",
        provider.instance_url_input,
        0,
        -1,
        1800,
        2**53 - 1,
        -(2**53) + 1,
        2**53,
        2**60,
        -(2**1000),
        0.5,
        -0.0,
        1e308,
        -8.1e298,
        number,
        number + 0.0,
        token_bits(0xFDFF),  # a double with a number token's bits: a token, whoever made it
        token_bits(0xFBFF),  # a list token's bits: no number token
        True,
        False,
        None,
        listed,
        [text],
        {"a": "b"},
        object(),
    ]  # (no infinity or NaN: the kernel cannot take them, and is_token leaves them to it as before)
    for value in values:
        assert is_token(value) is kernel_says(value), value


def test_a_library_construct_knows_its_path_and_stack_as_the_tree_has_them() -> None:
    app = Testing.app()
    stack = TerraformStack(app, "paths")
    outer = Construct(stack, "outer")
    nested = TerraformStack(outer, "nested")
    provider = ServicenowProvider(nested, "P", instance_url="https://a.service-now.com")
    ids = ["plain", "with space", "ünï-cöde", "a/b", "line\nbreak", "x--y"]
    for scope in (stack, outer, nested):
        for id in ids:
            record = GenericRecord(scope, id, provider=provider, table="u_x", fields={"u_name": id})
            assert path_of(record) == record.node.path
            assert path_of(record.resource) == record.resource.node.path
            assert stack_of(record) is TerraformStack.of(record)
    root_level = Construct(app, "root-level")
    created(root_level, app, "root-level")  # outside any stack: noted, listed nowhere
    assert path_of(root_level) == root_level.node.path == "root-level"
    with pytest.raises(RuntimeError, match="No stack could be identified"):
        stack_of(root_level)


def test_first_in_stack_returns_the_trees_first_match_in_pre_order_and_only_what_is_in_the_tree() -> None:
    app = Testing.app()
    stack = TerraformStack(app, "order")
    provider = ServicenowProvider(stack, "P", instance_url="https://a.service-now.com")
    later_scope = Construct(stack, "a")  # created first, so its children come first in pre-order
    alias = ConnectionAlias(stack, "Alias", provider=provider, name="A")
    first = BasicAuthCredential(
        stack, "First", provider=provider, user_name="u", password=_secret(stack), name="n1"
    )
    second = BasicAuthCredential(
        later_scope, "Second", provider=provider, user_name="u", password=_secret(stack), name="n2"
    )

    def credential(other: Any) -> bool:
        return isinstance(other, BasicAuthCredential)

    # creation order says First; the tree's pre-order (a/Second before First) says Second
    assert first_in_stack(stack, credential) is second
    assert first_in_stack(alias, credential) is second
    assert first_in_stack(stack, lambda other: isinstance(other, HttpConnection)) is None
    # renamed after its check: both now match a name; the tree's order decides which is reported
    first.name = "n2"
    with pytest.raises(SpokeValidationError, match="'n2' is already used by order/a/Second"):
        BasicAuthCredential(
            stack, "Third", provider=provider, user_name="u", password=_secret(stack), name="n2"
        )
    # removed from the tree: no longer found, as the tree says
    assert later_scope.node.try_remove_child("Second")
    assert first_in_stack(stack, lambda other: other is second) is None
    assert first_in_stack(stack, credential) is first


def test_a_construct_in_a_nested_stack_is_found_from_the_stack_around_it_as_find_all_finds_it() -> None:
    app = Testing.app()
    outer = TerraformStack(app, "outer")
    inner = TerraformStack(Construct(outer, "holder"), "inner")
    provider = ServicenowProvider(inner, "P", instance_url="https://a.service-now.com")
    record = GenericRecord(inner, "R", provider=provider, table="u_x", fields={"u_name": "x"})
    TerraformOutput(outer, "o", value="x")
    assert first_in_stack(outer, lambda other: other is record) is record
    assert first_in_stack(inner, lambda other: other is record) is record
    assert first_in_stack(TerraformStack(app, "other"), lambda other: other is record) is None


def _secret(stack: TerraformStack) -> SecretValue:
    return SecretValue.from_env_variable(stack, "pw")
