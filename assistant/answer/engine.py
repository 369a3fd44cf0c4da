"""Answering: question -> retrieval -> evidence -> a short answer whose every sentence cites
a verbatim quote (the default, extractive answerer; no LLM)."""

from __future__ import annotations

import re
import time
from dataclasses import replace

from llama_index.core.base.embeddings.base import BaseEmbedding

from assistant.answer.draft import Draft
from assistant.answer.evidence import Sentence, SentenceIndex, definition_subject, terms
from assistant.answer.figure_answers import FigureAnswerer
from assistant.answer.figures import FigureTable
from assistant.answer.phrasing import REFUSAL, with_marker
from assistant.answer.question import Question, analyse, normalise
from assistant.answer.retrieve import Hit, HybridRetriever
from assistant.config import Settings
from assistant.errors import EmbedderMismatch
from assistant.records import Answer
from index.store import LoadedIndex, open_index

MAX_QUESTION = 2000
MIN_SCORE = 0.42  # below this the best eligible sentence does not answer the question
_LIST_MARKER = re.compile(r"^(?:[-o•]|[a-z]\.|\d{1,2}\.)\s+")  # shown without the bullet; the quote keeps it


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
        self._corpus_years = {int(y) for doc in self.index.documents.values() for y in re.findall(r"\b(?:19|20)\d\d\b", doc.text)}

    def ask(self, text: str, docs: set[str] | None = None, period: tuple[int, int] | None = None) -> Answer:
        """Answer one question.

        Args:
            text: the question, in Dutch.
            docs: restrict the evidence to these document ids.
            period: (first, last) year: figure and trend questions that name no year
                themselves use it; text answers only quote passages naming a year in it.

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
        draft = Draft(self.index.documents)
        timings: dict[str, float] = {}
        answered: bool | None = None
        fallback: Draft | None = None
        if question.metric and not question.qualified and question.kind in ("figure", "trend"):
            answered = self._figure_answers.answer(question, draft, docs)
            if answered is False:
                # The tables do not cover the period; the running text may, else say so.
                fallback, draft, answered = draft, Draft(self.index.documents), None
        elif question.kind == "definition" and question.metric and not docs:
            answered = self._figure_answers.definition(question, draft)
        if answered is None:
            t = time.perf_counter()
            hits = self.retriever.retrieve(self._expand(question))
            named = docs or self._named_documents(question)
            if named:
                hits = [h for h in hits if h.chunk.doc_id in named]
            timings["retrieval"] = (time.perf_counter() - t) * 1000
            answered = self._text_answer(question, draft, hits, named, period)
            if not answered and fallback is not None:
                draft = fallback
        result = draft.answer(cleaned, refused=not answered)
        timings["total"] = (time.perf_counter() - started) * 1000
        return replace(result, timings_ms=timings)

    # -- figures ---------------------------------------------------------------------------

    def _text_answer(
        self, q: Question, draft: Draft, hits: list[Hit], named: set[str] | None = None, period: tuple[int, int] | None = None
    ) -> bool:
        q_terms = terms(q.text)
        probe = self.sentences.probe(q)
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
            if key not in seen and self.sentences.eligible(sentence, probe) and _in_period(sentence, period):
                seen.add(key)
                scored.append((self.sentences.score(sentence, probe, rank), sentence))
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
