"""Chunking the real documents."""

from __future__ import annotations

import re

from index.chunk import chunk
from index.text import split_sentences, word_count


def test_every_chunk_quotes_its_document_exactly(documents):
    for doc in documents.values():
        for c in chunk(doc):
            assert doc.text[c.start : c.end] == c.text


def test_no_page_margin_text_or_markup_in_any_chunk(documents):
    for doc in documents.values():
        for c in chunk(doc):
            for noise in ("Ons kenmerk", "Directoraat-Generaal", "<sup>", "[footnoteRef", "\ue000"):
                assert noise not in c.text, (c.id, noise)


def test_chunks_never_cut_a_sentence(documents):
    for doc in documents.values():
        for block in doc.blocks:
            if block.kind not in ("paragraph", "list_item", "footnote"):
                continue
            sentence_ends = {block.start + end for _, end in split_sentences(block.text)}
            for c in chunk(doc):
                if block.start < c.end < block.end:
                    assert c.end in sentence_ends, (c.id, doc.text[c.end - 30 : c.end + 30])


def test_no_chunk_ends_inside_a_number(documents):
    for doc in documents.values():
        for c in chunk(doc):
            following = doc.text[c.end : c.end + 1]
            assert not (re.search(r"\d[.,]?$", c.text) and following.isdigit())


def test_chunks_stay_within_one_section_and_respect_the_size_bound(documents):
    for doc in documents.values():
        for c in chunk(doc, max_words=110):
            inside = [b for b in doc.blocks if b.start >= c.start and b.end <= c.end]
            assert len({b.section for b in inside}) <= 1
            longest_sentence = max((word_count(c.text[a:b]) for a, b in split_sentences(c.text)), default=0)
            assert word_count(c.text) <= max(110, longest_sentence) or c.kind == "table_row"


def test_footnotes_are_chunks_of_their_own(documents):
    doc = documents["hic-2022"]
    notes = [c for c in chunk(doc) if c.note == 25]
    assert len(notes) == 1 and notes[0].text.startswith("Aantal geregistreerde camera's")


def test_chunk_ids_depend_only_on_content(documents):
    doc = documents["hic-2025"]
    assert [c.id for c in chunk(doc)] == [c.id for c in chunk(doc)]
    assert len({c.id for c in chunk(doc)}) == len(chunk(doc))
