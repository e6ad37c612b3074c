"""What every part of an instance shares: times as ServiceNow writes them, sys_ids, users and errors."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime


def now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def fmt_time(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def parse_time(value: str) -> datetime | None:
    try:
        return datetime.strptime(value, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
    except ValueError:
        return None


def new_sys_id() -> str:
    return uuid.uuid4().hex


class RecordError(Exception):
    """A failure answered in ServiceNow's error envelope."""

    def __init__(self, status: int, message: str, detail: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.detail = detail


def not_found() -> RecordError:
    return RecordError(404, "No Record found", "Record doesn't exist or ACL restricts the record retrieval")


@dataclass(frozen=True)
class User:
    sys_id: str
    user_name: str
    roles: frozenset[str]

    def has_any(self, roles: tuple[str, ...] | None) -> bool:
        if "admin" in self.roles:
            return True
        if roles is None:
            return True
        return bool(self.roles.intersection(roles))
