"""Drafting: an answer being written, with citations numbered in order of first use."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.records import Answer, Citation, Conflict, FigureUse
from index.records import Document, Figure
from index.verbatim import quote_from_source

# (document hash, start, end) -> the delivered wording; the corpus is small and fixed per
# build, so this stays bounded
_QUOTES: dict[tuple[str, int, int], str | None] = {}


def delivered_quote(doc: Document, start: int, end: int) -> str | None:
    """``quote_from_source``, remembered."""
    key = (doc.sha256 or doc.id, start, end)
    if key not in _QUOTES:
        _QUOTES[key] = quote_from_source(doc, start, end)
    return _QUOTES[key]


@dataclass
class Draft:
    """An answer being written: sentences, and citations numbered in order of first use."""

    documents: dict[str, Document]
    sentences: list[str] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    figures: list[FigureUse] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)

    def cite(self, doc_id: str, start: int, end: int, note: int | None = None, figure: Figure | None = None) -> int:
        for c in self.citations:
            if (c.doc_id, c.start, c.end) == (doc_id, start, end):
                return c.n
        self.citations.append(self.citation(len(self.citations) + 1, doc_id, start, end, note, figure))
        return len(self.citations)

    def citation(
        self, n: int, doc_id: str, start: int, end: int, note: int | None = None, figure: Figure | None = None
    ) -> Citation:
        """Citation number ``n`` of ``doc_id``'s text [start, end), quoted as delivered."""
        doc = self.documents[doc_id]
        block = next((b for b in doc.blocks if b.start <= start and end <= b.end), None)
        section = block.section_path if block and block.section else None
        page = block.page if block else None
        note = note if note is not None else (block.note if block else None)
        where = ", ".join(
            x for x in (section, f"voetnoot {note}" if note is not None else None, f"p. {page}" if page else None) if x
        )
        cleaned = doc.text[start:end]
        quote = delivered_quote(doc, start, end)
        return Citation(
            n,
            doc_id,
            doc.meta.title,
            doc.meta.date,
            section,
            page,
            quote or cleaned,
            f"{doc.meta.reference}" + (f", {where}" if where else ""),
            start,
            end,
            note,
            cleaned=cleaned,
            verbatim=quote is not None,
            table=figure.table if figure else None,
            row=figure.row_label if figure else None,
            column=figure.column_label if figure else None,
        )

    def cite_figure(self, figure: Figure) -> int:
        return self.cite(figure.doc_id, figure.start, figure.end, figure=figure)

    def use(self, figure: Figure, n: int) -> None:
        self.figures.append(FigureUse(figure.metric, figure.period, figure.value, figure.unit, figure.doc_id, n, figure.measure))

    def answer(self, question: str, refused: bool = False, message: str | None = None) -> Answer:
        return Answer(
            question,
            " ".join(self.sentences),
            refused,
            tuple(self.citations),
            tuple(self.figures),
            tuple(self.conflicts),
            message=message,
        )
