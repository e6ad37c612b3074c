"""The record store: SQLite, one row per record (any table), JSON data, sys_id unique across tables."""

from __future__ import annotations

import json
import secrets
import sqlite3
import threading
from collections.abc import Iterable


class Store:
    def __init__(self, path: str | None = None) -> None:
        self.path = path or ":memory:"
        self.lock = threading.RLock()
        #: Bumped by every record write (insert, update, delete); caches compare it to know when to reload.
        self.version = 0
        db: sqlite3.Connection | None = None
        try:
            db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            self._db = db
            self._create_schema()
        except sqlite3.Error as err:
            if db is not None:
                db.close()
            raise ValueError(
                f"cannot use the data file {self.path!r}: {err}; give --data a writable SQLite file"
                " in an existing directory (or leave --data out to keep the data in memory)"
            ) from None

    def _create_schema(self) -> None:
        with self.lock:
            if self.path != ":memory:":
                self._db.execute("PRAGMA journal_mode=WAL")
                self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS records (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                " sys_id TEXT NOT NULL UNIQUE, class TEXT NOT NULL, data TEXT NOT NULL)"
            )
            self._db.execute("CREATE INDEX IF NOT EXISTS records_class ON records (class)")

    # --- meta ---
    def meta(self, key: str) -> str | None:
        with self.lock:
            row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self.lock:
            self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def key(self) -> bytes:
        """The instance's password2 key, created once and kept in the store."""
        with self.lock:
            hexkey = self.meta("password2_key")
            if hexkey is None:
                hexkey = secrets.token_hex(32)
                self.set_meta("password2_key", hexkey)
        return bytes.fromhex(hexkey)

    # --- records ---
    def get(self, sys_id: str) -> tuple[str, dict[str, str]] | None:
        with self.lock:
            row = self._db.execute("SELECT class, data FROM records WHERE sys_id = ?", (sys_id,)).fetchone()
        if row is None:
            return None
        return row[0], json.loads(row[1])

    def exists(self, sys_id: str) -> bool:
        with self.lock:
            return (
                self._db.execute("SELECT 1 FROM records WHERE sys_id = ?", (sys_id,)).fetchone() is not None
            )

    def insert(self, cls: str, data: dict[str, str]) -> None:
        with self.lock:
            self._db.execute(
                "INSERT INTO records (sys_id, class, data) VALUES (?, ?, ?)",
                (data["sys_id"], cls, json.dumps(data, separators=(",", ":"))),
            )
            self.version += 1

    def update(self, sys_id: str, data: dict[str, str]) -> None:
        with self.lock:
            self._db.execute(
                "UPDATE records SET data = ? WHERE sys_id = ?",
                (json.dumps(data, separators=(",", ":")), sys_id),
            )
            self.version += 1

    def delete(self, sys_id: str) -> None:
        with self.lock:
            self._db.execute("DELETE FROM records WHERE sys_id = ?", (sys_id,))
            self.version += 1

    def scan(self, classes: Iterable[str]) -> list[tuple[str, dict[str, str]]]:
        """Every record of the given classes, in insertion order, as (class, data)."""
        names = list(classes)
        marks = ",".join("?" * len(names))
        with self.lock:
            rows = self._db.execute(
                f"SELECT class, data FROM records WHERE class IN ({marks}) ORDER BY seq", names
            ).fetchall()
        return [(cls, json.loads(data)) for cls, data in rows]

    def count(self) -> int:
        with self.lock:
            return int(self._db.execute("SELECT COUNT(*) FROM records").fetchone()[0])

    def close(self) -> None:
        with self.lock:
            self._db.close()
