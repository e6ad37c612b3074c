"""Fixtures for the emulator tests: an admin HTTP client bound to one emulator."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import requests

from servicenow_emulator.testing import Emulator


class Client:
    """A requests session bound to an emulator's base URL (admin basic auth unless told otherwise)."""

    def __init__(self, emulator: Emulator, auth: tuple[str, str] | None = None) -> None:
        self.url = emulator.url
        self.session = requests.Session()
        self.session.auth = auth or emulator.auth

    def __call__(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        kwargs.setdefault("timeout", 10)
        return self.session.request(method, self.url + path, **kwargs)

    def create(self, table: str, body: dict[str, Any], *, display: bool = False) -> dict[str, Any]:
        params = {"sysparm_input_display_value": "true"} if display else {}
        params["sysparm_exclude_reference_link"] = "true"
        answer = self("POST", f"/api/now/table/{table}", json=body, params=params)
        assert answer.status_code == 201, answer.text
        return answer.json()["result"]

    def close(self) -> None:
        self.session.close()


@pytest.fixture
def api(emulator: Emulator) -> Iterator[Client]:
    client = Client(emulator)
    yield client
    client.close()
