"""Figure answers: questions answered from the figures table (single values, trends,
definitions of metrics), with disagreements between documents made explicit."""

from __future__ import annotations

import re

from assistant.answer.draft import Draft
from assistant.answer.evidence import Sentence, SentenceIndex
from assistant.answer.figures import FigureTable, Reading
from assistant.answer.phrasing import REFUSAL, change, delta, first_lower, head, label, state, with_marker
from assistant.answer.question import Question, recent_years
from assistant.records import Conflict, FigureUse
from index.metrics import BASE_METRICS
from index.records import Document, Figure

# a word that says how a count developed
_CHANGE_WORD = re.compile(r"\b(gestegen|gedaald|toegenomen|afgenomen|gestabiliseerd|stabiel|stijging|daling|toename|afname)\b")


class FigureAnswerer:
    """Writes figure answers into a Draft.

    Args:
        documents: the indexed documents, by id.
        figures: the figures table.
        sentences: the sentence index (for a supporting sentence that prints a figure).
    """

    def __init__(self, documents: dict[str, Document], figures: FigureTable, sentences: SentenceIndex) -> None:
        self.documents = documents
        self.figures = figures
        self.sentences = sentences

    def answer(self, q: Question, draft: Draft, docs: set[str] | None) -> bool | None:
        """Answer from the figures table. None: the table cannot say (let the text try)."""
        metric = q.metric or ""
        measure = q.measure
        if measure == "procentuele ontwikkeling":
            periods = self.figures.periods(metric, measure, docs)
            wanted = f"{q.between[0]}-{q.between[1]}" if q.between else (periods[-1] if periods else None)
            reading = next(
                (r for p in periods if p == wanted for r in [self.figures.reading(metric, p, measure, docs)] if r), None
            )
            if reading is None:
                return None
            self._state_reading(reading, draft)
            # the counts the percentage runs between, each cited ("van 82.520 in 2010 naar 30.531 in 2020")
            start, _, end = (reading.period or "").partition("-")
            ends = [r for y in (start, end) if end and (r := self.figures.reading(metric, y, "realisatie", docs))]
            if len(ends) == 2:
                a, b = (draft.cite_figure(r.preferred) for r in ends)
                draft.sentences.append(
                    f"{head(metric, ends[0].preferred.unit)} ging van {ends[0].preferred.value} in {start} [{a}] naar {ends[1].preferred.value} in {end} [{b}]."
                )
            return True
        years = self.figures.years(metric, measure, docs)
        if not years:
            return None
        if q.kind == "trend":
            return self._trend(q, draft, years, docs)
        if 2 <= len(q.years) <= 6 and not q.between:
            # "in 2024 en 2025": each year asked, in the order asked
            readings = {y: self.figures.reading(metric, str(y), measure, docs) for y in q.years}
            if all(r is None for r in readings.values()):
                return self._refuse_period(metric, measure, q.years[0], years, draft, docs)
            for reading in readings.values():
                if reading is not None:
                    self._state_reading(reading, draft)
            missing = [str(y) for y, r in readings.items() if r is None]
            if missing:
                draft.sentences.append(f"Voor {' en '.join(missing)} noemen de documenten geen cijfer over {label(metric)}.")
            return True
        year = q.years[0] if q.years else years[-1]
        reading = self.figures.reading(metric, str(year), measure, docs)
        if reading is None:
            return self._refuse_period(metric, measure, year, years, draft, docs)
        self._state_reading(reading, draft)
        return True

    def definition(self, q: Question, draft: Draft) -> bool | None:
        """A metric's definition from the footnote a document gives it; None if none does."""
        found = self.figures.definition(q.metric or "")
        if found is None:
            return None
        doc_id, note = found
        block = self.documents[doc_id].footnote(note)
        if block is None:
            return None
        for sentence in self.sentences.within(doc_id, block.start, block.end)[:2]:
            draft.sentences.append(with_marker(sentence.text, draft.cite(doc_id, sentence.start, sentence.end, note)))
        return True

    def _state_reading(self, reading: Reading, draft: Draft) -> None:
        figure = reading.preferred
        n = draft.cite_figure(figure)
        draft.use(figure, n)
        draft.sentences.append(with_marker(state(figure), n))
        support = self._supporting_sentence(figure)
        if support is not None:
            draft.sentences.append(with_marker(support.text, draft.cite(support.doc_id, support.start, support.end)))
        self.note_conflicts(reading, draft)

    def _described(self, metric: str, first: int, last: int) -> Sentence | None:
        """A sentence of running text that says how ``metric`` developed in the last years
        of ``first``-``last``: it names the metric and no other crime, a word of change and
        the last year; from the most recent document that has one."""
        pattern = next((p for name, p in BASE_METRICS if metric == name), None)
        if pattern is None:
            return None
        for doc_id in sorted(self.documents, key=lambda d: self.documents[d].meta.date, reverse=True):
            for sentence in self.sentences.of_doc(doc_id):
                low = sentence.text.lower()
                years = {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", sentence.text)}
                if (
                    sentence.kind == "paragraph"
                    and last in years
                    and all(first <= y <= last for y in years)
                    and pattern.search(low)
                    and _CHANGE_WORD.search(low)
                    and not any(p.search(low) for name, p in BASE_METRICS if p is not pattern)
                ):
                    return sentence
        return None

    def _supporting_sentence(self, figure: Figure) -> Sentence | None:
        """A running-text sentence that prints the same value for the same period, from the
        figure's own document if it has one, else from another document."""
        pattern = re.compile(rf"(?<![\d.,]){re.escape(figure.value)}(?![\d,]|\.\d)")
        others = [d for d in self.documents if d != figure.doc_id]
        for doc_id in [figure.doc_id, *others]:
            for sentence in self.sentences.of_doc(doc_id):
                if (
                    sentence.kind in ("paragraph", "list_item")
                    and pattern.search(sentence.text)
                    and figure.period in sentence.text
                ):
                    return sentence
        return None

    def note_conflicts(self, reading: Reading, draft: Draft, mention: bool = True) -> list[str]:
        """Record where other documents print another value for the reading's period.

        Returns:
            "value in title [n]" for each disagreeing value; with ``mention`` a sentence
            saying so is added to the answer.
        """
        disagreeing = reading.disagreeing
        if not disagreeing:
            return []
        preferred = reading.preferred
        values = [self._value_entry(preferred, draft)]
        parts = []
        for other in disagreeing:
            entry = self._value_entry(other, draft)
            values.append(entry)
            parts.append(f"{other.value} in {entry['title']} [{entry['citation']}]")
        if mention:
            draft.sentences.append(
                f"Let op: de bronnen verschillen; voor {reading.period} staat {' en '.join(parts)}. "
                f"Het genoemde cijfer komt uit de meest recente bron, {self._title(preferred.doc_id)}."
            )
        draft.conflicts.append(Conflict(preferred.metric, reading.period, preferred.measure, tuple(values), preferred.doc_id))
        return parts

    def _value_entry(self, figure: Figure, draft: Draft) -> dict[str, object]:
        return {
            "value": figure.value,
            "doc_id": figure.doc_id,
            "title": self._title(figure.doc_id),
            "date": self._date(figure.doc_id),
            "citation": draft.cite_figure(figure),
        }

    def _trend(self, q: Question, draft: Draft, years: list[int], docs: set[str] | None) -> bool:
        """First and last value (cited), the change computed from them (labelled), the
        document's own printed percentage where it has one, the values per year, and any
        year in which the sources disagree."""
        metric = q.metric or ""
        recent = recent_years(q.text)
        first = (
            q.between[0]
            if q.between
            else q.since
            if q.since
            else (min(q.years) if q.years else years[-1] - recent + 1 if recent else years[0])
        )
        last = q.between[1] if q.between else (max(q.years) if len(q.years) >= 2 else years[-1])
        readings = self.figures.series(metric, max(first, years[0]), min(last, years[-1]), q.measure, docs)
        if not readings or first > years[-1] or last < years[0]:
            return self._refuse_period(metric, q.measure, first if first > years[-1] else last, years, draft, docs)
        numbers = []
        for reading in readings:
            n = draft.cite_figure(reading.preferred)
            draft.use(reading.preferred, n)
            numbers.append(n)
        start, end = readings[0], readings[-1]
        subject = label(metric)
        draft.sentences.append(
            f"{head(metric, start.preferred.unit)} ging van {start.preferred.value} in {start.period} [{numbers[0]}] naar {end.preferred.value} in {end.period} [{numbers[-1]}]."
        )
        computed = change(start.preferred, end.preferred)
        if computed:
            draft.sentences.append(computed + ".")
            absolute, relative, _ = delta(start.preferred, end.preferred)  # type: ignore[misc]
            period = f"{start.period}-{end.period}"
            draft.figures.append(
                FigureUse(
                    metric,
                    period,
                    absolute,
                    start.preferred.unit if start.preferred.unit == "%" else "aantal",
                    "",
                    None,
                    "verandering",
                    True,
                )
            )
            if relative != "procentpunt":
                draft.figures.append(FigureUse(metric, period, relative, "%", "", None, "verandering", True))
        # the documents' own percentages: over exactly this range, or, when the question
        # leaves the end open, over every range within it that ends in the last year
        wanted = [
            p
            for p in self.figures.periods(metric, "procentuele ontwikkeling", docs)
            if p == f"{start.period}-{end.period}"
            # (also a closed range: "2021 t/m 2025" with the letter's own "+6% over 2024-2025")
            or (p.endswith(f"-{end.period}") and p[:4].isdigit() and int(p[:4]) >= int(start.period))
        ]
        for period in sorted(wanted, key=lambda p: p != f"{start.period}-{end.period}"):
            printed = self.figures.reading(metric, period, "procentuele ontwikkeling", docs)
            if printed is not None:
                n = draft.cite_figure(printed.preferred)
                draft.sentences.append(
                    f"{self._title(printed.preferred.doc_id)} noemt zelf {printed.preferred.value} over {printed.period} [{n}]."
                )
        described = self._described(metric, int(start.period), int(end.period))
        if described is not None:
            # what the letter itself says of the development ("licht gestegen in 2024 en 2025")
            n = draft.cite(described.doc_id, described.start, described.end)
            draft.sentences.append(f"{self._title(described.doc_id)} schrijft: " + with_marker(described.text, n))
        if 2 < len(readings) <= 12:
            draft.sentences.append(per_year(readings, numbers))
        if first < years[0] or last > years[-1]:
            draft.sentences.append(years_covered(subject, years))
        disagreements = [(r.period, parts) for r in readings for parts in [self.note_conflicts(r, draft, mention=False)] if parts]
        if disagreements:
            listed = "; ".join(f"{period}: ook {' en '.join(parts)}" for period, parts in disagreements)
            draft.sentences.append(
                f"Let op: de bronnen verschillen ({listed}). Steeds is het cijfer uit de meest recente bron gebruikt."
            )
        return True

    def _refuse_period(self, metric: str, measure: str, year: int, years: list[int], draft: Draft, docs: set[str] | None) -> bool:
        """Say the documents do not cover ``year``, and what they do cover (cited)."""
        nearest = years[-1] if year > years[-1] else years[0] if year < years[0] else min(years, key=lambda y: abs(y - year))
        reading = self.figures.reading(metric, str(nearest), measure, docs)
        draft.sentences.append(REFUSAL)
        if reading is not None:
            n = draft.cite_figure(reading.preferred)
            # (a target not set for the year is no missing count: "de ambitie voor ...")
            subject = (
                label(metric) if measure in ("realisatie", "procentuele ontwikkeling") else f"de {measure} voor {label(metric)}"
            )
            if year > years[-1]:
                draft.sentences.append(f"De meest recente cijfers over {subject} gaan tot en met {years[-1]} [{n}].")
            elif year < years[0]:
                draft.sentences.append(f"De cijfers over {subject} in de documenten beginnen in {years[0]} [{n}].")
            else:
                draft.sentences.append(
                    f"Voor {year} noemen de documenten geen cijfer over {subject}; het dichtstbijzijnde jaar is {nearest} [{n}]."
                )
        done = self.figures.reading(metric, str(year), "realisatie", docs) if measure in ("ambitie", "doel") else None
        if done is not None:
            # what was realised that year, though no target was set for it
            m = draft.cite_figure(done.preferred)
            draft.sentences.append(f"Wel de realisatie: {first_lower(state(done.preferred))} [{m}].")
        return False

    def _title(self, doc_id: str) -> str:
        return self.documents[doc_id].meta.title

    def _date(self, doc_id: str) -> str:
        return self.documents[doc_id].meta.date


def per_year(readings: list[Reading], numbers: list[int]) -> str:
    """ "Per jaar: 2015: 4.731 [1]; 2016: 4.167 [2]." """
    return (
        "Per jaar: " + "; ".join(f"{r.period}: {r.preferred.value} [{n}]" for r, n in zip(readings, numbers, strict=True)) + "."
    )


def years_covered(subject: str, years: list[int]) -> str:
    """What the documents cover, said when the question asks beyond it."""
    return f"De documenten geven cijfers over {subject} van {years[0]} tot en met {years[-1]}."
