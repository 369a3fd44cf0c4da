"""Comparisons computed from the figures: more or less between two years or two metrics,
the highest or lowest year in a range, and whether an ambition or goal was met.

Every value is cited to its table row; the comparison itself is labelled as computed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer.draft import Draft
from assistant.answer.figure_answers import FigureAnswerer, per_year, years_covered
from assistant.answer.figures import FigureTable, Reading
from assistant.answer.phrasing import COMPUTED, head, label, state
from assistant.answer.question import YEAR, Question
from assistant.answer.shape import CHANGED, Comparison
from assistant.records import FigureUse
from index.metrics import BASE_METRICS
from index.records import Figure
from index.text import format_number

# the year another is set against: "t.o.v. 2024", "vergeleken met 2019", "dan in 2023"
_REFERENCE_YEAR = re.compile(
    r"(?:\bten opzichte van|\bt\.?o\.?v\b\.?|\bvergeleken met|\btegenover|\bdan)\s+(?:in\s+|het jaar\s+)?((?:19|20)\d\d)\b"
)
_RANGE = re.compile(r"\b((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)\d\d)\b")


def metrics_in(q: Question) -> list[str]:
    """Every metric the question names, in order of mention, with the question's measure
    prefix (ophelderingspercentage, recidivepercentage) applied to each."""
    low = q.text.lower()
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for name, pattern in BASE_METRICS:
        for match in pattern.finditer(low):
            if any(a <= match.start() < b for a, b in taken):
                continue
            before = q.text[: match.start()].split()
            if q.text[match.start()].isupper() and before and before[-1][:1].isupper():
                continue  # part of a name ("de Taskforce Overvallen"), not a metric asked about
            taken.append((match.start(), match.end()))
            found.append((match.start(), name))
    names = [name for _, name in sorted(found)]
    prefix = next((f"{p} " for p in ("ophelderingspercentage", "recidivepercentage") if (q.metric or "").startswith(p)), "")
    return list(dict.fromkeys(f"{prefix}{n}" for n in names))


class Comparer:
    """Answers comparing questions from the figures table.

    Args:
        figures: the figures table.
        answers: the figure answerer, for conflict notes between documents.
    """

    def __init__(self, figures: FigureTable, answers: FigureAnswerer) -> None:
        self.figures = figures
        self.answers = answers

    def answer(self, q: Question, how: Comparison, draft: Draft, docs: set[str] | None) -> bool | None:
        """Write the comparison; None when the figures cannot make it (let the text try)."""
        q = _without_document_years(q)
        metrics = [m for m in metrics_in(q) if self.figures.years(m, "realisatie", docs)]
        if not metrics:
            return None
        if how.kind == "target":
            if how.direction not in ("more", "less") and (len(metrics) > 1 or len(q.years) > 1):
                # "zijn de doelen voor overvallen en straatroven over 2019 en 2020 gehaald": each
                several = self._targets(q, metrics, how, draft, docs)
                if several is not None:
                    return several
            return self._target(q, metrics[0], how, draft, docs)
        if how.kind == "sources":
            return self._sources(q, metrics[0], how, draft, docs)
        if how.kind == "extreme":
            return self._extreme(q, metrics[0], how, draft, docs)
        return self._between(q, metrics, how, draft, docs)

    # -- which crime changed most ----------------------------------------------------------

    def largest_change(self, q: Question, direction: str, draft: Draft, docs: set[str] | None) -> bool | None:
        """ "Welk delict steeg het sterkst tussen 2024 en 2025?": every crime of the tables
        over the period asked (a single year: since the year before; "sinds 2010": to the
        last year), the change computed from the cited counts, the largest named first."""
        years = [int(y) for y in YEAR.findall(q.text)]
        rows = []
        for name, _ in BASE_METRICS:
            available = self.figures.years(name, "realisatie", docs)
            if not available:
                continue
            first, last = (
                q.between
                if q.between
                else (q.since, available[-1])
                if q.since
                else (min(years), max(years))
                if len(years) >= 2
                else (years[0] - 1, years[0])
                if years
                else (available[-2], available[-1])
            )
            a = self.figures.reading(name, str(first), "realisatie", docs)
            b = self.figures.reading(name, str(last), "realisatie", docs)
            if a is None or b is None or not a.preferred.number or b.preferred.number is None:
                continue
            rows.append(((b.preferred.number - a.preferred.number) / a.preferred.number * 100, name, a, b))
        if len(rows) < 3:
            return None
        rows.sort(key=lambda row: -row[0] if direction == "up" else row[0])
        change, name, a, b = rows[0]
        if (change > 0) != (direction == "up"):
            word = "gestegen" if direction == "up" else "gedaald"
            draft.sentences.append(f"Geen van de delicten in de tabellen is tussen {a.period} en {b.period} {word}.")
        else:
            word = "gestegen" if change > 0 else "gedaald"
            draft.sentences.append(
                f"Van de delicten in de tabellen is het aantal {label(name)} tussen {a.period} en {b.period} het sterkst {word}: "
                f"van {a.preferred.value} [{self._cite(a, draft)}] naar {b.preferred.value} [{self._cite(b, draft)}] "
                f"({'+' if change > 0 else ''}{format_number(change, 1)}%)."
            )
        listed = "; ".join(
            f"{label(n)} {'+' if c > 0 else ''}{format_number(c, 1)}% ({x.preferred.value} [{self._cite(x, draft)}] naar "
            f"{y.preferred.value} [{self._cite(y, draft)}])"
            for c, n, x, y in rows[1:]
        )
        draft.sentences.append(f"De andere delicten: {listed} ({COMPUTED}).")
        return True

    # -- between two years or two metrics -------------------------------------------------

    def _between(self, q: Question, metrics: list[str], how: Comparison, draft: Draft, docs: set[str] | None) -> bool | None:
        years = [int(y) for y in YEAR.findall(q.text)]
        if q.since and len(years) == 1:
            years.append(self.figures.years(metrics[0], "realisatie", docs)[-1])
        pairs: list[tuple[str, int]]
        if len(metrics) >= 2 and len(set(years)) >= 2:
            # "is geweld tussen 2010 en 2020 sterker gedaald dan woninginbraken": the two
            # developments over the period
            # a range written out ("over 2011-2021") is the period, whatever other year the
            # question names ("volgens de brief van december 2022")
            span = _RANGE.search(q.text)
            period = (int(span.group(1)), int(span.group(2))) if span else (min(years), max(years))
            return self._developments(q, metrics[:2], period, how, draft, docs)
        if len(metrics) >= 2 and len(set(years)) <= 1:
            year = years[0] if years else min(self.figures.years(m, "realisatie", docs)[-1] for m in metrics[:2])
            pairs = [(metrics[0], year), (metrics[1], year)]
        elif len(set(years) - _document_years(q.text)) >= 3 and not q.between and not _RANGE.search(q.text):
            # "hoger of lager dan in 2021 en 2023": the first year against each of the others
            asked = [y for y in dict.fromkeys(years) if y not in _document_years(q.text)]
            return self._against_each(q, metrics[0], asked, how, draft, docs)
        elif (
            len(set(years)) <= 1
            and how.yes_no
            and CHANGED.search(q.text.lower())
            # ("recent plotseling toegenomen": a change the letters tell of, past the tables' years)
            and not (not years and _LATELY.search(q.text))
            # ("na 2021 weer gestegen": a course from that year on, answered year by year)
            and not re.search(r"\b(?:na|sinds|vanaf)\s+(?:19|20)\d\d\b", q.text, re.I)
        ):
            # "is het aantal plofkraken in 2025 gedaald", "neemt het aantal straatroven toe":
            # the year asked (else the last one) against the year before it
            known = self.figures.years(metrics[0], "realisatie", docs)
            asked_year = years[0] if years else known[-1] if known else None
            before = [y for y in known if asked_year is not None and y < asked_year]
            if asked_year is None or not before:
                return None
            pairs = [(metrics[0], asked_year), (metrics[0], before[-1])]
        elif len(set(years)) >= 2:
            first, second = years[0], next(y for y in years[1:] if y != years[0])
            chronological = bool(CHANGED.search(q.text.lower())) or _factor(q.text) is not None
            reference = _REFERENCE_YEAR.search(q.text.lower())
            if reference and int(reference.group(1)) in (first, second):
                # "hoeveel steeg X t.o.v. 2024": 2024 is what the other year is set against
                second = int(reference.group(1))
                first = next(y for y in years if y != second)
            elif chronological:
                first, second = sorted((first, second))
                first, second = second, first  # the later year is the subject: "is X gestegen"
            pairs = [(metrics[0], first), (metrics[0], second)]
        else:
            return None
        readings = [self.figures.reading(m, str(y), "realisatie", docs) for m, y in pairs]
        if any(r is None for r in readings):
            return None
        a, b = readings[0], readings[1]
        assert a is not None and b is not None
        if a.preferred.number is None or b.preferred.number is None or a.preferred.unit != b.preferred.unit:
            return None
        diff = a.preferred.number - b.preferred.number
        holds = diff > 0 if how.direction == "more" else diff < 0
        factor = _factor(q.text)
        if factor is not None and b.preferred.number:
            # "verdubbeld", "gehalveerd": the ratio must reach the factor, not just the direction
            reached = a.preferred.number / b.preferred.number
            holds = reached >= factor if factor > 1 else reached <= factor
        sentences = []
        if how.yes_no:
            sentences.append("Ja." if holds else "Nee.")
        na, nb = self._cite(a, draft), self._cite(b, draft)
        sentences.append(f"{state(a.preferred)} [{na}]; {_lower(state(b.preferred))} [{nb}].")
        unit = "procentpunt" if a.preferred.unit == "%" else ""
        amount = format_number(abs(diff), 2 if unit else 0).rstrip("0").rstrip(",") if unit else format_number(abs(diff))
        if diff == 0:
            sentences.append(f"Dat is gelijk ({COMPUTED}).")
        else:
            word = "meer" if diff > 0 else "minder"
            what = f"{amount} procentpunt {'hoger' if diff > 0 else 'lager'}" if unit else f"{amount} {word}"
            ref = f"{pairs[1][1]}" if pairs[0][0] == pairs[1][0] else label(pairs[1][0])
            sentences.append(f"Dat is {what} dan {'in ' if ref.isdigit() else ''}{ref} ({COMPUTED}).")
            draft.figures.append(
                FigureUse(pairs[0][0], f"{pairs[1][1]}-{pairs[0][1]}", amount, unit or "aantal", "", None, "verschil", True)
            )
        if (factor is not None or re.search(r"\b(keer|maal)\b", q.text.lower())) and b.preferred.number:
            # "hoeveel keer zoveel": the ratio
            quotient = a.preferred.number / b.preferred.number
            ratio = format_number(quotient, 1 if quotient >= 1 else 2)  # (0,48 is no half)
            sentences.append(f"Dat is {ratio} keer zoveel ({COMPUTED}).")
        if pairs[0][0] == pairs[1][0]:
            # the documents' own percentage for the period, where they print one
            low, high = sorted((pairs[0][1], pairs[1][1]))
            printed = self.figures.reading(pairs[0][0], f"{low}-{high}", "procentuele ontwikkeling", docs)
            if printed is not None:
                n = self._cite(printed, draft)
                sentences.append(f"De procentuele ontwikkeling {low}-{high} was {printed.preferred.value} [{n}].")
        draft.sentences.extend(sentences)
        for reading in (a, b):
            self.answers.note_conflicts(reading, draft)
        return True

    def _against_each(
        self, q: Question, metric: str, years: list[int], how: Comparison, draft: Draft, docs: set[str] | None
    ) -> bool | None:
        readings = [self.figures.reading(metric, str(y), "realisatie", docs) for y in years]
        if any(r is None or r.preferred.number is None for r in readings):
            return None
        subject, others = readings[0], readings[1:]
        assert subject is not None and subject.preferred.number is not None
        unit = subject.preferred.unit
        said, holds = [], []
        for other in others:
            assert other is not None and other.preferred.number is not None
            diff = subject.preferred.number - other.preferred.number
            holds.append(diff > 0 if how.direction == "more" else diff < 0)
            amount = format_number(abs(diff), 2 if unit == "%" else 0)
            word = ("hoger" if diff > 0 else "lager") if unit == "%" else ("meer" if diff > 0 else "minder")
            said.append(
                "gelijk aan " + str(other.period)
                if not diff
                else f"{amount}{' procentpunt' if unit == '%' else ''} {word} dan in {other.period}"
            )
        sentences = ["Ja." if all(holds) else "Nee."] if how.yes_no else []
        cited = "; ".join(
            f"{_lower(state(r.preferred)) if i else state(r.preferred)} [{self._cite(r, draft)}]"
            for i, r in enumerate(readings)
            if r
        )
        sentences.append(f"{cited}.")
        sentences.append(f"Dat is {' en '.join(said)} ({COMPUTED}).")
        draft.sentences.extend(sentences)
        for reading in readings:
            if reading is not None:
                self.answers.note_conflicts(reading, draft)
        return True

    def _developments(
        self, q: Question, metrics: list[str], period: tuple[int, int], how: Comparison, draft: Draft, docs: set[str] | None
    ) -> bool | None:
        """Two metrics' developments over one period: the printed percentages where the
        documents give them, otherwise computed from the first and last year."""
        low, high = period
        changes: list[tuple[str, float, str]] = []
        for metric in metrics:
            printed = self.figures.reading(metric, f"{low}-{high}", "procentuele ontwikkeling", docs)
            if printed is not None and printed.preferred.number is not None:
                n = self._cite(printed, draft)
                changes.append((metric, printed.preferred.number, f"{printed.preferred.value} [{n}]"))
                continue
            first = self.figures.reading(metric, str(low), "realisatie", docs)
            last = self.figures.reading(metric, str(high), "realisatie", docs)
            if first is None or last is None or not first.preferred.number or last.preferred.number is None:
                return None
            change = (last.preferred.number - first.preferred.number) / first.preferred.number * 100
            n1, n2 = self._cite(first, draft), self._cite(last, draft)
            shown = f"{'+' if change > 0 else ''}{format_number(change, 1)}%"
            changes.append(
                (metric, change, f"{shown} (van {first.preferred.value} [{n1}] naar {last.preferred.value} [{n2}], {COMPUTED})")
            )
        (ma, ca, ta), (mb, cb, tb) = changes
        low_text = q.text.lower()
        falling = re.search(r"\b(gedaald|afgenomen|daling|daalde|daalden|dalen|gezakt|teruggelopen)\b", low_text)
        rising = re.search(r"\b(gestegen|toegenomen|stijging|steeg|stegen|stijgen|gegroeid)\b", low_text)
        # "sterker gedaald": the more negative change; "sterker gestegen": the more positive;
        # otherwise the larger change either way
        first_more = ca < cb if falling else ca > cb if rising else abs(ca) > abs(cb)
        verb = "gedaald" if falling else "gestegen" if rising else "veranderd"
        # "is X sterker gedaald dan Y" holds when X's change is the stronger one; "minder sterk" the reverse
        holds = not first_more if re.search(r"\b(minder|zwakker|langzamer)\b", q.text.lower()) else first_more
        sentences = ["Ja." if holds else "Nee."] if how.yes_no else []
        sentences.append(f"De procentuele ontwikkeling {low}-{high} was voor {label(ma)} {ta} en voor {label(mb)} {tb}.")
        if ca != cb:
            stronger = ma if first_more else mb
            sentences.append(
                f"{label(stronger)[0].upper()}{label(stronger)[1:]} is daarmee het sterkst {verb} (vergelijking {COMPUTED})."
            )
        draft.sentences.extend(sentences)
        return True

    # -- highest or lowest in a range ------------------------------------------------------

    def _extreme(self, q: Question, metric: str, how: Comparison, draft: Draft, docs: set[str] | None) -> bool | None:
        """The highest or lowest value in the range asked, every year cited; asked as ja/nee
        ("Was 2025 het jaar met de minste overvallen?", "is het aantal nu het laagst?"),
        whether the year asked (else the latest) is that one."""
        direction = how.direction
        measure = q.measure if q.measure in ("realisatie", "ambitie") else "realisatie"
        years = self.figures.years(metric, measure, docs)
        if not years:
            return None
        span = _RANGE.search(q.text)
        if q.between:
            first, last = q.between
        elif span:
            first, last = int(span.group(1)), int(span.group(2))
        elif q.since:
            first, last = q.since, years[-1]
        else:
            first, last = years[0], years[-1]
        readings = [r for r in self.figures.series(metric, first, last, measure, docs) if r.preferred.number is not None]
        if len(readings) < 2:
            return None
        pick = max if direction == "max" else min
        value = pick(r.preferred.number for r in readings if r.preferred.number is not None)
        best = [r for r in readings if r.preferred.number == value]
        numbers = [self._cite(r, draft) for r in readings]
        which = "hoogst" if direction == "max" else "laagst"
        if how.yes_no:
            # the year asked about, not a bound of the range ("sinds 2015"); else the latest
            named = [
                y
                for y in q.years
                if y != q.since and not (q.between and y in q.between) and not (span and str(y) in span.groups())
            ]
            asked = str(named[0]) if named else readings[-1].period
            draft.sentences.append("Ja." if any(r.period == asked for r in best) else "Nee.")
        years_text = " en ".join(r.period for r in best)
        cited = " en ".join(f"{r.preferred.value} [{numbers[readings.index(r)]}]" for r in best)
        draft.sentences.append(
            f"{head(metric, best[0].preferred.unit)} was het {which} in {years_text}: {cited} "
            f"({which}e waarde van {readings[0].period} tot en met {readings[-1].period}, {COMPUTED})."
        )
        draft.sentences.append(per_year(readings, numbers))
        if first < years[0] or last > years[-1]:
            draft.sentences.append(years_covered(label(metric), years))
        return True

    # -- was an ambition or goal met -------------------------------------------------------

    def _target(self, q: Question, metric: str, how: Comparison, draft: Draft, docs: set[str] | None) -> bool | None:
        """Was the ambition or goal met; or, when the question asks whether the realisation
        was higher or lower than it (``how.direction``), was it."""
        for measure in ("ambitie", "doel"):
            years = [y for y in self.figures.years(metric, measure, docs) if not q.years or y in q.years]
            for year in reversed(years):
                goal = self.figures.reading(metric, str(year), measure, docs)
                done = self.figures.reading(metric, str(year), "realisatie", docs)
                if goal is None or done is None or goal.preferred.number is None or done.preferred.number is None:
                    continue
                # counts and recidive: the ambition is a maximum; clearance rates: a minimum
                met, bound, kind = _goal_met(metric, measure, goal, done)
                done_n, goal_n = done.preferred.number, goal.preferred.number
                if how.direction in ("more", "less"):
                    # "hoger dan de ambitie": the realisation first, as asked
                    nd, ng = self._cite(done, draft), self._cite(goal, draft)  # numbered in reading order
                    holds = done_n > goal_n if how.direction == "more" else done_n < goal_n
                    relation = "hoger dan" if done_n > goal_n else "lager dan" if done_n < goal_n else "gelijk aan"
                    text = (
                        f"{'Ja' if holds else 'Nee'}: de realisatie in {year} was {done.preferred.value} [{nd}], "
                        f"{relation} de {kind} van {bound} {goal.preferred.value} [{ng}]"
                    )
                else:
                    ng, nd = self._cite(goal, draft), self._cite(done, draft)
                    stated = f"{kind} voor {year} was {bound} {goal.preferred.value} [{ng}] en de realisatie {done.preferred.value} [{nd}]"
                    # "is de ambitie gehaald": ja/nee first; "hoe verhield X zich tot": said after
                    text = (
                        f"{'Ja' if met else 'Nee'}: de {stated}"
                        if how.yes_no
                        else f"De {stated}: de {kind} is {'' if met else 'niet '}gehaald"
                    )
                draft.sentences.append(f"{text} (vergelijking {COMPUTED}).")
                self.answers.note_conflicts(done, draft)
                return True
        return None

    def _targets(self, q: Question, metrics: list[str], how: Comparison, draft: Draft, docs: set[str] | None) -> bool | None:
        """Each goal asked (every metric named, every year asked) against its realisation;
        ja only when every one was met. None when fewer than two can be compared."""
        found: list[tuple[str, str, int, Reading, Reading]] = []
        for metric in metrics:
            for measure in ("ambitie", "doel"):
                years = [y for y in self.figures.years(metric, measure, docs) if not q.years or y in q.years]
                pairs: list[tuple[str, str, int, Reading, Reading]] = []
                for year in years if len(q.years) > 1 else years[-1:]:
                    goal = self.figures.reading(metric, str(year), measure, docs)
                    done = self.figures.reading(metric, str(year), "realisatie", docs)
                    if (
                        goal is not None
                        and done is not None
                        and goal.preferred.number is not None
                        and done.preferred.number is not None
                    ):
                        pairs.append((metric, measure, year, goal, done))
                if pairs:
                    found += pairs
                    break
        if len(found) < 2:
            return None
        stated, all_met = [], True
        for metric, measure, year, goal, done in found:
            met, bound, kind = _goal_met(metric, measure, goal, done)
            all_met = all_met and met
            ng, nd = self._cite(goal, draft), self._cite(done, draft)
            stated.append(
                f"{label(metric)} {year}: {kind} {bound} {goal.preferred.value} [{ng}], realisatie {done.preferred.value} [{nd}]"
                f" ({'gehaald' if met else 'niet gehaald'})"
            )
        opening = ("Ja" if all_met else "Nee") if how.yes_no else ("Alle gehaald" if all_met else "Niet alle gehaald")
        draft.sentences.append(f"{opening}: {'; '.join(stated)} (vergelijking {COMPUTED}).")
        for *_, done in found:
            self.answers.note_conflicts(done, draft)
        return True

    # -- do the documents agree --------------------------------------------------------------

    def _sources(self, q: Question, metric: str, how: Comparison, draft: Draft, docs: set[str] | None) -> bool | None:
        years = [int(y) for y in YEAR.findall(q.text)]
        if not years:
            return None
        reading = self.figures.reading(metric, str(years[0]), q.measure, docs)
        if reading is None:
            return None
        every = [reading.preferred, *reading.others]
        if len(every) < 2:
            # one document gives the figure, once: nothing to agree or differ with
            only = reading.preferred
            draft.sentences.append(
                f"Alleen {self.answers.documents[only.doc_id].meta.title} noemt voor {reading.period} een cijfer over "
                f"{label(metric)}: {only.value} [{self._cite_figure(only, draft)}]; de andere documenten geven dat cijfer "
                "niet, dus een vergelijking tussen de documenten is niet te maken."
            )
            return True
        agree = not reading.disagreeing
        listed = "; ".join(
            f"{self.answers.documents[f.doc_id].meta.title}: {f.value} [{self._cite_figure(f, draft)}]" for f in every
        )
        verdict = ("Ja" if agree else "Nee") if how.yes_no else ("Ze komen overeen" if agree else "Ze verschillen")
        subject = label(metric)
        draft.sentences.append(f"{verdict}: voor {reading.period} noemen de documenten over {subject} {listed}.")
        if not agree:
            self.answers.note_conflicts(reading, draft, mention=False)
        return True

    def _cite_figure(self, figure: Figure, draft: Draft) -> int:
        n = draft.cite_figure(figure)
        draft.use(figure, n)
        return n

    def _cite(self, reading: Reading, draft: Draft) -> int:
        n = draft.cite_figure(reading.preferred)
        draft.use(reading.preferred, n)
        return n


# a document named by its year or years: "de brief van 2021", "de voortgangsrapportage van
# september 2021", "de tabel in de brief over 2024-2025"
_DOCUMENT_DATE = re.compile(
    r"(?:brief|rapportage|nota|actieprogramma)\w*\s+(?:(?:van|over|uit)\s+)?(?:[a-z]+\s+)?"
    r"((?:19|20)\d\d)(?:\s*[-–/]\s*((?:19|20)\d\d))?\b",
    re.I,
)


# a change by a factor: "verdubbeld", "verdrievoudigd", "gehalveerd"
_FACTORS = (
    (re.compile(r"\bverdubbel\w*|\btwee keer zo(?:veel|groot|hoog)\b"), 2.0),
    (re.compile(r"\bverdrievoudig\w*|\bverdriedubbel\w*|\bdrie keer zo(?:veel|groot|hoog)\b"), 3.0),
    (re.compile(r"\bhalve\w*|\bgehalveerd\b|\bhalf zo(?:veel|groot|hoog)\b"), 0.5),
)


_LATELY = re.compile(
    r"\b(recent\w*|onlangs|plotseling\w*|de laatste (?:tijd|maanden|weken)|sinds kort|afgelopen maanden)\b", re.I
)


def _factor(text: str) -> float | None:
    """The factor a question asks a change to reach ("verdubbeld": 2), if any."""
    low = text.lower()
    return next((factor for pattern, factor in _FACTORS if pattern.search(low)), None)


def _document_years(text: str) -> set[int]:
    """Years that name a document, not a period asked."""
    return {int(y) for m in _DOCUMENT_DATE.finditer(text) for y in m.groups() if y}


def _without_document_years(q: Question) -> Question:
    """``q`` with the years that only name a document taken out of its text and periods, so
    "doel vs realisatie 2020 volgens de brief van september 2021" compares 2020 alone and
    "het hoogste punt volgens de brief over 2024-2025" looks over the whole table."""
    named = _document_years(q.text)
    if not named:
        return q
    text = _DOCUMENT_DATE.sub(lambda m: re.sub(r"\s*[-–/]?\s*(?:19|20)\d\d", "", m.group(0)), q.text)
    years = tuple(int(y) for y in YEAR.findall(text))
    return replace(
        q,
        text=text,
        years=years,
        between=q.between if q.between and all(str(y) in text for y in q.between) else None,
        since=q.since if q.since and str(q.since) in text else None,
    )


def _lower(sentence: str) -> str:
    return sentence[0].lower() + sentence[1:] if sentence[:2] != "In" else "in" + sentence[2:]


def _goal_met(metric: str, measure: str, goal: Reading, done: Reading) -> tuple[bool, str, str]:
    """Was ``goal`` met by ``done`` (both read, with numbers), the bound it sets ("maximaal"
    for counts and recidive, "minimaal" for clearance rates) and what it is called."""
    assert goal.preferred.number is not None and done.preferred.number is not None
    lower_is_better = not metric.startswith("ophelderingspercentage")
    met = done.preferred.number <= goal.preferred.number if lower_is_better else done.preferred.number >= goal.preferred.number
    return met, "maximaal" if lower_is_better else "minimaal", "ambitie" if measure == "ambitie" else "doelstelling"
