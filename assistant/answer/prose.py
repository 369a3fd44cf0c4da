"""Figures printed in running text: "48 mentoren ... 35,9 fte", "in 30 gemeenten", "4,65
miljoen euro". Each number becomes a figure with what it counts, so a question about how a
count developed across the letters ("Hoe is de inzet van IPTA in fte veranderd?") can be
answered from them, every value cited to its sentence and the change labelled as computed.

Built on the query side from the sentence index, in memory (the corpus is small); the
index format does not change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.answer.coverage import Coverage, counted_noun
from assistant.answer.draft import Draft
from assistant.answer.evidence import Sentence, SentenceIndex, terms
from assistant.answer.lexicon import NUMBER_WORD, PREPOSITIONS, number_in_digits
from assistant.answer.question import NOW, PRESENT, Question
from assistant.answer.shape import core
from index.text import format_number, parse_number

# a number as printed, optionally with a scale word, then up to two words before the noun
_COUNT = re.compile(
    rf"(?<![\w.,-])(\d{{1,3}}(?:\.\d{{3}})+|\d+(?:,\d+)?|(?:een|{NUMBER_WORD})(?=\s+mil))(?:\s*(%|procent))?(?:\s+(miljoen|miljard))?"
    r"((?:\s+(?:euro|[a-zà-ÿ][\w'’-]*)){1,3})?",
    re.IGNORECASE,
)
# "meer dan 45 gemeenten", "ruim 4.500 jongeren": the hedge is part of the printed figure
_HEDGE = re.compile(r"\b(meer dan|minder dan|ruim|bijna|circa|ongeveer|zo'n|ten minste|tenminste|minimaal|maximaal)\s+$", re.I)
_ADJECTIVE = re.compile(r"^[\wà-ÿ'’-]*[^n\W]e$")  # an inflected adjective ("Nederlandse", "ontvreemde"), not a plural
_HEDGE_START = re.compile(r"[^\d\s]")  # a value that opens on a hedge word, not its number
SERIES_SCORE = 0.15  # a prose figure in a series: its anchors and counted word must match as well
_OWN_CLAUSE = 0.5  # for a count whose own clause names what the question is about
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s(?:en|maar|terwijl|waarvan)\s")
# a question about money: what it asks is counted in euro ("schade" and "bedrag" also inside
# a compound: "schadeverhaal", "schadebedrag")
MONEY = re.compile(r"\b(?:euro|geld|budget\w*|kosten|subsidie\w*|financiering)\b|schade|bedrag", re.I)
_YEARLIKE = re.compile(r"^1[5-9]\d\d$|^20\d\d$")  # a year, not a count ("sinds 1886")


@dataclass(frozen=True)
class ProseFigure:
    """One number in running text.

    Attributes:
        sentence: the sentence that prints it (its citation).
        value: the number exactly as printed, with its unit word ("35,9 fte", "4,65 miljoen").
        number: the value read (Dutch notation; "miljoen" applied).
        counts: the stems of the words right after the number (what it counts).
        year: the year the sentence names, if it names one.
        clause: the part of the sentence that prints it, between commas or "en" ("maken
            142 gemeenten gebruik van het DOL").
    """

    sentence: Sentence
    value: str
    number: float
    counts: tuple[str, ...]
    year: int | None
    clause: str = ""


class ProseFigures:
    """Every number of the running text, by what it counts."""

    def __init__(self, sentences: SentenceIndex) -> None:
        self.sentences = sentences
        self.figures: list[ProseFigure] = []
        for sentence in sentences.sentences:
            if sentence.kind not in ("paragraph", "list_item", "footnote"):
                continue
            # a sentence without a year is dated by the sentence of its paragraph that gives one
            # ("In 2021 waren er 92.530 ... Gemiddeld gaat het over 254 ... per dag.")
            # (a year after the document's period is a plan, not a date: "in 2023 volgt ...")
            years = sorted({int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", sentence.text)}) or sorted(
                y
                for y in {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", sentences.dated_by(sentence))}
                if y <= max((int(t) for t in re.findall(r"\b(?:19|20)\d\d\b", sentence.context)), default=y)
            )
            for match in _COUNT.finditer(sentence.text):
                printed, percent, scale, after = match.group(1), match.group(2), match.group(3), match.group(4) or ""
                hedged = _HEDGE.search(sentence.text, 0, match.start())
                hedge = hedged.group(1) if hedged else ""
                if _YEARLIKE.match(printed) or re.search(r"(nr\.|artikel|art\.|groep)\s*$", sentence.text[: match.start()]):
                    continue
                number = parse_number(_in_digits(printed))  # "twee miljoen"
                if number is None:
                    continue
                if scale:
                    number *= 1_000_000 if scale.lower() == "miljoen" else 1_000_000_000
                words = after.split()
                counts = tuple(terms(" ".join(words))) + (("%",) if percent else ())
                value = (
                    match.group(0).strip()
                    if not words
                    else (f"{hedge} " if hedge else "")
                    + f"{printed}{' %' if percent == 'procent' else (percent or '')}"
                    + (f" {scale}" if scale else "")
                    + f" {words[0]}"
                )
                clause = _clause(sentence.text, match.start())
                self.figures.append(
                    ProseFigure(sentence, value.strip(), number, counts, years[0] if len(years) == 1 else None, clause)
                )

    def counting(self, noun: str, asked: frozenset[str] = frozenset()) -> list[ProseFigure]:
        """The figures whose following words name ``noun`` (a stem), each labelled with the
        number and that word as printed ("8.585 opkopers"). The second word after the number
        is what it counts only after an adjective or a word of the question (``asked``,
        stems): "8.585 Nederlandse opkopers", "1.621.354 gestolen goederen", but not "309
        gemeenten aangesloten"."""
        out = []
        for f in self.figures:
            position = next(
                (i for i, c in enumerate(f.counts[:2]) if c == noun or (len(c) >= 4 and (noun in c or c in noun))), None
            )
            if position is None or (position == 1 and not (_ADJECTIVE.match(f.value.split()[-1]) or f.counts[0] in asked)):
                continue
            words = f.value.split()
            # the number after a hedge ("meer dan"), with its scale ("4,65 miljoen")
            number_at = next((i for i, w in enumerate(words) if w[0].isdigit() or _in_digits(w) != w), 0)
            number_at += number_at + 1 < len(words) and words[number_at + 1].lower() in ("miljoen", "miljard")
            printed = " ".join(words[: number_at + 1])
            tail = f.sentence.text[f.sentence.text.find(printed) + len(printed) :]
            # (a name never runs on past the end of its sentence: "32,2 fte. Vergeleken met ...")
            following = re.findall(r"[\wà-ÿ'’-]+", re.split(r"[.;:!?](?:\s|$)", tail)[0])[:8]
            at = next((i for i, w in enumerate(following[:4]) if terms(w)[:1] == [f.counts[position]]), None)
            if at is None or "%" in f.value:
                out.append(f)
                continue
            # a name of several words the question uses goes whole ("254 high impact crimes")
            end = at + 1
            while end < len(following) and end - at < 6 and (found := terms(following[end])) and set(found) <= asked:
                end += 1
            while end - at > 1 and following[end - 1].lower() in PREPOSITIONS:
                end -= 1  # ("... per" without its "dag")
            out.append(replace(f, value=f"{printed} {' '.join(following[at:end])}"))
        return out

    def answer(self, q: Question, draft: Draft, docs: set[str] | None, coverage: Coverage, trend: str | None = None) -> bool:
        """Values of one count printed in the running text of different documents or years,
        each cited, the change computed and labelled. False when fewer than two qualify.
        ``trend``: the change a yes/no question asks about ("up"/"down"); the answer then
        opens with Ja or Nee, from the computed change."""
        anchored = coverage.anchors(q)
        if not anchored:
            # ("aantal fte re-integratieofficieren in 2022"): no name or phrase, so the
            # question's rarest word of content names what the count is of
            content = [
                t
                for t in terms(core(NOW.sub(" ", q.text)))
                if not t.isdigit() and len(t) >= 5 and self.sentences.known(t) and coverage.names_content(t)
            ]
            if len(content) >= 2:
                rarest = max(content, key=self.sentences.idf)
                anchored = [(rarest, rarest)]
        probe = self.sentences.probe(q)
        asked = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", q.text)]
        if asked and PRESENT.search(q.text):
            # "in 2022 en nu": now is what the most recent letter reports
            asked.append(max(int(d.meta.date[:4]) for d in coverage.documents.values()))
        # an acronym counts what it stands for: "hic per dag" ~ "254 high impact crimes per dag"
        spelled = [
            self.sentences.acronyms[word.upper()]
            for word in re.findall(r"\b[A-Za-z]{2,6}\b", q.text)
            if word.upper() in self.sentences.acronyms
        ]
        expansions = [t for name in spelled for t in terms(name)[:1]]
        nouns = [n for n in [counted_noun(q.text), *terms(core(q.text)), *expansions] if n]
        if "fte" in nouns:
            nouns.insert(0, "fte")  # a unit asked is what is counted: "rio fte" asks the fte of the RIO's
        if MONEY.search(q.text):
            nouns.append("euro")  # "schadeverhaal 2024 vs 2025": an amount, counted in euro
        asked_words = frozenset(terms(" ".join([q.text, *spelled])))
        for noun in dict.fromkeys(nouns):
            best: dict[tuple[str, int | None], tuple[float, ProseFigure]] = {}
            for figure in self.counting(noun, asked_words):
                sentence = figure.sentence
                if docs and sentence.doc_id not in docs:
                    continue
                stems, text = coverage.surroundings(sentence)
                if not all(coverage.accounts_for(term, word, stems, text) for word, term in anchored):
                    continue
                meta = coverage.documents[sentence.doc_id].meta
                # a sentence without a year speaks of its document's period: its date and
                # the years its title covers ("2024-2025")
                years = {int(meta.date[:4]), *map(int, re.findall(r"\b(?:19|20)\d\d\b", meta.title))}
                if figure.year:
                    years.add(figure.year)
                if asked and not _in_asked(years, asked, q):
                    continue
                score = self.sentences.score(sentence, probe)
                number = next((w for w in figure.value.split() if w[0].isdigit()), figure.value)
                if re.search(r"\b(?:naar|tot)\s+(?:\w+\s+)?$", sentence.text[: sentence.text.find(number)]):
                    score += 0.01  # "uitgebreid van 4 fte naar 28 fte": the state reached
                # of two counts in one sentence, the one whose own clause names the subject
                if all(
                    coverage.accounts_for(term, word, set(terms(figure.clause)), figure.clause.lower()) for word, term in anchored
                ):
                    score += _OWN_CLAUSE
                key = (sentence.doc_id, figure.year)
                # anchors and the counted word already pin the sentence down; a lower bar
                if score >= SERIES_SCORE and (key not in best or score > best[key][0]):
                    best[key] = (score, figure)
            # a letter reports the state at its own date: order (and label) by document date
            found = sorted(
                (f for _, f in best.values()),
                key=lambda f: (coverage.documents[f.sentence.doc_id].meta.date, f.year or 0),
            )
            if len({(f.sentence.doc_id, f.year) for f in found}) < 2 or not anchored:
                continue
            first, last = found[0], found[-1]
            diff = last.number - first.number
            if trend:
                if not diff:
                    continue  # unchanged: neither ja nor nee to "is het gestegen?"
                draft.sentences.append("Ja." if (diff > 0) == (trend == "up") else "Nee.")
            parts = []
            for f in found:
                n = draft.cite(f.sentence.doc_id, f.sentence.start, f.sentence.end)
                meta = coverage.documents[f.sentence.doc_id].meta
                when = meta.date
                # (two values of one document are told apart by their years)
                year = f" over {f.year}" if f.year and sum(g.sentence.doc_id == f.sentence.doc_id for g in found) > 1 else ""
                parts.append(f"{meta.title} ({when}){year}: {f.value} [{n}]")
            draft.sentences.append("Volgens de documenten: " + "; ".join(parts) + ".")
            if diff and first.number:
                word = "een stijging" if diff > 0 else "een daling"
                # from "meer dan 45 gemeenten" the change is known only roughly
                about = "circa " if any(_HEDGE_START.match(f.value) for f in (first, last)) else ""
                # ("van 4,65 miljoen euro naar 6,13 miljoen euro": a change of 1,48 miljoen)
                scale = next((w for w in ("miljard", "miljoen") if all(w in f.value for f in (first, last))), "")
                size = abs(diff) / {"miljard": 1e9, "miljoen": 1e6}.get(scale, 1)
                amount = format_number(size, 0 if size == int(size) else 2 if scale else 1) + (f" {scale}" if scale else "")
                draft.sentences.append(
                    f"Van {first.value} naar {last.value} is {word} van {about}{amount} "
                    f"({about}{format_number(abs(diff) / abs(first.number) * 100, 1)}%), berekend uit deze cijfers, niet in de bron vermeld."
                )
            return True
        return False


def _clause(text: str, at: int) -> str:
    """The clause of ``text`` around position ``at``: from the last break before it to the
    first after it."""
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, at)), default=0)
    after = _CLAUSE_BREAK.search(text, at)
    return text[start : after.start() if after else len(text)]


def _in_asked(years: set[int], asked: list[int], q: Question) -> bool:
    """Does a sentence about ``years`` fall in what the question asks: one of its years, or
    within the period it opens ("sinds 2022": 2022 and later) or spans ("tussen 2019 en
    2021")?"""
    if q.since is not None:
        return any(y >= q.since for y in years)
    if q.between is not None:
        return any(q.between[0] <= y <= q.between[1] for y in years)
    return bool(years & set(asked))


def _in_digits(word: str) -> str:
    """A number written as a word in digits ("twee" -> "2", "een" -> "1"); any other word as it is."""
    return "1" if word.lower() == "een" else number_in_digits(word) or word
