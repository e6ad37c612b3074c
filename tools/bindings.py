"""Regenerate the typed bindings of the provider from its schema, offline, for the chosen toolchain.

    python -m tools.bindings            # schema from `terraform providers schema -json` via the mirror
    python -m tools.bindings --check    # exit 1 when the checked-in bindings no longer match the provider
    python -m tools.bindings --schema FILE   # generate from a saved `providers schema -json` document

The toolchain is SPOKE_TOOLCHAIN's (servicenow_spoke.toolchain): cdktf's bindings go to
providers/servicenow, cdktn's to providers_cdktn/servicenow (each `get` writes code importing its own
package, so both are checked in). The schema is stored beside them as <folder>/servicenow.schema.json
(sorted, pretty): it is what those bindings were generated from, and what the staleness test compares
with the provider's current schema. The toolchain's `get` is fed that exact document through its schema
cache (CDKTF_EXPERIMENTAL_PROVIDER_SCHEMA_CACHE_PATH, read by both), so it never runs terraform or goes
online.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from servicenow_spoke.toolchain import TOOLCHAINS, Toolchain, selected
from spoke_app.terraform import terraform_version
from spoke_app.workspace import (
    DEFAULT_TERRAFORMRC,
    OFFLINE_ENV,
    PROVIDER_SOURCE,
    PROVIDER_VERSION,
    node_bin,
)

ROOT = Path(__file__).resolve().parent.parent
PROVIDER_NAME = "servicenow"
PROVIDER_ADDRESS = f"registry.terraform.io/{PROVIDER_SOURCE}"


class BindingsError(RuntimeError):
    pass


def terraformrc() -> Path:
    return Path(os.environ.get("SERVICENOW_SPOKE_TERRAFORMRC") or DEFAULT_TERRAFORMRC)


def providers_dir(toolchain: Toolchain) -> Path:
    return ROOT / toolchain.bindings_dir


def schema_file(toolchain: Toolchain) -> Path:
    return providers_dir(toolchain) / f"{PROVIDER_NAME}.schema.json"


def _env(work: Path, rc: Path | None, toolchain: Toolchain | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.update(OFFLINE_ENV)
    env["HOME"] = str(work / "home")
    env["TMPDIR"] = str(work / "tmp")
    (work / "home").mkdir(exist_ok=True)
    (work / "tmp").mkdir(exist_ok=True)
    if rc is not None:
        env["TF_CLI_CONFIG_FILE"] = str(rc)
    env["PATH"] = os.pathsep.join(
        [str(node_bin(toolchain or selected(), ROOT)), str(Path(sys.executable).parent), env.get("PATH", "")]
    )
    return env


def provider_schema(rc: Path | None = None) -> dict[str, Any]:
    """`terraform providers schema -json` of the installed provider, reduced to this provider."""
    rc = rc or terraformrc()
    if not rc.is_file():
        raise BindingsError(
            f"{rc} does not exist: the provider is not installed. "
            "Fix: run `python -m terraform_provider_servicenow install --dir .build/terraform` "
            "(or `make setup`)"
        )
    with tempfile.TemporaryDirectory(prefix="bindings-") as tmp:
        work = Path(tmp)
        main = {
            "terraform": {
                "required_providers": {
                    PROVIDER_NAME: {"source": PROVIDER_SOURCE, "version": PROVIDER_VERSION}
                }
            }
        }
        (work / "main.tf.json").write_text(json.dumps(main))
        env = _env(work, rc)
        for args in (["init", "-input=false", "-no-color"], ["providers", "schema", "-json"]):
            proc = subprocess.run(
                ["terraform", *args],
                cwd=work,
                env=env,
                capture_output=True,
                text=True,
                timeout=120,
                check=False,
            )
            if proc.returncode != 0:
                raise BindingsError(f"terraform {' '.join(args)} failed:\n{proc.stderr.strip()}")
        return normalize(json.loads(proc.stdout))


def normalize(schema: dict[str, Any]) -> dict[str, Any]:
    """Only this provider's schema, the part the bindings are generated from."""
    providers = schema.get("provider_schemas", {})
    if PROVIDER_ADDRESS not in providers:
        raise BindingsError(f"the schema has no provider {PROVIDER_ADDRESS} (it has: {', '.join(providers)})")
    return {
        "format_version": schema.get("format_version", "1.0"),
        "provider_schemas": {PROVIDER_ADDRESS: providers[PROVIDER_ADDRESS]},
    }


# Attribute names that clash with the meta-arguments of cdktf's generated classes: jsii cannot compile a
# binding that has them. A computed-only one is left out of the bindings (reachable through
# `.get_string_attribute(name)` etc.); a settable one is an error to fix in the provider.
CDKTF_RESERVED = ("count", "for_each", "depends_on", "provider", "lifecycle", "provisioners", "connection")


def jsii_safe(schema: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """A copy of ``schema`` without computed-only attributes named like cdktf meta-arguments."""
    schema = json.loads(json.dumps(schema))
    dropped: list[str] = []
    provider = schema["provider_schemas"][PROVIDER_ADDRESS]
    for section in ("resource_schemas", "data_source_schemas"):
        for type_name, block in provider.get(section, {}).items():
            attributes = block["block"].get("attributes", {})
            for name in CDKTF_RESERVED:
                attribute = attributes.get(name)
                if attribute is None:
                    continue
                if attribute.get("required") or attribute.get("optional"):
                    raise BindingsError(
                        f"{type_name}.{name} clashes with cdktf's meta-argument '{name}'. "
                        "Fix: rename the attribute in the provider"
                    )
                del attributes[name]
                dropped.append(f"{type_name}.{name}")
    return schema, dropped


def dumps(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=1, sort_keys=True) + "\n"


def stored_schema(toolchain: Toolchain | None = None) -> dict[str, Any]:
    return json.loads(schema_file(toolchain or selected()).read_text(encoding="utf-8"))


def _cache_keys(env: dict[str, str]) -> list[str]:
    """The schema cache's file names: cdktf's is <provider name>@<version constraint>; cdktn appends
    @<terraform CLI>-<major>.<minor> (of the terraform on PATH), or @unknown-cli when it cannot tell."""
    keys = [f"{PROVIDER_NAME}@{PROVIDER_VERSION}", f"{PROVIDER_NAME}@{PROVIDER_VERSION}@unknown-cli"]
    found = shutil.which("terraform", path=env["PATH"])
    version = terraform_version(found) if found else None
    if version is not None:
        keys.append(f"{PROVIDER_NAME}@{PROVIDER_VERSION}@terraform-{version[0]}.{version[1]}")
    return keys


def generate(schema: dict[str, Any], toolchain: Toolchain | None = None) -> float:
    """Run the toolchain's `get` on ``schema`` (no terraform); write its bindings and schema file. Seconds."""
    toolchain = toolchain or selected()
    cli = node_bin(toolchain, ROOT) / toolchain.cli
    if not cli.is_file():
        raise BindingsError(
            f"{cli} is missing. Fix: `SPOKE_TOOLCHAIN={toolchain.name} make setup` installs the "
            f"{toolchain.npm_package} it pins"
        )
    schema = normalize(schema)
    safe, dropped = jsii_safe(schema)
    for name in dropped:
        print(f"note: {name} is computed and named like a cdktf meta-argument: left out of the bindings")
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="bindings-") as tmp:
        work = Path(tmp)
        cache = work / "schema-cache"
        cache.mkdir()
        cached = dict(safe, provider_versions={PROVIDER_ADDRESS: PROVIDER_VERSION})
        env = _env(work, work / "no-terraform-needed.rc", toolchain)
        for key in _cache_keys(env):
            (cache / f"{key}.json").write_text(json.dumps(cached))
        env["CDKTF_EXPERIMENTAL_PROVIDER_SCHEMA_CACHE_PATH"] = str(cache)
        # Generate in a scratch project (same cdktf.json, output inside it), then swap the result in:
        # a failed run leaves the checked-in bindings as they were.
        project = work / "project"
        project.mkdir()
        settings = json.loads((ROOT / "cdktf.json").read_text())
        settings["codeMakerOutput"] = "providers"
        (project / "cdktf.json").write_text(json.dumps(settings))
        proc = subprocess.run(
            [str(cli), "get", "--force"],
            cwd=project,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        generated = project / "providers"
        if proc.returncode != 0 or not (generated / PROVIDER_NAME / "__init__.py").is_file():
            raise BindingsError(
                f"{toolchain.cli} get failed ({proc.returncode}):\n"
                f"{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
            )
        target = providers_dir(toolchain)
        target.mkdir(exist_ok=True)
        if not (target / "__init__.py").is_file():
            (target / "__init__.py").write_text(
                f'"""{toolchain.name} bindings generated by `{toolchain.cli} get` (`make bindings`), '
                f'imported as `{toolchain.bindings}`."""\n'
            )
        if (target / PROVIDER_NAME).exists():
            shutil.rmtree(target / PROVIDER_NAME)
        shutil.copytree(generated / PROVIDER_NAME, target / PROVIDER_NAME)
        for extra in ("versions.json", "constraints.json"):
            if (generated / extra).is_file():
                shutil.copy(generated / extra, target / extra)
    schema_file(toolchain).write_text(dumps(schema), encoding="utf-8")
    return time.monotonic() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.bindings", description=__doc__.split("\n\n")[0])
    parser.add_argument("--schema", type=Path, help="a saved `terraform providers schema -json` document")
    parser.add_argument(
        "--check", action="store_true", help="only compare the stored schemas with the provider's"
    )
    parser.add_argument(
        "--toolchain",
        choices=sorted(TOOLCHAINS),
        help="generate this toolchain's bindings (default: SPOKE_TOOLCHAIN's; --check checks all)",
    )
    args = parser.parse_args(argv)
    try:
        schema = normalize(json.loads(args.schema.read_text())) if args.schema else provider_schema()
        if args.check:
            checked = [TOOLCHAINS[args.toolchain]] if args.toolchain else list(TOOLCHAINS.values())
            stale = [
                t.bindings_dir
                for t in checked
                if not schema_file(t).is_file() or dumps(stored_schema(t)) != dumps(schema)
            ]
            for toolchain in checked:
                if toolchain.bindings_dir not in stale:
                    print(f"{toolchain.bindings_dir}/servicenow matches the provider's schema")
            for folder in stale:
                name = next(t.name for t in checked if t.bindings_dir == folder)
                print(
                    f"{folder}/servicenow does not match the provider's schema. "
                    f"Fix: run `SPOKE_TOOLCHAIN={name} make bindings`",
                    file=sys.stderr,
                )
            return 1 if stale else 0
        toolchain = TOOLCHAINS[args.toolchain] if args.toolchain else selected()
        seconds = generate(schema, toolchain)
    except BindingsError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(
        f"{toolchain.bindings_dir}/servicenow regenerated with {toolchain.cli} get "
        f"from the provider's schema in {seconds:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
