"""Conversation history: each conversation of the app kept per user (the login name, else
the browser), in the SQLite file that also holds the feedback, so it survives a reload and
an earlier conversation can be reopened."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from assistant.workbench.sqlite_file import SqliteFile

MAX_LISTED = 50


@dataclass(frozen=True)
class Conversation:
    id: str
    title: str
    updated: str
    messages: list[dict[str, Any]]  # the chat as shown: {"role", "content"}
    sources: str  # the sources panel of the last answer


class ConversationStore(SqliteFile):
    """Conversations by owner; an owner sees only their own.

    Args:
        path: the SQLite file; created with its folder when missing.
    """

    def _schema(self, db: sqlite3.Connection) -> None:
        db.execute(
            "CREATE TABLE IF NOT EXISTS conversations (id TEXT PRIMARY KEY, owner TEXT NOT NULL, title TEXT, "
            "created TEXT, updated TEXT, messages TEXT, sources TEXT)"
        )
        db.execute("CREATE INDEX IF NOT EXISTS conversations_owner ON conversations (owner, updated)")

    def save(self, owner: str, conversation_id: str, title: str, messages: list[dict[str, Any]], sources: str) -> None:
        """Store the conversation as it now stands (its title is kept from the first save)."""
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self._connect() as db:
            db.execute(
                "INSERT INTO conversations (id, owner, title, created, updated, messages, sources) VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET updated = excluded.updated, messages = excluded.messages, "
                "sources = excluded.sources WHERE conversations.owner = excluded.owner",
                (conversation_id, owner, title[:120], now, now, json.dumps(messages, ensure_ascii=False), sources),
            )

    def listing(self, owner: str) -> list[tuple[str, str]]:
        """The owner's conversations, newest first, as (label, id)."""
        with self._connect() as db:
            rows = db.execute(
                "SELECT id, title, updated FROM conversations WHERE owner = ? ORDER BY updated DESC, rowid DESC LIMIT ?",
                (owner, MAX_LISTED),
            ).fetchall()
        return [(f"{updated[:16].replace('T', ' ')} · {title}", cid) for cid, title, updated in rows]

    def load(self, owner: str, conversation_id: str) -> Conversation | None:
        """One of the owner's conversations; None if there is none by that id for them."""
        with self._connect() as db:
            row = db.execute(
                "SELECT id, title, updated, messages, sources FROM conversations WHERE owner = ? AND id = ?",
                (owner, conversation_id),
            ).fetchone()
        if row is None:
            return None
        return Conversation(row[0], row[1], row[2], json.loads(row[3]), row[4] or "")

    def latest(self, owner: str) -> Conversation | None:
        listed = self.listing(owner)
        return self.load(owner, listed[0][1]) if listed else None
