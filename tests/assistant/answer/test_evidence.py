"""Sentences as evidence: how a block's text is cut into the units that are scored and quoted."""

from __future__ import annotations

import pytest

from assistant.answer.evidence import SentenceIndex, _last_month_year, _with_glosses, definition_subject, elided, terms
from assistant.answer.question import analyse


@pytest.fixture(scope="module")
def index(documents):
    return SentenceIndex(documents)


def test_a_sentence_wholly_in_parentheses_stays_with_the_sentence_it_glosses():
    text = "Een derde vond plaats in Amsterdam. (762 van de 2.318 in totaal.) Verhogen heterdaadkracht. (JenV en OM)"
    assert [text[a:b] for a, b in _with_glosses(text)] == [
        "Een derde vond plaats in Amsterdam. (762 van de 2.318 in totaal.)",
        "Verhogen heterdaadkracht. (JenV en OM)",
    ]
    # a parenthesis inside a sentence, or one that opens a block, is left as it is
    own = "(TFO leden) stellen het programma vast. De politie (eenheid Amsterdam) meldt dit."
    assert [own[a:b] for a, b in _with_glosses(own)] == [
        "(TFO leden) stellen het programma vast.",
        "De politie (eenheid Amsterdam) meldt dit.",
    ]


def test_a_question_word_inside_a_compound_of_the_sentence_counts_toward_its_score(index):
    sentence = next(s for s in index.sentences if "strafvorderingsrichtlijn ram- en plofkraken aangescherpt" in s.text)
    probe = index.probe(analyse("Vanaf welke datum geldt de aangescherpte richtlijn voor strafvordering bij plofkraken?"))
    # the same question without the two words the compound holds
    without = index.probe(analyse("Vanaf welke datum geldt de aangescherpte aanpak bij plofkraken?"))
    assert index.score(sentence, probe) > index.score(sentence, without) + 0.05


def test_a_compound_of_the_question_that_the_sentence_writes_as_two_words_counts_toward_its_score(index):
    sentence = next(s for s in index.sentences if s.text.startswith("Overvallen op woningen daalden"))
    # "woningovervallen": both parts stand in the sentence; "bankovervallen": one does not
    assert index.compound_parts("woningoverval") == ["woning", "overval"]
    assert (
        index.score(sentence, index.probe(analyse("aantal woningovervallen")))
        > index.score(sentence, index.probe(analyse("aantal bankovervallen"))) + 0.2
    )
    # a function word is no part of a compound ("overval" is not "over" + "val")
    assert index.compound_parts("overval") == []


def test_the_subject_of_a_terse_definition_question_is_the_word_beside_betekenis():
    from assistant.answer.evidence import definition_subject

    assert definition_subject("dor betekenis helingaanpak") == "dor"
    assert definition_subject("betekenis van een plofkraak") == "plofkraak"
    assert definition_subject("Wat is de betekenis van spoofing?") == "spoofing"
    assert definition_subject("welke betekenis heeft de taskforce") is None
    assert definition_subject("camera in beeld, wat houdt dat in?") == "camera in beeld"


def test_words_of_one_root_match_but_the_doer_is_not_the_deed():
    from assistant.answer.evidence import _same_root

    assert _same_root(terms("gefinancierd")[0], terms("financiële")[0])
    assert _same_root(terms("registratie")[0], terms("registreren")[0])
    assert not _same_root(terms("plofkrakers")[0], terms("plofkraken")[0])
    assert not _same_root(terms("overval")[0], terms("overheid")[0])
    assert not _same_root("respectievelijkheid", "respect")  # much longer: another word


def test_an_adverb_that_arranges_the_question_weighs_nothing(index):
    weights = index.probe(analyse("Hoeveel handelaren zijn respectievelijk in 2021 en 2022 aangesloten?")).weights
    assert terms("respectievelijk")[0] not in weights and terms("handelaren")[0] in weights


def test_a_word_typed_without_its_accents_matches_the_documents_spelling():
    assert terms("curacao") == terms("Curaçao")
    assert terms("geevalueerd") == terms("geëvalueerd")
    assert terms("Yesilgoz") == terms("Yeşilgöz")


def test_two_sentences_glued_without_a_space_are_two_sentences():
    text = "Deze ontwikkeling heeft de aandacht van de politie.Om de publieke veiligheid te waarborgen is gereageerd."
    assert [text[a:b] for a, b in _with_glosses(text)] == [
        "Deze ontwikkeling heeft de aandacht van de politie.",
        "Om de publieke veiligheid te waarborgen is gereageerd.",
    ]


def test_a_question_word_only_the_sentences_paragraph_names_counts_for_part_of_its_weight(index):
    # the paragraph names the sudden rise of plofkraken; the sentence only the emergency measures
    sentence = next(s for s in index.sentences if s.text.startswith("Om de publieke veiligheid te waarborgen"))
    assert "plofkrak" not in sentence.stems
    about = index.score(sentence, index.probe(analyse("welke noodmaatregelen na de toename van plofkraken")))
    other = index.score(sentence, index.probe(analyse("welke noodmaatregelen na de toename van woninginbraken")))
    assert about > other


def test_the_subject_of_a_definition_question_leaves_out_hedges_and_a_bracketed_topic():
    assert definition_subject("Wat is de Alcoholmeter precies?") == "alcoholmeter"
    assert definition_subject("Wat is de Alcoholmeter precies (geweld onder invloed)?") == "alcoholmeter"
    assert definition_subject("Wat houdt een CHO eigenlijk in?") == "cho"


def test_a_bracketed_first_part_is_both_the_compound_and_the_word_alone():
    assert terms("een inleveractie voor (steek)wapens") == ["inleveractie", *terms("steekwapens"), *terms("wapens")]
    assert terms("(2021)") == ["2021"]


def test_a_compound_with_an_elided_part_holds_the_whole_compound():
    assert terms("wetgeving")[0] in elided("Wet- en regelgeving over dit onderwerp")
    assert terms("hangwerk")[0] in elided("beter hang- en sluitwerk")
    assert elided("de politie en het OM") == []


@pytest.mark.parametrize(
    ("text", "date", "year"),
    [
        ("in de periode van 18 juli tot 15 augustus jl.", "2022-12-12", "2022"),
        ("in december jl. is de campagne herhaald", "2026-02-10", "2025"),
        ("in de periode van 18 juli tot 15 augustus", "2022-12-12", ""),
    ],
)
def test_a_month_followed_by_jl_falls_in_the_last_such_month_before_the_letter(text, date, year):
    assert _last_month_year(text, date) == year
