"""The README's "Use it in your own app", run exactly as written, from the wheel, outside the checkout.

The wheel is built from a copy of the checkout, installed into a fresh venv in a temporary folder (the
venv has nothing of the checkout: no editable install, none of the Makefile's variables, none of the
project's folders on PATH). Then the README's blocks run in one bash, with the config written for an
emulator pair and the secrets exported as TF_VAR_* between them, and the record of the user's own
(a system property on the local instance) changed in main.py before the last block.
"""

from __future__ import annotations

import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest

from servicenow_emulator.testing import run_emulator
from spoke_app.config import render_config

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
SECRETS = {
    "remote_admin_password": "Own-App-Remote-Pw-5r1x",
    "local_admin_password": "Own-App-Local-Pw-8d3q",
    "local_integration_password": "Own-App-Integration-Pw-2m7c",
}
PROPERTY = "x_team.remote_spoke.contact"
OLD_VALUE = "platform-team@example.com"
NEW_VALUE = "spoke-owners@example.com"
_COPY_IGNORE = shutil.ignore_patterns(
    ".git", ".venv", "node_modules", ".build", "build", "dist", "cdktf.out", ".state", "*.egg-info",
    "__pycache__", ".pytest_cache", ".ruff_cache",
)  # fmt: skip
# Variables of the project's Makefile and venv that a user of the wheel does not have.
_NOT_THE_USERS = (
    "TF_CLI_CONFIG_FILE", "SERVICENOW_SPOKE_ROOT", "VIRTUAL_ENV", "PYTHONPATH", "SPOKE_CONFIG",
    "CDKTF_OUTDIR", "MAKEFLAGS", "MFLAGS", "MAKELEVEL",
    "SPOKE_TOOLCHAIN",  # the README's blocks are the default toolchain's (cdktf)
)  # fmt: skip


def readme_blocks() -> dict[str, list[str]]:
    """The README's own-app blocks: marker -> command lines (comments kept, as written)."""
    text = README.read_text(encoding="utf-8")
    blocks = dict(re.findall(r"<!-- own-app: (\w+) -->\n```sh\n(.*?)```", text, flags=re.S))
    assert set(blocks) == {"install", "deploy", "change"}, "README.md lost an own-app block"
    return {name: [line for line in body.splitlines() if line.strip()] for name, body in blocks.items()}


def build_wheel(into: Path) -> Path:
    """`make wheel`'s command, run on a copy of the checkout (nothing is written into the checkout)."""
    source = into / "source"
    shutil.copytree(ROOT, source, ignore=_COPY_IGNORE)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(into), str(source)],
        check=True,
        timeout=600,
        capture_output=True,
    )
    (wheel,) = into.glob("servicenow_spoke_as_code-*.whl")
    return wheel


def users_env(wheel: Path) -> dict[str, str]:
    env = {name: value for name, value in os.environ.items() if name not in _NOT_THE_USERS}
    ours = tuple(str(p) for p in (ROOT / ".venv", ROOT / "node_modules", ROOT / "toolchains"))
    ours += (str(Path(sys.executable).parent),)
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if not p.startswith(ours))
    env.update({f"TF_VAR_{name}": value for name, value in SECRETS.items()})
    env["SPOKE_WHEEL"] = str(wheel)
    env["CI"] = "1"  # cdktf's plain output, as in any CI
    env.pop("TF_LOG", None)
    return env


def new_shell(app: Path, wheel: Path, command: str) -> subprocess.CompletedProcess[str]:
    """``command`` in the app folder, in a new shell with the venv active and nothing else set."""
    return subprocess.run(
        ["bash", "-c", f". ../.venv/bin/activate && {command}"],
        cwd=app,
        env=users_env(wheel),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


class Shell:
    """One bash session, fed a line at a time: state (cd, activate, exports) carries over as for a user."""

    def __init__(self, cwd: Path, env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(
            ["bash", "--noprofile", "--norc"],
            cwd=cwd,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            bufsize=1,
            start_new_session=True,
        )
        self.output: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.log: list[str] = []

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.output.put(line)
        self.output.put("")

    def run(self, line: str, timeout: float = 900.0) -> str:
        """Run ``line`` as written (stdin from /dev/null); return its output; fail on a non-zero exit."""
        marker = f"@@@ done {uuid.uuid4().hex}"
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"{{ {line}\n}} </dev/null\necho '{marker}' $?\n")
        self.proc.stdin.flush()
        deadline = time.monotonic() + timeout
        text: list[str] = []
        while True:
            remaining = deadline - time.monotonic()
            assert remaining > 0, f"{line!r} still running after {timeout:g} s:\n{''.join(text)[-4000:]}"
            try:
                chunk = self.output.get(timeout=remaining)
            except queue.Empty:
                continue
            assert chunk, f"bash ended during {line!r}:\n{''.join(text)[-4000:]}"
            if chunk.startswith(marker):
                code = int(chunk.split()[-1])
                break
            text.append(chunk)
        output = "".join(text)
        self.log.append(f"$ {line}\n{output}")
        assert code == 0, f"{line!r} exited {code}:\n{output[-6000:]}"
        return output

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()


@pytest.mark.slow
@pytest.mark.e2e
def test_the_readme_own_app_commands_deploy_a_spoke_and_a_users_record_from_the_wheel(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    work = tmp_path_factory.mktemp("own-app")
    assert ROOT not in work.parents
    started = time.monotonic()
    wheel = build_wheel(tmp_path_factory.mktemp("wheel"))
    built = time.monotonic()
    blocks = readme_blocks()
    with (
        run_emulator("remote", seed="spoke", admin_password=SECRETS["remote_admin_password"]) as remote,
        run_emulator("local", seed="spoke", admin_password=SECRETS["local_admin_password"]) as local,
    ):
        config = work / "pair.toml"
        config.write_text(
            render_config(
                stack="spoke-dev",
                remote_url=remote.url,
                local_url=local.url,
                local_user_name="spoke.integration",
            )
        )
        shell = Shell(work, users_env(wheel))
        try:
            for line in blocks["install"]:
                shell.run(line)
            app = work / "my-app"
            site = next((work / ".venv" / "lib").glob("python3*/site-packages"))
            # The wheel's packages, under our own names only; the jsii assembly is in.
            for name in ("tools", "providers", "tests", "bench"):
                assert not (site / name).exists(), name
            assert list((site / "servicenow_spoke_providers" / "servicenow" / "_jsii").glob("*.jsii.tgz"))
            assert shell.run("spoke setup").count("already") == 2  # idempotent (terraform is on PATH)

            # What the README asks for by hand: the config of the user's pair.
            shutil.copy(config, app / "spoke.toml")
            # Forgetting `eval "$(spoke env)"`: the app says so, before terraform's registry error.
            proc = new_shell(app, wheel, "./node_modules/.bin/cdktf deploy --auto-approve")
            assert proc.returncode != 0
            assert 'eval "$(spoke env)"' in proc.stdout + proc.stderr, proc.stdout + proc.stderr
            assert "registry.terraform.io" not in proc.stdout + proc.stderr

            outputs = {line: shell.run(line) for line in blocks["deploy"]}
            deploy = next(text for line, text in outputs.items() if line.startswith("cdktf deploy"))
            assert "Apply complete!" in deploy, deploy
            (prop,) = local.query("sys_properties", f"name={PROPERTY}")
            assert prop["value"] == OLD_VALUE
            assert len(local.query("http_connection", "name=Remote Connection")) == 1
            diff = next(text for line, text in outputs.items() if line.startswith("cdktf diff"))
            assert "No changes." in diff, diff
            # `spoke diff` sets the environment itself: a new shell, no `spoke env`.
            proc = new_shell(app, wheel, "spoke diff spoke-dev")
            assert proc.returncode == 0 and "No changes." in proc.stdout, proc.stdout + proc.stderr

            main_py = app / "main.py"
            main_py.write_text(main_py.read_text().replace(OLD_VALUE, NEW_VALUE))
            for line in blocks["change"]:
                output = shell.run(line)
                if line.startswith("cdktf diff"):
                    assert "0 to add, 1 to change, 0 to destroy" in output, output
                    assert "TeamContact" in output and NEW_VALUE in output, output
                elif line.startswith("cdktf deploy"):
                    (prop,) = local.query("sys_properties", f"name={PROPERTY}")
                    assert prop["value"] == NEW_VALUE
                elif line.startswith("cdktf destroy"):
                    assert "Destroy complete!" in output, output
            assert local.query("sys_properties", f"name={PROPERTY}") == []
            assert local.query("http_connection", "name=Remote Connection") == []
        finally:
            shell.close()
        # No secret in any file of the app folder but the state and its backup (a known limit).
        for path in app.rglob("*"):
            if path.is_file() and "node_modules" not in path.parts and ".tfstate" not in path.name:
                data = path.read_bytes()
                for secret in SECRETS.values():
                    assert secret.encode() not in data, f"a secret in {path}"
    finished = time.monotonic()
    print(
        f"\nwheel {wheel.name}: {wheel.stat().st_size} bytes; built in {built - started:.0f} s; README "
        f"commands (venv, pip, spoke new/setup, deploy, diff, change, diff, deploy, destroy) "
        f"{finished - built:.0f} s; total {finished - started:.0f} s"
    )
