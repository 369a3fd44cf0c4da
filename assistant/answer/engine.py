"""Answering: question -> retrieval -> evidence -> a short answer whose every sentence cites
a verbatim quote (the default, extractive answerer; no LLM)."""

from __future__ import annotations

import re
import time
from dataclasses import replace

from llama_index.core.base.embeddings.base import BaseEmbedding

from assistant.answer import about
from assistant.answer.compare import Comparer
from assistant.answer.draft import Draft
from assistant.answer.evidence import STOPWORDS, Sentence, SentenceIndex, definition_subject, terms
from assistant.answer.figure_answers import FigureAnswerer
from assistant.answer.figures import FigureTable
from assistant.answer.lexicon import alternatives, anchors, covered
from assistant.answer.phrasing import REFUSAL, label, with_marker
from assistant.answer.prose import ProseFigure, ProseFigures
from assistant.answer.question import Question, analyse, normalise
from assistant.answer.retrieve import Hit, HybridRetriever
from assistant.answer.shape import AnswerType, answer_type, comparison, core, split_parts
from assistant.config import Settings
from assistant.errors import EmbedderMismatch
from assistant.records import Answer, Part
from index.metrics import BASE_METRICS
from index.records import Figure
from index.store import LoadedIndex, open_index
from index.text import format_number

MAX_QUESTION = 2000
MIN_SCORE = 0.42  # below this the best eligible sentence does not answer the question
SERIES_SCORE = 0.25  # a prose figure in a series: its anchors and counted word must match as well
_LIST_MARKER = re.compile(r"^(?:[-o•]|[a-z]\.|\d{1,2}\.)\s+")  # shown without the bullet; the quote keeps it
_MAX_ITEMS = 10
# What a sentence must hold to answer a question of each type (the reason, purpose or
# method may also sit in the sentence right after it).
_TYPE_CUES: dict[str, re.Pattern[str]] = {
    "reason": re.compile(
        r"\b(omdat|doordat|vanwege|als gevolg van|dankzij|oorza\w*|reden\w*|verklaring\w*|verklaard|toe te schrijven|"
        r"hierdoor|daardoor|daarom|waardoor|aangezien|gezien|in verband met|ingegeven|leid(t|de|en) tot|gevolg|door)\b",
        re.IGNORECASE,
    ),
    "purpose": re.compile(
        r"\b(om\b.{1,120}\bte|doel\w*|gericht op|bedoeld|zodat|teneinde|ter \w+ van|bij(te)?dragen|draagt bij|"
        r"beoog\w*|opdat|in staat (te )?stellen)\b",
        re.IGNORECASE,
    ),
    "method": re.compile(
        r"\b(door|via|middels|met behulp van|aan de hand van|in samenwerking|ingezet|inzet|bestaat uit|werkt met|gebruik|"
        r"werkwijze|methode|aanpak|waarbij|onder (meer|andere)|met|zo)\b",
        re.IGNORECASE,
    ),
    "date": re.compile(
        r"\b((19|20)\d\d|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b",
        re.IGNORECASE,
    ),
    "agent": re.compile(
        r"\b([A-Z]{2,}|[A-Z][a-zà-ÿ]+(?: [A-Z][a-zà-ÿ]+)*|minister\w*|politie|gemeente\w*|ministerie|partners?|"
        r"organisatie\w*|stichting|instituut|centrum|taskforce|openbaar ministerie|kabinet|burgemeester\w*)\b"
    ),
    "amount": re.compile(r"€|\beuro\b|\bmiljoen\b|\bmiljard\b", re.IGNORECASE),
    "share": re.compile(r"%|\bprocent\b", re.IGNORECASE),
}
# a sentence that states a consequence of the sentence before it
_BACK_REFERENCE = re.compile(
    r"^(mede )?(daarom|om die reden|met die reden|om deze reden|hierom|hierdoor|daardoor|dit is de reden|gezien het voorgaande|"
    r"vanwege (dit|deze)|dit (heeft|leidt|leidde))\b",
    re.IGNORECASE,
)
_ANAPHOR = re.compile(r"\b(dit|deze|dat|die|zulke|hiervan|daarvan|hiervoor|daarvoor|hierin|daarin)\b", re.I)
_CONTINUES = re.compile(
    r"^(daarnaast|ook|hierdoor|daardoor|hiermee|daarmee|bovendien|daarbij|zo|dit|deze|hierbij|verder)\b", re.I
)
_NEGATION = re.compile(r"\b(niet|geen|nooit|nergens|noch)\b", re.IGNORECASE)
# A date question about a beginning or an end, and the words that mark one in a sentence.
_DATE_KINDS = (
    (
        re.compile(
            r"\b(begonnen|begon|gestart|start\w*|opgericht|ingesteld|ingevoerd|gelanceerd|opgezet|sinds wanneer|vanaf wanneer)\b",
            re.I,
        ),
        re.compile(r"\b(vanaf|sinds|start\w*|gestart|begonnen|begin|opgericht|ingesteld|ingevoerd|gelanceerd|opgezet)\b", re.I),
    ),
    (
        re.compile(r"\b(eindigt|afgelopen|beëindigd|stopt|gestopt|afgerond|tot wanneer|loopt .* af)\b", re.I),
        re.compile(r"\b(tot|eindigt|einde|eind|beëindigd|gestopt|afgerond|afgesloten)\b", re.I),
    ),
)
# Words that name no sub-group of a figure: counting, registering, the country, documents.
_GENERIC = {
    t
    for word in (
        "aantal aantallen geregistreerd geregistreerde registratie gepleegd gepleegde voorgekomen plaatsgevonden gebeurd "
        "cijfer cijfers totaal totale landelijk landelijke nederland jaar jaren periode procent "
        "percentage gemiddeld brief kamerbrief rapportage voortgangsrapportage actieprogramma beslisnota document volgens "
        "staat stond vermeld genoemd gemeld high impact crimes hic delict delicten feit feiten eerste tweede derde"
    ).split()
    for t in terms(word)
}


def input_problem(cleaned: str) -> str | None:
    """A Dutch message when ``cleaned`` cannot be a question (empty, too long), else None."""
    if not cleaned:
        return "Stel een vraag: de vraag is leeg."
    if len(cleaned) > MAX_QUESTION:
        return f"De vraag is te lang ({len(cleaned)} tekens; maximaal {MAX_QUESTION}). Stel één vraag tegelijk."
    return None


def _in_period(sentence: Sentence, period: tuple[int, int] | None) -> bool:
    """Does the sentence (or its context) name a year within ``period``? True without one."""
    if period is None:
        return True
    years = {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", f"{sentence.text} {sentence.context}")}
    return any(period[0] <= y <= period[1] for y in years)


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
        self._figure_answers = FigureAnswerer(self.index.documents, self.figures, self.sentences)
        self._compare = Comparer(self.figures, self._figure_answers)
        self.prose = ProseFigures(self.sentences)
        self._blocks: dict[tuple[str, int], tuple[set[str], str]] = {}
        # words of the documents' titles and kinds: naming a document restricts the sources
        self._title_stems = {
            t
            for doc in self.index.documents.values()
            for t in terms(f"{doc.meta.title} {doc.meta.kind} {' '.join(doc.meta.signatories)}")
        } - {t for t in terms("overvallen straatroven woninginbraken geweld high impact crimes")}
        self._corpus_years = {int(y) for doc in self.index.documents.values() for y in re.findall(r"\b(?:19|20)\d\d\b", doc.text)}

    def ask(self, text: str, docs: set[str] | None = None, period: tuple[int, int] | None = None) -> Answer:
        """Answer one question; a question of several parts is answered part by part.

        Args:
            text: the question, in Dutch.
            docs: restrict the evidence to these document ids.
            period: (first, last) year: figure and trend questions that name no year
                themselves use it; text answers only quote passages naming a year in it.

        Returns:
            An Answer; ``refused`` is True when the documents do not answer the question (or
            none of its parts) or the input is not a question, with the reason in ``answer``
            or ``message``. ``parts`` says per part whether it was answered.
        """
        started = time.perf_counter()
        cleaned = normalise(text or "")
        problem = input_problem(cleaned)
        if problem:
            return Answer(cleaned[:200], "", True, message=problem)
        if analyse(cleaned).english:
            return Answer(
                cleaned,
                "",
                True,
                message="De assistent werkt in het Nederlands, net als de documenten. Stel uw vraag in het Nederlands, bijvoorbeeld: 'Hoeveel straatroven waren er in 2024?'",
            )
        draft = Draft(self.index.documents)
        timings: dict[str, float] = {}
        parts = split_parts(cleaned)
        if len(parts) == 1:
            answered = self._answer(parts[0], draft, docs, period, timings)
            result = draft.answer(cleaned, refused=not answered)
        else:
            outcomes = []
            for number, part in enumerate(parts, start=1):
                sub = draft.part()
                ok = self._answer(part, sub, docs, period, timings)
                said = [s for s in sub.sentences if s != REFUSAL]
                if not ok:
                    said = [f"Deelvraag {number} ({_short(part)}): dit staat niet in de beschikbare documenten.", *said]
                draft.sentences.append(f"({number}) " + " ".join(said))
                outcomes.append(Part(part, ok))
            result = replace(draft.answer(cleaned, refused=not any(p.answered for p in outcomes)), parts=tuple(outcomes))
        timings["total"] = (time.perf_counter() - started) * 1000
        return replace(result, timings_ms=timings)

    def _answer(
        self, text: str, draft: Draft, docs: set[str] | None, period: tuple[int, int] | None, timings: dict[str, float]
    ) -> bool:
        """Answer one part into ``draft``; False when the documents do not answer it."""
        question = analyse(core(text))
        if period and question.metric and not question.years:
            if question.kind == "trend" or (question.kind == "figure" and period[0] != period[1]):
                question = replace(question, kind="trend", between=period)
            elif question.kind == "figure":
                question = replace(question, years=(period[1],))
        fields = about.asked_fields(question)
        if fields:
            return about.answer(question, fields, self.index.documents, draft)
        how = comparison(question.text)
        if how is not None and question.metric and answer_type(question.text) not in ("reason", "purpose", "method"):
            compared = self._compare.answer(question, how, draft, docs)
            if compared is not None:
                return compared
        if answer_type(question.text) in ("trend", "comparison") and not (
            question.metric and self.figures.years(question.metric)
        ):
            # a count printed in running text, across the letters ("inzet van IPTA in fte")
            if self._prose_series(question, draft, docs):
                return True
        expected = answer_type(question.text)
        # a reason is never a table cell; nor is a purpose, method, definition, list or actor
        # unless the question asks for a number, a trend or a measure ("wat is de ambitie ...")
        numeric = expected != "reason" and not (
            expected in ("purpose", "method", "definition", "list", "agent")
            and not question.quantity
            and question.kind != "trend"
            and question.measure == "realisatie"
        )
        if question.metric and question.kind in ("figure", "trend") and numeric:
            extra = self._unaccounted(question) or [w for w in question.qualifier.split() if w not in STOPWORDS]
            if extra:
                # a sub-group the tables do not hold ("op supermarkten"): only the text can say
                return self._sub_group(question, extra, draft, docs, period, timings)
            tables = Draft(self.index.documents)
            found = self._figure_answers.answer(question, tables, docs)
            if found:
                draft.absorb(tables)
                return True
            if found is False:
                # The tables do not cover the period; the running text may, else say so.
                prose = Draft(self.index.documents)
                named = docs or self._named_documents(question)
                hits = self._retrieve(question, docs, timings)
                answered = self._text_answer(question, prose, hits, named, period, expected, quiet=True)
                draft.absorb(prose if answered else tables)
                return answered
        elif question.kind == "definition" and question.metric and not docs and _defines_metric(question):
            found = self._figure_answers.definition(question, draft)
            if found is not None:
                return found
        if expected == "definition" and self._acronym_answer(question, draft):
            if not re.match(r"(?i)(waar staat|wat betekent|wat is de afkorting|afkorting)", question.text):
                # "wat is X": after the expansion, what the documents say X is or does
                self._text_answer(question, draft, self._retrieve(question, docs, timings), docs, period, expected, quiet=True)
            return True
        named = docs or self._named_documents(question)
        return self._text_answer(question, draft, self._retrieve(question, docs, timings), named, period, expected)

    def _retrieve(self, q: Question, docs: set[str] | None, timings: dict[str, float]) -> list[Hit]:
        t = time.perf_counter()
        hits = self.retriever.retrieve(self._expand(q))
        named = docs or self._named_documents(q)
        if named:
            hits = [h for h in hits if h.chunk.doc_id in named]
        timings["retrieval"] = timings.get("retrieval", 0.0) + (time.perf_counter() - t) * 1000
        return hits

    # -- coverage ----------------------------------------------------------------------------

    def _anchors(self, q: Question, metric_words: bool = False) -> list[tuple[str, str]]:
        """The question's anchors (``lexicon.anchors``) that carry content: not generic
        counting words, measure words, metric words or stopwords; with ``metric_words`` a
        word right before the metric counts too ("gewapende overvallen")."""
        patterns = [p for _, p in BASE_METRICS] if metric_words else []
        out = []
        for word, term in anchors(core(q.text), patterns):
            low = word.lower()
            if term in _GENERIC or low in STOPWORDS or len(term) < 2 or any(p.search(low) for _, p in BASE_METRICS):
                continue
            if term in self._title_stems:
                continue  # "volgens het actieprogramma van de Taskforce" names a source, not a subject
            if re.search(r"opheld|recidiv|ambiti|streef|doel|procent", term):
                continue
            out.append((word, term))
        return out

    def _accounts_for(self, term: str, word: str, pool: set[str], text: str) -> bool:
        """Does evidence with stems ``pool`` (and lower-cased ``text``) account for an anchor?
        An acronym also counts where the words it stands for appear."""
        if covered(term, pool) or word.lower().strip("'’s") in text:
            return True
        expansion = self.sentences.acronyms.get(word.rstrip("'’s").upper()) or self.sentences.acronyms.get(word.rstrip("'’s"))
        return expansion is not None and (expansion.lower() in text or all(covered(t, pool) for t in terms(expansion)))

    def _unaccounted(self, q: Question) -> list[str]:
        """Anchors of a figure question that the metric, the measure and the labels of the
        figures do not account for ("supermarkten" in "overvallen op supermarkten")."""
        labels: set[str] = set()
        text = ""
        for f in self._figures_of(q.metric or ""):
            # a figure is labelled by its table, row and column, and by the document it is in
            words = f"{f.table} {f.section} {f.column_label} {f.row_label} {f.metric} {f.measure} {self.index.documents[f.doc_id].meta.title}"
            words += " " + " ".join(self.sentences.acronyms.get(a, "") for a in re.findall(r"\b[A-Z]{2,}\b", words))
            labels |= set(terms(words))
            text += f" {words}".lower()
        found = self._anchors(q, metric_words=True)
        counted = _counted_noun(q.text)
        if counted and not any(term == counted for _, term in found):
            # "Hoeveel supermarkten zijn er overvallen": what is counted is the sub-group
            found.append((next((w for w in re.findall(r"[\wà-ÿ'’-]+", q.text) if terms(w)[:1] == [counted]), counted), counted))
        return [word for word, term in found if not self._accounts_for(term, word, labels, text)]

    def _figures_of(self, metric: str) -> list[Figure]:
        return [f for f in self.index.figures if f.metric == metric]

    def _sub_group(
        self,
        q: Question,
        extra: list[str],
        draft: Draft,
        docs: set[str] | None,
        period: tuple[int, int] | None,
        timings: dict[str, float],
    ) -> bool:
        """A figure for a sub-group: from the text when it gives one; otherwise say it is not
        in the documents, then give what they do give (the total), marked as such."""
        attempt = Draft(self.index.documents)
        named = docs or self._named_documents(q)
        if self._text_answer(q, attempt, self._retrieve(q, docs, timings), named, period, "number", quiet=True):
            draft.absorb(attempt)
            return True
        words = " en ".join(f"'{w}'" for w in _phrases(q.text, extra))
        draft.sentences.append(f"{REFUSAL[:-1]}: ze geven geen cijfer voor {words}.")
        total = Draft(self.index.documents)
        if self._figure_answers.answer(q, total, docs):
            draft.sentences.append(f"Wel het landelijke cijfer voor {label(q.metric or '')}, niet uitgesplitst naar {words}:")
            draft.absorb(total)
        return False

    # -- figures in running text --------------------------------------------------------------

    def _prose_series(self, q: Question, draft: Draft, docs: set[str] | None) -> bool:
        """Values of one count printed in the running text of different documents or years,
        each cited, the change computed and labelled. False when fewer than two qualify."""
        anchored = self._anchors(q)
        probe = self.sentences.probe(q)
        asked = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", q.text)]
        nouns = [n for n in [_counted_noun(q.text), *terms(core(q.text))] if n]
        for noun in dict.fromkeys(nouns):
            best: dict[tuple[str, int | None], tuple[float, ProseFigure]] = {}
            for figure in self.prose.counting(noun):
                sentence = figure.sentence
                if docs and sentence.doc_id not in docs:
                    continue
                stems, text = self._surroundings(sentence)
                if not all(self._accounts_for(term, word, stems, text) for word, term in anchored):
                    continue
                meta = self.index.documents[sentence.doc_id].meta
                # a sentence without a year speaks of its document's period: its date and
                # the years its title covers ("2024-2025")
                years = {int(meta.date[:4]), *map(int, re.findall(r"\b(?:19|20)\d\d\b", meta.title))}
                if figure.year:
                    years.add(figure.year)
                if asked and not years & set(asked):
                    continue
                score = self.sentences.score(sentence, probe)
                key = (sentence.doc_id, figure.year)
                # anchors and the counted word already pin the sentence down; a lower bar
                if score >= SERIES_SCORE and (key not in best or score > best[key][0]):
                    best[key] = (score, figure)
            # a letter reports the state at its own date: order (and label) by document date
            found = sorted(
                (f for _, f in best.values()),
                key=lambda f: (self.index.documents[f.sentence.doc_id].meta.date, f.year or 0),
            )
            if len({(f.sentence.doc_id, f.year) for f in found}) < 2 or not anchored:
                continue
            parts = []
            for f in found:
                n = draft.cite(f.sentence.doc_id, f.sentence.start, f.sentence.end)
                meta = self.index.documents[f.sentence.doc_id].meta
                when = meta.date
                parts.append(f"{meta.title} ({when}): {f.value} [{n}]")
            draft.sentences.append("Volgens de documenten: " + "; ".join(parts) + ".")
            first, last = found[0], found[-1]
            diff = last.number - first.number
            if diff and first.number:
                word = "een stijging" if diff > 0 else "een daling"
                draft.sentences.append(
                    f"Van {first.value} naar {last.value} is {word} van {format_number(abs(diff), 0 if diff == int(diff) else 1)} "
                    f"({format_number(abs(diff) / abs(first.number) * 100, 1)}%), berekend uit deze cijfers, niet in de bron vermeld."
                )
            return True
        return False

    # -- acronyms ----------------------------------------------------------------------------

    def _acronym_answer(self, q: Question, draft: Draft) -> bool:
        """ "Waar staat X voor?": the expansion the documents give, cited to the sentence
        that introduces it ("... (X)")."""
        asked = [
            w
            for w in re.findall(r"[\wà-ÿ'’-]+", q.text)
            if w.rstrip("'’s").upper() in self.sentences.acronyms
            and (w.isupper() or len(w) >= 3)
            and w.lower() not in {"wat", "wie", "hoe", "het", "een", "van", "die", "dat"}
        ]
        if not asked:
            return False
        acronym = asked[0].rstrip("'’s").upper() if not asked[0].isupper() else asked[0].rstrip("'’s")
        if acronym not in self.sentences.acronyms:
            acronym = acronym.upper()
        expansion = self.sentences.acronyms[acronym]
        for sentence in self.sentences.sentences:
            introduces = f"({acronym})" in sentence.text and expansion in sentence.text
            spells = sentence.kind == "footnote" and sentence.text.rstrip(". ") == expansion  # "73 Particuliere Alarm Centrale."
            if introduces or spells:
                n = draft.cite(sentence.doc_id, sentence.start, sentence.end)
                draft.sentences.append(f"{acronym} staat voor {expansion} [{n}].")
                return True
        return False

    # -- text --------------------------------------------------------------------------------

    def _text_answer(
        self,
        q: Question,
        draft: Draft,
        hits: list[Hit],
        named: set[str] | None = None,
        period: tuple[int, int] | None = None,
        expected: AnswerType = "fact",
        quiet: bool = False,
    ) -> bool:
        """Answer from sentences of the retrieved passages. ``quiet``: write nothing when
        nothing qualifies (the caller says what is missing)."""
        q_terms = terms(q.text)
        probe = self.sentences.probe(q)
        # A long word the corpus never uses names a subject it does not cover ("fietsendiefstallen").
        unknown = [t for t in q_terms if not t.isdigit() and len(t) >= 9 and not self._known(t)]
        out_of_range = [y for y in q.years if y not in self._corpus_years]
        if unknown or out_of_range or not (hits or named):
            if not quiet:
                draft.sentences.append(REFUSAL)
            return False
        anchored = self._anchors(q)
        counted = _counted_noun(q.text) if expected in ("number", "amount", "share") else None
        # candidates: the sentences of the retrieved chunks and, when the question names a
        # document, every sentence of that document
        candidates: list[tuple[Sentence, int | None]] = [
            (s, hit.rank) for hit in hits for s in self.sentences.within(hit.chunk.doc_id, hit.chunk.start, hit.chunk.end)
        ]
        candidates += [(s, None) for doc_id in sorted(named or ()) for s in self.sentences.of_doc(doc_id)]
        scored: list[tuple[float, Sentence]] = []
        nearby: list[tuple[float, Sentence]] = []
        seen: set[tuple[str, int]] = set()
        for sentence, rank in candidates:
            key = (sentence.doc_id, sentence.start)
            if key in seen:
                continue
            seen.add(key)
            score = self.sentences.score(sentence, probe, rank)
            stems, text = self._surroundings(sentence)
            # what is counted must be named by the sentence, or by its paragraph when the
            # sentence points back to it ("In 2025 was dit gestegen naar ...")
            counted_ok = (
                counted is None
                or covered(counted, sentence.stems)
                or (bool(_ANAPHOR.search(sentence.text)) and covered(counted, stems))
            )
            if counted_ok and q.metric and expected == "number" and counted is None:
                counted_ok = not _counts_other(sentence.text, q.metric)
            fits = (
                counted_ok
                and sentence.kind != "table_row"  # tables answer through their figures, never as rebuilt lines
                and self.sentences.eligible(sentence, probe)
                and _in_period(sentence, period)
                and all(self._accounts_for(term, word, stems, text) for word, term in anchored)
            )
            if fits and expected in ("number", "amount", "share") and not _ANAPHOR.search(sentence.text):
                # a number is about what its own sentence names: "312 plofkraken in Duitsland"
                # does not count the ones in Belgium mentioned next to it
                own = set(sentence.stems) | sentence.section_stems
                fits = all(self._accounts_for(term, word, own, sentence.text.lower()) for word, term in anchored)
            (scored if fits else nearby).append((score, sentence))
        if expected == "date":
            # "wanneer begon/eindigt X": a sentence that marks a start (or an end) first
            for asked, marks in _DATE_KINDS:
                if asked.search(q.text):
                    scored = [(score + (0.15 if marks.search(s.text) else 0.0), s) for score, s in scored]
        if expected in ("reason", "method", "purpose"):
            # a sentence that mostly restates the question carries no reason, method or purpose
            asked_stems = {a for t in q_terms for a in alternatives(t)}
            scored = [(score - (0.15 if _restates(s, asked_stems) else 0.0), s) for score, s in scored]
        if expected == "list" or q.kind == "list":
            # an enumeration (several commas, a colon, list items) answers a "welke" question
            scored = [(score + (0.1 if _enumerates(s) else 0.0), s) for score, s in scored]
        scored.sort(key=lambda pair: -pair[0])
        nearby.sort(key=lambda pair: -pair[0])
        # the best sentence that holds the expected type of answer (or whose next sentence does)
        pick: tuple[float, Sentence, Sentence | None] | None = None
        # distinct parts of one question need distinct evidence: a sentence an earlier part
        # already quoted does not answer this one
        used = {(c.doc_id, c.start) for c in draft.citations}
        for score, sentence in scored:
            if score < MIN_SCORE:
                break
            if (sentence.doc_id, sentence.start) in used:
                continue
            follow = self._next_in_block(sentence)
            if self._holds(expected, sentence, q):
                pick = (score, sentence, None)
            elif follow is not None and expected in ("reason", "purpose", "method") and self._holds(expected, follow, q):
                pick = (score, sentence, follow)
            if pick:
                break
        if pick is None:
            if not quiet:
                draft.sentences.append(REFUSAL)
                for _, sentence in (scored + nearby)[:3]:
                    draft.offer(sentence.doc_id, sentence.start, sentence.end)
            return False
        best_score, best, follow = pick
        chosen = [best] + ([follow] if follow else [])
        if expected in ("reason", "purpose", "method") and follow is None:
            # an explanation often runs on into the next sentence of its paragraph
            after = self._next_in_block(best)
            if after is not None and (_CONTINUES.match(after.text) or self._holds(expected, after, q)):
                chosen.append(after)
        if expected == "reason" and _BACK_REFERENCE.match(best.text):
            # "Daarom is ...", "Met die reden ...": the reason is the sentence before
            before = self._previous(best)
            if before is not None:
                chosen = [before, *chosen]
        if q.kind == "list" or expected == "list" or best.text.rstrip().endswith(":"):
            chosen.extend(self._list_continuation(best))
        elif q.kind == "definition":
            # a formal definition in a footnote of the best sentence answers most directly
            chosen = self._defining_footnotes(best, q) + chosen
        if len(chosen) == 1 and expected not in ("number", "amount", "share", "date"):
            second = next(
                (
                    s
                    for score, s in scored[1:]
                    if score >= 0.8 * best_score and s.block != best.block and s.text != best.text and self._holds(expected, s, q)
                ),
                None,
            )
            if second is not None:
                chosen.append(second)
        unique: list[Sentence] = []
        for sentence in chosen:
            if not any(_same_content(sentence, kept) for kept in unique):
                unique.append(sentence)
        verdict = self._verdict(q, best) if expected == "yesno" else None
        for sentence in unique:
            n = draft.cite(sentence.doc_id, sentence.start, sentence.end)
            draft.sentences.append(with_marker(_shown(sentence.text), n))
        if verdict:
            draft.sentences[len(draft.sentences) - len(unique)] = f"{verdict}: " + _first_lower(
                draft.sentences[len(draft.sentences) - len(unique)]
            )
        return True

    def _verdict(self, q: Question, sentence: Sentence) -> str | None:
        """Ja or Nee for a yes/no question, only when the sentence accounts for every content
        word of the question (same stem, synonym or compound): Nee when it negates what the
        question does not, else Ja. None when it does not cover the question fully."""
        stems, _ = self._surroundings(sentence)
        content = [t for t in dict.fromkeys(terms(core(q.text))) if not t.isdigit()]
        share = sum(covered(t, sentence.stems | stems) for t in content) / len(content) if content else 0.0
        if share < 0.75 or not all(covered(t, sentence.stems) for w, t in self._anchors(q) if t in terms(sentence.text)):
            return None
        negated = _NEGATION.search(sentence.text) and not _NEGATION.search(q.text)
        return "Nee" if negated else "Ja"

    def _surroundings(self, sentence: Sentence) -> tuple[set[str], str]:
        """The stems and lower-cased text a sentence stands in: itself, its paragraph, its
        section path, document title and footnotes (a paragraph names its subject once)."""
        key = (sentence.doc_id, sentence.block)
        if key not in self._blocks:
            block = self.index.documents[sentence.doc_id].blocks[sentence.block].text
            self._blocks[key] = (set(terms(block)), block.lower())
        stems, text = self._blocks[key]
        return stems | sentence.section_stems | sentence.context_stems, f"{text} {sentence.context.lower()}"

    def _known(self, term: str) -> bool:
        """Does the corpus use ``term``, a synonym of it, or (for a hyphenated compound) each
        of its parts ("cho-modelprotocol": "cho" and "modelprotocol")?"""
        if self.sentences.known(term) or _synonym_known(term, self.sentences):
            return True
        parts = [p for p in term.split("-") if p]
        return len(parts) > 1 and all(self.sentences.known(p) or len(p) < 3 for p in parts)

    def _holds(self, expected: AnswerType, sentence: Sentence, q: Question) -> bool:
        """Does ``sentence`` hold the kind of answer ``expected``?"""
        cue = _TYPE_CUES.get(expected)
        if cue is None:
            return True
        text = sentence.text
        if expected == "agent":
            # a name inside the sentence, not its capitalised first word
            return bool(cue.search(text[1:])) or bool(re.search(r"\b[A-Z]{2,}", text))
        if expected == "date":
            asked = {str(y) for y in q.years}
            return any(m.group(0) not in asked for m in cue.finditer(re.sub(r"\S*(https?://|www\.)\S*", " ", text)))
        return bool(cue.search(text))

    def _previous(self, sentence: Sentence) -> Sentence | None:
        """The sentence before ``sentence`` in its document (same or previous paragraph)."""
        ids = self.sentences.of_doc(sentence.doc_id)
        position = next((k for k, s in enumerate(ids) if s.start == sentence.start), 0)
        return ids[position - 1] if position > 0 and ids[position - 1].kind in ("paragraph", "list_item") else None

    def _next_in_block(self, sentence: Sentence) -> Sentence | None:
        following = self.sentences.following(sentence)
        return following[0] if following and following[0].block == sentence.block else None

    def _list_continuation(self, sentence: Sentence) -> list[Sentence]:
        """The items after a sentence that announces a list: the rest of its paragraph and,
        after a colon or when list items follow, the next items (at most ``_MAX_ITEMS``)."""
        out: list[Sentence] = []
        for following in self.sentences.following(sentence):
            if len(out) >= (_MAX_ITEMS if following.kind == "list_item" else 3):
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


def _short(part: str, words: int = 12) -> str:
    """A part as a short quote for the answer: its first words."""
    tokens = part.rstrip("?").split()
    return "'" + " ".join(tokens[:words]) + ("…" if len(tokens) > words else "") + "'"


def _synonym_known(term: str, sentences: SentenceIndex) -> bool:
    return any(sentences.known(a) for a in alternatives(term))


def _phrases(text: str, words: list[str]) -> list[str]:
    """``words`` as the phrases they form in ``text``: adjacent words joined ("Den Haag")."""
    phrases: list[str] = []
    for word in words:
        if phrases and re.search(rf"\b{re.escape(phrases[-1])}\s+{re.escape(word)}\b", text):
            phrases[-1] = f"{phrases[-1]} {word}"
        else:
            phrases.append(word)
    return phrases


_NOT_COUNTED = {
    "eind",
    "begin",
    "medio",
    "per",
    "procent",
    "keer",
    "geld",
    "euro",
    "jaar",
    "jaren",
    "maanden",
    "dagen",
    "mensen",
    "meer",
    "minder",
    "vaak",
    "er",
    "is",
    "zijn",
    "waren",
    "was",
    "worden",
    "werden",
    "de",
    "het",
    "een",
}


def _counted_noun(text: str) -> str | None:
    """The stem of what a "hoeveel ..." question counts: the first noun after "hoeveel"
    (an inflected adjective before it, "particuliere camera's", skipped); None when it is
    a metric or a word that counts nothing in particular."""
    tokens = re.findall(r"[\wà-ÿ'’-]+", text)
    lowered = [t.lower() for t in tokens]
    start = next((i + 1 for i, t in enumerate(lowered) if t in ("hoeveel", "aantal")), None)
    if start is None or start >= len(tokens):
        return None
    i = start
    while (
        i + 1 < len(tokens)
        and len(lowered[i]) >= 5
        and lowered[i].endswith("e")
        and lowered[i + 1] not in _NOT_COUNTED | STOPWORDS
    ):
        i += 1  # "particuliere camera's": the adjective is not what is counted
    word = lowered[i]
    if word in _NOT_COUNTED or word in STOPWORDS or any(p.search(word) for _, p in BASE_METRICS) or re.match(r"\d", word):
        return None
    found = terms(word)
    return found[0] if found else None


def _first_lower(sentence: str) -> str:
    """Lower-case the first letter after "Ja: ", unless it starts a name or an acronym."""
    first = sentence.split(" ", 1)[0]
    return (
        sentence if first.isupper() or (len(first) > 1 and first[1:].lower() != first[1:]) else sentence[0].lower() + sentence[1:]
    )


def _defines_metric(q: Question) -> bool:
    """Is a definition question about the metric itself ("Wat is een overval?"), not about
    something else that mentions it ("Wat is de gemiddelde buit bij een overval?")?"""
    subject = definition_subject(q.text)
    if subject is None:
        return True
    head = subject.split()[0] if subject.split() else ""
    return any(p.search(head) for _, p in BASE_METRICS) or head.startswith(("opheldering", "recidive"))


def _enumerates(sentence: Sentence) -> bool:
    """Does the sentence list things: a list item, a colon before items, several commas?"""
    return sentence.kind == "list_item" or sentence.text.rstrip().endswith(":") or sentence.text.count(",") >= 2


def _restates(sentence: Sentence, asked: set[str]) -> bool:
    """Are at least four in five of the sentence's content words the question's own?"""
    own = [t for t in sentence.stems if not t.isdigit()]
    return bool(own) and sum(t in asked for t in own) / len(own) >= 0.8


def _shown(text: str) -> str:
    """A quoted sentence as the answer shows it: without its list bullet or a leading bare
    link (the citation's quote keeps both)."""
    text = _LIST_MARKER.sub("", text)
    return re.sub(r"^\S*(?:https?://|www\.)\S*\s+(?=\S)", "", text)


def _counts_other(text: str, metric: str) -> bool:
    """Does every number in ``text`` count something other than ``metric``? "63 uit
    Nederland afkomstige verdachten voor het plegen van plofkraken" counts suspects: no
    answer to "hoeveel plofkraken". A number followed by the metric, or by no plural noun
    ("daalde van 298 naar 255"), may count the metric."""
    pattern = next((p for name, p in BASE_METRICS if metric.endswith(name)), None)
    numbers = [m for m in re.finditer(r"(?<![\w.,])\d[\d.,]*", text) if not re.fullmatch(r"(19|20)\d\d", m.group(0))]
    if not numbers or pattern is None:
        return False
    for match in numbers:
        words = re.findall(r"[\wà-ÿ'’-]+", text[match.end() :])[:4]
        noun = next(
            (w for w in words if w.lower() not in _NUMBER_LINK and not w.lower().endswith("e") and not w[0].isupper()), None
        )
        if noun is None or pattern.search(noun.lower()) or not re.search(r"(en|s|'s|’s)$", noun.lower()):
            return False
    return True


# words between a number and what it counts ("63 uit Nederland afkomstige verdachten")
_NUMBER_LINK = {
    "uit",
    "van",
    "de",
    "het",
    "een",
    "ruim",
    "bijna",
    "circa",
    "ongeveer",
    "meer",
    "minder",
    "dan",
    "tot",
    "nieuwe",
    "andere",
}
