"""Records: the typed values that pass between the ingest and query stages.

A source file becomes a ``Document``: one cleaned text plus ``Block``s that point into it
(headings, paragraphs, list items, table rows, footnotes), and ``Table``s whose cells are
also ``Figure``s. ``Chunk``s are the retrieval units cut from the blocks.

Offsets are character offsets into ``Document.text``; ``text[start:end]`` is the block's
text exactly, which is what makes a citation's quote verifiable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["heading", "paragraph", "list_item", "table_row", "footnote"]
DocFormat = Literal["pdf-text", "markdown", "word-export"]
DocKind = Literal["kamerbrief", "beslisnota", "actieprogramma"]


@dataclass(frozen=True)
class TableHint:
    """Column labels for a table whose header the text extraction broke (from the manifest)."""

    caption: str
    columns: tuple[str, ...]


@dataclass(frozen=True)
class DocumentMeta:
    """One manifest entry: who wrote the document, when, and how to refer to it."""

    id: str
    file: str
    format: DocFormat
    title: str
    kind: DocKind
    date: str  # ISO 8601, YYYY-MM-DD or YYYY-MM
    reference: str  # human reference label, pasted into drafts as the source
    date_note: str | None = None
    kenmerk: str | None = None
    signatories: tuple[str, ...] = ()
    table_hints: tuple[TableHint, ...] = ()


@dataclass(frozen=True)
class Block:
    """One unit of cleaned text.

    Attributes:
        kind: heading, paragraph, list_item, table_row or footnote.
        text: the cleaned text, equal to ``Document.text[start:end]``.
        section: heading path, outermost first, e.g. ("2.2 Opsporing en vervolging",
            "Ophelderingspercentages").
        page: page number where the source marks pages, else None.
        footnotes: numbers of the footnotes this block cites.
        note: for a footnote block, its number.
        cited_by: for a footnote block, the index of the block that cites it.
        table: for a table row, the index of its table in ``Document.tables``.
    """

    kind: BlockKind
    text: str
    section: tuple[str, ...]
    start: int
    end: int
    page: int | None = None
    footnotes: tuple[int, ...] = ()
    note: int | None = None
    cited_by: int | None = None
    table: int | None = None

    @property
    def section_path(self) -> str:
        return " > ".join(self.section)


@dataclass(frozen=True)
class TableRow:
    """A table row: its label (usually a year) and its cells exactly as printed."""

    label: str
    cells: tuple[str, ...]
    block: int  # index of the table_row block that renders this row in the text


@dataclass(frozen=True)
class Table:
    """A table of figures as data."""

    title: str
    section: tuple[str, ...]
    columns: tuple[str, ...]
    rows: tuple[TableRow, ...]
    footnotes: tuple[int, ...] = ()


@dataclass(frozen=True)
class Figure:
    """One table cell as a figure.

    Attributes:
        metric: what is counted, normalised (e.g. "straatroven",
            "ophelderingspercentage overvallen", "recidive overvallers").
        measure: "realisatie" for registered values, or "doel", "ambitie",
            "procentuele ontwikkeling".
        period: the year or range the value belongs to, e.g. "2021" or "2011-2021".
        value: exactly as printed in the source (after removing a glued footnote marker).
        number: the numeric value (Dutch notation read: "64.560" -> 64560.0, "52,4%" -> 52.4).
        unit: "aantal" or "%".
        quote: the text of the table row the value sits in (verbatim from ``Document.text``).
    """

    doc_id: str
    table: str
    section: str
    row_label: str
    column_label: str
    metric: str
    measure: str
    period: str
    value: str
    number: float | None
    unit: str
    quote: str
    start: int
    end: int


@dataclass(frozen=True)
class Document:
    """A parsed source: cleaned text and the structure that points into it."""

    meta: DocumentMeta
    text: str
    blocks: tuple[Block, ...]
    tables: tuple[Table, ...] = ()
    sha256: str = ""
    warnings: tuple[str, ...] = field(default=())
    # the delivered file with markup removed and whitespace collapsed: where quotes come
    # from (index/verbatim.py)
    source: str = ""

    @property
    def id(self) -> str:
        return self.meta.id

    def footnote(self, n: int) -> Block | None:
        """The footnote block numbered ``n``, if the document has one."""
        for block in self.blocks:
            if block.kind == "footnote" and block.note == n:
                return block
        return None


@dataclass(frozen=True)
class Chunk:
    """A retrieval unit: consecutive blocks of one section, cut at sentence boundaries.

    ``id`` is derived from the document id and the chunk text, so an unchanged chunk keeps
    its id (and its cached embedding) across builds.
    """

    id: str
    doc_id: str
    text: str
    section: str
    kind: BlockKind
    start: int
    end: int
    page: int | None = None
    footnotes: tuple[int, ...] = ()
    note: int | None = None
