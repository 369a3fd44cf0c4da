"""Every table of figures becomes rows of figures, values exactly as printed."""

from __future__ import annotations

import pytest

from index.parse.tables import extract_figures


@pytest.fixture(scope="module")
def figures(documents):
    return [f for doc in documents.values() for f in extract_figures(doc)]


def value(figures, doc, metric, period, measure="realisatie"):
    found = {f.value for f in figures if f.doc_id == doc and f.metric == metric and f.period == period and f.measure == measure}
    assert len(found) == 1, (doc, metric, period, measure, found)
    return found.pop()


@pytest.mark.parametrize(
    ("doc", "metric", "period", "measure", "printed"),
    [
        # 2021 letter: counts 2010-2020 and the percentage row; clearance targets and results
        ("hic-2021", "geweld", "2010", "realisatie", "98.810"),
        ("hic-2021", "overvallen", "2020", "realisatie", "907"),
        ("hic-2021", "woninginbraken", "2010-2020", "procentuele ontwikkeling", "-63%"),
        ("hic-2021", "ophelderingspercentage overvallen", "2019", "doel", "51%"),
        ("hic-2021", "ophelderingspercentage straatroven", "2020", "realisatie", "32,6%"),
        # 2021-2022 letter
        ("hic-2022", "straatroven", "2021", "realisatie", "2.321"),
        ("hic-2022", "woninginbraken", "2011-2021", "procentuele ontwikkeling", "-74%"),
        ("hic-2022", "ophelderingspercentage overvallen", "2021", "realisatie", "62,57%"),
        ("hic-2022", "ophelderingspercentage straatroven", "2020", "doel", "30%"),
        # action programme: counts 2012-2021, clearance 2014-2021, the two ambition tables
        ("actieprogramma-tfo", "ram- en plofkraken", "2015", "realisatie", "103"),
        ("actieprogramma-tfo", "ophelderingspercentage overvallen", "2014", "realisatie", "58,5%"),
        ("actieprogramma-tfo", "overvallen", "2023", "ambitie", "900"),
        ("actieprogramma-tfo", "ophelderingspercentage overvallen", "2023", "ambitie", "53%"),
        ("actieprogramma-tfo", "straatroven", "2023", "ambitie", "2.900"),
        ("actieprogramma-tfo", "recidivepercentage overvallen", "2021", "realisatie", "38%"),
        ("actieprogramma-tfo", "recidivepercentage straatroven", "2019", "ambitie", "48%"),
        # 2024-2025 letter: the flattened six-column table
        ("hic-2025", "woninginbraken", "2015", "realisatie", "64.560"),
        ("hic-2025", "plofkraken op geldautomaten", "2025", "realisatie", "3"),
        ("hic-2025", "aanslagen met explosieven", "2024", "realisatie", "1.543"),
        ("hic-2025", "straatroven", "2024-2025", "procentuele ontwikkeling", "+4%"),
    ],
)
def test_table_cells(figures, doc, metric, period, measure, printed):
    assert value(figures, doc, metric, period, measure) == printed


def test_action_programme_tables_disagree_where_the_source_does(figures):
    # Table 2.1 prints the registered count, the ambition table its own figure.
    ambition_table = {
        f.value for f in figures if f.doc_id == "actieprogramma-tfo" and f.metric == "straatroven" and f.period == "2021"
    }
    assert ambition_table == {"2.321", "2.318"}
    clearance = {
        f.value
        for f in figures
        if f.doc_id == "actieprogramma-tfo" and f.metric == "ophelderingspercentage straatroven" and f.period == "2021"
    }
    assert clearance == {"38,56%"}


def test_numbers_are_read_in_dutch_notation(figures):
    by_value = {(f.doc_id, f.value): f for f in figures}
    assert by_value[("hic-2025", "64.560")].number == 64560
    assert by_value[("hic-2022", "62,57%")].number == pytest.approx(62.57)
    assert by_value[("hic-2022", "62,57%")].unit == "%"
    assert by_value[("hic-2025", "-53%")].number == -53


def test_every_figure_quotes_its_table_row_verbatim(documents, figures):
    for figure in figures:
        doc = documents[figure.doc_id]
        assert doc.text[figure.start : figure.end] == figure.quote
        assert figure.value in figure.quote


def test_tables_are_also_readable_text_rows(documents):
    text = documents["hic-2025"].text
    assert (
        "2025: Overvallen 539; Straatroven 2.915; Woning-inbraken 21.560; Geweld 72.617; (Poging tot) Aanslagen met explosieven 1.534; Plofkraken op geldautomaten 3."
        in text
    )


def test_empty_cells_and_placeholders_make_no_figure(figures):
    assert not [f for f in figures if f.value in ("", "-")]
    assert not [f for f in figures if f.doc_id == "actieprogramma-tfo" and f.period == "2022"]
