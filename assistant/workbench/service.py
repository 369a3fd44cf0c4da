"""The app's service layer: one assistant per process, built on first run, plus feedback and
Kamervraag exports. The Gradio app calls only this and ``present``."""

from __future__ import annotations

import sqlite3
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from assistant.answer.engine import Assistant
from assistant.config import Settings
from assistant.errors import HicError
from assistant.messages import dutch_message
from assistant.records import Answer
from assistant.workbench.export import markdown_to_docx, to_docx, to_markdown
from assistant.workbench.feedback import FeedbackStore, Rating
from assistant.workbench.history import ConversationStore
from assistant.workbench.kamervraag import DraftAnswer, KamervraagDraft, draft


class Service:
    """Holds the assistant, builds the index when there is none, records feedback.

    Args:
        settings: configuration.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.Lock()
        self._assistant: Assistant | None = None
        self.progress: tuple[int, int] | None = None  # (done, total) of a build in progress
        self.failure: Exception | None = None  # why the build at launch failed
        self.feedback = FeedbackStore(settings.feedback_db)
        self.history = ConversationStore(settings.feedback_db)  # next to the feedback, in the same file
        self._exports = Path(tempfile.mkdtemp(prefix="hic-export-"))

    @property
    def ready(self) -> bool:
        return self._assistant is not None

    def assistant(self, progress: Callable[[int, int], None] | None = None) -> Assistant:
        """The assistant; on first use the index is built (with ``progress``) if missing.

        Raises:
            HicError: the index cannot be built or opened.
        """
        with self._lock:
            if self._assistant is None:
                from index.build import build_index
                from index.store import current_build

                if current_build(self.settings.index_dir) is None:
                    build_index(self.settings, progress=progress)
                self._assistant = Assistant(self.settings)
            return self._assistant

    def start(self) -> threading.Thread:
        """Open (or on first run build) the index in the background, right at launch, so the
        app is ready sooner than its first visitor would make it; ``progress`` follows the build."""

        def run() -> None:
            try:
                assistant = self.assistant(progress=lambda done, total: setattr(self, "progress", (done, total)))
                assistant.retriever  # noqa: B018  # (the search libraries and embedder load now, not on the first question)
            except Exception as exc:  # the page reports it; a request tries again
                self.failure = exc

        thread = threading.Thread(target=run, name="hic-index", daemon=True)
        thread.start()
        return thread

    def index_build(self) -> str:
        return str(self._assistant.index.manifest.get("build_id", "?")) if self._assistant else "?"

    def kamervraag(self, text: str) -> tuple[KamervraagDraft, Path, Path]:
        """Draft answers and write them as .docx and .md.

        Raises:
            ValueError: no numbered questions (Dutch message).
        """
        result = draft(self.assistant(), text)
        stem = f"conceptantwoord-kamervragen-{len(list(self._exports.iterdir())) // 2 + 1}"
        docx_path = to_docx(result, self._exports / f"{stem}.docx")
        md_path = self._exports / f"{stem}.md"
        md_path.write_text(to_markdown(result), encoding="utf-8")
        return result, docx_path, md_path

    def export_conversation(self, answers: list[Answer]) -> tuple[Path, Path]:
        """Write the answers of a conversation, in order, as .docx and .md (the layout of a
        Kamervragen draft: each question, its answer, the sources as footnotes).

        Raises:
            ValueError: nothing to export (Dutch message).
        """
        if not answers:
            raise ValueError("Er is in dit gesprek nog geen antwoord om te exporteren.")
        items = tuple(DraftAnswer(n, a.question, a) for n, a in enumerate(answers, start=1))
        result = KamervraagDraft("Gesprek met de HIC-assistent", items)
        stem = f"gesprek-{len(list(self._exports.iterdir())) // 2 + 1}"
        md_path = self._exports / f"{stem}.md"
        md_path.write_text(to_markdown(result), encoding="utf-8")
        return to_docx(result, self._exports / f"{stem}.docx"), md_path

    def export_edited(self, markdown: str) -> tuple[Path, Path]:
        """Write a draft as edited on screen (its Markdown) as .docx and .md.

        Raises:
            ValueError: the text is empty (Dutch message).
        """
        if not markdown.strip():
            raise ValueError("Het concept is leeg; maak eerst een conceptantwoord.")
        stem = f"conceptantwoord-kamervragen-bewerkt-{len(list(self._exports.iterdir())) // 2 + 1}"
        md_path = self._exports / f"{stem}.md"
        md_path.write_text(markdown, encoding="utf-8")
        return markdown_to_docx(markdown, self._exports / f"{stem}.docx"), md_path

    @property
    def export_dir(self) -> Path:
        return self._exports

    def rate(self, rating: Rating, answer: Answer | None, comment: str = "", answer_id: str | None = None) -> str:
        """Store a rating of ``answer`` (one per ``answer_id``: a new rating replaces the
        old); returns a Dutch confirmation or reason."""
        if answer is None:
            return "Er is nog geen antwoord om te beoordelen."
        try:
            self.feedback.record(rating, answer, self.index_build(), comment, answer_id)
        except (OSError, ValueError, sqlite3.Error) as exc:
            return f"De beoordeling kon niet worden opgeslagen: {exc}"
        return "Dank u, uw beoordeling is opgeslagen." + (" De toelichting ook." if comment.strip() else "")

    def comment(self, answer_id: str | None, comment: str) -> str:
        """Attach ``comment`` to the rating of ``answer_id``; a Dutch confirmation or reason."""
        if not comment.strip():
            return "Typ eerst een toelichting."
        if not answer_id:
            return "Beoordeel eerst een antwoord met de duim omhoog of omlaag; de toelichting hoort bij die beoordeling."
        try:
            stored = self.feedback.comment(answer_id, comment)
        except (OSError, sqlite3.Error) as exc:
            return f"De toelichting kon niet worden opgeslagen: {exc}"
        return (
            "Dank u, de toelichting is opgeslagen."
            if stored
            else "Beoordeel eerst het antwoord; de toelichting hoort bij die beoordeling."
        )


def user_message(exc: Exception) -> str:
    """A Dutch sentence for the UI."""
    if isinstance(exc, HicError):
        return dutch_message(exc)
    return f"Er ging iets mis ({type(exc).__name__}). Probeer het opnieuw; de app blijft werken."
