"""`python -m terraform_provider_servicenow generate`: the command around `generate.generate`.

Auth comes from the provider's settings (`SERVICENOW_*` variables, `--instance-url` or
SERVICENOW_INSTANCE_URL). Nothing is written unless the whole dictionary was read and the file checks
(`catalog_file.dump` replaces the file whole). Exit status: 0 written, 1 the instance refused or the
dictionary lacks a table, 2 bad input.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Mapping
from typing import Any

from terraform_provider_servicenow.generate import GenerateError, generate, header


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def run(
    instance_url: str | None,
    tables: list[str],
    with_children: bool,
    out: str,
    *,
    quiet: bool = False,
    environ: Mapping[str, str] | None = None,
) -> int:
    """`python -m terraform_provider_servicenow generate`: 0 written, 1 the instance refused, 2 bad input."""
    from terraform_provider_servicenow.catalog_file import CatalogFileError, dump
    from terraform_provider_servicenow.redact import scrub
    from terraform_provider_servicenow.settings import SettingsError, resolve

    started = time.monotonic()
    try:
        settings = resolve({"instance_url": instance_url}, os.environ if environ is None else environ)
    except SettingsError as exc:
        for problem in exc.problems:
            _stderr(f"generate: {problem.summary}: {problem.detail}")
        return 2
    target = os.path.abspath(out)
    if not os.path.isdir(os.path.dirname(target)):
        _stderr(
            f"generate: --out {out}: the folder {os.path.dirname(target)} does not exist; create it first"
        )
        return 2

    from terraform_provider_servicenow.client import ApiError, TableClient

    client = TableClient(settings)
    warnings: list[str] = []
    try:
        # The client logs every request for terraform (TF_LOG); here only its warnings are shown.
        with contextlib.redirect_stderr(_WarningsOnly(sys.stderr)):
            kinds = generate(client, tables, with_children=with_children, warn=warnings.append)
    except GenerateError as exc:
        _stderr(f"generate: {exc}. Nothing was written.")
        return 1
    except ApiError as exc:
        from terraform_provider_servicenow.errors import (
            probable_cause,
        )  # only on failure (tf's diagnostics)

        _stderr(
            scrub(
                f"generate: cannot read {exc.table}: {exc}. {probable_cause(exc, 'query')} "
                "Nothing was written."
            )
        )
        return 1
    for message in warnings:
        _stderr(f"generate: warning: {message}")
    try:
        dump(kinds, target, header=header(tables, with_children))
    except (CatalogFileError, OSError) as exc:
        _stderr(f"generate: cannot write {out}: {exc}. Nothing was written.")
        return 1
    if not quiet:
        columns = sum(len(k.columns) for k in kinds)
        print(
            f"{out}: {len(kinds)} table(s), {columns} column(s), from {client.request_count} request(s) "
            f"in {time.monotonic() - started:.2f} s"
        )
    return 0


class _WarningsOnly:
    """A stderr that lets the client's warnings through and drops its per-request debug lines."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        if "[WARN]" in text or "[ERROR]" in text:
            self.stream.write(text)
        return len(text)

    def flush(self) -> None:
        self.stream.flush()
