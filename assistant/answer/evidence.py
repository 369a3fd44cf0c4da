"""Evidence: the sentences of the corpus, stemmed, whether a sentence can answer a question
at all, and how well.

A sentence is *eligible* only when it holds what the question asks for: a number for a
"hoeveel" question, the asked year, the asked metric, the names the question mentions.
Among eligible sentences the score is lexical (IDF-weighted coverage of the question's
Dutch stems, with the sentence's section, document title and footnotes as weaker context)
plus small priors for retrieval rank and question kind.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

import Stemmer
from bm25s.stopwords import STOPWORDS_DUTCH

from assistant.answer.lexicon import (
    EARLIER_YEAR,
    HEDGING_ADVERBS,
    MONTH,
    MONTHS,
    NUMBER_WORD,
    SEASON,
    alternatives,
    covered,
    infinitive,
    normal,
    word_stem,
)
from assistant.answer.question import Question
from index.metrics import BASE_METRICS
from index.records import Document
from index.text import split_sentences

_STEMMER = Stemmer.Stemmer("dutch")
_BRACKETED_PART = re.compile(r"\(([^\W\d_]{2,})\)([^\W\d_]{3,})")
_TOKEN = re.compile(r"[^\W_]+(?:-[^\W_]+)*")  # letters of any alphabet ("Yeşilgöz"), digits
# (not the digits of a name: "Covid-19", "re_B00TCMP")
_NUMBER = re.compile(r"(?<![A-Za-z]-)(?<![A-Za-z_])\d+(?:[.,]\d+)*")
_YEAR = re.compile(r"^(19|20)\d\d$")
ANY_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# a year (an earlier century's after a word of time: "sinds 1886"), or a moment without one
# "tot 15 augustus jl.": the last such month before the letter's date
_LAST_MONTH = re.compile(rf"\b({MONTH})\s+(?:jl|j\.l)\.", re.I)
# (a day of a month counts: "in de periode van 18 juli tot 15 augustus jl.")
# ("begin oktober jl.", "medio maart": a part of a month too)
_DATED = re.compile(
    rf"\b(?:19|20)\d\d\b|\b(?:{SEASON})\b|\b{EARLIER_YEAR}\b|\b\d{{1,2}}\s+(?:{MONTH})\b"
    rf"|\b(?:begin|eind|medio|half|halverwege)\s+(?:{MONTH})\b|{_LAST_MONTH.pattern}",
    re.I,
)
# a count written out: "in acht steden", "vijf lessen" ("een" is mostly the article)
_COUNT_IN_WORDS = re.compile(
    rf"\b(?:{'|'.join(w for w in NUMBER_WORD.split('|') if w not in ('nul', 'een'))})((?:\s+[\wà-ÿ-]+){{1,3}})", re.I
)
_ACRONYM = re.compile(r"((?:[A-Z][\w-]+ (?:(?:naar|van|de|in|voor|en|het|tegen|op) )*){1,6})\(([A-Z]{2,6})\)")
_URL = re.compile(r"https?://|www\.")
# a bibliographic reference: "A. Spruit e.a., Effectonderzoek ...", "Kamerstuk 29 628, nr. 1"
_REFERENCE = re.compile(
    r"^(?:[A-Z]\.\s?)+[A-Z][\w-]+|\be\.a\.|\bet al\.|\bKamerstuk(?:ken)?\s+(?:I|II)?\b|^(?:Zie|Bron|Motie)\b|\(\d{4}\)\.?$"
    rf"|,\s*\d{{1,2}} (?:{MONTH}) \d{{4}}\.?$"
)
_IN_COMPOUND = 0.5  # the weight of a question word found inside a compound of the sentence

# Words that say what kind of question it is, not what it is about.
QUESTION_WORDS = {
    "hoeveel",
    "wat",
    "welke",
    "welk",
    "wie",
    "wiens",
    "wier",
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
    "totaal",
    "sinds",
}
STOPWORDS = set(STOPWORDS_DUTCH) | QUESTION_WORDS
DEFINING = re.compile(
    r"\b(definitie|is een|zijn een|betreft|heeft (tot|als) doel|stelt zich ten doel|richt zich op|gericht op|bedoeld om|gedeeld door|houdt in"
    r"|kenmerk(t|en) zich|word(t|en) (hieronder )?verstaan|word(t|en) gedefinieerd|staat voor|staan voor)\b",
    re.IGNORECASE,
)


# a share told in words ("Een derde van het aantal ...") whose count a footnote of its
# paragraph gives as a part of the total ("762 van de 2.318 in totaal")
SHARE_WORDS = re.compile(r"\b(een derde|twee derde|de helft|een kwart|driekwart|drie kwart)\b", re.I)
COUNT_OF_TOTAL = re.compile(r"(?:^|\|\s*)\(?\d[\d.]*\s+van\s+(?:de\s+)?\d[\d.]*\b")
# a reference to a parliamentary paper, whose numbers are its file numbers
_PARLIAMENTARY = re.compile(r"\bKamerstuk(?:ken)?\s+I{1,2}\s+\d{4}\s?[-–/]\s?\d{4},\s*\d")
# a statement of the present, dated by the document that makes it
# ("inmiddels", "sinds de start", "tot nu toe": the state reached by the letter's date)
_CURRENT = re.compile(
    r"\b(momenteel|op dit moment|thans|op het moment|tegenwoordig|inmiddels|sinds de start|tot (?:nu|op heden) toe)\b", re.I
)


def _last_month_year(text: str, date: str) -> str:
    """The year "<maand> jl." in ``text`` falls in, for a letter dated ``date`` ("" when the
    text names no such month): the letter's year, or the year before when the month is
    later than the letter's."""
    found = _LAST_MONTH.search(text)
    if found is None or len(date) < 7:
        return ""
    month = MONTHS.index(found.group(1).lower()) + 1
    return str(int(date[:4]) - (month > int(date[5:7])))


def spelled_out(before: str, acronym: str) -> str | None:
    """The words right before "(ACRONYM)" that it abbreviates: the nearest run of words
    whose initials (or, for one compound word, whose letters) spell it in order, starting
    with its first letter: 'Alleen jij bepaalt wie je bent (AJB)' -> 'Alleen jij bepaalt wie je bent'."""
    words = re.findall(r"[\wà-ÿ'’-]+", before.split("\n")[-1])[-12:]
    target = acronym.lower()
    for start in range(len(words) - 1, -1, -1):
        window = words[start:]
        if not window[0] or window[0][0].lower() != target[0]:
            continue
        initials = "".join(part[0].lower() for w in window for part in w.split("-") if part)
        letters = window[0].lower() if len(window) == 1 else initials
        if _subsequence(target, letters) and (len(window) > 1 or len(window[0]) > len(target) + 2):
            return " ".join(window).strip("\"'“”‘’")
    return None


def _subsequence(needle: str, haystack: str) -> bool:
    it = iter(haystack)
    return all(ch in it for ch in needle)


def definition_subject(question: str) -> str | None:
    """ "Wat is een plofkraak?" -> "plofkraak"; None if the question is not of that shape."""
    # (a part of a longer question carries its topic after it in brackets: "Wat is de
    # Alcoholmeter precies (geweld onder invloed)?")
    question = re.sub(r"\s*\([^()]*\)\s*(\?)?\s*$", r"\1", question.strip())
    match = (
        re.match(r"(?i)wat (?:is|zijn|betekent|doet|wordt (?:er )?verstaan onder)(?: een| de| het)? (.+?)\??$", question.strip())
        or re.match(r"(?i)wat (?:houdt|houden)(?: een| de| het)? (.+?) in\??$", question.strip())
        # terse: "betekenis van X", "X betekenis (in het actieprogramma)"
        or re.match(r"(?i)(?:betekenis|definitie)(?: van)?(?: een| de| het)? (.+?)\??$", question.strip())
        or re.match(r"(?i)(?!wat\b|welke\b|wie\b|hoe\b|waarom\b)((?:\S+ ){0,2}?\S+) (?:betekenis|definitie)\b", question.strip())
        # "liveview politie bij overval, wat houdt dat in"
        or re.match(
            r"(?i)(?!wat\b)(.+?)[,:;]?\s+wat (?:houdt|is|betekent|zijn) (?:dat|dit|die|deze|het)\b(?: in)?\??$", question.strip()
        )
    )
    if not match:
        return None
    # "wat is de betekenis van X": X; "wat is X precies": X
    subject = re.sub(r"^(?:betekenis|definitie) van (?:een |de |het )?", "", match.group(1).lower())
    return re.sub(r"(?:\s+(?:precies|eigenlijk|nou|nu|dan|exact|concreet))+$", "", subject)


def terms(text: str) -> list[str]:
    """Content stems of ``text``: lower-cased, apostrophes dropped ("RIO's" = "RIO’s"),
    stopwords out, Dutch Snowball stems; a hyphenated compound also yields its parts."""
    text = text.replace("’", "").replace("'", "").replace("‘", "")
    # a bracketed first part is both the compound and the word alone: "(steek)wapens" is
    # "steekwapens" and "wapens", "(jong)volwassenen" "jongvolwassenen" and "volwassenen"
    text = _BRACKETED_PART.sub(r"\1\2 \2", text)
    out: list[str] = []
    for word in _TOKEN.findall(text):
        word = infinitive(unaccented(word.lower()))
        if len(word) > 4 and word.endswith("s") and not word.endswith("ss") and not word[-2].isdigit():
            # plural -s: Snowball keeps it after a vowel ("percentages"), so drop it first
            word = word[:-1]
        parts = [word] + (word.split("-") if "-" in word else [])
        out.extend(normal(_STEMMER.stemWord(p)) for p in parts if p and p not in STOPWORDS and (len(p) > 1 or p.isdigit()))
    return out


_ELIDED = re.compile(r"\b([^\W\d_]{2,})-\s+(?:en|of)\s+([^\W\d_]{5,})", re.I)


def elided(text: str) -> list[str]:
    """Stems of the compounds a passage writes with an elided part: "Wet- en regelgeving"
    holds "wetgeving", "hang- en sluitwerk" "hangwerk". Where the second compound splits is
    not known, so every split leaving parts of at least three and four letters is tried
    (the stems that are no word match nothing)."""
    found = []
    for match in _ELIDED.finditer(text):
        first, second = match.group(1).lower(), match.group(2).lower()
        found += [f"{first}{second[i:]}" for i in range(3, len(second) - 3)]
    return terms(" ".join(found)) if found else []


def unaccented(word: str) -> str:
    """ "curaçao" -> "curacao", "geëvalueerd" -> "geevalueerd": a user may type either."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


# two sentences the delivered text glued together without a space ("... van de
# politie.Om de publieke veiligheid ...")
_GLUED = re.compile(r"(?<=[a-zà-ÿ]{3}[.!?])(?=[A-Z][a-zà-ÿ]+\s)")


def _unglued(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with each one split where two sentences are glued together."""
    out = []
    for start, end in spans:
        cuts = [m.start() for m in _GLUED.finditer(text, start, end)]
        for cut in cuts:
            out.append((start, cut))
            start = cut
        out.append((start, end))
    return out


def _with_glosses(text: str) -> list[tuple[int, int]]:
    """``split_sentences``, with a sentence wholly in parentheses joined to the one before
    it: it glosses that sentence ("Een derde ... eenheid Amsterdam. (762 van de 2.318 in
    totaal.)", "... op peil houden. (JenV, politie en OM)")."""
    spans: list[tuple[int, int]] = []
    for start, end in _unglued(text, split_sentences(text)):
        piece = text[start:end].strip()
        if spans and piece.startswith("(") and piece.rstrip(".").endswith(")"):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


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
    context: str  # section path, document title and the footnotes around the sentence
    context_stems: frozenset[str]


# words that shape a question without naming what it is about ("hoe ziet X eruit", "hoe
# werkt X", "hoe verloopt X"): an answer need not repeat them
_PHRASING = set(
    terms(
        "ziet eruit uitzien werkt functioneert verloopt gebeurt verklaart verklaren verklaring "
        # the link of a comparison ("ten opzichte van", "in vergelijking met") says how two
        # things relate, not what they are
        "opzichte vergelijking vergeleken "
        # "sinds wanneer bestaat X", "vanaf wanneer": the frame of a date question
        "sinds vanaf bestaat bestaan bestond "
        # what something is for ("waarvoor is X bedoeld", "waar dient X voor"): the purpose answers it
        "bedoeld bestemd dient dienen diende "
        # an age asked ("voor welke leeftijdsgroep", "hoe oud"): the age itself answers it
        "leeftijd leeftijden leeftijdsgroep leeftijdsgroepen leeftijdscategorie leeftijdscategorieën "
        # adverbs that arrange or hedge what is asked
        f"{HEDGING_ADVERBS} "
        # the present the question is asked in ("hoeveel staan er inmiddels in ..."): the
        # letter's date answers it, not the word
        "inmiddels momenteel thans tegenwoordig"
    )
)


@dataclass(frozen=True)
class Probe:
    """A question prepared once for scoring many sentences: its stems and their weights,
    the numbers it names, its qualifier stems, metric pattern, acronym aliases and the
    subject of a definition question."""

    question: Question
    weights: dict[str, float]
    total: float
    asked_numbers: frozenset[str]
    qualifier_stems: tuple[str, ...]
    metric_pattern: re.Pattern[str] | None
    aliases: dict[str, str]
    subject: str | None


_IN_PARAGRAPH = 0.15  # the weight of a question word that only the sentence's paragraph names

_TARGET_WORD = re.compile(r"\b(?:ambitie|doel(?:en|stelling\w*)?\b|streef)")


class SentenceIndex:
    """Every sentence of every document, with document frequencies of their stems."""

    def __init__(self, documents: dict[str, Document]) -> None:
        self.sentences: list[Sentence] = []
        self._by_doc: dict[str, list[int]] = {}
        self._parts: dict[str, list[str]] = {}  # compound_parts, by term
        self._paragraphs: dict[tuple[str, int], frozenset[str]] = {}  # a paragraph's stems, by (doc, block)
        for doc in documents.values():
            notes = {b.note: b.text for b in doc.blocks if b.kind == "footnote" and b.note is not None}
            for b, block in enumerate(doc.blocks):
                if block.kind == "heading":
                    continue
                if block.kind == "paragraph":
                    self._paragraphs[(doc.id, b)] = frozenset(terms(block.text) + elided(block.text))
                around = [notes.get(n, "") for n in block.footnotes]
                if block.kind == "footnote" and block.cited_by is not None:
                    around.append(doc.blocks[block.cited_by].text)
                context = " | ".join([block.section_path, doc.meta.title, *around])
                section_stems = frozenset(terms(" ".join(block.section)))
                context_stems = frozenset(terms(context))
                spans = [(0, len(block.text))] if block.kind == "table_row" else _with_glosses(block.text)
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
                            frozenset(terms(text) + elided(text)),
                            section_stems,
                            context,
                            context_stems,
                        )
                    )
        # (doc, start) -> the sentence's place in its document
        self._position = {
            (self.sentences[i].doc_id, self.sentences[i].start): k for ids in self._by_doc.values() for k, i in enumerate(ids)
        }
        self.df = Counter(stem for s in self.sentences for stem in s.stems | s.context_stems)
        # acronym -> its expansion as the documents introduce it: "Integrale Persoonsgerichte
        # Toeleiding naar Arbeid (IPTA)"
        self.acronyms: dict[str, str] = {}
        for doc in documents.values():
            for match in _ACRONYM.finditer(doc.text):
                words, acronym = match.group(1).split(), match.group(2)
                initials = [w for w in words if w[0].isupper()]
                if len(initials) >= len(acronym) - 1:
                    kept = words[-max(len(acronym) + 2, len(initials)) :]
                    while kept and kept[0].lower() in STOPWORDS | {"binnen", "via", "bij"}:
                        kept = kept[1:]
                    self.acronyms.setdefault(acronym, " ".join(kept).strip("\"'“”‘’"))
            # an acronym whose footnote spells it out: "PAC" with footnote "Particuliere Alarm Centrale."
            # (or, glossary style, before a colon: "Keurmerk veilig ondernemen: structureel overleg ...")
            for block in doc.blocks:
                if block.kind != "footnote" or block.cited_by is None:
                    continue
                body = block.text.rstrip(". ")
                if len(body.split()) > 8:
                    body = body.split(":", 1)[0] if ":" in body else ""
                    if not body or len(body.split()) > 6:
                        continue
                for acronym in re.findall(r"\b([A-Z]{2,6})\b", doc.blocks[block.cited_by].text):
                    if acronym not in self.acronyms and spelled_out(body, acronym) == body:
                        self.acronyms[acronym] = body
            for match in re.finditer(r"\(([A-Z][A-Za-z]{1,6})\)", doc.text):
                acronym = match.group(1)
                if acronym not in self.acronyms and sum(c.isupper() for c in acronym) >= 2:
                    found = spelled_out(doc.text[max(0, match.start() - 160) : match.start()], acronym)
                    if found:
                        self.acronyms[acronym] = found
        self._n = len(self.sentences)
        self._titles = {doc.id: doc.meta.title for doc in documents.values()}
        self._dates = {doc.id: doc.meta.date for doc in documents.values()}

    def idf(self, stem: str) -> float:
        return math.log(1 + self._n / (1 + self.df.get(stem, 0)))

    def known(self, stem: str) -> bool:
        return stem in self.df

    def _paraphrased(self, term: str, stems: frozenset[str]) -> float:
        """How much of its weight a question stem the sentence lacks still counts: a synonym
        ("begonnen" ~ "start") 0.8; else, inside a compound of the sentence ("strafvordering"
        in "strafvorderingsrichtlijn") 0.5, or as the two words of a compound of the question
        ("woningovervallen": "overvallen op woningen") 0.8, or as a word of the same root
        ("gefinancierd" ~ "financiële") 0.5."""
        if (alternatives(term) - {term}) & stems:
            return 0.8
        holding = [s for s in stems if term in s]
        in_compound = any(len(s) >= len(term) + 3 for s in holding)
        credit = _IN_COMPOUND if in_compound and len(term) >= 5 else 0.0
        parts = [] if in_compound else self.compound_parts(term)
        if parts and all(alternatives(word_stem(part)) & stems for part in parts):
            credit += 0.8
        if not holding and any(_same_root(term, s) for s in stems):
            credit += _IN_COMPOUND
        return credit

    def compound_parts(self, term: str) -> list[str]:
        """The two words the documents use that a compound is made of ("telefoonwinkel":
        "telefoon", "winkel"; a linking s or en allowed), the longest second part first;
        empty when it is none."""
        if term not in self._parts:
            self._parts[term] = next(
                (
                    [head, tail]
                    for i in range(4, len(term) - 3)
                    for link in ("", "s", "en")
                    if term[i:].startswith(link)
                    and self._exactly_known(head := term[:i])
                    and self._exactly_known(tail := term[i + len(link) :])
                ),
                [],
            )
        return self._parts[term]

    def _exactly_known(self, part: str) -> bool:
        found = word_stem(part)
        return len(part) >= 4 and part not in STOPWORDS and any(self.known(x) for x in {part, found} | alternatives(found))

    def within(self, doc_id: str, start: int, end: int) -> list[Sentence]:
        """Sentences of ``doc_id`` that lie inside [start, end)."""
        return [
            self.sentences[i]
            for i in self._by_doc.get(doc_id, [])
            if self.sentences[i].start >= start and self.sentences[i].end <= end
        ]

    def of_doc(self, doc_id: str) -> list[Sentence]:
        return [self.sentences[i] for i in self._by_doc.get(doc_id, [])]

    def following(self, sentence: Sentence, limit: int | None = None) -> list[Sentence]:
        """The sentences after ``sentence`` in its document, in order (at most ``limit``)."""
        ids = self._by_doc.get(sentence.doc_id, [])
        position = self._position[(sentence.doc_id, sentence.start)]
        end = None if limit is None else position + 1 + limit
        return [self.sentences[i] for i in ids[position + 1 : end]]

    def previous(self, sentence: Sentence) -> Sentence | None:
        """The sentence before ``sentence`` in its document, if any."""
        position = self._position[(sentence.doc_id, sentence.start)]
        return self.sentences[self._by_doc[sentence.doc_id][position - 1]] if position > 0 else None

    def dated_by(self, sentence: Sentence) -> str:
        """The nearest earlier sentence of ``sentence``'s paragraph that names a year ("" when
        none does): a sentence without a year of its own is dated by it ("In de week van
        11 oktober 2021 wordt ... georganiseerd. Inmiddels hebben zich ... aangemeld.")."""
        earlier = self.previous(sentence)
        while earlier is not None and earlier.block == sentence.block:
            if ANY_YEAR.search(earlier.text):
                return earlier.text
            if last := _last_month_year(earlier.text, self._dates.get(sentence.doc_id, "")):
                return last  # "De campagne in de periode van 18 juli tot 15 augustus jl."
            earlier = self.previous(earlier)
        return ""

    def probe(self, question: Question) -> Probe:
        """Prepare ``question`` for ``eligible`` and ``score``."""
        q_terms = set(terms(question.text)) - _PHRASING
        known = sorted(self.idf(t) for t in q_terms if self.known(t))
        typical = known[len(known) // 2] if known else 1.0
        # a word the corpus never uses counts as a typical word, not as the rarest one
        weights = {t: self.idf(t) if self.known(t) else typical for t in q_terms}
        pattern = next((p for name, p in BASE_METRICS if question.metric and question.metric.endswith(name)), None)
        # an acronym counts as present where the sentence, or the section it belongs to, uses
        # the words it stands for ("RIO's" in section "Re-integratieofficier")
        aliases = {stem: e.lower() for a, e in self.acronyms.items() if a in question.names for stem in terms(a) + terms(a + "s")}
        return Probe(
            question,
            weights,
            sum(weights.values()) or 1.0,
            frozenset(_NUMBER.findall(question.text)),
            tuple(terms(question.qualifier)),
            pattern,
            aliases,
            definition_subject(question.text) if question.kind == "definition" else None,
        )

    def eligible(self, sentence: Sentence, probe: Probe, paragraph: str = "", block: str = "") -> bool:
        """Can ``sentence`` answer the probed question at all? ``paragraph``: the text of
        its paragraph, where a name the sentence refers back to may stand ("Beide zijn ...").
        ``block``: its paragraph's text however the sentence opens; a statement that names no
        crime at all ("Voor 2021 waren er geen doelen ten aanzien van de
        ophelderingspercentages") speaks of every crime its paragraph names."""
        question = probe.question
        text, context = sentence.text, sentence.context
        both = f"{text} | {context}"
        if _URL.search(text) and len(_URL.sub("", text).split()) < 6:
            return False  # a bare link is no evidence
        if text.startswith("Bron") and "bron" not in question.text.lower():
            return False  # a table's source line says where figures come from, not what they are
        if (
            sentence.kind == "footnote"
            and _REFERENCE.search(text)
            and not re.search(r"bron|onderzoek|rapport|studie", question.text.lower())
        ):
            return False  # a reference to literature says where something was published, not what it is
        if (question.quantity or question.kind == "figure") and _PARLIAMENTARY.search(text):
            return False  # "Motie ..., Kamerstukken II 2021-2022, 35 925 VI, nr. 68": its numbers count nothing
        if question.quantity or question.kind == "figure":
            # a count or percentage: a number that is neither a year, nor taken from the
            # question, nor a document number ("nr. 3655809")
            asked = probe.asked_numbers
            counts = [
                m.group(0)
                for m in _NUMBER.finditer(text)
                if not re.search(r"(nr\.|kenmerk|Kamerstuk\w*) ?$", text[: m.start()])
                and not re.match(rf"\s+(?:{MONTH})\b", text[m.end() :], re.I)  # "tot 1 november 2022" is a date
            ]
            if (
                not any(n not in asked and not _YEAR.match(n) for n in counts)
                and not self._counts_asked(text, probe)
                and not (SHARE_WORDS.search(text) and COUNT_OF_TOTAL.search(context))
            ):
                return False
        # a target by any of its names ("doelstellingen" asked, "doelen" written)
        if (
            question.measure in ("ambitie", "doel")
            and question.metric
            and question.measure not in both.lower()
            and not _TARGET_WORD.search(f"{text} | {sentence.section.split(' > ')[-1]}".lower())
        ):
            return False
        if question.qualifier and not all(covered(t, sentence.stems) for t in probe.qualifier_stems):
            return False
        if question.years and (question.quantity or question.kind in ("figure", "trend")):
            # the year must be the sentence's own (or its section's / footnotes'), not the
            # document title's: "Voortgangsrapportage ... 2021" dates every sentence in it
            own = f"{text} | {context.replace(self._titles.get(sentence.doc_id, '~'), '')}"
            if ANY_YEAR.search(text) is None:
                own += f" | {self.dated_by(sentence)}"  # dated by the sentence before it
                if _CURRENT.search(text):
                    # "Momenteel loopt AJB in 30 gemeenten": as of the letter's date
                    own += f" | {self._dates.get(sentence.doc_id, '')[:4]}"
                own += f" | {_last_month_year(text, self._dates.get(sentence.doc_id, ''))}"
            if not any(str(y) in own for y in question.years):
                return False
        if question.kind == "when" and not _DATED.search(text):
            return False
        if question.metric and probe.metric_pattern is not None:
            pattern = probe.metric_pattern
            # A table row holds totals: it answers only when its own columns name the metric,
            # and never a question about a sub-count ("overvallen op woningen").
            if sentence.kind == "table_row" and (question.qualified or not pattern.search(text.lower())):
                return False
            leaf = sentence.section.split(" > ")[-1].lower()
            # a statement about the subject may name it in the paragraph it refers back to
            # ("Uit deze studie blijkt ..."); a figure must name its metric itself
            statement = not (question.quantity or question.kind in ("figure", "trend"))
            told = statement and (
                pattern.search(paragraph.lower())
                or (not any(p.search(text.lower()) for _, p in BASE_METRICS) and pattern.search(block.lower()))
            )
            if not (pattern.search(text.lower()) or pattern.search(leaf) or told):
                return False
            for word in ("opheldering", "recidive"):
                if word in question.metric and word not in both.lower():
                    return False
        return all(self._mentions(both, name) or self._mentions(paragraph, name) for name in question.names)

    def _counts_asked(self, text: str, probe: Probe) -> bool:
        """Does ``text`` write out a count of something the question asks about ("in acht
        steden" for "in hoeveel steden"; not "drie interventies" for "hoeveel mentoren")?"""
        asked = set(probe.weights)
        return any(any(covered(t, asked) for t in terms(m.group(1))) for m in _COUNT_IN_WORDS.finditer(text))

    def _mentions(self, text: str, name: str) -> bool:
        """Does ``text`` name ``name``, as itself or as the words an acronym stands for?"""
        if re.search(rf"\b{re.escape(name)}(['’]?s)?\b", text, re.IGNORECASE):
            return True
        expansion = self.acronyms.get(name)
        return expansion is not None and expansion.lower() in text.lower()

    def score(self, sentence: Sentence, probe: Probe, rank: int | None = None) -> float:
        """How well ``sentence`` answers: 0 (nothing in common) to a little over 1."""
        question, weights, total, aliases = probe.question, probe.weights, probe.total, probe.aliases
        lowered = sentence.text.lower()
        # an acronym counts as present where the sentence, or the section it belongs to, uses
        # the words it stands for ("RIO's" in section "Re-integratieofficier")
        leaf = f"{lowered} | {sentence.section.split(' > ')[-1].lower()}"
        direct = sum(w for t, w in weights.items() if t in sentence.stems or (t in aliases and aliases[t] in leaf))
        # a question word the sentence writes another way counts for part of its weight
        direct += sum(w * self._paraphrased(t, sentence.stems) for t, w in weights.items() if t not in sentence.stems)
        section = sum(w for t, w in weights.items() if t in sentence.section_stems and t not in sentence.stems)
        context = sum(
            w
            for t, w in weights.items()
            if t in sentence.context_stems and t not in sentence.stems and t not in sentence.section_stems
        )
        # the rest of its paragraph names what a sentence continues to speak of ("Sinds eind
        # maart 2026 ... toename van het aantal plofkraken. ... Om de publieke veiligheid te
        # waarborgen is ... gereageerd met noodmaatregelen")
        around = self._paragraphs.get((sentence.doc_id, sentence.block), frozenset())
        paragraph = sum(
            w
            for t, w in weights.items()
            if t in around and t not in sentence.stems and t not in sentence.section_stems and t not in sentence.context_stems
        )
        # a footnote explains the words it is attached to: for a definition, that counts
        context_weight = 0.6 if question.kind == "definition" and sentence.kind == "footnote" else 0.2
        score = (direct + 0.35 * section + context_weight * context + _IN_PARAGRAPH * paragraph) / total
        if question.years and any(str(y) in sentence.text for y in question.years):
            score += 0.1
        if question.kind == "definition":
            # a definition question wants a defining sentence, not one that merely uses the word
            subject = probe.subject
            if subject and re.match(
                rf"(definitie\b|((een|de|het) )?{re.escape(subject)}\w{{0,2}},? (is|zijn|betreft|houdt|kenmerk(t|en) zich)\b)",
                lowered,
            ):
                score += 0.25
            elif subject and re.search(rf"\b{re.escape(subject)}\w{{0,2}}[^,.;:]{{0,20}}, een [\w-]+ (die|dat)\b", lowered):
                score += 0.25  # an apposition says what it is: "de Alcoholmeter beproefd, een enkelband die ..."
            elif (
                subject and sentence.kind == "footnote" and DEFINING.search(sentence.text) and subject in sentence.context.lower()
            ):
                score += 0.25  # a defining footnote attached to the word asked about
            elif DEFINING.search(sentence.text):
                score += 0.12
        if rank is not None:
            score += 0.08 / rank
        if sentence.kind == "footnote" and question.kind != "definition":
            score -= 0.03
        return score


_ROOT = 7  # letters two words share at their start to count as one root


def _same_root(a: str, b: str) -> bool:
    """Do stems ``a`` and ``b`` share a root of at least ``_ROOT`` letters (a participle's
    "ge-" aside): "gefinancierd" and "financiel", "registratie" and "registrer"?"""
    a = a[2:] if a.startswith("ge") and len(a) > _ROOT + 2 else a
    b = b[2:] if b.startswith("ge") and len(b) > _ROOT + 2 else b
    # the one who does it is not what is done: "plofkraker" is not "plofkrak"
    agent = any(x in (y + "er", y + "ers", y + "aar") for x, y in ((a, b), (b, a)))
    # and neither is much longer: "respectievelijk" is no form of "respect"
    alike = min(len(a), len(b)) >= 0.6 * max(len(a), len(b))
    return len(a) >= _ROOT and len(b) >= _ROOT and a[:_ROOT] == b[:_ROOT] and alike and not agent
