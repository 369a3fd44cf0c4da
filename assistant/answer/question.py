"""Question analysis (rule-based, Dutch): what is asked, about which metric, for which years.

>>> q = analyse("Hoeveel straatroven waren er in 2024?")
>>> q.kind, q.metric, q.years
('figure', 'straatroven', (2024,))
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

from assistant.answer.lexicon import MONTHS, NUMBER_WORD, number_in_digits
from index.metrics import BASE_METRICS

QuestionKind = Literal["figure", "trend", "list", "definition", "who", "when", "fact"]

# A phrase qualified by a place or victim ("overvallen op woningen", "overvallen op
# maaltijdbezorgers") is a sub-count the tables do not hold.
_QUALIFIED = re.compile(
    r"(woningoverval|overvall\w* op \w+"
    r"|op maaltijdbezorgers|in de eenheden|per eenheid|in (de )?(gemeente|stad|regio|eenheid|provincie) \w+"
    r"|minderjarig|jongeren|per dag|per uur|online|verdachten|aangehouden)"
)
_CLEARANCE = re.compile(r"opheldering|opgehelderd|opgelost")
_RECIDIVE = re.compile(r"recidive|recidiveer|recidiveren")
_AMBITION = re.compile(r"ambitie|ambieer|streef|streven|doelstelling")
_TARGET = re.compile(r"\bdoel(en)?\b(?! van)")
_CHANGE = re.compile(
    r"procentuele (ontwikkeling|verandering)|met hoeveel procent|hoeveel procent (ge)?(daald|gestegen|afgenomen|toegenomen)"
)
_TREND = re.compile(
    r"ontwikkel|verloop|trend|gestegen|gedaald|stijging|daling|toegenomen|afgenomen|veranderd|veranderde"
    r"|sinds \d{4}|tussen \d{4} en \d{4}|van \d{4} (tot|naar) \d{4}"
)
_FIGURE = re.compile(
    r"^aantal\b|\bhoeveel\b|\bhoe (hoog|groot|veel)\b"
    r"|\bwat (is|was|waren|zijn)(?: (?:in|over|voor) (?:19|20)\d\d)? (het|de) (aantal|\w*percentage|ambitie|doel|tweejarige|procentuele)"
)
# Names the evidence must mention: acronyms ("AJB", "RIO's") and places ("in Rotterdam").
_NAME = re.compile(r"\b([A-Z]{2,}[a-z]?)(?:['’]s)?\b|\bin ([A-Z][a-z]{3,})\b")
# (an age asked, "voor welke leeftijdsgroep", is one fact, not a list)
_LIST = re.compile(r"\bwelke\b(?! leeftijd)|\bnoem\b|\bopsomming\b|\bwie zijn\b|\bwat zijn de\b")
# "hoe wordt het ophelderingspercentage berekend": asks for a definition
DEFINED_HOW = r"hoe (?:wordt|worden|werd|is|zijn)\b.*\b(?:berekend|gemeten|gedefinieerd|vastgesteld|bepaald)\b"
_DEFINITION = re.compile(
    r"\bwat (is|zijn|betekent|verstaat)\b|\bdefinitie\b|\bbetekenis\b|\bwat wordt (er )?verstaan\b|\bwat houdt\b|\bwat doet\b"
    rf"|\b{DEFINED_HOW}|\bverschil tussen\b"
)
# "wat is de focus van het Offensief", "wat is de rol van de politie": a property of a
# subject, not what a word means (a definition says what the subject itself is)
ATTRIBUTE = re.compile(
    r"wat (?:is|was|zijn|waren)(?: (?:op dit moment|nu|momenteel|inmiddels))? (?:de|het) "
    r"(?!definitie|betekenis|doel|bedoeling|functie)(?:\w+e )?([\wà-ÿ-]+) (?:van|voor|bij|binnen|in|op)\b",
    re.IGNORECASE,
)
_WHO = re.compile(r"\bwie\b|\bdoor wie\b")
_WHEN = re.compile(r"\bwanneer\b|\bin welk jaar\b|\bop welke datum\b")
_NAME_PHRASE = re.compile(r"(?<=\w )(?:[A-Z][\wà-ÿ-]+ )+[A-Z][\wà-ÿ-]+")
YEAR = re.compile(r"\b(19[89]\d|20[0-4]\d)\b")
# ("sinds eind 2022", "vanaf medio 2021": the year all the same)
_SINCE = re.compile(
    r"\bsinds (?:(?:begin|eind|medio|half|halverwege) )?(\d{4})\b|\bvanaf (?:(?:begin|eind|medio|half|halverwege) )?(\d{4})\b"
)
_BETWEEN = re.compile(r"\b(?:tussen|van) (\d{4}) (?:en|tot( en met)?|t/m|naar) (\d{4})\b")
# How a question names a source: its kind, or the period in a letter's title.
_DOCUMENT = re.compile(r"\b(beslisnota|actieprogramma|voortgangsrapportage \d{4}(-\d{4})?|brief van \d{4})\b")
_LETTER_OVER = re.compile(r"\b(?:voortgangs)?(?:rapportage|brief|kamerbrief)\s+(?:over|van)\s+(\d{4}-\d{4})\b")
_ENGLISH = re.compile(r"\b(how|many|what|which|were|was|the|of|in the|robberies|burglaries|does|did|is there)\b")
_DUTCH = re.compile(r"\b(de|het|een|hoeveel|wat|welke|waren|zijn|er|van|wie|hoe|en|in)\b")


@dataclass(frozen=True)
class Question:
    """A question, analysed.

    Attributes:
        text: the question, whitespace-normalised.
        kind: figure, trend, list, definition, who, when or fact.
        metric: canonical metric (see index/metrics.py) or None.
        qualified: the metric is narrowed to a sub-count the tables do not hold.
        measure: realisatie, ambitie, doel or procentuele ontwikkeling.
        years: the years named, in order.
        since: first year of an open period ("sinds 2021").
        between: (first, last) year of a closed period.
        english: the question is in English.
        quantity: the question asks for a number ("hoeveel", "hoe hoog", "wat was het aantal").
        names: stand-alone proper names and acronyms the evidence must mention ("Rotterdam", "AJB").
        qualifier: the words that narrow the metric to a sub-count ("op woningen").
        documents: document kinds or years the question names ("beslisnota", "2021-2022").
    """

    text: str
    kind: QuestionKind
    metric: str | None = None
    qualified: bool = False
    measure: str = "realisatie"
    years: tuple[int, ...] = ()
    since: int | None = None
    between: tuple[int, int] | None = None
    english: bool = False
    quantity: bool = False
    names: tuple[str, ...] = field(default=())
    qualifier: str = ""
    documents: tuple[str, ...] = ()


def normalise(text: str) -> str:
    """Unicode NFC, no control characters, single spaces."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)
    return " ".join(text.split())


def analyse(text: str) -> Question:
    """Analyse a Dutch question."""
    text = normalise(text)
    low = text.lower()
    # a metric word inside a proper name ("Taskforce Overvallen", "Schadefonds
    # Geweldsmisdrijven") names an organisation, not the metric
    masked = _NAME_PHRASE.sub(lambda m: " " * len(m.group(0)), text).lower()
    base = next((name for name, pattern in BASE_METRICS if pattern.search(masked)), None)
    metric = base
    if base and _CLEARANCE.search(low):
        metric = f"ophelderingspercentage {base}"
    elif base and _RECIDIVE.search(low):
        metric = f"recidivepercentage {base}"
    measure = "realisatie"
    if _CHANGE.search(low):
        measure = "procentuele ontwikkeling"
    elif _AMBITION.search(low):
        measure = "ambitie"
    elif _TARGET.search(low) and _CLEARANCE.search(low):
        measure = "doel"
    # "volgens de brief van 2022" names a letter (its documents), not a year asked about
    # (and "de brief over 2024-2025" the letter over that period)
    years = tuple(int(y) for y in YEAR.findall(_LETTER_OVER.sub("brief", re.sub(r"\bbrief van (?=\d{4}\b)\d{4}", "brief", low))))
    since_match = _SINCE.search(low)
    between_match = _BETWEEN.search(low)
    since = int(next(g for g in since_match.groups() if g)) if since_match else None
    between = (int(between_match.group(1)), int(between_match.group(3))) if between_match else None

    first_word = low.split()[0] if low.split() else ""
    figure = _FIGURE.search(low)
    # "wat is het doel van X" asks for a purpose, unless X is a metric ("wat was het doel
    # voor het ophelderingspercentage"): then it asks for the target figure
    quantity = figure is not None and (bool(metric) or figure.group(0).split()[-1] not in ("ambitie", "doel"))
    # a terse keyword query ("straatroof 2022", "ophelderingspercentage overvallen 2020")
    # that names a metric asks for its figure; a period or "per jaar" asks for its trend
    keyword = bool(metric) and not text.rstrip().endswith("?") and len(low.split()) <= 7 and _only_figure_slots(low)
    if keyword and not (
        between
        or since
        or len(set(YEAR.findall(text))) >= 2
        or re.search(r"\bper jaar\b|\bverloop\b|\btrend\b|\bontwikkeling\b", low)
    ):
        quantity = True
    elif keyword and not between and len(set(YEAR.findall(text))) >= 2:
        ys = sorted(int(y) for y in set(YEAR.findall(text)))
        between = (ys[0], ys[-1])
    elif (
        metric
        and not text.rstrip().endswith("?")
        and len(low.split()) <= 7
        and len(set(YEAR.findall(text))) == 1
        and not re.match(rf"(?:{_ASKING})\b", low)
    ):
        # "straatroven eenheid den haag 2021": a figure of a sub-group, in a keyword query
        quantity = True
    kind: QuestionKind
    if first_word in ("welke", "welk", "noem") and not re.match(r"welke? leeftijd", low):
        kind = "list"
    elif first_word in ("wie", "door") and _WHO.search(low):
        kind = "who"
    elif first_word == "wanneer" or _WHEN.search(low):
        kind = "when"
    elif (
        metric
        and measure != "procentuele ontwikkeling"
        and (since or between or (_TREND.search(low) and not quantity) or (keyword and re.search(r"\bper jaar\b", low)))
    ):
        kind = "trend"
    elif metric and (quantity or measure != "realisatie"):
        kind = "figure"
    elif _DEFINITION.search(low) and not ATTRIBUTE.match(low):
        kind = "definition"
    elif quantity:
        kind = "figure"
    elif _LIST.search(low):
        kind = "list"
    else:
        kind = "fact"
    found = _QUALIFIED.search(low) if metric else None
    # the words that narrow the metric, without the metric word itself: "op woningen"
    qualifier = ""
    if found:  # whole words around the match: "op maaltijd" -> "op maaltijdbezorgers"
        start = low.rfind(" ", 0, found.start()) + 1
        end = low.find(" ", found.end())
        words = low[start : end if end > 0 else len(low)].strip("?.!").split()
        qualifier = " ".join(w for w in words if not any(p.search(w) for _, p in BASE_METRICS))
    english = len(_ENGLISH.findall(low)) >= 2 and len(_ENGLISH.findall(low)) > len(_DUTCH.findall(low))
    return Question(
        text=text,
        kind=kind,
        metric=metric,
        qualified=bool(qualifier) or bool(metric and re.search(r"\bin (?!de\b|het\b|een\b)[A-Z][a-z]+", text)),
        qualifier=qualifier,
        measure=measure,
        years=years,
        since=since,
        between=between,
        english=english,
        quantity=quantity,
        names=tuple(dict.fromkeys(a or b for a, b in _NAME.findall(text))),
        documents=tuple(
            dict.fromkeys(
                [
                    *(m.group(0) for m in _DOCUMENT.finditer(low)),
                    # "de brief over 2021-2022": the letter by the period in its title
                    *(f"voortgangsrapportage {m.group(1)}" for m in _LETTER_OVER.finditer(low)),
                ]
            )
        ),
    )


ELLIPTIC = re.compile(r"^(en|maar|wat met|hoe zit het met|hoe zat het met|idem)\b", re.I)


def rewrite_follow_up(text: str, previous: str) -> str | None:
    """The question an elliptic follow-up stands for, given the previous question:
    "En in 2022?" after "Hoeveel overvallen waren er in 2021?" -> "... in 2022?";
    "En straatroven?" -> the previous question with the metric replaced.

    Returns:
        The rewritten question, or None when ``text`` names no year and no metric to put in.
    """
    q = analyse(text)
    years = YEAR.findall(text)
    new_metric = _metric_word(text) if q.metric else None
    if not years and not new_metric:
        return None
    rewritten = previous
    if years:
        old = list(YEAR.finditer(previous))
        if old:
            # replace the previous question's years in order, in one pass
            pieces, last = [], 0
            for position, match in enumerate(old[: len(years)]):
                pieces += [previous[last : match.start()], years[position]]
                last = match.end()
            rewritten = "".join(pieces) + previous[last:]
        else:
            rewritten = re.sub(r"\?$", f" in {years[0]}?", rewritten)
    if new_metric:
        old_metric = _metric_word(previous)
        if q.qualified:
            # "En overvallen op woningen?": the narrowed phrase replaces the metric word
            new_metric = ELLIPTIC.sub("", text).strip(" ?.!")
        if old_metric:
            rewritten = rewritten.replace(old_metric, new_metric, 1)
    return rewritten


def only_slots(text: str) -> bool:
    """Does ``text`` hold nothing but years, at most one metric word and filler words?"""
    rest = YEAR.sub(" ", text.lower())
    word = _metric_word(rest)
    if word:
        rest = rest.replace(word.lower(), " ", 1)
    return not [w for w in re.findall(r"[\wà-ÿ'-]+", rest) if w not in _FILLER]


# temporal qualifiers of a year ("eind 2022") belong to the slot, not to a new subject
_TEMPORAL = "eind einde begin medio half helft eerste tweede ultimo per " + " ".join(MONTHS)
_FILLER = set(
    f"{_TEMPORAL} er waren was is zijn en in de het een van voor over ook nog dan jaar tot t/m met op idem maar wat".split()
)


def _metric_word(text: str) -> str | None:
    """The word in a follow-up that names a metric: "En straatroven?" -> "straatroven"."""
    low = text.lower()
    for _, pattern in BASE_METRICS:
        match = pattern.search(low)
        if match:
            start = low.rfind(" ", 0, match.start()) + 1
            end = low.find(" ", match.end())
            return text[start : end if end > 0 else len(text)].strip("?.!")
    return None


# words a keyword query for a figure may hold besides the metric and years
_FIGURE_SLOTS = set(
    (
        "aantal aantallen cijfer cijfers totaal ophelderingspercentage ophelderingspercentages opheldering recidive "
        "recidivepercentage tweejarige 2-jarige ambitie ambities doel doelen streefcijfer percentage procent realisatie "
        "actieprogramma brief kamerbrief rapportage voortgangsrapportage beslisnota volgens taskforce tfo in van de het "
        "per jaar tot t/m en vs versus landelijk nederland geregistreerd"
    ).split()
)


# the first word of a question that asks something other than a figure in words
_ASKING = (
    r"wat|welke?|wie|waarom|hoe|wanneer|waar\w*|is|zijn|was|waren|heeft|hebben|wordt|worden|werd|werden|kan|kunnen|"
    r"komt|gaat|geeft|noem|leg|beschrijf"
)


def _only_figure_slots(low: str) -> bool:
    """Does a keyword query hold only a metric, years and figure words ("straatroof 2022",
    "ophelderingspercentage overvallen 2019-2021")? Not "overvallen maaltijdbezorgers 2021"."""
    # ("ram- en plofkraken 2013": the elided first part of a compound belongs to the metric)
    for word in re.findall(r"[\wà-ÿ'/-]+", re.sub(r"\b[\wà-ÿ]+- en (?=\w)", "", low)):
        if YEAR.fullmatch(word) or re.fullmatch(r"(19|20)\d\d-(19|20)\d\d", word) or word in _FIGURE_SLOTS:
            continue
        if any(pattern.search(word) for _, pattern in BASE_METRICS):
            continue
        return False
    return True


# "in het afgelopen decennium", "de afgelopen vijf jaar": a range counted back from the
# last year the documents give
RECENT = re.compile(
    rf"\b(?:afgelopen|laatste|voorbije|achterliggende)\s+(?:(decennium|tien jaar)|(\d{{1,2}}|{NUMBER_WORD})\s+jaar)\b", re.I
)


# "op dit moment", "tot nu toe": the present the documents speak of, no subject of its own
NOW = re.compile(r"\b(?:op (?:dit|het) moment|tot (?:nu|op heden) toe|tot op heden|op heden|op dit ogenblik)\b", re.I)
# the present as a moment to compare with ("in 2022 en nu", "nu meer dan in 2018"): the
# state the most recent letter reports
PRESENT = re.compile(r"\b(?:nu|momenteel|tegenwoordig|heden|op (?:dit|het) moment|op dit ogenblik|huidige)\b(?! toe)", re.I)


# "vorig jaar en het jaar daarvoor", "dit jaar": years named relative to the present
_RELATIVE_YEAR = re.compile(
    r"\b(?:(?:in\s+)?(?:het\s+)?(vorig|vorige|afgelopen|dit|huidige)\s+jaar|(?:in\s+)?het\s+jaar\s+(?:daarvoor|ervoor))\b", re.I
)


def absolute_years(text: str, this_year: int) -> str:
    """``text`` with a year named relative to ``this_year`` written as that year: "hoeveel
    schade is vorig jaar en het jaar daarvoor verhaald" -> "... in 2025 en in 2024 ...".

    >>> absolute_years("hoeveel overvallen waren er vorig jaar en het jaar daarvoor", 2026)
    'hoeveel overvallen waren er in 2025 en in 2024'
    """
    last = this_year

    def year(match: re.Match[str]) -> str:
        nonlocal last
        word = (match.group(1) or "").lower()
        last = this_year if word in ("dit", "huidige") else this_year - 1 if word else last - 1
        return f"in {last}"

    return _RELATIVE_YEAR.sub(year, text)


def recent_years(text: str) -> int | None:
    """How many years back a question asks about ("afgelopen vijf jaar" -> 5), if it says.

    >>> recent_years("Hoe ontwikkelde het aantal plofkraken zich in het afgelopen decennium?")
    10
    >>> recent_years("aantal overvallen de laatste 3 jaar")
    3
    """
    found = RECENT.search(text)
    if found is None:
        return None
    if found.group(1):
        return 10
    count = found.group(2).lower()
    return int(count) if count.isdigit() else int(number_in_digits(count) or 0) or None
