"""Bad input never crashes and never slips through: one table of bad inputs across the config file, the
constructs, the provider, the command line, the runner and the emulator. Each case asserts the message
(it names the input and the fix) and that nothing changed on either instance of an emulator pair.

(Secret-related inputs, `${` in config strings, `user:password@` URLs and echoed secrets, are covered by
the secrets work's own tests.)
"""

from __future__ import annotations

import contextlib
import http.client
import io
import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests

from servicenow_emulator.__main__ import build_parser as emulator_parser
from servicenow_emulator.testing import Emulator
from servicenow_spoke import SecretValue
from servicenow_spoke.cdk import TerraformStack, Testing, binding
from servicenow_spoke.records import (
    BasicAuthCredential,
    GenericRecord,
    HttpConnection,
    OAuth2Credential,
    OAuthApiEndpoint,
)
from servicenow_spoke.toolchain import selected
from spoke_app.config import build_app, load_config
from spoke_app.workspace import Workspace, node_bin
from spoke_cli.__main__ import _parser as cli_parser
from terraform_provider_servicenow.provider import ServiceNowProvider
from tests.e2e.fault_harness import emulator_pair, snapshot
from tests.provider.helpers import Ctx, configured_provider, resource

ServicenowProvider = binding("provider").ServicenowProvider

BIG = 2**63 - 1
OVER = 2**31
SYS_ID = "a" * 32


@dataclass
class World:
    remote: Emulator
    local: Emulator
    tmp: Path


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    with emulator_pair() as (remote, local):
        yield World(remote, local, tmp_path_factory.mktemp("bad-inputs"))


# ------------------------------------------------------------------------------------------ the parts


def _pair(**over: str) -> str:
    values = {
        "stack": "dev",
        "remote_url": "http://127.0.0.1:9001",
        "local_url": "http://127.0.0.1:9002",
        "user_name": "spoke.integration",
        "variable": "pw",
        "options": "",
    }
    values.update(over)
    return f"""
[[pair]]
stack = {json.dumps(values["stack"])}
[pair.remote]
url = {json.dumps(values["remote_url"])}
username = "admin"
password_variable = {json.dumps(values["variable"])}
[pair.local]
url = {json.dumps(values["local_url"])}
username = "admin"
password_variable = "pw"
[pair.local_credential]
user_name = {json.dumps(values["user_name"])}
password_variable = "pw"
[pair.options]
{values["options"]}
"""


def config(text: str) -> Callable[[World], str]:
    """The config file's error: at load, or when its stacks are built (synth), under the config key."""

    def run(world: World) -> str:
        path = world.tmp / "spoke.toml"
        path.write_text(text, encoding="utf-8")
        try:
            build_app(Testing.app(), load_config(path))
        except ValueError as error:
            return str(error)
        raise AssertionError("the config was accepted")

    return run


def option(line: str) -> Callable[[World], str]:
    return config(_pair(options=line))


def construct(build: Callable[[TerraformStack, ServicenowProvider], object]) -> Callable[[World], str]:
    def run(world: World) -> str:
        stack = TerraformStack(Testing.app(), "bad")
        provider = ServicenowProvider(stack, "p", instance_url=world.local.url, alias="local")
        try:
            build(stack, provider)
        except ValueError as error:
            return str(error)
        raise AssertionError("the construct was accepted")

    return run


def provider_validate(type_name: str, values: dict[str, Any]) -> Callable[[World], str]:
    """What `terraform validate`/plan reports for a resource configuration (the provider's validate)."""

    def run(world: World) -> str:
        ctx = Ctx()
        resource(configured_provider(world.local.url), type_name).validate(ctx.diags, type_name, values)
        assert ctx.diags.has_errors(), "the configuration was accepted"
        return ctx.text

    return run


def provider_config(values: dict[str, Any]) -> Callable[[World], str]:
    def run(world: World) -> str:
        ctx = Ctx()
        ServiceNowProvider().configure_provider(ctx.diags, {"username": "admin", "password": "x", **values})
        assert ctx.diags.has_errors(), "the provider configuration was accepted"
        return ctx.text

    return run


def _argparse_error(parse: Callable[[list[str]], object], args: list[str]) -> str:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), pytest.raises(SystemExit) as info:
        parse(args)
    assert info.value.code == 2
    return err.getvalue()


def cli(*args: str) -> Callable[[World], str]:
    return lambda world: _argparse_error(cli_parser().parse_args, list(args))


def emulator_cli(*args: str) -> Callable[[World], str]:
    return lambda world: _argparse_error(emulator_parser().parse_args, list(args))


def raw_http(method: str, path: str, *, body: bytes | None = None, headers: dict[str, str] | None = None):
    """The emulator's answer to a raw request: 'HTTP <status> <JSON error message and detail>'."""

    def run(world: World) -> str:
        host, port = world.local.url.removeprefix("http://").split(":")
        conn = http.client.HTTPConnection(host, int(port), timeout=60)
        all_headers = {"Authorization": "Basic YWRtaW46TG9jYWwtQWRtaW4tUHctZmF1bHQy", **(headers or {})}
        try:
            conn.request(method, path, body=body, headers=all_headers)
            answer = conn.getresponse()
            raw = answer.read()
        except (ConnectionError, http.client.HTTPException) as error:
            return f"no answer: {error}"
        finally:
            conn.close()
        assert answer.getheader("Content-Type", "").startswith("application/json"), raw[:200]
        error = json.loads(raw)["error"]
        return f"HTTP {answer.status} {error['message']}: {error['detail']}"

    return run


def runner(command: str, secrets: dict[str, str]) -> Callable[[World], str]:
    """The project's cdktf runner before it starts cdktf (a stand-in cdktf that must never run)."""

    def run(world: World) -> str:
        project = world.tmp / f"project-{command}"
        cli = node_bin(selected(), project) / selected().cli
        cli.parent.mkdir(parents=True, exist_ok=True)
        cli.write_text(f"#!{sys.executable}\nraise SystemExit('cdktf must not run')\n")
        cli.chmod(0o755)
        path = world.tmp / "runner.toml"
        path.write_text(_pair(variable="remote_pw"))
        workspace = Workspace(world.tmp / "runner", path, secrets=secrets, project_root=project)
        try:
            workspace.cdktf(command)
        except RuntimeError as error:
            return str(error)
        raise AssertionError("the command ran")

    return run


def _unwritable_state_dir(world: World) -> str:
    blocker = world.tmp / "a-file"
    blocker.write_text("not a folder")
    return config(f'[settings]\nstate_dir = "{blocker}/state"\n' + _pair())(world)


def _state_dir_is_a_file(world: World) -> str:
    blocker = world.tmp / "state-file"
    blocker.write_text("not a folder")
    return config(f'[settings]\nstate_dir = "{blocker}"\n' + _pair())(world)


def _deep_json(world: World) -> str:
    body = b"[" * 100_000 + b"]" * 100_000
    return raw_http(
        "POST", "/api/now/table/sys_properties", body=body, headers={"Content-Type": "application/json"}
    )(world)


def _long_url(world: World) -> str:
    return raw_http("GET", "/api/now/table/sys_properties?sysparm_query=name=" + "x" * 200_000)(world)


def _big_body(world: World) -> str:
    body = b'{"name": "' + b"x" * (50 * 1024 * 1024) + b'"}'
    return raw_http(
        "POST", "/api/now/table/sys_properties", body=body, headers={"Content-Type": "application/json"}
    )(world)


def _fault_api(values: dict[str, Any]) -> Callable[[World], str]:
    def run(world: World) -> str:
        answer = requests.put(
            f"{world.local.url}/api/x_emulator/faults", json=values, auth=world.local.auth, timeout=10
        )
        body = answer.json()["error"]
        return f"HTTP {answer.status_code} {body['message']}: {body['detail']}"

    return run


def _secret(stack: TerraformStack) -> SecretValue:
    return SecretValue.from_env_variable(stack, "pw")


# ------------------------------------------------------------------------------------------ the table

CASES: list[tuple[str, Callable[[World], str], tuple[str, ...]]] = [
    # --- config file (spoke.toml): named by key, with the fix
    (
        "config: ftp:// remote URL",
        config(_pair(remote_url="ftp://remote.example.com")),
        ("pair[0].remote.url", "ftp://remote.example.com", "Fix:"),
    ),
    (
        "config: ftp:// local URL",
        config(_pair(local_url="ftp://127.0.0.1:21")),
        ("pair[0].local.url", "ftp://", "Fix:"),
    ),
    (
        "config: URL with a path",
        config(_pair(remote_url="https://x.service-now.com/now/nav")),
        ("pair[0].remote.url", "Fix:"),
    ),
    ("config: empty URL", config(_pair(remote_url="")), ("pair[0].remote.url", "Fix:")),
    (
        "config: localhost:P and 127.0.0.1:P as two local instances",
        config(
            _pair(stack="a", local_url="http://127.0.0.1:9002")
            + _pair(stack="b", local_url="http://localhost:9002")
        ),
        ("pair[1].local.url", "same local instance", "Fix:"),
    ),
    (
        "config: local and remote the same instance (localhost vs 127.0.0.1)",
        config(_pair(remote_url="http://localhost:9002", local_url="http://127.0.0.1:9002")),
        ("pair[0]", "Fix:"),
    ),
    (
        "config: state_dir under a file",
        _unwritable_state_dir,
        ("settings.state_dir", "is a file, not a folder", "Fix:"),
    ),
    (
        "config: state_dir is a file",
        _state_dir_is_a_file,
        ("settings.state_dir", "is a file, not a folder", "Fix:"),
    ),
    (
        "config: user name with spaces around",
        config(_pair(user_name=" spoke.integration ")),
        ("user_name", "'spoke.integration'"),
    ),
    ("config: user name with a newline", config(_pair(user_name="spoke\nci")), ("user_name", "'\\n'")),
    ("config: user name with ^", config(_pair(user_name="spoke^ORuser_name=admin")), ("user_name", "'^'")),
    (
        "config: empty user name",
        config(_pair(user_name="")),
        ("pair[0].local_credential.user_name", "non-empty", "Fix:"),
    ),
    ("config: bad stack name", config(_pair(stack="my stack")), ("stack", "Fix:")),
    ("config: empty stack name", config(_pair(stack="")), ("stack", "Fix:")),
    (
        "config: two pairs with one stack name",
        config(_pair() + _pair(local_url="http://127.0.0.1:9003")),
        ("stack", "Fix:"),
    ),
    ("config: bad variable name", config(_pair(variable="1pw")), ("password_variable", "Fix:")),
    ("config: unknown option", option("access_token_lifetime = 10"), ("access_token_lifetime", "Fix:")),
    (
        "config: option of the wrong type",
        option('access_token_lifespan = "1800"'),
        ("access_token_lifespan", "Fix:"),
    ),
    (
        "config: lifespan 2^63-1",
        option(f"access_token_lifespan = {BIG}"),
        ("access_token_lifespan", "2147483647", "Fix:"),
    ),
    (
        "config: lifespan 2^31",
        option(f"refresh_token_lifespan = {OVER}"),
        ("refresh_token_lifespan", "2147483647", "Fix:"),
    ),
    ("config: lifespan 0", option("access_token_lifespan = 0"), ("access_token_lifespan", "above zero")),
    (
        "config: negative order",
        option("oauth_credential_order = -1"),
        ("oauth_credential_order", "give e.g. 100"),
    ),
    (
        "config: order 2^31",
        option(f"oauth_credential_order = {OVER}"),
        ("oauth_credential_order", "2147483647"),
    ),
    ("config: endpoint name with a newline", option('endpoint_name = "a\\nb"'), ("endpoint_name", "'\\n'")),
    (
        "config: registry name with spaces around",
        option('registry_name = " RemoteSpoke "'),
        ("registry_name", "'RemoteSpoke'"),
    ),
    (
        "config: connection name with ^",
        option('remote_connection_name = "a^b"'),
        ("remote_connection_name", "'^'"),
    ),
    (
        "config: credential name with a tab",
        option('local_credential_name = "a\\tb"'),
        ("local_credential_name", "'\\t'"),
    ),
    (
        "config: unknown grant type",
        option('default_grant_type = "implicit"'),
        ("default_grant_type", "'authorization_code'"),
    ),
    (
        "config: PKCE with client credentials",
        option('pkce_required = true\ndefault_grant_type = "client_credentials"'),
        ("pkce_required", "authorization_code"),
    ),
    (
        "config: bad code challenge method",
        option('code_challenge_method = "S512"'),
        ("code_challenge_method", "'S256'"),
    ),
    (
        "config: bad on_destroy",
        option('registry_on_destroy = "delete"'),
        ("registry_on_destroy", "'restore'"),
    ),
    (
        "config: OAuth application user with ^",
        option('oauth_application_user = "a^b"'),
        ("oauth_application_user", "'^'"),
    ),
    ("config: not TOML", config("[[pair]\n"), ("(syntax)", "fix the TOML syntax")),
    # --- constructs (embedding apps): named by construct path and argument
    (
        "construct: lifespan 2^63-1",
        construct(
            lambda s, p: OAuthApiEndpoint(
                s,
                "E",
                provider=p,
                name="e",
                redirect_url="https://l.service-now.com/oauth_redirect.do",
                access_token_lifespan=BIG,
            )
        ),
        ("bad/E", "access_token_lifespan", "2147483647"),
    ),
    (
        "construct: lifespan 2^31",
        construct(
            lambda s, p: OAuthApiEndpoint(
                s,
                "E",
                provider=p,
                name="e",
                redirect_url="https://l.service-now.com/oauth_redirect.do",
                refresh_token_lifespan=OVER,
            )
        ),
        ("refresh_token_lifespan", "2147483647"),
    ),
    (
        "construct: ftp:// redirect URL",
        construct(
            lambda s, p: OAuthApiEndpoint(
                s, "E", provider=p, name="e", redirect_url="ftp://l/oauth_redirect.do"
            )
        ),
        ("redirect_url", "not an http(s) URL", "Fix:"),
    ),
    (
        "construct: endpoint name with a newline",
        construct(
            lambda s, p: OAuthApiEndpoint(
                s, "E", provider=p, name="a\nb", redirect_url="https://l.service-now.com/"
            )
        ),
        ("argument 'name'", "'\\n'"),
    ),
    (
        "construct: credential order 2^31",
        construct(lambda s, p: OAuth2Credential(s, "C", provider=p, oauth_entity_profile=SYS_ID, order=OVER)),
        ("order", "2147483647"),
    ),
    (
        "construct: credential name with ^",
        construct(lambda s, p: OAuth2Credential(s, "C", provider=p, name="a^b", oauth_entity_profile=SYS_ID)),
        ("argument 'name'", "'^'"),
    ),
    (
        "construct: basic user name with a newline",
        construct(
            lambda s, p: BasicAuthCredential(s, "B", provider=p, user_name="a\nb", password=_secret(s))
        ),
        ("user_name", "'\\n'"),
    ),
    (
        "construct: basic user name with ^",
        construct(lambda s, p: BasicAuthCredential(s, "B", provider=p, user_name="a^b", password=_secret(s))),
        ("user_name", "'^'"),
    ),
    (
        "construct: basic user name with spaces around",
        construct(
            lambda s, p: BasicAuthCredential(s, "B", provider=p, user_name=" ci ", password=_secret(s))
        ),
        ("user_name", "use 'ci'"),
    ),
    (
        "construct: plain string password",
        construct(lambda s, p: BasicAuthCredential(s, "B", provider=p, user_name="ci", password="pw")),
        ("password", "SecretValue"),
    ),
    (
        "construct: ftp:// connection URL",
        construct(
            lambda s, p: HttpConnection(
                s,
                "H",
                provider=p,
                name="h",
                credential=SYS_ID,
                connection_alias=SYS_ID,
                connection_url="ftp://remote/",
            )
        ),
        ("connection_url", "not an http(s) URL"),
    ),
    (
        "construct: connection URL without scheme",
        construct(
            lambda s, p: HttpConnection(
                s,
                "H",
                provider=p,
                name="h",
                credential=SYS_ID,
                connection_alias=SYS_ID,
                connection_url="remote.service-now.com",
            )
        ),
        ("connection_url", "not an http(s) URL"),
    ),
    (
        "construct: empty domain",
        construct(
            lambda s, p: HttpConnection(
                s,
                "H",
                provider=p,
                name="h",
                credential=SYS_ID,
                connection_alias=SYS_ID,
                connection_url="https://r/",
                domain="",
            )
        ),
        ("argument 'domain'", "give a name"),
    ),
    (
        "construct: connection name with a carriage return",
        construct(
            lambda s, p: HttpConnection(
                s,
                "H",
                provider=p,
                name="h\r",
                credential=SYS_ID,
                connection_alias=SYS_ID,
                connection_url="https://r/",
            )
        ),
        ("argument 'name'",),
    ),
    (
        "construct: generic record value not a string",
        construct(
            lambda s, p: GenericRecord(s, "G", provider=p, table="sys_properties", fields={"value": 1})
        ),
        ("fields['value']", "give str(1)"),
    ),
    (
        "construct: adopt_by not in fields",
        construct(
            lambda s, p: GenericRecord(
                s, "G", provider=p, table="sys_properties", fields={"value": "1"}, adopt_by="name"
            )
        ),
        ("adopt_by", "add 'name' to fields"),
    ),
    (
        "construct: on_destroy without adopt_by",
        construct(
            lambda s, p: GenericRecord(
                s, "G", provider=p, table="sys_properties", fields={"name": "x"}, on_destroy="keep"
            )
        ),
        ("on_destroy", "set adopt_by"),
    ),
    # --- provider (plain HCL): the diagnostic names the attribute and the fix
    (
        "provider: lifespan 2^63-1 (as terraform sends it)",
        provider_validate("servicenow_oauth_api_endpoint", {"name": "e", "access_token_lifespan": str(BIG)}),
        ("access_token_lifespan", "1 to 2147483647"),
    ),
    (
        "provider: lifespan 2^31",
        provider_validate("servicenow_oauth_api_endpoint", {"name": "e", "refresh_token_lifespan": OVER}),
        ("refresh_token_lifespan", "2147483647"),
    ),
    (
        "provider: negative order",
        provider_validate("servicenow_oauth2_credential", {"name": "c", "order": -1}),
        ("order", "0 to 2147483647"),
    ),
    (
        "provider: fractional order",
        provider_validate("servicenow_basic_auth_credential", {"name": "c", "order": 1.5}),
        ("order", "whole number"),
    ),
    (
        "provider: ftp:// connection URL",
        provider_validate("servicenow_http_connection", {"name": "h", "connection_url": "ftp://r/"}),
        ("connection_url", "not an http(s) URL"),
    ),
    (
        "provider: ftp:// redirect URL",
        provider_validate(
            "servicenow_oauth_api_endpoint", {"name": "e", "redirect_url": "https://a/, ftp://b/"}
        ),
        ("redirect_url", "not an http(s) URL"),
    ),
    (
        "provider: credential name with ^",
        provider_validate("servicenow_oauth2_credential", {"name": "a^b"}),
        ("Invalid name", "`^`"),
    ),
    (
        "provider: user name with a newline",
        provider_validate("servicenow_basic_auth_credential", {"name": "a\nb"}),
        ("Invalid name", "line break"),
    ),
    (
        "provider: create_sys_id not hex",
        provider_validate("servicenow_http_connection", {"name": "h", "create_sys_id": "xyz"}),
        ("create_sys_id", "32 lowercase hexadecimal"),
    ),
    (
        "provider: create_sys_id upper case",
        provider_validate("servicenow_record", {"table": "t", "fields": {}, "create_sys_id": "A" * 32}),
        ("create_sys_id", "32 lowercase hexadecimal"),
    ),
    (
        "provider: reference not a sys_id",
        provider_validate("servicenow_http_connection", {"name": "h", "credential": "Remote Credentials"}),
        ("credential", "not a sys_id"),
    ),
    (
        "provider: unknown choice",
        provider_validate("servicenow_oauth_api_endpoint", {"name": "e", "code_challenge_method": "S512"}),
        ("code_challenge_method", "S256"),
    ),
    (
        "provider: empty required name",
        provider_validate("servicenow_http_connection", {"name": ""}),
        ("Empty name", "must not be empty"),
    ),
    (
        "provider: bad table name",
        provider_validate("servicenow_record", {"table": "Sys Properties", "fields": {}}),
        ("Invalid table", "lowercase letters"),
    ),
    (
        "provider: bad column name",
        provider_validate("servicenow_record", {"table": "sys_properties", "fields": {"bad col": "x"}}),
        ("Invalid column name", "'bad col'"),
    ),
    (
        "provider: sys_id in fields",
        provider_validate("servicenow_record", {"table": "sys_properties", "fields": {"sys_id": SYS_ID}}),
        ("System column", "computed_fields"),
    ),
    (
        "provider: adopt_by not in fields",
        provider_validate(
            "servicenow_record", {"table": "sys_properties", "fields": {"value": "1"}, "adopt_by": "name"}
        ),
        ("adopt_by", "add name to fields"),
    ),
    (
        "provider: instance URL ftp://",
        provider_config({"instance_url": "ftp://x.service-now.com"}),
        ("instance_url", "https"),
    ),
    (
        "provider: http to a non-loopback host",
        provider_config({"instance_url": "http://x.service-now.com"}),
        ("instance_url", "https"),
    ),
    (
        "provider: negative timeout",
        provider_config({"instance_url": "https://x.service-now.com", "request_timeout": -1}),
        ("request_timeout",),
    ),
    (
        "provider: too many retries",
        provider_config({"instance_url": "https://x.service-now.com", "max_retries": 999}),
        ("max_retries",),
    ),
    (
        "provider: unknown auth method",
        provider_config({"instance_url": "https://x.service-now.com", "auth_method": "magic"}),
        ("auth_method", "basic"),
    ),
    # --- command line
    ("cli: --timeout -1", cli("authorize", "--timeout", "-1"), ("--timeout", "above zero")),
    ("cli: --timeout 0", cli("authorize", "--timeout", "0"), ("--timeout", "above zero")),
    ("cli: --timeout inf", cli("authorize", "--timeout", "inf"), ("--timeout", "above zero")),
    ("cli: --timeout abc", cli("authorize", "--timeout", "abc"), ("--timeout", "number of seconds")),
    ("cli: --interval -5", cli("authorize", "--interval", "-5"), ("--interval", "above zero")),
    ("cli: unknown command", cli("deploy-all"), ("invalid choice",)),
    # --- the runner (every project command that runs cdktf)
    (
        "runner: TF_VAR missing",
        runner("deploy", {"pw": "x"}),
        ("TF_VAR_remote_pw is not set", "export TF_VAR_remote_pw"),
    ),
    (
        "runner: TF_VAR empty",
        runner("diff", {"pw": "x", "remote_pw": ""}),
        ("TF_VAR_remote_pw is empty", "export TF_VAR_remote_pw"),
    ),
    ("runner: TF_VAR missing for destroy", runner("destroy", {"remote_pw": "x"}), ("TF_VAR_pw is not set",)),
    # --- emulator: command line and HTTP
    ("emulator: --port 99999", emulator_cli("--port", "99999"), ("--port", "0 to 65535")),
    ("emulator: --port -1", emulator_cli("--port", "-1"), ("--port", "0 or more")),
    (
        "emulator: --error-rate-500 2",
        emulator_cli("--error-rate-500", "2"),
        ("--error-rate-500", "between 0 and 1"),
    ),
    ("emulator: --latency-ms -3", emulator_cli("--latency-ms", "-3"), ("--latency-ms", "0 or more")),
    ("emulator: 100,000-deep JSON", _deep_json, ("HTTP 400", "nested too deeply")),
    ("emulator: 200 KB URL", _long_url, ("HTTP 414", "shorter query")),
    ("emulator: 50 MB body", _big_body, ("HTTP 413", "at most 10485760 bytes")),
    (
        "emulator: non-numeric Content-Length",
        raw_http(
            "POST",
            "/api/now/table/sys_properties",
            body=b"{}",
            headers={"Content-Type": "application/json", "Content-Length": "ab"},
        ),
        ("HTTP 400", "Content-Length"),
    ),
    (
        "emulator: invalid sys_id",
        raw_http(
            "POST",
            "/api/now/table/sys_properties",
            body=b'{"sys_id": "xyz", "name": "x"}',
            headers={"Content-Type": "application/json"},
        ),
        ("HTTP 400", "32 lowercase hexadecimal"),
    ),
    (
        "emulator: a JSON array body",
        raw_http(
            "POST",
            "/api/now/table/sys_properties",
            body=b"[1, 2]",
            headers={"Content-Type": "application/json"},
        ),
        ("HTTP 400", "one JSON object"),
    ),
    (
        "emulator: body that is not JSON",
        raw_http(
            "POST",
            "/api/now/table/sys_properties",
            body=b"name=x",
            headers={"Content-Type": "application/json"},
        ),
        ("HTTP 400", "not valid JSON"),
    ),
    (
        "emulator: form body",
        raw_http(
            "POST",
            "/api/now/table/sys_properties",
            body=b"name=x",
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        ),
        ("HTTP 400", "application/json"),
    ),
    (
        "emulator: fault rate 2",
        _fault_api({"error_rate_500": 2}),
        ("HTTP 400", "error_rate_500", "between 0 and 1"),
    ),
    (
        "emulator: unknown fault option",
        _fault_api({"error_rate_418": 1}),
        ("HTTP 400", "error_rate_418", "known:"),
    ),
]


def test_the_table_holds_at_least_70_bad_inputs_across_every_part() -> None:
    assert len(CASES) >= 70
    parts = {name.split(":")[0] for name, _run, _expected in CASES}
    assert parts == {"config", "construct", "provider", "cli", "runner", "emulator"}


@pytest.mark.parametrize(("name", "run", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_bad_input_gets_a_clear_error_and_changes_nothing(
    world: World, name: str, run: Callable[[World], str], expected: tuple[str, ...]
) -> None:
    before = (snapshot(world.remote), snapshot(world.local))
    message = run(world)
    flat = " ".join(message.split())
    missing = [part for part in expected if " ".join(part.split()) not in flat]
    assert not missing, f"{name}: {missing} not in:\n{message}"
    assert "Traceback" not in message and "probably a bug" not in message
    assert (snapshot(world.remote), snapshot(world.local)) == before, f"{name} changed an instance"
