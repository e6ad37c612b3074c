"""Creates that never make a duplicate, within one run and across runs.

Every create sends the new record's sys_id. With a *stable key* (`create_sys_id`, which the constructs
derive from the stack and the construct path) it is the same sys_id on every run, so a record that an
interrupted or failed run created and never recorded in state carries it; without one it is a uuid4,
which protects the retries of one run only.

- A POST answered "already exists" is checked with a GET of that sys_id in the table: found, the record
  is taken over (PATCHed to the planned values, secrets included, and recorded in state). A refusal about
  another unique column (a name), or a sys_id held by a record of another table, stays an error.
- An ambiguous failure (no answer, a lost or unreadable answer, any 5xx) is checked the same way before
  the POST is sent again and after the last attempt. That GET is retried like every read (429, 5xx, no
  answer); when it never gets an answer the error says the record MAY exist, names the table, the name
  and the sys_id, and says how to find and import it.
- When nothing fails a create is one POST: the safety costs no request.

An instance that ignores client sys_ids (`glide.rest.table_api.admin_only_sys_fields` = true for a
non-admin user) is noticed by the first create that returns another sys_id. A record with a natural key
(`name`; a generic record's `adopt_by` column) is then found by that key *and* its creator
(`sys_created_by` = the provider's user, which a non-admin cannot write on such an instance):
- the create that noticed looks for an older twin by the same user; when there is one (an earlier run's
  record), it deletes the record its own POST has just made and takes the twin over;
- every later create of the process looks first, and takes over what it finds;
- a POST refused for a unique name, before the process knows, reads the property (when the user may) to
  tell an earlier run's record from someone else's.
The limits are written in the provider's README (generated from docs.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from terraform_provider_servicenow.client import (
    ApiError,
    NaturalKey,
    Response,
    UncheckableCreate,
    is_duplicate_error,
    log,
    record_sys_id,
)

if TYPE_CHECKING:  # pragma: no cover
    from terraform_provider_servicenow.client import TableClient

ADMIN_ONLY_SYS_FIELDS = "glide.rest.table_api.admin_only_sys_fields"


def query_safe(value: str) -> bool:
    return not any(ch in value for ch in "^\r\n")


def _raw(value: Any) -> str:
    if isinstance(value, Mapping):
        value = value.get("value")
    return "" if value is None else str(value)


def own_records(client: TableClient, table: str, natural: NaturalKey) -> list[dict[str, Any]]:
    """The records of `table` with the natural key's value that the provider's user created, oldest
    first (an empty list when the creator is unknown or the value cannot be queried)."""
    if not client.creator or not query_safe(natural.value) or not query_safe(client.creator):
        return []
    query = f"{natural.column}={natural.value}^sys_created_by={client.creator}"
    if natural.extra_query:
        query += "^" + natural.extra_query
    records, _ = client.query(table, query + "^ORDERBYsys_created_on", limit=10)
    return records


class Creation:
    """One create: its sys_id, the POST and what each answer means (see the module's docstring)."""

    def __init__(
        self,
        client: TableClient,
        table: str,
        body: Mapping[str, str],
        *,
        key: str | None,
        natural: NaturalKey | None,
        display_value: bool,
        warnings: list[tuple[str, str]],
    ) -> None:
        self.client = client
        self.table = table
        self.body = {k: v for k, v in body.items() if k != "sys_id"}
        self.key = key
        self.sys_id = key or uuid.uuid4().hex
        self.natural = natural
        self.display_value = display_value
        self.warnings = warnings
        self.path = f"/api/now/table/{quote(table)}"
        self.resent = False
        self.looked_up_first = False

    # ---------------------------------------------------------------- naming

    @property
    def label(self) -> str:
        named = f" {self.natural.column}={self.natural.value!r}" if self.natural else ""
        return f"{self.table} record{named}"

    def unknown(self, what: str, cause: ApiError | None = None) -> UncheckableCreate:
        """The error for an outcome that stays unknown: the record MAY exist, and how to find it."""
        c = self.client
        honoured = c.client_sys_ids_honoured is not False
        find = f"GET {c.base}/api/now/table/{self.table}/{self.sys_id}" if honoured else ""
        if self.natural:
            listing = (
                f"{c.base}/api/now/table/{self.table}?sysparm_query={self.natural.column}="
                f"{quote(self.natural.value)}"
            )
            find = f"{find} or list {listing}" if find else f"list {listing}"
        if honoured:
            todo = f"The {self.label} (sys_id {self.sys_id}) MAY exist on the instance. Find it: {find}. "
            if self.key:
                todo += (
                    "Then run apply again: the record is created with the same sys_id, so one that exists "
                    "is taken over, never duplicated. Or import it: terraform import <address> "
                    f"{self.sys_id}."
                )
            else:
                todo += (
                    f"If it exists, import it (terraform import <address> {self.sys_id}) before the next "
                    "apply; if it does not, run apply again. (Give the resource a create_sys_id to make "
                    "that automatic.)"
                )
        else:
            todo = (
                f"The {self.label} MAY exist on the instance, under a sys_id the instance chose (it "
                f"ignores the sys_ids clients send). Find it: {find}. If it exists, import it: terraform "
                "import <address> <its sys_id>; if not, run apply again. To make creates safe to retry "
                "here, let the provider's user write sys_id (glide.rest.table_api.admin_only_sys_fields="
                "false, or an admin user)."
            )
        reason = f" ({cause})" if cause is not None else ""
        return UncheckableCreate(
            "create",
            self.table,
            cause.status if cause is not None else None,
            f"the POST of the {self.label} may or may not have created it, and {what}{reason}",
            todo,
            method="POST",
            path=self.path,
            auth_method=c.settings.auth_method,
            username=c.settings.username,
            attempts=cause.attempts if cause is not None else 1,
        )

    # ---------------------------------------------------------------- checks

    def lost(self) -> dict[str, Any] | None:
        """After an ambiguous failure: the record if the POST (or an earlier run's) committed it."""
        c = self.client
        try:
            if c.client_sys_ids_honoured is False:
                if self.natural is None or not c.creator:
                    raise self.unknown(
                        "this instance ignores the sys_id the provider sends, so it cannot tell without "
                        "risking a duplicate: not sent again"
                    )
                found_list = own_records(c, self.table, self.natural)
                found = found_list[0] if found_list else None
            else:
                found = c.get(self.table, self.sys_id)
        except UncheckableCreate:
            raise
        except ApiError as err:
            raise self.unknown("looking for it failed too", err) from None
        if found is None:
            self.resent = True
            return None
        log("INFO", f"POST {self.path}: the {self.label} exists ({record_sys_id(found)}): not sent again")
        return found

    def refused(self, err: ApiError) -> dict[str, Any] | None:
        """After an "already exists" answer: the record to take over, or None (the error stands)."""
        c = self.client
        if c.client_sys_ids_honoured is not False and (self.key or self.resent):
            try:
                found = c.get(self.table, self.sys_id)
            except ApiError as lookup:
                raise self.unknown("looking for it failed", lookup) from None
            if found is not None:
                return found
        if self.natural is None or c.client_sys_ids_honoured is True:
            return None
        if c.client_sys_ids_honoured is None and not self._instance_ignores_sys_ids():
            return None
        try:
            mine = own_records(c, self.table, self.natural)
        except ApiError:
            return None
        return mine[0] if mine else None

    def _instance_ignores_sys_ids(self) -> bool:
        """Read the hardening property (a non-admin may not be allowed to: then False, the safe side)."""
        c = self.client
        try:
            records, _ = c.query("sys_properties", f"name={ADMIN_ONLY_SYS_FIELDS}", limit=1, fields="value")
        except ApiError:
            return False
        ignores = bool(records) and _raw(records[0].get("value")).strip().lower() == "true"
        if ignores:
            c.client_sys_ids_honoured = False
        return ignores

    # ---------------------------------------------------------------- outcomes

    def take_over(self, found: Mapping[str, Any], why: str) -> dict[str, Any]:
        """Make an existing record (an earlier attempt's or run's) the planned one: PATCH the planned
        values (secrets included) unless it already has every one of them."""
        sys_id = record_sys_id(found) or self.sys_id
        flat = {k: _raw(v) for k, v in found.items()}
        if not self.display_value and all(flat.get(k) == v for k, v in self.body.items()):
            return dict(found)
        log("INFO", f"POST {self.path}: taking over the {self.label} {sys_id} ({why})")
        updated = self.client.update(self.table, sys_id, self.body, display_value=self.display_value)
        if updated is None:
            raise ApiError(
                "create",
                self.table,
                404,
                f"the {self.label} {sys_id} found after an ambiguous create disappeared before it could be "
                "taken over",
                "Run apply again.",
                method="PATCH",
                path=f"{self.path}/{sys_id}",
            )
        return updated

    def noticed_ignored_sys_id(self, result: Mapping[str, Any], returned: str) -> dict[str, Any]:
        """The instance kept another sys_id than the one sent: learn it, warn, and when an earlier run
        left a twin of this record, delete the one just made and take the twin over."""
        c = self.client
        first = c.client_sys_ids_honoured is not False
        c.client_sys_ids_honoured = False
        if self.natural is not None and c.creator and not self.looked_up_first:
            try:
                twins = [r for r in own_records(c, self.table, self.natural) if record_sys_id(r) != returned]
            except ApiError:
                twins = []
            if twins:
                c.delete(self.table, returned)
                log("INFO", f"POST {self.path}: {returned} duplicated {record_sys_id(twins[0])}: deleted")
                return self.take_over(twins[0], "an earlier run created it")
        if first:
            detail = (
                f"The {self.table} record was created with sys_id {returned}, not the sys_id {self.sys_id} "
                "the provider chose: the instance ignores client-chosen sys_ids (for this user, e.g. "
                "glide.rest.table_api.admin_only_sys_fields=true). Records with a name are then found by "
                "name and creator (sys_created_by) before they are created; others are not sent again "
                "after an ambiguous failure (they fail instead, to avoid a duplicate)."
            )
            if self.resent and self.natural is None:
                detail += (
                    f" This create was sent again after an ambiguous failure: the first attempt may have "
                    f"created a duplicate {self.table} record; look for it and delete it."
                )
            log("WARN", f"POST {self.path}: {detail}")
            self.warnings.append(
                (f"The instance ignored the sys_id chosen for a new {self.table} record", detail)
            )
        return dict(result)

    # ---------------------------------------------------------------- the create

    def run(self) -> dict[str, Any]:
        c = self.client
        if c.client_sys_ids_honoured is False and self.natural is not None and c.creator:
            self.looked_up_first = True
            mine = own_records(c, self.table, self.natural)
            if mine:
                return self.take_over(mine[0], "an earlier run created it")
        params = c._write_params(self.display_value)
        try:
            resp: Response = c._send(
                "create",
                self.table,
                "POST",
                self.path,
                params=params,
                json={**self.body, "sys_id": self.sys_id},
                lost=self.lost,
            )
        except UncheckableCreate:
            raise
        except ApiError as err:
            if not is_duplicate_error(err):
                raise
            found = self.refused(err)
            if found is None:
                raise
            return self.take_over(found, "it already exists: an earlier attempt or run created it")
        if resp.status == 0:  # `lost` found the record
            return self.take_over(resp.body, "an earlier attempt or run created it")
        if resp.status < 300 and not (isinstance(resp.body, Mapping) and "result" in resp.body):
            # An unreadable answer to a POST that succeeded: the record is there, read it.
            found = self.lost()
            if found is not None:
                return dict(found)
        result = c._result(resp, "create", self.table, "POST", self.path)
        if c.creator is None and isinstance(result, Mapping):
            c.creator = _raw(result.get("sys_created_by")) or None
        returned = record_sys_id(result)
        if returned is not None and returned != self.sys_id:
            return self.noticed_ignored_sys_id(result, returned)
        if returned == self.sys_id:
            c.client_sys_ids_honoured = True
        return result


def create(
    client: TableClient,
    table: str,
    body: Mapping[str, str],
    *,
    key: str | None = None,
    natural: NaturalKey | None = None,
    display_value: bool = False,
    warnings: list[tuple[str, str]] | None = None,
) -> dict[str, Any]:
    """Insert one record without ever making a duplicate (`Creation`): with `key` (a stable sys_id), a
    record an earlier run created with it is taken over instead.

    `warnings` receives (summary, detail) pairs for the caller's diagnostics."""
    warnings = warnings if warnings is not None else []
    return Creation(
        client, table, body, key=key, natural=natural, display_value=display_value, warnings=warnings
    ).run()
