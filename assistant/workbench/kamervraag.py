"""Kamervragen: split a pasted set of numbered parliamentary questions and draft an answer
to each, with the sources as footnotes.

    >>> [n for n, _ in split_questions("1. Hoeveel overvallen?\\n2. En straatroven?")]
    [1, 2]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.records import Answer, Citation

_MARKER = re.compile(r"\[(\d+)\]")
# "1. ...", "1) ...", "Vraag 1: ...", "Vraag 1 ..." at the start of a line
_NUMBERED = re.compile(r"(?im)^\s*(?:vraag\s+)?(\d{1,3})\s*[.):]?\s+(?=\S)")
MAX_QUESTIONS = 25


@dataclass(frozen=True)
class DraftAnswer:
    number: int
    question: str
    answer: Answer


@dataclass(frozen=True)
class KamervraagDraft:
    """Draft answers to a set of Kamervragen, in the order they were asked."""

    title: str
    items: tuple[DraftAnswer, ...]


def split_questions(text: str) -> list[tuple[int, str]]:
    """The numbered questions in ``text``, as (number, question); [] if there are none.

    A question runs until the next number at the start of a line; its lines are joined.
    """
    matches = list(_NUMBERED.finditer(text or ""))
    questions = []
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        body = " ".join(text[match.end() : end].split())
        if body:
            questions.append((int(match.group(1)), body))
    return questions


def draft(assistant: object, text: str, title: str = "Conceptantwoorden Kamervragen") -> KamervraagDraft:
    """Answer each numbered question independently (no follow-up context between them).

    Raises:
        ValueError: with a Dutch message when no numbered question is found or there are
            more than MAX_QUESTIONS.
    """
    questions = split_questions(text)
    if not questions:
        raise ValueError(
            "Geen genummerde vragen gevonden. Begin elke vraag op een nieuwe regel met een nummer, bijvoorbeeld '1. Hoeveel overvallen waren er in 2024?'"
        )
    if len(questions) > MAX_QUESTIONS:
        raise ValueError(f"Te veel vragen ({len(questions)}); maximaal {MAX_QUESTIONS} per keer.")
    items = tuple(DraftAnswer(n, q, assistant.ask(q)) for n, q in questions)  # type: ignore[attr-defined]
    return KamervraagDraft(title, items)


@dataclass(frozen=True)
class Footnotes:
    """The footnotes of a whole draft, numbered through it the same way on screen and in
    the files; a passage cited by several answers is one footnote."""

    notes: tuple[Citation, ...]  # footnote k is notes[k - 1]
    numbers: tuple[dict[int, int], ...]  # per item: the answer's own [n] -> footnote number

    def text(self, index: int, text: str, marker: str = "[{}]") -> str:
        """Item ``index``'s answer text with its markers renumbered as footnotes."""
        own = self.numbers[index]
        return _MARKER.sub(lambda m: marker.format(own[int(m.group(1))]) if int(m.group(1)) in own else m.group(0), text)


def footnotes(result: KamervraagDraft) -> Footnotes:
    """Number the citations of all answers in order of first use, merging duplicates."""
    notes: list[Citation] = []
    seen: dict[tuple[str, int, int, str], int] = {}
    numbers = []
    for item in result.items:
        own = {}
        for c in item.answer.citations:
            key = (c.doc_id, c.start, c.end, c.quote)
            if key not in seen:
                notes.append(c)
                seen[key] = len(notes)
            own[c.n] = seen[key]
        numbers.append(own)
    return Footnotes(tuple(notes), tuple(numbers))


def part_status(answer: Answer) -> list[tuple[str, bool]]:
    """Each part of a question with whether the documents answer it (one part when the
    question was not split)."""
    if answer.parts:
        return [(p.question, p.answered) for p in answer.parts]
    return [(answer.question, not answer.refused)]


def answer_text(answer: Answer) -> str:
    """What a draft says for ``answer``: the answer, else the reason it has none."""
    return answer.answer or answer.message or "Dit staat niet in de beschikbare documenten."
