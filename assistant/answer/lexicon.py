"""Lexicon: how a question's words may be matched in the documents' wording.

A user writes "inbraak in huizen" where a letter writes "woninginbraken", "hoeveel geld"
where it writes "middelen". Matching allows inflections (Dutch Snowball stems), compounds
(a stem inside a longer one, either way) and the ordinary Dutch synonyms below. The groups
are general Dutch, written from a thesaurus view of the subject field, not from questions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import Stemmer

_STEMMER = Stemmer.Stemmer("dutch")
MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
MONTH = "|".join(MONTHS)  # for patterns: r"\b(?:{MONTH})\b"
# a moment named without a year: "voor het kerstreces", "in het najaar", "het eerste kwartaal"
SEASON = (
    r"(?:voor|na|tijdens|rond|in|vóór|begin|eind|medio)\s+(?:het\s+|de\s+)?"
    r"(?:kerstreces|zomerreces|meireces|reces|zomer|najaar|voorjaar|winter|jaarwisseling|begrotingsbehandeling)"
    r"|\b(?:eerste|tweede|derde|vierde)\s+kwartaal|\b(?:eerste|tweede)\s+helft"
)

# plural nouns for the people of a crime, also as a compound's head ("plofkraakverdachten")
PEOPLE_NOUNS = "verdachten|daders|plegers|veroordeelden"

# adverbs that arrange or hedge what is asked ("respectievelijk het DOR en het DOL"): no subject
HEDGING_ADVERBS = (
    "respectievelijk bijvoorbeeld uiteindelijk voornamelijk hoofdzakelijk overigens eveneens tevens nagenoeg "
    "vrijwel ruwweg concreet specifiek uitsluitend afzonderlijk"
)

# Groups of words a user may choose instead of the documents' wording.
SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("woning", "huis", "huizen", "woonhuis", "thuis", "pand"),
    ("inbraak", "inbraken", "inbreken", "inbreker", "ingebroken"),
    ("straatroof", "straatroven", "beroving", "beroofd", "overval op straat"),
    (
        "stijging",
        "toename",
        "gestegen",
        "toegenomen",
        "stijgen",
        "toenemen",
        "groei",
        "gegroeid",
        "hoger",
        "meer",
        "steeg",
        "stegen",
        "stijgt",
        "groeide",
    ),
    (
        "daling",
        "afname",
        "gedaald",
        "afgenomen",
        "dalen",
        "afnemen",
        "teruggelopen",
        "teruggang",
        "lager",
        "minder",
        "daalde",
        "daalden",
        "daalt",
        "nam af",
    ),
    ("geld", "budget", "middelen", "financiering", "gefinancierd", "bedrag", "euro", "miljoen", "subsidie", "investering"),
    ("kosten", "kost", "uitgaven", "bedrag"),
    ("jongeren", "jeugd", "jongere", "jeugdigen", "jongvolwassenen", "tieners"),
    ("minderjarig", "minderjarigen", "onder de 18"),
    ("dader", "daders", "pleger", "plegers", "verdachte", "verdachten", "delinquent", "overvaller", "overvallers"),
    ("slachtoffer", "slachtoffers", "gedupeerde", "gedupeerden", "benadeelde"),
    ("gemeente", "gemeenten", "gemeentes", "lokale overheid"),
    ("winkel", "winkels", "winkelier", "winkeliers", "detailhandel", "retail"),
    ("ondernemer", "ondernemers", "bedrijf", "bedrijven", "bedrijfsleven", "onderneming", "ondernemingen"),
    ("aanpak", "bestrijding", "bestrijden", "aanpakken", "tegengaan", "tegen te gaan"),
    ("doel", "doelstelling", "doelen", "ambitie", "streven", "streefcijfer", "beoogd", "beogen"),
    ("resultaat", "resultaten", "effect", "effecten", "uitkomst", "uitkomsten", "opbrengst", "opgeleverd"),
    ("onderzoek", "studie", "evaluatie", "rapport", "analyse", "onderzocht"),
    ("camera", "cameras", "camera's", "cameratoezicht", "camerabeelden"),
    ("explosief", "explosieven", "explosie", "explosies", "ontploffing", "bom", "bommen"),
    ("geldautomaat", "geldautomaten", "pinautomaat", "pinautomaten", "atm"),
    ("gevangenisstraf", "celstraf", "straf", "straffen", "detentie", "strafmaat"),
    ("minister", "ministerie", "kabinet", "regering", "bewindspersoon"),
    ("kamer", "parlement", "kamerleden"),
    ("start", "begin", "gestart", "begonnen", "opgericht", "ingesteld", "opgezet", "gelanceerd"),
    ("einde", "eind", "beëindigd", "gestopt", "afgerond", "afloop"),
    ("project", "programma", "initiatief", "pilot", "proef"),
    ("heling", "heler", "helers", "gestolen goederen"),
    ("preventie", "voorkomen", "voorkoming", "preventief", "preventieve"),
    ("recidive", "herhaling", "terugval", "recidiveren", "herhaald"),
    ("online", "digitaal", "digitale", "internet", "cyber"),
    ("telefoon", "telefoons", "mobiel", "mobieltje", "smartphone"),
    ("samenwerking", "samenwerken", "samen", "partners", "partnerschap"),
    ("afspraak", "afspraken", "convenant", "overeenkomst"),
    ("deelnemers", "deelnemer", "deelgenomen", "deelname", "meegedaan"),
    ("opheldering", "ophelderingspercentage", "opgehelderd", "opgelost", "oplossen"),
    ("brief", "kamerbrief", "rapportage", "voortgangsrapportage"),
    ("vuurwerk", "vuurwerkbom", "vuurwerkbommen", "cobra"),
    ("wapen", "wapens", "vuurwapen", "vuurwapens", "mes", "messen"),
    ("training", "trainingen", "cursus", "cursussen", "opleiding"),
    ("gevolg", "gevolgen", "consequentie", "consequenties"),
    ("wet", "wetgeving", "wetsvoorstel", "regelgeving", "wettelijk", "wettelijke"),
    ("verplicht", "verplichte", "verplichting", "plicht", "verplichten"),
    ("campagne", "campagnes", "voorlichting", "voorlichtingscampagne", "publiekscampagne"),
    ("politie", "agent", "agenten", "politieagent", "politieagenten"),
    ("toezicht", "controle", "controles", "handhaving", "controleren"),
    ("oudere", "ouderen", "senioren", "senior", "bejaarden"),
    ("uitbreiding", "uitgebreid", "uitbreiden", "opschaling", "opgeschaald"),
    ("verlenging", "verlengd", "verlengen", "voortzetting", "voortgezet", "voortzetten"),
    ("risico", "risico's", "gevaar", "gevaren"),
    ("registratie", "registreren", "geregistreerd", "vastleggen", "vastgelegd"),
    ("reden", "redenen", "oorzaak", "oorzaken", "aanleiding", "verklaring"),
    ("financieel", "financiële", "budgettair", "budgettaire"),
    ("leerling", "leerlingen", "scholier", "scholieren"),
    ("gevangenis", "gevangenissen", "detentie", "gedetineerd", "gedetineerde", "gedetineerden", "gevangene", "gevangenen"),
    ("versturen", "verstuurd", "verzenden", "verzonden", "sturen", "gestuurd", "toezenden", "toegezonden"),
    ("indienen", "ingediend", "aanhangig"),
    ("aanhouding", "aanhoudingen", "aangehouden", "arrestatie", "arrestaties", "gearresteerd", "opgepakt"),
    ("departement", "departementen", "ministerie", "ministeries"),
    ("ondertekenen", "ondertekend", "getekend", "tekenen", "ondertekenaar"),
    ("strafeis", "strafeisen", "strafmaat", "strafhoogte", "geëist"),
    ("kunstmatig", "kunstmatige", "artificieel", "artificiële"),
    ("gewoon", "gewone", "standaard", "regulier", "reguliere", "normaal", "normale", "gebruikelijk", "gebruikelijke"),
    ("methode", "werkwijze", "manier", "aanpak", "procedure"),
    ("reageren", "reactie", "opvolging", "opvolgen", "afhandeling", "afhandelen"),
    ("melding", "meldingen", "alarmering", "alarmeringen", "signaal", "signalen"),
    ("aangepast", "aanpassen", "gewijzigd", "wijzigen", "veranderd", "veranderen", "herzien"),
    ("verminderen", "vermindering", "terugdringen", "terugdringing", "reduceren", "reductie", "verlagen", "beperken"),
    ("ondersteunen", "ondersteuning", "ondersteund", "steunen", "steun", "gesteund"),
    ("gebruik", "gebruiken", "gebruikt", "toepassing", "toepassen", "toegepast"),
    ("plan", "plannen", "voornemen", "voornemens", "voorgenomen"),
    ("overleg", "overleggen", "beraad", "bespreking", "besprekingen"),
    ("school", "scholen", "onderwijs", "basisschool", "basisscholen"),
)


def stem(word: str) -> str:
    return _STEMMER.stemWord(word.lower())


# prefixes a Dutch verb separates, with "ge" after them in its participle ("aangehouden")
SEPARABLE = "in|uit|aan|op|af|toe|door|mee|over|terug|voor|na|om|bij"

# Forms of common strong and irregular Dutch verbs (general Dutch), each read as its
# infinitive before stemming, so that "liep" matches "loopt" and "steeg" "stijgt": Snowball
# stems these apart. (Forms that are also common nouns or adjectives, "loop", "val", "staat",
# "laat", "afspraken", and "houdt" of "wat houdt X in", are left out.)
_STRONG_VERBS = """
lopen loopt liep liepen gelopen | gaan gaat ging gingen gegaan | komen komt kwam kwamen gekomen
nemen neem neemt nam namen genomen | staan stond stonden gestaan | zien ziet zag zagen gezien
blijven blijf blijft bleef bleven gebleven | doen doet deed deden gedaan
krijgen krijg krijgt kreeg kregen gekregen | geven geef geeft gaf gaven gegeven | brengen breng brengt bracht brachten gebracht
vinden vindt vond vonden gevonden | zitten zat zaten gezeten | liggen ligt lag gelegen | trekken trekt trok trokken getrokken
schrijven schrijft schreef schreven geschreven | stijgen stijgt steeg stegen gestegen | bieden biedt geboden
sluiten sluit sloot sloten gesloten | kiezen kiest koos kozen gekozen | beginnen begint begon begonnen
vallen valt viel vielen gevallen | slaan slaat sloeg sloegen geslagen | zoeken zoekt zocht zochten gezocht
kopen koopt kocht kochten gekocht | dragen draagt droeg droegen gedragen | verliezen verliest verloor verloren
winnen wint wonnen gewonnen | laten liet lieten gelaten | treden treedt trad traden getreden
spreken spreekt sprak gesproken | denken denkt dacht dachten gedacht | bestaan bestaat bestond bestonden
ontstaan ontstaat ontstond ontstonden | verlopen verloopt verliep verliepen | ontvangen ontvangt ontving ontvingen
verkrijgen verkrijgt verkreeg verkregen | onderzoeken onderzoekt onderzocht onderzochten
"""
VERB_FORMS = {form: forms.split()[0] for forms in _STRONG_VERBS.replace("\n", " | ").split("|") for form in forms.split()[1:]}


def infinitive(word: str) -> str:
    """A strong verb's form as its infinitive ("liep" -> "lopen", "toegenomen" -> "toenemen");
    any other word as it is."""
    if word in VERB_FORMS:
        return VERB_FORMS[word]
    prefix = re.match(rf"({SEPARABLE})(\w{{3,}})$", word)
    if prefix and prefix.group(2) in VERB_FORMS:
        return prefix.group(1) + VERB_FORMS[prefix.group(2)]  # "toegenomen": "toe" + "nemen"
    return word


@lru_cache(maxsize=65536)
def normal(stem: str) -> str:
    """One spelling for the forms of a verb the stemmer keeps apart: a final d as t
    ("vertegenwoordigd" ~ "vertegenwoordigt")."""
    if len(stem) >= 7 and stem.endswith("d") and not stem.endswith(("heid", "nd", "ld", "rd")):
        stem = stem[:-1] + "t"
    return stem


def word_stem(word: str) -> str:
    """The stem a question or a passage word is matched by (``evidence.terms`` per word):
    lower case, a plural -s dropped (Snowball keeps it after a vowel, "percentages"),
    Snowball, one spelling for a final d/t."""
    word = infinitive(word.lower().replace("’", "").replace("'", ""))
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss") and not word[-2].isdigit():
        word = word[:-1]
    return normal(_STEMMER.stemWord(word))


def _stems(phrase: str) -> tuple[str, ...]:
    return tuple(word_stem(w) for w in re.findall(r"[\wà-ÿ']+", phrase.lower()))


# stem -> the stems of every word of every group it belongs to (single-word entries only)
SYNONYMS: dict[str, frozenset[str]] = {}
for _group in SYNONYM_GROUPS:
    _members = {s for word in _group for s in _stems(word) if len(_stems(word)) == 1}
    for _member in _members:
        SYNONYMS[_member] = SYNONYMS.get(_member, frozenset()) | frozenset(_members)


# "twee" .. "twintig" -> "2" .. "20" (one, "een", is also the article: left out)
_NUMBER_WORDS = {
    word: str(n)
    for n, word in enumerate(
        "nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien "
        "achttien negentien twintig".split()
    )
    if n >= 2
}
NUMBER_WORD = "|".join(_NUMBER_WORDS)  # for patterns: r"\b(?:{NUMBER_WORD})\b"
_COUNTS = {stem(w): d for w, d in _NUMBER_WORDS.items()} | _NUMBER_WORDS  # word or its stem -> digits


# a year of an earlier century, after a word of time ("sinds 1886"; without one, a four-digit
# number before 1900 is more often a count)
EARLIER_YEAR = r"(?:(?<=sinds )|(?<=vanaf )|(?<=in )|(?<=tot )|(?<=rond )|(?<=uit ))1[5-8]\d\d"


def number_in_digits(word: str) -> str | None:
    """ "vijf" -> "5"; None for a word that is no number."""
    return _NUMBER_WORDS.get(word.lower())


_COUNT_WORDS = {d: w for w, d in _NUMBER_WORDS.items()}  # digits -> word
_NUMBER_COMPOUND = re.compile(rf"^({'|'.join(_NUMBER_WORDS)})(\w{{3,}})$|^(\d{{1,2}})-(\w{{3,}})$")

_PARTICIPLE = re.compile(rf"^({SEPARABLE})ge(\w{{4,}})$")
_SEPARABLE_PARTICIPLE = re.compile(rf"^({SEPARABLE})ge(\w{{3,}})$")


def alternatives(term: str) -> frozenset[str]:
    """``term`` and the stems of its synonyms; a compound with a number is also spelled with
    the digit ("tweejarig" ~ "2-jarig")."""
    out = SYNONYMS.get(term, frozenset()) | {term}
    if term in _COUNTS:
        out |= {_COUNTS[term]}  # "dertien" ~ "13"
    elif term in _COUNT_WORDS:
        out |= {_COUNT_WORDS[term]}
    number = _NUMBER_COMPOUND.match(term)
    if number and number.group(1):
        out |= {f"{_NUMBER_WORDS[number.group(1)]}-{number.group(2)}"}
    elif number and number.group(3) in _COUNT_WORDS:
        out |= {f"{_COUNT_WORDS[number.group(3)]}{number.group(4)}"}
    return out


def covered(term: str, stems: Iterable[str]) -> bool:
    """Is question stem ``term`` accounted for by ``stems`` (a sentence, its section or its
    labels): the same stem, a synonym, or a compound holding one of them
    ("inbrak" in "woninginbrak", "woninginbrak" holding "inbrak")?"""
    pool = set(stems)
    options = alternatives(term)
    if options & pool:
        return True
    # the evidence's participle matches the question's noun or verb: "ingezet" ~ "inzet"
    if any(_unparticiple(p) in options for p in pool):
        return True
    parts = [p for p in term.split("-") if len(p) >= 2]
    if len(parts) > 1 and all(covered(p, pool) for p in parts):
        return True  # "mbo-studenten" where the text says "studenten (mbo-opleidingen ...)"
    # a participle matches its verb's other forms: "aangehouden" ~ "aanhouding"
    participle = _PARTICIPLE.match(term)
    if participle:
        options = options | frozenset({participle.group(1) + participle.group(2)})
    # a verb's stem spells its vowel singly or doubled ("combiner" of "combineren",
    # "gecombineerd"): compare with single vowels
    for option in {single_vowels(o) for o in options}:
        if len(option) < 4:
            continue
        for candidate in map(single_vowels, pool):
            if len(candidate) >= 4 and (option in candidate or (len(candidate) >= 5 and candidate in option)):
                return True
    return False


@lru_cache(maxsize=65536)
def _unparticiple(stem: str) -> str | None:
    """A separable verb's participle without its "ge": "ingezet" -> "inzet"."""
    match = _SEPARABLE_PARTICIPLE.match(stem)
    return match.group(1) + match.group(2) if match else None


@lru_cache(maxsize=65536)
def single_vowels(stem: str) -> str:
    """``stem`` with doubled vowels written once ("gecombineerd" -> "gecombinerd") and a
    verb's final d written t ("vertegenwoordigd" ~ "vertegenwoordigt")."""
    if len(stem) >= 7 and stem.endswith("d"):
        stem = stem[:-1] + "t"
    return re.sub(r"([aeou])\1", r"\1", stem)


PREPOSITIONS = {
    "op",
    "in",
    "bij",
    "onder",
    "tegen",
    "door",
    "per",
    "uit",
    "zonder",
    "binnen",
    "buiten",
    "naar",
    "over",
    "met",
    "van",
    "voor",
    "rond",
    "rondom",
    "tijdens",
    "vanuit",
}
_DETERMINERS = {
    "de",
    "het",
    "een",
    "die",
    "deze",
    "dit",
    "dat",
    "zijn",
    "haar",
    "hun",
    "uw",
    "alle",
    "elke",
    "ieder",
    "iedere",
    "welke",
    "welk",
    # quantifiers stand where an article does: "over de verschillende rapportages"
    "verschillende",
    "diverse",
    "meerdere",
    "beide",
    "andere",
    "enkele",
    "sommige",
}
_TEMPORAL = {
    "eind", "einde", "begin", "medio", "halverwege", *MONTHS, "jaar", "jaren", "periode",
    "voorgaande", "vorige", "afgelopen", "eerdere", "komende", "volgende", "laatste",
}  # fmt: skip
_COPULAS = {"is", "zijn", "was", "waren"}
_COUNTING = {"hoeveel", "welk", "welke", "wat"}
# a past participle ("geregistreerd", "aangehouden", "opgelost") tells what was done, not what
# the counted are
_DONE = re.compile(r"^(?:\w{0,5}?ge\w+[dtn]|\w+(?:eerd|eerde))$")
_QUESTION_WORDS = {
    "hoeveel",
    "hoe",
    "wat",
    "welke",
    "welk",
    "wie",
    "wiens",
    "wier",
    "wanneer",
    "waarom",
    "waar",
    "waarvoor",
    "waardoor",
    "is",
    "zijn",
    "was",
    "waren",
    "aantal",
}


def anchors(text: str, metric_patterns: Iterable[re.Pattern[str]] = ()) -> list[tuple[str, str]]:
    """The words a question is *about*, which evidence must account for: proper names and
    acronyms ("Den Haag", "RIO's"), the noun of a prepositional phrase ("op supermarkten",
    "bij winkels", "onder jongeren") and a word right before a metric ("gewapende
    overvallen"). Verbs, question words and years are not anchors.

    Returns:
        (word as typed, its stem) pairs, in order.
    """
    tokens = re.findall(r"[\wà-ÿ'’-]+", text)
    patterns = list(metric_patterns)
    out: list[tuple[str, str]] = []
    for i, word in enumerate(tokens):
        low = word.lower()
        chosen = None
        if i > 0 and (word[0].isupper() or sum(c.isupper() for c in word) >= 2) and not re.match(r"^\d", word):
            chosen = word
        elif low in PREPOSITIONS:
            j = i + 1
            while j < len(tokens) and tokens[j].lower() in _DETERMINERS:
                j += 1
            asked = any(t.lower() in ("welke", "welk") for t in tokens[i + 1 : j])  # "met welke branches": the question's focus
            # "voor het plegen van aanslagen": a verb made noun frames the noun after "van"
            frame = (
                j + 1 < len(tokens)
                and tokens[j - 1].lower() == "het"
                and tokens[j].lower().endswith("en")
                and tokens[j + 1].lower() == "van"
            )
            if (
                j < len(tokens)
                and not frame
                and not asked
                and tokens[j].lower() not in _TEMPORAL
                and not re.match(r"^(19|20)\d\d$|^\d", tokens[j])
                and tokens[j].lower() not in _QUESTION_WORDS
            ):
                chosen = tokens[j]
        elif (
            i + 1 < len(tokens)
            and low not in _QUESTION_WORDS | _DETERMINERS | PREPOSITIONS
            and any(p.search(tokens[i + 1].lower()) for p in patterns)
        ):
            chosen = word
        elif (
            i == len(tokens) - 1
            and i >= 2
            and tokens[i - 1].lower() in _COPULAS
            and tokens[0].lower() in _COUNTING
            and not _DONE.match(low)
            and len(low) > 3
            and low not in _QUESTION_WORDS | _TEMPORAL
        ):
            chosen = word  # what the counted are: "hoeveel van de verdachten waren minderjarig"
        if chosen:
            clean = chosen.replace("’", "").replace("'", "")
            stemmed = word_stem(clean)
            if (chosen, stemmed) not in out:
                out.append((chosen, stemmed))
    return out
