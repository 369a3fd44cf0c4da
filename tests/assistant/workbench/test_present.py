"""What the app shows: highlighted sources, the full section, figures."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.workbench.present import figure_chart, figure_rows, section_markdown, sources_html

pytestmark = pytest.mark.real_model


def test_sources_show_metadata_and_highlight_the_answering_words(assistant):
    answer = assistant.ask("Hoeveel straatroven waren er in 2024?")
    html = sources_html(answer)
    assert "Voortgangsrapportage High Impact Crimes 2024-2025" in html and "2026-04" in html
    assert "<mark>2.813</mark>" in html and "kolom <mark>Straatroven</mark>" in html and "rij 2024" in html


def test_the_full_section_of_a_source_is_shown_with_the_quote_marked(assistant):
    answer = assistant.ask("Hoeveel camera's waren er tot 1 november 2022 geregistreerd bij Camera in Beeld?")
    text = section_markdown(assistant.index, answer.citations[0])
    assert text.startswith("#### Voortgangsrapportage High Impact Crimes 2021-2022")
    assert '**Sinds de start van "Camera in beeld" zijn er bijna 321.000 camera\'s geregistreerd.**' in text


def test_a_source_of_a_removed_document_gets_a_message(assistant):
    answer = assistant.ask("Wat doet AJB?")
    removed = replace(assistant.index, documents={})
    assert "staat niet meer in de index" in section_markdown(removed, answer.citations[0])


def test_figures_become_rows_and_a_chart_with_conflicts_marked(assistant):
    answer = assistant.ask("Hoeveel straatroven waren er in 2021?")
    rows = figure_rows(answer, assistant.figures)
    assert rows[0][:2] == ["2021", "2.321"] and "2.318" in rows[0][5]
    chart = figure_chart(answer, assistant.figures)
    names = [trace.name for trace in chart.data]
    assert names == ["meest recente bron", "afwijkende waarde in andere bron"]
    assert 2318 in list(chart.data[1].y)
    assert "Bronnen:" in chart.layout.annotations[0].text
