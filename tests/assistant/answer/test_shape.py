"""Question shape: parts, the type of answer each expects, comparisons."""

from __future__ import annotations

import pytest

from assistant.answer.shape import (
    Comparison,
    Sides,
    answer_type,
    asked_trend,
    comparison,
    core,
    introduction,
    sides,
    split_groups,
    split_parts,
    stated_trend,
    without_introduction,
)


def test_a_two_part_question_becomes_two_questions_that_each_stand_alone():
    assert split_parts("Hoeveel overvallen waren er in 2023 en hoeveel in 2025?") == [
        "Hoeveel overvallen waren er in 2023?",
        "Hoeveel overvallen waren er in 2025?",
    ]


def test_a_kamervraag_with_three_questions_has_three_parts():
    text = (
        "Kunt u aangeven hoeveel straatroven er in 2024 waren? Welke maatregelen neemt u? Deelt u de mening dat dit te veel is?"
    )
    assert len(split_parts(text)) == 3


def test_a_question_asked_of_two_things_respectively_is_asked_of_each():
    text = "1. Wanneer startte de pilot? 2. Hoeveel jongeren deden mee in respectievelijk Arnhem en Breda?"
    assert split_groups(text) == [
        ["Wanneer startte de pilot?"],
        ["Hoeveel jongeren deden mee in Arnhem?", "Hoeveel jongeren deden mee in Breda?"],
    ]


def test_a_clause_asking_what_the_words_before_it_mean_is_no_part_of_its_own():
    assert split_parts("camera in beeld bij de politie, wat houdt dat in?") == [
        "camera in beeld bij de politie, wat houdt dat in?"
    ]
    assert answer_type("camera in beeld bij de politie, wat houdt dat in?") == "definition"
    assert answer_type("het DOR: wat is dat?") == "definition"


def test_numbered_questions_are_split_at_their_numbers():
    assert split_parts("1. Hoeveel overvallen waren er in 2021? 2. Welke maatregelen neemt de minister?") == [
        "Hoeveel overvallen waren er in 2021?",
        "Welke maatregelen neemt de minister?",
    ]


def test_a_single_question_and_a_keyword_query_stay_whole():
    assert split_parts("Wat is het doel van AJB en IPTA?") == ["Wat is het doel van AJB en IPTA?"]
    assert split_parts("aantal plofkraken 2024") == ["aantal plofkraken 2024"]


def test_a_formal_opening_carries_no_content():
    assert core("Kunt u aangeven hoeveel straatroven er waren?") == "Hoeveel straatroven er waren?"


@pytest.mark.parametrize(
    "question, expected",
    [
        ("Waarom startte de zomercampagne in juni 2021?", "reason"),
        ("Wat is het doel van de campagne?", "purpose"),
        ("Wat doet AJB?", "purpose"),
        ("Hoe worden daders gevolgd?", "method"),
        ("Wanneer is de Taskforce begonnen?", "date"),
        ("Wie voert de pilot uit?", "agent"),
        ("Waar staat RIEC voor?", "definition"),
        ("Welke maatregelen zijn genomen?", "list"),
        ("Hoeveel geld is er beschikbaar?", "amount"),
        ("hoeveel plofkraken 2024", "number"),
        ("Waren er in 2025 meer overvallen dan in 2023?", "comparison"),
        ("Wordt de campagne volgend jaar herhaald?", "yesno"),
        ("Waarom lag het aantal inbraken in 2020 lager dan in 2019?", "reason"),
        ("reden verlenging taskforce", "reason"),
        ("doel pilot bestuurlijk toezicht", "purpose"),
        ("Waar is de app voor bedoeld?", "purpose"),
        ("werking digitaal opkopers loket", "method"),
        ("ingangsdatum nieuwe richtlijn", "date"),
        ("Blijft de Taskforce na 2025 bestaan?", "yesno"),
        ("Leidt de aanpak tot minder inbraken?", "yesno"),
        ("aantal straatroven in 2024?", "number"),
        ("Volgens de brief: hoeveel straatroven?", "number"),
        ("Waarvoor dient de app?", "purpose"),
        ("Vanaf welke datum geldt de richtlijn?", "date"),
        ("In welke gemeenten draait de pilot?", "list"),
        ("In welk jaar was het aantal het hoogst?", "comparison"),
        ("Bevat de brief besluiten waarvoor geld nodig is?", "yesno"),
        # how a count changed, in any wording
        ("Hoe is het aantal deelnemende gemeenten gegroeid sinds 2022?", "trend"),
        ("Hoe zijn de aanmeldingen toegenomen?", "trend"),
        ("aantal aangesloten handelaren door de jaren heen", "trend"),
        ("Hoe is het aantal meldingen veranderd?", "trend"),
        ("Hoe heeft de gemeente de aanpak ontwikkeld?", "method"),
        # how a process runs is its method; how a count ran is a trend
        ("Hoe verloopt een bestuurlijk toezicht?", "method"),
        ("Hoe verliep het aantal overvallen?", "trend"),
        # a terse question about what a word means
        ("phishing betekenis", "definition"),
        ("definitie woningoverval politie", "definition"),
        ("welke betekenis heeft de aanpak", "list"),
        # which way a count went, not ja or nee
        ("Is het aantal straatroven gestegen of gedaald?", "comparison"),
        # a budget, a sum or costs are an amount of money
        ("Welk budget is voor de pilot beschikbaar gesteld?", "amount"),
        ("welk structureel bedrag is gereserveerd", "amount"),
        ("Wat zijn de kosten van de campagne per gemeente?", "amount"),
    ],
)
def test_the_expected_type_of_answer_is_read_from_the_question(question, expected):
    assert answer_type(question) == expected


def test_comparisons_superlatives_and_targets_are_recognised():
    assert comparison("Waren er in 2025 meer overvallen dan in 2023?").kind == "between"
    assert comparison("In welk jaar was het aantal woninginbraken het laagst?").direction == "min"
    assert comparison("Is het streefcijfer voor overvallen in 2023 gehaald?").kind == "target"
    assert comparison("Is het aantal straatroven tussen 2023 en 2025 gestegen?").yes_no
    assert comparison("Hoeveel overvallen waren er in 2023?") is None
    assert comparison("Was 2025 het jaar met de minste overvallen?") == Comparison("extreme", "min", True)
    assert comparison("In welk jaar waren de meeste overvallen?") == Comparison("extreme", "max", False)
    # "t.o.v." typed without its dots
    assert comparison("straatroven 2025 tov 2021").kind == "between"
    # "de meest recente campagne" asks for the latest one, not for a highest value
    assert comparison("Wanneer was de meest recente campagne in 2025?") is None
    assert answer_type("Wanneer was de meest recente campagne in 2025?") == "date"


def test_inline_lettered_items_are_parts_whatever_their_first_word():
    parts = split_parts(
        "Kan de minister aangeven: a) wanneer de pilot is gestart, b) of de pilot wordt verlengd, en c) welke gemeenten meedoen?"
    )
    assert parts == ["Wanneer de pilot is gestart?", "Of de pilot wordt verlengd?", "Welke gemeenten meedoen?"]


def test_a_lead_in_before_numbered_items_is_no_part_and_gives_only_its_subject():
    parts = split_parts("Kan worden aangegeven 1. hoeveel jongeren deelnamen aan de interventie, en 2. wat de resultaten waren?")
    assert parts == ["Hoeveel jongeren deelnamen aan de interventie?", "Wat de resultaten waren?"]
    lead = split_parts("Vragen van het lid over de camerapilot: 1) Wat kost de pilot? 2) Wanneer stopt de pilot?")
    assert lead == ["Wat kost de pilot (de camerapilot)?", "Wanneer stopt de pilot (de camerapilot)?"]


def test_an_introduction_of_one_word_names_the_subject_of_the_parts_too():
    text = "Vragen over woninginbraken: 1. Hoeveel zijn er gepleegd? 2. Welke maatregelen zijn genomen?"
    assert introduction(text) == "woninginbraken"
    assert split_parts(text) == ["Hoeveel zijn er gepleegd (woninginbraken)?", "Welke maatregelen zijn genomen (woninginbraken)?"]
    assert introduction("Vragen: 1. Wat kost de pilot? 2. Wanneer stopt de pilot?") == ""


def test_a_count_that_leaves_out_its_noun_borrows_it_from_the_part_before():
    assert split_parts("Hoeveel winkels waren er aangesloten op het register en hoeveel maakten er gebruik van het loket?") == [
        "Hoeveel winkels waren er aangesloten op het register?",
        "Hoeveel winkels maakten er gebruik van het loket?",
    ]


def test_a_comparison_asked_without_a_question_word_wants_yes_or_no():
    assert comparison("Vonden er in 2025 meer inbraken plaats dan in 2024?").yes_no
    assert comparison("overvallen 2025 minder dan 2024?").yes_no
    assert not comparison("Hoeveel meer overvallen waren er in 2025 dan in 2024?").yes_no


def test_a_yes_no_comparison_asks_for_a_change_from_the_earlier_to_the_later_moment():
    assert (
        asked_trend("Was het bedrag in 2025 hoger dan in 2024?", comparison("Was het bedrag in 2025 hoger dan in 2024?")) == "up"
    )
    assert (
        asked_trend("Was het bedrag in 2024 hoger dan in 2025?", comparison("Was het bedrag in 2024 hoger dan in 2025?"))
        == "down"
    )
    assert (
        asked_trend("Is het aantal tussen 2021 en 2022 toegenomen?", comparison("Is het aantal tussen 2021 en 2022 toegenomen?"))
        == "up"
    )
    # two things at one moment is no change over time
    assert asked_trend("Zijn er meer mentoren dan officieren?", comparison("Zijn er meer mentoren dan officieren?")) is None
    assert stated_trend("In 2025 was dit gestegen naar 6,13 miljoen euro.") == "up"
    assert stated_trend("De recidive is gedaald van 45,9% tot 37,6%.") == "down"
    assert stated_trend("Eerst gestegen, daarna gedaald.") is None


def test_an_elliptic_part_that_points_back_takes_the_subject_of_the_first_part():
    parts = split_parts("Hoeveel jongeren namen in 2024-2025 deel aan AJB? En in hoeveel gemeenten was dat?")
    assert parts[1] == "En in hoeveel gemeenten was dat (AJB)?"


def test_a_demonstrative_after_the_verb_points_back_to_the_earlier_parts_subject():
    parts = split_parts("Wanneer is de Waarschuwingsapp ontwikkeld en wat doet die app precies?")
    assert parts[1] == "Wat doet die app precies (is de Waarschuwingsapp ontwikkeld)?"
    later = split_parts("hoeveel meldingen kwamen er binnen en in welke maand wordt die campagne herhaald")
    assert later[1] == "In welke maand wordt die campagne herhaald (meldingen kwamen er binnen)?"


def test_the_clauses_of_a_numbered_item_stay_one_group_and_point_back_to_its_first_clause():
    groups = split_groups("1. Hoeveel agenten zijn ingezet en in hoeveel gemeenten? 2. Wanneer start de pilot?")
    assert groups == [
        ["Hoeveel agenten zijn ingezet?", "In hoeveel gemeenten (agenten zijn ingezet)?"],
        ["Wanneer start de pilot?"],
    ]
    # without numbering, every clause is a part of its own
    assert split_groups("Hoeveel agenten zijn ingezet en in hoeveel gemeenten?") == [
        ["Hoeveel agenten zijn ingezet?"],
        ["In hoeveel gemeenten (agenten zijn ingezet)?"],
    ]


def test_which_of_two_changed_more_asks_no_direction_over_time():
    question = "Is het aantal straatroven harder gedaald dan het aantal overvallen?"
    assert asked_trend(question, comparison(question)) is None


def test_a_passage_states_a_rise_a_fall_or_no_change():
    assert stated_trend("Vergeleken met 2023 is het aantal nagenoeg gelijk gebleven.") == "flat"
    assert stated_trend("Het aantal bleef stabiel en is daarna gestegen.") == "up"
    assert stated_trend("Het aantal is gestegen en daarna nagenoeg gelijk gebleven.") is None


def test_a_question_opening_on_a_common_verb_wants_yes_or_no_whatever_follows():
    assert answer_type("Krijgen slachtoffers van een overval nazorg?") == "yesno"
    assert answer_type("werkt verscherpt toezicht beter") == "yesno"
    # a noun or a plural in front is no verb
    assert answer_type("Maatregelen tegen plofkraken?") == "fact"
    assert answer_type("Doelen taskforce") == "purpose"


def test_t_o_v_and_tegenover_compare_and_higher_than_the_ambition_asks_about_the_realisation():
    assert comparison("woninginbraken 2025 t.o.v. 2023") == Comparison("between", "more", False)
    assert comparison("overvallen 2023 tegenover 2025") is not None
    assert comparison("Lag het aantal overvallen in 2020 lager dan de ambitie?") == Comparison("target", "less", True)
    assert comparison("Is de ambitie voor 2020 gehaald?") == Comparison("target", "", True)


def test_a_figure_set_against_the_ambition_asks_for_a_comparison_without_ja_or_nee():
    assert comparison("hoe verhield het aantal overvallen zich tot de ambitie") == Comparison("target", "", False)
    assert comparison("ophelderingspercentage overvallen 2020 t.o.v. het doel") == Comparison("target", "", False)


def test_a_formal_lead_in_gives_only_its_subject_to_the_parts():
    parts = split_parts(
        "Schriftelijke vragen over plofkraken op geldautomaten: a) Wat is de oorzaak? b) Welke maatregelen zijn getroffen?"
    )
    assert parts == [
        "Wat is de oorzaak (plofkraken op geldautomaten)?",
        "Welke maatregelen zijn getroffen (plofkraken op geldautomaten)?",
    ]
    prompted = split_parts("Vragen naar aanleiding van het nieuwe rapport: 1. Wat is de oorzaak? 2. Welke maatregelen volgen?")
    assert prompted == ["Wat is de oorzaak (het nieuwe rapport)?", "Welke maatregelen volgen (het nieuwe rapport)?"]


def test_a_second_count_of_another_kind_asks_the_same_question_about_it():
    # after a count of crimes, "en hoeveel X?" is the same question about X ...
    assert split_parts("Hoeveel straatroven waren er in 2024, en hoeveel fietsdiefstallen?") == [
        "Hoeveel straatroven waren er in 2024?",
        "Hoeveel fietsdiefstallen waren er in 2024?",
    ]
    # ... while after a count of something else it asks about that subject
    assert split_parts("Hoeveel RIO's zijn er actief en hoeveel fte?")[1] == "Hoeveel fte (RIO's zijn er actief)?"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Zijn er meer fte ingezet voor IPTA-mentoren dan voor re-integratieofficieren?",
            Sides("fte ingezet voor IPTA-mentoren", "fte ingezet voor re-integratieofficieren", "more", True),
        ),
        ("Zijn er minder mentoren actief dan coaches?", Sides("mentoren actief", "coaches actief", "less", True)),
        ("meer fte mentoren of meer fte coaches", Sides("fte mentoren", "fte coaches", "more", False)),
        # two moments, or a count against its ambition, are no two things
        ("Waren er in 2025 meer overvallen dan in 2023?", None),
        ("Worden er nu meer delicten gepleegd dan toen?", None),
        ("Lag het percentage hoger dan de ambitie?", None),
    ],
)
def test_two_things_compared_by_count_are_each_asked_in_full(question, expected):
    assert sides(question) == expected


def test_a_question_offering_both_directions_asks_which_way_not_ja_or_nee():
    assert comparison("Zijn er in 2025 meer of minder overvallen dan in 2023?") == Comparison("between", "more", False)
    assert comparison("Waren er in 2025 meer overvallen dan in 2023?") == Comparison("between", "more", True)


def test_a_clause_that_only_asks_the_difference_belongs_to_the_comparison_before_it():
    assert split_parts("overvallen 2022 vs 2023, wat is het verschil") == ["overvallen 2022 vs 2023, wat is het verschil"]
    assert split_parts("aantal RIO's in 2023 en nu, hoeveel verschil?") == ["aantal RIO's in 2023 en nu, hoeveel verschil?"]


def test_a_later_part_that_names_its_own_crime_keeps_it():
    parts = split_parts(
        "Hoeveel overvallen waren er in 2024, met hoeveel procent daalde dat, en hoeveel geweldsdelicten waren er in 2024?"
    )
    assert parts[2] == "Hoeveel geweldsdelicten waren er in 2024?"
    # while an elliptic part still takes the first part's question
    assert split_parts("Hoeveel overvallen waren er in 2023 en hoeveel in 2025?")[1] == "Hoeveel overvallen waren er in 2025?"


@pytest.mark.parametrize(
    "question",
    [
        "Waaraan schrijft u de stijging van het aantal straatroven toe?",
        "Waaraan is de daling van het aantal overvallen te danken?",
        "Wat is volgens het kabinet de oorzaak van de toename van aanslagen?",
        "Waar komt dat door?",
    ],
)
def test_a_question_after_a_cause_asks_for_a_reason(question):
    assert answer_type(question) == "reason"


def test_bent_u_bekend_met_het_bericht_dat_asks_whether_the_claim_holds():
    assert core("Bent u bekend met het bericht in de krant dat het aantal plofkraken is toegenomen?") == (
        "Klopt het dat het aantal plofkraken is toegenomen?"
    )
    assert answer_type(core("Bent u bekend met het bericht dat AJB ook op Bonaire wordt ingezet?")) == "yesno"


def test_now_against_an_earlier_letter_asks_whether_it_went_up():
    text = "Zijn er nu meer opkopers aangesloten op het DOR dan volgens de voortgangsrapportage van eind 2022?"
    how = comparison(text)
    assert how is not None and asked_trend(text, how) == "up"


def test_a_part_is_read_without_its_introduction_also_where_a_borrowed_subject_carries_it():
    text = (
        "Vragen over de re-integratie van ex-gedetineerden: "
        "1. Hoeveel re-integratieofficieren zijn er momenteel actief en in hoeveel gemeenten?"
    )
    intro = introduction(text)
    second = split_groups(text)[0][1]
    assert second.count(f"({intro})") == 2  # its own and the one inside the borrowed subject
    own = without_introduction(second, intro)
    assert own is not None and intro not in own and own.startswith("In hoeveel gemeenten")
    assert without_introduction("Hoeveel overvallen waren er in 2023?", intro) is None


def test_above_or_below_the_ambition_asks_about_the_realisation_and_goal_vs_realisation_compares():
    assert comparison("Kwam het aantal straatroven in 2020 boven de ambitie?") == Comparison("target", "more", True)
    assert comparison("bleef het aantal overvallen onder het streefcijfer") == Comparison("target", "less", True)
    assert comparison("Is het aantal onder de ambitie gebleven en is de ambitie gehaald?") == Comparison("target", "", True)
    assert comparison("ophelderingspercentage overvallen 2020 doel vs realisatie") == Comparison("target", "", False)


def test_under_whose_chairmanship_asks_for_a_person_or_body():
    assert answer_type("Onder wiens voorzitterschap is het Offensief tegen Explosies opgericht?") == "agent"


def test_a_keyword_query_naming_aantal_anywhere_asks_for_a_number():
    assert answer_type("totaal aantal high impact crimes 2021") == "number"
    assert answer_type("inleveractie 2021 aantal deelnemende gemeenten") == "number"
    assert answer_type("wat is het doel van het aantal controles?") != "number"


def test_a_part_asking_only_for_a_measure_borrows_the_crimes_and_year_of_the_part_before():
    parts = split_parts("hoeveel overvallen waren er in 2022 en wat was het streefcijfer voor dat jaar")
    assert parts[1] == "Wat was het streefcijfer voor dat jaar (overvallen waren er in 2022)?"


def test_a_keyword_query_with_hoe_vaak_after_its_subject_asks_for_a_number():
    assert answer_type("re_b00tcmp hoe vaak georganiseerd") == "number"


def test_a_count_asked_again_for_another_period_or_source_repeats_the_question_with_it():
    assert split_parts("in hoeveel gemeenten liep AJB volgens de brief van eind 2022 en in hoeveel in 2024-2025") == [
        "In hoeveel gemeenten liep AJB volgens de brief van eind 2022",
        "In hoeveel gemeenten liep AJB in 2024-2025?",
    ]
    assert split_parts(
        "Hoeveel gestolen goederen stonden in Stop Heling volgens de rapportage van 2021 en hoeveel volgens die van 2022?"
    )[1] == ("Hoeveel gestolen goederen stonden in Stop Heling volgens de rapportage van 2022?")


def test_a_one_word_question_joins_only_the_clause_after_it():
    assert split_parts("Waar en wanneer is de pilot gestart, en hoeveel studenten doen mee?") == [
        "Waar en wanneer is de pilot gestart?",
        "Hoeveel studenten doen mee?",
    ]


def test_after_a_shared_topic_two_words_are_a_question_of_their_own():
    assert split_parts("offensief tegen explosies: wanneer opgericht, wie is voorzitter?") == [
        "Offensief tegen explosies: wanneer opgericht?",
        "Offensief tegen explosies: wie is voorzitter?",
    ]


def test_without_a_topic_a_short_first_clause_is_one_question_with_the_next():
    assert split_parts("welke datum en welk kenmerk heeft de brief") == ["welke datum en welk kenmerk heeft de brief"]


@pytest.mark.parametrize(
    ("question", "direction"),
    [
        ("Is het aantal woninginbraken in 2025 gedaald ten opzichte van 2024?", "less"),
        ("daalde het aantal overvallen in 2023 vergeleken met 2022", "less"),
        ("Is het aantal straatroven in 2025 gestegen ten opzichte van 2024?", "more"),
    ],
)
def test_a_change_asked_against_another_year_takes_its_direction_from_the_change(question, direction):
    asked = comparison(question)
    assert asked is not None and asked.kind == "between" and asked.direction == direction and asked.yes_no


def test_a_difference_in_percentage_points_is_a_comparison():
    asked = comparison("Hoeveel procentpunt lag de opheldering van straatroven onder die van overvallen?")
    assert asked is not None and asked.kind == "between" and asked.direction == "less" and not asked.yes_no


def test_an_ambition_against_the_actual_number_is_a_target_comparison():
    asked = comparison("overvallen 2023 ambitie vs werkelijk aantal")
    assert asked is not None and asked.kind == "target"
