"""Coverage: what a question is about, and whether evidence accounts for it.

A question's *anchors* (names, acronyms, the nouns of prepositional phrases, a word right
before a metric) must be accounted for by the evidence: the sentence, its paragraph,
section and footnotes, or, for a figure, the labels of its table and document. Matching
allows stems, compounds and Dutch synonyms (``lexicon``). A "hoeveel X" question's counted
noun X must be what the evidence counts.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from assistant.answer.evidence import STOPWORDS, Sentence, SentenceIndex, terms
from assistant.answer.lexicon import HEDGING_ADVERBS, PEOPLE_NOUNS, SEPARABLE, alternatives, anchors, covered, single_vowels
from assistant.answer.question import NOW, RECENT, Question
from assistant.answer.shape import core
from index.metrics import BASE_METRICS
from index.records import Document, Figure

# Words that name no sub-group of a figure: counting, registering, the country, documents.
_GENERIC = {
    t
    for word in (
        "aantal aantallen geregistreerd geregistreerde registratie gepleegd gepleegde voorgekomen plaatsgevonden gebeurd "
        "cijfer cijfers totaal totale landelijk landelijke nederland jaar jaren periode procent "
        "percentage gemiddeld brief kamerbrief rapportage voortgangsrapportage actieprogramma beslisnota document volgens "
        "staat stond vermeld genoemd gemeld high impact crimes hic delict delicten feit feiten eerste tweede derde "
        # comparing words ask how figures relate, they name no sub-group
        "meest meeste minst minste hoogst hoogste laagst laagste grootst grootste kleinst kleinste meer minder hoger "
        "lager groter kleiner piek vergeleken vergelijking tegenover versus opzichte tov verschil gestegen gedaald toegenomen "
        "afgenomen stijging daling maximaal maximale minimaal minimale ja nee sterker sterkst harder sneller welke vs "
        # whether a goal was reached, against what was reached ("ambitie vs werkelijk aantal")
        "gehaald behaald bereikt werkelijk werkelijke daadwerkelijk daadwerkelijke procentpunt "
        "procentpunten aandeel daalt dalen daalde daalden stijgt stijgen steeg stegen "
        # words that date the question at the present ("hoeveel staan er inmiddels in ...")
        "inmiddels momenteel thans tegenwoordig heden actueel actuele huidig huidige "
        # a quantity in words says how many, not which ("de vele loze alarmen")
        "vele veel velen talrijke "
        # words asking for a course over time ("plofkraken verloop sinds 2016")
        "ontwikkeling verloop trend "
        # words that point back or link ("in verband met dergelijke aanslagen")
        "verband dergelijke desbetreffende betreffende genoemde bovengenoemde voornoemde "
        # the particle of "neerkomen op" ("hoeveel per uur komt dat op neer")
        "neer "
        # a ratio asked ("hoeveel keer zoveel straatroven als overvallen")
        "zoveel maal"
    ).split()
    for t in terms(word)
}


# words of a question that say how it is asked, not what it is about
_FUNCTION = set(
    terms(
        "volgens zich ontwikkeld ontwikkelde ontwikkelen veranderd veranderde gebeurd gedaan gemaakt genomen sinds tussen "
        "ongeveer inmiddels momenteel precies daadwerkelijk eigenlijk graag "
        # when, relative to what was said ("welke maatregelen zijn er sindsdien getroffen")
        "sindsdien destijds toentertijd tegenwoordig onlangs recentelijk "
        f"{HEDGING_ADVERBS} "
        # degree words say how much, not about what: "fors toegenomen", "duidelijk gegroeid"
        "fors flink duidelijk aanzienlijk enorm behoorlijk substantieel significant drastisch sterk historisch"
    )
)

_QUESTION_START = re.compile(
    r"(hoeveel|hoe|wat|welke?|wie|wanneer|waarom|waar\w*|is|zijn|was|waren|heeft|hebben|wordt|worden|kan|kunnen|noem|geef)\b",
    re.I,
)


def _terse(text: str) -> bool:
    """A keyword query: no question mark, no question word, a few words."""
    return not text.rstrip().endswith("?") and not _QUESTION_START.match(text.strip()) and len(text.split()) <= 8


class Coverage:
    """Anchors of questions and what accounts for them.

    Args:
        documents: the indexed documents, by id.
        sentences: the sentence index.
        figures: every figure of the index.
    """

    def __init__(self, documents: dict[str, Document], sentences: SentenceIndex, figures: list[Figure]) -> None:
        self.documents = documents
        self.sentences = sentences
        self.figures = figures
        # every stem of the corpus, space-separated: a word may be the start of a compound
        self._vocabulary = " " + " ".join(sorted(sentences.df))
        self._vocabulary_single = single_vowels(self._vocabulary)
        self._expanded: dict[str, list[str]] = {}  # stem -> acronyms whose expansion holds it
        self._labels: dict[str, tuple[set[str], str]] = {}  # metric -> its figures' label stems and text
        # (doc, block) -> the paragraph's stems and lower-cased text
        self._blocks: dict[tuple[str, int], tuple[set[str], str]] = {}
        # words of the documents' titles and kinds: naming a document restricts the sources
        self._title_stems = {
            t for doc in documents.values() for t in terms(f"{doc.meta.title} {doc.meta.kind} {' '.join(doc.meta.signatories)}")
        } - set(terms("overvallen straatroven woninginbraken geweld high impact crimes"))

    def anchors(self, q: Question, metric_words: bool = False) -> list[tuple[str, str]]:
        """The question's anchors (``lexicon.anchors``) that carry content: not generic
        counting words, measure words, metric words or stopwords; with ``metric_words`` a
        word right before the metric counts too ("gewapende overvallen"), and so does every word
        of a keyword query ("woninginbraken gemeente utrecht 2025")."""
        patterns = [p for _, p in BASE_METRICS] if metric_words else []
        out = []
        # "de afgelopen vijf jaar", "op dit moment" set a period, they name no subject
        text = NOW.sub(" ", RECENT.sub(" ", q.text))
        # "naar aanleiding van X" says what prompted it; X, not "aanleiding", is the subject
        text = re.sub(r"\bnaar aanleiding van\b", " ", text, flags=re.I)
        found = anchors(core(text), patterns)
        if metric_words and _terse(q.text):
            # a keyword query ("woninginbraken gemeente utrecht 2025") has no phrases to
            # find its subject by: every word of it is one
            found += [(w, t[0]) for w in re.findall(r"[\wà-ÿ'’-]+", text) if len(t := terms(w)) == 1 and (w, t[0]) not in found]
        # an acronym typed in lower case ("wetsvoorstel dor en dol") names its subject too
        found += [
            (w.upper(), t[0])
            # (the first word too, which the question's cleaning capitalised: "Rio fte ...")
            for w in re.findall(r"\b[a-z]{3,6}\b", q.text[:1].lower() + q.text[1:])
            if w.upper() in self.sentences.acronyms
            and w not in STOPWORDS
            and len(t := terms(w)) == 1
            and all(f[1] != t[0] for f in found)
        ]
        for word, term in found:
            low = word.lower()
            if (
                term in _GENERIC
                or term in _FUNCTION
                or low in STOPWORDS
                or len(term) < 2
                or any(p.search(low) for _, p in BASE_METRICS)
            ):
                continue
            if term in self._title_stems:
                continue  # "volgens het actieprogramma van de Taskforce" names a source, not a subject
            if re.search(r"opheld|recidiv|ambiti|streef|doel|procent", term):
                continue
            out.append((word, term))
        return out

    def names_content(self, term: str) -> bool:
        """Is ``term`` a word of content, not a counting, comparing, document or function
        word ("volgens", "ontwikkelde", "actieprogramma")?"""
        return term not in _GENERIC and term not in self._title_stems and term not in _FUNCTION

    def accounts_for(self, term: str, word: str, pool: AbstractSet[str], text: str) -> bool:
        """Does evidence with stems ``pool`` (and lower-cased ``text``) account for an anchor?
        An acronym also counts where the words it stands for appear."""
        if covered(term, pool) or word.lower().strip("'’s") in text:
            return True
        expansion = self.sentences.acronyms.get(word.rstrip("'’s").upper()) or self.sentences.acronyms.get(word.rstrip("'’s"))
        if expansion is not None and (expansion.lower() in text or all(covered(t, pool) for t in terms(expansion))):
            return True
        # a word of an expansion, where the evidence uses the acronym ("Register" ~ "DOR"),
        # or the name's last word as its short form ("aangesloten op het Register")
        return any(
            re.search(rf"\b{re.escape(a.lower())}\b", text)
            or (
                len(name := self.sentences.acronyms[a].split()) >= 3
                and re.search(rf"\b(?:het|de) {re.escape(name[-1].lower())}\b", text)
            )
            for a in self._acronyms_of(term)
        )

    def _acronyms_of(self, term: str) -> list[str]:
        if term not in self._expanded:
            self._expanded[term] = [a for a, e in self.sentences.acronyms.items() if term in terms(e) and len(a) >= 3]
        return self._expanded[term]

    def unaccounted(self, q: Question) -> list[str]:
        """Anchors of a figure question that the metric, the measure and the labels of the
        figures do not account for ("supermarkten" in "overvallen op supermarkten")."""
        labels, text = self._labels_of(q.metric or "")
        found = self.anchors(q, metric_words=True)
        people: list[str] = []  # "plofkrakers": who commits the crime, not the crimes counted
        for token in re.findall(r"[\wà-ÿ-]+", q.text):
            low = token.lower()
            hits = [hit for _, pattern in BASE_METRICS if (hit := pattern.search(low))]
            # "woningovervallen", "uitgaansgeweld": a compound that narrows the metric
            prefix = next((token[: hit.start()].rstrip("-") for hit in hits if hit.start() >= 4), "")
            if prefix and terms(prefix):
                found.append((prefix, terms(prefix)[0]))
            if hits and re.search(r"[a-z]ers?$", low) and terms(token) and terms(token)[0] not in labels:
                people.append(token)
        counted = counted_noun(q.text)
        if counted and counted not in _GENERIC and not any(term == counted for _, term in found):
            # "Hoeveel supermarkten zijn er overvallen": what is counted is the sub-group
            found.append((next((w for w in re.findall(r"[\wà-ÿ'’-]+", q.text) if terms(w)[:1] == [counted]), counted), counted))
        missing = [word for word, term in found if not self.accounts_for(term, word, labels, text)]
        if not (q.metric or "").startswith("recidive"):
            # only figures labelled with the people themselves answer a question about them
            missing += [token for token in people if token not in missing]
        return missing

    def _labels_of(self, metric: str) -> tuple[set[str], str]:
        """The stems and lower-cased text that label ``metric``'s figures: table, section,
        row and column, measure, and the document's title (acronyms spelled out)."""
        if metric not in self._labels:
            labels: set[str] = set()
            text = ""
            for f in self._figures_of(metric):
                words = f"{f.table} {f.section} {f.column_label} {f.row_label} {f.metric} {f.measure} {self.documents[f.doc_id].meta.title}"
                words += " " + " ".join(self.sentences.acronyms.get(a, "") for a in re.findall(r"\b[A-Z]{2,}\b", words))
                labels |= set(terms(words))
                text += f" {words}".lower()
            self._labels[metric] = (labels, text)
        return self._labels[metric]

    def _figures_of(self, metric: str) -> list[Figure]:
        return [f for f in self.figures if f.metric == metric]

    def surroundings(self, sentence: Sentence) -> tuple[set[str], str]:
        """The stems and lower-cased text a sentence stands in: itself, its paragraph, its
        section path, document title and footnotes (a paragraph names its subject once)."""
        key = (sentence.doc_id, sentence.block)
        if key not in self._blocks:
            block = self.documents[sentence.doc_id].blocks[sentence.block].text
            self._blocks[key] = (set(terms(block)), block.lower())
        stems, text = self._blocks[key]
        return stems | sentence.section_stems | sentence.context_stems, f"{text} {sentence.context.lower()}"

    def named_in_section(self, word: str, sentence: Sentence) -> bool:
        """Does the sentence's section name a hyphenated compound anchor in full, in another
        paragraph, while the sentence names its first part? "IPTA-mentor" for a paragraph on
        "IPTA" whose section speaks of "de IPTA-mentor" a paragraph later: a section names
        its subject in full once and shortly after."""
        parts = word.lower().split("-")
        if len(parts) < 2 or len(parts[0]) < 2:
            return False
        stems, text = self.surroundings(sentence)
        first = terms(parts[0])
        if not self.accounts_for(first[0] if first else parts[0], parts[0], stems, text):
            return False
        blocks = self.documents[sentence.doc_id].blocks
        section = blocks[sentence.block].section
        return any(b.section == section and word.lower() in b.text.lower() for b in blocks)

    def known(self, term: str) -> bool:
        """Does the corpus use ``term``, a synonym of it, or (for a hyphenated compound) each
        of its parts ("cho-modelprotocol": "cho" and "modelprotocol")?"""
        if self.sentences.known(term) or _synonym_known(term, self.sentences):
            return True
        if len(term) >= 6 and f" {term}" in self._vocabulary:
            return True  # the first part of a compound the corpus uses ("wachtwoord" in "wachtwoordgedrag")
        if len(term) >= 8 and term in self._vocabulary:
            return True  # inside a longer word ("raadpleegt" in "geraadpleegd")
        # a noun made from a verb the corpus uses: "aanscherping" (stem "aanscherp") ~
        # "aangescherpt"
        root = term[:-3] if term.endswith("ing") else term
        separable = re.match(rf"({SEPARABLE})(\w{{4,}})$", root)
        if len(root) >= 7 and separable:
            forms = {root, f"{separable.group(1)}ge{separable.group(2)}"}
            if any(single_vowels(f) in self._vocabulary_single for f in forms):
                return True
        # each part of a hyphenated compound, stemmed apart or the start of a known word
        # ("motie-bruyn" of "motie-Bruyning": "bruyning")
        parts = [p for p in term.split("-") if p]
        return len(parts) > 1 and all(
            self.sentences.known(p) or len(p) < 3 or (len(p) >= 4 and f" {p}" in self._vocabulary) for p in parts
        )


_NOT_COUNTED = {
    "eind",
    "begin",
    "medio",
    "per",
    "procent",
    "keer",
    "geld",
    "euro",
    "jaar",
    "jaren",
    "maanden",
    "dagen",
    "mensen",
    "meer",
    "minder",
    "vaak",
    # "hoeveel verschil / toename": the change of a count, not a thing counted
    "verschil",
    "toename",
    "afname",
    "stijging",
    "daling",
    "groei",
    "er",
    "is",
    "zijn",
    "waren",
    "was",
    "worden",
    "werden",
    "de",
    "het",
    "een",
}


def counted_noun(text: str) -> str | None:
    """The stem of what a "hoeveel ..." question counts: the first noun after "hoeveel"
    (an inflected adjective before it, "particuliere camera's", skipped); None when it is
    a metric or a word that counts nothing in particular."""
    tokens = re.findall(r"[\wà-ÿ'’-]+", text)
    lowered = [t.lower() for t in tokens]
    start = next((i + 1 for i, t in enumerate(lowered) if t in ("hoeveel", "aantal")), None)
    if start is None or start >= len(tokens):
        return None
    i = start
    while i + 1 < len(tokens) and lowered[i] in ("nu", "momenteel", "tegenwoordig", "inmiddels", "thans"):
        i += 1  # "hoeveel nu (fte ...)": the moment is not what is counted
    if lowered[i] in ("uit", "in", "van") and i + 3 < len(tokens) and lowered[i + 2].endswith("e"):
        i += 2  # "hoeveel uit Nederland afkomstige verdachten": the origin is not what is counted
    while (
        i + 1 < len(tokens)
        and len(lowered[i]) >= 5
        and lowered[i].endswith("e")
        and lowered[i + 1] not in _NOT_COUNTED | STOPWORDS
    ):
        i += 1  # "particuliere camera's": the adjective is not what is counted
    word = lowered[i]
    person = re.search(rf"({PEOPLE_NOUNS})$", word)
    if person and person.start() > 0:
        return terms(person.group(1))[0]  # "plofkraakverdachten" counts suspects, not plofkraken
    if word in _NOT_COUNTED or word in STOPWORDS or any(p.search(word) for _, p in BASE_METRICS) or re.match(r"\d", word):
        return None
    found = terms(word)
    return found[0] if found else None


def counts_offenders(question: str) -> bool:
    """Does a "hoeveel" question count the people who commit a crime, named after it
    ("hoeveel plofkrakers", "hoeveel overvallers"), not the crimes?"""
    match = re.search(r"\bhoeveel\s+(?:\w+e\s+)?([\wà-ÿ-]+ers)\b", question.lower())
    return match is not None and any(p.search(match.group(1)) for _, p in BASE_METRICS)


_OFFENDERS = re.compile(rf"(?<![\w.,])\d[\d.,]*\s+(?:[\wà-ÿ'’-]+\s+){{0,3}}?(?:{PEOPLE_NOUNS}|personen|jongeren|mannen)\b", re.I)


def counts_people(text: str) -> bool:
    """Does ``text`` give a number of suspects, offenders or persons ("63 uit Nederland
    afkomstige verdachten")?"""
    return bool(_OFFENDERS.search(text))


def counts_other(text: str, metric: str) -> bool:
    """Does every number in ``text`` count something other than ``metric``? "63 uit
    Nederland afkomstige verdachten voor het plegen van plofkraken" counts suspects: no
    answer to "hoeveel plofkraken". A number followed by the metric, or by no plural noun
    ("daalde van 298 naar 255"), may count the metric."""
    pattern = next((p for name, p in BASE_METRICS if metric.endswith(name)), None)
    numbers = [m for m in re.finditer(r"(?<![\w.,])\d[\d.,]*", text) if not re.fullmatch(r"(19|20)\d\d", m.group(0))]
    if not numbers or pattern is None:
        return False
    for match in numbers:
        words = re.findall(r"[\wà-ÿ'’-]+", text[match.end() :])[:4]
        noun = next(
            (w for w in words if w.lower() not in _NUMBER_LINK and not w.lower().endswith("e") and not w[0].isupper()), None
        )
        if noun is None or pattern.search(noun.lower()) or not re.search(r"(en|s|'s|’s)$", noun.lower()):
            return False
    return True


# words between a number and what it counts ("63 uit Nederland afkomstige verdachten")
_NUMBER_LINK = {
    "uit",
    "van",
    "de",
    "het",
    "een",
    "ruim",
    "bijna",
    "circa",
    "ongeveer",
    "meer",
    "minder",
    "dan",
    "tot",
    "nieuwe",
    "andere",
}


def _synonym_known(term: str, sentences: SentenceIndex) -> bool:
    return any(sentences.known(a) for a in alternatives(term))
