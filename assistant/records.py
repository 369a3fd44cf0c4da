"""Answer records: what the assistant hands to the CLI, the app and the evaluation.

``Answer.to_json()`` is the command-line contract (see README, "hic ask --json").
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Citation:
    """A numbered source of an answer sentence.

    ``quote`` is verbatim from the delivered file of document ``doc_id`` (markup removed,
    whitespace collapsed; a table row as printed there). ``start``/``end`` locate the
    passage in the cleaned text (``text[start:end] == cleaned``), which the app uses to show
    it in its section. ``verbatim`` is False in the rare case the delivered wording could
    not be found; the quote is then the cleaned text.
    """

    n: int
    doc_id: str
    title: str
    date: str
    section: str | None
    page: int | None
    quote: str
    reference: str
    start: int
    end: int
    note: int | None = None
    cleaned: str = ""
    verbatim: bool = True
    # a table cell: the table's title, the row and column labels as printed
    table: str | None = None
    row: str | None = None
    column: str | None = None


@dataclass(frozen=True)
class Part:
    """One sub-question of a multi-part question and whether the documents answer it."""

    question: str
    answered: bool


@dataclass(frozen=True)
class FigureUse:
    """A figure the answer states, with the citation of the table row it came from."""

    metric: str
    period: str
    value: str
    unit: str
    doc_id: str
    citation: int | None  # None for a computed value: it is printed nowhere
    measure: str = "realisatie"
    computed: bool = False  # True for a value the assistant calculated from cited figures


@dataclass(frozen=True)
class Conflict:
    """The same metric and period printed with different values in different documents."""

    metric: str
    period: str
    measure: str
    values: tuple[dict[str, Any], ...]  # {"value", "doc_id", "title", "date", "citation"}
    preferred_doc: str  # the most recent document


@dataclass(frozen=True)
class Answer:
    question: str
    answer: str
    refused: bool
    citations: tuple[Citation, ...] = ()
    figures: tuple[FigureUse, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    mode: str = "extractive"
    timings_ms: dict[str, float] = field(default_factory=dict)
    message: str | None = None  # a note to the user (bad input, English question, ...)
    parts: tuple[Part, ...] = ()  # for a question of several parts: each, answered or not
    # passages offered after a refusal as "mogelijk relevant": never the answer, never cited
    related: tuple[Citation, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The stable JSON object of ``hic ask --json``."""
        return (
            {
                "question": self.question,
                "answer": self.answer,
                "refused": self.refused,
                "citations": [
                    {
                        k: v
                        for k, v in asdict(c).items()
                        if k in ("n", "doc_id", "title", "date", "section", "page", "quote", "reference")
                    }
                    | ({"footnote": c.note} if c.note is not None else {})
                    | ({"table": c.table, "row": c.row, "column": c.column} if c.table else {})
                    | ({"verbatim": False} if not c.verbatim else {})
                    for c in self.citations
                ],
                "figures": [
                    {
                        "metric": f.metric,
                        "period": f.period,
                        "value": f.value,
                        "unit": f.unit,
                        "doc_id": f.doc_id,
                        "citation": f.citation,
                    }
                    | ({"measure": f.measure} if f.measure != "realisatie" else {})
                    | ({"computed": True} if f.computed else {})
                    for f in self.figures
                ],
                "conflicts": [asdict(c) for c in self.conflicts],
                "mode": self.mode,
                "timings_ms": {k: round(v, 1) for k, v in self.timings_ms.items()},
            }
            | ({"message": self.message} if self.message else {})
            | ({"parts": [{"question": p.question, "answered": p.answered} for p in self.parts]} if self.parts else {})
            | (
                {
                    "related": [
                        {"doc_id": c.doc_id, "title": c.title, "section": c.section, "quote": c.quote, "reference": c.reference}
                        for c in self.related
                    ]
                }
                if self.related
                else {}
            )
        )
