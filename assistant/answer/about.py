"""Questions about the documents themselves: who signed a letter, its date, its kenmerk,
to whom it is addressed. Answered from the manifest, cited to the document's own text."""

from __future__ import annotations

import re
from typing import Literal

from assistant.answer.draft import Draft
from assistant.answer.lexicon import MONTHS
from assistant.answer.phrasing import first_lower
from assistant.answer.question import Question
from index.records import Document

Field = Literal["signatories", "date", "kenmerk", "addressee", "title"]
_DOCUMENT_WORD = r"(brief|kamerbrief|rapportage|voortgangsrapportage|nota|beslisnota|actieprogramma|document|stuk)"
_FIELDS: tuple[tuple[Field, re.Pattern[str]], ...] = (
    ("kenmerk", re.compile(r"\bkenmerk\b")),
    (
        "signatories",
        re.compile(
            rf"\b(ondertek\w*|getekend|afzender|ondertekenaar\w*)\b|\bwie (heeft|hebben|schreef|stuurde|verstuurde)\b.*\b{_DOCUMENT_WORD}\b"
            rf"|\b(door|van) wie (is|werd|komt)\b.*\b{_DOCUMENT_WORD}\b|\bwelke minister\w* (heeft|hebben|schreef|stuurde)\b"
            r"|\bwie (heeft|hebben) .*\b(opgesteld|geschreven)\b"
        ),
    ),
    (
        "date",
        re.compile(
            rf"\b(welke|de) datum (heeft|van|draagt)\b|\bdatum en\b|\ben (welke )?datum\b|\bgedateerd\b|\bvan wanneer is\b"
            rf"|\bwanneer (is|werd)\b.*\b{_DOCUMENT_WORD}\b.*\b(verstuurd|verzonden|gestuurd|gepubliceerd|verschenen|uitgebracht|"
            r"ondertekend|gedateerd)\b|^datum\b"
            rf"|\bwanneer (verscheen|kwam|verschenen|publiceerde|stuurde|verstuurde|dateert)\b.*\b{_DOCUMENT_WORD}\b|\bvan wanneer dateert\b"
        ),
    ),
    (
        "addressee",
        re.compile(rf"\baan wie\b.*\b{_DOCUMENT_WORD}\b|\bgericht aan\b|\bgeadresseerd\b|\bvoor wie is\b.*\b{_DOCUMENT_WORD}\b"),
    ),
    ("title", re.compile(r"\b(titel|onderwerp)\b|\bhoe heet\b")),
)


def asked_fields(q: Question) -> list[Field]:
    """Which properties of a document the question asks for ("welke datum en welk kenmerk
    heeft de brief"), if it is about a document. A question about what a document says
    ("volgens de beslisnota") is about its content, not about the document."""
    low = q.text.lower()
    if not re.search(rf"\b{_DOCUMENT_WORD}\b|\bkenmerk\b|\bondertek", low) or re.search(
        rf"\bvolgens (de|het) {_DOCUMENT_WORD}", low
    ):
        return []
    return [name for name, pattern in _FIELDS if pattern.search(low)]


def which_documents(q: Question, documents: dict[str, Document]) -> list[Document]:
    """The documents the question names by kind, year or title words; every letter when it
    names none."""
    low = q.text.lower()
    named = []
    for doc in documents.values():
        title = doc.meta.title.lower()
        span = re.search(r"\d{4}(-\d{4})?$", doc.meta.title)
        if doc.meta.kind in ("beslisnota", "actieprogramma") and doc.meta.kind in low:
            named.append(doc)
        elif doc.meta.kind == "kamerbrief" and span and span.group(0) in low and "beslisnota" not in low:
            named.append(doc)
        elif doc.meta.kind == "kamerbrief" and not span and title in low:
            named.append(doc)
    month = re.search(rf"\b({'|'.join(_MONTHS)}) ((?:19|20)\d\d)\b", low)
    if month and not named:
        stamp = f"{month.group(2)}-{_MONTHS.index(month.group(1)) + 1:02d}"
        named = [d for d in documents.values() if d.meta.date.startswith(stamp)]
        if len(named) > 1 and re.search(r"\b(kamer)?brief\b", low):
            named = [d for d in named if d.meta.kind == "kamerbrief"]
    if named:
        # "voortgangsrapportage 2021" must not also pick the 2021-2022 letter
        exact = [d for d in named if re.search(rf"{re.escape(d.meta.title[-9:])}\b", q.text)]
        return exact or named
    if re.search(r"\b(beslisnota|nota)\b", low):
        return [d for d in documents.values() if d.meta.kind == "beslisnota"]
    if "actieprogramma" in low or "taskforce" in low:
        return [d for d in documents.values() if d.meta.kind == "actieprogramma"]
    return sorted((d for d in documents.values() if d.meta.kind == "kamerbrief"), key=lambda d: d.meta.date)


def answer(q: Question, fields: list[Field], documents: dict[str, Document], draft: Draft) -> bool:
    """Write what the manifest records of the named documents, each fact cited to a passage
    of the document that states it. False when a document records nothing for the fields."""
    answered = False
    for doc in which_documents(q, documents):
        for field in fields:
            sentence = _sentence(doc, field, documents, draft)
            if sentence:
                draft.sentences.append(sentence)
                # a letter without a kenmerk: the documents do not give what was asked
                answered = answered or not (field == "kenmerk" and not doc.meta.kenmerk)
    return answered


def _sentence(doc: Document, field: Field, documents: dict[str, Document], draft: Draft) -> str | None:
    meta, title = doc.meta, doc.meta.title
    if field == "signatories":
        if not meta.signatories:
            return f"De {title} is niet ondertekend: het is een interne nota zonder ondertekenaar."
        surnames = [s.split(" (")[0].split()[-1] for s in meta.signatories]
        spans = [_find(doc.text, name) for name in surnames]
        if meta.kind == "actieprogramma":
            n = _cite_line(doc, draft, meta.signatories[0])
            return f"Het {title[0].lower()}{title[1:]} is opgesteld door de {meta.signatories[0]}" + (f" [{n}]." if n else ".")
        markers = " ".join(f"[{draft.cite(doc.id, *span)}]" for span in spans if span)
        names = " en ".join(meta.signatories)
        return f"De {title} is ondertekend door {names}" + (f" {markers}." if markers else ".")
    if field == "kenmerk":
        if not meta.kenmerk:
            return f"De {title} vermeldt geen kenmerk."
        n = _cite_source(doc, draft, rf"(Ons kenmerk\s+)?{re.escape(meta.kenmerk)}")
        return f"Het kenmerk van de {title} is {meta.kenmerk}" + (f" [{n}]." if n else ".")
    if field == "date":
        n = _cite_source(doc, draft, r"Datum\s+\d{1,2} \w+ \d{4}")
        if n:
            note = f" {meta.date_note}" if meta.date_note else ""
            return f"De {title} is gedateerd {_long_date(meta.date)} [{n}].{note}"
        return f"De {title} heeft geen datumregel; {first_lower(meta.date_note or meta.date).rstrip('.')}" + _date_support(
            doc, documents, draft
        )
    if field == "addressee":
        if meta.kind == "beslisnota":
            n = _cite_line(doc, draft, "De minister van Justitie en Veiligheid")
            return f"De {title} is gericht aan de minister van Justitie en Veiligheid en de minister voor Rechtsbescherming" + (
                f" [{n}]." if n else "."
            )
        if meta.kind == "kamerbrief":
            n = _cite_source(doc, draft, r"Aan de Voorzitter van de Tweede Kamer(?: der Staten-Generaal)?")
            if n:
                return f"De {title} is gericht aan de Voorzitter van de Tweede Kamer der Staten-Generaal [{n}]."
            return f"De {title} is een Kamerbrief: gericht aan de Tweede Kamer ({meta.reference})."
    if field == "title":
        printed = title.split(" (")[0]
        n = _cite_source(doc, draft, rf"(?:Onderwerp\s+)?{re.escape(printed)}")
        return f"De titel is '{printed}'" + (f" [{n}]." if n else f" ({meta.reference}).")
    return None


def _date_support(doc: Document, documents: dict[str, Document], draft: Draft) -> str:
    """A cited passage for a date the document itself does not print: the phrase the
    manifest's date note quotes ('september 2021'), in this or another document."""
    quoted = re.findall(r"'([^']+)'", doc.meta.date_note or "")
    for phrase in quoted:
        for other in [doc, *(d for d in documents.values() if d.id != doc.id)]:
            span = _sentence_span(other.text, phrase)
            if span:
                return f" [{draft.cite(other.id, *span)}]."
    return "."


def _find(text: str, phrase: str) -> tuple[int, int] | None:
    """The line of ``text`` holding ``phrase``."""
    i = text.find(phrase)
    if i < 0:
        return None
    start = text.rfind("\n", 0, i) + 1
    end = text.find("\n", i)
    return start, end if end > 0 else len(text)


def _sentence_span(text: str, phrase: str) -> tuple[int, int] | None:
    i = text.lower().find(phrase.lower())  # ("Per april 2026" for the note's 'per april 2026')
    if i < 0:
        return None
    start = max(text.rfind(". ", 0, i) + 2, text.rfind("\n", 0, i) + 1)
    end = min(x for x in (text.find(". ", i) + 1, text.find("\n", i), len(text)) if x > 0)
    return start, end


def _cite_line(doc: Document, draft: Draft, phrase: str) -> int | None:
    span = _find(doc.text, phrase)
    return draft.cite(doc.id, *span) if span else None


def _cite_source(doc: Document, draft: Draft, pattern: str) -> int | None:
    """Cite a phrase the cleaned text dropped (a page margin) straight from the delivered text."""
    match = re.search(pattern, doc.source)
    return draft.cite_source(doc.id, match.group(0)) if match else None


_MONTHS = list(MONTHS)


def _long_date(iso: str) -> str:
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 3:
        return f"{parts[2]} {_MONTHS[parts[1] - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{_MONTHS[parts[1] - 1]} {parts[0]}"
    return str(parts[0])
