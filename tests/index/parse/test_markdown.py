"""The Markdown parser on the 2021-2022 letter."""

from __future__ import annotations


def test_page_margin_blocks_and_letterhead_are_removed(documents):
    doc = documents["hic-2022"]
    for margin in (
        "Ons kenmerk",
        "Directoraat-Generaal",
        "Criminaliteitsfenomenen",
        "Bij beantwoording",
        "30 november 2022",
        "Retouradres",
    ):
        assert margin not in doc.text


def test_markup_is_removed(documents):
    text = documents["hic-2022"].text
    for markup in ("<sup>", "<b>", "**", "](http", "\\_", "###"):
        assert markup not in text
    assert 'gedragsinterventie "re_B00TCMP" doorontwikkeld' in text


def test_footnote_25_is_attached_to_its_paragraph(documents):
    doc = documents["hic-2022"]
    note = doc.footnote(25)
    assert note is not None
    assert note.text.startswith("Aantal geregistreerde camera's tot 1 november 2022.")
    citing = doc.blocks[note.cited_by]
    assert "zijn er bijna 321.000 camera's geregistreerd." in citing.text
    assert 25 in citing.footnotes
    assert note.section == citing.section


def test_paragraph_broken_by_a_page_break_is_joined(documents):
    doc = documents["hic-2022"]
    assert "De HIC-aanpak omvat daarmee de strategische inzet van dadergerichte" in doc.text
    assert "de Top-X-aanpak van het Actiecentrum Veiligheid en Zorg van Amsterdam is nog niet afgerond" in doc.text


def test_a_paragraph_between_two_footnotes_continues_the_first(documents):
    note = documents["hic-2022"].footnote(30)
    assert note is not None and "Met een CHO kunnen horecaondernemers notoire overlastgevers" in note.text


def test_pages_are_counted_from_the_margin_blocks(documents):
    doc = documents["hic-2022"]
    first = next(b for b in doc.blocks if b.kind == "paragraph")
    table_row = next(b for b in doc.blocks if b.kind == "table_row")
    assert first.page == 1
    assert table_row.page == 2
    assert max(b.page or 0 for b in doc.blocks) >= 10


def test_the_percentage_row_after_a_page_break_belongs_to_the_count_table(documents):
    table = documents["hic-2022"].tables[0]
    assert table.rows[-1].label == "Procentuele ontwikkeling 2011-2021"
    assert table.rows[-1].cells == ("-70%", "-72%", "-74%", "-33%")
