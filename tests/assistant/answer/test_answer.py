"""The extractive answerer on the real corpus: figures, refusals, conflicts, text answers
and bad input."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.real_model


def _verbatim(assistant, answer):
    docs = assistant.index.documents
    return all(docs[c.doc_id].text[c.start : c.end] == c.cleaned for c in answer.citations)


def test_a_figure_question_cites_the_table_row_it_came_from(assistant):
    answer = assistant.ask("Hoeveel straatroven waren er in 2024?")
    assert not answer.refused
    assert answer.answer.startswith("In 2024 zijn 2.813 straatroven geregistreerd [1].")
    first = answer.citations[0]
    # the row as the delivered letter prints it, and which cell of it
    assert first.doc_id == "hic-2025" and first.quote == "2024 531 2.813 22.305 68.338 1.543 9"
    assert (first.row, first.column) == ("2024", "Straatroven") and first.table
    assert answer.figures[0].value == "2.813" and answer.figures[0].citation == 1
    assert _verbatim(assistant, answer)


def test_a_year_the_documents_do_not_cover_is_refused_with_the_nearest_fact(assistant):
    answer = assistant.ask("Hoeveel overvallen waren er in 2030?")
    assert answer.refused
    assert answer.answer.startswith("Dit staat niet in de beschikbare documenten.")
    assert "tot en met 2025 [1]" in answer.answer
    assert answer.citations[0].quote.startswith("2025 539") and answer.citations[0].column == "Overvallen"


def test_a_metric_the_documents_do_not_report_is_refused(assistant):
    for question in (
        "Hoeveel fietsendiefstallen waren er in 2023?",
        "Wat was het ophelderingspercentage van woninginbraken in 2021?",
    ):
        answer = assistant.ask(question)
        assert answer.refused and answer.answer.startswith("Dit staat niet in de beschikbare documenten."), question


def test_a_sub_count_is_not_answered_with_the_total(assistant):
    """The refusal comes first; the total follows, named as the total, never as the answer."""
    answer = assistant.ask("Hoeveel overvallen op woningen waren er in 2024?")
    assert answer.refused
    first, _, rest = answer.answer.partition(". ")
    assert first == "Dit staat niet in de beschikbare documenten: ze geven geen cijfer voor 'woningen'"
    assert "531" not in first and rest.startswith("Wel het landelijke cijfer voor overvallen, niet uitgesplitst naar 'woningen'")


def test_a_question_about_one_city_is_never_answered_with_the_national_total(assistant):
    answer = assistant.ask("Hoeveel overvallen waren er in Den Haag in 2021?")
    assert answer.refused
    assert answer.answer.startswith("Dit staat niet in de beschikbare documenten: ze geven geen cijfer voor 'Den Haag'.")


def test_sources_that_disagree_are_shown(assistant):
    answer = assistant.ask("Hoeveel straatroven waren er in 2021?")
    assert "2.321" in answer.answer and "2.318" in answer.answer
    assert "meest recente bron" in answer.answer
    conflict = answer.conflicts[0]
    assert conflict.metric == "straatroven" and conflict.period == "2021" and conflict.preferred_doc == "hic-2025"
    assert {v["value"] for v in conflict.values} == {"2.321", "2.318"}


def test_a_trend_labels_its_computed_change(assistant):
    answer = assistant.ask("Hoe ontwikkelde het aantal straatroven zich sinds 2015?")
    assert "4.731 in 2015" in answer.answer and "2.915 in 2025" in answer.answer
    assert "een daling van 1.816 (-38,4%), berekend uit deze cijfers" in answer.answer
    printed = [f for f in answer.figures if not f.computed]
    assert [f.period for f in printed] == [str(y) for y in range(2015, 2026)]
    assert "Per jaar: 2015: 4.731 [1]; 2016: 4.167 [2];" in answer.answer
    assert "2021: ook 2.318 in Actieprogramma" in answer.answer  # the disagreement within the series


def test_a_text_question_is_answered_with_verbatim_sentences(assistant):
    answer = assistant.ask("Wat doet AJB?")
    assert not answer.refused
    assert "12 en 18 jaar" in answer.answer
    assert all(re.search(rf"\[{c.n}\]", answer.answer) for c in answer.citations)
    assert _verbatim(assistant, answer)


def test_a_question_naming_a_document_is_answered_from_it(assistant):
    answer = assistant.ask("Welke wetstrajecten raken aan de aanpak van high impact crimes volgens de beslisnota?")
    assert not answer.refused and {c.doc_id for c in answer.citations} == {"beslisnota-2022"}


def test_citations_carry_document_metadata_and_a_reference(assistant):
    answer = assistant.ask("Hoeveel camera's waren er tot 1 november 2022 geregistreerd bij Camera in Beeld?")
    citation = answer.citations[0]
    assert citation.doc_id == "hic-2022" and citation.date == "2022-12-14" and citation.page is not None
    assert citation.reference.startswith("Voortgangsrapportage HIC 2021-2022, Kamerbrief van 14 december 2022, kenmerk 4355467, ")
    assert "321.000" in answer.answer


@pytest.mark.parametrize(
    ("question", "message"),
    [
        ("", "de vraag is leeg"),
        ("   \n\t ", "de vraag is leeg"),
        ("overvallen " * 300, "te lang"),
        ("How many robberies were there in 2021?", "in het Nederlands"),
    ],
)
def test_bad_input_gets_a_dutch_message(assistant, question, message):
    answer = assistant.ask(question)
    assert answer.refused and message in (answer.message or "")


def test_control_characters_are_ignored(assistant):
    answer = assistant.ask("Hoeveel\x00 straatroven\x07 waren er in 2024?")
    assert "2.813" in answer.answer


def test_the_json_object_follows_the_contract(assistant):
    data = assistant.ask("Hoeveel straatroven waren er in 2021?").to_json()
    assert set(data) >= {"question", "answer", "refused", "citations", "figures", "conflicts", "mode", "timings_ms"}
    assert set(data["citations"][0]) >= {"n", "doc_id", "title", "date", "section", "page", "quote", "reference"}
    assert set(data["figures"][0]) >= {"metric", "period", "value", "unit", "doc_id", "citation"}
    assert data["mode"] == "extractive" and data["timings_ms"]["total"] >= 0


def test_a_metric_definition_is_answered_from_its_defining_footnote(assistant):
    answer = assistant.ask("Wat is de definitie van een overval?")
    assert answer.answer.startswith("Definitie politie: Het met geweld")
    citation = answer.citations[0]
    assert (citation.doc_id, citation.note) == ("actieprogramma-tfo", 35) and "voetnoot 35" in citation.reference


def test_a_trend_quotes_the_percentage_the_letter_prints_itself(assistant):
    answer = assistant.ask("Hoe ontwikkelde het aantal woninginbraken zich tussen 2011 en 2021?")
    assert "noemt zelf -74% over 2011-2021" in answer.answer
    computed = [f for f in answer.figures if f.computed]
    assert {f.value for f in computed} == {"-65.508", "-73,6%"} and all(f.citation is None for f in computed)


def test_a_period_the_tables_lack_is_answered_from_the_text_when_it_can_be(assistant):
    # the ambition table prints recidive for 2019-2021 only; the text gives cohort 2017
    answer = assistant.ask("Wat was het tweejarige recidivepercentage van overvallers in 2017?")
    assert not answer.refused and "37,6%" in answer.answer
    assert answer.citations[0].doc_id == "actieprogramma-tfo"
