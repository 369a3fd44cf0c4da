"""Answer records: what the assistant hands to the CLI, the app and the evaluation.

``Answer.to_json()`` is the command-line contract (see README, "hic ask --json").
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Citation:
    """A numbered source of an answer sentence.

    ``quote`` is verbatim from the cleaned text of document ``doc_id``
    (``text[start:end] == quote``).
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

    def to_json(self) -> dict[str, Any]:
        """The stable JSON object of ``hic ask --json``."""
        return {
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
        } | ({"message": self.message} if self.message else {})
