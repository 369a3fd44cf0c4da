"""Drafting: an answer being written, with citations numbered in order of first use."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

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
    # passages offered after a refusal as "mogelijk relevant", never cited as the answer
    related: list[Citation] = field(default_factory=list)
    # (doc id, start) of passages this part may quote although an earlier part did: the
    # clauses of one numbered item may share their evidence
    reusable: set[tuple[str, int]] = field(default_factory=set)
    # (what was asked, answered?) of each metric a one-sentence question names ("de
    # ophelderingspercentages voor overvallen, straatroof en woninginbraak"): its parts
    asked: list[tuple[str, bool]] = field(default_factory=list)

    def part(self, reusable: set[tuple[str, int]] | None = None) -> Draft:
        """A draft for one part of a multi-part question: its own sentences, the citations,
        figures and conflicts shared with this one (so numbering runs on)."""
        return Draft(self.documents, [], self.citations, self.figures, self.conflicts, reusable=reusable or set())

    def absorb(self, other: Draft) -> None:
        """Take over what ``other`` wrote: its citations renumbered into this draft's
        numbering (markers in its sentences, figures and conflicts rewritten to match)."""
        numbers: dict[int, int] = {}
        for c in other.citations:
            if c.start == c.end == 0 and c.cleaned == "":
                numbers[c.n] = self.cite_source(c.doc_id, c.quote)
            else:
                numbers[c.n] = self._recite(c)
        marker = re.compile(r"\[(\d+)\]")
        self.sentences += [marker.sub(lambda m: f"[{numbers.get(int(m.group(1)), int(m.group(1)))}]", s) for s in other.sentences]
        self.figures += [replace(f, citation=numbers.get(f.citation, f.citation) if f.citation else None) for f in other.figures]
        self.conflicts += [
            replace(c, values=tuple(v | {"citation": numbers.get(int(v["citation"]), v["citation"])} for v in c.values))  # type: ignore[call-overload]
            for c in other.conflicts
        ]
        for c in other.related:
            self.offer(c.doc_id, c.start, c.end)

    def _recite(self, c: Citation) -> int:
        for mine in self.citations:
            if (mine.doc_id, mine.start, mine.end) == (c.doc_id, c.start, c.end):
                return mine.n
        self.citations.append(replace(c, n=len(self.citations) + 1))
        return len(self.citations)

    def offer(self, doc_id: str, start: int, end: int) -> None:
        if len(self.related) < 3 and not any((c.doc_id, c.start) == (doc_id, start) for c in self.related):
            self.related.append(self.citation(len(self.related) + 1, doc_id, start, end))

    def cite_source(self, doc_id: str, phrase: str) -> int:
        """Cite ``phrase`` of the delivered text that the cleaned text does not hold (a page
        margin such as "Datum 14 december 2022"); it has no offsets in the cleaned text."""
        for c in self.citations:
            if c.doc_id == doc_id and c.quote == phrase and c.start == c.end == 0:
                return c.n
        doc = self.documents[doc_id]
        n = len(self.citations) + 1
        self.citations.append(Citation(n, doc_id, doc.meta.title, doc.meta.date, None, None, phrase, doc.meta.reference, 0, 0))
        return n

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
            related=tuple(self.related) if refused else (),
        )
