"""The Gradio app, launched for real and driven through gradio_client."""

from __future__ import annotations

import json

import pytest
from gradio_client import Client

from assistant.workbench.export import read_footnotes

pytestmark = pytest.mark.real_model


@pytest.fixture(scope="module")
def client(app_url):
    return Client(app_url, verbose=False)


def test_a_question_returns_an_answer_with_citations(client):
    text, payload = client.predict("Hoeveel straatroven waren er in 2024?", api_name="/ask")
    assert text.startswith("In 2024 zijn 2.813 straatroven geregistreerd [1].")
    data = json.loads(payload)
    first = data["citations"][0]
    assert first["doc_id"] == "hic-2025" and first["quote"] == "2024 531 2.813 22.305 68.338 1.543 9"
    assert (first["row"], first["column"]) == ("2024", "Straatroven")


def test_kamervraag_mode_returns_a_docx_whose_footnotes_hold_the_references(client):
    questions = (
        "1. Hoeveel straatroven waren er in 2024?\n2. Wat doet AJB?\nVraag 3: Hoeveel fietsendiefstallen waren er in 2023?"
    )
    draft, docx_path, md_path = client.predict(questions, api_name="/kamervraag")
    assert "Antwoord op vraag 1" in draft and "Antwoord op vraag 3" in draft
    notes = read_footnotes(docx_path)
    assert len(notes) >= 2
    assert notes[0].startswith("Voortgangsrapportage High Impact Crimes 2024-2025, Kamerbrief van april 2026")
    assert "(tabel, rij 2024, kolom Straatroven): \u201c2024 531 2.813 22.305 68.338 1.543 9\u201d" in notes[0]
    from docx import Document

    body = "\n".join(p.text for p in Document(docx_path).paragraphs)
    assert "Antwoord op vraag 2" in body and "Dit staat niet in de beschikbare documenten." in body
    markdown = open(md_path, encoding="utf-8").read()
    assert "[^1]:" in markdown and "In 2024 zijn 2.813 straatroven geregistreerd [^1]." in markdown


def test_kamervraag_text_without_numbered_questions_gets_a_message(client):
    draft, docx_path, md_path = client.predict("Graag een reactie op de stijging van straatroven.", api_name="/kamervraag")
    assert "Geen genummerde vragen gevonden" in draft and docx_path is None and md_path is None


@pytest.mark.parametrize(("question", "message"), [("", "leeg"), ("x" * 10_000, "te lang"), ("🙂 👍", "in woorden")])
def test_bad_questions_get_a_dutch_message_and_the_app_keeps_serving(client, question, message):
    text, payload = client.predict(question, api_name="/ask")
    assert message in text and json.loads(payload)["refused"]
    again, _ = client.predict("Wat doet AJB?", api_name="/ask")
    assert "12 en 18 jaar" in again


def test_first_run_builds_the_index_at_launch_before_anyone_asks(tiny_corpus, tmp_path):
    from tests.conftest import launch_app

    index_dir = tmp_path / "leeg"
    process, url = launch_app(
        {"HIC_CORPUS_DIR": str(tiny_corpus), "HIC_INDEX_DIR": str(index_dir), "HIC_FEEDBACK_DB": str(tmp_path / "f.sqlite")},
        tmp_path / "serve.log",
    )
    try:
        # the build starts at launch, before anyone opens the page or asks
        import time

        deadline = time.monotonic() + 120
        while not (index_dir / "CURRENT").is_file() and time.monotonic() < deadline:
            time.sleep(0.5)
        assert (index_dir / "CURRENT").is_file()
        text, _ = Client(url, verbose=False).predict("Hoeveel aanslagen met explosieven waren er in 2024?", api_name="/ask")
        assert "1.543" in text
    finally:
        process.terminate()
        process.wait(timeout=20)
