"""The media-analysis cache: a photo is analysed once per content, not once per audit.

Keys are the SHA-256 of the file's bytes; values are `MediaAnalysis` JSON. The namespace names
the analyser (its version, the face detector, whether OCR ran), so an upgrade or a newly
installed Tesseract makes old entries misses instead of wrong answers. The audit store
(`auditor.store`) can implement `MediaCache` on its own database; `SqliteMediaCache` is a
small stand-alone implementation, `MemoryMediaCache` the per-audit default.

Cached OCR text is what the user's own photo shows; the database file is private (0600).
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

_CHUNK = 400


class MediaCache(Protocol):
    def media_cache_get(self, namespace: str, keys: Sequence[bytes]) -> dict[bytes, str]:
        """The stored values of those keys that are present."""
        ...

    def media_cache_put(self, namespace: str, entries: list[tuple[bytes, str]]) -> None:
        """Store (key, value) pairs, replacing older values."""
        ...


class MemoryMediaCache:
    def __init__(self) -> None:
        self._data: dict[tuple[str, bytes], str] = {}

    def media_cache_get(self, namespace: str, keys: Sequence[bytes]) -> dict[bytes, str]:
        return {k: v for k in keys if (v := self._data.get((namespace, k))) is not None}

    def media_cache_put(self, namespace: str, entries: list[tuple[bytes, str]]) -> None:
        for k, v in entries:
            self._data[(namespace, k)] = v

    def __len__(self) -> int:
        return len(self._data)


class SqliteMediaCache:
    """A cache in one private SQLite file (WAL, one transaction per put)."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not path.exists():
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        self._db = sqlite3.connect(path, check_same_thread=False, timeout=10)
        self._lock = threading.Lock()
        with self._lock, self._db:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS media_cache (namespace TEXT NOT NULL, "
                "key BLOB NOT NULL, value TEXT NOT NULL, PRIMARY KEY (namespace, key)) "
                "WITHOUT ROWID"
            )

    def media_cache_get(self, namespace: str, keys: Sequence[bytes]) -> dict[bytes, str]:
        out: dict[bytes, str] = {}
        with self._lock:
            for i in range(0, len(keys), _CHUNK):
                chunk = list(keys[i : i + _CHUNK])
                marks = ",".join("?" * len(chunk))
                rows = self._db.execute(
                    f"SELECT key, value FROM media_cache WHERE namespace = ? AND key IN ({marks})",
                    [namespace, *chunk],
                )
                out.update((bytes(k), v) for k, v in rows)
        return out

    def media_cache_put(self, namespace: str, entries: list[tuple[bytes, str]]) -> None:
        if not entries:
            return
        with self._lock, self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO media_cache (namespace, key, value) VALUES (?, ?, ?)",
                [(namespace, k, v) for k, v in entries],
            )

    def close(self) -> None:
        self._db.close()
