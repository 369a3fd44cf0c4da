"""Evidence: the sentences of the corpus, stemmed, and how well each answers a question.

Scoring is lexical (IDF-weighted coverage of the question's Dutch stems) plus small priors
for the retrieval rank of the sentence's chunk, a matching year, and the kind of question.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

import Stemmer
from bm25s.stopwords import STOPWORDS_DUTCH

from assistant.question import Question
from index.records import Document
from index.text import split_sentences

_STEMMER = Stemmer.Stemmer("dutch")
_TOKEN = re.compile(r"[a-zà-ÿ0-9]+(?:[-'][a-zà-ÿ0-9]+)*", re.IGNORECASE)
# Words that say what kind of question it is, not what it is about.
QUESTION_WORDS = {
    "hoeveel",
    "wat",
    "welke",
    "welk",
    "wie",
    "wanneer",
    "hoe",
    "waar",
    "waarom",
    "waren",
    "was",
    "is",
    "zijn",
    "er",
    "worden",
    "wordt",
    "werd",
    "werden",
    "staat",
    "stond",
    "documenten",
    "document",
    "noem",
    "geef",
    "aantal",
    "aantallen",
    "jaar",
    "jaren",
    "gaat",
    "ging",
    "doet",
    "deed",
    "betekent",
    "verstaan",
    "bedoeld",
    "houdt",
    "kun",
    "kunt",
    "je",
    "u",
    "mij",
    "graag",
    "volgens",
    "daarover",
    "over",
    "hebben",
    "heeft",
    "had",
    "gedaan",
    "wel",
    "nog",
    "al",
    "precies",
    "ongeveer",
    "beschreven",
    "genoemd",
    "vermeld",
}
STOPWORDS = set(STOPWORDS_DUTCH) | QUESTION_WORDS


def terms(text: str) -> list[str]:
    """Content stems of ``text``: lower-cased, stopwords out, Dutch Snowball stems."""
    words = [w.lower() for w in _TOKEN.findall(text)]
    return [_STEMMER.stemWord(w) for w in words if w not in STOPWORDS and (len(w) > 1 or w.isdigit())]


@dataclass(frozen=True)
class Sentence:
    doc_id: str
    block: int
    start: int  # offsets into the document's cleaned text
    end: int
    text: str
    kind: str
    section: str
    page: int | None
    note: int | None
    stems: frozenset[str]
    section_stems: frozenset[str]


class SentenceIndex:
    """Every sentence of every document, with document frequencies of their stems."""

    def __init__(self, documents: dict[str, Document]) -> None:
        self.sentences: list[Sentence] = []
        self._by_doc: dict[str, list[int]] = {}
        for doc in documents.values():
            for b, block in enumerate(doc.blocks):
                if block.kind == "heading":
                    continue
                section_stems = frozenset(terms(" ".join(block.section)))
                spans = [(0, len(block.text))] if block.kind == "table_row" else split_sentences(block.text)
                for start, end in spans:
                    text = block.text[start:end]
                    self._by_doc.setdefault(doc.id, []).append(len(self.sentences))
                    self.sentences.append(
                        Sentence(
                            doc.id,
                            b,
                            block.start + start,
                            block.start + end,
                            text,
                            block.kind,
                            block.section_path,
                            block.page,
                            block.note,
                            frozenset(terms(text)),
                            section_stems,
                        )
                    )
        self.df = Counter(stem for s in self.sentences for stem in s.stems | s.section_stems)
        self._n = len(self.sentences)

    def idf(self, stem: str) -> float:
        return math.log(1 + self._n / (1 + self.df.get(stem, 0)))

    def known(self, stem: str) -> bool:
        return stem in self.df

    def within(self, doc_id: str, start: int, end: int) -> list[Sentence]:
        """Sentences of ``doc_id`` that lie inside [start, end)."""
        return [
            self.sentences[i]
            for i in self._by_doc.get(doc_id, [])
            if self.sentences[i].start >= start and self.sentences[i].end <= end
        ]

    def of_doc(self, doc_id: str) -> list[Sentence]:
        return [self.sentences[i] for i in self._by_doc.get(doc_id, [])]

    def score(self, sentence: Sentence, question: Question, q_terms: list[str], rank: int | None = None) -> float:
        """How well ``sentence`` answers: 0 (nothing in common) to a little over 1."""
        weights = {t: self.idf(t) for t in set(q_terms)}
        total = sum(weights.values()) or 1.0
        direct = sum(w for t, w in weights.items() if t in sentence.stems)
        context = sum(w for t, w in weights.items() if t in sentence.section_stems and t not in sentence.stems)
        score = (direct + 0.35 * context) / total
        if question.years:
            if any(str(y) in sentence.text for y in question.years):
                score += 0.15
            elif re.search(r"\b20\d\d\b", sentence.text):
                score -= 0.05
        if question.kind == "definition" and re.search(
            r"\b(definitie|is een|betreft|heeft (tot|als) doel|stelt zich ten doel|richt zich op|gericht op|bedoeld om)\b",
            sentence.text,
            re.I,
        ):
            score += 0.12
        if question.kind in ("figure", "fact") and re.search(r"\d", sentence.text):
            score += 0.04
        if rank is not None:
            score += 0.08 / rank
        if sentence.kind == "footnote" and question.kind not in ("definition",):
            score -= 0.03
        return score
