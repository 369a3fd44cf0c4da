"""Phrasing: the Dutch sentences the extractive answerer writes around quoted figures."""

from __future__ import annotations

import re

from index.records import Figure
from index.text import format_number

REFUSAL = "Dit staat niet in de beschikbare documenten."
# the label of every figure or verdict the answerer computes itself
COMPUTED = "berekend uit deze cijfers, niet in de bron vermeld"

# metric -> how a count of it reads in a sentence
NOUN = {
    "overvallen": "overvallen",
    "straatroven": "straatroven",
    "woninginbraken": "woninginbraken",
    "geweld": "geweldsdelicten",
    "ram- en plofkraken": "ram- en plofkraken",
    "plofkraken op geldautomaten": "plofkraken op geldautomaten",
    "aanslagen met explosieven": "(pogingen tot) aanslagen met explosieven",
}
# metric -> who commits it (for recidive)
OFFENDERS = {"overvallen": "overvallers", "straatroven": "straatrovers", "woninginbraken": "woninginbrekers"}


def base_of(metric: str) -> str:
    for prefix in ("ophelderingspercentage ", "recidivepercentage "):
        if metric.startswith(prefix):
            return metric[len(prefix) :]
    return metric


def label(metric: str) -> str:
    """The metric as a noun phrase: "straatroven", "het ophelderingspercentage van overvallen"."""
    base = NOUN.get(base_of(metric), base_of(metric))
    if metric.startswith("ophelderingspercentage "):
        return f"het ophelderingspercentage van {base}"
    if metric.startswith("recidivepercentage "):
        return f"het tweejarige recidivepercentage van {OFFENDERS.get(base_of(metric), base)}"
    return base


def first_lower(text: str) -> str:
    """``text`` with its first letter in lower case, to continue a sentence with it."""
    return text[:1].lower() + text[1:]


def head(metric: str, unit: str) -> str:
    """How a sentence about ``metric`` opens: "Het aantal overvallen", or for a percentage
    "Het ophelderingspercentage van overvallen"."""
    subject = label(metric)
    return f"{subject[0].upper()}{subject[1:]}" if unit == "%" else f"Het aantal {subject}"


def state(figure: Figure) -> str:
    """One sentence (without marker and final full stop) stating a figure as printed."""
    metric, value, period = figure.metric, figure.value, figure.period
    if figure.measure == "procentuele ontwikkeling":
        return f"De procentuele ontwikkeling van het aantal {label(metric)} in de periode {period} was {value}"
    if figure.measure == "ambitie":
        if figure.unit == "%":
            return f"De ambitie voor {label(metric)} in {period} was {value}"
        return f"De ambitie van de Taskforce Overvallen voor {period} was maximaal {value} {label(metric)}"
    if figure.measure == "doel":
        return f"Het doel voor {label(metric)} in {period} was {value}"
    if figure.unit == "%":
        text = label(metric)
        return f"{text[0].upper()}{text[1:]} was in {period} {value}"
    return f"In {period} zijn {value} {label(metric)} geregistreerd"


def delta(first: Figure, last: Figure) -> tuple[str, str, float] | None:
    """The change from ``first`` to ``last`` in Dutch notation: ("-1.816", "-38,4%", diff)
    for counts, ("+12,17", "procentpunt", diff) for percentages; None if not computable."""
    if first.number is None or last.number is None:
        return None
    diff = last.number - first.number
    sign = "+" if diff > 0 else "-" if diff < 0 else ""
    if first.unit == "%":
        return f"{sign}{format_number(abs(diff), 2).rstrip('0').rstrip(',')}", "procentpunt", diff
    if first.number == 0:
        return None
    return f"{sign}{format_number(abs(diff))}", f"{sign}{format_number(abs(diff / first.number * 100), 1)}%", diff


def change(first: Figure, last: Figure) -> str | None:
    """A computed change between two figures, labelled as computed; None if not computable."""
    computed = delta(first, last)
    if computed is None:
        return None
    absolute, relative, diff = computed
    direction = "een stijging" if diff > 0 else "een daling" if diff < 0 else "geen verandering"
    if not diff:
        return f"Dat is {direction} (berekend uit deze cijfers)"
    if first.unit == "%":
        return f"Dat is {direction} van {absolute.lstrip('+-')} procentpunt (berekend uit deze cijfers, niet in de bron vermeld)"
    return f"Dat is {direction} van {absolute.lstrip('+-')} ({relative}), berekend uit deze cijfers, niet in de bron vermeld"


def with_marker(sentence: str, n: int) -> str:
    """Put "[n]" before the sentence's final punctuation: "... geregistreerd [1]."."""
    sentence = sentence.rstrip()
    joined = re.search(r"[;,]\s+(en|of)$", sentence)
    if joined:
        # a list item that runs on into the next ("...wooncomplexen; en"): "...wooncomplexen [3]; en"
        return f"{sentence[: joined.start()]} [{n}]{sentence[joined.start() :]}"
    if sentence.endswith((".", "!", "?", ":", ";")):
        # "... zien op [2]:" keeps the colon that announces the items after it
        return f"{sentence[:-1]} [{n}]{sentence[-1]}"
    return f"{sentence} [{n}]."
