"""Number reading, sentence splitting and line joining."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.text import _ABBREVIATIONS, format_number, join_lines, parse_number, split_sentences


@given(st.integers(min_value=-10_000_000, max_value=10_000_000))
def test_integers_round_trip_through_dutch_notation(n):
    assert parse_number(format_number(n)) == n


@given(st.integers(min_value=0, max_value=99_999), st.integers(min_value=0, max_value=99))
def test_decimals_and_percentages_round_trip(whole, cents):
    printed = format_number(whole + cents / 100, decimals=2) + "%"
    assert parse_number(printed) == round(whole + cents / 100, 2)


def test_printed_forms_from_the_sources():
    assert parse_number("64.560") == 64560
    assert parse_number("52,4%") == 52.4
    assert parse_number("- 53%") == -53
    assert parse_number("+2%") == 2
    assert parse_number("32,6%.") == 32.6
    assert parse_number("-") is None
    assert parse_number("t/m") is None


SENTENCE = st.from_regex(
    r"[A-Z][a-z]{2,8}( [a-z]{1,8}){0,6}( (1\.234|o\.a\.|d\.d\. 1 mei|nr\. 5))?( [a-z]{2,8}){1,3}\.", fullmatch=True
).filter(lambda s: s.split()[-1].rstrip(".") not in _ABBREVIATIONS)  # "... jr." is ambiguous by design


@given(st.lists(SENTENCE, min_size=1, max_size=6))
def test_sentence_split_recovers_the_sentences(sentences):
    text = " ".join(sentences)
    assert [text[a:b] for a, b in split_sentences(text)] == sentences


def test_sentence_split_keeps_initials_and_numbers():
    text = "Het aantal daalde naar 1.543 in 2024. De minister F.B.J. Grapperhaus schreef o.a. dit. Zie nr. 12 en verder."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Het aantal daalde naar 1.543 in 2024.",
        "De minister F.B.J. Grapperhaus schreef o.a. dit.",
        "Zie nr. 12 en verder.",
    ]


def test_an_abbreviation_opening_a_parenthesis_ends_no_sentence():
    text = "Het register is gekoppeld aan de database (art. 437 Sr.). Als een opkoper iets registreert, volgt een melding."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Het register is gekoppeld aan de database (art. 437 Sr.).",
        "Als een opkoper iets registreert, volgt een melding.",
    ]


def test_the_author_and_year_opening_a_reference_end_no_sentence():
    text = "Rathenau Instituut (2021). Online ontspoord. Het aantal steeg fors (2021). Daarna daalde het."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Rathenau Instituut (2021). Online ontspoord.",
        "Het aantal steeg fors (2021).",  # a year after running text is no author's
        "Daarna daalde het.",
    ]


def test_join_lines_keeps_hyphens_dutch_writes():
    assert join_lines(["dan de niet-", "HIC-daders"]) == "dan de niet-HIC-daders"
    assert join_lines(["in co-", "creatiesessies"]) == "in co-creatiesessies"
    assert join_lines(["van 2009 -", "tot nu"]) == "van 2009 - tot nu"
    assert join_lines(["een lange", "zin"]) == "een lange zin"


def test_join_lines_drops_a_soft_hyphen_only_for_a_known_word():
    vocabulary = {"gemeenten", "woninginbraken"}
    assert join_lines(["de woning-", "inbraken"], vocabulary) == "de woninginbraken"
    assert join_lines(["de publiek-", "private"], vocabulary) == "de publiek-private"
