"""Figures printed in running text (the real documents, no model): every value as printed,
hedge and scale word included, and a period asked as "sinds ..." reaching the later letters."""

from __future__ import annotations

import pytest

from assistant.answer.coverage import Coverage
from assistant.answer.draft import Draft
from assistant.answer.evidence import SentenceIndex
from assistant.answer.prose import ProseFigures
from assistant.answer.question import analyse


@pytest.fixture(scope="module")
def prose(documents):
    index = SentenceIndex(documents)
    return ProseFigures(index), Coverage(documents, index, [])


def test_a_hedged_count_keeps_its_hedge_and_a_count_in_words_its_scale(prose):
    figures, _ = prose
    values = {f.value for f in figures.counting("gemeent")}
    assert "meer dan 45 gemeenten" in values and "45 gemeenten" not in values
    goods = {f.value: f.number for f in figures.counting("goeder")}
    assert goods["meer dan twee miljoen goederen"] == 2_000_000
    assert goods["1.772.761 goederen"] == 1_772_761


def test_an_amount_in_millions_is_shown_with_its_scale_word(prose):
    figures, _ = prose
    amounts = [f.value for f in figures.counting("euro") if "miljoen" in f.sentence.text]
    assert amounts and all("miljoen" in value for value in amounts if value.split()[-1] == "euro")


def _series(documents, prose, question: str) -> str:
    """The prose series answer to ``question`` as one text (the answer must be given)."""
    figures, coverage = prose
    draft = Draft(documents)
    assert figures.answer(analyse(question), draft, None, coverage)
    return " ".join(draft.sentences)


def test_a_development_since_a_year_reaches_the_later_letters_and_its_change_is_rough_when_a_value_is(documents, prose):
    text = _series(documents, prose, "Hoe is het aantal gemeenten met AJB sinds 2021 veranderd?")
    assert "(2026-04): meer dan 45 gemeenten" in text
    assert "een stijging van circa 14 (circa 45,2%), berekend uit deze cijfers" in text


def test_the_word_after_a_plural_noun_is_not_what_a_number_counts(prose):
    figures, _ = prose
    # "in 309 gemeenten aangesloten op het DOR" counts gemeenten, not aangeslotenen
    assert not [f for f in figures.counting("aangeslot") if f.value.startswith("309")]
    # after an adjective or a word the question uses, it is: "1.621.354 gestolen goederen"
    assert "1.621.354 goederen" in {f.value for f in figures.counting("goeder", frozenset({"gestol", "goeder"}))}
    assert "8.585 opkopers" in {f.value for f in figures.counting("opkoper")}


def test_a_count_without_a_year_is_dated_by_its_paragraph_and_a_footnote_counts_too(documents, prose):
    text = _series(documents, prose, "gemiddeld aantal high impact crimes per dag in 2018 en in 2021")
    # footnote 9: "In 2018 werden gemiddeld 329 ..."; the text: "In 2021 waren er 92.530 high
    # impact crimes (HIC). ... Gemiddeld gaat het over 254 high impact crimes per dag."
    assert "over 2018: 329 high impact crimes per dag [1]" in text
    assert "over 2021: 254 high impact crimes per dag [2]" in text


def test_a_year_after_the_documents_period_does_not_date_a_count(prose):
    figures, _ = prose
    # "Met steun van de motie ... is de rio uitgebreid van 4 fte. naar 28 fte." follows a
    # sentence about plans for 2023 in the letter of 2022
    four = [f for f in figures.figures if f.value.startswith("4 fte") and f.sentence.doc_id == "hic-2022"]
    assert four and all(f.year != 2023 for f in four)


def test_a_series_takes_in_a_letters_value_whose_sentence_names_the_subject_only_by_its_paragraph(documents, prose):
    text = _series(
        documents, prose, "Hoe is de omvang van Stop Heling in aantallen gestolen goederen veranderd tussen 2022 en 2025?"
    )
    # "Deze database bevat informatie uit de aangiftes van meer dan twee miljoen ontvreemde goederen."
    assert "1.772.761 goederen [1]" in text and "meer dan twee miljoen goederen [2]" in text


def test_an_acronym_counts_what_it_stands_for(documents, prose):
    text = _series(documents, prose, "HIC per dag gemiddeld, 2018 en 2021")
    assert "over 2018: 329 high impact crimes per dag [1]" in text and "over 2021: 254 high impact crimes per dag [2]" in text
