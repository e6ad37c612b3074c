"""Search files, plan archives (zips, recursively) and texts for secrets, in every form a secret takes
on the wire: as is, base64, and inside an HTTP basic-auth pair."""

from __future__ import annotations

import base64
import io
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path


def forms(secret: str, users: Iterable[str] = ()) -> set[bytes]:
    """The byte strings that reveal ``secret``: itself, its base64, and ``user:secret`` in base64."""
    raw = secret.encode()
    found = {raw, base64.b64encode(raw), base64.urlsafe_b64encode(raw)}
    for user in users:
        found.add(base64.b64encode(f"{user}:{secret}".encode()))
    return found


@dataclass
class Report:
    secrets: int = 0
    files: int = 0
    archives: int = 0
    texts: int = 0
    bytes: int = 0
    hits: list[tuple[str, str]] = field(default_factory=list)  # (where, secret's label)

    def line(self) -> str:
        return (
            f"secret search: {self.secrets} secrets, {self.files} files and {self.archives} plan archives "
            f"({self.bytes} bytes) and {self.texts} command outputs searched, {len(self.hits)} hits"
        )


class SecretSearch:
    """``secrets``: label -> value; ``users``: user names to pair each secret with (basic auth)."""

    def __init__(self, secrets: Mapping[str, str], users: Iterable[str] = ()) -> None:
        users = tuple(users)
        assert all(len(v) >= 8 for v in secrets.values()), "a short secret would match by chance"
        self.needles = {label: forms(value, users) for label, value in secrets.items()}
        self.report = Report(secrets=len(secrets))

    def _scan(self, data: bytes, where: str) -> None:
        self.report.bytes += len(data)
        for label, needles in self.needles.items():
            if any(needle in data for needle in needles):
                self.report.hits.append((where, label))
        if data[:4] == b"PK\x03\x04":  # a zip (a saved plan), searched member by member, recursively
            try:
                archive = zipfile.ZipFile(io.BytesIO(data))
            except zipfile.BadZipFile:
                return
            self.report.archives += 1
            for name in archive.namelist():
                self._scan(archive.read(name), f"{where}:{name}")

    def files(self, *roots: Path) -> None:
        for root in roots:
            for path in sorted(Path(root).rglob("*")):
                if path.is_file() and not path.is_symlink():
                    self.report.files += 1
                    self._scan(path.read_bytes(), str(path))

    def texts(self, texts: Mapping[str, str]) -> None:
        for where, text in texts.items():
            self.report.texts += 1
            self._scan(text.encode(), where)
