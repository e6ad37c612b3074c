"""The record kinds this provider serves: the hand-written catalog's, and the generated tables of the
catalog file installed with it (`install --catalog FILE`).

`install` compiles the catalog file into the module `installed_catalog.py` beside the provider's code in
the mirror (one `KINDS` tuple, hash-checked bytecode): terraform asks for the schema before it reads
any configuration, the lock file's hash covers the installed tables, and loading them at start-up is
unmarshalling a constant instead of parsing TOML. The source tree has no such module: a provider run
from it serves the hand-written kinds only, unless `use_catalog_files` (the `schema` and `docs`
commands' `--catalog`) names files to read.

A generated table is left out when a hand-written resource or data source already covers its table or
takes its type name (`skipped` says which and why): the hand-written kind knows what the dictionary
cannot say (adopt by name, generated secrets, fixed values).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Sequence
from dataclasses import replace

from terraform_provider_servicenow.catalog import (
    LOOKUP_KINDS,
    RECORD_RESOURCE_TYPE,
    RESOURCE_KINDS,
    RecordKind,
)

#: The module `install` writes into the mirror's copy of the package.
INSTALLED_MODULE = "installed_catalog"
#: Type names no generated table may take: the generic record and the ephemeral resource.
RESERVED_TYPE_NAMES = frozenset({RECORD_RESOURCE_TYPE, "client_secret"})

_files: tuple[str, ...] | None = None


def use_catalog_files(paths: Sequence[str | os.PathLike[str]] | None) -> None:
    """Serve the tables of these catalog files instead of the installed ones (the `schema` and `docs`
    commands, tests); None: the installed ones again. Raises `CatalogFileError` for a file that cannot
    be used (and serves the installed ones then)."""
    global _files
    _files = None if paths is None else tuple(str(p) for p in paths)
    _forget()
    try:
        generated_kinds()  # report a bad file now, not at the first schema request
    except Exception:
        _files = None
        _forget()
        raise


def _forget() -> None:
    generated_kinds.cache_clear()
    _by_type_name.cache_clear()


def covered() -> tuple[frozenset[str], frozenset[str]]:
    """(tables, type names) of the hand-written resources and data sources."""
    tables = {k.table for k in RESOURCE_KINDS} | {k.table for k in LOOKUP_KINDS}
    names = {k.type_name for k in RESOURCE_KINDS} | {k.type_name for k in LOOKUP_KINDS} | RESERVED_TYPE_NAMES
    return frozenset(tables), frozenset(names)


def skipped(kinds: Iterable[RecordKind]) -> list[tuple[RecordKind, str]]:
    """The generated kinds a hand-written kind covers, each with the reason."""
    tables, names = covered()
    out = []
    for kind in kinds:
        if kind.table in tables:
            out.append((kind, f"table {kind.table} is served by the provider's own resources"))
        elif kind.type_name in names:
            out.append((kind, f"type name servicenow_{kind.type_name} is one of the provider's own"))
    return out


def prepared(kinds: Iterable[RecordKind]) -> tuple[RecordKind, ...]:
    """The kinds to serve, as the provider serves them: the covered ones left out, and every column
    checked in the instance's sys_dictionary before it is written (an instance without the custom
    column would drop the value silently; dictionary.py), except the system columns every table has."""
    kinds = tuple(kinds)
    left_out = {id(kind) for kind, _ in skipped(kinds)}
    return tuple(
        replace(
            kind,
            columns=tuple(
                c if c.check_exists or c.name.startswith("sys_") else replace(c, check_exists=True)
                for c in kind.columns
            ),
        )
        for kind in kinds
        if id(kind) not in left_out
    )


def read_catalog_files(paths: Sequence[str | os.PathLike[str]]) -> tuple[RecordKind, ...]:
    """The kinds of every file, in order; `CatalogFileError` for a file that cannot be used or a type
    name that two files describe."""
    from terraform_provider_servicenow.catalog_file import CatalogFileError, load

    found: list[RecordKind] = []
    first: dict[str, str] = {}
    for path in paths:
        for kind in load(path):
            if kind.type_name in first:
                raise CatalogFileError(
                    str(path),
                    f"table {kind.table}",
                    f"servicenow_{kind.type_name} is described in {first[kind.type_name]} too; give each "
                    "table to one file (or generate one file with every --table)",
                )
            first[kind.type_name] = str(path)
            found.append(kind)
    return tuple(found)


def module_text(kinds: Sequence[RecordKind], sources: Sequence[str]) -> str:
    """The source of `installed_catalog.py`: the prepared kinds as one constant (see the docstring)."""
    named = "\n".join(f"    {source}" for source in sources)
    return (
        f'"""Written by `python -m terraform_provider_servicenow install --catalog` from:\n{named}\n\n'
        "The generated tables this copy of the provider serves (served.py). "
        'Do not edit: install again."""\n\n'
        "from terraform_provider_servicenow.catalog import Column, RecordKind\n\n"
        f"KINDS: tuple[RecordKind, ...] = {tuple(kinds)!r}\n"
    )


@functools.cache
def generated_kinds() -> tuple[RecordKind, ...]:
    """The generated tables this process serves (see the module's docstring)."""
    if _files is not None:
        return prepared(read_catalog_files(_files))
    try:
        from terraform_provider_servicenow.installed_catalog import KINDS  # type: ignore[import-not-found]
    except ModuleNotFoundError as err:
        if err.name != f"terraform_provider_servicenow.{INSTALLED_MODULE}":
            raise
        return ()
    return KINDS


def resource_kinds() -> tuple[RecordKind, ...]:
    """Every record kind served as a resource: the hand-written ones first."""
    return RESOURCE_KINDS + generated_kinds()


@functools.cache
def _by_type_name() -> dict[str, RecordKind]:
    return {kind.full_type_name: kind for kind in resource_kinds()}


def resource_kind(full_type_name: str) -> RecordKind | None:
    """The record kind served as `full_type_name` (`servicenow_...`), if any."""
    return _by_type_name().get(full_type_name)
