"""Benchmark of the ServiceNow provider, all figures and ratios measured in one run (offline, loopback).

The stack measured is the spoke as the constructs synthesize it (``RemoteInstanceSpoke`` through the app's
config, authorization-code path): its resources, its data sources (the profile, the two aliases and the
two plan-time checks that no other connection is active under an alias) and its ephemeral client secret.

1. Provider start-up to handshake (process start until the go-plugin handshake line) against a bare
   `tf` provider (one resource type, one data source type, nothing imported beyond `tf`).
   Target: at most 1.3x.
2. `terraform plan` with no changes over the spoke against an emulator pair, against the bare `tf`
   provider serving the same number of resources and data sources from memory (the framework's floor;
   target at most 1.5x), and against as many built-in `terraform_data`.
3. HTTP requests per apply and per no-op plan, from the emulators' request logs, split into record
   writes, record reads, lookups (queries by name) and dictionary reads (sys_dictionary/sys_db_object:
   the column checks, one per table per provider process). Targets: one read per record or lookup in a
   no-op plan plus the dictionary reads, and no write at all; a create is one POST, plus one PATCH per
   record whose password2 column is written (a request of its own with sysparm_input_display_value).

    python bench/provider_bench.py [--repeat N]     (median of N runs per figure; default 5)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from spoke_app.workspace import OFFLINE_ENV  # noqa: E402

os.environ.update(OFFLINE_ENV)  # before the constructs start jsii: no banners, nothing fetched
from servicenow_emulator.testing import run_emulator  # noqa: E402
from spoke_app.app import SpokeApp  # noqa: E402
from spoke_app.config import build_app, load_config, render_config  # noqa: E402
from terraform_provider_servicenow.install import LAUNCHER_NAME, install, platform_dir  # noqa: E402

BARE_ADDRESS = "registry.terraform.io/bench/bare"
OURS_ADDRESS = "registry.terraform.io/servicenow-spoke/servicenow"
MAGIC_COOKIE = {
    "TF_PLUGIN_MAGIC_COOKIE": "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2",
    "PLUGIN_PROTOCOL_VERSIONS": "6",
}
STACK = "spoke"
#: TF_VAR_<name> of the spoke's (ephemeral) password variables
SECRETS = {
    "remote_admin_password": "admin",
    "local_admin_password": "admin",
    "local_integration_password": "integration-password",
}
WRITES = ("POST", "PATCH", "PUT", "DELETE")
DICTIONARY = ("/api/now/table/sys_dictionary", "/api/now/table/sys_db_object")

BARE_PROVIDER = '''#!{python} -B
"""A bare `tf` provider: resources and data sources served from memory (the framework's floor)."""
from tf import types
from tf.iface import DataSource, Provider, Resource
from tf.schema import Attribute, Schema


class Item(Resource):
    def __init__(self, provider):
        self.provider = provider

    @classmethod
    def get_name(cls):
        return "item"

    @classmethod
    def get_schema(cls):
        return Schema(version=0, attributes=[
            Attribute("name", types.String(), required=True),
            Attribute("value", types.String(), optional=True),
            Attribute("id", types.String(), computed=True),
        ])

    def create(self, ctx, planned):
        return dict(planned, id=planned["name"])

    def read(self, ctx, current):
        return current

    def update(self, ctx, current, planned):
        return dict(planned, id=current["id"])

    def delete(self, ctx, current):
        return None


class Lookup(DataSource):
    def __init__(self, provider):
        self.provider = provider

    @classmethod
    def get_name(cls):
        return "lookup"

    @classmethod
    def get_schema(cls):
        return Schema(version=0, attributes=[
            Attribute("name", types.String(), required=True),
            Attribute("value", types.String(), computed=True),
        ])

    def read(self, ctx, config):
        return dict(name=config["name"], value=config["name"].upper())


class Bare(Provider):
    def get_model_prefix(self):
        return "bare_"

    def full_name(self):
        return "{address}"

    def get_provider_schema(self, diags):
        return Schema(version=0, attributes=[])

    def validate_config(self, diags, config):
        pass

    def configure_provider(self, diags, config):
        pass

    def get_resources(self):
        return [Item]

    def get_data_sources(self):
        return [Lookup]


if __name__ == "__main__":
    from tf.runner import run_provider

    run_provider(Bare())
'''

BARE_REQUIRED = """terraform {
  required_providers {
    bare = { source = "bench/bare", version = "0.1.0" }
  }
}
"""


def synth_spoke(base: Path, remote: str, local: str) -> Path:
    """The spoke between the two URLs, synthesized by the constructs; returns the stack's directory."""
    base.mkdir(parents=True, exist_ok=True)
    config = base / "spoke.toml"
    config.write_text(
        render_config(
            stack=STACK,
            remote_url=remote,
            local_url=local,
            local_user_name="integration.user",
            state_dir=str(base / "state"),
        )
    )
    app = SpokeApp(check_environment=False, outdir=str(base / "cdktf.out"))
    build_app(app, load_config(config))
    app.synth()
    return base / "cdktf.out" / "stacks" / STACK


def shape(doc: dict) -> tuple[int, int]:
    """(managed resources, data sources) of a synthesized stack."""
    resources = sum(len(v) for v in doc.get("resource", {}).values())
    data = sum(len(v) for v in doc.get("data", {}).values())
    return resources, data


def bare_hcl(n_resources: int, n_data: int) -> str:
    """The spoke's shape: two provider configurations (remote: 2 resources; local: the rest and the
    lookups)."""
    parts = [
        BARE_REQUIRED,
        'provider "bare" {\n  alias = "remote"\n}\nprovider "bare" {\n  alias = "local"\n}\n',
    ]
    for i in range(n_data):
        parts.append(
            f'data "bare_lookup" "d{i}" {{\n  provider = bare.local\n  name     = "lookup-{i}"\n}}\n'
        )
    for i in range(n_resources):
        alias = "remote" if i < 2 else "local"
        parts.append(
            f'resource "bare_item" "r{i}" {{\n  provider = bare.{alias}\n  name     = "item-{i}"\n'
            f"  value    = data.bare_lookup.d{i % n_data}.value\n}}\n"
        )
    return "".join(parts)


def data_hcl(n: int) -> str:
    return "".join(f'resource "terraform_data" "r{i}" {{\n  input = "item-{i}"\n}}\n' for i in range(n))


def setup_mirror(base: Path) -> Path:
    mirror = base / "mirror"
    install(mirror)
    bare_dir = mirror / "registry.terraform.io/bench/bare/0.1.0" / platform_dir()
    bare_dir.mkdir(parents=True, exist_ok=True)
    launcher = bare_dir / "terraform-provider-bare_v0.1.0"
    launcher.write_text(BARE_PROVIDER.replace("{python}", sys.executable).replace("{address}", BARE_ADDRESS))
    launcher.chmod(0o755)
    rc = base / "terraformrc"
    rc.write_text(
        f"""provider_installation {{
  filesystem_mirror {{
    path    = "{mirror}"
    include = ["{OURS_ADDRESS}", "{BARE_ADDRESS}"]
  }}
  direct {{
    exclude = ["{OURS_ADDRESS}", "{BARE_ADDRESS}"]
  }}
}}
disable_checkpoint = true
"""
    )
    return mirror


def median_time(fn: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def handshake_time(launcher: Path, env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(
        [str(launcher)], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.terminate()
    proc.wait(10)
    proc.stdout.close()
    if not line.startswith("1|6|"):
        raise RuntimeError(f"{launcher.name} did not hand shake: {line!r}")
    return elapsed


class Terraform:
    def __init__(self, workdir: Path, env: dict[str, str]):
        self.workdir = workdir
        self.env = env
        workdir.mkdir(parents=True, exist_ok=True)

    def __call__(self, *args: str) -> subprocess.CompletedProcess[str]:
        proc = subprocess.run(
            ["terraform", *args], cwd=self.workdir, env=self.env, capture_output=True, text=True, timeout=300
        )
        if proc.returncode not in (0, 2):
            raise RuntimeError(f"terraform {' '.join(args)} failed:\n{proc.stdout}\n{proc.stderr}")
        return proc

    def noop_plan(self) -> None:
        proc = self("plan", "-input=false", "-no-color", "-detailed-exitcode")
        if proc.returncode != 0:
            raise RuntimeError(f"the plan is not a no-op:\n{proc.stdout}")


def count(entries: list[dict]) -> Counter[str]:
    return Counter(e["method"] for e in entries)


def kinds(entries: list[dict]) -> Counter[str]:
    """Requests by kind: each write method, record reads (GET by sys_id), lookups (GET with a query) and
    dictionary reads (the provider's column checks)."""
    found: Counter[str] = Counter()
    for e in entries:
        path = e["path"]
        if e["method"] != "GET":
            found[e["method"]] += 1
        elif path.startswith(DICTIONARY):
            found["dictionary"] += 1
        elif path.rstrip("/").count("/") >= 5:  # /api/now/table/<table>/<sys_id>
            found["read"] += 1
        else:
            found["lookup"] += 1
    return found


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if not shutil.which("terraform"):
        print("terraform is not on PATH (make setup installs it)", file=sys.stderr)
        return 1

    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="provider-bench-") as tmp:
        base = Path(tmp)
        mirror = setup_mirror(base)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TF_", "SERVICENOW_"))}
        env.update(CHECKPOINT_DISABLE="1", TF_IN_AUTOMATION="1", TF_CLI_CONFIG_FILE=str(base / "terraformrc"))

        # 1. start-up to handshake
        plugin_env = dict(env, **MAGIC_COOKIE)
        ours = (
            mirror
            / "registry.terraform.io/servicenow-spoke/servicenow/0.1.0"
            / platform_dir()
            / LAUNCHER_NAME
        )
        bare = (
            mirror
            / "registry.terraform.io/bench/bare/0.1.0"
            / platform_dir()
            / "terraform-provider-bare_v0.1.0"
        )
        handshake_time(ours, plugin_env)  # warm the OS cache and tf's TLS key cache
        handshake_time(bare, plugin_env)
        reps = max(args.repeat, 7)
        pairs = [(handshake_time(ours, plugin_env), handshake_time(bare, plugin_env)) for _ in range(reps)]
        t_ours = statistics.median(p[0] for p in pairs)
        t_bare = statistics.median(p[1] for p in pairs)

        # 2. no-op plans: the spoke first (its shape sets the floor's)
        with run_emulator("remote", seed="spoke") as remote, run_emulator("local", seed="spoke") as local:
            stack_dir = synth_spoke(base / "app", remote.url, local.url)
            doc = json.loads((stack_dir / "cdk.tf.json").read_text())
            n_resources, n_data = shape(doc)
            tf_bare = Terraform(base / "bare", env)
            (tf_bare.workdir / "main.tf").write_text(bare_hcl(n_resources, n_data))
            tf_bare("init", "-input=false")
            tf_bare("apply", "-auto-approve", "-input=false")
            tf_data = Terraform(base / "data", env)
            (tf_data.workdir / "main.tf").write_text(data_hcl(n_resources + n_data))
            tf_data("init", "-input=false")
            tf_data("apply", "-auto-approve", "-input=false")

            spoke_env = dict(env, **{f"TF_VAR_{k}": v for k, v in SECRETS.items()})
            tf_ours = Terraform(stack_dir, spoke_env)
            tf_ours("init", "-input=false")
            for emu in (remote, local):
                emu.clear_requests()
            tf_ours("apply", "-auto-approve", "-input=false")
            apply_log = remote.requests() + local.requests()

            for emu in (remote, local):
                emu.clear_requests()
            tf_ours.noop_plan()
            plan_log = remote.requests() + local.requests()

            # Interleaved, so that the load of a shared machine weighs on each the same.
            samples: dict[str, list[float]] = {"ours": [], "bare": [], "data": []}
            for _ in range(args.repeat):
                for key, tf in (("ours", tf_ours), ("bare", tf_bare), ("data", tf_data)):
                    samples[key].append(median_time(tf.noop_plan, 1))
            p_ours, p_bare, p_data = (statistics.median(samples[k]) for k in ("ours", "bare", "data"))

            # Update one record: the remote connection's URL.
            connections = doc["resource"]["servicenow_http_connection"]
            remote_connection = next(k for k in connections if k.startswith("Spoke_RemoteConnection"))
            connections[remote_connection]["connection_url"] = "https://remote-2.example/"
            (stack_dir / "cdk.tf.json").write_text(json.dumps(doc, indent=2))
            for emu in (remote, local):
                emu.clear_requests()
            tf_ours("apply", "-auto-approve", "-input=false")
            update_log = remote.requests() + local.requests()

            for emu in (remote, local):
                emu.clear_requests()
            tf_ours("destroy", "-auto-approve", "-input=false")
            destroy_log = remote.requests() + local.requests()

    print("ServiceNow provider benchmark (medians; terraform", _tf_version(), ")")
    print(f"load average (1 min) {load_before:.1f} at the start, {os.getloadavg()[0]:.1f} at the end")
    print()
    print(
        f"1. start-up to handshake: provider {t_ours * 1000:.0f} ms, bare tf provider {t_bare * 1000:.0f} ms"
    )
    print(f"   ratio {t_ours / t_bare:.2f}x (target <= 1.3x)")
    print()
    print(f"2. terraform plan, no changes, the spoke: {n_resources} resources + {n_data} data sources:")
    print("   (both with two provider configurations, remote and local, as the spoke has)")
    print(f"   provider + emulator pair {p_ours:.2f} s, bare tf provider {p_bare:.2f} s, ", end="")
    print(f"terraform_data {p_data:.2f} s")
    print(f"   ratio vs bare tf provider {p_ours / p_bare:.2f}x (target <= 1.5x); ", end="")
    print(f"vs terraform_data {p_ours / p_data:.2f}x")
    print()
    for title, log in (
        ("apply (create)", apply_log),
        ("no-op plan", plan_log),
        ("apply (update one record)", update_log),
        ("destroy", destroy_log),
    ):
        k = kinds(log)
        writes = sum(v for m, v in k.items() if m in WRITES)
        detail = ", ".join(f"{m} {v}" for m, v in sorted(k.items()))
        print(f"3. {title}: {len(log)} requests ({detail}); writes {writes}")
    k_plan = kinds(plan_log)
    reads = k_plan["read"] + k_plan["lookup"]
    plan_writes = sum(v for m, v in k_plan.items() if m in WRITES)
    print(
        f"   no-op plan: {reads / (n_resources + n_data):.2f} reads per record or data source "
        f"({n_resources} + {n_data}), + {k_plan['dictionary']} dictionary reads, {plan_writes} writes "
        "(targets 1, one per table checked, 0)"
    )
    k_apply = kinds(apply_log)
    print(
        f"   create: {k_apply['POST']} POST for the records created, {k_apply['PATCH']} PATCH "
        "(password2 columns in a request of their own, the adopted registry and its client id/secret), "
        f"{len(apply_log) / n_resources:.2f} requests per resource incl. lookups and dictionary reads"
    )
    return 0


def _tf_version() -> str:
    out = subprocess.run(["terraform", "version"], capture_output=True, text=True).stdout
    return out.split("\n", 1)[0].replace("Terraform ", "")


if __name__ == "__main__":
    sys.exit(main())
