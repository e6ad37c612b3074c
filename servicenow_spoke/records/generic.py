"""Any record of any table (``servicenow_record``): the escape hatch, with adoption of instance-wide
records."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from constructs import Construct

from ..cdk import binding
from ..secrets import SecretValue, secret_arguments
from ..tree import path_of
from ..validation import (
    ON_DESTROY,
    SpokeValidationError,
    check_bool,
    check_choice,
    check_name,
    where,
)
from .base import (
    Record,
    ServicenowProvider,
    check_provider,
    check_secret,
    l1_resource,
    on_same_instance,
    resolved,
    stable_sys_id,
)

_RecordL1 = binding("record").Record


class GenericRecord(Record):
    """Any record of any table: the escape hatch for larger stacks (``servicenow_record``).

    With ``adopt_by``, a record that exists once per instance (a system property, a profile a plugin
    ships) is adopted instead of created twice: deploy looks it up by that column of ``fields`` and, when
    it exists, writes only the owned fields that differ; destroy writes their earlier values back and
    never deletes it. When none exists it is created, and destroy deletes it. ``on_destroy='keep'``
    leaves the record as it is in both cases.

    :param provider: provider of the instance holding the record.
    :param table: table name, e.g. ``sys_properties``. No default.
    :param fields: the columns this record owns, as Table API strings. No default.
    :param sensitive_fields: password2 columns as :class:`SecretValue`. Default: None.
    :param sensitive_fields_version: changing it sends ``sensitive_fields`` again. Default: ``"1"``.
    :param write_only: the secrets go to the write-only ``sensitive_fields_wo`` (Terraform >= 1.11, never
        stored); ``False`` stores them in state (older Terraform). Default: True.
    :param adopt_by: a column of ``fields`` that identifies the record instance-wide (e.g. ``name``).
        Default: None (always created, deleted on destroy).
    :param on_destroy: with ``adopt_by``: ``restore`` or ``keep``. Default: None (``restore``).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        provider: ServicenowProvider,
        table: str,
        fields: Mapping[str, str],
        sensitive_fields: Mapping[str, SecretValue] | None = None,
        sensitive_fields_version: str = "1",
        write_only: bool = True,
        adopt_by: str | None = None,
        on_destroy: str | None = None,
    ) -> None:
        place = where(scope, id)
        check_provider(place, provider)
        check_name(place, "table", table)
        if not isinstance(fields, Mapping) or not fields:
            raise SpokeValidationError(
                place, "fields", "must be a non-empty mapping of column to value", "give e.g. {'name': 'x'}"
            )
        for column, value in fields.items():
            if not isinstance(value, str):
                raise SpokeValidationError(
                    place,
                    f"fields[{column!r}]",
                    f"Table API values are strings, got {type(value).__name__}",
                    f"give str({value!r})",
                )
        for column, secret in (sensitive_fields or {}).items():
            check_secret(place, f"sensitive_fields[{column!r}]", secret, required=True)
            if secret.ephemeral and not write_only:
                secret_arguments(place, f"sensitive_fields[{column!r}]", secret, "", write_only)
        check_bool(place, "write_only", write_only)
        if adopt_by is not None and adopt_by not in fields:
            raise SpokeValidationError(
                place,
                "adopt_by",
                f"{adopt_by!r} is not a column of fields: the record is looked up by fields[adopt_by]",
                f"add {adopt_by!r} to fields, or name one of its columns (e.g. adopt_by='name')",
            )
        if adopt_by is None and on_destroy is not None:
            raise SpokeValidationError(
                place,
                "on_destroy",
                "only a record found by adopt_by has a choice on destroy; without it destroy deletes it",
                "set adopt_by (e.g. adopt_by='name'), or leave on_destroy unset",
            )
        check_choice(place, "on_destroy", on_destroy, ON_DESTROY)
        # One resource per instance-wide record in a stack: two would both create it, or both restore it.
        adopt_key = (table, adopt_by, resolved(scope, fields[adopt_by])) if adopt_by else None
        other = on_same_instance(
            scope,
            GenericRecord,
            provider,
            lambda other: adopt_key is not None and other.adopt_key == adopt_key,
        )
        if other is not None:
            raise SpokeValidationError(
                place,
                "fields",
                f"the {table} record {adopt_by}={fields[adopt_by]!r} is already adopted by "
                f"{path_of(other)} on the same instance",
                "adopt an instance-wide record once per stack and share that construct",
            )
        super().__init__(scope, id, provider=provider)
        self.adopt_key = adopt_key
        self.resource = l1_resource(
            _RecordL1,
            self,
            place,
            provider=provider,
            create_sys_id=stable_sys_id(self),
            table=table,
            fields=dict(fields),
            adopt_by=adopt_by,
            on_destroy=on_destroy,
            **self._secrets(place, sensitive_fields, sensitive_fields_version, write_only),
        )

    @staticmethod
    def _secrets(
        place: str, secrets: Mapping[str, SecretValue] | None, version: str, write_only: bool
    ) -> dict[str, Any]:
        if not secrets:
            return {}
        if not write_only:
            return {"sensitive_fields": {k: v.token for k, v in secrets.items()}}
        check_name(place, "sensitive_fields_version", version)
        return {
            "sensitive_fields_wo": {k: v.token for k, v in secrets.items()},
            "sensitive_fields_wo_version": version,
        }
