"""Answering: question -> retrieval -> evidence -> a short answer whose every sentence cites
a verbatim quote (the default, extractive answerer; no LLM)."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field, replace

from llama_index.core.base.embeddings.base import BaseEmbedding

from assistant.config import Settings
from assistant.errors import EmbedderMismatch
from assistant.evidence import Sentence, SentenceIndex, definition_subject, terms
from assistant.figures import FigureTable, Reading
from assistant.phrasing import REFUSAL, change, delta, label, state, with_marker
from assistant.question import Question, analyse, normalise
from assistant.records import Answer, Citation, Conflict, FigureUse
from assistant.retrieve import Hit, HybridRetriever
from index.records import Document, Figure
from index.store import LoadedIndex, open_index

MAX_QUESTION = 2000
MIN_SCORE = 0.42  # below this the best eligible sentence does not answer the question
_LIST_MARKER = re.compile(r"^(?:[-o•]|[a-z]\.|\d{1,2}\.)\s+")  # shown without the bullet; the quote keeps it


@dataclass
class _Draft:
    """An answer being written: sentences, and citations numbered in order of first use."""

    documents: dict[str, Document]
    sentences: list[str] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    figures: list[FigureUse] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)

    def cite(self, doc_id: str, start: int, end: int, note: int | None = None) -> int:
        for c in self.citations:
            if (c.doc_id, c.start, c.end) == (doc_id, start, end):
                return c.n
        doc = self.documents[doc_id]
        block = next((b for b in doc.blocks if b.start <= start and end <= b.end), None)
        section = block.section_path if block and block.section else None
        page = block.page if block else None
        note = note if note is not None else (block.note if block else None)
        where = ", ".join(
            x for x in (section, f"voetnoot {note}" if note is not None else None, f"p. {page}" if page else None) if x
        )
        n = len(self.citations) + 1
        self.citations.append(
            Citation(
                n,
                doc_id,
                doc.meta.title,
                doc.meta.date,
                section,
                page,
                doc.text[start:end],
                f"{doc.meta.reference}" + (f", {where}" if where else ""),
                start,
                end,
                note,
            )
        )
        return n

    def cite_figure(self, figure: Figure) -> int:
        return self.cite(figure.doc_id, figure.start, figure.end)

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


def input_problem(cleaned: str) -> str | None:
    """A Dutch message when ``cleaned`` cannot be a question (empty, too long), else None."""
    if not cleaned:
        return "Stel een vraag: de vraag is leeg."
    if len(cleaned) > MAX_QUESTION:
        return f"De vraag is te lang ({len(cleaned)} tekens; maximaal {MAX_QUESTION}). Stel één vraag tegelijk."
    return None


def _same_content(a: Sentence, b: Sentence) -> bool:
    """Near-duplicates (the same statement repeated in another letter) add nothing."""
    smaller = min(len(a.stems), len(b.stems))
    return smaller > 0 and len(a.stems & b.stems) / smaller >= 0.8


class Assistant:
    """The HIC-assistent: holds the index, embedder and retriever; answers questions.

    Args:
        settings: configuration.
        index: an opened index (default: the current build in ``settings.index_dir``).
        embedder: the query embedder (default: the configured one).
    """

    def __init__(self, settings: Settings, index: LoadedIndex | None = None, embedder: BaseEmbedding | None = None) -> None:
        from index.embed import embedder_id, load_embedder

        self.settings = settings
        self.index = index or open_index(settings.index_dir)
        if embedder is None:
            if self.index.manifest["embedder"] != embedder_id(settings):
                raise EmbedderMismatch(f"index: {self.index.manifest['embedder']}, ingesteld: {embedder_id(settings)}")
            embedder = load_embedder(settings)
        # the answerer reads sentences from more chunks than a search shows: its sentence
        # scoring is sharper than chunk ranking
        self.retriever = HybridRetriever(
            self.index,
            embedder,
            top_k=max(settings.top_k, 15),
            candidates=30,
            mode=settings.fusion_mode,
            weights=settings.fusion_weights,
        )
        self.sentences = SentenceIndex(self.index.documents)
        self.figures = FigureTable(self.index.figures, self.index.documents)
        self._corpus_years = {int(y) for doc in self.index.documents.values() for y in re.findall(r"\b(?:19|20)\d\d\b", doc.text)}

    def ask(self, text: str, docs: set[str] | None = None, period: tuple[int, int] | None = None) -> Answer:
        """Answer one question.

        Args:
            text: the question, in Dutch.
            docs: restrict the evidence to these document ids.
            period: (first, last) year for figure and trend questions that name no year
                themselves (the app's period filter).

        Returns:
            An Answer; ``refused`` is True when the documents do not answer the question or
            the input is not a question, with the reason in ``answer`` or ``message``.
        """
        started = time.perf_counter()
        cleaned = normalise(text or "")
        problem = input_problem(cleaned)
        if problem:
            return Answer(cleaned[:200], "", True, message=problem)
        question = analyse(cleaned)
        if period and question.metric and not question.years:
            if question.kind == "trend" or (question.kind == "figure" and period[0] != period[1]):
                question = replace(question, kind="trend", between=period)
            elif question.kind == "figure":
                question = replace(question, years=(period[1],))
        if question.english:
            return Answer(
                cleaned,
                "",
                True,
                message="De assistent werkt in het Nederlands, net als de documenten. Stel uw vraag in het Nederlands, bijvoorbeeld: 'Hoeveel straatroven waren er in 2024?'",
            )
        draft = _Draft(self.index.documents)
        timings: dict[str, float] = {}
        answered: bool | None = None
        fallback: _Draft | None = None
        if question.metric and not question.qualified and question.kind in ("figure", "trend"):
            answered = self._figures_answer(question, draft, docs)
        elif question.kind == "definition" and question.metric and not docs:
            answered = self._definition_answer(question, draft)
            if answered is False:
                # The tables do not cover the period; the running text may, else say so.
                fallback, draft, answered = draft, _Draft(self.index.documents), None
        if answered is None:
            t = time.perf_counter()
            hits = self.retriever.retrieve(self._expand(question))
            named = docs or self._named_documents(question)
            if named:
                hits = [h for h in hits if h.chunk.doc_id in named]
            timings["retrieval"] = (time.perf_counter() - t) * 1000
            answered = self._text_answer(question, draft, hits, named)
            if not answered and fallback is not None:
                draft = fallback
        result = draft.answer(cleaned, refused=not answered)
        timings["total"] = (time.perf_counter() - started) * 1000
        return Answer(**{**result.__dict__, "timings_ms": timings})

    # -- figures ---------------------------------------------------------------------------

    def _figures_answer(self, q: Question, draft: _Draft, docs: set[str] | None) -> bool | None:
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
            return True
        years = self.figures.years(metric, measure, docs)
        if not years:
            return None
        if q.kind == "trend":
            return self._trend_answer(q, draft, years, docs)
        year = q.years[0] if q.years else years[-1]
        reading = self.figures.reading(metric, str(year), measure, docs)
        if reading is None:
            return self._refuse_period(metric, measure, year, years, draft, docs)
        self._state_reading(reading, draft)
        return True

    def _definition_answer(self, q: Question, draft: _Draft) -> bool | None:
        """A metric's definition from the footnote a document gives it; None if none does."""
        found = self.figures.definition(q.metric or "")
        if found is None:
            return None
        doc_id, note = found
        block = self.index.documents[doc_id].footnote(note)
        if block is None:
            return None
        for sentence in self.sentences.within(doc_id, block.start, block.end)[:2]:
            draft.sentences.append(with_marker(sentence.text, draft.cite(doc_id, sentence.start, sentence.end, note)))
        return True

    def _state_reading(self, reading: Reading, draft: _Draft) -> None:
        figure = reading.preferred
        n = draft.cite_figure(figure)
        draft.use(figure, n)
        draft.sentences.append(with_marker(state(figure), n))
        support = self._supporting_sentence(figure)
        if support is not None:
            draft.sentences.append(with_marker(support.text, draft.cite(support.doc_id, support.start, support.end)))
        self._note_conflicts(reading, draft)

    def _supporting_sentence(self, figure: Figure) -> Sentence | None:
        """A running-text sentence that prints the same value for the same period, from the
        figure's own document if it has one, else from another document."""
        pattern = re.compile(rf"(?<![\d.,]){re.escape(figure.value)}(?![\d,]|\.\d)")
        others = [d for d in self.index.documents if d != figure.doc_id]
        for doc_id in [figure.doc_id, *others]:
            for sentence in self.sentences.of_doc(doc_id):
                if (
                    sentence.kind in ("paragraph", "list_item")
                    and pattern.search(sentence.text)
                    and figure.period in sentence.text
                ):
                    return sentence
        return None

    def _note_conflicts(self, reading: Reading, draft: _Draft, mention: bool = True) -> list[str]:
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

    def _value_entry(self, figure: Figure, draft: _Draft) -> dict[str, object]:
        return {
            "value": figure.value,
            "doc_id": figure.doc_id,
            "title": self._title(figure.doc_id),
            "date": self._date(figure.doc_id),
            "citation": draft.cite_figure(figure),
        }

    def _trend_answer(self, q: Question, draft: _Draft, years: list[int], docs: set[str] | None) -> bool:
        """First and last value (cited), the change computed from them (labelled), the
        document's own printed percentage where it has one, the values per year, and any
        year in which the sources disagree."""
        metric = q.metric or ""
        first = q.between[0] if q.between else q.since if q.since else (min(q.years) if q.years else years[0])
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
        head = f"{subject[0].upper()}{subject[1:]}" if start.preferred.unit == "%" else f"Het aantal {subject}"
        draft.sentences.append(
            f"{head} ging van {start.preferred.value} in {start.period} [{numbers[0]}] naar {end.preferred.value} in {end.period} [{numbers[-1]}]."
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
        printed = self.figures.reading(metric, f"{start.period}-{end.period}", "procentuele ontwikkeling", docs)
        if printed is not None:
            n = draft.cite_figure(printed.preferred)
            draft.sentences.append(
                f"{self._title(printed.preferred.doc_id)} noemt zelf {printed.preferred.value} over {printed.period} [{n}]."
            )
        if 2 < len(readings) <= 12:
            draft.sentences.append(
                "Per jaar: "
                + "; ".join(f"{r.period}: {r.preferred.value} [{n}]" for r, n in zip(readings, numbers, strict=True))
                + "."
            )
        if first < years[0] or last > years[-1]:
            draft.sentences.append(f"De documenten geven cijfers over {subject} van {years[0]} tot en met {years[-1]}.")
        disagreements = [
            (r.period, parts) for r in readings for parts in [self._note_conflicts(r, draft, mention=False)] if parts
        ]
        if disagreements:
            listed = "; ".join(f"{period}: ook {' en '.join(parts)}" for period, parts in disagreements)
            draft.sentences.append(
                f"Let op: de bronnen verschillen ({listed}). Steeds is het cijfer uit de meest recente bron gebruikt."
            )
        return True

    def _refuse_period(
        self, metric: str, measure: str, year: int, years: list[int], draft: _Draft, docs: set[str] | None
    ) -> bool:
        """Say the documents do not cover ``year``, and what they do cover (cited)."""
        nearest = years[-1] if year > years[-1] else years[0] if year < years[0] else min(years, key=lambda y: abs(y - year))
        reading = self.figures.reading(metric, str(nearest), measure, docs)
        draft.sentences.append(REFUSAL)
        if reading is not None:
            n = draft.cite_figure(reading.preferred)
            subject = label(metric)
            if year > years[-1]:
                draft.sentences.append(f"De meest recente cijfers over {subject} gaan tot en met {years[-1]} [{n}].")
            elif year < years[0]:
                draft.sentences.append(f"De cijfers over {subject} in de documenten beginnen in {years[0]} [{n}].")
            else:
                draft.sentences.append(
                    f"Voor {year} noemen de documenten geen cijfer over {subject}; het dichtstbijzijnde jaar is {nearest} [{n}]."
                )
        return False

    # -- running text ------------------------------------------------------------------------

    def _text_answer(self, q: Question, draft: _Draft, hits: list[Hit], named: set[str] | None = None) -> bool:
        q_terms = terms(q.text)
        # A long word the corpus never uses names a subject it does not cover ("fietsendiefstallen").
        unknown = [t for t in q_terms if not self.sentences.known(t) and not t.isdigit() and len(t) >= 9]
        out_of_range = [y for y in q.years if y not in self._corpus_years]
        if unknown or out_of_range or not (hits or named):
            draft.sentences.append(REFUSAL)
            return False
        # candidates: the sentences of the retrieved chunks and, when the question names a
        # document, every sentence of that document
        candidates: list[tuple[Sentence, int | None]] = [
            (s, hit.rank) for hit in hits for s in self.sentences.within(hit.chunk.doc_id, hit.chunk.start, hit.chunk.end)
        ]
        candidates += [(s, None) for doc_id in sorted(named or ()) for s in self.sentences.of_doc(doc_id)]
        scored: list[tuple[float, Sentence]] = []
        seen: set[tuple[str, int]] = set()
        for sentence, rank in candidates:
            key = (sentence.doc_id, sentence.start)
            if key not in seen and self.sentences.eligible(sentence, q):
                seen.add(key)
                scored.append((self.sentences.score(sentence, q, q_terms, rank), sentence))
        scored.sort(key=lambda pair: -pair[0])
        if not scored or scored[0][0] < MIN_SCORE:
            draft.sentences.append(REFUSAL)
            return False
        best_score, best = scored[0]
        chosen = [best]
        if q.kind == "list":
            chosen.extend(self._list_continuation(best))
        elif q.kind == "definition":
            # a formal definition in a footnote of the best sentence answers most directly
            chosen = self._defining_footnotes(best, q) + chosen
        if len(chosen) == 1:
            second = next(
                (s for score, s in scored[1:] if score >= 0.8 * best_score and s.block != best.block and s.text != best.text),
                None,
            )
            if second is not None:
                chosen.append(second)
        unique: list[Sentence] = []
        for sentence in chosen:
            if not any(_same_content(sentence, kept) for kept in unique):
                unique.append(sentence)
        for sentence in unique:
            n = draft.cite(sentence.doc_id, sentence.start, sentence.end)
            draft.sentences.append(with_marker(_LIST_MARKER.sub("", sentence.text), n))
        return True

    def _list_continuation(self, sentence: Sentence) -> list[Sentence]:
        """The items after a sentence that announces a list: the rest of its paragraph and,
        after a colon or when list items follow, the next items. At most three sentences."""
        out: list[Sentence] = []
        for following in self.sentences.following(sentence):
            if len(out) >= 3:
                break
            same_block = following.block == sentence.block
            announced = (out[-1] if out else sentence).text.rstrip().endswith(":")
            if same_block or announced or following.kind == "list_item":
                out.append(following)
            else:
                break
        return out

    def _defining_footnotes(self, sentence: Sentence, q: Question) -> list[Sentence]:
        """A footnote sentence of the best sentence's paragraph that defines the subject:
        it starts with "Definitie", or with the subject followed by "is"/"betreft"."""
        doc = self.index.documents[sentence.doc_id]
        subject = definition_subject(q.text)
        for n in doc.blocks[sentence.block].footnotes:
            block = doc.footnote(n)
            if block is None:
                continue
            for candidate in self.sentences.within(doc.id, block.start, block.end):
                text = candidate.text.lower()
                if text.startswith("definitie") or (
                    subject and re.match(rf"((een|de|het) )?{re.escape(subject)}\w{{0,2}} (is|zijn|betreft)\b", text)
                ):
                    return [candidate]
        return []

    def _named_documents(self, q: Question) -> set[str] | None:
        """The documents a question names ("volgens de beslisnota"), if any."""
        found: set[str] = set()
        for phrase in q.documents:
            for doc in self.index.documents.values():
                title = f"{doc.meta.kind} {doc.meta.title}".lower()
                words = phrase.split()
                if words[0] in ("beslisnota", "actieprogramma") and words[0] in title:
                    found.add(doc.id)
                elif words[0] == "voortgangsrapportage" and title.endswith(f"crimes {words[1]}"):
                    found.add(doc.id)
                elif words[0] == "brief" and doc.meta.date.startswith(words[-1]) and doc.meta.kind == "kamerbrief":
                    found.add(doc.id)
        return found or None

    def _expand(self, q: Question) -> str:
        """The retrieval query: the question plus the expansion of any acronym it uses."""
        extra = [self.sentences.acronyms[n] for n in q.names if n in self.sentences.acronyms]
        return " ".join([q.text, *extra])

    def _title(self, doc_id: str) -> str:
        return self.index.documents[doc_id].meta.title

    def _date(self, doc_id: str) -> str:
        return self.index.documents[doc_id].meta.date
