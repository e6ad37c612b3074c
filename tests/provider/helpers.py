"""Helpers shared by the provider's tests (not fixtures)."""

from __future__ import annotations

from typing import Any

import requests
from tf.iface import (
    CreateContext,
    DeleteContext,
    ImportContext,
    PlanContext,
    ReadContext,
    ReadDataContext,
    UpdateContext,
)
from tf.utils import Diagnostics

from terraform_provider_servicenow.provider import ServiceNowProvider


def configured_provider(
    url: str, username: str = "admin", password: str = "admin", **extra: Any
) -> ServiceNowProvider:
    provider = ServiceNowProvider()
    diags = Diagnostics()
    provider.configure_provider(
        diags, {"instance_url": url, "username": username, "password": password, **extra}
    )
    assert not diags.has_errors(), str(diags)
    assert provider.client is not None
    provider.client.settings = provider.client.settings.__class__(
        **{**provider.client.settings.__dict__, "retry_base_delay": 0.01, "retry_max_delay": 0.5}
    )
    return provider


def resource(provider: ServiceNowProvider, type_name: str) -> Any:
    for cls in provider.get_resources():
        if "servicenow_" + cls.get_name() == type_name:
            return provider.new_resource(cls)
    raise KeyError(type_name)


def data_source(provider: ServiceNowProvider, type_name: str) -> Any:
    for cls in provider.get_data_sources():
        if "servicenow_" + cls.get_name() == type_name:
            return provider.new_data_source(cls)
    raise KeyError(type_name)


def planned_create(res: Any, config: dict[str, Any]) -> dict[str, Any]:
    """What terraform (through tf) plans for a create: config values, defaults, unknown computed."""
    state: dict[str, Any] = {}
    for attr in res.get_schema().attributes:
        value = config.get(attr.name)
        if value is not None:
            state[attr.name] = value
        elif not attr.computed:
            state[attr.name] = None
        else:
            state[attr.name] = attr.default
    return state


class Ctx:
    """Contexts carrying one Diagnostics object."""

    def __init__(self, type_name: str = "servicenow_test") -> None:
        self.diags = Diagnostics()
        self.type_name = type_name

    def create(self) -> CreateContext:
        return CreateContext(self.diags, self.type_name)

    def read(self) -> ReadContext:
        return ReadContext(self.diags, self.type_name)

    def update(self) -> UpdateContext:
        return UpdateContext(self.diags, self.type_name)

    def delete(self) -> DeleteContext:
        return DeleteContext(self.diags, self.type_name)

    def import_(self) -> ImportContext:
        return ImportContext(self.diags, self.type_name)

    def plan(self, changed: set[str]) -> PlanContext:
        return PlanContext(self.diags, self.type_name, changed_fields=changed)

    def data(self) -> ReadDataContext:
        return ReadDataContext(self.diags, self.type_name)

    @property
    def text(self) -> str:
        return "\n".join(f"{d.summary}\n{d.detail}" for d in self.diags.diagnostics)


class Recorder:
    """Wraps a client's session to record (method, path, params, json body) of every request."""

    def __init__(self, provider: ServiceNowProvider) -> None:
        assert provider.client is not None
        self.calls: list[tuple[str, str, dict, Any]] = []
        session = provider.client.session
        original = session.request

        def request(method: str, url: str, **kw: Any) -> requests.Response:
            path = url.split("://", 1)[1].split("/", 1)[1]
            self.calls.append((method, "/" + path, dict(kw.get("params") or {}), kw.get("json")))
            return original(method, url, **kw)

        session.request = request  # type: ignore[method-assign]

    def methods(self) -> list[str]:
        return [c[0] for c in self.calls]


def admin_session(url: str, password: str = "admin") -> requests.Session:
    session = requests.Session()
    session.auth = ("admin", password)
    session.headers.update({"Accept": "application/json"})
    session.base = url  # type: ignore[attr-defined]
    return session


def create_user(url: str, user_name: str, password: str, roles: tuple[str, ...] = ()) -> str:
    """A user with the given roles, created through the Table API as an admin would."""
    s = admin_session(url)
    r = s.post(
        f"{url}/api/now/table/sys_user",
        params={"sysparm_input_display_value": "true"},
        json={"user_name": user_name, "user_password": password, "active": "true"},
    )
    r.raise_for_status()
    user_id = r.json()["result"]["sys_id"]
    for role in roles:
        found = s.get(f"{url}/api/now/table/sys_user_role", params={"sysparm_query": f"name={role}"}).json()
        role_id = found["result"][0]["sys_id"]
        s.post(
            f"{url}/api/now/table/sys_user_has_role", json={"user": user_id, "role": role_id}
        ).raise_for_status()
    return user_id


def patch_record(url: str, table: str, sys_id: str, values: dict[str, str], password: str = "admin") -> None:
    """A change made behind terraform's back."""
    admin_session(url, password).patch(
        f"{url}/api/now/table/{table}/{sys_id}", json=values
    ).raise_for_status()


def delete_record(url: str, table: str, sys_id: str, password: str = "admin") -> None:
    admin_session(url, password).delete(f"{url}/api/now/table/{table}/{sys_id}").raise_for_status()
