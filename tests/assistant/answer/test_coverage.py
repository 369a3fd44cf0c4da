"""What a question counts, and whether a sentence counts it."""

from __future__ import annotations

from assistant.answer.coverage import counts_offenders, counts_people


def test_offenders_named_after_their_crime_are_people_counted_not_crimes():
    assert counts_offenders("hoeveel plofkrakers zijn in 2021 opgepakt")
    assert counts_offenders("Hoeveel jeugdige overvallers waren er?")
    assert not counts_offenders("hoeveel plofkraken waren er in 2021")
    assert not counts_offenders("hoeveel opkopers zijn aangesloten")  # no crime in the word


def test_a_number_of_suspects_counts_people_a_number_of_crimes_does_not():
    assert counts_people("Dat leidde in 2021 tot aanhouding van 63 uit Nederland afkomstige verdachten voor ...")
    assert not counts_people("In 2021 zijn 20 plofkraken op geldautomaten geregistreerd.")
