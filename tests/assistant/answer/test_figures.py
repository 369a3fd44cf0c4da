"""Figures across documents: series, preferred sources, disagreements, definitions."""

from __future__ import annotations

import pytest

from assistant.answer.figures import FigureTable
from assistant.answer.phrasing import change, delta
from index.parse.tables import extract_figures


@pytest.fixture(scope="module")
def table(documents):
    return FigureTable([f for d in documents.values() for f in extract_figures(d)], documents)


def test_the_straatroven_series_2015_2025_is_complete_and_cited(table, documents):
    series = table.series("straatroven", 2015, 2025)
    assert [r.period for r in series] == [str(y) for y in range(2015, 2026)]
    for reading in series:
        figure = reading.preferred
        assert figure.doc_id == "hic-2025"  # the most recent document wins
        assert documents[figure.doc_id].text[figure.start : figure.end] == figure.quote
        assert figure.value in figure.quote
    by_year = {r.period: r for r in series}
    assert by_year["2021"].preferred.value == "2.321"
    assert [f.value for f in by_year["2021"].disagreeing] == ["2.318"]
    assert {f.doc_id for f in by_year["2021"].others} == {"hic-2022", "actieprogramma-tfo"}


def test_older_years_come_from_the_letters_that_print_them(table):
    assert table.reading("straatroven", "2010").preferred.doc_id == "hic-2021"
    assert table.reading("straatroven", "2011").preferred.doc_id == "hic-2022"


def test_every_disagreement_in_the_corpus_is_listed(table):
    found = {(r.preferred.metric, r.period, r.preferred.value, tuple(f.value for f in r.disagreeing)) for r in table.conflicts()}
    assert found == {
        ("straatroven", "2021", "2.321", ("2.318",)),
        ("overvallen", "2021", "676", ("681",)),
        ("ophelderingspercentage overvallen", "2019", "52,4%", ("50,3%",)),
        ("ophelderingspercentage straatroven", "2019", "29,2%", ("28,4%",)),
    }


def test_metric_definitions_come_from_the_defining_footnotes(table, documents):
    doc_id, note = table.definition("overvallen")
    assert (doc_id, note) == ("actieprogramma-tfo", 35)
    assert documents[doc_id].footnote(note).text.startswith("Definitie politie:")
    assert table.definition("ophelderingspercentage straatroven") == ("actieprogramma-tfo", 40)


def test_a_computed_change_is_right_and_labelled(table):
    first, last = table.reading("straatroven", "2015").preferred, table.reading("straatroven", "2025").preferred
    assert delta(first, last)[:2] == ("-1.816", "-38,4%")
    assert 4731 - 1816 == 2915
    sentence = change(first, last)
    assert sentence == "Dat is een daling van 1.816 (-38,4%), berekend uit deze cijfers, niet in de bron vermeld"
    pct_first, pct_last = (
        table.reading("ophelderingspercentage overvallen", "2017").preferred,
        table.reading("ophelderingspercentage overvallen", "2021").preferred,
    )
    assert delta(pct_first, pct_last)[:2] == ("+12,67", "procentpunt")
    assert "procentpunt" in change(pct_first, pct_last) and "berekend" in change(pct_first, pct_last)
