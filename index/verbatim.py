"""Verbatim quotes: find a span of the cleaned text in the document as delivered.

Cleaning joins hard-wrapped lines, drops footnote markers and page margins, and renders
table rows as "2021: Overvallen 676; ...", so a cleaned sentence is often not literally in
the delivered file. A drafter pastes quotes as literal citations, so every quote is taken
from the delivered text instead: the file with its markup removed (``<sup>``/``<b>`` tags,
Word footnote references and bookmarks) and its whitespace collapsed, which is what
``Document.source`` holds.

The search allows exactly what cleaning changed: whitespace, a word split by a hyphen at a
line end ("crimi- naliteit"), and a footnote number glued to a word or figure ("202134",
"2021,1"). A table row is found by its label and cells in order.
"""

from __future__ import annotations

import re

from index.records import Document

# Markup of the delivered formats that is not text.
MARKUP = re.compile(
    r"<sup>\s*\d+\s*</sup>|</?(?:b|i|u|sup|sub|strong|em)>|\[footnoteRef:\d+\]|\[bookmark:[^\]]*\]"
    r"|\*\*|\\(?=[_*\[\]()#<>])"  # Markdown bold and backslash escapes ("re\_B00TCMP")
)
_GLUED_NOTE = r"(?:\d{1,3})?"  # a footnote number the PDF text glued to the preceding token
_WORD_BREAK = r"(?:-\s)?"  # a hyphen at a line end, followed by the rest of the word
# between words: a space, or none where cleaning split glued words, and a stray line-end
# hyphen ("geweldsdelicten, ‐ zoals")
_BETWEEN = r"\s?(?:[\u2010\u00ad]\s)?"
_MIN_PIECE = 6  # a shorter verbatim piece of a sentence is no useful quote


_AUTOLINK = re.compile(r"<((?:https?://|www\.)[^>\s]+)>")  # Markdown "<https://...>"


def delivered_text(raw: str) -> str:
    """The delivered file as quotes are taken from it: markup removed, whitespace collapsed."""
    return " ".join(MARKUP.sub("", _AUTOLINK.sub(r"\1", raw)).split())


def quote_from_source(doc: Document, start: int, end: int) -> str | None:
    """The delivered wording of ``doc.text[start:end]``, or None where it cannot be found.

    Args:
        doc: a parsed document with ``source`` (its delivered text).
        start, end: a span of ``doc.text``: a sentence, a block or a table row.
    """
    source = doc.source
    if not source:
        return None
    block = next((b for b in doc.blocks if b.start <= start and end <= b.end), None)
    if block is not None and block.kind == "table_row" and block.table is not None:
        return _table_row(doc, block.table, block)
    cleaned = " ".join(doc.text[start:end].split())
    if cleaned in source:
        return cleaned
    tokens = cleaned.split()
    found = _find_tokens(source, tokens)
    if found is not None:
        return found
    # Interrupted in the delivered file (a page margin or footnote inside the sentence):
    # the longest piece that is there verbatim.
    pieces = []
    while tokens:
        n = _longest_prefix(source, tokens)
        if n == 0:
            tokens = tokens[1:]
            continue
        pieces.append(_find_tokens(source, tokens[:n]) or "")
        tokens = tokens[n:]
    best = max(pieces, key=len, default="")
    return best if len(best.split()) >= _MIN_PIECE else None


def _table_row(doc: Document, table_index: int, block: object) -> str | None:
    """A table row as printed: its label and its cells in order; where the label was
    joined with the table's title ("Ophelderingspercentages Overvallen"), its last words."""
    row = next((r for r in doc.tables[table_index].rows if doc.blocks[r.block] is block), None)
    if row is None:
        return None
    cells = [c for c in row.cells if c.strip()]
    label = row.label.split()
    for skip in range(len(label)):
        found = _find_tokens(doc.source, [" ".join(label[skip:]), *cells])
        if found is not None:
            return found
    return None


def _longest_prefix(source: str, tokens: list[str]) -> int:
    """How many leading ``tokens`` are found together (binary search: a found prefix's
    prefixes are found too)."""
    low, high = 0, len(tokens)
    while low < high:
        middle = (low + high + 1) // 2
        if _find_tokens(source, tokens[:middle]) is not None:
            low = middle
        else:
            high = middle - 1
    return low


def _find_tokens(source: str, tokens: list[str]) -> str | None:
    """The first span of ``source`` holding ``tokens`` in order, allowing what cleaning
    removed between and inside them."""
    tokens = [t for t in (" ".join(tok.split()) for tok in tokens) if t]
    if not tokens:
        return None
    pattern = _BETWEEN.join(_token(t) + _GLUED_NOTE for t in tokens)
    match = re.search(pattern, source)
    if match is None:
        return None
    return match.group(0).strip()


def _token(token: str) -> str:
    """A token as a pattern: each letter may be followed by a line-end hyphen break, the
    trailing punctuation may carry a glued footnote number before it."""
    core = token.rstrip(".,;:!?)\u201d\u2019'\"")
    tail = token[len(core) :]
    parts = []
    for i, ch in enumerate(core):
        if ch == " ":
            parts.append(r"\s?")
        elif ch == "-":
            parts.append(r"-?")  # cleaning restores a hyphen the PDF text lost ("vermogens  en")
        else:
            parts.append(re.escape(ch))
        if ch.isalpha() and i + 1 < len(core) and core[i + 1].isalpha():
            parts.append(_WORD_BREAK)
        elif ch in ".," and i + 1 < len(core) and core[i + 1].isdigit():
            parts.append(r"\s?")  # a number split by the extraction ("64. 560")
        elif i == 0 and ch in "+-" and len(core) > 1 and core[1].isdigit():
            parts.append(r"\s?")  # a sign split from its number ("- 53%")
    return "".join(parts) + (_GLUED_NOTE + re.escape(tail) if tail else "")
