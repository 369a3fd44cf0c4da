"""Feedback and record: every rated answer is stored with what is needed to reproduce it
(question, answer, citations, index build, app version) in a local SQLite file."""

from __future__ import annotations

import csv
import json
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Literal

from assistant import __version__
from assistant.records import Answer

Rating = Literal["up", "down"]
_COLUMNS = ("id", "created", "rating", "comment", "question", "answer", "refused", "citations", "index_build", "app_version")


class FeedbackStore:
    """Append-only feedback table.

    Args:
        path: the SQLite file; created with its folder when missing.
    """

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        with self._connect() as db:
            db.execute(
                "CREATE TABLE IF NOT EXISTS feedback (id INTEGER PRIMARY KEY AUTOINCREMENT, created TEXT, rating TEXT, "
                "comment TEXT, question TEXT, answer TEXT, refused INTEGER, citations TEXT, index_build TEXT, app_version TEXT)"
            )

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=10)

    def record(self, rating: Rating, answer: Answer, index_build: str, comment: str = "") -> int:
        """Store one rating of ``answer``; returns its id."""
        if rating not in ("up", "down"):
            raise ValueError(f"onbekende beoordeling: {rating}")
        citations = json.dumps(answer.to_json()["citations"], ensure_ascii=False)
        with self._connect() as db:
            cursor = db.execute(
                "INSERT INTO feedback (created, rating, comment, question, answer, refused, citations, index_build, app_version) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    datetime.now(timezone.utc).isoformat(timespec="seconds"),
                    rating,
                    comment.strip()[:2000],
                    answer.question,
                    answer.answer,
                    int(answer.refused),
                    citations,
                    index_build,
                    __version__,
                ),
            )
            return int(cursor.lastrowid or 0)

    def rows(self) -> list[dict[str, object]]:
        with self._connect() as db:
            return [
                dict(zip(_COLUMNS, row, strict=True))
                for row in db.execute(f"SELECT {', '.join(_COLUMNS)} FROM feedback ORDER BY id")
            ]

    def export_csv(self, target: Path) -> int:
        """Write all feedback as CSV (UTF-8, header row); returns the number of rows."""
        rows = self.rows()
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("w", encoding="utf-8", newline="") as out:
            writer = csv.DictWriter(out, fieldnames=list(_COLUMNS))
            writer.writeheader()
            writer.writerows(rows)
        return len(rows)
