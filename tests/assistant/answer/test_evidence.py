"""Sentences as evidence: how a block's text is cut into the units that are scored and quoted."""

from __future__ import annotations

from assistant.answer.evidence import _with_glosses


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


def test_a_question_word_inside_a_compound_of_the_sentence_counts_toward_its_score(documents):
    from assistant.answer.evidence import SentenceIndex
    from assistant.answer.question import analyse

    index = SentenceIndex(documents)
    sentence = next(s for s in index.sentences if "strafvorderingsrichtlijn ram- en plofkraken aangescherpt" in s.text)
    probe = index.probe(analyse("Vanaf welke datum geldt de aangescherpte richtlijn voor strafvordering bij plofkraken?"))
    # the same question without the two words the compound holds
    without = index.probe(analyse("Vanaf welke datum geldt de aangescherpte aanpak bij plofkraken?"))
    assert index.score(sentence, probe) > index.score(sentence, without) + 0.05
