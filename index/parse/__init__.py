"""Parsing: one source file -> one ``Document``, by the format its manifest entry names."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from index.errors import SourceParseError
from index.parse.common import Parsed, assemble
from index.parse.markdown import parse_markdown
from index.parse.pdf_text import parse_pdf_text
from index.parse.word_export import parse_word_export
from index.records import Document, DocumentMeta

PARSERS: dict[str, Callable[[str, DocumentMeta], Parsed]] = {
    "pdf-text": parse_pdf_text,
    "markdown": parse_markdown,
    "word-export": parse_word_export,
}


def parse_document(path: Path, meta: DocumentMeta) -> Document:
    """Read and parse one source document.

    Raises:
        SourceParseError: the file is unreadable, empty, not UTF-8 text, or yields no text.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceParseError(path, f"niet leesbaar ({exc.strerror})") from exc
    if not data.strip():
        raise SourceParseError(path, "het bestand is leeg")
    if b"\x00" in data[:4096]:
        raise SourceParseError(path, "geen tekstbestand (binaire inhoud)")
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceParseError(path, f"geen geldige UTF-8-tekst (byte {exc.start})") from exc
    parser = PARSERS.get(meta.format)
    if parser is None:
        raise SourceParseError(path, f"onbekend format '{meta.format}'")
    doc = assemble(meta, parser(raw, meta), raw)
    if not any(b.kind in ("paragraph", "list_item") for b in doc.blocks):
        raise SourceParseError(path, f"geen lopende tekst gevonden voor format '{meta.format}'")
    return doc
