"""Exports keep their citations: Markdown footnotes and real Word footnotes."""

from __future__ import annotations

from docx import Document

from assistant.records import Answer, Citation
from assistant.workbench.export import read_footnotes, to_docx, to_markdown
from assistant.workbench.kamervraag import DraftAnswer, KamervraagDraft


def _citation(n: int, quote: str) -> Citation:
    return Citation(
        n,
        "hic-2025",
        "Voortgangsrapportage HIC 2024-2025",
        "2026-04",
        "1. Cijfers",
        None,
        quote,
        f"Referentie {n}, 1. Cijfers",
        0,
        len(quote),
    )


DRAFT = KamervraagDraft(
    "Conceptantwoorden",
    (
        DraftAnswer(
            1,
            "Hoeveel straatroven?",
            Answer(
                "Hoeveel straatroven?",
                "Er waren 2.813 straatroven [1]. Dat is meer dan in 2023 [2].",
                False,
                (_citation(1, "2024: Straatroven 2.813."), _citation(2, "2023: Straatroven 2.435.")),
            ),
        ),
        DraftAnswer(
            2,
            "Hoeveel fietsdiefstallen?",
            Answer("Hoeveel fietsdiefstallen?", "Dit staat niet in de beschikbare documenten.", True),
        ),
        DraftAnswer(
            3,
            "Wat doet AJB?",
            Answer("Wat doet AJB?", "AJB helpt jongeren [1].", False, (_citation(1, "AJB richt zich op jongeren."),)),
        ),
    ),
)


def test_docx_has_one_real_footnote_per_citation_numbered_through(tmp_path):
    path = to_docx(DRAFT, tmp_path / "concept.docx")
    assert read_footnotes(path) == [
        "Referentie 1, 1. Cijfers: \u201c2024: Straatroven 2.813.\u201d",
        "Referentie 2, 1. Cijfers: \u201c2023: Straatroven 2.435.\u201d",
        "Referentie 1, 1. Cijfers: \u201cAJB richt zich op jongeren.\u201d",
    ]
    document = Document(str(path))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Antwoord op vraag 1" in text and "[1]" not in text  # markers became footnote references
    assert "Er waren 2.813 straatroven." in text
    references = document.element.body.xpath(".//w:footnoteReference")
    assert [r.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}id") for r in references] == ["1", "2", "3"]


def test_markdown_footnotes_are_numbered_through_the_draft():
    markdown = to_markdown(DRAFT)
    assert "Er waren 2.813 straatroven [^1]. Dat is meer dan in 2023 [^2]." in markdown
    assert "AJB helpt jongeren [^3]." in markdown
    assert "[^3]: Referentie 1, 1. Cijfers: \u201cAJB richt zich op jongeren.\u201d" in markdown
    assert "**Antwoord op vraag 2**\n\nDit staat niet in de beschikbare documenten." in markdown
