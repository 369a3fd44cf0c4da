"""The app's service layer: one assistant per process, built on first run and following
the index when a new build is published, plus feedback and Kamervraag exports. The Gradio app
calls only this and ``present``.

Thread safety (the app answers several requests at once): ``Assistant.ask`` only reads the
loaded index; the query embedder serialises its own calls; Chroma and bm25s searches are
safe to run side by side; the SQLite stores open a connection per call. The one mutable
thing here, which assistant is current, is swapped under a lock.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sqlite3
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from assistant.answer.engine import Assistant
from assistant.config import Settings
from assistant.errors import HicError, IndexDamaged
from assistant.messages import dutch_message
from assistant.records import Answer
from assistant.workbench.export import markdown_to_docx, to_docx, to_markdown
from assistant.workbench.feedback import FeedbackStore, Rating
from assistant.workbench.history import ConversationStore
from assistant.workbench.kamervraag import DraftAnswer, KamervraagDraft, draft
from index.lock import sweep


class Service:
    """Holds the assistant, builds the index when there is none, records feedback.

    Args:
        settings: configuration.
    """

    # how often a request looks whether CURRENT names another build (a file read)
    FOLLOW_EVERY = 1.0

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.Lock()
        self._assistant: Assistant | None = None
        self.progress: tuple[int, int] | None = None  # (done, total) of a build in progress
        self.building = False  # the launch build runs
        self.failure: Exception | None = None  # why the build at launch failed
        self.feedback = FeedbackStore(settings.feedback_db)
        self.history = ConversationStore(settings.feedback_db)  # next to the feedback, in the same file
        self._exports = _export_dir(settings.feedback_db.parent / "exports", settings.export_max_age_hours)
        self._checked = 0.0
        self._switching: str | None = None  # the build being loaded to replace the current one
        self._unusable: set[str] = set()  # builds that failed to load: not tried again
        self.switch_failure: Exception | None = None

    @property
    def ready(self) -> bool:
        return self._assistant is not None

    def assistant(self, progress: Callable[[int, int], None] | None = None) -> Assistant:
        """The assistant; on first use the index is built (with ``progress``) if missing, or
        repaired if damaged. Later, when ``hic ingest`` has published another build, the next
        call starts loading it in the background and keeps answering from the old one until
        the new one is ready.

        Raises:
            HicError: the index cannot be built or opened.
        """
        with self._lock:
            if self._assistant is None:
                from index.build import build_index
                from index.store import current_build

                while self.building and current_build(self.settings.index_dir) is None:
                    time.sleep(0.2)  # the launch build publishes figures and BM25 first
                if current_build(self.settings.index_dir) is None:
                    build_index(self.settings, progress=progress)
                try:
                    self._assistant = Assistant(self.settings)
                except IndexDamaged:
                    build_index(self.settings, progress=progress)  # repairs from the embedding cache
                    self._assistant = Assistant(self.settings)
            assistant = self._assistant
        self._follow(assistant)
        return assistant

    def _follow(self, assistant: Assistant) -> None:
        """Start loading the build CURRENT names, if it is another one than ``assistant``'s."""
        now = time.monotonic()
        if now - self._checked < self.FOLLOW_EVERY or self._switching:
            return
        self._checked = now
        from index.store import current_build

        current = current_build(self.settings.index_dir)
        if current is None or current.name == assistant.index.path.name or current.name in self._unusable:
            return
        self._switching = current.name
        threading.Thread(target=self._switch, args=(current.name,), name="hic-switch", daemon=True).start()

    def _switch(self, name: str) -> None:
        try:
            fresh = Assistant(self.settings)
            fresh.retriever  # noqa: B018  # (ready to search before it takes over)
            fresh.index.bm25  # noqa: B018
            with self._lock:
                self._assistant = fresh
            self.switch_failure = None
        except Exception as exc:  # a damaged or half-removed build: keep serving the old one
            self._unusable.add(name)
            self.switch_failure = exc
        finally:
            self._switching = None

    @property
    def available(self) -> bool:
        """Is there a build to answer from (a words-only one included)?"""
        from index.store import current_build

        return current_build(self.settings.index_dir) is not None

    def mode_note(self) -> str:
        """A Dutch note while answers come from words only (the first start, vectors still
        embedding); empty otherwise."""
        if self._assistant is None or self._assistant.index.has_vectors:
            return ""
        done = f" ({self.progress[0]}/{self.progress[1]} passages)" if self.progress else ""
        return (
            "Beperkte modus: de zoekindex op betekenis wordt nog gebouwd"
            f"{done}; tot die klaar is zoekt de assistent op trefwoorden. Cijfers uit de tabellen zijn volledig."
        )

    def start(self) -> threading.Thread:
        """Open the index in the background, right at launch. On a first start (or after a
        build was cut short) the build runs here: it publishes figures and BM25 within
        seconds, so questions are answered by words while the vectors are embedded; the app
        then switches to the complete build. ``progress`` follows the embedding."""

        def run() -> None:
            from index.build import build_index
            from index.store import current_build, read_manifest

            try:
                current = current_build(self.settings.index_dir)
                if current is None or not read_manifest(current).get("vectors", True):
                    self.building = True
                    build_index(self.settings, progress=lambda done, total: setattr(self, "progress", (done, total)))
            except Exception as exc:  # the page reports it; what exists is still opened below
                self.failure = exc
            finally:
                self.building = False
            try:
                assistant = self.assistant()
                assistant.retriever  # noqa: B018  # (the search libraries and embedder load now, not on the first question)
                assistant.index.bm25  # noqa: B018
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
        folder = self._new_export()
        docx_path = to_docx(result, folder / "conceptantwoord-kamervragen.docx")
        md_path = folder / "conceptantwoord-kamervragen.md"
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
        folder = self._new_export()
        md_path = folder / "gesprek.md"
        md_path.write_text(to_markdown(result), encoding="utf-8")
        return to_docx(result, folder / "gesprek.docx"), md_path

    def export_edited(self, markdown: str) -> tuple[Path, Path]:
        """Write a draft as edited on screen (its Markdown) as .docx and .md.

        Raises:
            ValueError: the text is empty (Dutch message).
        """
        if not markdown.strip():
            raise ValueError("Het concept is leeg; maak eerst een conceptantwoord.")
        folder = self._new_export()
        md_path = folder / "conceptantwoord-kamervragen-bewerkt.md"
        md_path.write_text(markdown, encoding="utf-8")
        return markdown_to_docx(markdown, folder / "conceptantwoord-kamervragen-bewerkt.docx"), md_path

    @property
    def export_dir(self) -> Path:
        return self._exports

    def _new_export(self) -> Path:
        """A folder of its own for one export: a random name, so nobody can guess another
        user's file, and two exports at once never overwrite each other."""
        return Path(tempfile.mkdtemp(prefix="", dir=self._exports))

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


def _export_dir(base: Path, max_age_hours: float) -> Path:
    """This process's folder for exported drafts, under the app's data folder: folders of
    processes that are gone, and anything older than ``max_age_hours``, are removed now;
    this one at exit."""
    base.mkdir(parents=True, exist_ok=True)
    sweep(base, "")  # folders of app processes that were killed
    cutoff = time.time() - max_age_hours * 3600
    for old in base.iterdir():
        try:
            if old.stat().st_mtime < cutoff:
                shutil.rmtree(old) if old.is_dir() else old.unlink()
        except OSError:
            continue  # another process's, in use or gone
    own = Path(tempfile.mkdtemp(prefix=f"{os.getpid()}-", dir=base))
    atexit.register(shutil.rmtree, own, True)
    return own


def user_message(exc: Exception) -> str:
    """A Dutch sentence for the UI."""
    if isinstance(exc, HicError):
        return dutch_message(exc)
    return f"Er ging iets mis ({type(exc).__name__}). Probeer het opnieuw; de app blijft werken."
