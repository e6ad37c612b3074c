"""Benchmark of `generate` (catalog data from an instance's dictionary), every figure measured in one run.

For 1, 10 and 50 tables on an emulator (loopback):
1. Requests: what `generate` sends (batched reads) against what one read of each dictionary table per
   table of each chain would send (sys_db_object, sys_dictionary, sys_choice, sys_documentation: the
   naive reader, computed from the same hierarchy). Target: the count does not grow with the tables.
2. Time of the command as a user runs it (`python -m terraform_provider_servicenow generate`, process
   start to exit), against the floor of a Python process that imports the provider's client and sends
   one Table API request to the same emulator; and the time of the reads alone (in-process).

3. The provider serving the 50 generated tables (`install --catalog`): start-up to handshake against a
   bare `tf` provider (target <= 1.3x), and a no-op `terraform plan` of one record per generated table
   against the bare provider serving as many resources from memory (target <= 1.5x).

The 10 and 50 tables are custom tables (`u_gbench_NN`, each with a string, an integer, a boolean, a
choice, a reference, a date-time and a password2 column) created through the Table API (`sys_db_object`,
`sys_dictionary`, `sys_choice` inserts) when the emulator makes a table of an inserted `sys_db_object`
record; on an emulator that does not, the emulator's own tables stand in (as many as it has: the line
says how many).

    python bench/generator_bench.py [--repeat N]     (median of N runs per figure; default 5)
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from servicenow_emulator.testing import Emulator, run_emulator  # noqa: E402
from terraform_provider_servicenow.client import TableClient  # noqa: E402
from terraform_provider_servicenow.generate import Reader, generate  # noqa: E402
from terraform_provider_servicenow.settings import Settings  # noqa: E402

SIZES = (1, 10, 50)
COLUMNS = (
    ("u_name", "string", {"max_length": "100", "mandatory": "true"}),
    ("u_count", "integer", {}),
    ("u_flag", "boolean", {}),
    ("u_state", "choice", {}),
    ("u_owner", "reference", {"reference": "sys_user"}),
    ("u_due", "glide_date_time", {}),
    ("u_secret", "password2", {}),
)

FLOOR = """
import sys, time
from terraform_provider_servicenow.client import TableClient
from terraform_provider_servicenow.settings import resolve
client = TableClient(resolve({}))
client.query("sys_db_object", "name=sys_user", limit=1, fields="name")
"""


def create_tables(emulator: Emulator, count: int) -> list[str]:
    """Custom tables made through the Table API; [] when the emulator does not make tables."""
    session = requests.Session()
    session.auth = emulator.auth
    session.headers.update({"Accept": "application/json", "Content-Type": "application/json"})
    api = f"{emulator.url}/api/now/table"
    names: list[str] = []
    for index in range(1, count + 1):
        table = f"u_gbench_{index:02d}"
        made = session.post(f"{api}/sys_db_object", json={"name": table, "label": f"Bench {index}"})
        if made.status_code != 201:
            return []
        for element, internal_type, extra in COLUMNS:
            body = {
                "name": table,
                "element": element,
                "internal_type": internal_type,
                "column_label": element,
            }
            body.update(extra)
            if session.post(f"{api}/sys_dictionary", json=body).status_code != 201:
                return []
        for value in ("new", "open", "closed"):
            choice = {"name": table, "element": "u_state", "value": value, "label": value.title()}
            if session.post(f"{api}/sys_choice", json=choice).status_code != 201:
                return []
        names.append(table)
    return names


def emulator_tables(client: TableClient) -> list[str]:
    rows, _total = client.query("sys_db_object", "nameISNOTEMPTY^ORDERBYname", limit=1000, fields="name")
    return sorted(str(r["name"]) for r in rows if r.get("name"))


def naive_requests(client: TableClient, tables: list[str]) -> int:
    """Requests of a reader that reads each dictionary table once per table of each chain."""
    found, generated = Reader(client).read(tables)
    chains = {t for g in generated for t in (g, *found.parents(g))}
    # sys_db_object once per generated table and per parent, the three others once per chain table.
    return len(generated) + sum(len(found.parents(g)) for g in generated) + 3 * len(chains)


def median_time(command: list[str], env: dict[str, str], repeat: int) -> tuple[float, str]:
    times: list[float] = []
    out = ""
    for _ in range(repeat):
        start = time.perf_counter()
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
        times.append(time.perf_counter() - start)
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(command[:4])} failed: {done.stderr}")
        out = done.stdout
    return statistics.median(times), out


# --------------------------------------------------------------------------------------------------
# The provider serving the generated tables (install --catalog)
# --------------------------------------------------------------------------------------------------


def _provider_bench():  # type: ignore[no-untyped-def]
    """bench/provider_bench.py: its bare `tf` provider, handshake timer and terraform runner."""
    sys.path.insert(0, str(ROOT / "bench"))
    import provider_bench

    return provider_bench


def provider_figures(emulator: Emulator, catalog: Path, tables: list[str], base: Path, repeat: int) -> None:
    """Start-up to handshake and a no-op plan of one record per generated table, against the bare floor."""
    from terraform_provider_servicenow.install import LAUNCHER_NAME, install, platform_dir

    pb = _provider_bench()
    mirror = base / "mirror"
    install(mirror, catalogs=[catalog])
    bare_dir = mirror / "registry.terraform.io/bench/bare/0.1.0" / platform_dir()
    bare_dir.mkdir(parents=True, exist_ok=True)
    bare = bare_dir / "terraform-provider-bare_v0.1.0"
    bare.write_text(
        pb.BARE_PROVIDER.replace("{python}", sys.executable).replace("{address}", pb.BARE_ADDRESS)
    )
    bare.chmod(0o755)
    rc = base / "terraformrc"
    rc.write_text(
        f'provider_installation {{\n  filesystem_mirror {{\n    path    = "{mirror}"\n'
        f'    include = ["{pb.OURS_ADDRESS}", "{pb.BARE_ADDRESS}"]\n  }}\n'
        f'  direct {{\n    exclude = ["{pb.OURS_ADDRESS}", "{pb.BARE_ADDRESS}"]\n  }}\n}}\n'
        "disable_checkpoint = true\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TF_", "SERVICENOW_"))}
    env.update(CHECKPOINT_DISABLE="1", TF_IN_AUTOMATION="1", TF_CLI_CONFIG_FILE=str(rc))
    ours = mirror / "registry.terraform.io/servicenow-spoke/servicenow/0.1.0" / platform_dir() / LAUNCHER_NAME
    plugin_env = dict(env, **pb.MAGIC_COOKIE)
    pb.handshake_time(ours, plugin_env)  # warm the OS cache and tf's TLS key cache
    pb.handshake_time(bare, plugin_env)
    reps = max(repeat, 7)
    ours_start = statistics.median(pb.handshake_time(ours, plugin_env) for _ in range(reps))
    bare_start = statistics.median(pb.handshake_time(bare, plugin_env) for _ in range(reps))
    print(
        f"provider start-up to handshake, {len(tables)} generated tables served: {ours_start * 1000:.0f} ms; "
        f"bare tf provider {bare_start * 1000:.0f} ms: {ours_start / bare_start:.2f}x (target <= 1.3x)"
    )

    required = (
        'terraform {\n  required_providers {\n    servicenow = { source = "servicenow-spoke/servicenow", '
        'version = "0.1.0" }\n  }\n}\nprovider "servicenow" {}\n'
    )
    ours_hcl = required + "".join(
        f'resource "servicenow_{t}" "r{i}" {{\n  u_name = "bench-{i}"\n}}\n' for i, t in enumerate(tables)
    )
    bare_hcl = (
        pb.BARE_REQUIRED
        + 'provider "bare" {}\n'
        + "".join(f'resource "bare_item" "r{i}" {{\n  name = "item-{i}"\n}}\n' for i in range(len(tables)))
    )
    ours_env = dict(
        env,
        SERVICENOW_INSTANCE_URL=emulator.url,
        SERVICENOW_USERNAME="admin",
        SERVICENOW_PASSWORD=emulator.admin_password,
    )
    plans = {}
    for name, hcl, run_env in (("ours", ours_hcl, ours_env), ("bare", bare_hcl, env)):
        tf = pb.Terraform(base / name, run_env)
        (base / name / "main.tf").write_text(hcl)
        tf("init", "-input=false", "-no-color")
        tf("apply", "-auto-approve", "-input=false", "-no-color")
        tf.noop_plan()  # warm
        plans[name] = statistics.median(pb.median_time(tf.noop_plan, 1) for _ in range(repeat))
    print(
        f"no-op plan of {len(tables)} records, one per generated table: {plans['ours']:.2f} s; bare tf "
        f"provider, {len(tables)} resources from memory: {plans['bare']:.2f} s: "
        f"{plans['ours'] / plans['bare']:.2f}x (target <= 1.5x)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    print(f"load average at start: {os.getloadavg()[0]:.2f} (2 cores: figures are noisy above ~2)")
    with run_emulator("bench", seed="spoke") as emulator, tempfile.TemporaryDirectory() as tmp:
        env = {k: v for k, v in os.environ.items() if not k.startswith("SERVICENOW_")}
        env.update(
            SERVICENOW_INSTANCE_URL=emulator.url,
            SERVICENOW_USERNAME="admin",
            SERVICENOW_PASSWORD=emulator.admin_password,
        )
        settings = Settings(
            instance_url=emulator.url, auth_method="basic", username="admin", password=emulator.admin_password
        )
        custom = create_tables(emulator, max(SIZES))
        if custom:
            print(
                f"tables: {len(custom)} custom tables made through the Table API, {len(COLUMNS)} columns each"
            )
            pool = custom
        else:
            pool = emulator_tables(TableClient(settings))
            print(
                "tables: this emulator makes no table of an inserted sys_db_object record; its own "
                f"{len(pool)} tables stand in"
            )
        floor, _ = median_time([sys.executable, "-c", FLOOR], env, args.repeat)
        print(f"floor: python + the provider's client + one Table API request: {floor * 1000:.0f} ms")
        for size in SIZES:
            tables = pool[:size]
            client = TableClient(settings)
            with contextlib.redirect_stderr(io.StringIO()):  # the client's request log (TF_LOG lines)
                start = time.perf_counter()
                kinds = generate(client, tables)
                reads = time.perf_counter() - start
                naive = naive_requests(TableClient(settings), tables)
            sent = client.request_count
            out = Path(tmp) / f"catalog-{size}.toml"
            command = [sys.executable, "-m", "terraform_provider_servicenow", "generate", "--out", str(out)]
            for table in tables:
                command += ["--table", table]
            wall, stdout = median_time(command, env, args.repeat)
            match = re.search(r"from (\d+) request", stdout)
            columns = sum(len(k.columns) for k in kinds)
            print(
                f"{len(tables):3d} table(s) ({columns:4d} columns): {sent} requests (naive reader: {naive}, "
                f"{sent / naive:.2f}x); command {wall * 1000:.0f} ms = {wall / floor:.2f}x the floor; reads "
                f"in-process {reads * 1000:.0f} ms; file {out.stat().st_size:,} bytes"
                + ("" if match and int(match.group(1)) == sent else f" (command said {stdout.strip()!r})")
            )
        if custom:
            size = max(SIZES)
            provider_figures(
                emulator, Path(tmp) / f"catalog-{size}.toml", pool[:size], Path(tmp), args.repeat
            )
        else:
            print("provider start-up and no-op plan: not measured (needs the custom tables)")
    print(f"load average at end: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
