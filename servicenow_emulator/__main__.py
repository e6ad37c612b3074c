"""``python -m servicenow_emulator --port P --name NAME [--data FILE] [--seed spoke] ...``

Prints the base URL as the first line on stdout, then serves until SIGTERM or SIGINT and exits 0.
The admin password comes from ``--admin-password`` (visible to ``ps``) or, better, from the environment
variable ``SERVICENOW_EMULATOR_ADMIN_PASSWORD``.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from types import FrameType

from servicenow_emulator import choices as C
from servicenow_emulator.app import EmulatorApp
from servicenow_emulator.faults import FaultSettings
from servicenow_emulator.server import EmulatorServer

PASSWORD_ENV = C.ADMIN_PASSWORD_ENV


def admin_password(flag: str | None) -> str:
    """The admin password: ``--admin-password``, else $SERVICENOW_EMULATOR_ADMIN_PASSWORD, else the default.

    The variable is removed from the environment once read, so processes started later do not inherit it.
    """
    from_env = os.environ.pop(PASSWORD_ENV, None)
    if flag is not None:
        return flag
    return from_env if from_env else C.DEFAULT_ADMIN_PASSWORD


def _rate(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, got {text}")
    return value


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, got {text}")
    return value


def _port(text: str) -> int:
    value = _count(text)
    if value > 65535:
        raise argparse.ArgumentTypeError(f"a TCP port is 0 to 65535 (0 picks a free one), got {text}")
    return value


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m servicenow_emulator", description=__doc__)
    p.add_argument("--port", type=_port, default=0, help="TCP port on 127.0.0.1 (0 picks a free one)")
    p.add_argument("--name", required=True, help="instance name, e.g. remote or local")
    p.add_argument("--data", default=None, help="SQLite file to keep the data in (default: in memory)")
    p.add_argument(
        "--seed", choices=["spoke", "none"], default="none", help="'spoke': the spoke is activated"
    )
    p.add_argument(
        "--admin-password",
        default=None,
        help=f"password of the admin user (visible to ps: prefer the environment variable {PASSWORD_ENV});"
        f" default {C.DEFAULT_ADMIN_PASSWORD!r}",
    )
    p.add_argument(
        "--without-column",
        action="append",
        default=[],
        metavar="TABLE.COLUMN",
        help="a column this instance lacks (an older release, a field Form Design never added), e.g."
        " oauth_entity.user; repeatable",
    )
    p.add_argument("--rate-limit-after", type=_count, default=None, help="answer 429 after N requests")
    p.add_argument("--retry-after", type=_count, default=1, help="seconds in Retry-After (default 1)")
    p.add_argument("--error-rate-500", type=_rate, default=0.0, help="share of requests answered 500")
    p.add_argument("--error-rate-503", type=_rate, default=0.0, help="share of requests answered 503")
    p.add_argument("--error-rate-429", type=_rate, default=0.0, help="share of requests answered 429")
    p.add_argument("--latency-ms", type=_count, default=0, help="added latency per request")
    p.add_argument("--drop-connection-rate", type=_rate, default=0.0, help="share of requests dropped")
    p.add_argument("--drop-after-commit", type=_count, default=0, help="the next N POSTs commit, then drop")
    p.add_argument("--fault-seed", type=int, default=None, help="seed of the random fault choices")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    faults = FaultSettings(
        rate_limit_after=args.rate_limit_after,
        retry_after=args.retry_after,
        error_rate_500=args.error_rate_500,
        error_rate_503=args.error_rate_503,
        error_rate_429=args.error_rate_429,
        latency_ms=args.latency_ms,
        drop_connection_rate=args.drop_connection_rate,
        drop_after_commit=args.drop_after_commit,
        seed=args.fault_seed,
    )
    try:
        app = EmulatorApp(
            args.name,
            data=args.data,
            seed=None if args.seed == "none" else args.seed,
            admin_password=admin_password(args.admin_password),
            faults=faults,
            without_columns=tuple(args.without_column),
        )
        server = EmulatorServer(app, port=args.port)
    except (ValueError, OSError) as err:
        print(f"servicenow_emulator: {err}", file=sys.stderr)
        return 2
    print(server.url, flush=True)
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    server.start()
    stop.wait()
    server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
