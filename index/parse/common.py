"""Parsing, shared part: the draft blocks every format parser emits, and their assembly
into one ``Document`` with verifiable offsets."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Literal

from index.records import Block, Document, DocumentMeta, Table, TableRow
from index.text import pop_markers, squash
from index.verbatim import delivered_text

DraftKind = Literal["heading", "paragraph", "list_item", "table"]


@dataclass
class RawTable:
    """A table as the parser read it: column labels and rows of printed cells."""

    title: str
    columns: list[str]
    rows: list[tuple[str, list[str]]]
    refs: list[int] = field(default_factory=list)  # footnotes cited in a header the parser replaced


@dataclass
class Draft:
    """One block of running text before assembly; text may still hold footnote sentinels."""

    kind: DraftKind
    text: str
    section: tuple[str, ...]
    page: int | None = None
    table: RawTable | None = None


@dataclass
class Parsed:
    """What a format parser returns."""

    drafts: list[Draft]
    footnotes: dict[int, str] = field(default_factory=dict)  # number -> body text
    warnings: list[str] = field(default_factory=list)


_NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+\S")


class SectionTracker:
    """Keeps the heading path.

    Numbered headings nest under the headings whose number is a prefix of theirs ("2.2"
    under "2."); an unnumbered heading is a leaf under the current numbered path and
    replaces a previous unnumbered leaf.
    """

    def __init__(self) -> None:
        self._stack: list[tuple[str | None, str]] = []  # (number or None, title)

    def enter(self, title: str) -> tuple[str, ...]:
        match = _NUMBERED.match(title)
        number = match.group(1) if match else None
        if number is None:
            while self._stack and self._stack[-1][0] is None:
                self._stack.pop()
        else:
            while self._stack and not (self._stack[-1][0] is not None and number.startswith(self._stack[-1][0] + ".")):
                self._stack.pop()
        self._stack.append((number, title))
        return self.path

    @property
    def path(self) -> tuple[str, ...]:
        return tuple(title for _, title in self._stack)


def render_row(label: str, columns: list[str], cells: list[str]) -> str:
    """The readable text line of a table row, e.g. "2021: Overvallen 676; Straatroven 2.321".

    Empty and '-' cells are left out: they print no figure.
    """
    parts = [f"{col} {cell}" for col, cell in zip(columns, cells, strict=False) if cell not in ("", "-")]
    return f"{label}: " + "; ".join(parts) + "." if parts else ""


def assemble(meta: DocumentMeta, parsed: Parsed, raw_text: str) -> Document:
    """Build the Document: join the drafts into one cleaned text and compute offsets.

    Footnote bodies come last, after the running text, one block each, carrying the
    section of the block that cites them.
    """
    pieces: list[str] = []
    blocks: list[Block] = []
    tables: list[Table] = []
    offset = 0
    cited_by: dict[int, int] = {}

    def add(kind: str, text: str, section: tuple[str, ...], page: int | None, **extra: object) -> int:
        nonlocal offset
        if pieces:
            pieces.append("\n\n")
            offset += 2
        block = Block(kind=kind, text=text, section=section, start=offset, end=offset + len(text), page=page, **extra)  # type: ignore[arg-type]
        pieces.append(text)
        offset += len(text)
        blocks.append(block)
        return len(blocks) - 1

    for draft in parsed.drafts:
        if draft.kind == "table" and draft.table is not None:
            raw = draft.table
            title, title_refs = pop_markers(raw.title)
            columns = [pop_markers(c)[0].strip() for c in raw.columns]
            refs = list(title_refs) + [r for c in raw.columns for r in pop_markers(c)[1]] + raw.refs
            rows: list[TableRow] = []
            table_index = len(tables)
            for label, cells in raw.rows:
                clean_cells = []
                for cell in cells:
                    text, cell_refs = pop_markers(cell)
                    refs.extend(cell_refs)
                    clean_cells.append(squash(text))
                line = render_row(squash(label), columns, clean_cells)
                if not line:
                    continue
                index = add("table_row", line, draft.section, draft.page, table=table_index)
                rows.append(TableRow(label=squash(label), cells=tuple(clean_cells), block=index))
            for ref in refs:
                cited_by.setdefault(ref, rows[0].block if rows else len(blocks) - 1)
            tables.append(Table(squash(title), draft.section, tuple(columns), tuple(rows), tuple(refs)))
            continue
        text, text_refs = pop_markers(draft.text)
        text = re.sub(r"\s+([,.;:)])", r"\1", squash(text)) if text_refs else squash(text)
        if not text:
            continue
        index = add(draft.kind, text, draft.section, draft.page, footnotes=text_refs)
        for ref in text_refs:
            cited_by.setdefault(ref, index)

    warnings = list(parsed.warnings)
    for n in sorted(parsed.footnotes):
        body = squash(pop_markers(parsed.footnotes[n])[0])
        if not body:
            continue
        citing = cited_by.get(n)
        if citing is None:
            warnings.append(f"voetnoot {n} wordt nergens in de lopende tekst aangehaald")
        section = blocks[citing].section if citing is not None else ("Voetnoten",)
        page = blocks[citing].page if citing is not None else None
        add("footnote", body, section, page, note=n, cited_by=citing)

    text = "".join(pieces)
    return Document(
        meta=meta,
        text=text,
        blocks=tuple(blocks),
        tables=tuple(tables),
        sha256=hashlib.sha256(raw_text.encode("utf-8")).hexdigest(),
        warnings=tuple(warnings),
        source=delivered_text(raw_text),
    )
