"""Matching a question's words in the documents' wording: synonyms, compounds, anchors."""

from __future__ import annotations

import re

from assistant.answer.evidence import terms
from assistant.answer.lexicon import anchors, covered, stem


def test_a_synonym_or_a_compound_accounts_for_a_word():
    assert covered(stem("huizen"), {stem("woning")})
    assert covered(stem("inbraak"), {stem("woninginbraken")})
    assert covered(stem("geld"), {stem("middelen")})
    assert not covered(stem("supermarkten"), {stem("woning"), stem("overvallen")})


def test_forms_of_one_verb_and_a_number_compound_account_for_each_other():
    assert covered(stem("combineren"), {stem("gecombineerde")})
    assert covered(terms("tweejarige")[0], set(terms("2-jarige")))
    assert set(terms("vertegenwoordigd")) == set(terms("vertegenwoordigt"))
    assert not covered(stem("combineren"), {stem("gecontroleerd")})


def test_anchors_are_names_prepositional_nouns_and_words_before_a_metric():
    words = [w for w, _ in anchors("Hoeveel overvallen op supermarkten waren er in Den Haag in 2021?")]
    assert words == ["supermarkten", "Den", "Haag"]
    assert [w for w, _ in anchors("Hoeveel gewapende overvallen waren er?", [re.compile("overval")])] == ["gewapende"]


def test_verbs_and_question_words_are_no_anchors():
    assert anchors("Wie voert de pilot uit?") == []
    assert anchors("Met hoeveel procent daalde het aantal woninginbraken?") == []


def test_ordinary_dutch_synonyms_for_sending_submitting_arresting_and_signing():
    assert covered(stem("verstuurd"), {stem("verzenden")})
    assert covered(stem("ingediend"), {stem("aanhangig")})
    assert covered(stem("aangehouden"), {stem("arrestaties")})
    assert covered(stem("ondertekenen"), {stem("getekend")})
    assert covered(stem("gevangenis"), {stem("detentie")})
    assert covered(stem("inzet"), {stem("ingezet")})  # a separable verb's participle
    assert not covered(stem("verstuurd"), {stem("aanhangig")})


def test_what_a_how_many_question_counts_is_the_noun_after_its_adjectives_and_origin():
    from assistant.answer.coverage import counted_noun

    assert counted_noun("Hoeveel particuliere camera's waren er?") == terms("camera's")[0]
    assert counted_noun("Hoeveel uit Nederland afkomstige verdachten zijn aangehouden?") == terms("verdachten")[0]
