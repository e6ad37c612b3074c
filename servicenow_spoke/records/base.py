"""What every record construct shares: the provider check, the stable create key, the L1 resource
behind the literal check, references between records, and the stack-wide uniqueness checks."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from constructs import Construct

from ..cdk import DefaultTokenResolver, StringConcat, Tokenization, binding
from ..secrets import SecretValue
from ..tree import created, first_in_stack, path_of
from ..validation import (
    SpokeValidationError,
    check_literals,
    is_token,
)

ServicenowProvider = binding("provider").ServicenowProvider
DataServicenowRecord = binding("data_servicenow_record").DataServicenowRecord


class Record(Construct):
    """A construct of one record of one instance: ``provider`` (that instance's provider configuration),
    and :attr:`sys_id`, the record's sys_id (a token), from the L1 ``resource`` it wraps (a lookup
    overrides it)."""

    resource: Any

    def __init__(self, scope: Construct, id: str, *, provider: ServicenowProvider) -> None:
        super().__init__(scope, id)
        created(self, scope, id)
        self.provider = provider

    @property
    def sys_id(self) -> str:
        return self.resource.sys_id


#: Namespace of the stable sys_ids of created records (uuid5 of the construct path). Changing it changes
#: every key: only creates use the key, so that would cost nothing but the take-over of orphans.
CREATE_KEY_NAMESPACE = uuid.UUID("6f1c6b2e-3d0a-5b8e-9c47-2a5e8d1f0b63")


def stable_sys_id(construct: Construct) -> str:
    """The sys_id a created record is created with, the same on every run: uuid5 of the project's
    namespace and the construct's path (which starts with the stack's id), as 32 hex characters.

    The provider sends it on create; a record an interrupted or failed run created with it is found and
    taken over by the next deploy instead of being created twice (``create_sys_id``)."""
    return uuid.uuid5(CREATE_KEY_NAMESPACE, path_of(construct)).hex


def check_provider(place: str, provider: object) -> None:
    if not isinstance(provider, ServicenowProvider):
        raise SpokeValidationError(
            place,
            "provider",
            f"expected a ServicenowProvider, got {type(provider).__name__}",
            "pass the provider configuration of the instance the record lives on",
        )


def check_secret(place: str, argument: str, value: object, required: bool) -> None:
    if value is None and not required:
        return
    if not isinstance(value, SecretValue):
        raise SpokeValidationError(
            place,
            argument,
            "must be a SecretValue (a sensitive Terraform variable or a sensitive attribute), "
            "never a plain string",
            "use SecretValue.from_env_variable(stack, 'name') and set TF_VAR_name",
        )


def l1_resource(binding: Any, scope: Construct, place: str, **arguments: Any) -> Any:
    """The construct's L1 resource ``Resource``, after checking that every plain string argument is a
    literal (:func:`check_literals`); secrets are references, never literals."""
    check_literals(
        place,
        {
            k: v
            for k, v in arguments.items()
            if k != "provider" and not k.endswith("_wo") and not k.startswith("sensitive_fields")
        },
    )
    return binding(scope, "Resource", **arguments)


_RESOLVER: list[Any] = []  # one DefaultTokenResolver, made on first use (it keeps no state of a resolve)


def resolved(scope: Construct, value: str) -> str:
    """What a (token) string resolves to in the synthesized JSON, e.g. ``${type.name.sys_id}``."""
    if not is_token(value):
        return value
    if not _RESOLVER:
        _RESOLVER.append(DefaultTokenResolver(StringConcat()))
    return str(Tokenization.resolve(value, scope=scope, resolver=_RESOLVER[0], preparing=False))


def same_provider(a: ServicenowProvider, b: ServicenowProvider) -> bool:
    return path_of(a) == path_of(b)


def reference(
    place: str, argument: str, value: object, kinds: tuple[type, ...], provider: ServicenowProvider
) -> str:
    """The sys_id a reference argument stands for: a sys_id string as is, or the ``sys_id`` of one of
    ``kinds`` (a construct of this library), which must live on the same instance as the referrer."""
    if isinstance(value, str):
        return value
    names = " or ".join(kind.__name__ for kind in kinds)
    if not isinstance(value, kinds):
        raise SpokeValidationError(
            place,
            argument,
            f"expected a sys_id string or a {names}, got {type(value).__name__}",
            f"pass the {names} construct itself, or a sys_id",
        )
    if not same_provider(value.provider, provider):  # type: ignore[attr-defined]
        raise SpokeValidationError(
            place,
            argument,
            f"{path_of(value)} is on another instance (provider {path_of(value.provider)}) than this "  # type: ignore[attr-defined]
            f"record (provider {path_of(provider)}); a reference points at a record of the same instance",
            f"pass a {names} created with provider={path_of(provider).rsplit('/', 1)[-1]}",
        )
    return value.sys_id  # type: ignore[attr-defined]


def on_same_instance(
    scope: Construct,
    kind: type | tuple[type, ...],
    provider: ServicenowProvider,
    matches: Callable[[Any], bool],
) -> Any:
    """The first construct of `kind` in the stack, on the same instance, for which `matches` holds."""
    return first_in_stack(
        scope,
        lambda other: isinstance(other, kind) and same_provider(other.provider, provider) and matches(other),
    )


def unique_name(
    place: str, scope: Construct, kinds: tuple[type, ...], provider: ServicenowProvider, name: str
) -> None:
    """Reject a second record of the same kind and name on the same instance in one stack."""
    if is_token(name):
        return
    other = on_same_instance(scope, kinds, provider, lambda other: other.name == name)
    if other is not None:
        raise SpokeValidationError(
            place,
            "name",
            f"{name!r} is already used by {path_of(other)} on the same instance",
            "give each record a unique name",
        )
