"""Exports keep their citations: Markdown footnotes and real Word footnotes."""

from __future__ import annotations

from docx import Document

from assistant.records import Answer, Citation, Part
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
        DraftAnswer(
            4,
            "Hoeveel straatroven in 2024, en hoeveel fietsdiefstallen?",
            Answer(
                "Hoeveel straatroven in 2024, en hoeveel fietsdiefstallen?",
                "(1) Er waren 2.813 straatroven [1]. (2) Deelvraag 2: dit staat niet in de beschikbare documenten.",
                False,
                (_citation(1, "2024: Straatroven 2.813."),),
                parts=(Part("Hoeveel straatroven in 2024?", True), Part("Hoeveel fietsdiefstallen?", False)),
            ),
        ),
    ),
)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


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
    assert [r.get(f"{W}id") for r in references] == ["1", "2", "3"]


def test_docx_merges_a_passage_cited_twice_into_one_footnote(tmp_path):
    path = to_docx(DRAFT, tmp_path / "concept.docx")
    notes = read_footnotes(path)
    assert len(notes) == 3 and notes.count("Referentie 1, 1. Cijfers: \u201c2024: Straatroven 2.813.\u201d") == 1
    # question 4 cites the passage of note 1 again: a superscript 1, no new note
    answer_4 = next(p for p in Document(str(path)).paragraphs if p.text.startswith("(1) Er waren 2.813 straatroven"))
    assert [r.text for r in answer_4.runs if r.font.superscript] == ["1"]


def test_docx_is_a4_with_small_footnotes_and_its_properties_set(tmp_path):
    from datetime import datetime, timezone

    path = to_docx(DRAFT, tmp_path / "concept.docx")
    document = Document(str(path))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    properties = document.core_properties
    assert properties.title == "Conceptantwoorden" and properties.author == "HIC-assistent"
    assert abs((datetime.now(timezone.utc) - properties.created.replace(tzinfo=timezone.utc)).total_seconds()) < 120
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    notes = next(r.target_part for r in document.part.rels.values() if r.reltype == RT.FOOTNOTES)
    assert b'<w:sz w:val="16"/>' in notes.blob  # 8 pt against the body's 10 pt
    assert document.styles["Normal"].font.size.pt == 10


def test_each_question_says_which_parts_the_documents_answer(tmp_path):
    text = "\n".join(p.text for p in Document(str(to_docx(DRAFT, tmp_path / "c.docx"))).paragraphs)
    assert "Beantwoord uit de documenten." in text and "Niet in de documenten." in text
    assert "Deelvragen beantwoord: deelvraag 1; niet in de documenten: deelvraag 2." in text
    assert "*Deelvragen beantwoord: deelvraag 1; niet in de documenten: deelvraag 2.*" in to_markdown(DRAFT)


def test_markdown_footnotes_are_numbered_through_the_draft():
    markdown = to_markdown(DRAFT)
    assert "Er waren 2.813 straatroven [^1]. Dat is meer dan in 2023 [^2]." in markdown
    assert "AJB helpt jongeren [^3]." in markdown
    assert "[^3]: Referentie 1, 1. Cijfers: \u201cAJB richt zich op jongeren.\u201d" in markdown
    assert "**Antwoord op vraag 2**\n\nDit staat niet in de beschikbare documenten." in markdown
    assert "(1) Er waren 2.813 straatroven [^1]." in markdown and "[^4]" not in markdown  # the same passage, one note


def test_docx_first_page_renders_on_a4_in_libreoffice(tmp_path):
    """LibreOffice (headless) turns the draft into a PDF; its first page is kept as a PNG
    in test-output/ for a person to look at."""
    import shutil
    import subprocess

    from assistant.config import PROJECT_ROOT

    soffice, pdftoppm = shutil.which("soffice"), shutil.which("pdftoppm")
    assert soffice and pdftoppm, "LibreOffice and poppler are missing: `make test` installs them"
    path = to_docx(DRAFT, tmp_path / "concept.docx")
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    subprocess.run(
        [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)], check=True, env=env, timeout=180
    )
    pdf = tmp_path / "concept.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    assert "(A4)" in info
    target = PROJECT_ROOT / "test-output" / "kamervragen-docx-pagina-1"
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([pdftoppm, "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(target)], check=True)
    assert target.with_suffix(".png").stat().st_size > 10_000


def test_an_edited_draft_becomes_a_docx_with_the_edits_and_its_notes_renumbered(tmp_path):
    from assistant.workbench.export import markdown_to_docx

    edited = (
        to_markdown(DRAFT)
        .replace("Er waren 2.813 straatroven [^1]. Dat is meer dan in 2023 [^2].", "In 2024: 2.813 straatroven [^1].")
        .replace("AJB helpt jongeren [^3].", "AJB helpt jongeren tussen 12 en 18 jaar [^3].")
    )
    path = markdown_to_docx(edited, tmp_path / "bewerkt.docx")
    text = "\n".join(p.text for p in Document(str(path)).paragraphs)
    assert "In 2024: 2.813 straatroven." in text and "AJB helpt jongeren tussen 12 en 18 jaar." in text
    # note 2 is no longer referred to: the AJB note becomes the second note
    assert read_footnotes(path) == [
        "Referentie 1, 1. Cijfers: \u201c2024: Straatroven 2.813.\u201d",
        "Referentie 1, 1. Cijfers: \u201cAJB richt zich op jongeren.\u201d",
    ]
