"""What the app shows: highlighted sources, the full section, figures."""

from __future__ import annotations

import html
from dataclasses import replace

import pytest

from assistant.workbench.present import (
    as_text,
    figure_chart,
    figure_rows,
    linked,
    section_markdown,
    sources_html,
    with_sources,
)

pytestmark = pytest.mark.real_model


def test_sources_show_metadata_and_highlight_the_answering_words(assistant):
    answer = assistant.ask("Hoeveel straatroven waren er in 2024?")
    html = sources_html(answer)
    assert "Voortgangsrapportage High Impact Crimes 2024-2025" in html and "2026-04" in html
    assert "<mark>2.813</mark>" in html and "kolom <mark>Straatroven</mark>" in html and "rij 2024" in html


def test_a_source_card_opens_its_section_in_context_with_the_quote_marked(assistant):
    answer = assistant.ask("Hoeveel camera's waren er tot 1 november 2022 geregistreerd bij Camera in Beeld?")
    card = sources_html(answer, assistant.index)
    assert "<details class='context'><summary>Toon in context</summary>" in card
    assert "<strong class='citaat'>Sinds de start van &quot;Camera in beeld&quot; zijn er bijna 321.000" in card
    assert "<details" not in sources_html(answer)  # without the index: the cards alone


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
    titles = {d.id: d.meta.title for d in assistant.index.documents.values()}
    rows = figure_rows(answer, assistant.figures, titles)
    assert rows[0][:2] == ["2021", "2.321"] and rows[0][3] == "[1]"
    # the other document is named by its title, never by its id
    assert "2.318 in Actieprogramma aanpak overvallen 2022-2026" in rows[0][4] and "actieprogramma-tfo" not in rows[0][4]
    chart = figure_chart(answer, assistant.figures, titles)
    names = [trace.name for trace in chart.data]
    assert names == ["meest recente bron", "afwijkende waarde in andere bron"]
    assert 2318 in list(chart.data[1].y)
    assert "Bronnen:" in chart.layout.annotations[0].text and "hic-2025" not in chart.layout.annotations[0].text


def test_a_question_with_html_or_markdown_is_shown_as_typed_never_rendered():
    shown = as_text("<img src=x onerror=alert(1)> en [klik](http://example.org) **vet**")
    assert "<img" not in shown and "&lt;img" in shown
    assert "[" not in shown and "http://" not in shown and "*" not in shown
    assert html.unescape(shown) == "<img src=x onerror=alert(1)> en [klik](http://example.org) **vet**"


def test_citation_markers_link_to_their_source_cards(assistant):
    answer = assistant.ask("Hoeveel straatroven waren er in 2024?")
    text = linked(answer.answer, answer)
    assert '<a href="#bron-1" class="cite" title="Bron 1: Voortgangsrapportage High Impact Crimes 2024-2025' in text
    assert "id='bron-1'" in sources_html(answer)
    assert linked("zie [9]", answer) == "zie [9]"  # no such source: stays text


def test_copy_with_sources_gives_the_answer_with_its_references_as_footnotes(assistant):
    answer = assistant.ask("Hoeveel straatroven waren er in 2024?")
    plain = with_sources(answer)
    assert plain.startswith("In 2024 zijn 2.813 straatroven geregistreerd [1].")
    assert "\n\nBronnen:\n[1] Voortgangsrapportage High Impact Crimes 2024-2025" in plain
    assert "\u201c2024 531 2.813 22.305 68.338 1.543 9\u201d" in plain
    markdown = with_sources(answer, markdown=True)
    assert "geregistreerd [^1]." in markdown and "\n[^1]: Voortgangsrapportage" in markdown
    assert with_sources(None) == ""


def test_a_kamervragen_draft_on_screen_numbers_its_notes_as_the_files_do():
    from assistant.records import Answer, Citation, Part
    from assistant.workbench.export import to_markdown
    from assistant.workbench.kamervraag import DraftAnswer, KamervraagDraft
    from assistant.workbench.present import kamervraag_markdown

    def cite(n, quote):
        return Citation(n, "hic-2025", "T", "2026-04", "S", None, quote, f"Ref {quote}", 0, len(quote))

    draft = KamervraagDraft(
        "Concept",
        (
            DraftAnswer(1, "Vraag een?", Answer("Vraag een?", "Een [1].", False, (cite(1, "A"),))),
            DraftAnswer(2, "Vraag twee?", Answer("Vraag twee?", "Twee [1]. Weer een [2].", False, (cite(1, "B"), cite(2, "A")))),
            DraftAnswer(
                3,
                "<b>Drie</b> en vier?",
                Answer(
                    "Drie en vier?", "(1) ... (2) Deelvraag 2: niet.", False, parts=(Part("Drie?", True), Part("Vier?", False))
                ),
            ),
        ),
    )
    screen = kamervraag_markdown(draft)
    assert "Twee [2]. Weer een [1]." in screen  # the passage of note 1 keeps number 1
    assert "Twee [^2]. Weer een [^1]." in to_markdown(draft)
    assert "<small>[1] Ref A</small>" in screen and "<small>[2] Ref B</small>" in screen
    assert "**Status:** *Deelvragen beantwoord: deelvraag 1; niet in de documenten: deelvraag 2.*" in screen
    assert "<b>" not in screen  # the question shows as typed
