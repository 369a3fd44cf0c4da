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
from assistant.workbench.sqlite_file import SqliteFile

Rating = Literal["up", "down"]
_COLUMNS = (
    "id",
    "created",
    "rating",
    "comment",
    "question",
    "answer",
    "refused",
    "citations",
    "index_build",
    "app_version",
    "answer_id",
)


class FeedbackStore(SqliteFile):
    """The feedback table: one row per rating.

    Args:
        path: the SQLite file; created with its folder when missing.
    """

    def _schema(self, db: sqlite3.Connection) -> None:
        db.execute(
            "CREATE TABLE IF NOT EXISTS feedback (id INTEGER PRIMARY KEY AUTOINCREMENT, created TEXT, rating TEXT, "
            "comment TEXT, question TEXT, answer TEXT, refused INTEGER, citations TEXT, index_build TEXT, app_version TEXT)"
        )
        # (a store from before per-answer ratings gains the column; its rows keep NULL)
        if "answer_id" not in {row[1] for row in db.execute("PRAGMA table_info(feedback)")}:
            db.execute("ALTER TABLE feedback ADD COLUMN answer_id TEXT")

    def record(self, rating: Rating, answer: Answer, index_build: str, comment: str = "", answer_id: str | None = None) -> int:
        """Store one rating of ``answer``; returns its row id. With ``answer_id`` an answer
        has one rating: rating it again replaces the rating (and keeps an earlier comment
        unless a new one is given)."""
        if rating not in ("up", "down"):
            raise ValueError(f"onbekende beoordeling: {rating}")
        citations = json.dumps(answer.to_json()["citations"], ensure_ascii=False)
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self._connect() as db:
            if answer_id:
                row = db.execute("SELECT id, comment FROM feedback WHERE answer_id = ?", (answer_id,)).fetchone()
                if row:
                    db.execute(
                        "UPDATE feedback SET created = ?, rating = ?, comment = ? WHERE id = ?",
                        (now, rating, comment.strip()[:2000] or row[1], row[0]),
                    )
                    return int(row[0])
            cursor = db.execute(
                "INSERT INTO feedback (created, rating, comment, question, answer, refused, citations, index_build, "
                "app_version, answer_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    now,
                    rating,
                    comment.strip()[:2000],
                    answer.question,
                    answer.answer,
                    int(answer.refused),
                    citations,
                    index_build,
                    __version__,
                    answer_id,
                ),
            )
            return int(cursor.lastrowid or 0)

    def comment(self, answer_id: str, comment: str) -> bool:
        """Set the comment of the rating of ``answer_id``; False when it has no rating."""
        with self._connect() as db:
            cursor = db.execute("UPDATE feedback SET comment = ? WHERE answer_id = ?", (comment.strip()[:2000], answer_id))
            return cursor.rowcount > 0

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
