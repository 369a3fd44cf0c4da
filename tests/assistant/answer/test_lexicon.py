"""Matching a question's words in the documents' wording: synonyms, compounds, anchors."""

from __future__ import annotations

import re

from assistant.answer.evidence import terms
from assistant.answer.lexicon import SYNONYM_GROUPS, alternatives, anchors, covered, infinitive, word_stem


def test_a_synonym_or_a_compound_accounts_for_a_word():
    assert covered(word_stem("huizen"), {word_stem("woning")})
    assert covered(word_stem("inbraak"), {word_stem("woninginbraken")})
    assert covered(word_stem("geld"), {word_stem("middelen")})
    assert not covered(word_stem("supermarkten"), {word_stem("woning"), word_stem("overvallen")})


def test_forms_of_one_verb_and_a_number_compound_account_for_each_other():
    assert covered(word_stem("combineren"), {word_stem("gecombineerde")})
    assert covered(terms("tweejarige")[0], set(terms("2-jarige")))
    assert set(terms("vertegenwoordigd")) == set(terms("vertegenwoordigt"))
    assert not covered(word_stem("combineren"), {word_stem("gecontroleerd")})


def test_anchors_are_names_prepositional_nouns_and_words_before_a_metric():
    words = [w for w, _ in anchors("Hoeveel overvallen op supermarkten waren er in Den Haag in 2021?")]
    assert words == ["supermarkten", "Den", "Haag"]
    assert [w for w, _ in anchors("Hoeveel gewapende overvallen waren er?", [re.compile("overval")])] == ["gewapende"]


def test_what_the_counted_are_said_to_be_is_an_anchor_what_was_done_to_them_is_not():
    assert [w for w, _ in anchors("Hoeveel van de verdachten waren minderjarig?")] == ["verdachten", "minderjarig"]
    assert [w for w, _ in anchors("Welk deel van de daders was vrouw")] == ["daders", "vrouw"]
    assert anchors("Hoeveel verdachten waren aangehouden?") == []
    assert anchors("Hoeveel zaken waren opgelost?") == []
    assert anchors("Hoeveel overvallen waren er?") == []


def test_a_verb_made_noun_frames_the_noun_after_van_and_is_no_anchor_itself():
    words = [w for w, _ in anchors("Hoeveel verdachten zijn aangehouden voor het plegen van aanslagen?")]
    assert words == ["aanslagen"]
    assert [w for w, _ in anchors("Hoeveel overvallen op het platteland?")] == ["platteland"]


def test_a_quantifier_before_a_noun_is_no_anchor():
    assert [w for w, _ in anchors("Hoe groeide het aantal over de verschillende jaren heen?")] == []
    assert [w for w, _ in anchors("Wat doen partners bij de diverse inbraken?")] == ["inbraken"]


def test_verbs_and_question_words_are_no_anchors():
    assert anchors("Wie voert de pilot uit?") == []
    assert anchors("Met hoeveel procent daalde het aantal woninginbraken?") == []


def test_ordinary_dutch_synonyms_for_sending_submitting_arresting_and_signing():
    assert covered(word_stem("verstuurd"), {word_stem("verzenden")})
    assert covered(word_stem("ingediend"), {word_stem("aanhangig")})
    assert covered(word_stem("aangehouden"), {word_stem("arrestaties")})
    assert covered(word_stem("ondertekenen"), {word_stem("getekend")})
    assert covered(word_stem("gevangenis"), {word_stem("detentie")})
    assert covered(word_stem("inzet"), {word_stem("ingezet")})  # a separable verb's participle
    assert not covered(word_stem("verstuurd"), {word_stem("aanhangig")})


def test_ordinary_dutch_synonyms_for_artificial_usual_responding_reducing_planning_and_changed():
    assert covered(word_stem("kunstmatige"), {word_stem("artificiële")})
    assert covered(word_stem("gewone"), {word_stem("standaard")})
    assert covered(word_stem("reageren"), {word_stem("opvolging")})
    assert covered(word_stem("aangepast"), {word_stem("gewijzigd")})
    assert covered(word_stem("terugdringen"), {word_stem("verminderen")})
    assert covered(word_stem("plan"), {word_stem("voornemen")})
    assert covered(word_stem("daalde"), {word_stem("daling")})  # a past tense is a form of the change
    assert covered(word_stem("steeg"), {word_stem("toename")})
    assert not covered(word_stem("kunstmatige"), {word_stem("gewijzigd")})


def test_what_a_how_many_question_counts_is_the_noun_after_its_adjectives_and_origin():
    from assistant.answer.coverage import counted_noun

    assert counted_noun("Hoeveel particuliere camera's waren er?") == terms("camera's")[0]
    assert counted_noun("Hoeveel uit Nederland afkomstige verdachten zijn aangehouden?") == terms("verdachten")[0]


def test_every_synonym_is_found_by_the_stem_a_question_word_gets():
    # the synonym table is keyed by the same stems ``terms`` gives question words: a plural
    # -s dropped, a final d spelled t ("strafeis", "gevangenissen", "gedetineerd")
    for group in SYNONYM_GROUPS:
        singles = [w for w in group if len(w.split()) == 1 and terms(w)]
        for word in singles:
            found = alternatives(terms(word)[0])
            assert all(terms(other)[0] in found for other in singles), (word, group)


def test_a_strong_verb_form_is_read_as_its_infinitive_also_after_a_separable_prefix():
    assert infinitive("liep") == infinitive("loopt") == "lopen"
    assert infinitive("toegenomen") == "toenemen"
    assert infinitive("afspraken") == "afspraken"  # a noun, not "afspreken"
    assert infinitive("gemeenten") == "gemeenten"
