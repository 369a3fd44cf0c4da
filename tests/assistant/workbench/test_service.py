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
