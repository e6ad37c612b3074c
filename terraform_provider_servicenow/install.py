"""Install the provider for terraform: a filesystem mirror (unpacked layout) and a CLI config.

Layout written under DIR:

    DIR/terraformrc
    DIR/registry.terraform.io/servicenow-spoke/servicenow/0.1.0/<os>_<arch>/
        terraform-provider-servicenow_v0.1.0     the launcher (shebang: this Python, -B)
        terraform_provider_servicenow/**/*.py    the provider's code (and its *.toml data), beside it, so
        terraform_provider_servicenow/**/__pycache__/*.pyc   that the h1: hash in .terraform.lock.hcl
                                                             covers the code too
        terraform_provider_servicenow/installed_catalog.py   with `--catalog FILE`: its tables, compiled

The .pyc files are hash-checked and written here once: the launcher runs Python with -B, so running the
provider never writes into the mirror (that would change its hash). Idempotent: a file is rewritten only
when its content changes.
"""

from __future__ import annotations

import importlib.util
import os
import platform
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from terraform_provider_servicenow import (
    PROVIDER_FULL_NAME,
    PROVIDER_HOST,
    PROVIDER_NAMESPACE,
    PROVIDER_TYPE,
    PROVIDER_VERSION,
)

PACKAGE = "terraform_provider_servicenow"
PACKAGE_DIR = Path(__file__).resolve().parent
LAUNCHER_NAME = f"terraform-provider-{PROVIDER_TYPE}_v{PROVIDER_VERSION}"
_CHECKED_HASH_FLAGS = 0b11
#: What the mirror holds of the package: its modules and its data files (catalog files).
CODE_SUFFIXES = (".py", ".toml")
#: The generated tables of `install --catalog`, compiled (served.py; the name is served.INSTALLED_MODULE).
INSTALLED_CATALOG = Path("installed_catalog.py")
FORK_ENV = "SERVICENOW_PROVIDER_FORK_SERVER"  # forkserver.ENV_VAR (not imported: keep this module light)


def platform_dir() -> str:
    system = sys.platform
    os_name = "darwin" if system == "darwin" else ("windows" if system.startswith("win") else "linux")
    machine = platform.machine().lower()
    arch = {"x86_64": "amd64", "amd64": "amd64", "aarch64": "arm64", "arm64": "arm64"}.get(machine, machine)
    return f"{os_name}_{arch}"


def provider_dir(mirror: Path) -> Path:
    return mirror / PROVIDER_HOST / PROVIDER_NAMESPACE / PROVIDER_TYPE / PROVIDER_VERSION / platform_dir()


def launcher_text(python: str) -> str:
    return f'''#!{python} -BS
"""terraform-provider-{PROVIDER_TYPE} {PROVIDER_VERSION}: written by `python -m {PACKAGE} install`.

Runs the provider's code that sits beside this file (the lock file's hash covers it) with the project's
Python. -B: never write bytecode into the mirror. -S: the site packages are added below, once it is
clear that this process runs the provider itself: when {FORK_ENV} names a fork server
running this same copy, that server starts the provider from a warm process ({PACKAGE}/forkserver.py).
"""
import os
import sys

LAUNCHER = os.path.realpath(__file__)
sys.path.insert(0, os.path.dirname(LAUNCHER))

if os.environ.get("{FORK_ENV}") and len(sys.argv) == 1:
    from {PACKAGE}.forkserver import run_forked

    code = run_forked(os.environ["{FORK_ENV}"], LAUNCHER)
    if code is not None:
        sys.exit(code)

import site  # noqa: E402

site.main()
if len(sys.argv) == 3 and sys.argv[1] == "--fork-server":
    from {PACKAGE}.forkserver import serve_forks

    serve_forks(sys.argv[2], LAUNCHER)
    sys.exit(0)

from {PACKAGE}.provider import serve  # noqa: E402

serve()
'''


def terraformrc_text(mirror: Path) -> str:
    path = str(mirror).replace("\\", "/")
    return f"""# Written by `python -m {PACKAGE} install`: terraform finds the ServiceNow provider offline.
provider_installation {{
  filesystem_mirror {{
    path    = "{path}"
    include = ["{PROVIDER_FULL_NAME}"]
  }}
  direct {{
    exclude = ["{PROVIDER_FULL_NAME}"]
  }}
}}

disable_checkpoint = true
"""


@dataclass
class InstallResult:
    mirror: Path
    provider_dir: Path
    terraformrc: Path
    written: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    #: The generated tables the installed provider serves (`servicenow_<type name>`), in file order.
    generated: tuple[str, ...] = ()
    #: The generated tables left out: (type name, why).
    skipped: tuple[tuple[str, str], ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.written or self.removed)


def _write_if_changed(path: Path, content: bytes, result: InstallResult, mode: int | None = None) -> None:
    try:
        same = path.read_bytes() == content
    except OSError:
        same = False
    if not same:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_bytes(content)
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
        result.written.append(path)
    elif mode is not None and (path.stat().st_mode & 0o777) != mode:
        os.chmod(path, mode)
        result.written.append(path)


def _pyc_is_current(pyc: Path, source: bytes) -> bool:
    try:
        head = pyc.read_bytes()[:16]
    except OSError:
        return False
    return (
        len(head) == 16
        and head[:4] == importlib.util.MAGIC_NUMBER
        and int.from_bytes(head[4:8], "little") == _CHECKED_HASH_FLAGS
        and head[8:16] == importlib.util.source_hash(source)
    )


def _compile_pyc(source: bytes, path: Path) -> bytes:
    from importlib._bootstrap_external import _code_to_hash_pyc  # type: ignore[attr-defined]

    code = compile(source, str(path), "exec", dont_inherit=True)
    return bytes(_code_to_hash_pyc(code, importlib.util.source_hash(source), checked=True))


def _catalog_module(catalogs: Sequence[str | os.PathLike[str]], result: InstallResult) -> bytes | None:
    """The source of the installed catalog module for ``catalogs`` (None without catalogs). Raises
    `CatalogFileError` before anything is written when a file cannot be used."""
    if not catalogs:
        return None
    import hashlib

    from terraform_provider_servicenow import served

    kinds = served.read_catalog_files(catalogs)
    result.skipped = tuple((kind.type_name, why) for kind, why in served.skipped(kinds))
    kept = served.prepared(kinds)
    result.generated = tuple(kind.type_name for kind in kept)
    # Named by file name and content (not by path): the same files installed from elsewhere give the
    # same bytes, so the lock file's hash stays.
    sources = [
        f"{Path(path).name} (sha256 {hashlib.sha256(Path(path).read_bytes()).hexdigest()})"
        for path in catalogs
    ]
    return served.module_text(kept, sources).encode()


def install(
    mirror_dir: str | os.PathLike[str],
    python: str | None = None,
    catalogs: Sequence[str | os.PathLike[str]] = (),
) -> InstallResult:
    """Write (or bring up to date) the mirror and its CLI config. ``catalogs``: catalog files whose
    tables the installed provider serves besides its own (served.py); without them it serves its own
    only, and an earlier install's generated tables are removed."""
    mirror = Path(mirror_dir).resolve()
    target = provider_dir(mirror)
    result = InstallResult(mirror, target, mirror / "terraformrc")
    generated = _catalog_module(catalogs, result)

    _write_if_changed(
        target / LAUNCHER_NAME, launcher_text(python or sys.executable).encode(), result, mode=0o755
    )

    pkg_target = target / PACKAGE
    wanted: set[Path] = set()
    files = [
        (src.relative_to(PACKAGE_DIR), src.read_bytes())
        for src in sorted(PACKAGE_DIR.rglob("*"))
        if src.suffix in CODE_SUFFIXES
        and "__pycache__" not in src.parts
        and src.is_file()
        and src.relative_to(PACKAGE_DIR) != INSTALLED_CATALOG
    ]
    if generated is not None:
        files.append((INSTALLED_CATALOG, generated))
    for relative, source in files:
        dest = pkg_target / relative
        _write_if_changed(dest, source, result)
        wanted.add(dest)
        if relative.suffix == ".py":
            pyc = Path(importlib.util.cache_from_source(str(dest)))
            if not _pyc_is_current(pyc, source):
                _write_if_changed(pyc, _compile_pyc(source, dest), result)
            wanted.add(pyc)

    # Files (and then folders) of the package that no longer belong to it: a module moved or removed.
    if pkg_target.is_dir():
        for path in sorted(pkg_target.rglob("*"), key=lambda p: len(p.parts), reverse=True):
            if (path.is_file() or path.is_symlink()) and path not in wanted:
                path.unlink()
                result.removed.append(path)
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()
    # Nothing else may sit in the platform directory: it is all hashed.
    for path in target.iterdir():
        if path.name not in (LAUNCHER_NAME, PACKAGE):
            if path.is_file() or path.is_symlink():
                path.unlink()
                result.removed.append(path)

    _write_if_changed(result.terraformrc, terraformrc_text(mirror).encode(), result)
    return result
