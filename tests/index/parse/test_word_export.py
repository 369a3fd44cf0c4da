"""The Word-export parser on the 2024-2025 letter."""

from __future__ import annotations


def test_export_noise_is_removed(documents):
    text = documents["hic-2025"].text
    assert "[footnoteRef" not in text and "[bookmark" not in text
    assert "\t" not in text


def test_footnote_bodies_are_separated_from_their_paragraph(documents):
    doc = documents["hic-2025"]
    note = doc.footnote(23)
    assert note is not None and note.text == "Deur op slot, raampje dicht en lichtje aan."
    citing = doc.blocks[note.cited_by]
    assert citing.text.startswith("In 2024 en 2025 is het aantal woninginbraken in Nederland verder gedaald")
    assert "Deur op slot" not in citing.text


def test_headings_become_the_section_path(documents):
    doc = documents["hic-2025"]
    block = next(
        b for b in doc.blocks if b.text.startswith("In de afgelopen twee jaar is een lichte stijging van het aantal straatroven")
    )
    assert block.section == ("2. Voortgang aanpak high impact crimes", "Straatroven")


def test_the_flattened_table_is_rebuilt_with_its_six_columns(documents):
    table = documents["hic-2025"].tables[0]
    assert table.columns == (
        "Overvallen",
        "Straatroven",
        "Woning-inbraken",
        "Geweld",
        "(Poging tot) Aanslagen met explosieven",
        "Plofkraken op geldautomaten",
    )
    assert [r.label for r in table.rows][:2] == ["2015", "2016"]
    assert table.rows[0].cells == ("1.239", "4.731", "64.560", "83.106", "", "83")
    assert table.rows[-2].label == "Procentuele ontwikkeling 2016-2025"
    assert table.rows[-2].cells == ("-53%", "-30%", "-61%", "-10%", "", "-97%")
    assert table.footnotes == (2,)
