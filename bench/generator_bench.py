"""Benchmark of `generate` (catalog data from an instance's dictionary), every figure measured in one run.

For 1, 10 and 50 tables on an emulator (loopback):
1. Requests: what `generate` sends (batched reads) against what one read of each dictionary table per
   table of each chain would send (sys_db_object, sys_dictionary, sys_choice, sys_documentation: the
   naive reader, computed from the same hierarchy). Target: the count does not grow with the tables.
2. Time of the command as a user runs it (`python -m terraform_provider_servicenow generate`, process
   start to exit), against the floor of a Python process that imports the provider's client and sends
   one Table API request to the same emulator; and the time of the reads alone (in-process).

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
    print(
        "provider start-up and no-op plan with 50 generated tables: measured once the provider serves a "
        "catalog file (not yet in this version)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
