"""Text answers: the sentences that answer a question, chosen from the retrieved passages.

A sentence qualifies when it is eligible (``evidence``), accounts for the question's anchors
(``coverage``) and holds the expected type of answer (a reason, purpose, method, date,
actor, amount); the best such sentence leads, with the sentence that carries its reason or
continues it, a list's items, or a defining footnote. Nothing qualifying means a refusal,
with the closest passages offered apart from the answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from assistant.answer.coverage import Coverage, counted_noun, counts_offenders, counts_other, counts_people
from assistant.answer.draft import Draft
from assistant.answer.evidence import (
    ANY_YEAR,
    COUNT_OF_TOTAL,
    DEFINING,
    SHARE_WORDS,
    Sentence,
    SentenceIndex,
    definition_subject,
    terms,
    unaccented,
)
from assistant.answer.lexicon import (
    EARLIER_YEAR,
    MONTH,
    NUMBER_WORD,
    SEASON,
    SEPARABLE,
    alternatives,
    covered,
    number_in_digits,
    single_vowels,
)
from assistant.answer.phrasing import COMPUTED, REFUSAL, with_marker
from assistant.answer.question import ATTRIBUTE, Question
from assistant.answer.retrieve import Hit
from assistant.answer.shape import AnswerType, answer_type, asked_trend, comparison, core, stated_trend
from index.records import Document
from index.text import parse_number

MIN_SCORE = 0.42  # below this the best eligible sentence does not answer the question
_DESCRIBES = 0.6  # a sentence this close to a "hoe" question describes the method without marking it
_COUNTS_ASKED = 0.15  # more for a sentence whose number counts what a "hoeveel X" question asks
_OFF_SUBJECT = 0.1  # less for a sentence whose paragraph never names the question's most specific word

_LIST_MARKER = re.compile(r"^(?:[-o•]|[a-z]\.|\d{1,2}\.)\s+")  # shown without the bullet; the quote keeps it

_MAX_ITEMS = 10
_NAME = r"[A-Z][a-zà-ÿ'’]+(?:\s(?:aan\sde\s|aan\sden\s|den\s)?[A-Z][a-zà-ÿ'’]+)*"
_NAMES = re.compile(
    rf"\b{_NAME}(?:,\s{_NAME})*\sen\s{_NAME}\b|:\s{_NAME}(?:,\s{_NAME}){{2,}}"
)  # "Dordrecht, Haarlemmermeer, Arnhem en Den Haag"
_PLACES = r"(gemeenten|gemeentes|steden|plaatsen|regio's|regio’s|eenheden|provincies|landen)"
_ASKS_PLACES = re.compile(
    rf"\bwelke (?:(?:{NUMBER_WORD}|\d+|andere|grote|grootste|overige) )?(?:{_PLACES}|regio)\b",
    re.I,
)
# an age asked ("voor welke leeftijdsgroep", "hoe oud zijn de deelnemers") is answered by
# ages: "(16-27)", "tussen de 18 en 35", "12 jaar", "minderjarig"
_ASKS_AGE = re.compile(
    r"\bhoe oud\b|\bwelke leeftijd|\bwat (?:is|was|zijn|waren) de (?:\w+ )?leeftijd|^leeftijd|\bleeftijd\w*\W*$", re.I
)
_AGE = re.compile(
    r"\(\d{1,2}\s?[-–]\s?\d{1,2}\)|\btussen (?:de )?\d{1,2} en \d{1,2}\b|\b\d{1,2}(?:\s?[-–]\s?\d{1,2}| tot \d{1,2})? jaar\b"
    r"|\b(?:jonger|ouder) dan \d|\b(?:minderjarig|meerderjarig)\w*",
    re.I,
)
# a number of places the sentence does not name: "de zes gemeenten", "in vier regio's"
_COUNTED_PLACES = re.compile(rf"\b(?:{NUMBER_WORD}|\d+) {_PLACES}\b", re.I)
_MIN_WORDS = 5

# "wat houdt X in": what X entails, told in a sentence or two
_ENTAILS = re.compile(r"wat (?:houdt|houden)\b", re.I)
# a thought or possibility, not a fact: "zou ... kunnen worden", "zouden kunnen"
_HYPOTHETICAL = re.compile(r"\bzou(?:den)?\b[^,;]*\bkunnen\b", re.I)
# a yes/no question whether something has already happened, and a passage that says it is
# only intended or expected
_ALREADY = re.compile(r"\b(al|inmiddels|reeds)\b", re.I)
_INTENDED = re.compile(
    r"\b(voornemens|van plan|zal|zullen|(?:wordt|worden) (?:naar verwachting|verwacht)|naar verwachting|beoogt|beogen)\b", re.I
)
# words that stress a yes/no question without adding to what is asked ("het laagste ooit")
_HEDGES = {"ooit", "echt", "daadwerkelijk", "inderdaad", "nog", "steeds"}

_NEAR_EARLIER = 0.1  # for a sentence in (or right after) the paragraph an earlier part of the question was answered from
_OPENS_ON = 0.15  # for a sentence that opens on the subject of a "hoe werkt / waarvoor / wat is" question
_LETTER_YEAR = 0.02  # for an undated sentence of the letter written in the year asked (a tie-break)
_NAMES_PERSON = 0.1  # for a sentence that names a person, when a "wie" question asks who
_NAMES_ATTRIBUTE = 0.15  # for a sentence that names the property a "wat is de X van Y" question asks
# a sentence that says what its subject does or is, and one that says it of the subject
# the sentence before it introduced
_SAYS_WHAT = re.compile(
    r"^(?:met\s+)?((?:een|de|het)?\s*\S+(?:\s+\S+){0,3}?)\s+"
    r"(?:kan|kunnen|is|zijn|biedt|bieden|zorgt|zorgen|maakt|maken|voorziet|voorzien|houdt|betreft|geeft|helpt)\b",
    re.I,
)
# a person by title or initials: "de heer J. Kant", "mevrouw Schouten", "J. de Schepper"
_PERSON = re.compile(r"\b(?:de heer|mevrouw|dhr\.|mw\.)\s+\S|\b[A-Z]\.\s?(?:(?:de|van|der|den)\s+)*[A-Z][a-zà-ÿ]+")
_DESCRIBES_PREVIOUS = re.compile(r"^(hierin|hiermee|hierbij|daarin|daarmee|daarbij)\s+(kan|kunnen|wordt|worden)\b", re.I)

# how far into its paragraph an explanation of a subject may sit after the sentence naming it
_EXPLAINS_WITHIN = 3

# What a sentence must hold to answer a question of each type (the reason, purpose or
# method may also sit in the sentence right after it).
_TYPE_CUES: dict[str, re.Pattern[str]] = {
    "reason": re.compile(
        r"\b(omdat|doordat|vanwege|als gevolg van|dankzij|oorza\w*|reden\w*|verklaring\w*|verklaard|toe te schrijven|"
        r"hierdoor|daardoor|daarom|waardoor|aangezien|gezien|in verband met|ingegeven|leid(t|de|en) tot|gevolg|door|"
        r"dra(agt|gen) .{0,40}\bbij aan|droeg .{0,40}\bbij aan|bijgedragen aan|"
        r"op basis van|naar aanleiding van|gelet op|uit .{0,40}(onderzoek|evaluatie) (blijkt|bleek)|"
        # what brought a change about: "... de inzet op ..., de gelegenheid voor inbraken hebben verkleind"
        r"(heeft|hebben) .{0,40}\b(verkleind|vergroot|verlaagd|verhoogd|verminderd|teruggedrongen))\b",
        re.IGNORECASE,
    ),
    "purpose": re.compile(
        r"\b(om\b.{1,120}\bte|doel(?!groep)\w*|gericht op|bedoeld|zodat|teneinde|ter \w+ van|bij(te)?dragen|draagt bij|"
        r"beoog\w*|opdat|in staat (te )?stellen)\b"
        # "Voor de planning van ... is een rekentool ontwikkeld": what it is for, up front
        r"|^voor (?:de|het) [\wà-ÿ-]+ (?:van|op)\b",
        re.IGNORECASE,
    ),
    "method": re.compile(
        r"\b(door|via|middels|met behulp van|aan de hand van|in samenwerking|ingezet|inzet|bestaat uit|werkt met|gebruik|"
        r"werkwijze|methode|aanpak|waarbij|onder (meer|andere)|met|zo)\b",
        re.IGNORECASE,
    ),
    "date": re.compile(
        rf"\b((19|20)\d\d|{MONTH}|{SEASON}|{EARLIER_YEAR})\b",
        re.IGNORECASE,
    ),
    "agent": re.compile(
        r"\b([A-Z]{2,}|[A-Z][a-zà-ÿ]+(?: [A-Z][a-zà-ÿ]+)*|minister\w*|politie|gemeente\w*|ministerie|partners?|"
        r"organisatie\w*|stichting|instituut|centrum|taskforce|openbaar ministerie|kabinet|burgemeester\w*)\b"
    ),
    "amount": re.compile(r"€|\beuro\b|\bmiljoen\b|\bmiljard\b", re.IGNORECASE),
    "share": re.compile(r"%|\bprocent\b", re.IGNORECASE),
}

# a sentence that states a consequence of the sentence before it
_BACK_REFERENCE = re.compile(
    r"^(mede )?(daarom|om die reden|met die reden|om deze reden|hierom|hierdoor|daardoor|dit is de reden|gezien het voorgaande|"
    r"op basis (van de uitkomsten )?van (dit|deze|het|die)|naar aanleiding (hiervan|daarvan|van dit|van deze)|"
    r"vanwege (dit|deze)|dit (heeft|leidt|leidde))\b",
    re.IGNORECASE,
)

# a sentence that names what it is about only by pointing back, and how much of the score
# of it read with the sentence before counts
_POINTS_BACK = re.compile(r"\b(daartoe|hiertoe|hiervoor|daarvoor|hiermee|daarmee|hierin|daarin|hiervan|daarvan|beide)\b", re.I)
_JOINED = 0.9
_ARTICLE = r"de|het"  # "de actie": the one thing named before, not "deze branches"

# a consequence of the sentence before, said within the sentence: "Het is daarom ...",
# "Stressreacties kunnen daardoor ..."
# (in the main clause, within its first words: not "..., en dat daardoor niet kan ...")
_THEREFORE = re.compile(r"^(?:[\wà-ÿ'’()-]+\s+){1,6}(daarom|daardoor|hierdoor|hierom|om (?:die|deze) reden)\b", re.I)

# a sentence saying that what the sentence before states is a cause: "Vermoedelijk draagt
# dit bij aan de sterke daling ..."
_CAUSED_BEFORE = re.compile(
    r"\b(?:(dit|deze|dat|hiermee|daarmee)\s+(draagt|droeg|leidt|leidde|zorgt|zorgde)|(draagt|droeg|leidt|leidde|zorgt|zorgde)\s+(dit|deze|dat))\b",
    re.I,
)

# an item of an enumeration in sentences: "De eerste gaat over ... De tweede gaat over ..."
_FIRST_ITEM = re.compile(r"^(?:(?:de|het) eerste|ten eerste|allereerst|enerzijds)\b", re.I)
_LATER_ITEM = re.compile(r"^(?:(?:de|het) (?:tweede|derde|vierde|laatste)|ten (?:tweede|derde|vierde)|anderzijds)\b", re.I)

# a number that is no year, before a word ("met 1.534 aanslagen")
_COUNT_NOT_YEAR = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d\b)\d[\d.,]*\s+[a-zà-ÿ]")
# (a pointing word, not a relative pronoun: "personen ... die terugkeren" points nowhere)
_DEMONSTRATIVE = re.compile(r"\b(dit|deze|zulke|hiervan|daarvan|hiervoor|daarvoor|hierin|daarin)\b", re.I)
_ANAPHOR = re.compile(r"\b(dit|deze|dat|die|zulke|hiervan|daarvan|hiervoor|daarvoor|hierin|daarin)\b", re.I)


# a number of things, or "the following", that the next lines list
_ANNOUNCED = re.compile(
    rf"\b({NUMBER_WORD}|\d{{1,2}}|volgende|verschillende|diverse|enkele|een aantal|aantal)\s+"
    r"([\wà-ÿ-]+\s+){0,2}[\wà-ÿ-]*(en|s)\b",
    re.I,
)

_COUNTED = re.compile(rf"\b({NUMBER_WORD})\s", re.I)

# a sentence whose subject is the sentence before it
_OPENS_WITH_REFERENCE = re.compile(
    r"^(dit|deze|dat|die|hiermee|daarmee|hierdoor|daardoor|hiervan|daarvan)\s+(is|zijn|was|waren|betekent|heeft|hebben|leidde|leidt)\b",
    re.I,
)

# a sentence whose subject is the one before it: "In 2025 was dit gestegen naar 6,13
# miljoen euro", "Dit is een uitbreiding met ..."
_SUBJECT_BACK = re.compile(
    r"^(?:(?:in|per|op|sinds|vanaf|eind|begin|medio)\s[\w\s.-]{1,25}?\s|daarna\s|vervolgens\s|sindsdien\s|inmiddels\s)?"
    r"(?:(?:is|was|zijn|waren|werd|werden|steeg|stegen|daalde|daalden|bleef|bleven|lag|lagen|ging|gingen)\s+(?:dit|deze|dat|die)"
    r"|(?:dit|deze|dat)\s+(?:is|was|zijn|waren|werd|werden|steeg|stegen|daalde|daalden|bleef|bleven|lag|lagen|ging|gingen))\b",
    re.I,
)

# a sentence that names its subject only by referring back to the one before it
_REFERS_BACK = re.compile(
    r"\b(beide|dit|deze|dat|die|zulke|zo.n|dergelijke|hij|zij|ze|het|hiervan|daarvan|hierin|daarin|hiermee|daarmee)\b", re.I
)

_PARTICIPLE = re.compile(rf"^(?:{SEPARABLE})?ge\w{{3,}}(?:t|d|en|n)$")
_SEPARABLE_PREFIXES = frozenset(SEPARABLE.split("|"))
# a verb form with an inseparable prefix ("verzwaard", "beinvloedt"); short, so no compound noun
_PREFIXED_PARTICIPLE = re.compile(r"^(?:be|ver|ont|her)\w{4,7}(?:d|t)$")

# words that say what kind of answer is asked ("ingangsdatum", "totaalbedrag"), not a subject
_ASKS_FOR = re.compile(
    r"(datum|aantal|bedrag|percentag|cijfer|reden|oorzak|doel|jaartal|tijdstip|termijn|aanleiding|verklaa?r\w*|leeftijd(?:sgroep|scategorie)?\w{0,2})$"
)

_CONCESSIVE = re.compile(r"\b(ondanks|hoewel|terwijl|ofschoon)\b[^,;?]*", re.I)

_NEGATION = re.compile(
    # ("niet-HIC-daders" is a group, not a denial)
    r"\b(niet|geen|nooit|nergens|noch|te vroeg|onvoldoende|stop te zetten|stopgezet|gestopt|gestaakt|opgeheven|beëindigd|afgeschaft|niet langer)\b"
    r"(?!-)",
    re.IGNORECASE,
)

# A date question about a beginning or an end, and the words that mark one in a sentence.
_DATE_KINDS = (
    (
        re.compile(
            r"\b(begonnen|begon|gestart|start\w*|opgericht|ingesteld|ingevoerd|gelanceerd|opgezet|sinds wanneer|vanaf wanneer)\b",
            re.I,
        ),
        re.compile(r"\b(vanaf|sinds|start\w*|gestart|begonnen|begin|opgericht|ingesteld|ingevoerd|gelanceerd|opgezet)\b", re.I),
    ),
    (
        re.compile(r"\b(eindigt|afgelopen|beëindigd|stopt|gestopt|afgerond|tot wanneer|loopt .* af)\b", re.I),
        re.compile(r"\b(tot|eindigt|einde|eind|beëindigd|gestopt|afgerond|afgesloten)\b", re.I),
    ),
)


class TextAnswerer:
    """Writes text answers into a Draft.

    Args:
        documents: the indexed documents, by id.
        sentences: the sentence index.
        coverage: anchors and what accounts for them.
    """

    def __init__(self, documents: dict[str, Document], sentences: SentenceIndex, coverage: Coverage) -> None:
        self.documents = documents
        self.sentences = sentences
        self.coverage = coverage
        self.corpus_years = {int(y) for doc in documents.values() for y in ANY_YEAR.findall(doc.text)}
        self._letter_years = {doc.id: int(doc.meta.date[:4]) for doc in documents.values()}

    def acronym(self, q: Question, draft: Draft) -> bool:
        """ "Waar staat X voor?": the expansion the documents give, cited to the sentence
        that introduces it ("... (X)")."""
        asked = [
            w
            for w in re.findall(r"[\wà-ÿ'’-]+", q.text)
            if w.rstrip("'’s").upper() in self.sentences.acronyms
            and (w.isupper() or len(w) >= 3)
            and w.lower() not in {"wat", "wie", "hoe", "het", "een", "van", "die", "dat"}
        ]
        if not asked:
            return False
        acronym = asked[0].rstrip("'’s").upper() if not asked[0].isupper() else asked[0].rstrip("'’s")
        if acronym not in self.sentences.acronyms:
            acronym = acronym.upper()
        expansion = self.sentences.acronyms[acronym]
        for sentence in self.sentences.sentences:
            # (the letters differ in capitals: "Integrale Persoonsgerichte ..." and "Integrale persoonsgerichte ...")
            at = sentence.text.lower().find(expansion.lower())
            introduces = f"({acronym})" in sentence.text and at >= 0
            # "73 Particuliere Alarm Centrale.", "71 Keurmerk veilig ondernemen: structureel overleg ..."
            spells = sentence.kind == "footnote" and (
                sentence.text.rstrip(". ") == expansion or sentence.text.startswith(f"{expansion}:")
            )
            if introduces or spells:
                n = draft.cite(sentence.doc_id, sentence.start, sentence.end)
                printed = sentence.text[at : at + len(expansion)] if at >= 0 else expansion
                draft.sentences.append(f"{acronym} staat voor {printed} [{n}].")
                return True
        return False

    def answer(
        self,
        q: Question,
        draft: Draft,
        hits: list[Hit],
        named: set[str] | None = None,
        period: tuple[int, int] | None = None,
        expected: AnswerType = "fact",
        quiet: bool = False,
        required: list[str] | None = None,
    ) -> bool:
        """Answer from sentences of the retrieved passages. ``quiet``: write nothing when
        nothing qualifies (the caller says what is missing). ``required``: words the
        evidence must account for besides the question's anchors (a sub-group)."""
        q_terms = terms(q.text)
        probe = self.sentences.probe(q)
        # A long word the corpus never uses names a subject it does not cover ("fietsendiefstallen").
        # (a verb's participle names no subject: "ingekocht", "uitgezonden")
        # (words of a concessive clause are background, not the subject: "... ondanks meer bezorgritten")
        # (nor does a word that only says how much: "historisch laag")
        unfamiliar = [
            t
            for t in terms(_CONCESSIVE.sub("", q.text))
            if not t.isdigit()
            and len(t) >= 9
            and "-" not in t  # (a hyphenated compound's parts are terms of their own, checked each)
            and not self.coverage.known(t)
            and not _ASKS_FOR.search(t)
            and not _PARTICIPLE.match(t)
            and not _PREFIXED_PARTICIPLE.match(t)
            and self.coverage.names_content(t)
        ]
        # a compound of two words the documents use ("telefoonwinkels") names its subject by
        # both: the evidence must account for each part
        split = {t: self.sentences.compound_parts(t) for t in unfamiliar}
        # a separable verb ("terugvinden": "terug" + "vind") names an action, not a subject
        verbs = {t for t, parts in split.items() if len(parts) == 2 and parts[0] in _SEPARABLE_PREFIXES}
        unfamiliar = [t for t in unfamiliar if t not in verbs]
        unknown = [t for t in unfamiliar if not split[t]]
        required = [*(required or ()), *(part for t in unfamiliar for part in split[t])]
        out_of_range = [y for y in q.years if y not in self.corpus_years]
        if unknown or out_of_range or not (hits or named):
            if not quiet:
                draft.sentences.append(REFUSAL)
            return False
        anchored = self.coverage.anchors(q)
        anchored += [(w, t[0]) for w in required or () if (t := terms(w)) and (w, t[0]) not in anchored]
        # the question's most specific word (rarest in the corpus) names its subject
        specific = [
            t
            for t in q_terms
            if not t.isdigit() and self.sentences.known(t) and not _ASKS_FOR.search(t) and self.coverage.names_content(t)
        ]
        rarest = max(specific, key=self.sentences.idf) if len(specific) >= 2 else None
        counted = counted_noun(q.text) if expected in ("number", "amount", "share") else None
        offenders = counts_offenders(q.text)
        # what a compound counts is its last part ("seniorenbijeenkomst": meetings)
        counted_head = None
        if counted and expected == "number":
            counted_head = (
                counted.rsplit("-", 1)[-1] if "-" in counted else (self.sentences.compound_parts(counted) or [counted])[-1]
            )
        # candidates: the sentences of the retrieved chunks and, when the question names a
        # document, every sentence of that document
        candidates: list[tuple[Sentence, int | None]] = [
            (s, hit.rank) for hit in hits for s in self.sentences.within(hit.chunk.doc_id, hit.chunk.start, hit.chunk.end)
        ]
        candidates += [(s, None) for doc_id in sorted(named or ()) for s in self.sentences.of_doc(doc_id)]
        scored: list[tuple[float, Sentence]] = []
        nearby: list[tuple[float, Sentence]] = []
        seen: set[tuple[str, int]] = set()
        for sentence, rank in candidates:
            key = (sentence.doc_id, sentence.start)
            if key in seen:
                continue
            seen.add(key)
            score = self.sentences.score(sentence, probe, rank)
            if (
                _POINTS_BACK.search(sentence.text)
                or _SUBJECT_BACK.match(sentence.text)
                # "de actie" for the "inleveractie" the sentence before named
                or any(_by_head(t, sentence.text, _ARTICLE) for t in q_terms)
            ) and expected != "yesno":
                # (a verdict reads one sentence)
                # "Het wetsvoorstel daartoe is op ... ingediend": what it points back to is
                # in the sentence before (the answer leads; its source shows the context)
                before = self._previous(sentence)
                if before is not None and before.block == sentence.block:
                    joined = self.sentences.score(replace(sentence, stems=sentence.stems | before.stems), probe, rank)
                    if _JOINED * joined > score:
                        score = _JOINED * joined
            stems, text = self.coverage.surroundings(sentence)
            if rarest and not covered(rarest, stems):
                score -= _OFF_SUBJECT  # evidence that never names the most specific word is about something else
            # what is counted must be named by the sentence, or by its paragraph when the
            # sentence points back to it ("In 2025 was dit gestegen naar ...")
            counted_ok = (
                counted is None
                or covered(counted, sentence.stems)
                or (bool(_ANAPHOR.search(sentence.text)) and covered(counted, stems))
            )
            if counted_ok and q.metric and expected == "number" and counted is None:
                # "hoeveel plofkrakers": a number of suspects or offenders, not of crimes
                counted_ok = counts_people(sentence.text) if offenders else not counts_other(sentence.text, q.metric)
            if (
                counted_ok
                and counted
                and counted_head
                and covered(counted, sentence.stems)
                and not _stands_for_count(sentence.text, counted)
            ):
                # "hoeveel seniorenbijeenkomsten": a number must count meetings, not the
                # "750 senioren" who came to them
                counted_ok = self._counts(sentence.text, counted_head)
            fits = (
                counted_ok
                and len(_shown(sentence.text).split()) >= _MIN_WORDS  # a caption or heading states nothing
                and sentence.kind != "table_row"  # tables answer through their figures, never as rebuilt lines
                and self.sentences.eligible(sentence, probe, text if _REFERS_BACK.search(sentence.text) else "", text)
                and _in_period(sentence, period)
                and _same_year(sentence, q.years)
                and all(
                    self.coverage.accounts_for(term, word, stems, text) or self.coverage.named_in_section(word, sentence)
                    for word, term in anchored
                )
            )
            if fits and expected in ("number", "amount", "share") and not _ANAPHOR.search(sentence.text):
                # a number is about what its own sentence names: "312 plofkraken in Duitsland"
                # does not count the ones in Belgium mentioned next to it
                own = set(sentence.stems) | sentence.section_stems
                # a sentence that names no place or body of its own continues the name a sentence
                # before it in its paragraph gave ("Per april 2026 zijn er bijna 19 miljoen
                # diefstalchecks gedaan" after the one naming Stop Heling); a sub-group it must
                # name itself
                earlier = [] if self._names_other(sentence, q) else self._earlier_in_block(sentence, 3)
                # (and one that calls "de actie" the "inleveractie voor (steek)wapens" a
                # sentence before named, all that was said of it)
                refers = any(_by_head(term, sentence.text) for _, term in anchored)
                fits = all(
                    self.coverage.accounts_for(term, word, own, sentence.text.lower())
                    or (
                        (word[:1].isupper() or refers)
                        and any(self.coverage.accounts_for(term, word, e.stems, e.text.lower()) for e in earlier)
                    )
                    for word, term in anchored
                )
            if fits and counted_head and self._counts(sentence.text, counted_head):
                score += _COUNTS_ASKED  # "bijna 19 miljoen diefstalchecks": a number of what is asked
            (scored if fits else nearby).append((score, sentence))
        if expected == "date":
            # "wanneer begon/eindigt X": a sentence that marks a start (or an end) first
            for asked, marks in _DATE_KINDS:
                if asked.search(q.text):
                    scored = [(score + (0.15 if marks.search(s.text) else 0.0), s) for score, s in scored]
            # a date with its month or day answers more exactly than the year alone
            scored = [(score + (0.05 if re.search(rf"\b(?:{MONTH})\b", s.text, re.I) else 0.0), s) for score, s in scored]
        if q.years:
            # of two undated statements of a state ("Sinds de start ... zijn er bijna 280.000
            # camera's geregistreerd"), the one in the letter written in the year asked
            scored = [(score + (_LETTER_YEAR if self._undated_in(s, q.years) else 0.0), s) for score, s in scored]
        if expected in ("reason", "method", "purpose"):
            # a sentence that mostly restates the question carries no reason, method or purpose
            asked_stems = {a for t in q_terms for a in alternatives(t)}
            scored = [(score - (0.15 if _restates(s, asked_stems) else 0.0), s) for score, s in scored]
        if expected in ("method", "purpose", "definition") and specific:
            # a sentence that opens on the subject describes it ("Met een CHO kunnen ...",
            # "Hierin kunnen ze ..." after the sentence that introduces it)
            subject = sorted(specific, key=self.sentences.idf, reverse=True)[:2]
            # (it reorders what qualifies; it never makes a sentence qualify)
            scored = [
                (score + (_OPENS_ON if score >= MIN_SCORE and self._opens_on(s, subject) else 0.0), s) for score, s in scored
            ]
        attribute = ATTRIBUTE.match(core(q.text))
        if attribute:
            # "wat is de focus van het Offensief": the sentence that names the property asked
            property_asked = terms(attribute.group(1))
            # (it reorders what qualifies; it never makes a sentence qualify)
            scored = [
                (
                    score
                    + (
                        _NAMES_ATTRIBUTE if score >= MIN_SCORE and property_asked and covered(property_asked[0], s.stems) else 0.0
                    ),
                    s,
                )
                for score, s in scored
            ]
        if expected == "agent" and re.match(r"wie\b", core(q.text), re.I):
            # "wie zit namens X in ...": a sentence that names a person ("de heer J. Kant")
            # (it reorders what qualifies; it never makes a sentence qualify)
            scored = [
                (score + (_NAMES_PERSON if score >= MIN_SCORE and _PERSON.search(s.text) else 0.0), s) for score, s in scored
            ]
        if draft.citations:
            # the parts of one Kamervraag mostly ask about one passage: after an earlier part's
            # evidence, a sentence of its paragraph (or the next) comes first
            # (it reorders what qualifies; it never makes a sentence qualify)
            near = {
                (s.doc_id, s.block + step)
                for c in draft.citations
                for s in self.sentences.within(c.doc_id, c.start, c.end)
                for step in (0, 1)
            }
            scored = [
                (score + (_NEAR_EARLIER if score >= MIN_SCORE and (s.doc_id, s.block) in near else 0.0), s) for score, s in scored
            ]
        if expected == "list" or q.kind == "list":
            # an enumeration (several commas, a colon, list items) answers a "welke" question
            scored = [(score + (0.1 if _enumerates(s) else 0.0), s) for score, s in scored]
        scored.sort(key=lambda pair: -pair[0])
        nearby.sort(key=lambda pair: -pair[0])
        # the best sentence that holds the expected type of answer (or whose next sentence does)
        pick: tuple[float, Sentence, Sentence | None] | None = None
        # distinct parts of one question need distinct evidence: a sentence an earlier part
        # already quoted does not answer this one
        used = {(c.doc_id, c.start) for c in draft.citations} - draft.reusable
        for score, sentence in scored:
            if score < MIN_SCORE:
                break
            if (sentence.doc_id, sentence.start) in used:
                continue
            if self.holds(expected, sentence, q):
                pick = (score, sentence, None)
            elif expected == "number" and SHARE_WORDS.search(sentence.text):
                # "Een derde van ... vond plaats binnen ... Amsterdam" with note "762 van de 2.318"
                follow = next((f for f in self._footnotes(sentence) if COUNT_OF_TOTAL.match(f.text)), None)
                if follow is not None:
                    pick = (score, sentence, follow)
            elif expected in ("reason", "purpose", "method") or (expected == "list" and _ASKS_PLACES.search(q.text)):
                # the reason, purpose, method or places are often a later sentence of the paragraph
                # that introduces the subject ("... is gestart. Doel hiervan is ...")
                after = self._rest_of_block(sentence, _EXPLAINS_WITHIN)
                if expected == "list":
                    after += self._footnotes(sentence)  # "de zes gemeenten [6]": the places are in note 6
                follow = next((f for f in after if self.holds(expected, f, q)), None)
                if follow is not None:
                    pick = (score, sentence, follow)
            if pick:
                break
        if pick is None and expected == "method" and scored and scored[0][0] >= _DESCRIBES:
            # a method is often described without a word that marks it ("Hierin leggen ze
            # vast ..."): a sentence that matches the question this well, with its paragraph
            pick = (scored[0][0], scored[0][1], None)
        if pick is None:
            if not quiet:
                draft.sentences.append(REFUSAL)
                for _, sentence in (scored + nearby)[:3]:
                    draft.offer(sentence.doc_id, sentence.start, sentence.end)
            return False
        best_score, best, follow = pick
        if follow is None and _COUNTED_PLACES.search(best.text) and not _NAMES.search(best.text):
            # "de zes gemeenten met de meeste aanslagen [6]": which ones, a note names
            follow = next((f for f in self._footnotes(best) if _NAMES.search(f.text)), None)
        chosen = [best] + ([follow] if follow else [])
        if follow is not None and follow.block == best.block and expected in ("reason", "purpose", "method"):
            # the sentences between the one naming the subject and the one that explains it
            # carry the explanation too ("... is gekoppeld aan de database. Als een opkoper
            # ..., dan krijgt politie automatisch een notificatiemelding.")
            rest = self._rest_of_block(best, _EXPLAINS_WITHIN)
            chosen = [best, *rest[: rest.index(follow) + 1]] if follow in rest else chosen
        if expected in ("reason", "purpose", "method"):
            # an explanation often runs on into the next sentence of its paragraph (as far as
            # three sentences past the one the explanation starts in)
            chosen.extend(self._rest_of_block(chosen[-1], 3 - max(0, len(chosen) - 2)))
        elif expected == "definition" and (DEFINING.search(best.text) or _ENTAILS.match(core(q.text))):
            # a characterisation goes on in the next sentence ("... kenmerken zich door ... Er
            # heerst een sterk wij-zij-gevoel ...")
            chosen.extend(self._rest_of_block(chosen[-1], 1))
        back = _BACK_REFERENCE.match(best.text) or _CAUSED_BEFORE.search(best.text)
        if expected == "reason" and (back or _THEREFORE.search(best.text)):
            # "Daarom is ...", "Met die reden ...", "Het is daarom ...": the reason is the
            # sentence before, and the one before that when it too says "daardoor"
            # (what follows the consequence is no part of the reason)
            before = self._previous(best)
            if before is not None:
                chosen = [before, *chosen] if back else [before, best] + ([follow] if follow else [])
                cause = self._previous(before)
                if _THEREFORE.search(before.text) and cause is not None and cause.block == before.block:
                    chosen = [cause, *chosen]
        elif _OPENS_WITH_REFERENCE.match(best.text) or _SUBJECT_BACK.match(best.text):
            # "Dit is een uitbreiding met ...": what "dit" is stands in the sentence before
            # (unless an earlier part of the question already quotes it)
            before = self._previous(best)
            if before is not None and before.block == best.block and (before.doc_id, before.start) not in used:
                chosen = [before, *chosen]
        if _LATER_ITEM.match(best.text):
            # "De tweede gaat over ...": the items before it, back to "De eerste ...", belong
            # to the same enumeration
            items: list[Sentence] = []
            earlier_item = self._previous(best)
            while earlier_item is not None and earlier_item.block == best.block and len(items) < 3:
                items.insert(0, earlier_item)
                if _FIRST_ITEM.match(earlier_item.text):
                    break
                earlier_item = self._previous(earlier_item)
            if items and _FIRST_ITEM.match(items[0].text):
                # (and the sentence that announces them: "... twee innovatieve start ups ...")
                opening = self._previous(items[0])
                if opening is not None and opening.block == best.block and _ANNOUNCED.search(opening.text):
                    items.insert(0, opening)
                chosen = [s for s in items if s not in chosen and (s.doc_id, s.start) not in used] + chosen
        following = self._rest_of_block(chosen[-1], 2)
        if following and following[0].text.startswith("("):
            chosen.append(following[0])  # "Een derde ... (762 van de 2.318 in totaal.)": the figure behind it
        asked_years = set(range(q.between[0], q.between[1] + 1)) if q.between else set(q.years)
        if len(asked_years) >= 2:
            # "tussen 2024 en 2025": the next sentence of the paragraph may give the other year
            # ("In 2025 was dit gestegen naar ...")
            dated = {int(y) for s in chosen for y in re.findall(r"\b(?:19|20)\d\d\b", s.text)}
            for later in self._rest_of_block(chosen[-1], 2):
                years = {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", later.text)}
                # (also "In 2025 bleef het aantal met 1.534 ... stabiel": the count just named)
                refers = bool(_ANAPHOR.search(later.text)) or bool(
                    re.search(r"\bhet (?:aantal|totaal|percentage)\b", later.text) and _COUNT_NOT_YEAR.search(later.text)
                )
                if years & asked_years - dated and refers:
                    chosen.append(later)
                    dated |= years
        # ("in welke maand ...": one date, not a list, though it asks "welke")
        asks_list = expected == "list" or (q.kind == "list" and expected not in ("date", "number", "amount", "share"))
        if asks_list or best.text.rstrip().endswith(":") or self._announces(best):
            chosen.extend(self._list_continuation(best, asks_list))
        elif q.kind == "definition":
            # a formal definition in a footnote of the best sentence answers most directly
            chosen = self._defining_footnotes(best, q) + chosen
        if len(chosen) == 1 and expected not in ("number", "amount", "share", "date"):
            second = next(
                (
                    s
                    for score, s in scored[1:]
                    if score >= 0.8 * best_score and s.block != best.block and s.text != best.text and self.holds(expected, s, q)
                ),
                None,
            )
            if second is not None:
                chosen.append(second)
        unique: list[Sentence] = []
        for sentence in chosen:
            if not any(_same_content(sentence, kept) for kept in unique):
                unique.append(sentence)
        how = comparison(q.text)
        unique_note = ""
        if how is not None and how.kind == "between" and how.yes_no:
            # "Was X in 2025 hoger dan in 2024?": ja/nee only from the change the passage
            # states, never from its words alone
            change, stated = asked_trend(q.text, how), stated_trend(" ".join(s.text for s in unique))
            verdict = None if change is None or stated is None else "Ja" if change == stated else "Nee"
            sized = None if verdict is not None else _by_size(q.text, " ".join(s.text for s in unique))
            if sized is not None:
                # "is X harder gedaald dan Y": from the sizes the passage gives each
                verdict = sized
                unique_note = f"(Vergelijking {COMPUTED}.)"
        else:
            # (also "laagste aantal ooit?": a yes/no superlative the passage states in words)
            asks_verdict = expected == "yesno" or (
                expected == "comparison" and how is not None and how.kind == "extreme" and how.yes_no
            )
            verdict, carriers = self.verdict(q, best) if asks_verdict else (None, [])
            # the sentences later in the paragraph that say what the verdict rests on and the
            # best sentence does not ("... daarna verspreid onder gemeenten"), after it
            unique += [c for c in carriers if c not in unique]
        for sentence in unique:
            n = draft.cite(sentence.doc_id, sentence.start, sentence.end)
            draft.sentences.append(with_marker(_shown(sentence.text), n))
        if verdict:
            draft.sentences[len(draft.sentences) - len(unique)] = f"{verdict}: " + _first_lower(
                draft.sentences[len(draft.sentences) - len(unique)]
            )
        if unique_note:
            draft.sentences.append(unique_note)
        return True

    def verdict(self, q: Question, sentence: Sentence) -> tuple[str | None, list[Sentence]]:
        """Ja or Nee for a yes/no question, only when the sentence with its paragraph accounts
        for every content word of the question (same stem, synonym or compound): Nee when
        what is said negates what the question does not, else Ja. None when they do not
        cover the question fully. With it, the sentences of the paragraph after
        ``sentence`` that carry the content words it lacks itself (the verdict rests on them,
        so the answer quotes them after it)."""
        stems, text = self.coverage.surroundings(sentence)
        asked = core(q.text)
        content = [t for t in dict.fromkeys(terms(asked)) if not t.isdigit() and t not in _HEDGES]
        anchors = self.coverage.anchors(q)
        first = terms(asked.split(" ", 1)[0])
        if first and content and content[0] == first[0] and all(first[0] != t for _, t in anchors):
            content = content[1:]  # the verb a yes/no question opens with is what ja/nee answers
        pool = set(sentence.stems | stems)
        share = (
            sum(self.coverage.accounts_for(t, t, pool, text) or _said_alike(t, pool) for t in content) / len(content)
            if content
            else 0.0
        )
        own = terms(sentence.text)
        if share < 0.75 or not all(covered(t, sentence.stems) for _, t in anchors if t in own):
            return None, []
        missing = [t for t in content if not self.coverage.accounts_for(t, t, set(sentence.stems), sentence.text.lower())]
        carriers: list[Sentence] = []
        for other in self._rest_of_block(sentence, _CARRIES_WITHIN):
            if not missing:
                break
            carried = [t for t in missing if self.coverage.accounts_for(t, t, set(other.stems), other.text.lower())]
            if carried:
                carriers.append(other)
                missing = [t for t in missing if t not in carried]
        predicate = _PREDICATE.search(asked)
        if predicate and not any(_predicate_in(predicate.group(1), set(s.stems)) for s in [sentence, *carriers]):
            # "Is de wet al geëvalueerd?": ja/nee only from a quoted sentence that says it was
            # evaluated ("De plan- en procesevaluatie zijn inmiddels afgerond"), not from one
            # that names the law
            says = next((s for s in self._rest_of_block(sentence, 5) if _predicate_in(predicate.group(1), set(s.stems))), None)
            if says is None:
                return None, []
            carriers.append(says)
        if _HYPOTHETICAL.search(_main_clause(sentence.text)) and not _HYPOTHETICAL.search(q.text):
            # "... zou gedacht kunnen worden aan wetgeving die ...": a thought, not a plan; the
            # verdict is what the paragraph goes on to say of it ("... is niet ophanden")
            said = next(
                (
                    s
                    for s in self.sentences.following(sentence, 6)
                    if s.section == sentence.section
                    and _NEGATION.search(_main_clause(s.text))
                    and any(covered(t, set(s.stems)) for t in content)
                ),
                None,
            )
            return ("Nee", [*carriers, said]) if said is not None else (None, [])
        negated = any(_NEGATION.search(_main_clause(s.text)) for s in [sentence, *carriers]) and not _NEGATION.search(q.text)
        if not negated and _ALREADY.search(q.text) and any(_INTENDED.search(s.text) for s in [sentence, *carriers]):
            # "Is de richtlijn al aangepast?": a passage that says it is intended or expected
            # ("is voornemens ... te herzien") says it has not happened yet
            negated = True
        return ("Nee" if negated else "Ja"), carriers

    def holds(self, expected: AnswerType, sentence: Sentence, q: Question) -> bool:
        """Does ``sentence`` hold the kind of answer ``expected``?"""
        text = sentence.text
        if _ASKS_AGE.search(q.text) and expected in ("list", "fact", "agent"):
            return bool(_AGE.search(text))
        if expected == "list" and _ASKS_PLACES.search(q.text):
            # "in welke gemeenten ...": the places by name ("Dordrecht, Haarlemmermeer en ...")
            return bool(_NAMES.search(text))
        if expected == "definition":
            # a definition names what it defines (a footnote "Definitie ...": the word it is
            # attached to) and does not merely list it among others
            subject = definition_subject(q.text)
            named = terms(subject) if subject and len(subject.split()) == 1 else []
            footnote_definition = sentence.kind == "footnote" and re.match(r"(\d+\s+)?definitie", text, re.I)
            if named and not footnote_definition and not self._names(sentence, named[0]):
                return False
            # and says what it is or does ("... is ...", "heeft tot doel", "Met een CHO kunnen ...")
            says = DEFINING.search(text) or self._opens_on(sentence, named) or re.search(r"\b(is|zijn|was|waren)\b", text)
            if named and not (footnote_definition or says):
                return False
            return not _only_listed(text, subject)
        if expected == "number" and answer_type(q.text) != "trend":
            # a count asked: a number that is no year ("vijf keer", "ruim 100", "41 RIO's")
            # (a development of a sub-group, "hoe ontwikkelden X zich", may be told in words)
            return any(True for _ in _counts_in(text))
        cue = _TYPE_CUES.get(expected)
        if cue is None:
            return True
        if expected == "agent":
            # a name inside the sentence, not its capitalised first word
            return bool(cue.search(text[1:])) or bool(re.search(r"\b[A-Z]{2,}", text))
        if expected == "date":
            asked = {str(y) for y in q.years}
            return any(m.group(0) not in asked for m in cue.finditer(re.sub(r"\S*(https?://|www\.)\S*", " ", text)))
        if expected == "method" and _DESCRIBES_PREVIOUS.match(text):
            return True  # "Hierin kunnen ze vastleggen ...": what the thing just named is used for
        if expected == "reason" and _TYPE_CUES["purpose"].search(text):
            return True  # "waarom ... niet openbaar": "ter bescherming van ...", "om ... te ..." is a reason too
        return bool(cue.search(text))

    def _undated_in(self, sentence: Sentence, years: tuple[int, ...]) -> bool:
        """Does ``sentence`` name no year itself while its letter is dated in one of ``years``?"""
        return not ANY_YEAR.search(sentence.text) and self._letter_years[sentence.doc_id] in years

    def _earlier_in_block(self, sentence: Sentence, limit: int) -> list[Sentence]:
        """Up to ``limit`` sentences before ``sentence`` in its paragraph, nearest first."""
        out: list[Sentence] = []
        earlier = self._previous(sentence)
        while earlier is not None and earlier.block == sentence.block and len(out) < limit:
            out.append(earlier)
            earlier = self._previous(earlier)
        return out

    def _names_other(self, sentence: Sentence, q: Question) -> bool:
        """Does ``sentence`` name a place, body or thing (a capitalised word past its first
        word, an acronym) that the question does not?"""
        asked = set(terms(q.text))
        return any(
            not covered(t, asked)
            for name in re.findall(r"(?<=\s)[A-Z][\wà-ÿ'’-]+", _shown(sentence.text))
            for t in terms(name)[:1]
        )

    def _names(self, sentence: Sentence, term: str) -> bool:
        """Does ``sentence`` name ``term``: itself, a synonym, the words an acronym stands for,
        or by opening on a word pointing back to the sentence before it that names it ("Deze
        interventie ...")?"""
        expansion = terms(self.sentences.acronyms.get(term.upper(), ""))
        if covered(term, sentence.stems) or (expansion and all(covered(t, sentence.stems) for t in expansion)):
            return True
        before = self._previous(sentence)
        return (
            bool(re.match(r"(deze|dit|die|hij|zij|ze)\b", sentence.text, re.I))
            and before is not None
            and before.block == sentence.block
            and covered(term, before.stems)
        )

    def _opens_on(self, sentence: Sentence, subject: list[str]) -> bool:
        """Does ``sentence`` say what its subject does or is: "Met een CHO kunnen ...",
        "Liveview is ...", or "Hierin kunnen ze ..." right after a sentence of its paragraph
        that names the subject? The subject is one of the ``subject`` stems, or an acronym
        standing for it."""
        text = re.sub(r"^\d{1,3}\s+", "", _shown(sentence.text))  # a footnote's number
        if _DESCRIBES_PREVIOUS.match(text):
            before = self._previous(sentence)
            return before is not None and before.block == sentence.block and any(covered(t, before.stems) for t in subject)
        opening = _SAYS_WHAT.match(text)
        if opening is None:
            return False
        words = set(terms(opening.group(1)))
        for acronym in re.findall(r"\b[A-Z]{2,6}\b", opening.group(1)):
            words |= set(terms(self.sentences.acronyms.get(acronym, "")))
        return any(covered(t, words) for t in subject)

    def _previous(self, sentence: Sentence) -> Sentence | None:
        """The sentence before ``sentence`` in its document (same or previous paragraph)."""
        before = self.sentences.previous(sentence)
        return before if before is not None and before.kind in ("paragraph", "list_item") else None

    def _next_in_block(self, sentence: Sentence) -> Sentence | None:
        following = self._rest_of_block(sentence, 1)
        return following[0] if following else None

    def _rest_of_block(self, sentence: Sentence, limit: int) -> list[Sentence]:
        """Up to ``limit`` sentences after ``sentence`` in its paragraph."""
        out: list[Sentence] = []
        for following in self.sentences.following(sentence, limit):
            if following.block != sentence.block:
                break
            out.append(following)
        return out

    def _counts(self, text: str, head: str) -> bool:
        """Does a number in ``text`` (in digits or words) count ``head``: is it followed,
        within a few words, by a word ending in it or a synonym ("7.036 Nederlandse
        opkopers", "vier buitenlandse opkopers")?"""
        options = {single_vowels(o) for o in alternatives(head)}
        for match in _counts_in(text):
            # the words up to the end of its clause ("ruim 100 van het ROC Rijn IJssel
            # studenten"; not past "7% (WODC, ...")
            clause = re.split(r"[(),;:]|\.\s", text[match.end() :], maxsplit=1)[0]
            after = re.findall(r"[\wà-ÿ'’-]+", clause)[:7]
            if any(single_vowels(t).endswith(o) for word in after for t in terms(word) for o in options):
                return True
        return False

    def _announces(self, sentence: Sentence) -> bool:
        """Does the sentence announce items that follow as a list ("... drie digitale
        instrumenten ...", "de volgende maatregelen")?"""
        following = self.sentences.following(sentence, 1)
        return bool(_ANNOUNCED.search(sentence.text)) and any(
            f.kind == "list_item"
            or (f.block == sentence.block and (f.text.rstrip().endswith(":") or _COUNTED.search(sentence.text)))
            for f in following
        )

    def _list_continuation(self, sentence: Sentence, asks_list: bool = False) -> list[Sentence]:
        """The items after a sentence that announces a list: the rest of its paragraph and,
        after a colon or when list items follow, the next items (at most ``_MAX_ITEMS``).
        ``asks_list``: the question asks for the list, so an announced count of items ("drie
        digitale instrumenten") is followed further into the paragraph."""
        out: list[Sentence] = []
        # "drie digitale instrumenten ...": an item may take more than one sentence, so a
        # paragraph that announces a count of items runs on for a few sentences more
        announced_count = _ANNOUNCED.search(sentence.text)
        count = _count_of(announced_count.group(1)) if announced_count and asks_list else None
        in_block = min(count + 2, _MAX_ITEMS) if count else 3
        letter = _ITEM_LETTER.match(sentence.text)
        for following in self.sentences.following(sentence):
            if len(out) >= (_MAX_ITEMS if following.kind == "list_item" else in_block):
                break
            restart = _ITEM_LETTER.match(following.text)
            if letter and restart and ord(restart.group(1)) <= ord(letter.group(1)):
                break  # "e. ..." then "a. ...": the next list, not this one
            if restart:
                letter = restart
            same_block = following.block == sentence.block
            announced = (out[-1] if out else sentence).text.rstrip().endswith(":")
            if same_block or announced or following.kind == "list_item":
                out.append(following)
                if same_block and following.kind != "list_item" and _LAST_ITEM.search(following.text):
                    break  # "Het Digitaal Opkopers Loket (DOL) ten slotte, ...": the last item
            else:
                break
        return out

    def _footnotes(self, sentence: Sentence) -> list[Sentence]:
        """The sentences of the footnotes attached to the sentence's paragraph."""
        doc = self.documents[sentence.doc_id]
        out: list[Sentence] = []
        for n in doc.blocks[sentence.block].footnotes:
            block = doc.footnote(n)
            if block is not None:
                out += self.sentences.within(doc.id, block.start, block.end)
        return out

    def _defining_footnotes(self, sentence: Sentence, q: Question) -> list[Sentence]:
        """A footnote sentence of the best sentence's paragraph that defines the subject:
        it starts with "Definitie", or with the subject followed by "is"/"betreft"."""
        doc = self.documents[sentence.doc_id]
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


# how far into its paragraph a sentence may carry a word a yes/no verdict rests on
_CARRIES_WITHIN = 3

# a sentence that names the last item of a list
_ITEM_LETTER = re.compile(r"^([a-z])\.\s")  # a lettered item: "e. De technische ..."
_LAST_ITEM = re.compile(r"\b(ten slotte|tenslotte|tot slot|als laatste|tot besluit)\b", re.I)


# a relative or comparing clause: its "niet" says nothing of the main statement ("...
# dan jongeren uit de controlegroep, die deze interventie niet hebben gekregen")
_SUBORDINATE = re.compile(
    r",\s*(?:die|dat|welke|waarbij|waarin|wat)\b[^,;]*|\bdan (?:jongeren|mensen|personen|daders|de|het|een)\b[^;]*"
)


# the participle a yes/no question ends on: what ja/nee is about ("... al geëvalueerd?")
_PREDICATE = re.compile(rf"\b((?:{SEPARABLE})?ge[a-zà-ÿ]{{5,}}(?:d|t))\s*\??\s*$", re.I)


# participles that say the same of a goal, a study or a measure (general Dutch, not the
# documents' wording): "is het doel gehaald" is answered by "... behaald"
_SAME_PREDICATE = (
    frozenset({"gehaald", "behaald", "bereikt", "gerealiseerd", "waargemaakt"}),
    frozenset({"opgeleverd", "afgerond", "gepubliceerd", "verschenen", "voltooid", "afgesloten"}),
    frozenset({"gestart", "begonnen", "opgestart", "gelanceerd"}),
    frozenset({"gestopt", "beeindigd", "opgeheven", "stopgezet", "afgeschaft"}),
)


def _predicate_in(participle: str, stems: set[str]) -> bool:
    """Does any stem share the root of the participle, or of one that says the same
    ("gehaald" ~ "behaald")?"""
    word = unaccented(participle.lower())
    if _root_in(word, stems) is not False:
        return True  # said, or too short to tell
    same = next((group for group in _SAME_PREDICATE if word in group), frozenset())
    # (a synonym too short to tell proves nothing: "afgerond")
    return any(other in stems or _root_in(other, stems) is True for other in same - {word})


def _said_alike(term: str, stems: set[str]) -> bool:
    """Is ``term`` a participle whose synonym is among ``stems`` ("gehaald": "behaald")?"""
    group = next((g for g in _SAME_PREDICATE if term in g), None)
    return group is not None and any(other in stems for other in group)


def _root_in(word: str, stems: set[str]) -> bool | None:
    """Does any stem share the participle's root (its first five letters after "ge",
    doubled vowels written once): "geëvalueerd" ~ "effectevaluatie", "ingezet" ~ "inzet"?
    None when the root is too short to tell ("gezet", "gedaan")."""
    match = re.match(rf"({SEPARABLE})?ge(\w+?)(?:d|t)$", word)
    root = single_vowels((match.group(1) or "") + match.group(2) if match else word)
    if len(root) < 6:
        return None
    return any(root[:5] in single_vowels(stem) for stem in stems)


def _main_clause(text: str) -> str:
    """``text`` without its relative clauses and its "dan ..." comparison."""
    return _SUBORDINATE.sub(" ", text)


def _count_of(word: str) -> int | None:
    """The number an announcing word names ("drie" -> 3, "4" -> 4), None for "enkele"."""
    if word.isdigit():
        return int(word)
    digits = number_in_digits(word)
    return int(digits) if digits else None


def _counts_in(text: str) -> Iterator[re.Match[str]]:
    """The numbers in ``text`` that can count something, in digits or words: not a year."""
    # (not the digits of a name: "Covid-19")
    for match in re.finditer(rf"(?<![\w.,])(?<![A-Za-z]-)\d[\d.,]*|\b(?:{NUMBER_WORD})\b", text, re.IGNORECASE):
        if not re.fullmatch(r"(?:19|20)\d\d", match.group(0).rstrip(".,")):
            yield match


def _stands_for_count(text: str, counted: str) -> bool:
    """Does a demonstrative in ``text`` stand for a count said before ("dit steeg naar 500",
    "dit aantal", "deze jongeren"), rather than for some other thing ("Deze interventie ...")?"""
    for match in _DEMONSTRATIVE.finditer(text):
        after = re.match(r"\s+([\wà-ÿ'’-]+)", text[match.end() :])
        word = after.group(1).lower() if after else ""
        if not word or not word[0].isalpha() or word.startswith(("aantal", counted[:5].lower())) or word in _NOT_A_NOUN:
            return True
    return False


_NOT_A_NOUN = {"is", "was", "zijn", "waren", "wordt", "werd", "heeft", "had", "steeg", "daalde", "nam", "neemt", "komt", "kwam",
               "betreft", "betekent", "gaat", "ging", "jaar", "keer", "en", "of", "in", "op", "met", "naar", "tot", "van"}  # fmt: skip


def _in_period(sentence: Sentence, period: tuple[int, int] | None) -> bool:
    """Does the sentence (or its context) name a year within ``period``? True without one."""
    if period is None:
        return True
    years = {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", f"{sentence.text} {sentence.context}")}
    return any(period[0] <= y <= period[1] for y in years)


def _same_year(sentence: Sentence, years: tuple[int, ...]) -> bool:
    """A sentence that dates itself names an asked year: "de voor 2019 en 2020 gestelde
    doelen" does not answer a question about 2021. A sentence without a year may."""
    if not years:
        return True
    named = {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", sentence.text)}
    return not named or bool(named & set(years)) or any(_named_range(sentence.text, y) for y in years)


def _named_range(text: str, year: int) -> bool:
    """Does ``text`` name a period that holds ``year`` ("2022-2026", "2015 tot en met 2020")?"""
    for a, b in re.findall(r"\b((?:19|20)\d\d)\s*(?:-|–|tot en met|t/m|tot)\s*((?:19|20)\d\d)\b", text):
        if int(a) <= year <= int(b):
            return True
    return False


def _same_content(a: Sentence, b: Sentence) -> bool:
    """Near-duplicates (the same statement repeated in another letter) add nothing."""
    smaller = min(len(a.stems), len(b.stems))
    return smaller > 0 and len(a.stems & b.stems) / smaller >= 0.8


def _first_lower(sentence: str) -> str:
    """Lower-case the first letter after "Ja: ", unless it starts a name or an acronym."""
    first = sentence.split(" ", 1)[0]
    return (
        sentence if first.isupper() or (len(first) > 1 and first[1:].lower() != first[1:]) else sentence[0].lower() + sentence[1:]
    )


def _enumerates(sentence: Sentence) -> bool:
    """Does the sentence list things: a list item, a colon before items, several commas?"""
    return sentence.kind == "list_item" or sentence.text.rstrip().endswith(":") or sentence.text.count(",") >= 2


def _restates(sentence: Sentence, asked: set[str]) -> bool:
    """Are at least four in five of the sentence's content words the question's own?"""
    own = [t for t in sentence.stems if not t.isdigit()]
    return bool(own) and sum(t in asked for t in own) / len(own) >= 0.8


def _shown(text: str) -> str:
    """A quoted sentence as the answer shows it: without its list bullet or a leading bare
    link (the citation's quote keeps both)."""
    text = _LIST_MARKER.sub("", text)
    return re.sub(r"^\S*(?:https?://|www\.)\S*\s+(?=\S)", "", text)


def _only_listed(text: str, subject: str | None) -> bool:
    """Does ``text`` name a one-word ``subject`` only as an item of an enumeration ("zoals
    babbeltrucs, hulpvraagfraude en phishing"), so that it uses the word without saying what
    it is?"""
    if not subject or len(subject.split()) != 1 or text.count(",") < 2:
        return False
    stem = re.escape(subject.rstrip("s"))
    mentions = list(re.finditer(rf"\b{stem}\w*", text, re.I))
    listed = re.compile(rf"(?:,\s*|\ben\s+|\bof\s+)(?:het\s+|de\s+)?{stem}\w*|\b{stem}\w*(?:\s+\S+){{0,3}}?\s*,", re.I)
    return bool(mentions) and len(listed.findall(text)) >= len(mentions)


def _by_head(term: str, text: str, before: str = r"de|het|deze|die|dit|dat") -> bool:
    """Does ``text`` name the compound ``term`` by its last word after an article ("de
    actie" for "inleveractie"), the way a paragraph refers back to what it named before?"""
    return any(
        len(head) >= 4 and len(term) > len(head) + 2 and term.endswith(head)
        for word in re.findall(rf"\b(?:{before})\s+([a-zà-ÿ-]+)", text, re.I)
        for head in terms(word)[:1]
    )


# "is het aantal straatrovers harder gedaald dan het aantal overvallers": the two things
# whose change is compared, the first before the comparing word, the second after "dan"
_SIZES_ASKED = re.compile(
    r"(?P<a>[\wà-ÿ'’-]+)\s+(?P<how>sterker|harder|sneller|minder sterk|zwakker|langzamer)\b.*\bdan\b.*?(?P<b>[\wà-ÿ'’-]+)\W*$",
    re.I,
)


def _by_size(question: str, passage: str) -> str | None:
    """Ja or Nee to "is X sterker gedaald dan Y" from the percentages the passage gives X and
    Y ("73% bij straatrovers en 49% bij overvallers"); None when it does not give both."""
    asked = _SIZES_ASKED.search(core(question))
    if asked is None:
        return None
    sizes = []
    for side in (asked.group("a"), asked.group("b")):
        stem = terms(side)[:1]
        found = [
            parse_number(m.group(1).lstrip("+-"))
            for m in re.finditer(r"([+-]?\d+(?:,\d+)?)\s?%\s+(?:bij|voor|van|onder)\s+(?:de\s+|het\s+)?([\wà-ÿ'’-]+)", passage)
            if terms(m.group(2))[:1] == stem
        ]
        if len(found) != 1 or found[0] is None:
            return None
        sizes.append(found[0])
    if sizes[0] == sizes[1]:
        return "Nee"
    first_larger = sizes[0] > sizes[1]
    weaker = asked.group("how").lower() in ("minder sterk", "zwakker", "langzamer")
    return "Ja" if first_larger != weaker else "Nee"
