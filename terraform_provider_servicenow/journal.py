"""The values an adopted record had before the first deploy, kept on disk until destroy restores them.

Adopting a record PATCHes it, and its earlier values go into state only when the create returns. A run
killed in between (SIGKILL, a lost machine) leaves the record changed and the values nowhere: the next
deploy would adopt the changed record and destroy would "restore" it to what the first run wrote. So
the values are written here *before* the PATCH, and an adopt that finds an entry takes the entry's
values (the ones before the first deploy) over what the record holds now. Destroy removes the entry once
it has restored (or kept) the record.

One JSON file per record, `<dir>/<sha256 of instance, table, sys_id>.json`, mode 0600 in a 0700 folder.
The folder: `SERVICENOW_JOURNAL_DIR`, else `$XDG_STATE_HOME/terraform-provider-servicenow`, else
`~/.local/state/terraform-provider-servicenow`. A password2 value is never journalled: only the fact
that a password2 column was blank (`""`, what destroy writes back). A journal that cannot be written
is a warning, not a failure: the adopt then works as it did without one.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from tf.utils import Diagnostics

    from terraform_provider_servicenow.client import TableClient

ENV_JOURNAL_DIR = "SERVICENOW_JOURNAL_DIR"


def journal_dir() -> Path:
    configured = os.environ.get(ENV_JOURNAL_DIR)
    if configured:
        return Path(configured)
    state_home = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state_home) / "terraform-provider-servicenow"


def _entry(instance: str, table: str, sys_id: str) -> Path:
    digest = hashlib.sha256(f"{instance.rstrip('/')}\n{table}\n{sys_id}".encode()).hexdigest()
    return journal_dir() / f"{digest}.json"


def _load(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    values = data.get("values") if isinstance(data, Mapping) else None
    if not isinstance(values, Mapping):
        return {}
    return {str(k): str(v) for k, v in values.items()}


def remember(instance: str, table: str, sys_id: str, originals: Mapping[str, str]) -> dict[str, str]:
    """The values to restore on destroy: the journal's (from the first, interrupted, adopt) where it has
    them, else `originals`; the journal is written with the result before the caller PATCHes.
    Raises OSError when it cannot be written."""
    path = _entry(instance, table, sys_id)
    earlier = _load(path) if path.exists() else {}
    # The earlier entry wins, and keeps columns the record already holds the planned value of (the
    # interrupted run wrote them, so they no longer differ).
    values = {**originals, **earlier}
    if earlier and values == earlier:
        return values
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    record = {"instance": instance.rstrip("/"), "table": table, "sys_id": sys_id, "values": values}
    temporary = path.with_suffix(".tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(record, handle, indent=1, sort_keys=True)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
    return values


def forget(instance: str, table: str, sys_id: str) -> None:
    """Remove the record's entry (after destroy restored or kept it); nothing when there is none."""
    try:
        _entry(instance, table, sys_id).unlink()
    except OSError:  # gone already, or not removable: a stale entry only matters to a later adopt
        pass


def journalled(
    client: TableClient,
    diags: Diagnostics,
    table: str,
    record: Mapping[str, Any],
    values: dict[str, str],
    owned: Collection[str],
) -> dict[str, str]:
    """The values destroy will restore, kept on disk before the adopt PATCHes them: an adopt that a
    killed run began keeps the values from before that run. A journal that cannot be written is a
    warning.

    Two resources may adopt one record (the spoke's registry and the record that writes its client
    secret): the entry holds the originals of both, and each gets back only the keys it ``owned`` (its
    columns), so that destroy never restores, or fails on, the other's."""
    raw = record.get("sys_id")
    sys_id = str(raw.get("value") if isinstance(raw, Mapping) else raw or "")
    try:
        values = remember(client.base, table, sys_id, values)
        return {name: value for name, value in values.items() if name in owned}
    except OSError as exc:
        diags.add_warning(
            f"Could not keep the original values of the adopted {table} record {sys_id}",
            f"{exc.strerror or exc} (folder: {journal_dir()}; set {ENV_JOURNAL_DIR} to another). The "
            "adopt goes on; if this run is killed before it finishes, destroy can only restore the values "
            "the next run finds.",
        )
        return values


def forget_adopted(client: TableClient, table: str, sys_id: str) -> None:
    forget(client.base, table, sys_id)
