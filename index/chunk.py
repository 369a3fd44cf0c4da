"""Chunking: a Document's blocks -> retrieval chunks that never cut a sentence or a number.

A chunk stays inside one section and one kind of text. Paragraphs up to ``max_words``
are one chunk; longer ones are cut at sentence boundaries; short neighbours (list items,
one-line paragraphs) are merged. Table rows are grouped per table; each footnote is its
own chunk so it can be cited as "voetnoot n".
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from index.records import Block, BlockKind, Chunk, Document
from index.text import split_sentences, word_count

# Bump when chunk boundaries or texts change, so `hic ingest` knows the index is stale.
# 3: no sentence break after an abbreviation in parentheses ("(art. 437 Sr.)"); 4: nor after the
# author and year that open a reference ("Rathenau Instituut (2021). Online ontspoord ...")
CHUNKER_VERSION = "4"


@dataclass
class _Span:
    kind: BlockKind
    section: tuple[str, ...]
    start: int
    end: int
    page: int | None
    words: int
    footnotes: list[int] = field(default_factory=list)
    table: int | None = None
    note: int | None = None


def chunk(doc: Document, max_words: int = 110, min_words: int = 25) -> list[Chunk]:
    """Cut ``doc`` into chunks.

    Args:
        doc: the parsed document.
        max_words: a chunk grows to at most this many words, unless one sentence is longer.
        min_words: blocks shorter than this are merged with a neighbour of the same section.

    Returns:
        Chunks in document order, each with offsets such that
        ``doc.text[c.start:c.end] == c.text``.
    """
    spans: list[_Span] = []
    pending: _Span | None = None

    def flush() -> None:
        nonlocal pending
        if pending is not None:
            spans.append(pending)
            pending = None

    for block in doc.blocks:
        if block.kind == "heading":
            flush()
            continue
        if block.kind == "footnote" or word_count(block.text) > max_words:
            flush()
            spans.extend(_split_block(block, max_words, min_words))
            continue
        span = _Span(
            block.kind,
            block.section,
            block.start,
            block.end,
            block.page,
            word_count(block.text),
            list(block.footnotes),
            block.table,
        )
        if pending is not None and _joinable(pending, span, max_words, min_words):
            pending.end = span.end
            pending.words += span.words
            pending.footnotes.extend(span.footnotes)
        else:
            flush()
            pending = span
    flush()
    return _to_chunks(doc, spans)


def _joinable(left: _Span, right: _Span, max_words: int, min_words: int) -> bool:
    if left.section != right.section or left.words + right.words > max_words:
        return False
    if left.kind == "table_row" or right.kind == "table_row":
        return left.kind == right.kind and left.table == right.table
    return left.words < min_words or right.words < min_words


def _split_block(block: Block, max_words: int, min_words: int) -> list[_Span]:
    """Cut one long block (or a footnote) at sentence boundaries."""
    pieces: list[_Span] = []
    for start, end in split_sentences(block.text):
        words = word_count(block.text[start:end])
        last = pieces[-1] if pieces else None
        if last is not None and last.words + words <= max_words:
            last.end = block.start + end
            last.words += words
        else:
            pieces.append(
                _Span(
                    block.kind,
                    block.section,
                    block.start + start,
                    block.start + end,
                    block.page,
                    words,
                    list(block.footnotes),
                    block.table,
                    block.note,
                )
            )
    if len(pieces) > 1 and pieces[-1].words < min_words and pieces[-2].words + pieces[-1].words <= max_words:
        tail = pieces.pop()
        pieces[-1].end = tail.end
        pieces[-1].words += tail.words
    return pieces


def _to_chunks(doc: Document, spans: list[_Span]) -> list[Chunk]:
    chunks: list[Chunk] = []
    seen: dict[str, int] = {}
    for span in spans:
        text = doc.text[span.start : span.end]
        digest = hashlib.sha1(f"{doc.id}\n{text}".encode()).hexdigest()[:12]
        seen[digest] = seen.get(digest, 0) + 1
        chunk_id = f"{doc.id}-{digest}" + (f"-{seen[digest]}" if seen[digest] > 1 else "")
        chunks.append(
            Chunk(
                id=chunk_id,
                doc_id=doc.id,
                text=text,
                section=" > ".join(span.section),
                kind=span.kind,
                start=span.start,
                end=span.end,
                page=span.page,
                footnotes=tuple(dict.fromkeys(span.footnotes)),
                note=span.note,
            )
        )
    return chunks


def embedding_text(chunk: Chunk, title: str) -> str:
    """The text that is embedded and indexed for BM25: the chunk under its section path.

    The section path helps both retrievers with questions that name the subject only in a
    heading ("Heling", "Ambities overvallen TFO en gerealiseerd"). The document title is
    left out on purpose: three of five titles say "High Impact Crimes", which drowned every
    question using those words. ``title`` is kept in the signature for the cache key's sake.
    """
    where = f"voetnoot {chunk.note} bij {chunk.section}" if chunk.note is not None else chunk.section
    return f"{where}\n{chunk.text}"
