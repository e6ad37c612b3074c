"""Helpers for the CLI tests (also used by tests/emulator and tests/e2e): the spoke's records made
through the Table API, the stack's config and state on disk, and a ``requests`` session as the browser.

:func:`deploy_records` creates the records `cdktf deploy` creates (same fields, same values) directly,
which takes milliseconds instead of a real deploy's seconds.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests
from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response

from servicenow_emulator.testing import Emulator, submit_form

REMOTE_PASSWORD = "remote-admin-pw"
LOCAL_PASSWORD = "local-admin-pw"
CLIENT_SECRET = "the-endpoint-client-secret-0123456789"


def _api(emulator: Emulator, method: str, path: str, **kwargs: Any) -> requests.Response:
    kwargs.setdefault("timeout", 10)
    return requests.request(method, emulator.url + path, auth=emulator.auth, **kwargs)


def create(emulator: Emulator, table: str, body: dict[str, Any], display: bool = False) -> dict[str, str]:
    params = {"sysparm_exclude_reference_link": "true"}
    if display:
        params["sysparm_input_display_value"] = "true"
    answer = _api(emulator, "POST", f"/api/now/table/{table}", json=body, params=params)
    assert answer.status_code == 201, answer.text
    return answer.json()["result"]


def patch(emulator: Emulator, table: str, sys_id: str, body: dict[str, Any], display: bool = False) -> None:
    params = {"sysparm_input_display_value": "true"} if display else {}
    answer = _api(emulator, "PATCH", f"/api/now/table/{table}/{sys_id}", json=body, params=params)
    assert answer.status_code == 200, answer.text


@dataclass
class Deployed:
    remote: Emulator
    local: Emulator
    outputs: dict[str, str]
    config: Path
    state: Path
    env: dict[str, str] = field(default_factory=dict)

    def cli_args(self) -> list[str]:
        return ["--config", str(self.config)]


def deploy_records(remote: Emulator, local: Emulator, *, grant: str = "authorization_code") -> dict[str, str]:
    """The spoke's records, as RemoteInstanceSpoke creates them; returns the stack's outputs."""
    redirect = f"{local.url}/oauth_redirect.do"
    endpoint = create(
        remote,
        "oauth_entity",
        {
            "name": "RemoteSpoke local",
            "type": "client",
            "client_secret": CLIENT_SECRET,
            "redirect_url": redirect,
        },
        display=True,
    )
    registry = local.query("oauth_entity", "name=RemoteSpoke")[0]
    patch(
        local,
        "oauth_entity",
        registry["sys_id"],
        {
            "client_id": endpoint["client_id"],
            "client_secret": CLIENT_SECRET,
            "auth_url": f"{remote.url}/oauth_auth.do",
            "token_url": f"{remote.url}/oauth_token.do",
            "redirect_url": redirect,
            "default_grant_type": grant,
            "refresh_token_lifespan": "8640000",
            "active": "true",
        },
        display=True,
    )
    profile = local.query("oauth_entity_profile", "name=RemoteSpoke default_profile")[0]
    if grant == "client_credentials":  # the constructs adopt the profile with that grant (ProfileGrantType)
        patch(local, "oauth_entity_profile", profile["sys_id"], {"grant_type": grant})
    credential = create(
        local,
        "oauth_2_0_credentials",
        {
            "name": "Remote Credentials",
            "oauth_entity_profile": profile["sys_id"],
            "order": "100",
            "active": "true",
        },
    )
    basic = create(
        local,
        "basic_auth_credentials",
        {
            "name": "Local Credentials",
            "user_name": "admin",
            "password": local.admin_password,
            "active": "true",
        },
        display=True,
    )
    aliases = {a["name"]: a["sys_id"] for a in local.query("sys_alias", "")}
    remote_conn = create(
        local,
        "http_connection",
        {
            "name": "Remote Connection",
            "credential": credential["sys_id"],
            "connection_alias": aliases["ServiceNowRemoteInstance"],
            "connection_url": f"{remote.url}/",
            "active": "true",
        },
    )
    local_conn = create(
        local,
        "http_connection",
        {
            "name": "Local Connection",
            "credential": basic["sys_id"],
            "connection_alias": aliases["ServiceNowRemoteInstanceLocalAlias"],
            "connection_url": f"{local.url}/",
            "active": "true",
        },
    )
    return {
        "local_instance_url": local.url,
        "remote_instance_url": remote.url,
        "remote_endpoint_sys_id": endpoint["sys_id"],
        "remote_client_id": endpoint["client_id"],
        "registry_sys_id": registry["sys_id"],
        "profile_sys_id": profile["sys_id"],
        "oauth_credential_sys_id": credential["sys_id"],
        "local_credential_sys_id": basic["sys_id"],
        "remote_connection_sys_id": remote_conn["sys_id"],
        "local_connection_sys_id": local_conn["sys_id"],
    }


def write_stack(
    directory: Path, remote: Emulator, local: Emulator, outputs: dict[str, str]
) -> tuple[Path, Path]:
    """A config file naming the pair and the state file its stack would have after `cdktf deploy`."""
    config = directory / "spoke.toml"
    config.write_text(
        f"""[settings]
state_dir = "state"

[[pair]]
stack = "spoke-test"
[pair.remote]
url = "{remote.url}"
username = "admin"
password_variable = "remote_admin_password"
[pair.local]
url = "{local.url}"
username = "admin"
password_variable = "local_admin_password"
[pair.local_credential]
user_name = "admin"
password_variable = "local_integration_password"
"""
    )
    state = directory / "state" / "spoke-test.tfstate"
    state.parent.mkdir()
    state.write_text(
        json.dumps(
            {
                "version": 4,
                "outputs": {k: {"value": v, "type": "string"} for k, v in outputs.items()},
                "resources": [],
            }
        )
    )
    return config, state


def browser(
    local: Emulator, remote: Emulator, *, action: str = "allow", remote_auth: tuple[str, str] | None = None
) -> Callable[[str], Any]:
    """An opener for `authorize`: a requests session plays the person in the browser, in a thread.

    Logs in to the local instance, opens the URL, logs in to the remote instance, and clicks ``action``
    (allow or deny) on the consent page. The pages it saw are kept in ``opener.pages``.
    """
    pages: list[requests.Response] = []

    def drive(url: str) -> None:
        session = requests.Session()
        session.post(
            f"{local.url}/login.do",
            data={"user_name": "admin", "user_password": local.admin_password},
            timeout=10,
        )
        answer = session.get(url, timeout=10)
        pages.append(answer)
        if "user_password" in answer.text:
            auth = remote_auth or remote.auth
            answer = submit_form(session, answer, {"user_name": auth[0], "user_password": auth[1]})
            pages.append(answer)
        if "Allow" in answer.text:
            answer = submit_form(session, answer, {}, button=action)
            pages.append(answer)

    def opener(url: str) -> threading.Thread:
        thread = threading.Thread(target=drive, args=(url,), daemon=True)
        thread.start()
        threads.append(thread)
        return thread

    threads: list[threading.Thread] = []
    opener.pages = pages  # type: ignore[attr-defined]
    opener.threads = threads  # type: ignore[attr-defined]
    return opener


class Fronted:
    """An emulator seen through a front server (``front``): same records, another URL."""

    def __init__(self, emulator: Emulator, url: str) -> None:
        self._emulator = emulator
        self.url = url

    def __getattr__(self, name: str) -> Any:
        return getattr(self._emulator, name)


@contextmanager
def front(emulator: Emulator, answers: dict[str, Response]) -> Iterator[Fronted]:
    """A server on 127.0.0.1 that answers the paths of ``answers`` itself (as a single sign-on gateway
    or a proxy in front of a real instance would) and forwards every other request to ``emulator``."""
    hop = {"connection", "keep-alive", "transfer-encoding", "content-encoding", "content-length", "host"}

    @Request.application
    def app(request: Request) -> Response:
        if request.path in answers:
            return answers[request.path]
        upstream = requests.request(
            request.method,
            emulator.url + request.full_path.rstrip("?"),
            headers={k: v for k, v in request.headers.items() if k.lower() not in hop},
            data=request.get_data(),
            allow_redirects=False,
            timeout=30,
        )
        headers = [(k, v) for k, v in upstream.headers.items() if k.lower() not in hop]
        return Response(upstream.content, status=upstream.status_code, headers=headers)

    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Fronted(emulator, f"http://127.0.0.1:{server.server_port}")
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)
