"""The PDF-text parser on real passages of the 2021 letter, the beslisnota and the action
programme."""

from __future__ import annotations

from index.records import Document


def _paragraph_with(doc: Document, needle: str) -> str:
    matches = [b.text for b in doc.blocks if needle in b.text and b.kind != "footnote"]
    assert matches, f"no block contains {needle!r}"
    return matches[0]


def test_line_end_hyphens_are_joined_keeping_the_dutch_hyphen(documents):
    doc = documents["hic-2021"]
    assert "dan de niet-HIC-daders" in doc.text
    assert "actief betrokken in co-creatiesessies" in doc.text
    assert "ondersteunt ex-gedetineerden" in doc.text
    assert "niet- HIC" not in doc.text and "co- creatie" not in doc.text


def test_hyphen_moved_to_line_end_by_the_pdf_is_put_back(documents):
    text = _paragraph_with(documents["hic-2021"], "geweldsdelicten, zoals")
    assert "(gedigitaliseerde) vermogens- en geweldsdelicten, zoals woninginbraken, overvallen, ram- en plofkraken" in text
    assert "\u2010" not in documents["hic-2021"].text


def test_footnote_bodies_leave_the_running_text_and_attach_to_the_citing_paragraph(documents):
    doc = documents["hic-2021"]
    note = doc.footnote(22)
    assert note is not None and note.text == "Cijfers per 1 mei 2021."
    citing = doc.blocks[note.cited_by]
    assert "1.621.354 gestolen goederen" in citing.text and 22 in citing.footnotes
    # the body does not interrupt the paragraph it was printed in
    assert "Daarnaast wordt de integrale aanpak verbeterd door bestaande maatregelen" in doc.text


def test_footnote_markers_are_gone_from_running_text(documents):
    doc = documents["hic-2021"]
    text = _paragraph_with(doc, "maatregelen uit het Actieprogramma")
    assert "Actieprogramma van de Taskforce uitgevoerd" in text
    assert "in de periode 2010 tot en met 2020." in doc.text and "2020.1" not in doc.text


def test_markers_glued_to_years_and_to_each_other_are_resolved(documents):
    doc = documents["actieprogramma-tfo"]
    assert "Over de periode 2005–2021 heeft de algemene veiligheidsbeleving" in doc.text
    block = next(b for b in doc.blocks if "92.530 high impact crimes (HIC)." in b.text)
    assert block.footnotes[:2] == (7, 8)
    assert "Net als in 2017 blijkt ook in 2021 ruim 40%" in doc.text
    assert not doc.warnings


def test_repeated_urls_under_footnotes_are_dropped(documents):
    doc = documents["hic-2021"]
    url = "https://www.khn.nl/onderwerpen/ondernemen-in-de-horeca/veiligheid/collectieve-horecaontzegging"
    assert doc.text.count(url) == 1
    assert doc.footnote(21) is not None and url in doc.footnote(21).text


def test_sections_carry_their_heading_path(documents):
    doc = documents["hic-2021"]
    block = next(b for b in doc.blocks if b.text.startswith("Zowel door het lid van uw Kamer Tielen"))
    assert block.section == (
        "2. Inzet daderschap",
        "2.2 Voorkomen daderschap",
        "2.2.2 Overige inzet op voorkomen daderschap",
        "Meisjescriminaliteit",
    )


def test_a_heading_glued_to_the_previous_line_is_split_off(documents):
    doc = documents["actieprogramma-tfo"]
    headings = [b.text for b in doc.blocks if b.kind == "heading"]
    assert "7.2 Data-gedreven inzet" in headings
    assert "6.4 Gedigitaliseerde criminaliteit in samenhang met fysieke vermogenscriminaliteit" in headings


def test_bullets_split_over_blank_lines_stay_one_item(documents):
    doc = documents["beslisnota-2022"]
    items = [b.text for b in doc.blocks if b.kind == "list_item"]
    assert "o Begrotingsbehandeling 2023 d.d. 22 november 2022 (preventie i.r.t. HIC-aanpak)" in items
    assert "- De brief na de begrotingsbehandeling en voor het kerstreces naar de Tweede Kamer verzenden." in items


def test_numbered_list_items_are_not_headings(documents):
    doc = documents["actieprogramma-tfo"]
    headings = [b.text for b in doc.blocks if b.kind == "heading"]
    assert not any(h.startswith("2. Het Digitaal Opkopers Register") for h in headings)
