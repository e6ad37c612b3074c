"""A small read-mostly Table API client (``requests``) for one instance; errors never carry secrets."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import requests


class ApiError(RuntimeError):
    """A call failed: the message names the instance, the call and ServiceNow's own message."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


def parse_time(value: str) -> datetime | None:
    """A ServiceNow ``glide_date_time`` (``YYYY-MM-DD HH:MM:SS``, UTC)."""
    try:
        return datetime.strptime(value, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
    except (TypeError, ValueError):
        return None


class Instance:
    """Table API calls to one instance as one user (basic auth)."""

    def __init__(self, url: str, auth: tuple[str, str], *, label: str, timeout: float = 15.0) -> None:
        self.url = url.rstrip("/")
        self.label = label
        self.timeout = timeout
        self.session = requests.Session()
        self.session.auth = auth
        self.session.headers["Accept"] = "application/json"

    def close(self) -> None:
        self.session.close()

    def call(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        kwargs.setdefault("timeout", self.timeout)
        try:
            return self.session.request(method, self.url + path, **kwargs)
        except requests.RequestException as error:
            raise ApiError(
                f"the {self.label} instance {self.url} did not answer ({type(error).__name__})"
            ) from None

    def _result(self, answer: requests.Response, what: str) -> Any:
        if answer.status_code == 401:
            raise ApiError(
                f"the {self.label} instance {self.url} refused the admin login (HTTP 401) for {what}", 401
            )
        if answer.status_code >= 400:
            try:
                error = answer.json().get("error") or {}
                message = f"{error.get('message')}: {error.get('detail')}"
            except (ValueError, AttributeError):
                message = answer.text[:200]
            raise ApiError(
                f"{what} on the {self.label} instance: HTTP {answer.status_code} {message}",
                answer.status_code,
            )
        try:
            return answer.json()["result"]
        except (ValueError, KeyError):
            raise ApiError(f"{what} on the {self.label} instance: the answer is not Table API JSON") from None

    def get(self, table: str, sys_id: str) -> dict[str, str] | None:
        """One record (raw values, references as sys_ids), or None when absent."""
        if not sys_id:
            return None
        answer = self.call(
            "GET", f"/api/now/table/{table}/{sys_id}", params={"sysparm_exclude_reference_link": "true"}
        )
        if answer.status_code == 404:
            return None
        result = self._result(answer, f"GET {table}/{sys_id}")
        return result if isinstance(result, dict) else None

    def query(self, table: str, query: str, *, limit: int = 100, fields: str = "") -> list[dict[str, str]]:
        params = {
            "sysparm_query": query,
            "sysparm_limit": str(limit),
            "sysparm_exclude_reference_link": "true",
        }
        if fields:
            params["sysparm_fields"] = fields
        result = self._result(self.call("GET", f"/api/now/table/{table}", params=params), f"GET {table}")
        return list(result) if isinstance(result, list) else []

    def first(self, table: str, query: str) -> dict[str, str] | None:
        found = self.query(table, query, limit=1)
        return found[0] if found else None
