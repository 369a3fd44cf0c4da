"""Figures on the query side: look a metric up per period, across documents, most recent
document first, and see where documents disagree."""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.metrics import base_metric
from index.records import Document, Figure


@dataclass(frozen=True)
class Reading:
    """One period of a metric: the preferred figure (from the most recent document) and the
    figures other documents print for the same period."""

    period: str
    preferred: Figure
    others: tuple[Figure, ...]

    @property
    def disagreeing(self) -> tuple[Figure, ...]:
        return tuple(f for f in self.others if f.value != self.preferred.value)


class FigureTable:
    """All figures of the index, searchable by metric, measure and period."""

    def __init__(self, figures: list[Figure], documents: dict[str, Document]) -> None:
        self._figures = figures
        self._dates = {doc_id: doc.meta.date for doc_id, doc in documents.items()}
        # base metric -> the footnote that defines it: a footnote starting "Definitie" whose
        # marker sits on a sentence naming the metric
        self._definitions: dict[str, tuple[str, int]] = {}
        for doc in documents.values():
            for block in doc.blocks:
                if (
                    block.kind == "footnote"
                    and block.note is not None
                    and block.text.startswith("Definitie")
                    and block.cited_by is not None
                ):
                    leaf = doc.blocks[block.cited_by].section[-1] if doc.blocks[block.cited_by].section else ""
                    metric = base_metric(leaf) or base_metric(doc.blocks[block.cited_by].text)
                    if metric:
                        self._definitions.setdefault(metric, (doc.id, block.note))

    def metrics(self) -> set[str]:
        return {f.metric for f in self._figures}

    def reading(self, metric: str, period: str, measure: str = "realisatie", docs: set[str] | None = None) -> Reading | None:
        """The figure for ``metric`` in ``period``, preferring the most recent document.

        Within one document the first table wins (the action programme prints straatroven
        2021 twice: 2.321 in table 2.1 and 2.318 in its ambition table; both are kept as
        readings, the first as preferred for that document).
        """
        found = [
            f
            for f in self._figures
            if f.metric == metric and f.period == period and f.measure == measure and (docs is None or f.doc_id in docs)
        ]
        if not found:
            return None
        order = sorted(range(len(found)), key=lambda i: (self._dates.get(found[i].doc_id, ""), -i), reverse=True)
        ranked = [found[i] for i in order]
        return Reading(period, ranked[0], tuple(ranked[1:]))

    def years(self, metric: str, measure: str = "realisatie", docs: set[str] | None = None) -> list[int]:
        """The single years for which ``metric`` has a figure, ascending."""
        return sorted(
            {
                int(f.period)
                for f in self._figures
                if f.metric == metric
                and f.measure == measure
                and re.fullmatch(r"\d{4}", f.period)
                and (docs is None or f.doc_id in docs)
            }
        )

    def periods(self, metric: str, measure: str, docs: set[str] | None = None) -> list[str]:
        return sorted(
            {
                f.period
                for f in self._figures
                if f.metric == metric and f.measure == measure and (docs is None or f.doc_id in docs)
            }
        )

    def conflicts(self) -> list[Reading]:
        """Every metric, measure and period for which the documents print different values,
        as readings (preferred = most recent document)."""
        keys = sorted({(f.metric, f.measure, f.period) for f in self._figures})
        found = []
        for metric, measure, period in keys:
            reading = self.reading(metric, period, measure)
            if reading is not None and reading.disagreeing:
                found.append(reading)
        return found

    def definition(self, metric: str) -> tuple[str, int] | None:
        """(doc_id, footnote number) of the footnote that defines ``metric``'s base, if a
        document defines it ("Definitie politie: ..." attached to the word "overvallen")."""
        from assistant.answer.phrasing import base_of

        return self._definitions.get(base_of(metric))

    def series(
        self, metric: str, first: int, last: int, measure: str = "realisatie", docs: set[str] | None = None
    ) -> list[Reading]:
        """One reading per year from ``first`` to ``last`` that has a figure."""
        readings = []
        for year in range(first, last + 1):
            reading = self.reading(metric, str(year), measure, docs)
            if reading is not None:
                readings.append(reading)
        return readings
