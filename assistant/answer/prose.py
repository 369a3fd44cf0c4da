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

from assistant.answer.evidence import Sentence, SentenceIndex, terms
from index.text import parse_number

# a number as printed, optionally with a scale word, then up to two words before the noun
_COUNT = re.compile(
    r"(?<![\w.,-])(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)(?:\s*(%|procent))?(?:\s+(miljoen|miljard))?"
    r"((?:\s+(?:euro|[a-zà-ÿ][\w'’-]*)){1,3})?",
    re.IGNORECASE,
)
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
    """

    sentence: Sentence
    value: str
    number: float
    counts: tuple[str, ...]
    year: int | None


class ProseFigures:
    """Every number of the running text, by what it counts."""

    def __init__(self, sentences: SentenceIndex) -> None:
        self.figures: list[ProseFigure] = []
        for sentence in sentences.sentences:
            if sentence.kind not in ("paragraph", "list_item"):
                continue
            years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", sentence.text)]
            for match in _COUNT.finditer(sentence.text):
                printed, percent, scale, after = match.group(1), match.group(2), match.group(3), match.group(4) or ""
                if _YEARLIKE.match(printed) or re.search(r"(nr\.|artikel|art\.|groep)\s*$", sentence.text[: match.start()]):
                    continue
                number = parse_number(printed)
                if number is None:
                    continue
                if scale:
                    number *= 1_000_000 if scale.lower() == "miljoen" else 1_000_000_000
                words = after.split()
                counts = tuple(terms(" ".join(words))) + (("%",) if percent else ())
                value = (
                    match.group(0).strip()
                    if not words
                    else f"{printed}{' %' if percent == 'procent' else (percent or '')}"
                    + (f" {scale}" if scale else "")
                    + f" {words[0]}"
                )
                self.figures.append(ProseFigure(sentence, value.strip(), number, counts, years[0] if len(years) == 1 else None))

    def counting(self, noun: str) -> list[ProseFigure]:
        """The figures whose following words name ``noun`` (a stem), each labelled with the
        number and that word as printed ("8.585 opkopers")."""
        out = []
        for f in self.figures:
            position = next(
                (i for i, c in enumerate(f.counts[:2]) if c == noun or (len(c) >= 4 and (noun in c or c in noun))), None
            )
            if position is None:
                continue
            printed = f.value.split()[0]
            tail = f.sentence.text[f.sentence.text.find(printed) + len(printed) :]
            named = next((w for w in re.findall(r"[\wà-ÿ'’-]+", tail)[:4] if terms(w)[:1] == [f.counts[position]]), None)
            out.append(replace(f, value=f"{printed} {named}") if named and "%" not in f.value else f)
        return out
