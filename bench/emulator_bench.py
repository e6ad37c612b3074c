"""Benchmark of the ServiceNow emulator (a script, not a test).

Starts ``python -m servicenow_emulator`` as its own process (in memory unless --data is given), then
measures with keep-alive HTTP clients (one thread per client):
  * POST req/s with 1 and 8 concurrent clients (these POSTs also fill the table),
  * the emulator's resident memory once the table holds --records records (default 10,000),
  * GET-by-sys_id req/s with 1 and 8 concurrent clients.
The 500 GET/s target is per core: the emulator is pinned to one CPU and the clients to another when
this process may use two or more (``--no-pin`` leaves scheduling to the kernel); the pinning is printed.
Run: ``.venv/bin/python bench/emulator_bench.py [--records 10000] [--seconds 3] [--data FILE] [--no-pin]``
"""

from __future__ import annotations

import argparse
import base64
import http.client
import json
import os
import random
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from servicenow_emulator.testing import spawn_emulator  # noqa: E402

TABLE = "basic_auth_credentials"
AUTH = "Basic " + base64.b64encode(b"admin:admin").decode()


class Conn:
    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        self.http = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)

    def call(self, method: str, path: str, body: dict | None = None) -> tuple[int, bytes]:
        headers = {"Authorization": AUTH, "Accept": "application/json"}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        self.http.request(method, path, body=data, headers=headers)
        answer = self.http.getresponse()
        return answer.status, answer.read()


def run_clients(
    url: str, clients: int, work, *, count: int | None = None, seconds: float | None = None
) -> float:
    """Run ``work(conn, i)`` in ``clients`` threads for ``count`` calls or ``seconds``; returns req/s."""
    done = [0] * clients
    errors: list[str] = []
    stop_at = time.perf_counter() + seconds if seconds else None
    per_client = (count // clients) if count else None

    def loop(index: int) -> None:
        conn = Conn(url)
        try:
            i = 0
            while True:
                if per_client is not None and i >= per_client:
                    break
                if stop_at is not None and time.perf_counter() >= stop_at:
                    break
                status = work(conn, index * 1_000_000 + i)
                if status >= 400:
                    errors.append(str(status))
                    break
                i += 1
            done[index] = i
        finally:
            conn.http.close()

    threads = [threading.Thread(target=loop, args=(n,)) for n in range(clients)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    if errors:
        raise SystemExit(f"requests failed with HTTP {errors[:3]}")
    return sum(done) / elapsed


def pin(emulator_pid: int) -> str:
    """Pin every thread of the emulator to one CPU and this process (the clients) to another.

    Threads started later inherit their creator's CPU set. Returns what was done, for the report.
    """
    cpus = sorted(os.sched_getaffinity(0))
    if len(cpus) < 2:
        return f"not pinned: this process may use only CPU {cpus} (the emulator shares it with the clients)"
    server_cpu, client_cpu = cpus[0], cpus[1]
    for task in Path(f"/proc/{emulator_pid}/task").iterdir():
        try:
            os.sched_setaffinity(int(task.name), {server_cpu})
        except ProcessLookupError:
            pass  # a request thread that ended meanwhile
    os.sched_setaffinity(0, {client_cpu})
    return f"emulator pinned to CPU {server_cpu}, clients to CPU {client_cpu} (of CPUs {cpus})"


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--records", type=int, default=10_000, help="records to create (default 10000)")
    parser.add_argument("--seconds", type=float, default=3.0, help="duration of each GET measurement")
    parser.add_argument("--data", default=None, help="SQLite file for the emulator (default: in memory)")
    parser.add_argument(
        "--no-pin", action="store_true", help="do not pin the emulator and the clients to separate CPUs"
    )
    args = parser.parse_args()

    emulator = spawn_emulator("bench", seed="spoke", data=args.data)
    ids: list[str] = []
    lock = threading.Lock()

    def post(conn: Conn, i: int) -> int:
        status, body = conn.call(
            "POST", f"/api/now/table/{TABLE}", {"name": f"cred {i}", "user_name": f"u{i}"}
        )
        if status == 201:
            with lock:
                ids.append(json.loads(body)["result"]["sys_id"])
        return status

    def get(conn: Conn, i: int) -> int:
        status, _ = conn.call("GET", f"/api/now/table/{TABLE}/{random.choice(ids)}")
        return status

    try:
        print(f"emulator {emulator.url} (pid {emulator.process.pid}), store: {args.data or 'in memory'}")
        print("not pinned (--no-pin)" if args.no_pin else pin(emulator.process.pid))
        print(f"memory at start: {rss_mb(emulator.process.pid):.1f} MB RSS")
        first = min(2000, args.records // 5)
        post1 = run_clients(emulator.url, 1, post, count=first)
        post8 = run_clients(emulator.url, 8, post, count=args.records - first)
        print(f"POST            1 client : {post1:8.0f} req/s")
        print(f"POST            8 clients: {post8:8.0f} req/s")
        print(f"memory after {len(ids):,} records: {rss_mb(emulator.process.pid):.1f} MB RSS")
        get1 = run_clients(emulator.url, 1, get, seconds=args.seconds)
        get8 = run_clients(emulator.url, 8, get, seconds=args.seconds)
        print(f"GET by sys_id   1 client : {get1:8.0f} req/s")
        print(f"GET by sys_id   8 clients: {get8:8.0f} req/s")
        print(f"target >= 500 GET/s on one core: {'met' if min(get1, get8) >= 500 else 'NOT met'}")
    finally:
        emulator.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
