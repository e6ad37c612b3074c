"""Fixtures of the provider's tests: a scripted fake HTTP server, clients, and a terraform runner."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response

from terraform_provider_servicenow.client import TableClient
from terraform_provider_servicenow.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


# ------------------------------------------------------------------------------------------ fake server


@dataclass
class Seen:
    method: str
    path: str
    args: dict[str, str]
    body: Any
    headers: dict[str, str]


Handler = Callable[[Seen], tuple[int, Any, dict[str, str]]]


@dataclass
class FakeServer:
    """A loopback HTTP server answering from a script: each request takes the next handler."""

    url: str = ""
    seen: list[Seen] = field(default_factory=list)
    script: list[Handler] = field(default_factory=list)
    fallback: Handler | None = None
    #: table -> columns: when set, GETs of sys_dictionary are answered from it (not scripted, not in `seen`)
    dictionary: dict[str, list[str]] | None = None

    def answer(self, status: int, body: Any = None, headers: dict[str, str] | None = None) -> None:
        self.script.append(lambda _seen: (status, body, headers or {}))

    def handle(self, handler: Handler) -> None:
        self.script.append(handler)

    def wsgi(self, environ: dict, start_response: Callable) -> Any:
        request = Request(environ)
        raw = request.get_data(as_text=True)
        if request.mimetype == "application/json" and raw:
            body: Any = json.loads(raw)
        elif request.mimetype == "application/x-www-form-urlencoded":
            body = dict(request.form)
        else:
            body = raw
        if self.dictionary is not None and request.path == "/api/now/table/sys_dictionary":
            table = request.args.get("sysparm_query", "").removeprefix("name=")
            rows = [{"name": table, "element": c} for c in self.dictionary.get(table, [])]
            return Response(json.dumps({"result": rows}), mimetype="application/json")(
                environ, start_response
            )
        seen = Seen(request.method, request.path, dict(request.args), body, dict(request.headers))
        self.seen.append(seen)
        handler = self.script.pop(0) if self.script else self.fallback
        if handler is None:
            status, payload, headers = 500, {"error": {"message": "no scripted answer"}}, {}
        else:
            status, payload, headers = handler(seen)
        data = "" if payload is None else json.dumps(payload)
        response = Response(data, status=status, headers=headers, mimetype="application/json")
        return response(environ, start_response)


@pytest.fixture
def fake_server() -> Iterator[FakeServer]:
    fake = FakeServer()
    server = make_server("127.0.0.1", 0, fake.wsgi, threaded=True)
    fake.url = f"http://127.0.0.1:{server.server_port}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield fake
    finally:
        server.shutdown()
        thread.join(5)
        server.server_close()


class Sleeps(list):
    """Records the delays a client asks for instead of sleeping."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def make_client(url: str, sleeps: Sleeps | None = None, **overrides: Any) -> TableClient:
    values: dict[str, Any] = dict(
        instance_url=url, auth_method="basic", username="admin", password="admin", request_timeout=10.0
    )
    values.update(overrides)
    return TableClient(Settings(**values), sleep=sleeps if sleeps is not None else Sleeps())


# ------------------------------------------------------------------------------------------ terraform

TF_BASE_ENV = {
    "CHECKPOINT_DISABLE": "1",
    "JSII_SILENCE_SUPPORT_WARNING": "1",
    "DISABLE_VERSION_CHECK": "1",
    "CDKTF_DISABLE_PLUGIN_CACHE_ENV": "1",
    "TF_IN_AUTOMATION": "1",
    "TF_INPUT": "0",
}


@pytest.fixture(scope="session")
def provider_mirror(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The provider installed into a mirror private to this test session (not .build)."""
    from terraform_provider_servicenow.install import install

    mirror = tmp_path_factory.mktemp("mirror")
    install(mirror)
    return mirror


@pytest.fixture(scope="session")
def terraform_binary() -> str:
    found = shutil.which(
        "terraform", path=str(ROOT / ".venv" / "bin") + os.pathsep + os.environ.get("PATH", "")
    )
    if not found:
        pytest.skip("terraform is not installed (make setup installs it)")
    return found


@dataclass
class TerraformRun:
    """terraform in one working directory with the project's CLI config and the provider's mirror."""

    workdir: Path
    binary: str
    env: dict[str, str]

    def write(self, hcl: str) -> None:
        (self.workdir / "main.tf").write_text(hcl)

    def run(
        self, *args: str, check: bool = True, extra_env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess:
        env = dict(self.env, **(extra_env or {}))
        proc = subprocess.run(
            [self.binary, *args], cwd=self.workdir, env=env, capture_output=True, text=True, timeout=180
        )
        if check and proc.returncode != 0:
            raise AssertionError(
                f"terraform {' '.join(args)} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
            )
        return proc

    def init(self) -> subprocess.CompletedProcess:
        return self.run("init", "-no-color", "-input=false")

    def apply(
        self, *extra: str, check: bool = True, extra_env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess:
        return self.run(
            "apply", "-auto-approve", "-no-color", "-input=false", *extra, check=check, extra_env=extra_env
        )

    def plan(self, *extra: str) -> subprocess.CompletedProcess:
        """terraform plan -detailed-exitcode: returncode 0 = no changes, 2 = changes, 1 = error."""
        return self.run("plan", "-no-color", "-input=false", "-detailed-exitcode", *extra, check=False)

    def destroy(self, check: bool = True) -> subprocess.CompletedProcess:
        return self.run("destroy", "-auto-approve", "-no-color", "-input=false", check=check)

    def state(self) -> dict[str, dict[str, Any]]:
        """address -> attribute values, from `terraform show -json`."""
        doc = json.loads(self.run("show", "-json").stdout)
        resources = doc.get("values", {}).get("root_module", {}).get("resources", [])
        return {r["address"]: r["values"] for r in resources}


@pytest.fixture
def terraform(tmp_path: Path, provider_mirror: Path, terraform_binary: str) -> TerraformRun:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TF_", "SERVICENOW_"))}
    env.update(TF_BASE_ENV)
    env["TF_CLI_CONFIG_FILE"] = str(provider_mirror / "terraformrc")
    env["HOME"] = os.environ.get("HOME", str(tmp_path))
    env["SERVICENOW_RETRY_BASE_DELAY"] = "0.01"
    env["SERVICENOW_RETRY_MAX_DELAY"] = "2"
    env["SERVICENOW_JOURNAL_DIR"] = str(tmp_path / "journal")
    workdir = tmp_path / "tf"
    workdir.mkdir()
    return TerraformRun(workdir, terraform_binary, env)


def pair_providers(remote: str, local: str, *, ephemeral: bool = False) -> str:
    """HCL: the three password variables (sensitive; ephemeral when asked) and the remote and local
    provider configurations of an instance pair."""
    flag = "\n  ephemeral = true" if ephemeral else ""
    variables = "".join(
        f'variable "{name}" {{\n  type      = string\n  sensitive = true{flag}\n}}\n'
        for name in ("remote_password", "local_password", "basic_password")
    )
    providers = "".join(
        f'provider "servicenow" {{\n  alias        = "{alias}"\n  instance_url = "{url}"\n'
        f'  username     = "admin"\n  password     = var.{alias}_password\n}}\n'
        for alias, url in (("remote", remote), ("local", local))
    )
    return variables + "\n" + providers


PROVIDER_REQUIREMENTS = """terraform {
  required_providers {
    servicenow = { source = "servicenow-spoke/servicenow", version = "0.1.0" }
  }
}
"""


@pytest.fixture(autouse=True)
def _fresh_secret_registry() -> Iterator[None]:
    """Each test starts with no registered secrets (in the provider, the registry lives per process)."""
    from terraform_provider_servicenow import redact

    redact.clear()
    yield
    redact.clear()
