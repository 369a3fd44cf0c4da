"""The app's SQLite file (feedback and conversations live in one): created with its folder
when missing, each store adding its own tables."""

from __future__ import annotations

import sqlite3
from pathlib import Path


class SqliteFile:
    """A store in a SQLite file; a store says in ``_schema`` which tables it needs.

    Args:
        path: the file; created with its folder when missing.
    """

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        with self._connect() as db:
            self._schema(db)

    def _schema(self, db: sqlite3.Connection) -> None:
        """Create (or upgrade) the store's tables."""
        raise NotImplementedError

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=10)
