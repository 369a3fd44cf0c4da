"""Quotes come from the delivered files: every sentence and table row the assistant can
cite is found there, whitespace and markup aside."""

from __future__ import annotations

import pytest

from eval.gold import delivered_texts, plain
from index.text import split_sentences
from index.verbatim import delivered_text, quote_from_source

pytestmark = pytest.mark.corpus


def _row(doc, label_start: str):
    block = next(b for b in doc.blocks if b.kind == "table_row" and b.text.startswith(label_start))
    return quote_from_source(doc, block.start, block.end)


def test_a_table_row_is_quoted_as_the_delivered_file_prints_it(documents):
    quote = _row(documents["hic-2025"], "2024:")
    assert quote == "2024 531 2.813 22.305 68.338 1.543 9"
    assert "Straatroven" not in quote  # not our rendering "2024: Overvallen 541; Straatroven ..."


def test_a_row_whose_label_was_joined_with_its_table_title_is_still_found(documents):
    assert _row(documents["hic-2021"], "Ophelderingspercentages Overvallen") == "Overvallen 51% 52,4% 53% 53,4%"


def test_a_number_and_a_sign_split_by_the_extraction_are_quoted_as_delivered(documents):
    assert "64. 560" in _row(documents["hic-2025"], "2015:")
    assert _row(documents["hic-2025"], "Procentuele ontwikkeling 2016-2025").startswith(
        "Procentuele ontwikkeling 2016-2025 - 53%"
    )


def test_a_hyphen_lost_at_a_pdf_line_end_and_a_glued_footnote_number_are_allowed(documents):
    doc = documents["hic-2021"]
    start = doc.text.index("Het doel van de aanpak is het terugdringen")
    end = doc.text.index(".", start) + 1
    quote = quote_from_source(doc, start, end)
    assert quote is not None and quote.startswith(
        "Het doel van de aanpak is het terugdringen van (gedigitaliseerde) vermogens en"
    )


def test_a_markdown_autolink_is_quoted_without_its_brackets():
    assert delivered_text("<https://www.khn.nl/a-b> Met een CHO") == "https://www.khn.nl/a-b Met een CHO"


def test_markup_is_not_part_of_a_quote():
    assert (
        delivered_text("een <b>vet</b> woord<sup>3</sup> en re\\_B00TCMP[footnoteRef:2]  hier")
        == "een vet woord en re_B00TCMP hier"
    )


def test_every_citable_sentence_is_found_in_its_delivered_file(documents):
    delivered = delivered_texts()
    missing = []
    for doc in documents.values():
        for block in doc.blocks:
            if block.kind == "heading" or "http" in block.text or "www." in block.text:
                continue  # headings are never quoted; a bare link is never evidence
            spans = [(0, len(block.text))] if block.kind == "table_row" else split_sentences(block.text)
            for s, e in spans:
                quote = quote_from_source(doc, block.start + s, block.start + e)
                if quote is None or plain(quote) not in delivered[doc.id]:
                    missing.append((doc.id, block.text[s:e][:80]))
    assert missing == []
