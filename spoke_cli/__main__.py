"""``python -m spoke_cli authorize|verify`` (console script ``spoke``)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .target import (
    DEFAULT_LOCAL_ALIAS,
    DEFAULT_PROFILE_NAME,
    DEFAULT_REGISTRY_NAME,
    DEFAULT_REMOTE_ALIAS,
    NAME_OPTIONS,
    OUTPUT_FIELDS,
    TargetError,
    parse_output_json,
    resolve,
)

_RECORD_FLAGS = {
    "local_url": "URL of the local instance",
    "remote_url": "URL of the remote instance",
    "credential": "sys_id of the OAuth 2.0 credential (output oauth_credential_sys_id)",
    "profile": "sys_id of the OAuth entity profile (output profile_sys_id)",
    "registry": "sys_id of the local RemoteSpoke registry (output registry_sys_id)",
    "endpoint": "sys_id of the remote OAuth API endpoint (output remote_endpoint_sys_id)",
    "remote_connection": "sys_id of the remote HTTP(s) connection (output remote_connection_sys_id)",
    "local_connection": "sys_id of the local HTTP(s) connection (output local_connection_sys_id)",
    "local_credential": "sys_id of the basic-auth credential (output local_credential_sys_id)",
}
assert set(_RECORD_FLAGS) <= set(OUTPUT_FIELDS.values())
_OPTION = "(default: the config's [pair.options] {}, else {})"
_NAME_FLAGS = {
    "registry_name": "name of the application registry "
    + _OPTION.format("registry_name", DEFAULT_REGISTRY_NAME),
    "profile_name": "name of the OAuth entity profile "
    + _OPTION.format("profile_name", repr(DEFAULT_PROFILE_NAME)),
    "remote_alias": "connection alias of the remote connection "
    + _OPTION.format("remote_alias_name", DEFAULT_REMOTE_ALIAS),
    "local_alias": "connection alias of the local connection "
    + _OPTION.format("local_alias_name", DEFAULT_LOCAL_ALIAS),
    "remote_connection_url": "URL of the remote HTTP(s) connection "
    + _OPTION.format("remote_connection_url", "the remote URL + /"),
    "local_connection_url": "URL of the local HTTP(s) connection "
    + _OPTION.format("local_connection_url", "the local URL + /"),
}
assert set(_NAME_FLAGS) == set(NAME_OPTIONS.values())


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="spoke",
        description="Get the OAuth token of a deployed Remote Instance spoke, and verify the spoke works.",
        epilog="Passwords come from TF_VAR_<variable> only (the variables the config names), "
        "never from argv.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    for name, text in (
        ("authorize", 'run "Get OAuth Token" and wait until the token is in the local instance'),
        ("verify", "check the whole chain on both instances (one PASS/FAIL line per check)"),
    ):
        sub = commands.add_parser(name, help=text, description=text)
        sub.add_argument(
            "--config",
            type=Path,
            help="the app's config file (default: $SPOKE_CONFIG, else ./spoke.toml if it exists)",
        )
        sub.add_argument("--stack", help="the pair's stack name (needed when the config has several)")
        sources = sub.add_mutually_exclusive_group()
        sources.add_argument(
            "--state", type=Path, help="the stack's state file (default: <state_dir>/<stack>.tfstate)"
        )
        sources.add_argument(
            "--outputs",
            metavar="FILE",
            help="the stack's outputs as `terraform output -json` prints them ('-': read stdin), "
            "instead of a state file (e.g. a state kept in PostgreSQL)",
        )
        sub.add_argument(
            "--output-prefix",
            default="",
            help="the spoke's output_prefix: its outputs are <prefix><name> (default: none)",
        )
        sub.add_argument(
            "--no-config", action="store_true", help="ignore any config file: use the flags only"
        )
        for field, help_text in _RECORD_FLAGS.items():
            sub.add_argument("--" + field.replace("_", "-"), dest=field, help=help_text)
        for field, help_text in _NAME_FLAGS.items():
            sub.add_argument("--" + field.replace("_", "-"), dest=field, help=help_text)
        sub.add_argument(
            "--local-user", help="admin user on the local instance (default: the config's, else admin)"
        )
        sub.add_argument(
            "--local-password-variable",
            help="TF_VAR_<this> holds the local admin's password "
            "(default: the config's, else local_admin_password)",
        )
        sub.add_argument(
            "--remote-user", help="admin user on the remote instance (default: the config's, else admin)"
        )
        sub.add_argument(
            "--remote-password-variable",
            help="TF_VAR_<this> holds the remote admin's password "
            "(default: the config's, else remote_admin_password)",
        )
        if name == "authorize":
            sub.add_argument(
                "--timeout", type=_seconds, default=300.0, help="seconds to wait for the token (300)"
            )
            sub.add_argument("--interval", type=_seconds, default=1.0, help="seconds between two polls (1)")
            sub.add_argument("--no-browser", action="store_true", help="print the URL, do not open a browser")
    return parser


def _seconds(text: str) -> float:
    """A positive, finite number of seconds (argparse type)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, e.g. 300; got {text!r}") from None
    if not (value > 0 and value < float("inf")):
        raise argparse.ArgumentTypeError(f"must be a number of seconds above zero, e.g. 300; got {text}")
    return value


def _config_path(args: argparse.Namespace) -> Path | None:
    if args.no_config:
        return None
    if args.config is not None:
        return args.config
    if os.environ.get("SPOKE_CONFIG"):
        return Path(os.environ["SPOKE_CONFIG"])
    default = Path("spoke.toml")
    return default if default.is_file() and not (args.local_url and args.credential) else None


def _outputs(args: argparse.Namespace) -> tuple[str, dict[str, Any]] | None:
    if args.outputs is None:
        return None
    if args.outputs == "-":
        return "the outputs on stdin", parse_output_json(sys.stdin.read(), "stdin")
    path = Path(args.outputs)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise TargetError(
            f"{path}: cannot read the outputs ({error.strerror}). Fix: pass the file "
            "`terraform output -json > FILE` wrote, or '-' to read them from stdin"
        ) from None
    return str(path), parse_output_json(text, str(path))


def main(argv: list[str] | None = None, *, outputs: tuple[str, Mapping[str, Any]] | None = None) -> int:
    """``spoke authorize|verify``. ``outputs``: the stack's outputs (where from, name -> value) when the
    caller read them itself (the `spoke` command, from a state kept in PostgreSQL)."""
    args = _parser().parse_args(argv)
    try:
        if outputs is None:
            outputs = _outputs(args)
        target = resolve(
            config=_config_path(args),
            stack=args.stack,
            state=args.state,
            overrides={field: getattr(args, field) for field in _RECORD_FLAGS},
            names={field: getattr(args, field) for field in _NAME_FLAGS},
            local_user=args.local_user,
            local_password_variable=args.local_password_variable,
            remote_user=args.remote_user,
            remote_password_variable=args.remote_password_variable,
            output_prefix=args.output_prefix,
            outputs=outputs,
        )
    except TargetError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if args.command == "verify":
        from .verify import verify

        return verify(target)
    from .authorize import authorize

    opener = (
        (lambda url: print("(--no-browser: open the URL yourself)", flush=True)) if args.no_browser else None
    )
    return authorize(target, timeout=args.timeout, interval=args.interval, opener=opener)


if __name__ == "__main__":
    sys.exit(main())
