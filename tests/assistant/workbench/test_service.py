"""The app's service: exports of a conversation and of an edited draft."""

from __future__ import annotations

import pytest
from docx import Document

from assistant.config import Settings
from assistant.records import Answer, Citation
from assistant.workbench.export import read_footnotes
from assistant.workbench.service import Service


@pytest.fixture
def service(tmp_path):
    return Service(Settings(index_dir=tmp_path / "index", feedback_db=tmp_path / "data" / "app.sqlite"))


def test_a_conversation_exports_as_docx_and_markdown_with_its_sources(service):
    quote = "2024 531 2.813 22.305 68.338 1.543 9"
    cited = Citation(1, "hic-2025", "T", "2026-04", "S", None, quote, "Ref 2025", 0, len(quote))
    answers = [
        Answer("Hoeveel straatroven in 2024?", "In 2024 zijn 2.813 straatroven geregistreerd [1].", False, (cited,)),
        Answer("En fietsdiefstallen?", "", True, message="Dit staat niet in de beschikbare documenten."),
    ]
    docx_path, md_path = service.export_conversation(answers)
    text = "\n".join(p.text for p in Document(str(docx_path)).paragraphs)
    assert "Gesprek met de HIC-assistent" in text and "Hoeveel straatroven in 2024?" in text
    assert "Dit staat niet in de beschikbare documenten." in text
    assert read_footnotes(docx_path) == [f"Ref 2025: \u201c{quote}\u201d"]
    assert "geregistreerd [^1]." in md_path.read_text(encoding="utf-8")
    with pytest.raises(ValueError, match="nog geen antwoord"):
        service.export_conversation([])


def test_an_empty_edited_draft_gets_a_message(service):
    with pytest.raises(ValueError, match="leeg"):
        service.export_edited("  ")


def test_exports_go_to_the_data_folder_each_in_a_folder_of_its_own_and_old_ones_are_cleaned(tmp_path):
    import os
    import time

    exports = tmp_path / "data" / "exports"
    stale = exports / "123-oud"
    stale.mkdir(parents=True)
    (stale / "gesprek.docx").write_bytes(b"x")
    old = time.time() - 3 * 24 * 3600
    os.utime(stale, (old, old))
    settings = Settings(index_dir=tmp_path / "index", feedback_db=tmp_path / "data" / "app.sqlite")
    service = Service(settings)
    assert not stale.exists()
    assert service.export_dir.parent == exports
    first, _ = service.export_edited("# Concept\n\nTekst.")
    second, _ = service.export_edited("# Concept\n\nAndere tekst.")
    assert first.parent != second.parent and first.parent.parent == service.export_dir
    assert len(first.parent.name) >= 8  # not guessable from another user's export


@pytest.mark.real_model
def test_the_app_follows_a_newly_published_build_without_failing_a_request(tiny_settings, hash_embedder, tmp_path):
    import time

    from index.build import build_index

    build_index(tiny_settings, embedder=hash_embedder)
    settings = tiny_settings.model_copy(update={"feedback_db": tmp_path / "data" / "app.sqlite"})
    service = Service(settings)
    service.FOLLOW_EVERY = 0.0
    old = service.assistant()
    assert old.ask("Hoeveel overvallen waren er in 2021?").answer
    path = tiny_settings.corpus_dir / "brief-2025-excerpt.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\nDe nieuwe alinea gaat over babbeltrucs in 2026.\n", encoding="utf-8")
    report = build_index(tiny_settings, embedder=hash_embedder)
    deadline = time.monotonic() + 60
    while service.assistant() is old and time.monotonic() < deadline:
        assert old.ask("Hoeveel overvallen waren er in 2021?").answer  # the old build serves meanwhile
        time.sleep(0.05)
    fresh = service.assistant()
    assert fresh is not old and fresh.index.path.name == report.build_id
    assert any("babbeltrucs" in c.text for c in fresh.index.chunks.values())


@pytest.mark.real_model
def test_the_app_repairs_a_damaged_build_at_start_from_the_cache(tiny_settings, hash_embedder, tmp_path):
    from index.build import build_index
    from index.store import current_build

    build_index(tiny_settings, embedder=hash_embedder)
    (current_build(tiny_settings.index_dir) / "figures.json").write_text("onzin", encoding="utf-8")
    service = Service(tiny_settings.model_copy(update={"feedback_db": tmp_path / "data" / "app.sqlite"}))
    assistant = service.assistant()
    assert assistant.index.figures and assistant.ask("Hoeveel overvallen waren er in 2021?").answer
