"""The app's SQLite file (feedback and conversations live in one): created with its folder
when missing, each store adding its own tables."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path


class SqliteFile:
    """A store in a SQLite file.

    Args:
        path: the file; created with its folder when missing.
        schema: called once with a connection to create (or upgrade) the store's tables.
    """

    def __init__(self, path: Path, schema: Callable[[sqlite3.Connection], None]) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        with self._connect() as db:
            schema(db)

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=10)
