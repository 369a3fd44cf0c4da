"""Question analysis."""

from __future__ import annotations

import pytest

from assistant.answer.question import absolute_years, analyse, normalise, recent_years


@pytest.mark.parametrize(
    ("question", "kind", "metric", "years"),
    [
        ("Hoeveel straatroven waren er in 2024?", "figure", "straatroven", (2024,)),
        ("Wat was het ophelderingspercentage van overvallen in 2019?", "figure", "ophelderingspercentage overvallen", (2019,)),
        ("Hoe ontwikkelde het aantal straatroven zich sinds 2015?", "trend", "straatroven", (2015,)),
        ("Wat is de definitie van een overval?", "definition", "overvallen", ()),
        (
            "Welke maatregelen zijn na de stijging van het aantal plofkraken in 2019 afgesproken?",
            "list",
            "plofkraken op geldautomaten",
            (2019,),
        ),
        ("Wanneer is de strafvorderingsrichtlijn ram- en plofkraken aangescherpt?", "when", "ram- en plofkraken", ()),
        ("Wie voert de pilot Bestuurlijk Toezicht uit?", "who", None, ()),
        (
            "Wat was het tweejarige recidivepercentage van woninginbrekers in 2020?",
            "figure",
            "recidivepercentage woninginbraken",
            (2020,),
        ),
    ],
)
def test_kind_metric_and_years(question, kind, metric, years):
    q = analyse(question)
    assert (q.kind, q.metric, q.years) == (kind, metric, years)


def test_measures():
    assert analyse("Wat is de ambitie voor het aantal overvallen in 2023?").measure == "ambitie"
    assert analyse("Wat was het doel voor het ophelderingspercentage van overvallen in 2020?").measure == "doel"
    q = analyse("Met hoeveel procent daalde het aantal woninginbraken tussen 2011 en 2021?")
    assert q.measure == "procentuele ontwikkeling" and q.between == (2011, 2021)


def test_a_narrowed_metric_is_marked_qualified():
    q = analyse("Hoeveel overvallen op maaltijdbezorgers waren er in 2021?")
    assert q.qualified and q.qualifier == "op maaltijdbezorgers"
    assert analyse("Hoeveel straatroven waren er in 2021 in Rotterdam?").qualified
    assert not analyse("Hoeveel straatroven waren er in 2021?").qualified


def test_overvallen_op_woningen_is_not_woninginbraken():
    q = analyse("Hoeveel overvallen op woningen waren er in 2024?")
    assert q.metric == "overvallen" and q.qualified


def test_names_and_documents():
    assert analyse("Hoeveel RIO's zijn er actief?").names == ("RIO",)
    assert analyse("Welke wetstrajecten noemt de beslisnota?").documents == ("beslisnota",)


def test_english_is_recognised():
    assert analyse("How many robberies were there in 2021?").english
    assert not analyse("Hoeveel overvallen waren er in 2021?").english


def test_normalise_removes_control_characters():
    assert normalise("Hoeveel\x00 overvallen\n\twaren er?\x07") == "Hoeveel overvallen waren er?"


def test_a_range_counted_back_from_the_last_year_is_read_in_digits_or_words():
    assert recent_years("Hoe ontwikkelde het aantal plofkraken zich in het afgelopen decennium?") == 10
    assert recent_years("woninginbraken de laatste drie jaar") == 3
    assert recent_years("aantal overvallen de afgelopen 5 jaar") == 5
    assert recent_years("Hoeveel overvallen waren er in 2024?") is None


def test_a_property_of_a_subject_is_no_definition_but_the_subject_itself_is():
    assert analyse("Wat is de rol van de politie bij overvallen?").kind != "definition"
    assert analyse("wat is op dit moment de focus van het offensief").kind != "definition"
    assert analyse("Wat is een plofkraak?").kind == "definition"
    assert analyse("Wat is de definitie van een overval?").kind == "definition"


def test_a_letter_named_by_its_year_is_a_document_not_a_year_asked():
    q = analyse("kan volgens de brief van 2022 gesproken worden van een trend bij overvallen")
    assert q.years == () and q.documents == ("brief van 2022",)
    assert analyse("hoeveel overvallen in 2021 volgens de brief van 2022").years == (2021,)


def test_a_letter_named_by_the_period_it_covers_sets_no_years():
    q = analyse("hoe is het aantal plofkraken teruggedrongen volgens de brief over 2024-2025")
    assert q.years == () and q.documents == ("voortgangsrapportage 2024-2025",)


def test_a_year_named_relative_to_the_present_is_written_out():
    assert absolute_years("schade vorig jaar en het jaar daarvoor", 2026) == "schade in 2025 en in 2024"
    assert absolute_years("de afgelopen vijf jaar", 2026) == "de afgelopen vijf jaar"


def test_since_the_end_of_a_year_opens_the_period_at_that_year():
    assert analyse("Is de inzet sinds eind 2022 gegroeid?").since == 2022


@pytest.mark.parametrize("query", ["straatroven eenheid den haag 2021", "ram- en plofkraken 2013"])
def test_a_keyword_query_naming_a_crime_and_one_year_asks_a_figure(query):
    assert analyse(query).kind == "figure"
