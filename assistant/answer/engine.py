"""Answering: question -> retrieval -> evidence -> a short answer whose every sentence cites
a verbatim quote (the default, extractive answerer; no LLM)."""

from __future__ import annotations

import re
import threading
import time
from collections import OrderedDict
from dataclasses import replace
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from assistant.answer import about
from assistant.answer.compare import Comparer, metrics_in
from assistant.answer.coverage import Coverage, counts_offenders
from assistant.answer.draft import Draft
from assistant.answer.evidence import STOPWORDS, SentenceIndex, definition_subject, terms
from assistant.answer.figure_answers import FigureAnswerer
from assistant.answer.figures import FigureTable
from assistant.answer.lexicon import PEOPLE_NOUNS, covered
from assistant.answer.phrasing import REFUSAL, label
from assistant.answer.prose import MONEY, ProseFigures
from assistant.answer.question import PRESENT, Question, absolute_years, analyse, normalise
from assistant.answer.shape import (
    AnswerType,
    answer_type,
    asked_trend,
    comparison,
    core,
    introduction,
    largest_change_asked,
    sides,
    split_groups,
    without_introduction,
)
from assistant.answer.sides_answer import SideComparer
from assistant.answer.text_answers import TextAnswerer
from assistant.config import Settings
from assistant.errors import EmbedderMismatch
from assistant.records import Answer, Part
from index.metrics import BASE_METRICS
from index.options import embedder_id
from index.store import LoadedIndex, open_index

if TYPE_CHECKING:  # (llama-index loads in seconds: only a question that needs a search imports it)
    from llama_index.core.base.embeddings.base import BaseEmbedding

    from assistant.answer.retrieve import Hit, HybridRetriever

MAX_QUESTION = 2000
# a word in at most this share of the sentences names a subject of its own
_OWN_SUBJECT = 0.01


def input_problem(cleaned: str) -> str | None:
    """A Dutch message when ``cleaned`` cannot be a question (empty, too long), else None."""
    if not cleaned:
        return "Stel een vraag: de vraag is leeg."
    if not re.search(r"[^\W_]", cleaned):
        # only emoji, punctuation or symbols: nothing to look up
        return "Stel een vraag in woorden: uw bericht bevat geen letters of cijfers."
    if len(cleaned) > MAX_QUESTION:
        return f"De vraag is te lang ({len(cleaned)} tekens; maximaal {MAX_QUESTION}). Stel één vraag tegelijk."
    return None


class Assistant:
    """The HIC-assistent: holds the index, embedder and retriever; answers questions.

    Args:
        settings: configuration.
        index: an opened index (default: the current build in ``settings.index_dir``).
        embedder: the query embedder (default: the configured one).
    """

    def __init__(self, settings: Settings, index: LoadedIndex | None = None, embedder: BaseEmbedding | None = None) -> None:
        self.settings = settings
        self.index = index or open_index(settings.index_dir)
        if embedder is None and self.index.manifest["embedder"] != embedder_id(settings):
            raise EmbedderMismatch(f"index: {self.index.manifest['embedder']}, ingesteld: {embedder_id(settings)}")
        self._embedder = embedder
        self.sentences = SentenceIndex(self.index.documents)
        self.figures = FigureTable(self.index.figures, self.index.documents)
        self._figure_answers = FigureAnswerer(self.index.documents, self.figures, self.sentences)
        self._compare = Comparer(self.figures, self._figure_answers)
        self.coverage = Coverage(self.index.documents, self.sentences, self.index.figures)
        self.text = TextAnswerer(self.index.documents, self.sentences, self.coverage)
        self.prose = ProseFigures(self.sentences)
        self._sides = SideComparer(self.index.documents, self.text, self.prose)
        # (question, documents, period) -> answer: the index of an Assistant never changes,
        # so an answer holds for as long as the Assistant (a new build gets a new one)
        self._answers: OrderedDict[tuple[str, frozenset[str] | None, tuple[int, int] | None], Answer] = OrderedDict()
        self._cache_lock = threading.Lock()

    @cached_property
    def retriever(self) -> HybridRetriever:
        """The hybrid retriever, with the query embedder: made on the first question that
        needs a search (a figure question answers without one)."""
        from assistant.answer.retrieve import HybridRetriever
        from index.embed import load_embedder

        if not self.index.has_vectors:
            # a words-only build (first start, vectors still embedding): BM25 alone
            return HybridRetriever(self.index, None, top_k=max(self.settings.top_k, 15), candidates=30, use=("bm25",))

        # the answerer reads sentences from more chunks than a search shows: its sentence
        # scoring is sharper than chunk ranking
        return HybridRetriever(
            self.index,
            self._embedder or load_embedder(self.settings),
            top_k=max(self.settings.top_k, 15),
            candidates=30,
            mode=self.settings.fusion_mode,
            weights=self.settings.fusion_weights,
        )

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
        key = (cleaned, frozenset(docs) if docs else None, period)
        with self._cache_lock:
            known = self._answers.get(key)
            if known is not None:
                self._answers.move_to_end(key)
        if known is not None:
            return replace(known, timings_ms={"total": (time.perf_counter() - started) * 1000})
        result = self._ask(cleaned, docs, period, started)
        if self.settings.answer_cache > 0:
            with self._cache_lock:
                self._answers[key] = result
                while len(self._answers) > self.settings.answer_cache:
                    self._answers.popitem(last=False)
        return result

    def _ask(self, cleaned: str, docs: set[str] | None, period: tuple[int, int] | None, started: float) -> Answer:
        if analyse(cleaned).english:
            return Answer(
                cleaned,
                "",
                True,
                message="De assistent werkt in het Nederlands, net als de documenten. Stel uw vraag in het Nederlands, bijvoorbeeld: 'Hoeveel straatroven waren er in 2024?'",
            )
        draft = Draft(self.index.documents)
        timings: dict[str, float] = {}
        # "vorig jaar": the year before the most recent letter's
        latest = max((int(d.meta.date[:4]) for d in self.index.documents.values()), default=date.today().year)
        asked = absolute_years(cleaned, latest)
        groups = split_groups(asked)
        intro = introduction(asked) if len(groups) > 1 or len(groups[0]) > 1 else ""
        if len(groups) == 1 and len(groups[0]) == 1:
            answered = self._answer(groups[0][0], draft, docs, period, timings)
            result = draft.answer(cleaned, refused=not answered)
            if len(draft.asked) >= 2:
                # one question about several crimes reports per crime whether it was answered
                result = replace(result, parts=tuple(Part(asked, ok) for asked, ok in draft.asked))
        else:
            outcomes = []
            # the clauses of one numbered item are answered under the item's number; a
            # sentence one clause already quoted is not repeated for the next
            years: tuple[int, ...] = ()
            for number, group in enumerate(groups, start=1):
                said: list[str] = []
                first_citation = len(draft.citations)
                for part in group:
                    # a part that refers back to the one before ("en hoeveel daarvan ...?") may
                    # be answered by the sentence an earlier part quoted
                    since = 0 if _REFERS_TO_EARLIER.search(part) else first_citation
                    reusable = {(c.doc_id, c.start) for c in draft.citations[since:]}
                    sub = draft.part(reusable)
                    written = (len(draft.citations), len(draft.figures), len(draft.conflicts))
                    own = without_introduction(part, intro)
                    ok = self._answer(part, sub, docs, period, timings, years)
                    if not ok and own and (self._names_own_subject(own) or self._near_topic(own, intro, docs, period)):
                        # the introduction's subject need not be this part's ("Vragen over X:
                        # ... 3. Hoe is motie Y afgehandeld?"): a part that names a subject of
                        # its own, or whose own answer stands where the introduction's subject
                        # is written about, is asked again without it
                        del draft.citations[written[0] :], draft.figures[written[1] :], draft.conflicts[written[2] :]
                        sub = draft.part(reusable)
                        ok = self._answer(own, sub, docs, period, timings, years)
                    years = tuple(dict.fromkeys((*years, *analyse(core(part)).years)))
                    new = [s for s in sub.sentences if s != REFUSAL and s not in said]
                    if not ok:
                        new = [f"Deelvraag {number} ({_short(part)}): dit staat niet in de beschikbare documenten.", *new]
                    said += new
                    outcomes.append(Part(part, ok))
                draft.sentences.append(f"({number}) " + " ".join(said))
            result = replace(draft.answer(cleaned, refused=not any(p.answered for p in outcomes)), parts=tuple(outcomes))
        timings["total"] = (time.perf_counter() - started) * 1000
        return replace(result, timings_ms=timings)

    def _answer(
        self,
        text: str,
        draft: Draft,
        docs: set[str] | None,
        period: tuple[int, int] | None,
        timings: dict[str, float],
        earlier: tuple[int, ...] = (),
    ) -> bool:
        """Answer one part into ``draft``; False when the documents do not answer it.
        ``earlier``: the years the parts before this one named; a part that refers back to
        them ("en hoeveel daarvan met explosieven?") asks about the same years."""
        question = analyse(core(text))
        if earlier and not question.years and _REFERS_TO_EARLIER.search(text):
            question = replace(question, years=earlier)
        if period and question.metric and not question.years:
            if question.kind == "trend" or (question.kind == "figure" and period[0] != period[1]):
                question = replace(question, kind="trend", between=period)
            elif question.kind == "figure":
                question = replace(question, years=(period[1],))
        fields = about.asked_fields(question)
        if fields:
            return about.answer(question, fields, self.index.documents, draft)
        how = comparison(question.text)
        # a sub-group the tables do not hold ("overvallen op maaltijdbezorgers") is compared
        # from the text, never from the totals
        if (
            how is not None
            and question.metric
            # ("hoe verhield het aantal zich tot de ambitie" compares, it asks no method)
            and (answer_type(question.text) not in ("reason", "purpose", "method") or how.kind == "target")
            and not (self.coverage.unaccounted(question) or question.qualifier)
        ):
            if how.kind == "extreme" and _EVER.search(question.text):
                # "het laagste sinds de registratie / ooit": the tables start in 2010, so a
                # record the text states answers first ("het laagste aantal sinds de
                # aantallen worden geregistreerd")
                stated = Draft(self.index.documents)
                named = docs or self._named_documents(question)
                if self.text.answer(
                    question, stated, self._retrieve(question, docs, timings), named, period, "yesno", quiet=True
                ):
                    draft.absorb(stated)
                    return True
            # ("het hoogste punt volgens de tabel in de brief over 2024-2025": that letter's figures)
            compared = self._compare.answer(question, how, draft, docs or self._named_documents(question))
            if compared is None and not docs and self._named_documents(question):
                compared = self._compare.answer(question, how, draft, docs)
            if compared and how.kind == "target" and how.yes_no:
                self._letter_says(question, draft, docs, period, timings)
            if compared is not None:
                return compared
        largest = largest_change_asked(question.text) if not question.metric else None
        if largest is not None:
            # "welk delict steeg het sterkst": every crime of the tables, compared
            across = self._compare.largest_change(question, largest, draft, docs)
            if across is not None:
                return across
        pair = sides(question.text) if not question.metric else None
        if pair is not None:
            # two things compared by their counts in the text ("meer fte voor X dan voor Y")
            named = docs or self._named_documents(question)
            if self._sides.answer(pair, question, draft, lambda asked: self._retrieve(asked, docs, timings), named, period):
                return True
            draft.sentences.append(f"{REFUSAL[:-1]}: ze geven niet voor beide een aantal om te vergelijken.")
            return False
        trend = asked_trend(question.text, how) if how is not None else None
        # (a comparison of something other than an amount, "het effect ten opzichte van een
        # controlegroep", is no count to follow)
        counts = (
            question.quantity
            or trend
            or answer_type(question.text) == "trend"
            or _AMOUNT_WORDS.search(question.text.lower())
            or MONEY.search(question.text)
        )
        # "aantal camera's sept 2021 tot nov 2022": a count asked at two moments is a series too
        # ("in 2022 en nu": a year and the present)
        two_moments = (
            question.quantity
            and not question.metric
            and (len(set(question.years)) >= 2 or (len(question.years) == 1 and PRESENT.search(question.text)))
        )
        if (
            (answer_type(question.text) in ("trend", "comparison") or trend or two_moments)
            and counts
            and not (question.metric and self.figures.years(question.metric))
        ):
            # a count printed in running text, across the letters ("inzet van IPTA in fte");
            # "is het toegenomen?" answered ja/nee from the computed change
            if self.prose.answer(question, draft, docs, self.coverage, trend):
                return True
        expected = answer_type(question.text)
        # a reason is never a table cell; nor is a purpose, method, definition, list or actor
        # unless the question asks for a number, a trend or a measure ("wat is de ambitie ...")
        # "in welke gemeenten is de stijging het sterkst": places, not a figure
        names_things = re.search(  # also after a topic: "Na de stijging van X: welke maatregelen ..."
            r"(?:^|:\s*)(?:in |met |bij |uit |aan |voor |op )?welke? (?!jaar|jaren|periode|percentage|aantal|cijfer|ontwikkeling)",
            question.text.lower(),
        )
        # the tables hold counts and percentages, never money: an amount comes from the text
        numeric = (
            expected not in ("reason", "amount")
            and not names_things
            # the tables count crimes, not the people ("hoeveel mensen zijn opgepakt voor ...",
            # "hoeveel plofkraakverdachten", "hoeveel daders van overvallen")
            and not _PEOPLE_COUNTED.search(question.text.lower())
            and not counts_offenders(question.text)
            and not (
                expected in ("purpose", "method", "definition", "list", "agent")
                and not question.quantity
                and question.kind != "trend"
                and question.measure == "realisatie"
            )
        )
        if expected == "yesno" and question.kind == "figure" and not question.quantity:
            # "Heeft de Taskforce streefcijfers voor X?": whether there are any, from the text
            question = replace(question, kind="fact")
        if question.metric and question.kind in ("figure", "trend") and numeric:
            extra = self.coverage.unaccounted(question) or [w for w in question.qualifier.split() if w not in STOPWORDS]
            if extra:
                # a sub-group the tables do not hold ("op supermarkten"): only the text can say
                return self._sub_group(question, extra, draft, docs, period, timings)
            several = [m for m in metrics_in(question) if self.figures.years(m, question.measure, docs)]
            if len(several) >= 2:
                # "hoeveel overvallen en straatroven": each crime asked, none left out (one the
                # tables have no figure for is named as such)
                return self._each_metric(question, metrics_in(question), draft, docs)
            tables = Draft(self.index.documents)
            # "volgens het actieprogramma": the figures of the documents the question names
            found = self._figure_answers.answer(question, tables, docs or self._named_documents(question))
            if found:
                draft.absorb(tables)
                return True
            if found is False:
                # The tables do not cover the period; the running text may, else say so.
                prose = Draft(self.index.documents)
                named = docs or self._named_documents(question)
                hits = self._retrieve(question, docs, timings)
                answered = self.text.answer(question, prose, hits, named, period, expected, quiet=True)
                draft.absorb(prose if answered else tables)
                return answered
        elif question.kind == "definition" and question.metric and not docs and _defines_metric(question):
            found = self._figure_answers.definition(question, draft)
            if found is not None:
                return found
        subject = definition_subject(question.text)
        # ("wat zijn de maatschappelijke baten per euro van de rio" asks no expansion)
        if expected == "definition" and (subject is None or len(subject.split()) <= 3) and self.text.acronym(question, draft):
            if not re.match(
                r"(?i)(waar staat|wat betekent|wat is de afkorting|afkorting|.*\b(betekenis|afkorting)\b)", question.text
            ):
                # "wat is X": after the expansion, what the documents say X is or does
                self.text.answer(question, draft, self._retrieve(question, docs, timings), docs, period, expected, quiet=True)
            return True
        named = docs or self._named_documents(question)
        if expected in ("reason", "purpose", "method"):
            question = _as_statement(question)
        return self.text.answer(question, draft, self._retrieve(question, docs, timings), named, period, expected)

    def _letter_says(
        self, question: Question, draft: Draft, docs: set[str] | None, period: tuple[int, int] | None, timings: dict[str, float]
    ) -> None:
        """After a computed "is het doel gehaald": the letter's own statement of it ("... zijn
        de voor 2019 en 2020 gestelde doelen ... behaald"), when it gives the same verdict."""
        computed = next(filter(None, (re.match(r"(Ja|Nee)\b", s) for s in draft.sentences)), None)
        stated = Draft(self.index.documents)
        named = docs or self._named_documents(question)
        hits = self._retrieve(question, docs, timings)
        if computed is None or not self.text.answer(question, stated, hits, named, period, "yesno", quiet=True):
            return
        verdict = re.match(r"(Ja|Nee)[:.]\s*", stated.sentences[0]) if stated.sentences else None
        if verdict is None or verdict.group(1) != computed.group(1) or not stated.citations:
            return
        rest = stated.sentences[0][verdict.end() :]
        title = self.index.documents[stated.citations[0].doc_id].meta.title
        stated.sentences = [f"{title} schrijft: {rest[:1].upper()}{rest[1:]}"]
        draft.absorb(stated)

    def _near_topic(self, part: str, intro: str, docs: set[str] | None, period: tuple[int, int] | None) -> bool:
        """Is ``part``, asked without the introduction, answered from a paragraph or section
        that names a word of the introduction ("Vragen over de bescherming van ouderen tegen
        oplichting: 1. In welke maand ... senioren en veiligheid?")?"""
        topic = [t for t in terms(intro) if not t.isdigit() and t not in STOPWORDS and self.coverage.names_content(t)]
        trial = Draft(self.index.documents)
        if not topic or not self._answer(part, trial, docs, period, {}):
            return False
        for citation in trial.citations:
            for sentence in self.sentences.within(citation.doc_id, citation.start, citation.end):
                stems, _ = self.coverage.surroundings(sentence)
                if any(covered(t, stems) for t in topic):
                    return True
        return False

    def _names_own_subject(self, part: str) -> bool:
        """Does ``part`` name a subject few passages share (a word of at most
        ``_OWN_SUBJECT`` of the sentences), so it can be answered without the introduction?"""
        question = analyse(core(part))
        most = _OWN_SUBJECT * len(self.sentences.sentences)
        return any(0 < self.sentences.df.get(term, 0) <= most for _, term in self.coverage.anchors(question))

    def _retrieve(self, q: Question, docs: set[str] | None, timings: dict[str, float]) -> list[Hit]:
        t = time.perf_counter()
        hits = self.retriever.retrieve(self._expand(q))
        named = docs or self._named_documents(q)
        if named:
            hits = [h for h in hits if h.chunk.doc_id in named]
        timings["retrieval"] = timings.get("retrieval", 0.0) + (time.perf_counter() - t) * 1000
        return hits

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
        # "is het aantal ... bij X gestegen?": ja/nee from a passage, which need not print a count
        expected: AnswerType = "yesno" if answer_type(q.text) == "yesno" else "number"
        if self.text.answer(q, attempt, self._retrieve(q, docs, timings), named, period, expected, quiet=True, required=extra):
            draft.absorb(attempt)
            return True
        words = " en ".join(f"'{w}'" for w in _phrases(q.text, extra))
        draft.sentences.append(f"{REFUSAL[:-1]}: ze geven geen cijfer voor {words}.")
        total = Draft(self.index.documents)
        if self._figure_answers.answer(q, total, docs):
            draft.sentences.append(f"Wel het landelijke cijfer voor {label(q.metric or '')}, niet uitgesplitst naar {words}:")
            draft.absorb(total)
        return False

    def _each_metric(self, q: Question, metrics: list[str], draft: Draft, docs: set[str] | None) -> bool:
        """A figure question naming several metrics, answered per metric; a metric the
        tables do not cover for the asked period is named as such."""
        answered = False
        for metric in metrics:
            one = Draft(self.index.documents)
            found = self._figure_answers.answer(replace(q, metric=metric), one, docs or self._named_documents(q))
            answered = answered or bool(found)
            years = " en ".join(str(y) for y in q.years)
            draft.asked.append((f"{label(metric)}{f' in {years}' if years else ''}", bool(found)))
            if one.sentences:
                draft.absorb(one)  # the figure, or the refusal with the nearest year the documents give
            else:
                draft.sentences.append(f"Voor {label(metric)} noemen de documenten geen cijfer.")
        return answered

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
                elif (
                    words[0] == "brief"
                    and doc.meta.kind == "kamerbrief"
                    and (
                        doc.meta.date.startswith(words[-1])
                        # ("de brief van 2025": the letter over 2024-2025, sent in 2026)
                        or title.endswith(f"-{words[-1]}")
                    )
                ):
                    found.add(doc.id)
        return found or None

    def _expand(self, q: Question) -> str:
        """The retrieval query: the question plus the expansion of any acronym it uses."""
        extra = [self.sentences.acronyms[n] for n in q.names if n in self.sentences.acronyms]
        return " ".join([q.text, *extra])


# a count of people: "hoeveel mensen", "hoeveel (uit Nederland afkomstige) plofkraakverdachten"
_PEOPLE_COUNTED = re.compile(
    rf"\bhoeveel\s+(?:(?:uit|in|van) \w+ \w+e\s+)?(?:\w+e\s+)?[\w-]*(?:mensen|personen|{PEOPLE_NOUNS})\b"
)
# words that ask how much or how many, or how an amount changed
_AMOUNT_WORDS = re.compile(
    r"\b(aantal|aantallen|hoeveel|meer|minder|hoger|lager|groter|kleiner|gestegen|gedaald|toegenomen|afgenomen|gegroeid|"
    r"fte|inzet|capaciteit|budget|bedrag|percentage|procent|ontwikkel\w*|verander\w*)\b"
)


# a part of a question that refers back to the part before it
_REFERS_TO_EARLIER = re.compile(
    r"\b(daarvan|hiervan|daarbij|hierbij|daarna|toen|dat jaar|datzelfde jaar|in dezelfde periode)\b", re.I
)


# a record over all time, which only the text can state
_EVER = re.compile(
    r"\b(ooit|aller tijden|sinds (?:het begin van )?de (?:registratie|metingen)|sinds (?:het )?begin van de registratie|sinds (?:de )?aantallen worden geregistreerd)\b",
    re.I,
)


def _as_statement(question: Question) -> Question:
    """The question as one a statement answers: a reason, purpose, method or yes/no is not a
    count, so the figure's demands (a number in the sentence, the metric's own word, the
    year in the sentence) do not apply."""
    return replace(
        question,
        kind="fact" if question.kind in ("figure", "trend") else question.kind,
        quantity=False,
        metric=None,
        measure="realisatie",
        qualifier="",
        qualified=False,
    )


def _short(part: str, words: int = 12) -> str:
    """A part as a short quote for the answer: its first words."""
    tokens = part.rstrip("?").split()
    return "'" + " ".join(tokens[:words]) + ("…" if len(tokens) > words else "") + "'"


def _phrases(text: str, words: list[str]) -> list[str]:
    """``words`` as the phrases they form in ``text``: adjacent words joined ("Den Haag")."""
    phrases: list[str] = []
    for word in words:
        if phrases and re.search(rf"\b{re.escape(phrases[-1])}\s+{re.escape(word)}\b", text):
            phrases[-1] = f"{phrases[-1]} {word}"
        else:
            phrases.append(word)
    return phrases


def _defines_metric(q: Question) -> bool:
    """Is a definition question about the metric itself ("Wat is een overval?"), not about
    something else that mentions it ("Wat is de gemiddelde buit bij een overval?")?"""
    subject = definition_subject(q.text)
    if subject is None:
        return True
    head = subject.split()[0] if subject.split() else ""
    return any(p.search(head) for _, p in BASE_METRICS) or head.startswith(("opheldering", "recidive"))
