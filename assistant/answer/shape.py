"""Question shape: the parts of a question, the type of answer each part expects, and
whether it compares figures.

>>> split_parts("Hoeveel overvallen waren er in 2023 en hoeveel in 2025?")
['Hoeveel overvallen waren er in 2023?', 'Hoeveel overvallen waren er in 2025?']
>>> answer_type("Waarom startte de campagne in juni?")
'reason'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from assistant.answer.lexicon import MONTH, PREPOSITIONS
from assistant.answer.question import ATTRIBUTE, DEFINED_HOW, ELLIPTIC, PRESENT, analyse, only_slots, rewrite_follow_up

AnswerType = Literal[
    "trend",
    "number",
    "amount",
    "share",
    "date",
    "agent",
    "list",
    "reason",
    "method",
    "purpose",
    "definition",
    "comparison",
    "yesno",
    "fact",
]

_QUESTION_WORD = (
    r"hoeveel|hoe|wat|welke|welk|wie|wanneer|waarom|waar|waarvoor|waardoor|waarmee|in welk|op welke|met welk|door wie|"
    r"is|zijn|was|waren|heeft|hebben|wordt|worden|kan|kunnen|gaat|komt"
)
_LEAD = r"(?:(?:over|om|in|met|voor|door|bij|naar|van|tot|op|uit|aan)\s+)?"
# "... en hoeveel in 2025", "..., over hoeveel gemeenten ...", "...; wanneer ...": a second
# question joined to the first
_JOINED = re.compile(
    rf"(?:,|;)?\s+(?:en|of)\s+(?={_LEAD}(?:{_QUESTION_WORD})\b)|[,;]\s+(?={_LEAD}(?:{_QUESTION_WORD})\b)", re.IGNORECASE
)
# "..., wat houdt dat in?": what the words before it name, asked about
_OF_IT = re.compile(r"^wat (?:houdt|is|betekent|zijn) (?:dat|dit|die|deze|het)\b(?: in)?\??$", re.IGNORECASE)
# "hoeveel zijn aangesloten op respectievelijk het DOR en het DOL": one question asked of two things
_RESPECTIVELY = re.compile(r"^(?P<pre>.+?)\s+respectievelijk\s+(?P<a>.+?)\s+en\s+(?P<b>[^?]+?)\??$", re.IGNORECASE)
# "Campagne Stop Heling 2022: in welke periode ..., hoe vaak ...": a topic the parts share
_TOPIC = re.compile(rf"^([^?:]{{3,90}}):\s+(?={_LEAD}(?:{_QUESTION_WORD})\b)", re.IGNORECASE)
# "1. Hoeveel ...", "a) wanneer ...": an item marker; "1)" and "a)" also before a small letter
_NUMBERED = re.compile(
    r"(?:^|\s)(?:\d{1,2}[.)]|[a-h][.)]|(?i:vraag) \d{1,2}[:.])\s+(?=[A-Z])|(?:^|\s)(?:\d{1,2}|[a-h])\)\s+(?=[a-z])"
    rf"|(?:^|\s)(?:\d{{1,2}}|[a-h])\.\s+(?=(?i:{_LEAD}(?:{_QUESTION_WORD}|of)\b))"
)
# "..., wat is het verschil", "..., hoeveel verschil": asks the difference of the part before
_DIFFERENCE_ONLY = re.compile(
    r"^(?:(?:wat|hoe groot|hoeveel) (?:is|was) |hoeveel )?(?:het |de )?(?:verschil|toename|afname|stijging|daling)\??$", re.I
)
# the formal lead-in of a list of questions: it names a subject at most
_LEAD_IN = re.compile(
    r"^(?:kan (?:er )?worden aangegeven\s*|(?:kan|kunt|wil|wilt|zou|is|bent)\s+(?:de minister(?: van [\w ]+?| voor \w+)?|de staatssecretaris|het kabinet|u)\s+"
    r"(?:bereid\s+)?(?:de kamer\s+)?"
    r"(?:aan\s*geven|aangeven|te informeren|informeren|toelichten|uiteenzetten|mededelen|ingaan op|in te gaan op|reageren op)?\s*"
    r"(?:over\s+)?"
    r"|(?:schriftelijke\s+)?vragen(?: van het lid(?: [^:]*?)?)?\s+(?:over|inzake|betreffende|naar aanleiding van|n\.a\.v\.)\s+"
    r"|(?:schriftelijke\s+)?(?:kamer)?vragen\s*$|met betrekking tot\s+|(?:in vervolg op|naar aanleiding van)\s+[^:]*(?::|$)\s*)"
    r"|[,:]?\s*(?:(?:en )?in het bijzonder|te weten|het volgende|als volgt)?\s*[:.]?$",
    re.IGNORECASE,
)
# "en hoeveel maakten er gebruik van ...": a count whose noun is left out
_COUNT_WITHOUT_NOUN = re.compile(
    r"^hoeveel\s+(?=(?:is|zijn|was|waren|heeft|hebben|maakt\w*|maken|werd|werden|wordt|worden|kwam\w*|deden|doen|nam\w*|nemen|"
    r"gebruik\w*|sta\w*|stonden|er)\b)",
    re.IGNORECASE,
)
# Formal openings of parliamentary questions that carry no content of their own.
_OPENING = re.compile(
    r"^(?:kunt u|kan de minister|wilt u|zou u)\s+(?:aangeven|toelichten|uiteenzetten|vertellen|zeggen|"
    r"meedelen|bevestigen|verduidelijken|specificeren)\s*(?:,\s*)?(?:of\s+)?",
    re.IGNORECASE,
)


def split_parts(text: str) -> list[str]:
    """The sub-questions of ``text``, each readable on its own.

    Splits at question marks followed by more text, at numbered items ("1.", "a)") and at a
    second question word joined by "en"/"of"/";" ("... in 2023 en hoeveel in 2025?"). An
    elliptic part borrows its subject from the part before it, the way a follow-up does.
    """
    return [part for group in split_groups(text) for part in group]


def split_groups(text: str) -> list[list[str]]:
    """The sub-questions of ``text`` grouped the way the asker numbered them: the clauses
    of one numbered item ("2. Hoeveel mentoren zijn actief en om hoeveel fte gaat het?")
    form one group, answered under one number; without numbering every part is a group."""
    text = " ".join(text.split())
    sentences, items, asking, intro = _read_parts(text)
    parts: list[str] = []
    groups: list[list[str]] = []
    for sentence in asking or sentences:
        # a numbered item starts a group; a sentence after it in the same item joins it
        numbered = bool(items) and (sentence in items or not groups)
        group_start = len(parts)
        topic = _TOPIC.match(sentence)
        body = sentence[topic.end() :] if topic else sentence
        clauses = [c.strip(" ,;") for c in _JOINED.split(body)]
        # "welke datum en welk kenmerk heeft X", "waar en wanneer is X gestart, en ...": a
        # clause too short to stand alone is one question with the next one, not a part of
        # its own; after a topic ("Offensief: wanneer opgericht, wie ...") two words do stand
        if len(clauses) > 1 and len(clauses[0].split()) <= (1 if topic else 3):
            clauses = [f"{clauses[0]} en {clauses[1]}", *clauses[2:]]
        if any(_OF_IT.match(c) for c in clauses[1:]):
            clauses = [body]  # "liveview bij de politie, wat houdt dat in": one question about it
        clauses = [each for clause in clauses for each in _respectively(clause)]
        for clause in clauses:
            if parts and _DIFFERENCE_ONLY.match(clause):
                # "X 2024 vs 2025, wat is het verschil": the difference of what was just named
                parts[-1] = f"{parts[-1].rstrip('?')}, {clause.rstrip('?')}?"
                continue
            if len(clause.split()) < 2 and parts:
                parts[-1] = f"{parts[-1].rstrip('?')} {clause}".strip()
                continue
            if not clause.endswith("?") and (sentence.endswith("?") or sentence in items):
                clause = clause.rstrip(".") + "?"
            # within a numbered item, a clause points back to the item's first clause
            first = parts[group_start] if items and len(parts) > group_start else parts[0] if parts else ""
            if topic:
                clause = f"{topic.group(1)}: {clause}"
            elif parts:
                clause = _borrow(clause, parts[-1], first)
            if intro and not analyse(clause).metric and not analyse(clause).names:
                clause = f"{clause.rstrip('?')} ({intro})?"  # the introduction names the subject
            parts.append(clause[0].upper() + clause[1:] if clause else clause)
            if items and groups and (not numbered or len(parts) - 1 > group_start):
                groups[-1].append(parts[-1])  # a further clause of the same numbered item
            else:
                groups.append([parts[-1]])
    return groups if len(parts) > 1 else [[text]]


def introduction(text: str) -> str:
    """The introduction of a multi-part question ("Vragen over X: 1. ... 2. ..." -> "X"),
    "" when it has none; ``split_groups`` adds it to a part that names no subject of its own,
    as " (X)?"."""
    return _read_parts(text)[3]


def without_introduction(part: str, intro: str) -> str | None:
    """``part`` without the introduction ``split_groups`` added to it, None when it has none.
    The introduction may also sit inside a subject borrowed from the part before ("In
    hoeveel gemeenten (zijn RIO's actief (X)) (X)?")."""
    added = f" ({intro})"
    return part.replace(added, "") if intro and added in part else None


def _read_parts(text: str) -> tuple[list[str], set[str], list[str], str]:
    """``text``'s sentences, those that open a numbered item, those that ask something, and
    the introduction the others make."""
    text = " ".join(text.split())
    pieces = [p for p in _NUMBERED.split(text) if p.strip()] if _NUMBERED.search(text) else [text]
    sentences: list[str] = []
    items: set[str] = set()  # what follows an item marker is a question, whatever its first word
    starts_with_item = bool(_NUMBERED.match(text))
    for number, piece in enumerate(pieces):
        found = [re.sub(r"[\s,;]+(?:en|of)?$", "", s.strip()) for s in re.findall(r"[^?]+\?|[^?]+$", piece) if s.strip(" ?.")]
        sentences += found
        if len(pieces) > 1 and (number > 0 or starts_with_item) and found:
            items.add(found[0])
    # a line that asks nothing ("Vragen van het lid X over Y.") is an introduction, not a part
    # before numbered items, a sentence that is no question itself only leads in ("Kan worden aangegeven")
    lead = set() if not items or starts_with_item else {s for s in sentences if s not in items and not s.endswith("?")}
    asking = [
        s
        for s in sentences
        if s in items
        or (
            s not in lead
            and not s.rstrip().endswith(":")
            and (s.endswith("?") or re.match(rf"(?:{_QUESTION_WORD})\b", core(s), re.IGNORECASE))
        )
    ]
    intro = (
        " ".join(
            _LEAD_IN.sub("", chunk.strip()).strip(" .:,") for s in sentences if s not in asking for chunk in s.split(":")
        ).strip()
        if asking
        else ""
    )
    # ("Vragen over woninginbraken:" names a subject in one word; "Vragen:" none)
    intro = intro if len(intro.split()) >= 2 or len(intro) >= 5 else ""
    return sentences, items, asking, intro


def _respectively(clause: str) -> list[str]:
    """ "Hoeveel zijn aangesloten op respectievelijk het DOR en het DOL?": the question asked of
    each thing in turn; any other clause as it is."""
    match = _RESPECTIVELY.match(clause)
    if match is None:
        return [clause]
    return [f"{match.group('pre')} {match.group(side)}?" for side in ("a", "b")]


# a pronoun standing for an earlier subject: "ze", or "het"/"dit"/... before a verb or at
# the end ("wanneer is het gestart"), not the article of a noun ("het kosten-batenonderzoek")
_PRONOUN = re.compile(
    r"\b(ze|zij|hij|hen|hun)\b|\b(het|dit|deze|die|dat)\b(?=\s+(?:is|zijn|was|waren|wordt|worden|werd|werden|heeft|hebben|kan|kunnen|"
    r"gaat|gaan|komt|gestart|begonnen|ingevoerd|opgericht|bedoeld|gericht)\b|\s*[?,.]|$)"
)

# "wat is de reden van de stijging": the change of what an earlier part counted
_CHANGE_BACK = re.compile(r"\b(?:de|deze|die|dit|die) (?:stijging|daling|toename|afname|ontwikkeling|verandering|groei)\b")

# "wanneer moest die ...", "wat meet dat apparaat", "in welke week wordt die ...": a
# demonstrative right after the verb is the subject, named in an earlier part
_DEMONSTRATIVE_SUBJECT = re.compile(
    rf"{_LEAD}(?:wat|wanneer|hoe|waar\w*|wie|(?:welke?|hoeveel) \w+)\s+\w+\s+(?:die|dat|deze|dit)\b", re.I
)


# a part that asks for a measure of figures without naming a crime: "wat was de ambitie"
_MEASURE_ONLY = re.compile(
    r"\b(ambitie\w*|doelstelling\w*|streefcijfer\w*|ophelderingspercentage\w*|recidivepercentage\w*)\b", re.I
)


def _borrow(clause: str, previous: str, first: str) -> str:
    """A later part that leaves its subject out takes it from the part before: "... en
    hoeveel in 2025?" the metric and the rest, "... en wanneer is het gestart?" the name."""
    slot = _COUNT_SLOT_ONLY.match(clause.strip())
    earlier = core(previous).rstrip("?")
    tail = _SOURCE_TAIL.search(earlier) or _PERIOD_TAIL.search(earlier)
    if slot and tail and (not slot.group(1) or re.search(rf"\bhoeveel {re.escape(slot.group(1))}\b", earlier, re.I)):
        # "In hoeveel gemeenten liep AJB volgens de brief van eind 2022, en in hoeveel in
        # 2024-2025?": the earlier question with its period or source replaced
        new = slot.group(2)
        pointer = re.match(r"volgens (?:die|dat|deze) van\b", new, re.I)
        source = re.match(r"\s+(volgens\s+\S+\s+\S+)\s+van\b", tail.group(0), re.I)
        if pointer and source:
            new = f"{source.group(1)} van{new[pointer.end() :]}"  # "volgens die van 2022": that document's
        return f"{earlier[: tail.start()]} {new}?"
    counted = re.match(r"hoeveel\s+(.+?)\s+(?:is|zijn|was|waren|heeft|hebben|werd|werden|wordt|worden)\b", core(previous), re.I)
    if _COUNT_WITHOUT_NOUN.match(clause) and counted:
        return _COUNT_WITHOUT_NOUN.sub(f"Hoeveel {counted.group(1)} ", clause)
    # "Hoeveel straatroven waren er in 2024, en hoeveel fietsdiefstallen?": after a count of
    # crimes, the same question about another kind ("Hoeveel RIO's zijn actief en hoeveel
    # fte?" and "..., en in hoeveel gemeenten?" ask about the first part's subject; see below)
    other = re.fullmatch(r"hoeveel\s+([\w-]+)\??", clause.strip(), re.IGNORECASE)
    if other and counted and analyse(previous).metric:
        asked = core(previous)
        return f"Hoeveel {other.group(1)}{asked[counted.end(1) :]}"
    bare = re.sub(rf"^(?:{_QUESTION_WORD})\b\s*", "", clause, flags=re.IGNORECASE)
    # ("... en hoeveel woninginbraken waren er in 2025": a question of its own, crime and all)
    whole = bare != clause and analyse(clause).metric and not ELLIPTIC.match(clause)
    if ELLIPTIC.match(clause) or (only_slots(bare.rstrip("?")) and not whole):
        rewritten = rewrite_follow_up(clause, previous)
        if rewritten:
            return rewritten
    mine, theirs = analyse(clause), analyse(first)
    if not mine.metric and not mine.names and _MEASURE_ONLY.search(clause) and analyse(previous).metric:
        # "... en wat was de ambitie voor dat jaar": the measure of the crimes just asked about
        asked = re.sub(rf"^(?:klopt het dat\s+|(?:{_QUESTION_WORD})\b\s*)", "", core(previous).rstrip("?"), flags=re.I)
        return f"{clause.rstrip('?')} ({asked})?"
    # "..., en in hoeveel gemeenten?": a question phrase without a verb asks about the
    # subject of the first part, as a pronoun would
    bare_phrase = re.fullmatch(rf"{_LEAD}(?:hoeveel|welke?)\s+[\w-]+\??", clause.strip(), re.IGNORECASE)
    if (
        not mine.names
        and not mine.metric
        and (
            _PRONOUN.search(clause.lower())
            or _DEMONSTRATIVE_SUBJECT.match(clause)
            or bare_phrase
            # ("wat is de reden van de stijging"; not "doet deze stijging zich alleen voor in
            # de grote steden", which names enough of its own)
            or (_CHANGE_BACK.search(clause.lower()) and len(re.findall(r"\b[a-zà-ÿ]{5,}\b", clause.lower())) <= 3)
        )
    ):
        # "..., over hoeveel gemeenten zijn ze verdeeld": "ze" is the previous part's subject
        own = core(first).rstrip("?")  # a pronoun points back to the subject of the first part
        rest = re.sub(rf"^(?:klopt het dat\s+|(?:{_QUESTION_WORD})\b\s*)", "", own, flags=re.I)
        rest = re.split(r",\s*(?:en|of)\b", rest)[0]  # (its own subject, not the question joined to it)
        subject = rest if bare_phrase else ", ".join(theirs.names) or rest
        if PRESENT.search(clause):
            # "... in 2022, en hoeveel nu?": the subject without the earlier part's year
            subject = re.sub(r"\s*\b(?:in |over |per )?(?:19|20)\d\d\b", "", subject)
        return f"{clause.rstrip('?')} ({subject})?"
    return clause


# a count asked again for another period or source, its noun left out or repeated: "en in
# hoeveel in 2024-2025", "en hoeveel volgens die van 2022", "en in hoeveel gemeenten in 2025"
_SLOT_START = r"(?:volgens|in|over|per|eind|begin|medio|sinds|tussen)\b"
_COUNT_SLOT_ONLY = re.compile(
    rf"^(?:(?:in|met|bij|op|voor|aan|over|uit)\s+)?hoeveel\s+(?:(?!{_SLOT_START})([\wà-ÿ'’-]+)\s+)?({_SLOT_START}[^?]*?)\??$",
    re.I,
)
# the period or source that ends a question: "volgens de brief van eind 2022", "in 2023"
_SOURCE_TAIL = re.compile(r"\s+volgens\s[^?]*$", re.I)
_PERIOD_TAIL = re.compile(r"\s+(?:in|over|per|eind|begin|medio|sinds|tussen)\s(?:\S+\s){0,3}?(?:19|20)\d\d[^?]*$", re.I)


# "Bent u bekend met het bericht dat X?": what the documents can say is whether X holds
_AWARE = re.compile(
    r"^(?:bent u|is de minister|is het kabinet)\s+(?:bekend|op de hoogte)\s+met\s+(?:het|de|dit|deze)\s+"
    r"(?:bericht|berichten|berichtgeving|artikel|nieuws|signaal|signalen|uitzending|publicatie)\b[^?]*?\bdat\s+",
    re.IGNORECASE,
)


def core(text: str) -> str:
    """A part without its formal opening: "Kunt u aangeven hoeveel ..." -> "hoeveel ...";
    "Bent u bekend met het bericht dat X?" -> "Klopt het dat X?"."""
    text = _AWARE.sub("Klopt het dat ", text.strip())
    stripped = _OPENING.sub("", text).strip()
    return stripped[0].upper() + stripped[1:] if stripped else text


# how a count changed: "hoe is het aantal gemeenten gegroeid", "hoe is de inzet uitgebreid"
_CHANGE_PARTICIPLES = "gegroeid|gestegen|gedaald|toegenomen|afgenomen|uitgebreid|gekrompen|teruggelopen|verdubbeld|gehalveerd"


def answer_type(text: str) -> AnswerType:
    """The kind of answer a (single) question expects."""
    low = core(text).lower()
    # "Campagne Stop Heling 2022: hoe vaak ...": the type is read after the shared topic
    topic = re.match(r"[^?:]{3,90}:\s+(?=\S)", low)
    if topic and re.match(rf"{_LEAD}(?:{_QUESTION_WORD})\b", low[topic.end() :]):
        low = low[topic.end() :]
    # "waarom ... hoger dan ...": the question asks for the reason of a difference
    if re.match(
        r"(waarom|waardoor|hoe komt het|wat (is|zijn|was|waren)(?: volgens [^,?]{3,40}?)? de (reden|redenen|oorzaak|oorzaken|verklaring)"
        r"|om welke reden|(wat|hoe) verklaart|waaraan (schrijf|wijt|is|zijn|was|waren|wordt|worden|ligt|lag)\w*\b.*\b(toe|te danken|te wijten|toe te schrijven)"
        r"|waar (komt|kwam|ligt|lag) (dat|dit|het)\b.*\bdoor)\b",
        low,
    ):
        return "reason"
    # a terse query that names what it wants: "reden aanscherping richtlijn", "doel X", "werking X"
    terse = not low.rstrip().endswith("?")
    if terse and re.match(r"(reden|redenen|oorzaak|oorzaken|verklaring|aanleiding)\b", low):
        return "reason"
    if terse and re.match(r"(doel|doelen|doelstelling|beoogd\w* (effect|doel)\w*|functie)\b", low):
        return "purpose"
    if re.search(r"\b(hoe werkt (dat|dit|het)|werking|werkwijze)\b", low) and not re.match(r"(wie|wanneer|hoeveel)\b", low):
        return "method"
    if _COMPARISON.search(low) or _SUPERLATIVE.search(low) or _EITHER_WAY.search(low):
        return "comparison"
    if re.match(
        r"hoe (ontwikkel|verander|(verliep|verloopt)(?= (het|de) (aantal|cijfer|percentage|ontwikkeling))|zit het met|staat het met"
        rf"|is .* (ontwikkeld|veranderd)|(is|zijn|was|waren) .* ({_CHANGE_PARTICIPLES}))",
        low,
    ) or re.search(r"\b(door de jaren heen|in de loop der jaren|in de loop van de jaren|over de jaren|door de tijd heen)\b", low):
        return "trend"  # also "hoe is het aantal ... gegroeid sinds 2022", "aantal ... door de jaren heen"
    if re.search(
        r"\bmet (welk|als) doel\b|^(?:en )?(?:waarvoor|waartoe)\b|\bwaar\b.*\bvoor (bedoeld|bestemd)\b|\bwaar dien[td]\b|\bwat (is|was|zijn|waren) (het|de) doel"
        r"|\bdoel van\b|\bbedoeld (om|voor)\b|^wat doe[tn]\b|^wat beoog\w*\b|\bwat moet\b.*\bopleveren\b"
        r"|^wat (wil|willen|wilde|wilden)\b.*\b(bereiken|realiseren)\b",
        low,
    ):
        return "purpose"
    if re.match(
        r"(hoeveel (geld|euro|middelen|schade\w*|subsidie|financiering|opbrengst\w*|investering\w*)\b"
        r"|welke? (\w+ )?(bedrag|budget)\b|hoe(veel)? (hoog|groot) is het budget|wat kost"
        r"|wat (is|was|zijn|waren) (het|de) (\w+ )?(budget|bedrag|kosten)\b)",
        low,
    ) or (
        re.match(r"hoeveel\b", low)
        and re.search(r"\b(gekost|kostte|kostten|kosten|uitgegeven|besteed|geïnvesteerd|uitgekeerd|verhaald|vergoed)\b", low)
    ):
        return "amount"
    if re.match(r"(welk|hoe hoog is het|wat (is|was) het) percentage|hoeveel procent", low):
        return "share"
    if re.match(r"(hoeveel|hoe vaak|hoe groot|wat (is|was|waren) (het|de) aantal|aantal)\b", low):
        return "number"
    if terse and re.search(r"\b(aantal|hoeveel|hoe vaak)\b", low) and not re.match(rf"(?:{_QUESTION_WORD})\b", low):
        # a keyword query: "inleveractie steekwapens 2021 aantal deelnemende gemeenten",
        # "re_b00tcmp hoe vaak georganiseerd"
        return "number"
    if re.match(
        r"(wanneer|in welk jaar|(op|vanaf|sinds|per|tot) welke datum|(per|vanaf|sinds|tot) wanneer|welke datum|in welke maand|\w*datum)\b",
        low,
    ):
        return "date"
    if re.match(r"(wie|door wie|(?:onder|van|met|bij) wiens|welke (organisatie|partij|instantie|partners|minister))\b", low):
        return "agent"
    if re.match(r"hoe oud\b", low):
        return "fact"  # an age: one figure, not a method
    if re.match(DEFINED_HOW, low):
        return "definition"  # "hoe wordt het ophelderingspercentage berekend": its definition
    if re.match(
        r"wat (?:houdt|houden) (?!(?:het|dat|dit|die|deze) in\b)(?:een |de |het )?\S+(?: \S+)? (?:precies |eigenlijk )?in\b", low
    ):
        return "definition"  # "wat houdt de Alcoholmeter precies in": what it is
    if re.match(r"(hoe|op welke (manier|wijze)|langs welke weg|wat houdt .* in)\b", low):
        return "method"
    if re.match(r"(wat (betekent|is|zijn|wordt verstaan)|waar staat|definitie|wat houdt)\b", low) and not ATTRIBUTE.match(low):
        return "definition"
    if re.search(r"\bwat (houdt|is|betekent) (dat|dit|het)( in)?\??$", low):
        return "definition"  # "liveview bij de politie, wat houdt dat in"
    if re.match(r"(\S+\s){0,3}(betekenis|definitie)\b", low) and not re.match(r"(welke|wat|wie|hoe|waarom)\b", low):
        return "definition"  # terse: "spoofing betekenis", "kvo betekenis actieprogramma"
    if re.match(r"(welke|noem|wat zijn de)\b", low) or re.match(r"(in|met|bij|voor|aan|op|uit|tussen) welke \w+(en|s)\b", low):
        return "list"  # "in welke gemeenten draait ...", "met welke branches ..."
    if re.match(
        r"(is|zijn|was|waren|heeft|hebben|wordt|worden|werd|werden|kan|kunnen|gaat|komt|krijgt|bestaat|daalde|steeg)\b", low
    ):
        return "yesno"
    # any other verb opening a question, before its subject: "Vraagt de brief om ...?",
    # "Blijft de Taskforce ...?" (a noun is not followed by an article: "aantal straatroven")
    opening = re.match(r"([a-zà-ÿ]+)\s+(de|het|een|er|u|men|ze|zij|hij|dit|deze|die|uw|alle)\b", low)
    if opening and low.rstrip().endswith("?") and opening.group(1) not in PREPOSITIONS | _NO_VERB:
        return "yesno"
    # a common verb opening the question, whatever follows: "Krijgen slachtoffers ...?",
    # "werkt verscherpt toezicht beter"
    if re.match(rf"(?:{_FINITE})\b", low) and len(low.split()) >= 3:
        return "yesno"
    return "fact"


# finite forms of common Dutch verbs (singular and plural) that open a yes/no question
_FINITE = "|".join(
    (
        "krijgt krijgen werkt werken helpt helpen leidt leiden geldt gelden blijft blijven loopt lopen zorgt zorgen "
        "draagt dragen neemt nemen speelt spelen staat staan valt vallen hoort horen bevat bevatten betreft betreffen "
        "dekt dekken telt tellen verschilt verschillen stijgt stijgen daalt dalen groeit groeien maakt maken doet doen "
        "moet moeten mag mogen zal zullen wil willen komt komen gaat gaan ziet zien spreekt spreken biedt bieden "
        "hanteert hanteren beschikt beschikken voldoet voldoen gebruikt gebruiken vindt vinden heeft hebben"
    ).split()
)


# words that open a question without being its verb
_NO_VERB = {"en", "of", "maar", "volgens", "sinds", "vanaf", "na", "tot", "aan", "om", "als", "dan", "ook", "nu", "toen", "waar", "waarom", "wanneer", "hoe", "wat", "wie", "welke", "welk", "hoeveel", "noem", "geef", "graag", "is", "zijn"}  # fmt: skip

# "gestegen of gedaald?", "hoger of lager": which way, not ja or nee
_EITHER_WAY = re.compile(
    r"\b(hoger|lager|meer|minder|groter|kleiner|gestegen|gedaald|toegenomen|afgenomen|stijging|daling)\s+of\s+"
    r"(hoger|lager|meer|minder|groter|kleiner|gestegen|gedaald|toegenomen|afgenomen|stijging|daling)\b"
)
_COMPARISON = re.compile(
    r"\b(meer|minder|hoger|lager|groter|kleiner)\b.*\b(dan|als)\b|\bvergeleken met\b|\bten opzichte van\b|\bt\.?o\.?v\b\.?|\b(vs|versus|tegenover)\b|"
    r"\bverschil\b|\b(gehaald|behaald|bereikt|gerealiseerd|waargemaakt)\b"
)
# "de meest recente campagne" asks for the latest one, not for the highest value
# a word of change, in any form: "gedaald", "daalde", "stijging"
_CHANGE_WORD = re.compile(r"\b(gedaald|gestegen|daalde|daalden|steeg|stegen|afgenomen|toegenomen|daling|stijging)\b")
_SUPERLATIVE = re.compile(r"\b(hoogst\w*|laagst\w*|meest\w*(?! recent| actue)|minst\w*|grootst\w*|kleinst\w*|piek|dieptepunt)\b")


@dataclass(frozen=True)
class Comparison:
    """What a comparing question asks of the figures.

    Attributes:
        kind: "between" (two years or two metrics), "extreme" (highest or lowest in a
            range) or "target" (was an ambition or goal met).
        direction: "more"/"less" for between, "max"/"min" for extreme.
        yes_no: the question wants ja/nee first.
    """

    kind: Literal["between", "extreme", "target", "sources"]
    direction: str
    yes_no: bool


def comparison(text: str) -> Comparison | None:
    """The comparison ``text`` asks for, if any. A "waarom"/"hoe verklaart" question asks for
    a reason, not a comparison; a highest or lowest value is looked up per year only when
    the question asks for a year or names a period."""
    low = core(text).lower()
    if re.match(r"(waarom|waardoor|hoe verklaart|wat verklaart|hoe komt het|wat is de (reden|oorzaak|verklaring))\b", low):
        return None
    # a comparison asked without a question word wants ja/nee first: "Vonden er in 2025
    # meer ... plaats dan in 2024?", "straatroven 2025 meer dan 2021?"
    no_question_word = not re.match(
        r"(welk\w*|hoeveel|hoe|wat|waarom|wanneer|wie|waar\w*|in welk\w*|met hoeveel|over welk\w*|noem|geef)\b", low
    )
    verb_first = re.match(
        r"(is|zijn|was|waren|heeft|hebben|werd|werden|wordt|worden|lag|lagen|ligt|vond|vonden|daalde|daalden|steeg|stegen|"
        r"neemt|nemen|stijgt|stijgen|daalt|dalen|"
        r"nam|namen|bleef|bleven|kwam|kwamen|ging|gingen)\b",
        low,
    )
    yes_no = (
        answer_type(text) in ("yesno",)
        or bool(verb_first)
        or (
            no_question_word
            and bool(re.search(r"\b(meer|minder|hoger|lager|groter|kleiner|gestegen|gedaald|toegenomen|afgenomen)\b", low))
            and not re.search(r"\bvergeleken met|ten opzichte van|\bt\.?o\.?v\b\.?|\b(vs|versus|tegenover)\b", low)
        )
    )
    if _EITHER_WAY.search(low):
        yes_no = False  # "is het gestegen of gedaald": which way it went
    if re.search(r"\bverschil tussen\b", low) and not re.search(r"\b(19|20)\d\d\b|\b(aantal|cijfer|percentage)", low):
        return None  # "het verschil tussen een ramkraak en een plofkraak": what sets them apart
    if re.search(r"\b(hetzelfde|dezelfde|gelijke?|verschill\w*|afwijk\w*|overeen|eens)\b", low) and re.search(
        r"\b(documenten|bronnen|stukken|rapportages|voortgangsrapportages|brieven|actieprogramma|beslisnota)\b", low
    ):
        return Comparison("sources", "", yes_no or (no_question_word and low.rstrip().endswith("?")))
    # "kwam het aantal boven de ambitie", "bleef het onder het streefcijfer": the realisation
    # above or below the goal, as asked (for a count above is not met, for a clearance rate it is)
    side = re.search(r"\b(onder|boven)\s+(de |het )?(ambitie|doel\w*|streef\w*|norm)\b", low)
    if side and not re.search(r"\b(gehaald|behaald|bereikt|gerealiseerd|waargemaakt)\b", low):
        return Comparison("target", "more" if side.group(1) == "boven" else "less", True)
    if (
        re.search(r"\b(gehaald|behaald|bereikt|gerealiseerd|waargemaakt)\b", low)
        # (also in a compound: "zijn de ophelderingsdoelen gehaald")
        and re.search(r"\b\w*(ambitie|doel(?!groep)\w*|streef\w*|norm)\b", low)
        or re.search(r"\b(onder|boven|binnen)\s+(de |het )?(ambitie|doel\w*|streef\w*|norm)\b", low)
    ):
        return Comparison("target", "", True)
    # "hoe verhield het aantal zich tot de ambitie", "overvallen 2019 t.o.v. de ambitie": the
    # realisation against the goal, no ja/nee asked
    if (
        re.search(
            r"(?:\bverh(?:ie)?ld\w*|\bverhoud\w*|\bten opzichte van\b|\bt\.?o\.?v\b\.?|\bvergeleken met\b|\btegenover\b|\bafgezet tegen\b"
            r"|\bvs\b\.?|\bversus\b).*\b(?:de |het )?(?:ambitie|doel\w*|streef\w*|norm)\b",
            low,
        )
        # "doel vs realisatie": the goal named first
        or re.search(
            r"\b(?:ambitie|doel\w*|streef\w*|norm)\b.{0,40}\b(?:vs\b\.?|versus|tegenover)\s+(?:de |het )?"
            r"(?:realisatie|gerealiseerd|werkelijk\w*|daadwerkelijk\w*|feitelijk\w*)",
            low,
        )
    ) and not re.search(r"\b(gehaald|behaald|bereikt)\b", low):
        return Comparison("target", "", False)
    # "kwam het aantal hoger uit dan de ambitie": the realisation against the goal, as asked
    above = re.search(r"\b(hoger|lager|meer|minder)\b.*\bdan\s+(de |het )?(ambitie|doel\w*|streef\w*|norm)\b", low)
    if above:
        return Comparison("target", "more" if above.group(1) in ("hoger", "meer") else "less", True)
    extreme = _SUPERLATIVE.search(low)
    asks_year = re.search(r"\b(welk jaar|in welk jaar|wanneer|welke jaren|periode|tussen|sinds|vanaf)\b|\b(19|20)\d\d\b", low)
    # "de zes gemeenten met de meeste aanslagen": which things, not which year
    things = re.search(r"\b([a-zà-ÿ]+) met (?:de|het) (?:meest|hoogst|minst|laagst|grootst)\w*", low)
    asks_things = things is not None and things.group(1) not in ("jaar", "jaren", "periode", "maand", "moment", "tijdstip")
    if extreme and asks_year and not asks_things and not re.match(r"(welke|welk)\s+(?!jaar\b)\w+", low):
        word = extreme.group(1)
        # "Was 2025 het jaar met de minste overvallen?", "laagste aantal ooit?": ja or nee first
        asked_yes_no = yes_no or (no_question_word and low.rstrip().endswith("?"))
        return Comparison(
            "extreme", "min" if word.startswith(("laagst", "minst", "kleinst", "dieptepunt")) else "max", asked_yes_no
        )
    changing = _CHANGE_WORD.search(low)
    if changing and re.search(r"\b(sterker|harder|sneller|minder sterk)\b", low):
        return Comparison("between", "more", yes_no)  # "welke daalde sterker, X of Y"
    if changing and re.search(r"\b(sterkst|hardst|snelst)\b", low) and re.search(r"\b\w+ of \w+", low):
        return Comparison("between", "more", False)  # "welk delict daalde het sterkst: X of Y"
    if re.search(r"\b(keer|maal)\s+zo\s?(veel|groot|hoog)\b.*\bals\b|\bhoeveel (keer|maal) (meer|hoger|groter)\b", low):
        return Comparison("between", "more", False)  # "hoeveel keer zoveel straatroven als overvallen"
    if re.search(r"\bprocentpunt", low):
        # "hoeveel procentpunt lag X onder dat van Y": the difference of two percentages
        return Comparison("between", "less" if re.search(r"\b(onder|lager|minder)\b", low) else "more", False)
    between = re.search(r"\b(meer|minder|hoger|lager|groter|kleiner)\b", low)
    if between and re.match(r"\s+[\w-]+\s+of\s+[\w-]+", low[between.end() :]):
        # "zijn er meer woninginbraken of geweldsdelicten": which of the two, no ja/nee
        return Comparison("between", "less" if between.group(1) in ("minder", "lager", "kleiner") else "more", False)
    if (
        between
        and re.search(r"\b(dan|als)\b", low[between.end() :])
        or re.search(r"\bvergeleken met|ten opzichte van|\bt\.?o\.?v\b\.?|\bverschil\b|\b(vs|versus|tegenover)\b", low)
    ):
        # ("is het aantal in 2025 gedaald ten opzichte van 2024": the change names the direction)
        change = None if between else _CHANGE_WORD.search(low)
        less = between.group(1) in ("minder", "lager", "kleiner") if between else bool(change and _DOWN.match(change.group(1)))
        return Comparison("between", "less" if less else "more", yes_no)
    word = CHANGED.search(low)
    if yes_no and word:
        falling = word.group(1) in _FALLING or word.group(1).endswith(" af")
        return Comparison("between", "less" if falling else "more", True)
    factor = re.search(r"\b(verdubbeld|verdrievoudigd|verdriedubbeld|gehalveerd)\b", low)
    if yes_no and factor:
        # "is het aantal tussen 2020 en 2021 gehalveerd": the ratio of the two years
        return Comparison("between", "less" if factor.group(1) == "gehalveerd" else "more", True)
    return None


# a change asked about over time: "is het aantal gestegen?"
# ("neemt het aantal straatroven toe", "daalt het aantal": the present tense too)
CHANGED = re.compile(
    r"\b(gestegen|toegenomen|gedaald|afgenomen|gegroeid|teruggelopen|stijgt|stijgen|daalt|dalen"
    r"|(?:neemt|nemen)\b[^?]{0,60}?\b(?:toe|af))\b"
)
_FALLING = ("gedaald", "afgenomen", "teruggelopen", "daalt", "dalen")
_UP = re.compile(
    r"\b(gestegen|steeg|stegen|stijging|toegenomen|toename|nam\w* toe|gegroeid|groei|verdubbeld|hoger|meer dan)\b", re.I
)
_DOWN = re.compile(r"\b(gedaald|daalde\w*|daling|afgenomen|afname|nam\w* af|teruggelopen|lager|minder dan|gehalveerd)\b", re.I)


# "welk delict steeg het sterkst", "welke vorm van HIC nam in 2025 het meest toe"
_WHICH_CRIME = re.compile(
    r"\bwelk\w*\s+(?:(?:hic|high impact crime)[- ]?)?(?:delict|delicten|misdrijf|misdrijven|vorm|categorie|soort|type|"
    r"high impact crime|hic)\b",
    re.I,
)
_MOST = re.compile(r"\b(?:het|de)\s+(?:meest|meeste|sterkst|sterkste|hardst|hardste|snelst|snelste)\b", re.I)
_ROSE = re.compile(r"\b(?:steeg|stegen|gestegen|toegenomen|toename|stijging|groeide|gegroeid|nam\b.*\btoe)\b", re.I)
_FELL = re.compile(r"\b(?:daalde|daalden|gedaald|afgenomen|afname|daling|nam\b.*\baf)\b", re.I)


def largest_change_asked(text: str) -> str | None:
    """ "Welk delict steeg het sterkst tussen 2024 en 2025?": "up" (or "down") when the
    question asks which crime changed most, naming none; else None."""
    if not (_WHICH_CRIME.search(text) and _MOST.search(text)):
        return None
    up, down = _ROSE.search(text), _FELL.search(text)
    return "up" if up and not down else "down" if down and not up else None


def asked_trend(text: str, how: Comparison) -> str | None:
    """The change over time a yes/no comparison asks about, earlier to later: "up" or
    "down". "Was het in 2025 hoger dan in 2024?" asks "up"; "Was het in 2024 hoger dan in
    2025?" asks "down". None when the question compares no two moments in time."""
    if how.kind != "between" or not how.yes_no:
        return None
    low = core(text).lower()
    if re.search(r"\b(sterker|harder|sneller|minder sterk|zwakker|langzamer)\b", low):
        return None  # "is X harder gedaald dan Y": two sizes of a change, not its direction
    up = how.direction == "more"
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", low)]
    than = re.search(r"\b(dan|als)\b", low)
    if than and years:
        before = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", low[: than.start()])]
        after = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", low[than.end() :])]
        # "zijn er nu meer ... dan volgens de rapportage van eind 2022": now is the later moment
        if not before and after and PRESENT.search(low[: than.start()]):
            before = [max(after) + 1]
        if not before or not after or before[-1] == after[0]:
            return None  # two things of one moment ("meer mentoren dan officieren")
        up = up if before[-1] > after[0] else not up
    elif not CHANGED.search(low):
        return None
    return "up" if up else "down"


_FLAT = re.compile(
    r"\b((?:nagenoeg|vrijwel|ongeveer|grotendeels) (?:gelijk|stabiel)|gelijk gebleven|stabiel gebleven|ongewijzigd)\b", re.I
)


def stated_trend(text: str) -> str | None:
    """The change a passage states, "up", "down" or "flat" ("nagenoeg gelijk gebleven");
    None when it states none or more than one."""
    up, down, flat = bool(_UP.search(text)), bool(_DOWN.search(text)), bool(_FLAT.search(text))
    if up + down + flat != 1:
        return None
    return "up" if up else "down" if down else "flat"


# "meer fte voor IPTA-mentoren dan voor re-integratieofficieren", "meer X of meer Y": two
# things whose counts are compared (not two years, not a count against its ambition)
_THAN = re.compile(r"\b(meer|minder|hoger|lager|groter|kleiner)\s+(?P<left>.+?)\s+(?:dan|als)\s+(?P<right>.+?)[?.!]*$", re.I)
_EITHER = re.compile(r"\b(meer|minder)\s+(?P<left>.+?)\s+of\s+(?:(?:meer|minder)\s+)?(?P<right>.+?)[?.!]*$", re.I)
_WHEN = re.compile(
    rf"^(?:in |op |per |rond |sinds |vanaf |tot |eind |begin |medio )?(?:(?:19|20)\d\d|vorig|volgend|dit jaar|toen|nu|"
    rf"destijds|eerder|daarvoor|{MONTH})\b",
    re.I,
)
_GOAL = re.compile(r"\b(ambitie|doel\w*|streef\w*|norm|verwacht\w*|gemiddeld\w*|landelijk\w*)\b", re.I)
UNITS = {"fte", "euro", "procent", "%"}


@dataclass(frozen=True)
class Sides:
    """Two things a question compares by their counts.

    Attributes:
        left, right: the two as asked, each complete ("fte voor IPTA-mentoren", "fte voor
            re-integratieofficieren").
        direction: "more" when the question asks whether the left one is more or higher.
        yes_no: the question wants ja/nee first ("Zijn er meer ... dan ...?"); otherwise
            it asks which of the two is more ("meer X of meer Y").
    """

    left: str
    right: str
    direction: Literal["more", "less"]
    yes_no: bool


def sides(text: str) -> Sides | None:
    """The two things ``text`` compares by count, or None when it compares two moments, a
    count with its ambition, or nothing."""
    low = core(text)
    match = _THAN.search(low)
    yes_no = match is not None
    if match is None:
        match = _EITHER.search(low)
    if match is None:
        return None
    left, right = match.group("left").split(), match.group("right").split()
    if not left or not right or _WHEN.match(match.group("right")) or _GOAL.search(match.group("right")):
        return None
    if len(left) > 6 or len(right) > 6:
        return None  # a clause, not a thing
    if right[0].lower() in PREPOSITIONS and right[0].lower() in [w.lower() for w in left]:
        # "fte voor IPTA-mentoren dan voor X": X takes the place of what follows "voor"
        at = max(i for i, w in enumerate(left) if w.lower() == right[0].lower())
        right = left[:at] + right
    elif len(right) == 1 and len(left) > 1:
        # "IPTA-mentoren actief dan X", "fte IPTA-mentoren dan X": X takes the place of the
        # thing counted, not of a unit
        at = len(left) - 1 if left[0].lower() in UNITS else 0
        right = left[:at] + right + left[at + 1 :]
    direction: Literal["more", "less"] = "less" if match.group(1).lower() in ("minder", "lager", "kleiner") else "more"
    return Sides(" ".join(left), " ".join(right), direction, yes_no)
